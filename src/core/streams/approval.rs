//! The optional approval step (`streams.require_approval`): before anything is sent, members of
//! the SLT get the stream's plan privately with Approve and Decline buttons; the first decision
//! counts. The request never carries the joining details.

use super::deliver;
use super::store::{DeliveryKind, Milestone, Stream, StreamId, StreamStatus};
use crate::core::audit::AuditAction;
use crate::core::fault::{Error, Result};
use crate::core::message::{Choice, Message, Outgoing};
use crate::core::payload::{Payload, StreamButton};
use crate::core::people::Role;
use crate::core::turn::Turn;

/// Asks every SLT member other than the organiser to approve `s`. Returns how many were asked.
pub async fn ask(t: &mut Turn<'_>, s: &Stream) -> Result<usize> {
    let organiser =
        t.tx.person(s.organiser)
            .await?
            .map(|p| p.name)
            .unwrap_or_default();
    let mut supervisors = Vec::new();
    for id in &s.supervisors {
        if let Some(p) = t.tx.person(*id).await? {
            supervisors.push(p.name);
        }
    }
    let slt = t.tx.people_with_roles(t.cx.school, &[Role::Slt]).await?;
    let m = deliver::about("stream-approval-request", s, t.cx.settings.timezone)
        .arg("organiser", organiser)
        .arg("audience", deliver::audience_arg(&s.audience))
        .arg("supervisors", supervisors.join(", "))
        .arg("monitor", s.chat_monitor.clone().unwrap_or_default())
        .arg(
            "chat",
            if s.chat_monitor.is_some() {
                "monitored"
            } else {
                "off"
            },
        )
        .choice(Choice::key(
            "stream-approve",
            Payload::Stream(StreamButton::Approve(s.id)).encode(),
        ))
        .choice(Choice::key(
            "stream-decline",
            Payload::Stream(StreamButton::Decline(s.id)).encode(),
        ));
    let mut asked = 0;
    for p in slt.iter().filter(|p| p.id != s.organiser) {
        t.send(Outgoing::to_person(p.id, None, m.clone()));
        asked += 1;
    }
    Ok(asked)
}

/// An SLT member pressed Approve or Decline.
pub async fn decide(t: &mut Turn<'_>, id: StreamId, approve: bool) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    if !me.has(Role::Slt) {
        t.private(Message::new("stream-approval-not-slt"));
        return Ok(());
    }
    let Some(s) =
        t.tx.streams()
            .stream(id)
            .await?
            .filter(|s| s.school == t.cx.school)
    else {
        t.private(Message::new("stream-button-unknown"));
        return Ok(());
    };
    if s.organiser == me.id {
        t.private(Message::new("stream-approval-own"));
        return Ok(());
    }
    if s.status != StreamStatus::AwaitingApproval {
        t.private(Message::new("stream-approval-already").arg("title", &s.title));
        return Ok(());
    }
    let tz = t.cx.settings.timezone;
    if approve && s.starts_at <= t.now {
        t.private(Message::new("stream-approval-too-late").arg("title", &s.title));
        return Ok(());
    }
    let (status, action) = if approve {
        (StreamStatus::Scheduled, AuditAction::StreamApprove)
    } else {
        (StreamStatus::Declined, AuditAction::StreamDecline)
    };
    t.tx.streams()
        .set_stream_status(id, status, Some(me.id), t.now)
        .await?;
    t.tx.audit(
        t.cx.school,
        Some(me.id),
        action,
        &format!("stream:{id}"),
        t.now,
    )
    .await?;
    let to_organiser = if approve {
        let Some(secrets) = t.tx.streams().stream_secrets(id).await? else {
            return Err(Error::Broken(
                "a stream awaiting approval has no joining details",
            ));
        };
        let (cx, now) = (t.cx, t.now);
        let reach = deliver::to_audience(
            &mut *t.tx,
            &mut t.fx,
            cx,
            &s,
            &secrets,
            DeliveryKind::Credentials,
            now,
        )
        .await?;
        t.tx.streams()
            .mark_stream(id, Milestone::CredentialsSent, t.now)
            .await?;
        deliver::about("stream-approved", &s, tz)
            .arg("by", &me.name)
            .arg("queued", reach.queued)
            .arg("not_linked", reach.not_linked.len())
    } else {
        t.tx.streams().delete_stream_secrets(id, t.now).await?;
        deliver::about("stream-declined", &s, tz).arg("by", &me.name)
    };
    t.send(Outgoing::to_person(s.organiser, None, to_organiser));
    let done = if approve {
        "stream-approval-done-approved"
    } else {
        "stream-approval-done-declined"
    };
    t.private(Message::new(done).arg("title", &s.title));
    Ok(())
}
