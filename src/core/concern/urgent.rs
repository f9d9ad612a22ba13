//! The urgent path: the moment a reporter says a child is at immediate risk they are shown the
//! emergency numbers, and the first people on the concern's route are alerted with nothing but
//! a draft reference, before the rest of the form is filled in.
//!
//! Who the concern is about is asked first (one tap), and when it is about an adult in school
//! (a member of staff, another adult) their name is asked and confirmed before the alert goes
//! out, so it never goes to them: the alert leaves as soon as the subject is known, seconds
//! after the reporter said a child is at risk. Whoever cannot be reached is passed over for
//! the next people on the route, and the reporter is told truthfully who was alerted.
//!
//! If the form is then cancelled or expires, the first reachable people of the route the
//! concern has by then (never anyone the reporter named as a subject) are told who raised it so
//! they can follow it up. That follow-up is
//! the only message here that names anyone, and it is a `Message<Private>`.

use super::answers::{self, FORM_ID};
use super::reach::{self, Reached};
use super::route::{route, Facts, ROUTE_ROLES};
use super::store::UrgentDraft;
use super::types::About;
use crate::core::audit::AuditAction;
use crate::core::effects::Effects;
use crate::core::fault::Result;
use crate::core::form::context::UrgentAlert;
use crate::core::form::FormState;
use crate::core::local_text::LocalText;
use crate::core::message::{Message, Outgoing, Sensitive};
use crate::core::turn::{Ctx, Turn};

/// True once the urgent alert has gone (it goes once).
pub fn alerted(state: &FormState) -> bool {
    state.context.urgent_alert.is_some()
}

/// The reference an urgent alert carries before the concern has its own.
pub fn draft_ref(state: &FormState) -> String {
    format!("D-{}", state.nonce.to_uppercase())
}

/// True when the reporter said a child is at immediate risk.
pub fn said_urgent(state: &FormState) -> bool {
    state.answers.yes("danger") == Some(true)
}

/// True once who the concern is about is known well enough to alert without reaching them:
/// at once for a pupil, the Head or oneself; for a member of staff, another adult or someone
/// online once their name is given and any people it could mean have been confirmed.
fn subject_known(state: &FormState) -> bool {
    let a = &state.answers;
    match answers::about(a) {
        Some(About::Staff) => named(state, "staff"),
        Some(About::Adult) => named(state, "adult"),
        // Someone online may turn out to be someone in the directory.
        Some(About::Online) => named(state, "online"),
        Some(_) => true,
        None => false,
    }
}

fn named(state: &FormState, who: &str) -> bool {
    let asked = state.people.get("subjects").is_some_and(|p| !p.is_empty());
    state.answers.get(who).is_some() && (!asked || state.answers.get("subjects").is_some())
}

/// Called after every answer: shows the emergency numbers when the reporter says a child is at
/// risk, raises the alert once the subject is known, and keeps the subjects of a raised alert
/// up to date.
pub async fn after_answer(t: &mut Turn<'_>, state: &mut FormState, step: &str) -> Result<()> {
    if !said_urgent(state) {
        return Ok(());
    }
    if step == "danger" {
        let phone = t.cx.settings.contacts.dsl_phone_text();
        let key = if subject_known(state) {
            "concern-danger-now"
        } else {
            "concern-danger-now-who"
        };
        t.private(Message::new(key).arg("dsl_phone", phone));
    }
    if alerted(state) {
        return update_subjects(t, state).await;
    }
    if subject_known(state) {
        raise(t, state).await?;
    }
    Ok(())
}

/// Alerts the first reachable people on the route the concern has so far.
async fn raise(t: &mut Turn<'_>, state: &mut FormState) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    let people = t.tx.people_with_roles(t.cx.school, ROUTE_ROLES).await?;
    let about = answers::about(&state.answers).unwrap_or(About::Pupil);
    let subjects = answers::subjects_for_alerts(state, me.id, &people);
    let facts = Facts {
        about,
        categories: &[],
        conflict: false,
        reporter: me.id,
        subjects: &subjects,
    };
    let r = route(&facts, &people);
    let reached = reach::first_reachable(&mut *t.tx, &r, 0).await?;
    let draft = draft_ref(state);
    let ooh = reach::out_of_hours(t.cx, t.now);
    let alerted = reached
        .as_ref()
        .map(|x| x.leads.clone())
        .unwrap_or_default();
    for p in &alerted {
        let m = Message::new("concern-urgent-alert")
            .arg("draft", &draft)
            .arg("ooh", ooh.clone());
        t.send(Outgoing::to_person(*p, None, m).report_failure_to(me.id));
    }
    state.context.urgent_alert = Some(UrgentAlert {
        rung: reached.as_ref().map(|r| r.rung.label().to_string()),
    });
    t.private(told(t.cx, reached.as_ref(), &ooh));
    let record = UrgentDraft {
        draft_ref: draft.clone(),
        reporter: me.id,
        about,
        alerted,
        subjects,
        alerted_at: t.now,
    };
    t.tx.concerns()
        .record_urgent_draft(t.cx.school, &record)
        .await?;
    let subject = format!("draft:{draft}");
    t.tx.audit(
        t.cx.school,
        Some(me.id),
        AuditAction::ConcernUrgent,
        &subject,
        t.now,
    )
    .await?;
    Ok(())
}

/// What the reporter is told about the alert: who (by role) has it, or whom to phone.
fn told(cx: &Ctx, reached: Option<&Reached>, ooh: &LocalText) -> Message {
    let c = &cx.settings.contacts;
    match reached {
        Some(r) => Message::new("concern-urgent-sent")
            .arg_key("rung", r.rung.label())
            .arg("ooh", ooh.clone()),
        None => Message::new("concern-urgent-nobody")
            .arg("dsl_phone", c.dsl_phone_text())
            .arg("ooh", c.out_of_hours_text()),
    }
}

/// Keeps the subjects stored with a raised alert in step with what the reporter has said.
async fn update_subjects(t: &mut Turn<'_>, state: &FormState) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    let draft = draft_ref(state);
    let Some(mut d) =
        t.tx.concerns()
            .urgent_drafts(t.cx.school)
            .await?
            .into_iter()
            .find(|d| d.draft_ref == draft)
    else {
        return Ok(());
    };
    let people = t.tx.people_with_roles(t.cx.school, ROUTE_ROLES).await?;
    let subjects = answers::subjects_for_alerts(state, me.id, &people);
    if subjects != d.subjects {
        d.subjects = subjects;
        t.tx.concerns().record_urgent_draft(t.cx.school, &d).await?;
    }
    Ok(())
}

/// What the reporter of an unfinished urgent form is told when it is cancelled or expires
/// (`expired`): the alert already went (to whom, by role), or nobody could be reached. Who is
/// asked to follow it up is said by [`sweep`] once they have been.
pub fn closing_note(state: &FormState, expired: bool) -> Option<Message> {
    let alert = state.context.urgent_alert.as_ref()?;
    let why = if expired { "expired" } else { "cancelled" };
    Some(match &alert.rung {
        None => Message::new("concern-urgent-closed-nobody").arg("why", why),
        Some(key) => Message::new("concern-urgent-closed")
            .arg_key("rung", key.as_str())
            .arg("why", why),
    })
}

/// Follows up urgent alerts whose form is no longer open and was never submitted, with the
/// first reachable people of the route the concern has by now: its subjects as the reporter
/// named them are never told, whoever the first alert reached.
pub async fn sweep(cx: &Ctx) -> Result<()> {
    let now = cx.clock.now();
    let mut tx = cx.store.begin().await?;
    let mut fx = Effects::of(cx.school);
    let mut changed = false;
    for d in tx.concerns().urgent_drafts(cx.school).await? {
        let open = tx
            .draft(d.reporter)
            .await?
            .is_some_and(|x| x.state.form == FORM_ID && draft_ref(&x.state) == d.draft_ref);
        if open {
            continue;
        }
        let name = tx
            .person(d.reporter)
            .await?
            .map(|p| p.name)
            .unwrap_or_default();
        let people = tx.people_with_roles(cx.school, ROUTE_ROLES).await?;
        let facts = Facts {
            about: d.about,
            categories: &[],
            conflict: false,
            reporter: d.reporter,
            subjects: &d.subjects,
        };
        let r = route(&facts, &people);
        let reached = reach::first_reachable(&mut *tx, &r, 0).await?;
        let told = match &reached {
            Some(x) => Message::new("concern-urgent-followed").arg_key("rung", x.rung.label()),
            None => Message::new("concern-urgent-followed-nobody")
                .arg("dsl_phone", cx.settings.contacts.dsl_phone_text())
                .arg("ooh", cx.settings.contacts.out_of_hours_text()),
        };
        for p in reached.map(|x| x.leads).unwrap_or_default() {
            let m = Message::private("concern-urgent-unfinished")
                .arg("draft", &d.draft_ref)
                .secret("reporter", Sensitive::new(name.clone()));
            fx.send(Outgoing::to_person(p, None, m).report_failure_to(d.reporter));
        }
        // The reporter hears who was asked to follow it up, once it has happened.
        fx.send(Outgoing::to_person(d.reporter, None, told));
        tx.concerns().forget_urgent_draft(&d.draft_ref).await?;
        let subject = format!("draft:{}", d.draft_ref);
        tx.audit(
            cx.school,
            None,
            AuditAction::ConcernUrgentUnfinished,
            &subject,
            now,
        )
        .await?;
        changed = true;
    }
    if changed {
        fx.commit(tx, now).await?;
    }
    Ok(())
}
