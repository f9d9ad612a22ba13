//! `/report`: the trust's safeguarding lead's anonymised report of every school of the trust,
//! in their private chat: each school, then all of them together, with the same counts as
//! `haven report concerns --all-schools`. Built only from [`stats::Stats`], so no name or
//! narrative can appear; each school's export is audited in that school.
//!
//! Only the trust's safeguarding lead, writing from an account of theirs in a private chat, is
//! answered; everyone else (and the lead in a group) gets the one refusal, which never says
//! who the lead is. This module must never report one school's counts to that school's people.

use super::stats::{self, Stats};
use crate::core::audit::AuditAction;
use crate::core::fault::Result;
use crate::core::message::Message;
use crate::core::turn::Turn;
use chrono::{Datelike, NaiveDate};

/// `/report [FROM TO]`: from the 1st of September of the school year to today unless two
/// dates (`YYYY-MM-DD`) are given.
pub async fn command(t: &mut Turn<'_>, args: &str) -> Result<()> {
    if !t.in_private() || !is_trust_lead(t).await? {
        t.reply(Message::new("report-refused"));
        return Ok(());
    }
    let tz = t.cx.settings.timezone;
    let today = t.now.with_timezone(&tz).date_naive();
    let Some((from, to)) = period(args, today) else {
        t.private(Message::new("report-usage"));
        return Ok(());
    };
    let me = t.me.as_ref().map(|p| p.id);
    let subject = format!("report:{from}..{to}");
    let mut all = Vec::new();
    let mut items = Vec::new();
    for school in t.tx.schools().all_schools().await? {
        // Each school's period runs over its own days.
        let tz =
            t.cx.settings
                .trust
                .zones
                .get(&school.id)
                .copied()
                .unwrap_or(tz);
        let (start, end) = stats::period(from, to, tz);
        let facts = t.tx.concerns().concern_facts(school.id, start, end).await?;
        let action = AuditAction::ConcernExport;
        t.tx.audit(school.id, me, action, &subject, t.now).await?;
        let s = stats::summarise(&facts, from, to, tz);
        items.push(Message::new("report-school").arg("school", &school.name));
        items.extend(lines(&s));
        all.extend(facts);
    }
    let s = stats::summarise(&all, from, to, tz);
    items.push(Message::new("report-school").arg_key("school", "report-all-schools"));
    items.extend(lines(&s));
    t.private(
        Message::new("report-trust")
            .arg("from", from.to_string())
            .arg("to", to.to_string())
            .items("lines", items),
    );
    Ok(())
}

/// True when the sending account is one of the trust's safeguarding leads'.
async fn is_trust_lead(t: &mut Turn<'_>) -> Result<bool> {
    for lead in t.cx.settings.trust.leads.clone() {
        if t.tx.accounts_of(lead).await?.contains(&t.ev.from) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// The period asked for: two dates, or the school year (from 1 September) to `today`.
fn period(args: &str, today: NaiveDate) -> Option<(NaiveDate, NaiveDate)> {
    let words: Vec<&str> = args.split_whitespace().collect();
    match words.as_slice() {
        [] => {
            let year = if today.month() >= 9 {
                today.year()
            } else {
                today.year() - 1
            };
            Some((NaiveDate::from_ymd_opt(year, 9, 1)?, today))
        }
        [from, to] => {
            let from = NaiveDate::parse_from_str(from, "%Y-%m-%d").ok()?;
            let to = NaiveDate::parse_from_str(to, "%Y-%m-%d").ok()?;
            (from <= to).then_some((from, to))
        }
        _ => None,
    }
}

/// One school's counts as lines, in the order of the command line's table.
fn lines(s: &Stats) -> Vec<Message> {
    let count = |key: &str, n: u64| {
        Message::new("report-line")
            .arg_key("label", key)
            .arg("count", n as i64)
    };
    let heading = |key: &str| Message::new("report-section").arg_key("section", key);
    let mut out = vec![
        count("concern-report-total", s.total),
        count("concern-report-urgent", s.urgent),
        heading("concern-report-by-group"),
    ];
    out.extend(s.by_group.iter().map(|(g, n)| count(g.label(), *n)));
    out.push(heading("concern-report-by-month"));
    out.extend(s.by_month.iter().map(|(m, n)| {
        Message::new("report-line")
            .arg("label", m.as_str())
            .arg("count", *n as i64)
    }));
    out.push(heading("concern-report-by-status"));
    out.extend(s.by_status.iter().map(|(x, n)| count(x.label(), *n)));
    out.push(heading("concern-report-by-ack"));
    out.extend(s.by_ack.iter().map(|(b, n)| count(b.label(), *n)));
    out.push(match s.median_ack_minutes {
        Some(m) => Message::new("concern-report-median").arg("minutes", m),
        None => Message::new("concern-report-median-none"),
    });
    out
}

#[cfg(test)]
mod tests {
    use super::period;
    use chrono::NaiveDate;

    #[test]
    fn the_period_is_the_school_year_to_date_or_two_dates_in_order() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let today = d("2026-12-06");
        assert_eq!(period("", today), Some((d("2026-09-01"), today)));
        assert_eq!(
            period("", d("2027-03-01")),
            Some((d("2026-09-01"), d("2027-03-01")))
        );
        assert_eq!(
            period(" 2026-10-01  2026-10-31 ", today),
            Some((d("2026-10-01"), d("2026-10-31")))
        );
        for bad in ["2026-10-31 2026-10-01", "2026-10-01", "last week", "a b c"] {
            assert_eq!(period(bad, today), None, "{bad}");
        }
    }
}
