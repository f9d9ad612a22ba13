//! `/stream new`: the set-up form, and on submit the policy check, the stored stream, and then
//! either the SLT approval request or the sending of the details to the audience.
//!
//! The link, meeting id and passcode are sensitive steps: the driver keeps them sealed in the
//! draft and asks the platform to remove the organiser's typed message. A stream that breaks the
//! policy is refused with every reason, and the organiser is put back on the review step to
//! change an answer; nothing is stored or sent.

use super::form::{self, spec};
use super::policy::{self, Chat, Plan};
use super::store::{
    Audience, DeliveryKind, Milestone, NewStream, Service, StreamSecrets, StreamStatus,
};
use super::{approval, deliver, directory};
use crate::core::audit::AuditAction;
use crate::core::fault::{Expect, Result};
use crate::core::form::driver::{self, FormFeature};
use crate::core::form::{Answers, FormSpec, FormState};
use crate::core::message::{Message, Sensitive};
use crate::core::turn::Turn;
use async_trait::async_trait;
use std::sync::OnceLock;

pub use super::form::FORM_ID;

/// The set-up form.
pub struct NewStreamForm;

/// The one instance the form registry hands out.
pub static FORM: NewStreamForm = NewStreamForm;

/// `/stream new`: starts the form (the caller has checked the role).
pub async fn start(t: &mut Turn<'_>) -> Result<()> {
    driver::start(t, &FORM).await
}

#[async_trait]
impl FormFeature for NewStreamForm {
    fn spec(&self) -> &FormSpec {
        static SPEC: OnceLock<FormSpec> = OnceLock::new();
        SPEC.get_or_init(spec)
    }

    async fn answered(&self, t: &mut Turn<'_>, state: &mut FormState, step: &str) -> Result<()> {
        form::check(t, self.spec(), state, step).await
    }

    async fn submit(&self, t: &mut Turn<'_>, answers: Answers, state: &FormState) -> Result<()> {
        let Some(me) = t.me.clone().filter(super::is_organiser) else {
            t.private(Message::new("stream-organisers-only"));
            return Ok(());
        };
        let people = t.tx.people(t.cx.school).await?;
        let supervisors =
            directory::match_staff(answers.text("supervisors").unwrap_or_default(), &people)
                .map(|v| v.iter().map(|p| p.id).collect::<Vec<_>>())
                .unwrap_or_default();
        let plan = plan(&answers, supervisors.len())?;
        let s = &t.cx.settings;
        let st = s.school_time();
        let refusals = policy::check(&plan, &st, t.now);
        if !refusals.is_empty() {
            t.private(super::early::message("stream-refused", &refusals, &st));
            return back_to_review(t, state).await;
        }
        let new = NewStream {
            school: t.cx.school,
            organiser: me.id,
            title: answers.text("title").or_broken("no title")?.to_string(),
            audience: audience(&answers, &people),
            service: answers
                .choice("service")
                .and_then(Service::parse)
                .or_broken("no service")?,
            starts_at: plan.starts_at,
            ends_at: plan.ends_at,
            chat_monitor: (plan.chat == Chat::Monitored)
                .then(|| answers.text("chat_monitor").unwrap_or_default().to_string()),
            supervisors,
            status: if s.streams.require_approval {
                StreamStatus::AwaitingApproval
            } else {
                StreamStatus::Scheduled
            },
            secrets: secrets(&answers)?,
        };
        let id = t.tx.streams().create_stream(&new, t.now).await?;
        t.tx.audit(
            t.cx.school,
            Some(me.id),
            AuditAction::StreamCreate,
            &format!("stream:{id}"),
            t.now,
        )
        .await?;
        let stream =
            t.tx.streams()
                .stream(id)
                .await?
                .or_broken("stream just created")?;
        let tz = s.timezone;
        if new.status == StreamStatus::AwaitingApproval {
            let asked = approval::ask(t, &stream).await?;
            t.private(deliver::about("stream-saved-awaiting", &stream, tz).arg("asked", asked));
            return Ok(());
        }
        let (cx, now) = (t.cx, t.now);
        let reach = deliver::to_audience(
            &mut *t.tx,
            &mut t.fx,
            cx,
            &stream,
            &new.secrets,
            DeliveryKind::Credentials,
            now,
        )
        .await?;
        t.tx.streams()
            .mark_stream(id, Milestone::CredentialsSent, t.now)
            .await?;
        t.private(
            deliver::about("stream-saved-sending", &stream, tz)
                .arg("queued", reach.queued)
                .arg("not_linked", reach.not_linked.len()),
        );
        Ok(())
    }
}

/// What the answers say, for the policy check.
fn plan(a: &Answers, supervisors: usize) -> Result<Plan> {
    Ok(Plan {
        starts_at: a.time("start").or_broken("no start")?,
        ends_at: a.time("end").or_broken("no end")?,
        supervisors,
        school_account: a.yes("school_account").or_broken("no account answer")?,
        recorded: a.yes("recorded").or_broken("no recording answer")?,
        chat: a
            .choice("chat")
            .and_then(Chat::parse)
            .or_broken("no chat answer")?,
        file_sharing: a.yes("file_sharing").or_broken("no file sharing answer")?,
    })
}

fn audience(a: &Answers, people: &[crate::core::people::Person]) -> Audience {
    match a.text("classes") {
        Some(typed) if a.choice("audience") == Some("classes") => {
            let known = directory::classes(people);
            Audience::Classes(directory::match_classes(typed, &known).unwrap_or_default())
        }
        _ => Audience::WholeSchool,
    }
}

fn secrets(a: &Answers) -> Result<StreamSecrets> {
    let get = |id: &str| a.text(id).map(|s| Sensitive::new(s.trim().to_string()));
    Ok(StreamSecrets {
        link: get("link").or_broken("no link")?,
        meeting_id: get("meeting_id"),
        passcode: get("passcode"),
    })
}

/// Keeps the form at its review step so the organiser can change an answer.
async fn back_to_review(t: &mut Turn<'_>, state: &FormState) -> Result<()> {
    driver::keep_at_review(t, FORM.spec(), state).await
}
