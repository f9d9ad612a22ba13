//! Asking instead of signing: a one-question form whose answer goes to the online safety lead
//! (or, if the school has none, the Headteacher), privately. It never signs anything.

use super::model::VersionId;
use super::{payload, Action};
use crate::core::audit::AuditAction;
use crate::core::fault::Result;
use crate::core::form::context::About;
use crate::core::form::driver::{self, FormFeature};
use crate::core::form::{Answers, FormContext, FormSpec, FormState, Step, StepKind};
use crate::core::message::{Choice, Message, Outgoing, Sensitive};
use crate::core::people::Role;
use crate::core::turn::Turn;
use async_trait::async_trait;
use std::sync::LazyLock;

/// The form id under which question drafts are stored.
pub const FORM_ID: &str = "aup-question";

static SPEC: LazyLock<FormSpec> = LazyLock::new(|| FormSpec {
    id: FORM_ID,
    version: 1,
    title: "aup-question-title",
    steps: vec![
        Step::new("question", StepKind::Text { min: 3, max: 1000 }).keys(
            "aup-question-prompt",
            "aup-question-label",
            "aup-question-help",
        ),
    ],
});

/// The question form.
pub struct QuestionForm;

/// The one instance, for the form registry.
pub static QUESTION: QuestionForm = QuestionForm;

/// Starts a question about version `v` (the caller has checked it is in force for the sender).
pub async fn start(t: &mut Turn<'_>, v: &super::model::Version) -> Result<()> {
    let context = FormContext::about(About::AupVersion(v.id));
    driver::start_with(t, &QUESTION, context).await
}

fn asked_about(state: &FormState) -> Option<VersionId> {
    match state.context.about {
        Some(About::AupVersion(v)) => Some(v),
        _ => None,
    }
}

#[async_trait]
impl FormFeature for QuestionForm {
    fn spec(&self) -> &FormSpec {
        &SPEC
    }

    async fn submit(&self, t: &mut Turn<'_>, answers: Answers, state: &FormState) -> Result<()> {
        let Some(me) = t.me.clone() else {
            return Ok(());
        };
        let version = match asked_about(state) {
            Some(id) => t.tx.aup().aup_version(id).await?,
            None => None,
        };
        let (Some(v), Some(q)) = (version, answers.text("question")) else {
            t.private(Message::new("aup-button-invalid"));
            return Ok(());
        };
        let school = t.cx.school;
        let mut to =
            t.tx.people_with_roles(school, &[Role::OnlineSafetyLead])
                .await?;
        if to.is_empty() {
            to = t.tx.people_with_roles(school, &[Role::Headteacher]).await?;
        }
        for lead in &to {
            let m = Message::private("aup-question-to-lead")
                .arg("name", &me.name)
                .arg("title", &v.title)
                .arg("version", &v.label)
                .secret("question", Sensitive::new(q.to_string()));
            t.send(Outgoing::to_person(lead.id, None, m).report_failure_to(me.id));
        }
        let subject = format!("person:{} version:{}", me.id, v.id);
        t.tx.audit(
            school,
            Some(me.id),
            AuditAction::AupQuestion,
            &subject,
            t.now,
        )
        .await?;
        if to.is_empty() {
            t.private(Message::new("aup-question-nobody"));
            return Ok(());
        }
        t.private(Message::new("aup-question-sent").choices([
            Choice::key("aup-button-read", payload(Action::Read, v.id)),
            Choice::key("aup-button-agree", payload(Action::Agree, v.id)),
        ]));
        Ok(())
    }
}
