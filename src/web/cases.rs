//! The desk's case pages: the open cases routed to the signed-in person, closed cases, search,
//! one case with its chronology, and the forms that act on it. Every list comes from
//! `concern::cases::visible` and every case from `concern::cases::open_for`, the chat's own
//! rules; a case the person may not open gets the same "not found" as one that does not exist.

use super::layout;
use super::session::Desk;
use super::{Answer, WebState};
use crate::core::concern::alerts::urgency_key;
use crate::core::concern::cases::{self, Opened};
use axum::http::StatusCode;
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};

pub fn routes() -> Router<WebState> {
    Router::new().route("/desk", get(open_cases))
}

async fn open_cases(d: Desk) -> Answer {
    let ev = d.inbound().await?;
    let mut t = d.turn(&ev).await?;
    let open = cases::visible(&mut t, false).await?;
    d.finish(t).await?;
    let w = d.words();
    let title = w.t("desk-open-title");
    let body = case_table(&d, &open);
    Ok(layout::respond(StatusCode::OK, d.page(&title, body)))
}

/// A table of cases: reference (a link), urgency, status, when reported, acknowledged.
fn case_table(d: &Desk, cases: &[Opened]) -> Markup {
    let w = d.words();
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
                                td { (w.time(c.created_at)) }
                                td { @match c.acknowledged_at {
                                    Some(at) => (w.time(at)),
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
