//! `haven report concerns`: anonymised counts of concerns for governors, as a readable table or
//! as CSV. Built only from [`stats::Stats`], so no name or narrative can appear; every export
//! is written to the audit log.

use crate::app::App;
use crate::core::audit::AuditAction;
use crate::core::concern::stats::{self, Stats};
use crate::core::people::Lang;
use crate::i18n::I18n;
use anyhow::{bail, Context};
use chrono::NaiveDate;
use std::io::Write;

/// Writes the report for `[from, to]` (whole days in the school's time zone) to `out`.
pub async fn concerns(
    app: &App,
    from: NaiveDate,
    to: NaiveDate,
    csv: bool,
    out: impl Write,
) -> anyhow::Result<()> {
    if from > to {
        bail!(
            "{}",
            app.i18n.text_with(
                Lang::EnGb,
                "report-period-backwards",
                &[("from", from.to_string()), ("to", to.to_string())]
            )
        );
    }
    let tz = app.ctx.settings.timezone;
    let facts = facts_of(&app.ctx, from, to).await?;
    let s = stats::summarise(&facts, from, to, tz);
    if csv {
        write_csv(&s, out)
    } else {
        write_table(&s, &app.i18n, from, to, out)
    }
    .context("writing the report")
}

/// The report for every school of a trust, one after another, then for all of them together
/// (`--all-schools`); as CSV, each row starts with the school's slug (`all` for the total).
pub async fn trust_concerns(
    app: &App,
    from: NaiveDate,
    to: NaiveDate,
    csv: bool,
    mut out: impl Write,
) -> anyhow::Result<()> {
    let tz = app.ctx.settings.timezone;
    let mut all = Vec::new();
    let mut parts = Vec::new();
    for (school, cx) in app.schools.iter() {
        let facts = facts_of(cx, from, to).await?;
        parts.push((
            school.slug.to_string(),
            cx.settings.school_name.clone(),
            facts.clone(),
        ));
        all.extend(facts);
    }
    let everyone = app.i18n.text(Lang::EnGb, "report-all-schools");
    parts.push(("all".into(), everyone, all));
    for (i, (slug, name, facts)) in parts.into_iter().enumerate() {
        let s = stats::summarise(&facts, from, to, tz);
        if csv {
            let mut block = Vec::new();
            write_csv(&s, &mut block)?;
            let text = String::from_utf8(block)?;
            for (n, line) in text.lines().enumerate() {
                match (n, i) {
                    (0, 0) => writeln!(out, "school,{line}")?,
                    (0, _) => {}
                    _ => writeln!(out, "{slug},{line}")?,
                }
            }
        } else {
            writeln!(out, "== {name} ==")?;
            write_table(&s, &app.i18n, from, to, &mut out)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

/// The anonymised facts of one school's concerns in the period; the export is audited.
async fn facts_of(
    cx: &crate::core::turn::Ctx,
    from: NaiveDate,
    to: NaiveDate,
) -> anyhow::Result<Vec<crate::core::concern::store::ConcernFacts>> {
    let (start, end) = stats::period(from, to, cx.settings.timezone);
    let mut tx = cx.store.begin().await?;
    let facts = tx.concerns().concern_facts(cx.school, start, end).await?;
    let subject = format!("report:{from}..{to}");
    tx.audit(
        cx.school,
        None,
        AuditAction::ConcernExport,
        &subject,
        cx.clock.now(),
    )
    .await?;
    tx.commit().await?;
    Ok(facts)
}

/// Rows of `section,key,count` with stable codes.
fn write_csv(s: &Stats, out: impl Write) -> anyhow::Result<()> {
    let mut w = crate::core::export::SafeCsv::new(out);
    w.row(["section", "key", "count"])?;
    let mut row = |section: &str, key: &str, n: String| w.row([section, key, &n]);
    row("total", "all", s.total.to_string())?;
    row("total", "urgent", s.urgent.to_string())?;
    for (g, n) in &s.by_group {
        row("group", g.as_str(), n.to_string())?;
    }
    for (m, n) in &s.by_month {
        row("month", m, n.to_string())?;
    }
    for (st, n) in &s.by_status {
        row("status", st.as_str(), n.to_string())?;
    }
    for (b, n) in &s.by_ack {
        row("acknowledged", b.as_str(), n.to_string())?;
    }
    let median = s
        .median_ack_minutes
        .map(|m| m.to_string())
        .unwrap_or_default();
    row("acknowledged", "median_minutes", median)?;
    w.flush()?;
    Ok(())
}

fn write_table(
    s: &Stats,
    i18n: &I18n,
    from: NaiveDate,
    to: NaiveDate,
    mut out: impl Write,
) -> anyhow::Result<()> {
    let t = |key: &str| i18n.text(Lang::EnGb, key);
    let dates = [("from", from.to_string()), ("to", to.to_string())];
    writeln!(
        out,
        "{}",
        i18n.text_with(Lang::EnGb, "concern-report-title", &dates)
    )?;
    let mut line = |label: String, n: u64| writeln!(out, "  {label:<44} {n:>5}");
    line(t("concern-report-total"), s.total)?;
    line(t("concern-report-urgent"), s.urgent)?;
    let sections: [(&str, Vec<(String, u64)>); 4] = [
        (
            "concern-report-by-group",
            s.by_group.iter().map(|(g, n)| (t(g.label()), *n)).collect(),
        ),
        (
            "concern-report-by-month",
            s.by_month.iter().map(|(m, n)| (m.clone(), *n)).collect(),
        ),
        (
            "concern-report-by-status",
            s.by_status
                .iter()
                .map(|(x, n)| (t(x.label()), *n))
                .collect(),
        ),
        (
            "concern-report-by-ack",
            s.by_ack.iter().map(|(b, n)| (t(b.label()), *n)).collect(),
        ),
    ];
    for (heading, rows) in sections {
        writeln!(out)?;
        writeln!(out, "{}", t(heading))?;
        for (label, n) in rows {
            writeln!(out, "  {label:<44} {n:>5}")?;
        }
    }
    writeln!(out)?;
    let median = match s.median_ack_minutes {
        Some(m) => i18n.text_with(
            Lang::EnGb,
            "concern-report-median",
            &[("minutes", m.to_string())],
        ),
        None => t("concern-report-median-none"),
    };
    writeln!(out, "{median}")?;
    Ok(())
}
