//! The small forms a case handler fills in: a chronology entry (action taken, decision with its
//! reason, referral with agency, date and reference, a note, or a correction pointing at an
//! earlier entry), closing a case (outcome and reason, both required) and reopening a closed
//! one (a reason, required; the other leads are told the reference only).
//!
//! The case a form belongs to is kept in the form's context (`FormContext`), and access is
//! checked again on submit: a form started by someone who has since lost access saves nothing.
//! Entries are only ever appended.
//!
//! A correction's entry number is checked as soon as it is given, and asked again when the
//! case has no such entry. Text typed into these forms is never thrown away: if the entry
//! cannot be added on submit, the form stays at its review with what was typed, or (when the
//! case can no longer be added to) the text goes back to its writer, privately.

use super::cases;
use super::recording::{self, NewEntry, ENTRY_KINDS};
use super::reference::ConcernRef;
use super::route::Access;
use super::types::{Agency, EntryKind, Outcome};
use crate::core::fault::Result;
use crate::core::form::context::About;
use crate::core::form::driver::{self, FormFeature};
use crate::core::form::engine;
use crate::core::form::{Answers, FormContext, FormSpec, FormState, StepKind, When};
use crate::core::message::{Message, Sensitive};
use crate::core::turn::Turn;
use async_trait::async_trait;
use std::sync::LazyLock;

/// Adding a chronology entry.
pub struct EntryForm;
/// Closing a case.
pub struct CloseForm;
/// Reopening a closed case.
pub struct ReopenForm;

/// A step of these forms: keys `case-q-<id>`, `case-l-<id>`, `case-h-<id>`.
macro_rules! question {
    ($id:literal, $kind:expr $(,)?) => {
        step!("case-", $id, $kind)
    };
}

fn kind(a: &Answers) -> Option<EntryKind> {
    a.choice("kind").and_then(EntryKind::parse)
}

static ENTRY: LazyLock<FormSpec> = LazyLock::new(|| FormSpec {
    id: "case-entry",
    version: 1,
    title: "case-entry-title",
    steps: vec![
        question!("kind", StepKind::Choice(EntryKind::options(ENTRY_KINDS))),
        question!("corrects", StepKind::Text { min: 1, max: 4 })
            .when(|a| kind(a) == Some(EntryKind::Correction)),
        question!("text", StepKind::Text { min: 2, max: 2000 }).sensitive(),
        question!("reason", StepKind::Text { min: 2, max: 1000 })
            .sensitive()
            .when(|a| kind(a) == Some(EntryKind::Decision)),
        question!("agency", StepKind::Choice(Agency::options(Agency::ALL)))
            .when(|a| kind(a) == Some(EntryKind::Referral)),
        question!("agency_ref", StepKind::Text { min: 1, max: 100 })
            .sensitive()
            .optional()
            .when(|a| kind(a) == Some(EntryKind::Referral)),
        question!("when", StepKind::DateTime(When::Past)),
    ],
});

static CLOSE: LazyLock<FormSpec> = LazyLock::new(|| FormSpec {
    id: "case-close",
    version: 1,
    title: "case-close-title",
    steps: vec![
        question!("outcome", StepKind::Choice(Outcome::options(Outcome::ALL))),
        question!("close_reason", StepKind::Text { min: 5, max: 2000 }).sensitive(),
    ],
});

static REOPEN: LazyLock<FormSpec> = LazyLock::new(|| FormSpec {
    id: "case-reopen",
    version: 1,
    title: "case-reopen-title",
    steps: vec![question!("reopen_reason", StepKind::Text { min: 5, max: 2000 }).sensitive()],
});

/// Starts `feature`'s form for case `r`, unless the sender already has a form open (which is
/// shown instead). Returns whether the form was started.
pub async fn start_for(
    t: &mut Turn<'_>,
    feature: &'static dyn FormFeature,
    r: ConcernRef,
) -> Result<bool> {
    let Some(me) = t.me.clone() else {
        return Ok(false);
    };
    let forms = t.cx.forms.clone();
    let busy =
        t.tx.draft(me.id)
            .await?
            .is_some_and(|d| forms.current(&d.state).is_some());
    let context = FormContext::about(About::Case(r));
    driver::start_with(t, feature, context).await?;
    Ok(!busy)
}

/// The case a form was started for (see [`start_for`]).
pub fn case_of(state: &FormState) -> Option<ConcernRef> {
    match state.context.about {
        Some(About::Case(r)) => Some(r),
        _ => None,
    }
}

/// The case a submitted form belongs to, opened again for the sender; refuses if they may no
/// longer open it.
pub async fn reopen(
    t: &mut Turn<'_>,
    state: &FormState,
    need: Access,
) -> Result<Option<cases::Opened>> {
    let r = case_of(state);
    let opened = match r {
        Some(r) => cases::open_for(t, r).await?,
        None => None,
    };
    match opened {
        Some(o) if o.access >= need => Ok(Some(o)),
        _ => {
            cases::refuse(t, r, "concern-form-refused").await?;
            Ok(None)
        }
    }
}

/// A free-text answer, kept sensitive.
pub fn secret(a: &Answers, id: &str) -> Option<Sensitive<String>> {
    a.text(id).map(|s| Sensitive::new(s.to_string()))
}

/// The entry number a correction names, as typed (`3` or `#3`).
fn corrects(a: &Answers) -> Option<u32> {
    a.text("corrects")
        .and_then(|n| n.trim().trim_start_matches('#').trim().parse().ok())
}

/// Gives the text typed into an entry form back to its writer, privately, when the entry
/// could not be added, so that nothing they wrote is lost.
fn give_back(t: &mut Turn<'_>, a: &Answers) {
    let typed: Vec<&str> = ["text", "reason", "agency_ref"]
        .iter()
        .filter_map(|id| a.text(id))
        .collect();
    if !typed.is_empty() {
        let text = Sensitive::new(typed.join("\n\n"));
        t.private(Message::private("concern-entry-given-back").secret("text", text));
    }
}

#[async_trait]
impl FormFeature for EntryForm {
    fn spec(&self) -> &FormSpec {
        &ENTRY
    }

    /// Checks a correction's entry number as soon as it is given; asks again for a number the
    /// case's chronology does not have.
    async fn answered(&self, t: &mut Turn<'_>, state: &mut FormState, step: &str) -> Result<()> {
        if step != "corrects" {
            return Ok(());
        }
        let Some(o) = (match case_of(state) {
            Some(r) => cases::open_for(t, r).await?,
            None => None,
        }) else {
            // Refused on submit, with the typed text given back.
            return Ok(());
        };
        let numbers: Vec<u32> =
            t.tx.concerns()
                .entries(o.concern.id)
                .await?
                .iter()
                .map(|x| x.n)
                .collect();
        if corrects(&state.answers).is_some_and(|n| numbers.contains(&n)) {
            return Ok(());
        }
        t.private(
            Message::new("concern-entry-no-such-entry")
                .arg("ref", o.concern.reference.to_string())
                .arg("last", numbers.iter().copied().max().unwrap_or(0)),
        );
        engine::ask_again(&ENTRY, state, "corrects");
        Ok(())
    }

    async fn submit(&self, t: &mut Turn<'_>, a: Answers, state: &FormState) -> Result<()> {
        let Some(o) = reopen(t, state, Access::Contributor).await? else {
            give_back(t, &a);
            return Ok(());
        };
        let new = NewEntry {
            kind: kind(&a).unwrap_or(EntryKind::Note),
            text: secret(&a, "text"),
            reason: secret(&a, "reason"),
            agency: a.choice("agency").and_then(Agency::parse),
            agency_ref: secret(&a, "agency_ref"),
            corrects: corrects(&a),
            happened_at: a.time("when").unwrap_or(t.now),
        };
        if recording::add_entry(t, &o, new).await?.is_none() {
            // Checked when it was given; kept at the review with the text all the same.
            return driver::keep_at_review(t, &ENTRY, state).await;
        }
        Ok(())
    }
}

#[async_trait]
impl FormFeature for CloseForm {
    fn spec(&self) -> &FormSpec {
        &CLOSE
    }

    async fn submit(&self, t: &mut Turn<'_>, a: Answers, state: &FormState) -> Result<()> {
        let Some(mut o) = reopen(t, state, Access::Lead).await? else {
            return Ok(());
        };
        let outcome = a
            .choice("outcome")
            .and_then(Outcome::parse)
            .unwrap_or(Outcome::Other);
        recording::close(t, &mut o, outcome, secret(&a, "close_reason")).await
    }
}

#[async_trait]
impl FormFeature for ReopenForm {
    fn spec(&self) -> &FormSpec {
        &REOPEN
    }

    async fn submit(&self, t: &mut Turn<'_>, a: Answers, state: &FormState) -> Result<()> {
        let Some(mut o) = reopen(t, state, Access::Lead).await? else {
            return Ok(());
        };
        recording::reopen(t, &mut o, secret(&a, "reopen_reason")).await
    }
}
