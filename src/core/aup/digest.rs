//! The weekly escalation: on the digest day (or the first working-hours tick after it in the
//! same week), the online safety lead is sent who is overdue; people overdue for
//! `escalate_after_weeks` or more are also sent to the Headteacher. Each week is done once,
//! recorded in the same transaction, whether or not anyone was overdue.

use super::day;
use super::roll::{Entry, PolicyRoll};
use super::schedule::{local_date, Status};
use crate::core::effects::Effects;
use crate::core::fault::Result;
use crate::core::message::{Message, Outgoing};
use crate::core::people::Role;
use crate::core::store::Tx;
use crate::core::turn::Ctx;
use chrono::{DateTime, Datelike, Utc};

/// Sends this week's digest if its day has come and it has not been done.
pub async fn send(
    tx: &mut dyn Tx,
    fx: &mut Effects,
    cx: &Ctx,
    rolls: &[PolicyRoll],
    now: DateTime<Utc>,
) -> Result<()> {
    let s = &cx.settings.aup;
    let today = local_date(now, cx.settings.timezone);
    if today.weekday().num_days_from_monday() < s.digest_day.num_days_from_monday() {
        return Ok(());
    }
    let iso = today.iso_week();
    let week = format!("{}-W{:02}", iso.year(), iso.week());
    if tx.aup().aup_digest_done(cx.school, &week).await? {
        return Ok(());
    }
    let overdue: Vec<(&PolicyRoll, &Entry)> = rolls
        .iter()
        .flat_map(|r| r.entries.iter().map(move |e| (r, e)))
        .filter(|(_, e)| e.standing.status == Status::Overdue)
        .collect();
    let escalated: Vec<_> = overdue
        .iter()
        .filter(|(_, e)| today - e.standing.due >= s.escalate_after())
        .copied()
        .collect();
    let heads = tx
        .people_with_roles(cx.school, &[Role::Headteacher])
        .await?;
    let mut leads = tx
        .people_with_roles(cx.school, &[Role::OnlineSafetyLead])
        .await?;
    if leads.is_empty() {
        leads = heads.clone();
    }
    let line = |(r, e): &(&PolicyRoll, &Entry)| {
        Message::new("aup-digest-line")
            .arg("name", &e.person.name)
            .arg("title", &r.version.title)
            .arg("version", &r.version.label)
            .arg("due", day(e.standing.due))
            .arg("days", (today - e.standing.due).num_days())
    };
    if !overdue.is_empty() {
        for p in &leads {
            let m = Message::new("aup-digest-lead")
                .arg("count", overdue.len())
                .items("people", overdue.iter().map(line));
            fx.send(Outgoing::to_person(p.id, None, m));
        }
    }
    if !escalated.is_empty() {
        for p in &heads {
            let m = Message::new("aup-digest-head")
                .arg("count", escalated.len())
                .arg("weeks", s.escalate_after_weeks)
                .items("people", escalated.iter().map(line));
            fx.send(Outgoing::to_person(p.id, None, m));
        }
    }
    Ok(tx
        .aup()
        .aup_record_digest(cx.school, &week, overdue.len(), escalated.len(), now)
        .await?)
}
