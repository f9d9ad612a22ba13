//! The lead's answer to a question about the AUP: the Reply button under a question
//! ([`super::question`]) asks the lead for the answer in one message, which then goes
//! privately to the person who asked, and only to them.
//!
//! The button names a version and a question number; both are checked against the audit log
//! (the question was asked in this school, and not answered yet) and the presser must be one
//! of the people questions go to. Nothing here trusts a payload, and an answer never goes to a
//! group.

use super::model::{Version, VersionId};
use super::question::{leads, subject};
use crate::core::audit::AuditAction;
use crate::core::fault::Result;
use crate::core::form::context::About;
use crate::core::form::driver::{self, FormFeature};
use crate::core::form::{Answers, FormContext, FormSpec, FormState, Step, StepKind};
use crate::core::message::{Message, Outgoing, Sensitive};
use crate::core::people::Person;
use crate::core::turn::Turn;
use async_trait::async_trait;
use std::sync::LazyLock;

/// The form id under which answer drafts are stored.
pub const FORM_ID: &str = "aup-answer";

static SPEC: LazyLock<FormSpec> = LazyLock::new(|| FormSpec {
    id: FORM_ID,
    version: 1,
    title: "aup-answer-title",
    steps: vec![
        Step::new("answer", StepKind::Text { min: 1, max: 2000 }).keys(
            "aup-answer-prompt",
            "aup-answer-label",
            "aup-answer-help",
        ),
    ],
});

/// The answer form.
pub struct AnswerForm;

/// The one instance, for the form registry.
pub static ANSWER: AnswerForm = AnswerForm;

/// The Reply button under question `question` about version `version`.
pub async fn button(t: &mut Turn<'_>, version: VersionId, question: i64) -> Result<()> {
    if let Err(refusal) = check(t, version, question).await? {
        t.private(Message::new(refusal));
        return Ok(());
    }
    let context = FormContext::about(About::AupAnswer { version, question });
    driver::start_with(t, &ANSWER, context).await
}

/// The person who asked and the version asked about, when the sender may answer the question
/// now; otherwise the key of the refusal.
async fn check(
    t: &mut Turn<'_>,
    version: VersionId,
    question: i64,
) -> Result<std::result::Result<(Person, Version), &'static str>> {
    let Some(me) = t.me.clone() else {
        return Ok(Err("aup-reply-not-lead"));
    };
    let school = t.cx.school;
    if !leads(&mut *t.tx, school)
        .await?
        .iter()
        .any(|p| p.id == me.id)
    {
        return Ok(Err("aup-reply-not-lead"));
    }
    let trail =
        t.tx.audit_trail(school, &subject(version, question))
            .await?;
    if trail
        .iter()
        .any(|r| r.action == Some(AuditAction::AupAnswer))
    {
        return Ok(Err("aup-reply-answered"));
    }
    let asker = trail
        .iter()
        .find(|r| r.action == Some(AuditAction::AupQuestion))
        .and_then(|r| r.actor);
    let asker = match asker {
        Some(id) => t.tx.person(id).await?,
        None => None,
    };
    let v = t.tx.aup().aup_version(version).await?;
    match (asker, v) {
        (Some(p), Some(v)) if p.school == school && p.active && v.school == school => {
            Ok(Ok((p, v)))
        }
        _ => Ok(Err("aup-reply-unknown")),
    }
}

#[async_trait]
impl FormFeature for AnswerForm {
    fn spec(&self) -> &FormSpec {
        &SPEC
    }

    async fn submit(&self, t: &mut Turn<'_>, answers: Answers, state: &FormState) -> Result<()> {
        let Some(me) = t.me.clone() else {
            return Ok(());
        };
        let Some(About::AupAnswer { version, question }) = state.context.about else {
            t.private(Message::new("aup-reply-unknown"));
            return Ok(());
        };
        // Checked again: another lead may have answered, or roles changed, meanwhile.
        let (asker, v) = match check(t, version, question).await? {
            Ok(found) => found,
            Err(refusal) => {
                t.private(Message::new(refusal));
                return Ok(());
            }
        };
        let Some(text) = answers.text("answer") else {
            return Ok(());
        };
        let m = Message::private("aup-answer-to-asker")
            .arg("name", &me.name)
            .arg("title", &v.title)
            .arg("version", &v.label)
            .secret("answer", Sensitive::new(text.to_string()));
        t.send(Outgoing::to_person(asker.id, None, m).report_failure_to(me.id));
        t.tx.audit(
            t.cx.school,
            Some(me.id),
            AuditAction::AupAnswer,
            &subject(version, question),
            t.now,
        )
        .await?;
        t.private(Message::new("aup-answer-sent").arg("name", &asker.name));
        Ok(())
    }
}
