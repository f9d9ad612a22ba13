//! Reading and signing: `/aup` shows where the person stands on each policy for them; Read
//! sends the text (and records that it was opened); I agree signs, only after an opening since
//! their last signature; Ask starts a question to the online safety lead.
//!
//! Every button is checked against the version in force for the presser: a forged, foreign
//! or superseded version id gets a polite refusal and changes nothing.

use super::model::{Signature, Version, VersionId};
use super::roll::{roll, PolicyRoll};
use super::schedule::{local_date, Standing, Status};
use super::text::{parts, PART_CHARS};
use super::{day, payload, question, reminder_tag, Action};
use crate::core::audit::AuditAction;
use crate::core::fault::Result;
use crate::core::message::{Choice, Message};
use crate::core::people::{Person, Role};
use crate::core::turn::Turn;

/// `/aup`: one message per policy the person must sign, with its buttons.
pub async fn status(t: &mut Turn<'_>) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    let rolls = mine(t, &me).await?;
    if rolls.is_empty() {
        t.private(Message::new("aup-none"));
    }
    for r in &rolls {
        if let Some(e) = r.entries.first() {
            t.private(status_message(&r.version, &e.standing));
        }
    }
    if me.roles.any(&[Role::OnlineSafetyLead, Role::Headteacher]) {
        t.private(Message::new("aup-lead-hint"));
    }
    Ok(())
}

async fn mine(t: &mut Turn<'_>, me: &Person) -> Result<Vec<PolicyRoll>> {
    roll(&mut *t.tx, t.cx.school, &t.cx.settings, t.now, Some(me)).await
}

/// Where the person stands on `v`, with the buttons that make sense.
pub fn status_message(v: &Version, st: &Standing) -> Message {
    let mut m = Message::new(format!("aup-status-{}", st.status.as_str()))
        .arg("title", &v.title)
        .arg("version", &v.label)
        .arg("due", day(st.due));
    if let Some(last) = &st.last {
        m = m.arg("signed_version", &last.label).arg("signed", last.at);
    }
    m = m.choice(Choice::key("aup-button-read", payload(Action::Read, v.id)));
    if st.status.outstanding() {
        m = m.choice(Choice::key(
            "aup-button-agree",
            payload(Action::Agree, v.id),
        ));
    }
    m.choice(Choice::key("aup-button-ask", payload(Action::Ask, v.id)))
}

/// A pressed AUP button.
pub async fn button(t: &mut Turn<'_>, action: Action, id: VersionId) -> Result<()> {
    let Some((v, st)) = checked(t, id).await? else {
        return Ok(());
    };
    match action {
        Action::Read => read(t, &v, &st).await,
        Action::Agree => agree(t, &v, &st).await,
        Action::Ask => question::start(t, &v).await,
    }
}

/// The version and the presser's standing on it, when `id` is the version in force for them.
/// Otherwise says why not and returns `None`.
async fn checked(t: &mut Turn<'_>, id: VersionId) -> Result<Option<(Version, Standing)>> {
    let Some(me) = t.me.clone() else {
        return Ok(None);
    };
    let pressed =
        t.tx.aup()
            .aup_version(id)
            .await?
            .filter(|v| v.school == t.cx.school);
    let Some(pressed) = pressed else {
        t.private(Message::new("aup-button-invalid"));
        return Ok(None);
    };
    let rolls = mine(t, &me).await?;
    let same_policy = rolls
        .iter()
        .find(|r| r.version.policy_key() == pressed.policy_key());
    match same_policy.and_then(|r| Some((r, r.entries.first()?))) {
        Some((r, e)) if r.version.id == id => Ok(Some((r.version.clone(), e.standing.clone()))),
        Some((r, e)) => {
            t.private(
                Message::new("aup-button-superseded")
                    .arg("title", &pressed.title)
                    .arg("old", &pressed.label)
                    .arg("version", &r.version.label),
            );
            t.private(status_message(&r.version, &e.standing));
            Ok(None)
        }
        None => {
            t.private(Message::new("aup-button-invalid"));
            Ok(None)
        }
    }
}

/// Read: records the opening, then sends the text in parts and the buttons to sign.
async fn read(t: &mut Turn<'_>, v: &Version, st: &Standing) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    let text = t.tx.aup().aup_text(v.id).await?.unwrap_or_default();
    t.tx.aup().aup_record_opening(me.id, v.id, t.now).await?;
    let parts = parts(&text, PART_CHARS);
    let n = parts.len();
    for (i, part) in parts.into_iter().enumerate() {
        t.private(
            Message::new("aup-text-part")
                .arg("title", &v.title)
                .arg("version", &v.label)
                .arg("part", i + 1)
                .arg("parts", n)
                .markdown("text", part),
        );
    }
    if let Some(link) = &v.link {
        t.private(Message::new("aup-read-link").arg("link", link));
    }
    let mut done = Message::new(if st.status.outstanding() {
        "aup-read-done"
    } else {
        "aup-read-done-signed"
    })
    .arg("title", &v.title)
    .arg("version", &v.label)
    .arg("hash", v.short_hash());
    if st.status.outstanding() {
        done = done.choice(Choice::key(
            "aup-button-agree",
            payload(Action::Agree, v.id),
        ));
    }
    t.private(done.choice(Choice::key("aup-button-ask", payload(Action::Ask, v.id))));
    Ok(())
}

/// I agree: signs the version, if the text was opened since the person last signed it.
async fn agree(t: &mut Turn<'_>, v: &Version, st: &Standing) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    if st.status == Status::Signed {
        let signed = st.last.as_ref().map_or(t.now, |l| l.at);
        t.private(
            Message::new("aup-already-signed")
                .arg("title", &v.title)
                .arg("version", &v.label)
                .arg("signed", signed)
                .arg("due", day(st.due)),
        );
        return Ok(());
    }
    let opened = t.tx.aup().aup_last_opened(me.id, v.id).await?;
    let signed_this = st.last.as_ref().filter(|l| l.version == v.id).map(|l| l.at);
    if opened.is_none() || opened <= signed_this {
        t.private(
            Message::new("aup-read-first")
                .arg("title", &v.title)
                .choice(Choice::key("aup-button-read", payload(Action::Read, v.id))),
        );
        return Ok(());
    }
    let sig = Signature {
        person: me.id,
        version: v.id,
        hash: v.hash.clone(),
        at: t.now,
        platform: t.ev.from.platform,
    };
    t.tx.aup().aup_sign(&sig).await?;
    t.tx.cancel_tag(&reminder_tag(v.id, me.id), t.now).await?;
    let subject = format!("person:{} version:{} hash:{}", me.id, v.id, v.hash);
    t.tx.audit(
        t.cx.school,
        Some(me.id),
        AuditAction::AupSign,
        &subject,
        t.now,
    )
    .await?;
    let tz = t.cx.settings.timezone;
    let next = v
        .rule
        .next_due(local_date(t.now, tz), t.cx.settings.aup.window());
    t.private(
        Message::new("aup-signed")
            .arg("title", &v.title)
            .arg("version", &v.label)
            .arg("signed", t.now)
            .arg("hash", v.short_hash())
            .arg("due", day(next)),
    );
    Ok(())
}
