//! The forms on a case page and what they do: acknowledge, add an entry, change the status,
//! close with an outcome and a reason, reopen, and legal hold. Each checks the session's CSRF
//! token first (nothing changes without it), opens the case with `concern::cases::open_for`
//! (anyone it refuses gets the missing-case page), and acts through the core: the chat's
//! `actions::act` or `concern::recording`, so the same entries, audit records and alerts to
//! others follow. What the core would have said to the actor in their chat is shown once on
//! the case page the form redirects to (Post/Redirect/Get), so a reload repeats nothing.

use super::case_page::not_found;
use super::session::Desk;
use super::signin::forbidden;
use super::{Answer, WebState};
use crate::core::command::CaseAction;
use crate::core::concern::actions;
use crate::core::concern::cases::{self, Opened};
use crate::core::concern::recording::{self, NewEntry, ENTRY_KINDS};
use crate::core::concern::reference::ConcernRef;
use crate::core::concern::route::Access;
use crate::core::concern::types::{Agency, EntryKind, Outcome, Status};
use crate::core::message::{Message, Sensitive};
use crate::core::turn::Turn;
use axum::extract::Path;
use axum::response::{IntoResponse, Redirect};
use axum::routing::post;
use axum::{Form, Router};
use chrono::{NaiveDateTime, TimeZone};
use maud::{html, Markup};
use serde::Deserialize;

pub fn routes() -> Router<WebState> {
    Router::new().route("/desk/cases/{reference}/{action}", post(act))
}

/// Every field any of the forms sends.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
pub struct CaseForm {
    pub csrf: String,
    pub kind: String,
    pub text: String,
    pub reason: String,
    pub agency: String,
    pub agency_ref: String,
    pub corrects: String,
    pub when: String,
    pub status: String,
    pub outcome: String,
    pub hold: String,
}

fn secret(s: &str) -> Option<Sensitive<String>> {
    let s = s.trim();
    (!s.is_empty()).then(|| Sensitive::new(s.to_string()))
}

async fn act(
    d: Desk,
    Path((reference, action)): Path<(String, String)>,
    Form(f): Form<CaseForm>,
) -> Answer {
    if !d.csrf_ok(&f.csrf) {
        return Ok(forbidden(&d.state, d.lang()));
    }
    let ev = d.inbound().await?;
    let mut t = d.turn(&ev).await?;
    let r = ConcernRef::parse(&reference).ok();
    let opened = match r {
        Some(r) => cases::open_for(&mut t, r).await?,
        None => None,
    };
    let (Some(r), Some(o)) = (r, opened) else {
        cases::refuse(&mut t, r, "concern-case-refused").await?;
        d.finish(t).await?;
        return Ok(not_found(&d));
    };
    let refusal = "concern-case-refused";
    match action.as_str() {
        "ack" => actions::act(&mut t, r, CaseAction::Ack, refusal).await?,
        "hold" => {
            let on = f.hold == "on";
            actions::act(&mut t, r, CaseAction::Hold(Some(on)), refusal).await?
        }
        "status" => match Status::parse(&f.status) {
            Some(s) => actions::act(&mut t, r, CaseAction::Status(Some(s)), refusal).await?,
            None => t.private(Message::new("desk-form-choose-status")),
        },
        "entry" => entry(&mut t, o, &f).await?,
        "close" => close(&mut t, o, &f).await?,
        "reopen" => reopen(&mut t, o, &f).await?,
        _ => {
            d.finish(t).await?;
            return Ok(not_found(&d));
        }
    }
    // Post/Redirect/Get: the case page shows what the action said, once.
    let now = t.now;
    let said = d.finish(t).await?;
    let to = match d.state.flashes.put(d.sid(), said, now) {
        Some(id) => format!("/desk/cases/{r}?flash={id}"),
        None => format!("/desk/cases/{r}"),
    };
    Ok(Redirect::to(&to).into_response())
}

async fn entry(t: &mut Turn<'_>, o: Opened, f: &CaseForm) -> anyhow::Result<()> {
    let tz = t.cx.settings.timezone;
    let happened_at = match f.when.trim() {
        "" => Some(t.now),
        typed => NaiveDateTime::parse_from_str(typed, "%Y-%m-%dT%H:%M")
            .ok()
            .and_then(|n| tz.from_local_datetime(&n).earliest())
            .map(|d| d.to_utc()),
    };
    let Some(happened_at) = happened_at else {
        t.private(Message::new("concern-entry-problem-when"));
        return Ok(());
    };
    let new = NewEntry {
        kind: EntryKind::parse(&f.kind).unwrap_or(EntryKind::Note),
        text: secret(&f.text),
        reason: secret(&f.reason),
        agency: Agency::parse(&f.agency),
        agency_ref: secret(&f.agency_ref),
        corrects: f.corrects.trim().trim_start_matches('#').parse().ok(),
        happened_at,
    };
    if let Some(problem) = recording::entry_problem(&new, t.now) {
        t.private(Message::new(problem));
        return Ok(());
    }
    recording::add_entry(t, &o, new).await?;
    Ok(())
}

async fn close(t: &mut Turn<'_>, mut o: Opened, f: &CaseForm) -> anyhow::Result<()> {
    if !actions::allowed(t, &o, CaseAction::Close) {
        return Ok(());
    }
    let Some(outcome) = Outcome::parse(&f.outcome) else {
        t.private(Message::new("desk-form-choose-outcome"));
        return Ok(());
    };
    let reason = secret(&f.reason);
    if let Some(problem) = recording::close_reason_problem(&reason) {
        t.private(Message::new(problem));
        return Ok(());
    }
    recording::close(t, &mut o, outcome, reason).await?;
    Ok(())
}

async fn reopen(t: &mut Turn<'_>, mut o: Opened, f: &CaseForm) -> anyhow::Result<()> {
    if !actions::allowed(t, &o, CaseAction::Reopen) {
        return Ok(());
    }
    let reason = secret(&f.reason);
    if let Some(problem) = recording::close_reason_problem(&reason) {
        t.private(Message::new(problem));
        return Ok(());
    }
    recording::reopen(t, &mut o, reason).await?;
    Ok(())
}

/// The forms this reader may use on the case.
pub fn forms(d: &Desk, o: &Opened) -> Markup {
    let w = d.words();
    let c = &o.concern;
    let csrf = d.csrf();
    let to = |a: &str| format!("/desk/cases/{}/{a}", c.reference);
    let lead = o.access == Access::Lead;
    let closed = c.status == Status::Closed;
    html! {
        h2 { (w.t("desk-actions")) }
        @if lead && c.acknowledged_at.is_none() {
            form.act method="post" action=(to("ack")) {
                input type="hidden" name="csrf" value=(csrf);
                p { (w.t("desk-ack-hint")) }
                button.primary type="submit" { (w.t("concern-button-ack")) }
            }
        }
        form.act method="post" action=(to("entry")) {
            h3 { (w.t("desk-entry-title")) }
            input type="hidden" name="csrf" value=(csrf);
            label for="kind" { (w.t("case-l-kind")) }
            select #kind name="kind" {
                @for k in ENTRY_KINDS { option value=(k.as_str()) { (w.t(k.label())) } }
            }
            label for="text" { (w.t("case-l-text")) }
            textarea #text name="text" required maxlength="2000" {}
            label for="reason" { (w.t("desk-entry-reason")) }
            textarea #reason name="reason" maxlength="1000" {}
            label for="agency" { (w.t("desk-entry-agency")) }
            select #agency name="agency" {
                option value="" { (w.t("desk-search-any")) }
                @for a in Agency::ALL { option value=(a.as_str()) { (w.t(a.label())) } }
            }
            label for="agency_ref" { (w.t("concern-case-agency-ref")) }
            input #agency_ref type="text" name="agency_ref" maxlength="100";
            label for="corrects" { (w.t("desk-entry-corrects")) }
            input #corrects type="text" name="corrects" inputmode="numeric" maxlength="5";
            label for="when" { (w.t("desk-entry-when")) }
            input #when type="datetime-local" name="when";
            p.hint { (w.t("desk-entry-when-hint")) }
            button.primary type="submit" { (w.t("desk-entry-button")) }
        }
        @if lead && !closed {
            form.act method="post" action=(to("status")) {
                h3 { (w.t("desk-status-title")) }
                input type="hidden" name="csrf" value=(csrf);
                label for="status" { (w.t("desk-col-status")) }
                select #status name="status" {
                    @for s in Status::ALL.iter().filter(|s| **s != Status::Closed) {
                        option value=(s.as_str()) selected[*s == c.status] { (w.t(s.label())) }
                    }
                }
                button.primary type="submit" { (w.t("desk-status-button")) }
            }
            form.act method="post" action=(to("close")) {
                h3 { (w.t("desk-close-title")) }
                input type="hidden" name="csrf" value=(csrf);
                label for="outcome" { (w.t("concern-case-outcome")) }
                select #outcome name="outcome" {
                    @for oc in Outcome::ALL { option value=(oc.as_str()) { (w.t(oc.label())) } }
                }
                label for="close-reason" { (w.t("concern-case-reason")) }
                textarea #close-reason name="reason" required minlength="5" maxlength="2000" {}
                button.primary type="submit" { (w.t("desk-close-button")) }
            }
        }
        @if lead && closed {
            form.act method="post" action=(to("reopen")) {
                h3 { (w.t("desk-reopen-title")) }
                input type="hidden" name="csrf" value=(csrf);
                label for="reopen-reason" { (w.t("concern-case-reason")) }
                textarea #reopen-reason name="reason" required minlength="5" maxlength="2000" {}
                button.primary type="submit" { (w.t("concern-button-reopen")) }
            }
        }
        @if lead {
            form.act method="post" action=(to("hold")) {
                h3 { (w.t("desk-hold")) }
                input type="hidden" name="csrf" value=(csrf);
                input type="hidden" name="hold" value=(if c.legal_hold { "off" } else { "on" });
                button.primary type="submit" {
                    (w.t(if c.legal_hold { "concern-button-hold-off" } else { "concern-button-hold-on" }))
                }
            }
        }
    }
}
