//! One case on the desk: summary, every chronology entry (its kind, when it was recorded and
//! the time it refers to, in the order recorded), the sexting review, referrals, legal hold,
//! who viewed it, and the forms this reader may use. The case is opened with
//! `concern::cases::open_for`; anyone it refuses gets the page a missing case gets, and every
//! view is audited as the chat's case view is.

use super::case_forms;
use super::cases::{action_key, names};
use super::layout::{self, Words};
use super::session::Desk;
use super::{Answer, WebState};
use crate::core::audit::AuditAction;
use crate::core::concern::alerts::urgency_key;
use crate::core::concern::cases::{self, review_outcome_key, Opened};
use crate::core::concern::reference::ConcernRef;
use crate::core::concern::store::{Details, Entry};
use crate::core::concern::types::{groups_of, EntryKind};
use crate::core::ids::PersonId;
use crate::core::store::AuditRecord;
use axum::extract::{Path, Query};
use axum::http::StatusCode;
use axum::response::Response;
use axum::routing::get;
use axum::Router;
use maud::{html, Markup};
use serde::Deserialize;
use std::collections::HashMap;

pub fn routes() -> Router<WebState> {
    Router::new().route("/desk/cases/{reference}", get(show))
}

/// The query of a case page: the id of a message a form left for it.
#[derive(Default, Deserialize)]
#[serde(default)]
struct ShowQuery {
    flash: String,
}

async fn show(d: Desk, Path(reference): Path<String>, Query(q): Query<ShowQuery>) -> Answer {
    let ev = d.inbound().await?;
    let mut t = d.turn(&ev).await?;
    let r = ConcernRef::parse(&reference).ok();
    let opened = match r {
        Some(r) => cases::open_for(&mut t, r).await?,
        None => None,
    };
    let Some(o) = opened else {
        cases::refuse(&mut t, r, "concern-case-refused").await?;
        d.finish(t).await?;
        return Ok(not_found(&d));
    };
    cases::record_view(&mut t, &o.concern).await?;
    let view = CaseView::load(&mut t, o).await?;
    d.finish(t).await?;
    let flash = d.state.flashes.take(d.sid(), &q.flash);
    Ok(view.page(&d, &flash))
}

/// The page for a case that does not exist or may not be opened: the same for both.
pub fn not_found(d: &Desk) -> Response {
    let w = d.words();
    let title = w.t("desk-not-found-title");
    let body = html! { p { (w.t("desk-not-found")) } };
    layout::respond(StatusCode::NOT_FOUND, d.page(&title, body))
}

/// Everything a case page shows, read in one turn.
pub struct CaseView {
    pub o: Opened,
    details: Details,
    entries: Vec<Entry>,
    trail: Vec<AuditRecord>,
    names: HashMap<PersonId, String>,
}

impl CaseView {
    pub async fn load(t: &mut crate::core::turn::Turn<'_>, o: Opened) -> anyhow::Result<CaseView> {
        let c = &o.concern;
        let details = t.tx.concerns().concern_details(c.id).await?;
        let mut entries = t.tx.concerns().entries(c.id).await?;
        entries.sort_by_key(|e| e.n);
        let subject = format!("concern:{}", c.reference);
        let trail = t.tx.audit_trail(t.cx.school, &subject).await?;
        let people: Vec<PersonId> = entries
            .iter()
            .filter_map(|e| e.author)
            .chain(trail.iter().filter_map(|r| r.actor))
            .chain([c.reporter])
            .chain(c.acknowledged_by)
            .collect();
        let names = names(t.tx.as_mut(), people).await?;
        Ok(CaseView {
            o,
            details,
            entries,
            trail,
            names,
        })
    }

    fn name(&self, p: Option<PersonId>) -> String {
        p.and_then(|p| self.names.get(&p).cloned())
            .unwrap_or_default()
    }

    /// The case page, with what the last action said (`flash`).
    pub fn page(&self, d: &Desk, flash: &[String]) -> Response {
        let w = d.words();
        let c = &self.o.concern;
        let title = w.with("desk-case-title", &[("ref", c.reference.to_string())]);
        let body = html! {
            @for f in flash { div.flash role="status" { p { (f) } } }
            (self.summary(w))
            h2 { (w.t("desk-chronology")) }
            p.hint { (w.t("desk-chronology-hint")) }
            ol.chronology { @for e in &self.entries { (self.entry(w, e)) } }
            (self.referrals(w))
            (self.reviews(w))
            (case_forms::forms(d, &self.o))
            (self.viewers(w))
        };
        layout::respond(StatusCode::OK, d.page(&title, body))
    }

    fn summary(&self, w: Words<'_>) -> Markup {
        let c = &self.o.concern;
        let keys = |ks: Vec<&str>| {
            ks.into_iter()
                .map(|k| w.t(k))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let groups = keys(groups_of(&c.categories).iter().map(|g| g.label()).collect());
        let categories = keys(c.categories.iter().map(|k| k.label()).collect());
        let detail = [
            ("concern-case-pupils", &self.details.pupils),
            ("concern-case-person", &self.details.person),
            ("concern-case-account", &self.details.account),
            ("concern-case-action", &self.details.action),
        ];
        html! {
            h2 { (w.t("desk-summary")) }
            dl.facts {
                dt { (w.t("desk-col-status")) } dd { (w.t(c.status.label())) }
                dt { (w.t("desk-col-urgency")) } dd class=[c.urgent.then_some("urgent")] { (w.t(urgency_key(c.urgent))) }
                dt { (w.t("desk-about")) } dd { (w.t(c.about.label())) }
                dt { (w.t("desk-groups")) } dd { (groups) }
                dt { (w.t("desk-categories")) } dd { (categories) }
                dt { (w.t("desk-occurred")) } dd { (w.time(c.occurred_at)) }
                dt { (w.t("desk-place")) } dd { (w.t(c.place.label())) }
                dt { (w.t("desk-reported-by")) } dd { (self.name(Some(c.reporter))) ", " (w.time(c.created_at)) }
                dt { (w.t("desk-col-acknowledged")) } dd { @match c.acknowledged_at {
                    Some(at) => { (self.name(c.acknowledged_by)) ", " (w.time(at)) },
                    None => span.urgent { (w.t("desk-not-acknowledged")) },
                } }
                @if let Some(outcome) = c.outcome {
                    dt { (w.t("concern-case-outcome")) } dd { (w.t(outcome.label())) }
                }
                dt { (w.t("desk-hold")) } dd { (w.t(if c.legal_hold { "concern-hold-on" } else { "concern-hold-off" })) }
                @for (key, v) in detail { @if let Some(v) = v {
                    dt { (w.t(key)) } dd { (v.expose()) }
                } }
            }
        }
    }

    fn entry(&self, w: Words<'_>, e: &Entry) -> Markup {
        let parts = [
            ("concern-case-text", &e.body.text),
            ("concern-case-reason", &e.body.reason),
            ("concern-case-agency-ref", &e.body.agency_ref),
        ];
        html! {
            li class=(format!("kind-{}", kind_class(e.kind))) {
                p {
                    span.kind { (w.t(e.kind.label())) }
                    " #" (e.n) " · " (self.name(e.author))
                }
                dl.facts {
                    dt { (w.t("concern-case-recorded")) } dd { (w.time(e.recorded_at)) }
                    dt { (w.t("concern-case-refers-to")) } dd { (w.time(e.happened_at)) }
                    @if let Some(n) = e.corrects { dt { (w.t("concern-case-corrects")) } dd { "#" (n) } }
                    @if let Some(s) = e.status { dt { (w.t("concern-case-status")) } dd { (w.t(s.label())) } }
                    @if let Some(o) = e.outcome { dt { (w.t("concern-case-outcome")) } dd { (w.t(o.label())) } }
                    @if let Some(a) = e.agency { dt { (w.t("concern-case-agency")) } dd { (w.t(a.label())) } }
                    @for (key, v) in parts { @if let Some(v) = v {
                        dt { (w.t(key)) } dd { (v.expose()) }
                    } }
                    @if let Some(r) = &e.body.review {
                        @for (q, yes) in &r.answers {
                            dt { (w.t(q.label())) } dd { (w.t(if *yes { "form-yes" } else { "form-no" })) }
                        }
                        dt { (w.t("concern-review-outcome")) } dd { (w.t(review_outcome_key(r))) }
                    }
                }
            }
        }
    }

    fn referrals(&self, w: Words<'_>) -> Markup {
        let referrals: Vec<&Entry> = self.entries.iter().filter(|e| e.agency.is_some()).collect();
        html! {
            h2 { (w.t("desk-referrals")) }
            @if referrals.is_empty() { p { (w.t("desk-referrals-none")) } } @else {
                div.table-wrap { table {
                    thead { tr {
                        th scope="col" { (w.t("concern-case-agency")) }
                        th scope="col" { (w.t("concern-case-agency-ref")) }
                        th scope="col" { (w.t("concern-case-refers-to")) }
                        th scope="col" { (w.t("desk-col-entry")) }
                    } }
                    tbody { @for e in referrals { tr {
                        td { (e.agency.map(|a| w.t(a.label())).unwrap_or_default()) }
                        td { (e.body.agency_ref.as_ref().map(|r| r.expose().clone()).unwrap_or_default()) }
                        td { (w.time(e.happened_at)) }
                        td { "#" (e.n) }
                    } } }
                } }
            }
        }
    }

    fn reviews(&self, w: Words<'_>) -> Markup {
        let reviews: Vec<&Entry> = self
            .entries
            .iter()
            .filter(|e| e.body.review.is_some())
            .collect();
        html! {
            @if !reviews.is_empty() {
                h2 { (w.t("desk-review")) }
                @for e in reviews { @if let Some(r) = &e.body.review {
                    p { (w.with("desk-review-entry", &[("n", e.n.to_string())])) ": " strong { (w.t(review_outcome_key(r))) } }
                } }
            }
        }
    }

    fn viewers(&self, w: Words<'_>) -> Markup {
        let views: Vec<&AuditRecord> = self
            .trail
            .iter()
            .filter(|r| r.action == Some(AuditAction::ConcernView))
            .collect();
        html! {
            h2 { (w.t("desk-viewed")) }
            div.table-wrap { table {
                thead { tr {
                    th scope="col" { (w.t("desk-col-who")) }
                    th scope="col" { (w.t("desk-col-when")) }
                    th scope="col" { (w.t("desk-col-what")) }
                } }
                tbody { @for r in views.iter().rev() { tr {
                    td { (self.name(r.actor)) }
                    td { (w.time(r.at)) }
                    td { (w.t(action_key(r.action))) }
                } } }
            } }
        }
    }
}

/// The style class of an entry's kind (its name is always shown as well).
fn kind_class(k: EntryKind) -> &'static str {
    match k {
        EntryKind::Decision => "decision",
        EntryKind::Referral => "referral",
        EntryKind::Action | EntryKind::Note | EntryKind::ReporterAddition => "note",
        EntryKind::StatusChanged | EntryKind::Acknowledged | EntryKind::Reported => "status",
        EntryKind::Closed => "closed",
        EntryKind::HoldOn | EntryKind::HoldOff => "hold",
        EntryKind::Correction => "correction",
        EntryKind::InitialReview => "review",
    }
}
