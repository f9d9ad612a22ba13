//! `/stream rotate ID`: after a leak, the organiser types a new passcode (and, if the old link
//! carried the passcode, a new link) privately; pending deliveries of the old details are
//! cancelled and the audience gets the new ones, one by one, in private.

use super::form::{is_link, reask};
use super::store::{DeliveryKind, StreamId, StreamSecrets, StreamStatus};
use super::{deliver, may_manage};
use crate::core::audit::AuditAction;
use crate::core::fault::Result;
use crate::core::form::context::About;
use crate::core::form::driver::{self, FormFeature};
use crate::core::form::{Answers, FormContext, FormSpec, FormState, Step, StepKind};
use crate::core::message::{Message, Sensitive};
use crate::core::tag::Tag;
use crate::core::turn::Turn;
use async_trait::async_trait;
use std::sync::OnceLock;

/// The form's id, under which drafts are stored.
pub const FORM_ID: &str = "stream-rotate";

/// The rotation form.
pub struct RotateForm;

/// The one instance the form registry hands out.
pub static FORM: RotateForm = RotateForm;

fn spec() -> FormSpec {
    FormSpec {
        id: FORM_ID,
        version: 1,
        title: "stream-rotate-title",
        steps: vec![
            Step::new("passcode", StepKind::Text { min: 1, max: 500 })
                .keys(
                    "stream-q-new-passcode",
                    "stream-label-passcode",
                    "form-help-generic",
                )
                .sensitive(),
            Step::new("link", StepKind::Text { min: 1, max: 500 })
                .keys(
                    "stream-q-new-link",
                    "stream-label-link",
                    "form-help-generic",
                )
                .sensitive()
                .optional(),
        ],
    }
}

/// `/stream rotate ID`: checks the stream, then starts the form remembering which stream.
pub async fn start(t: &mut Turn<'_>, id: StreamId) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    if t.tx.draft(me.id).await?.is_some() {
        // Another form is open: the driver shows it and starts nothing new.
        return driver::start(t, &FORM).await;
    }
    let Some(s) =
        t.tx.streams()
            .stream(id)
            .await?
            .filter(|s| s.school == t.cx.school)
    else {
        t.private(Message::new("stream-not-found").arg("id", id.0));
        return Ok(());
    };
    if !may_manage(&me, &s) {
        t.private(Message::new("stream-not-yours").arg("id", id.0));
        return Ok(());
    }
    let open = matches!(
        s.status,
        StreamStatus::Scheduled | StreamStatus::AwaitingApproval
    );
    if !open || s.ends_at <= t.now || s.secrets_deleted_at.is_some() {
        t.private(Message::new("stream-not-open").arg("title", &s.title));
        return Ok(());
    }
    let context = FormContext::about(About::Stream(id));
    driver::start_with(t, &FORM, context).await
}

fn stream_of(state: &FormState) -> Option<StreamId> {
    match state.context.about {
        Some(About::Stream(id)) => Some(id),
        _ => None,
    }
}

#[async_trait]
impl FormFeature for RotateForm {
    fn spec(&self) -> &FormSpec {
        static SPEC: OnceLock<FormSpec> = OnceLock::new();
        SPEC.get_or_init(spec)
    }

    async fn answered(&self, t: &mut Turn<'_>, state: &mut FormState, step: &str) -> Result<()> {
        let typed = state.answers.text("link");
        if step == "link" && typed.is_some_and(|l| !is_link(l)) {
            t.private(Message::new("stream-link-invalid"));
            reask(self.spec(), state, "link");
        }
        if step == "passcode" {
            super::form::warn_if_weak(t, state);
        }
        Ok(())
    }

    async fn submit(&self, t: &mut Turn<'_>, answers: Answers, state: &FormState) -> Result<()> {
        let Some(me) = t.me.clone() else {
            return Ok(());
        };
        let stream = match stream_of(state) {
            Some(id) => t.tx.streams().stream(id).await?,
            None => None,
        };
        let Some(s) = stream.filter(|s| may_manage(&me, s) && s.ends_at > t.now) else {
            t.private(Message::new("stream-rotate-gone"));
            return Ok(());
        };
        let Some(old) = t.tx.streams().stream_secrets(s.id).await? else {
            t.private(Message::new("stream-not-open").arg("title", &s.title));
            return Ok(());
        };
        let typed = |id: &str| {
            answers
                .text(id)
                .map(|v| Sensitive::new(v.trim().to_string()))
        };
        let new = StreamSecrets {
            link: typed("link").unwrap_or(old.link),
            meeting_id: old.meeting_id,
            passcode: typed("passcode"),
        };
        t.tx.streams().set_stream_secrets(s.id, &new, t.now).await?;
        t.tx.audit(
            t.cx.school,
            Some(me.id),
            AuditAction::StreamRotate,
            &format!("stream:{}", s.id),
            t.now,
        )
        .await?;
        let tz = t.cx.settings.timezone;
        if s.status != StreamStatus::Scheduled {
            t.private(deliver::about("stream-rotated-unsent", &s, tz));
            return Ok(());
        }
        let mut stopped = t.tx.cancel_tag(&Tag::Stream(s.id), t.now).await?;
        stopped += t.tx.cancel_tag(&Tag::StreamRotation(s.id), t.now).await?;
        let (cx, now) = (t.cx, t.now);
        let reach = deliver::to_audience(
            &mut *t.tx,
            &mut t.fx,
            cx,
            &s,
            &new,
            DeliveryKind::Rotation,
            now,
        )
        .await?;
        t.private(
            deliver::about("stream-rotated", &s, tz)
                .arg("queued", reach.queued)
                .arg("stopped", stopped as i64),
        );
        Ok(())
    }
}
