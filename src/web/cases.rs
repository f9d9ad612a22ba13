//! The desk's lists: the open cases routed to the signed-in person, closed cases, search, and
//! the access log of the cases they lead. Every list comes from the core
//! (`concern::cases::visible`, `concern::search`), the chat's own rules. Every view of a list,
//! a search or the log is audited (`core::desk::record_page`), with no case content.

use super::layout::Words;
use super::session::Desk;
use super::{case_forms, case_page, layout, Answer, WebState};
use crate::core::audit::AuditAction;
use crate::core::concern::alerts::urgency_key;
use crate::core::concern::cases::{self, Opened};
use crate::core::concern::route::Access;
use crate::core::concern::search::{self, Search};
use crate::core::concern::types::{Category, Status};
use crate::core::desk::{self, Page};
use crate::core::ids::PersonId;
use axum::extract::Query;
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use chrono::{DateTime, NaiveDate, Utc};
use maud::{html, Markup};
use serde::Deserialize;
use std::collections::HashMap;

pub fn routes() -> Router<WebState> {
    Router::new()
        .route("/desk", get(open_cases))
        .route("/desk/closed", get(closed_cases))
        .route("/desk/search", get(search_page))
        .route("/desk/access", get(access_log))
        .merge(case_page::routes())
        .merge(case_forms::routes())
}

async fn open_cases(d: Desk) -> Answer {
    list(d, false).await
}

async fn closed_cases(d: Desk) -> Answer {
    list(d, true).await
}

async fn list(d: Desk, closed: bool) -> Answer {
    let ev = d.inbound().await?;
    let mut t = d.turn(&ev).await?;
    let found = cases::visible(&mut t, closed).await?;
    let page = if closed { Page::Closed } else { Page::Open };
    desk::record_page(&mut t, page).await?;
    let now = t.now;
    d.finish(t).await?;
    let w = d.words();
    let title = w.t(if closed {
        "desk-closed-title"
    } else {
        "desk-open-title"
    });
    Ok(layout::respond(
        StatusCode::OK,
        d.page(&title, case_table(w, &found, now)),
    ))
}

/// How long ago `then` was, in whole days, hours or minutes.
pub fn ago(w: Words<'_>, then: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let d = now - then;
    let (key, n) = if d.num_days() >= 1 {
        ("desk-ago-days", d.num_days())
    } else if d.num_hours() >= 1 {
        ("desk-ago-hours", d.num_hours())
    } else {
        ("desk-ago-minutes", d.num_minutes().max(0))
    };
    w.with(key, &[("n", n.to_string())])
}

/// A table of cases: reference (a link), urgency, status, when reported, acknowledged.
fn case_table(w: Words<'_>, cases: &[Opened], now: DateTime<Utc>) -> Markup {
    html! {
        @if cases.is_empty() {
            p { (w.t("desk-no-cases")) }
        } @else {
            div.table-wrap {
                table {
                    thead { tr {
                        th scope="col" { (w.t("desk-col-ref")) }
                        th scope="col" { (w.t("desk-col-urgency")) }
                        th scope="col" { (w.t("desk-col-status")) }
                        th scope="col" { (w.t("desk-col-reported")) }
                        th scope="col" { (w.t("desk-col-acknowledged")) }
                    } }
                    tbody {
                        @for o in cases {
                            @let c = &o.concern;
                            tr {
                                td { a href=(format!("/desk/cases/{}", c.reference)) { (c.reference.to_string()) } }
                                td class=[c.urgent.then_some("urgent")] { (w.t(urgency_key(c.urgent))) }
                                td { (w.t(c.status.label())) }
                                td { (w.time(c.created_at)) br; span.when { (ago(w, c.created_at, now)) } }
                                td { @match c.acknowledged_at {
                                    Some(at) => { (w.time(at)) br; span.when { (ago(w, at, now)) } },
                                    None => span.urgent { (w.t("desk-not-acknowledged")) },
                                } }
                            }
                        }
                    }
                }
            }
        }
    }
}

/// The search form's fields, as typed.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct SearchForm {
    pub reference: String,
    pub pupil: String,
    pub category: String,
    pub from: String,
    pub to: String,
    pub status: String,
}

impl SearchForm {
    fn read(&self) -> Search {
        let text = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        let day = |s: &str| NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok();
        Search {
            reference: text(&self.reference),
            pupil: text(&self.pupil),
            category: Category::parse(&self.category),
            from: day(&self.from),
            to: day(&self.to),
            status: Status::parse(&self.status),
        }
    }
}

async fn search_page(d: Desk, Query(form): Query<SearchForm>) -> Answer {
    let s = form.read();
    let ev = d.inbound().await?;
    let mut t = d.turn(&ev).await?;
    let found = if s.is_empty() {
        None
    } else {
        desk::record_page(&mut t, Page::Search).await?;
        Some(search::search(&mut t, &s).await?)
    };
    let now = t.now;
    d.finish(t).await?;
    let w = d.words();
    let title = w.t("desk-search-title");
    let body = html! {
        form.act method="get" action="/desk/search" role="search" {
            label for="reference" { (w.t("desk-search-ref")) }
            input #reference type="text" name="reference" value=(form.reference);
            label for="pupil" { (w.t("desk-search-pupil")) }
            input #pupil type="text" name="pupil" value=(form.pupil);
            label for="category" { (w.t("desk-search-category")) }
            select #category name="category" {
                option value="" { (w.t("desk-search-any")) }
                @for k in Category::ALL {
                    option value=(k.as_str()) selected[form.category == k.as_str()] { (w.t(k.label())) }
                }
            }
            label for="from" { (w.t("desk-search-from")) }
            input #from type="date" name="from" value=(form.from);
            label for="to" { (w.t("desk-search-to")) }
            input #to type="date" name="to" value=(form.to);
            label for="status" { (w.t("desk-search-status")) }
            select #status name="status" {
                option value="" { (w.t("desk-search-any")) }
                @for st in Status::ALL {
                    option value=(st.as_str()) selected[form.status == st.as_str()] { (w.t(st.label())) }
                }
            }
            div { button.primary type="submit" { (w.t("desk-search-button")) } }
        }
        @if let Some(found) = found {
            h2 { (w.with("desk-search-found", &[("count", found.len().to_string())])) }
            (case_table(w, &found, now))
        }
    };
    Ok(layout::respond(StatusCode::OK, d.page(&title, body)))
}

/// The Fluent key naming an audit action on the desk's pages.
pub fn action_key(a: Option<AuditAction>) -> &'static str {
    match a {
        Some(AuditAction::ConcernView) => "desk-audit-view",
        Some(AuditAction::ConcernAck) => "desk-audit-ack",
        Some(AuditAction::ConcernEntry) | Some(AuditAction::ConcernReview) => "desk-audit-entry",
        Some(AuditAction::ConcernStatus) => "desk-audit-status",
        Some(AuditAction::ConcernClose) => "desk-audit-close",
        Some(AuditAction::ConcernHoldOn) | Some(AuditAction::ConcernHoldOff) => "desk-audit-hold",
        Some(AuditAction::ConcernRefused) => "desk-audit-refused",
        Some(AuditAction::ConcernExport) => "desk-audit-export",
        Some(AuditAction::ConcernReport) => "desk-audit-report",
        _ => "desk-audit-other",
    }
}

/// Names of people, looked up once each.
pub async fn names(
    tx: &mut dyn crate::core::store::Tx,
    ids: impl IntoIterator<Item = PersonId>,
) -> anyhow::Result<HashMap<PersonId, String>> {
    let mut out = HashMap::new();
    for id in ids {
        if let std::collections::hash_map::Entry::Vacant(v) = out.entry(id) {
            v.insert(tx.person(id).await?.map(|p| p.name).unwrap_or_default());
        }
    }
    Ok(out)
}

/// Who did what to the cases the signed-in person leads, newest first.
async fn access_log(d: Desk) -> Answer {
    let ev = d.inbound().await?;
    let mut t = d.turn(&ev).await?;
    let mut led = cases::visible(&mut t, false).await?;
    led.extend(cases::visible(&mut t, true).await?);
    led.retain(|o| o.access == Access::Lead);
    let mut rows = Vec::new();
    for o in &led {
        let subject = format!("concern:{}", o.concern.reference);
        for r in t.tx.audit_trail(t.cx.school, &subject).await? {
            rows.push((o.concern.reference, r));
        }
    }
    rows.sort_by_key(|row| std::cmp::Reverse(row.1.at));
    let actors: Vec<PersonId> = rows.iter().filter_map(|(_, r)| r.actor).collect();
    let who = names(t.tx.as_mut(), actors).await?;
    desk::record_page(&mut t, Page::AccessLog).await?;
    d.finish(t).await?;
    let w = d.words();
    let title = w.t("desk-access-title");
    let body = html! {
        p { (w.t("desk-access-intro")) }
        @if rows.is_empty() {
            p { (w.t("desk-access-none")) }
        } @else {
            div.table-wrap { table {
                thead { tr {
                    th scope="col" { (w.t("desk-col-when")) }
                    th scope="col" { (w.t("desk-col-ref")) }
                    th scope="col" { (w.t("desk-col-who")) }
                    th scope="col" { (w.t("desk-col-what")) }
                } }
                tbody { @for (r, rec) in &rows { tr {
                    td { (w.time(rec.at)) }
                    td { a href=(format!("/desk/cases/{r}")) { (r.to_string()) } }
                    td { (rec.actor.and_then(|a| who.get(&a).cloned()).unwrap_or_default()) }
                    td { (w.t(action_key(rec.action))) }
                } } }
            } }
        }
    };
    Ok(layout::respond(StatusCode::OK, d.page(&title, body)))
}
