//! Asking instead of signing: a one-question form whose answer goes to the online safety lead
//! (or, if the school has none, the Headteacher), privately, with a Reply button
//! ([`super::answer`]). It never signs anything.

use super::model::VersionId;
use super::{payload, Action};
use crate::core::audit::AuditAction;
use crate::core::fault::Result;
use crate::core::form::context::About;
use crate::core::form::driver::{self, FormFeature};
use crate::core::form::{Answers, FormContext, FormSpec, FormState, Step, StepKind};
use crate::core::ids::SchoolId;
use crate::core::message::{Choice, Message, Outgoing, Sensitive};
use crate::core::payload::Payload;
use crate::core::people::{Person, Role};
use crate::core::store::Tx;
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
        let to = leads(&mut *t.tx, school).await?;
        let question = rand::random::<u32>() as i64 + 1;
        let reply = Payload::AupReply {
            version: v.id,
            question,
        };
        for lead in &to {
            let m = Message::private("aup-question-to-lead")
                .arg("name", &me.name)
                .arg("title", &v.title)
                .arg("version", &v.label)
                .secret("question", Sensitive::new(q.to_string()))
                .choices([Choice::key("aup-button-reply", reply.encode())]);
            t.send(Outgoing::to_person(lead.id, None, m).report_failure_to(me.id));
        }
        t.tx.audit(
            school,
            Some(me.id),
            AuditAction::AupQuestion,
            &subject(v.id, question),
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

/// Who answers questions: the online safety lead, or the Headteacher when there is none.
pub async fn leads(tx: &mut dyn Tx, school: SchoolId) -> Result<Vec<Person>> {
    let to = tx
        .people_with_roles(school, &[Role::OnlineSafetyLead])
        .await?;
    if !to.is_empty() {
        return Ok(to);
    }
    Ok(tx.people_with_roles(school, &[Role::Headteacher]).await?)
}

/// The audit subject of question `question` about version `v`: the asker is its actor, and
/// the lead's answer is recorded under the same subject.
pub fn subject(v: VersionId, question: i64) -> String {
    format!("aup-question:{}.{question}", v.0)
}
