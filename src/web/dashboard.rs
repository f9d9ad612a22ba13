//! `/desk/dashboard`: the governors' dashboard, the anonymised report with small numbers
//! suppressed, as tables and server-rendered SVG bar charts (no script, nothing third-party;
//! each chart is drawn beside the table it shows, which is its text alternative). Who may see
//! it and what is suppressed are `concern::dashboard`'s rules; everyone else gets "not found".
//! Each view is audited like the `haven report concerns` export.

use super::export_view::{not_found, STYLESHEET};
use super::session::Desk;
use super::{layout, Answer, WebState, Words};
use crate::core::audit::AuditAction;
use crate::core::concern::dashboard::{self, Cell, Dashboard};
use crate::core::concern::stats;
use crate::core::people::Role;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use chrono::{Datelike, NaiveDate};
use maud::{html, Markup};
use serde::Deserialize;

pub fn routes() -> Router<WebState> {
    Router::new().route("/desk/dashboard", get(page))
}

#[derive(Deserialize, Default)]
struct Period {
    from: Option<String>,
    to: Option<String>,
}

fn date(s: &Option<String>) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.as_deref()?.trim(), "%Y-%m-%d").ok()
}

/// The school year so far: from 1 September to `today`.
fn school_year(today: NaiveDate) -> NaiveDate {
    let year = if today.month() >= 9 {
        today.year()
    } else {
        today.year() - 1
    };
    NaiveDate::from_ymd_opt(year, 9, 1).unwrap_or(today)
}

async fn page(d: Desk, Query(p): Query<Period>) -> Answer {
    let ev = d.inbound().await?;
    let mut t = d.turn(&ev).await?;
    let chairs =
        t.tx.people_with_roles(t.cx.school, &[Role::ChairOfGovernors])
            .await?;
    if !dashboard::may_see(&d.me, &chairs) {
        d.finish(t).await?;
        return Ok(not_found(&d));
    }
    let tz = t.cx.settings.timezone;
    let today = t.cx.settings.school_time().local_date(t.now);
    let to = date(&p.to).unwrap_or(today);
    let from = date(&p.from).unwrap_or_else(|| school_year(to)).min(to);
    let (start, end) = stats::period(from, to, tz);
    let facts =
        t.tx.concerns()
            .concern_facts(t.cx.school, start, end)
            .await?;
    let subject = format!("dashboard:{from}..{to}");
    let (school, now) = (t.cx.school, t.now);
    t.tx.audit(
        school,
        Some(d.me.id),
        AuditAction::ConcernExport,
        &subject,
        now,
    )
    .await?;
    d.finish(t).await?;
    let board = dashboard::dashboard(&stats::summarise(&facts, from, to, tz));
    let w = d.words();
    let title = w.t("dashboard-title");
    let body = html! {
        link rel="stylesheet" href=(STYLESHEET);
        (period_form(w, from, to))
        p.legend { (w.t("dashboard-legend")) }
        (summary(w, &board))
        (section(w, "group", "concern-report-by-group",
            board.by_group.map(|rows| rows.into_iter().map(|(g, c)| (w.t(g.label()), c)).collect())))
        (section(w, "month", "concern-report-by-month", board.by_month))
        (section(w, "status", "concern-report-by-status",
            board.by_status.map(|rows| rows.into_iter().map(|(s, c)| (w.t(s.label()), c)).collect())))
        (section(w, "ack", "concern-report-by-ack",
            board.by_ack.map(|rows| rows.into_iter().map(|(b, c)| (w.t(b.label()), c)).collect())))
    };
    Ok(layout::respond(StatusCode::OK, d.page(&title, body)))
}

fn period_form(w: Words<'_>, from: NaiveDate, to: NaiveDate) -> Markup {
    html! {
        form.act method="get" action="/desk/dashboard" {
            label for="from" { (w.t("dashboard-from")) } " "
            input #from type="date" name="from" value=(from.to_string()); " "
            label for="to" { (w.t("dashboard-to")) } " "
            input #to type="date" name="to" value=(to.to_string()); " "
            button type="submit" { (w.t("dashboard-show")) }
        }
    }
}

/// How a published number reads.
fn cell_text(w: Words<'_>, c: Cell) -> String {
    match c {
        Cell::Count(n) => n.to_string(),
        Cell::FewerThan5 => w.t("dashboard-fewer-than-5"),
        Cell::Hidden => w.t("dashboard-hidden"),
    }
}

fn summary(w: Words<'_>, b: &Dashboard) -> Markup {
    let median = match b.median_ack_minutes {
        Some(m) => w.with("concern-report-median", &[("minutes", m.to_string())]),
        None => w.t("dashboard-median-none"),
    };
    html! {
        dl.facts {
            dt { (w.t("concern-report-total")) } dd.total { (cell_text(w, b.total)) }
            dt { (w.t("concern-report-urgent")) } dd { (cell_text(w, b.urgent)) }
        }
        p { (median) }
    }
}

/// One table of the report, with its chart; a withheld table says so.
fn section(w: Words<'_>, id: &str, heading: &str, rows: Option<Vec<(String, Cell)>>) -> Markup {
    let caption = format!("caption-{id}");
    html! {
        h2 { (w.t(heading)) }
        @match rows {
            None => p { (w.t("dashboard-withheld")) },
            Some(rows) => {
                (chart(w, &caption, &rows))
                div.table-wrap { table {
                    caption id=(caption) { (w.t(heading)) }
                    thead { tr { th scope="col" { (w.t("dashboard-col-what")) } th scope="col" { (w.t("dashboard-col-count")) } } }
                    tbody { @for (label, c) in &rows {
                        tr { th scope="row" { (label) } td data-cell=(match c { Cell::Count(_) => "count", Cell::FewerThan5 => "fewer-than-5", Cell::Hidden => "hidden" }) { (cell_text(w, *c)) } }
                    } }
                } }
            }
        }
    }
}

/// A horizontal bar chart: one bar per shown count; a suppressed count gets no bar, only its
/// words. Labelled by the table's caption; the table beside it is the text alternative.
fn chart(w: Words<'_>, caption: &str, rows: &[(String, Cell)]) -> Markup {
    const ROW: u32 = 24;
    const LABEL: u32 = 190;
    const BAR: u32 = 260;
    let max = rows
        .iter()
        .filter_map(|(_, c)| c.shown())
        .max()
        .unwrap_or(0)
        .max(1);
    let height = ROW * rows.len() as u32 + 4;
    let width = LABEL + BAR + 120;
    html! {
        svg.chart xmlns="http://www.w3.org/2000/svg" role="img" aria-labelledby=(caption)
            viewBox=(format!("0 0 {width} {height}")) width="100%" {
            @for (i, (label, c)) in rows.iter().enumerate() {
                @let y = ROW * i as u32;
                text x="0" y=(y + 16) fill="#1b1b1b" { (label) }
                @match c.shown() {
                    Some(n) => {
                        @let len = (u64::from(BAR) * n / max) as u32;
                        rect x=(LABEL) y=(y + 4) width=(len) height="16" fill="#1d4f91" {}
                        text x=(LABEL + len + 6) y=(y + 16) fill="#1b1b1b" { (n) }
                    }
                    None => {
                        text x=(LABEL) y=(y + 16) fill="#505a5f" { (cell_text(w, *c)) }
                    }
                }
            }
        }
    }
}
