//! `/concern add REF` and the receipt's "Add to my concern" button: the reporter appends their
//! own entry to the concern's chronology, privately, without being able to read the case.
//!
//! Only the concern's reporter may add, and only while it is open. Anyone else, an unknown or
//! closed reference and a text that is not a reference all get one answer, which never reveals
//! that a case exists, and nothing changes; refusals are audited. The people leading the case
//! are told that something was added, with the reference and no detail. This module must never
//! show the reporter anything of the case beyond the reference they already hold.

pub use super::alerts::add_button;
use super::alerts::open_button;
use super::answers::ACCOUNT_MAX;
use super::cases::{self, entry};
use super::entry_form::{self, secret};
use super::reference::ConcernRef;
use super::route::{route, Facts, ROUTE_ROLES};
use super::store::Concern;
use super::types::{EntryKind, Status};
use crate::core::audit::AuditAction;
use crate::core::fault::Result;
use crate::core::form::driver::FormFeature;
use crate::core::form::{Answers, FormSpec, FormState, StepKind};
use crate::core::message::{Message, Outgoing, Sensitive};
use crate::core::turn::Turn;
use async_trait::async_trait;
use std::sync::LazyLock;

/// The one answer for "no such concern", "not yours" and "closed".
const REFUSED: &str = "concern-add-refused";

/// The reporter's addition form.
pub struct AdditionForm;

static SPEC: LazyLock<FormSpec> = LazyLock::new(|| FormSpec {
    id: "concern-add",
    version: 1,
    title: "concern-add-title",
    steps: vec![step!(
        "concern-add-",
        "text",
        StepKind::Text {
            min: 10,
            max: ACCOUNT_MAX
        }
    )
    .sensitive()],
});

/// Concern `r`, if the sender reported it and it is still open.
async fn own_open(t: &mut Turn<'_>, r: ConcernRef) -> Result<Option<Concern>> {
    let Some(me) = t.me.clone() else {
        return Ok(None);
    };
    if !me.active {
        return Ok(None);
    }
    let c = t.tx.concerns().concern_by_ref(t.cx.school, r).await?;
    Ok(c.filter(|c| c.reporter == me.id && c.status != Status::Closed))
}

/// `/concern add REF` or the add button: starts the form, or refuses.
pub async fn start(t: &mut Turn<'_>, r: Option<ConcernRef>) -> Result<()> {
    if !t.in_private() {
        t.reply(Message::new("sent-privately"));
    }
    let own = match r {
        Some(r) => own_open(t, r).await?,
        None => None,
    };
    match (r, own) {
        (Some(r), Some(_)) => entry_form::start_for(t, &AdditionForm, r).await.map(|_| ()),
        _ => cases::refuse(t, r, REFUSED).await,
    }
}

#[async_trait]
impl FormFeature for AdditionForm {
    fn spec(&self) -> &FormSpec {
        &SPEC
    }

    async fn submit(&self, t: &mut Turn<'_>, a: Answers, state: &FormState) -> Result<()> {
        let r = entry_form::case_of(state);
        let own = match r {
            Some(r) => own_open(t, r).await?,
            None => None,
        };
        let Some(c) = own else {
            if let Some(r) = r {
                let me = t.me.as_ref().map(|p| p.id);
                let subject = format!("concern:{r}");
                t.tx.audit(
                    t.cx.school,
                    me,
                    AuditAction::ConcernRefused,
                    &subject,
                    t.now,
                )
                .await?;
            }
            let text = a.text("text").unwrap_or_default().to_string();
            t.private(
                Message::private("concern-add-not-saved").secret("text", Sensitive::new(text)),
            );
            return Ok(());
        };
        let mut e = entry(EntryKind::ReporterAddition, t);
        e.body.text = secret(&a, "text");
        t.tx.concerns().add_entry(c.id, &e).await?;
        let me = t.me.as_ref().map(|p| p.id);
        let subject = format!("concern:{}", c.reference);
        t.tx.audit(
            t.cx.school,
            me,
            AuditAction::ConcernReporterAddition,
            &subject,
            t.now,
        )
        .await?;
        let people = t.tx.people_with_roles(t.cx.school, ROUTE_ROLES).await?;
        let leads = route(&Facts::from(&c), &people).leads_up_to(c.route_level);
        // Only the people Haven can reach are counted as told.
        let leads = super::reach::reachable_of(&mut *t.tx, &leads).await?;
        for p in &leads {
            let alert = Message::new("concern-added-alert")
                .arg("ref", c.reference.to_string())
                .choice(open_button(c.reference));
            t.send(Outgoing::to_person(*p, None, alert).report_failure_to(c.reporter));
        }
        t.private(
            Message::new("concern-add-saved")
                .arg("ref", c.reference.to_string())
                .arg("told", leads.len())
                .arg("lado", t.cx.settings.contacts.lado_text()),
        );
        Ok(())
    }
}
