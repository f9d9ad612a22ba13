//! The urgent path: the moment a reporter says a child is at immediate risk, they are shown the
//! DSL numbers and told to call 999 if a child is in danger now, and the DSL team is alerted
//! with nothing but a draft reference, before the rest of the form is filled in.
//!
//! If that form is then cancelled or expires, the team is told who raised the urgent alert so
//! they can follow it up: a child was said to be at risk and nothing has been recorded. That
//! follow-up is the only message here that names anyone, and it is a `Message<Private>`.

use super::reporting::FORM_ID;
use super::route::{route, Facts, ROUTE_ROLES};
use super::types::About;
use crate::core::form::FormState;
use crate::core::ids::{PersonId, SchoolId};
use crate::core::message::{Message, Outgoing, Sensitive};
use crate::core::store::{Result, Tx};
use crate::core::turn::{Ctx, Turn};

/// The form flag set once the urgent alert has gone, so it goes once.
pub const FLAG: &str = "urgent-alerted";

/// The reference an urgent alert carries before the concern has its own.
pub fn draft_ref(state: &FormState) -> String {
    format!("D-{}", state.nonce.to_uppercase())
}

/// Shows the reporter the emergency numbers and, the first time, alerts the DSL team.
pub async fn raise(t: &mut Turn<'_>, state: &mut FormState) -> Result<()> {
    let phone = t.cx.settings.contacts.dsl_phone.clone();
    t.private(Message::new("concern-danger-now").arg("dsl_phone", phone));
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    if state.has_flag(FLAG) {
        return Ok(());
    }
    state.set_flag(FLAG);
    let draft = draft_ref(state);
    for p in team(&mut *t.tx, t.cx.school, me.id).await? {
        let m = Message::new("concern-urgent-alert").arg("draft", &draft);
        t.send(Outgoing::to_person(p, None, m));
    }
    t.tx.record_urgent_draft(t.cx.school, &draft, me.id, t.now)
        .await?;
    let subject = format!("draft:{draft}");
    t.tx.audit(t.cx.school, Some(me.id), "concern.urgent", &subject, t.now)
        .await
}

/// Who hears an urgent alert before anything else is known: the first level of a pupil route
/// (the DSL team, or whoever stands in when the reporter is the only DSL).
async fn team(tx: &mut dyn Tx, school: SchoolId, reporter: PersonId) -> Result<Vec<PersonId>> {
    let people = tx.people_with_roles(school, ROUTE_ROLES).await?;
    let facts = Facts {
        about: About::Pupil,
        categories: &[],
        conflict: false,
        reporter,
        subjects: &[],
    };
    Ok(route(&facts, &people)
        .levels
        .first()
        .map(|l| l.leads.clone())
        .unwrap_or_default())
}

/// Tells the team about urgent alerts whose form is no longer open and was never submitted.
pub async fn sweep(cx: &Ctx) -> Result<()> {
    let now = cx.clock.now();
    let mut tx = cx.store.begin().await?;
    let mut changed = false;
    for (draft, reporter) in tx.urgent_drafts(cx.school).await? {
        let open = tx
            .draft(reporter)
            .await?
            .is_some_and(|d| d.state.form == FORM_ID && draft_ref(&d.state) == draft);
        if open {
            continue;
        }
        let name = tx
            .person(reporter)
            .await?
            .map(|p| p.name)
            .unwrap_or_default();
        for p in team(&mut *tx, cx.school, reporter).await? {
            let m = Message::private("concern-urgent-unfinished")
                .arg("draft", &draft)
                .secret("reporter", Sensitive::new(name.clone()));
            tx.enqueue(&Outgoing::to_person(p, None, m), now).await?;
        }
        tx.forget_urgent_draft(&draft).await?;
        let subject = format!("draft:{draft}");
        tx.audit(cx.school, None, "concern.urgent_unfinished", &subject, now)
            .await?;
        changed = true;
    }
    if changed {
        tx.commit().await?;
    }
    Ok(())
}
