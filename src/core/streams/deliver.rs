//! Sending a stream's joining details to its audience, one parent at a time, each in a private
//! message in their own language; and the delivery report for the organiser.
//!
//! The details only ever travel in a `Message<Private>` addressed with `Outgoing::to_person`
//! (the outbox seals it and scrubs it once sent). A parent linked on two platforms gets one
//! message: the recipient is the person, and the outbox picks one account.

use super::directory;
use super::store::{Audience, DeliveryKind, Stream, StreamDelivery, StreamSecrets};
use crate::core::effects::Effects;
use crate::core::fault::Result;
use crate::core::ids::PersonId;
use crate::core::message::{Arg, Message, Outgoing, Private, PublicArg};
use crate::core::store::Tx;
use crate::core::tag::Tag;
use crate::core::turn::Ctx;
use chrono::{DateTime, Utc};
use chrono_tz::Tz;

/// How a sending went when it was queued.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reach {
    /// Parents a message was queued for.
    pub queued: usize,
    /// Parents with no linked chat account.
    pub not_linked: Vec<PersonId>,
}

/// The audience shown to staff: the class names, or "the whole school".
pub fn audience_arg(a: &Audience) -> PublicArg {
    match a {
        Audience::WholeSchool => PublicArg::Key("stream-audience-whole-school".into()),
        Audience::Classes(cs) => PublicArg::Text(cs.join(", ")),
    }
}

/// The end time as the school writes it (`14:30`).
pub fn end_time(s: &Stream, tz: Tz) -> String {
    s.ends_at.with_timezone(&tz).format("%H:%M").to_string()
}

/// A message about a stream with its title, start and end and service filled in.
pub fn about(key: &str, s: &Stream, tz: Tz) -> Message {
    Message::new(key)
        .arg("id", s.id.0)
        .arg("title", &s.title)
        .arg("start", s.starts_at)
        .arg("end", end_time(s, tz))
        .arg_key("service", s.service.key())
}

/// The joining details for one parent, with the safety guidance. `key` says why they are sent:
/// `stream-credentials` (first time), `-rotated` (new details) or `-again` (on request).
pub fn credentials(key: &str, s: &Stream, secrets: &StreamSecrets, tz: Tz) -> Message<Private> {
    let mut lines = vec![(
        "stream-label-link".to_string(),
        Arg::Secret(secrets.link.expose().clone()),
    )];
    if let Some(m) = &secrets.meeting_id {
        lines.push((
            "stream-label-meeting-id".into(),
            Arg::Secret(m.expose().clone()),
        ));
    }
    if let Some(p) = &secrets.passcode {
        lines.push((
            "stream-label-passcode".into(),
            Arg::Secret(p.expose().clone()),
        ));
    }
    let chat = if s.chat_monitor.is_some() {
        "monitored"
    } else {
        "off"
    };
    Message::<Private>::from(about(key, s, tz))
        .lines("details", lines)
        .arg("chat", chat)
        .arg("monitor", s.chat_monitor.clone().unwrap_or_default())
}

/// Queues the details for every parent in the audience, tagged so delivery can be followed and
/// cancelled, with failures reported to the organiser; records who was sent what.
pub async fn to_audience(
    tx: &mut dyn Tx,
    fx: &mut Effects,
    cx: &Ctx,
    s: &Stream,
    secrets: &StreamSecrets,
    kind: DeliveryKind,
    now: DateTime<Utc>,
) -> Result<Reach> {
    let (key, tag) = match kind {
        DeliveryKind::Credentials => ("stream-credentials", Tag::Stream(s.id)),
        DeliveryKind::Rotation => ("stream-credentials-rotated", Tag::StreamRotation(s.id)),
        DeliveryKind::Resend => ("stream-credentials-again", Tag::StreamAgain(s.id)),
    };
    let m = credentials(key, s, secrets, cx.settings.timezone);
    let people = tx.people(s.school).await?;
    let mut reach = Reach::default();
    for p in directory::audience(&people, &s.audience) {
        let out = Outgoing::to_person(p.id, None, m.clone())
            .tagged(tag)
            .report_failure_to(s.organiser);
        let queued = fx.send_if_reachable(tx, out).await?;
        let d = StreamDelivery {
            person: p.id,
            kind,
            queued,
            at: now,
        };
        tx.streams().record_stream_delivery(s.id, &d).await?;
        if queued {
            reach.queued += 1;
        } else {
            reach.not_linked.push(p.id);
        }
    }
    Ok(reach)
}

/// A public notice (reminder, cancellation, new time) to every reachable parent in the
/// audience, privately. Returns how many were queued.
pub async fn notice(
    tx: &mut dyn Tx,
    fx: &mut Effects,
    s: &Stream,
    m: Message<Private>,
) -> Result<usize> {
    let people = tx.people(s.school).await?;
    let tag = Tag::StreamNotice(s.id);
    let mut n = 0;
    for p in directory::audience(&people, &s.audience) {
        let out = Outgoing::to_person(p.id, None, m.clone()).tagged(tag);
        if fx.send_if_reachable(tx, out).await? {
            n += 1;
        }
    }
    Ok(n)
}

/// The organiser's delivery report: sent, failed, still waiting, and who could not be reached
/// and why, so the office can use its fallback route.
pub async fn report(tx: &mut dyn Tx, s: &Stream, tz: Tz) -> Result<Message<Private>> {
    let summary = tx.tag_summary(&Tag::Stream(s.id)).await?;
    let mut unreached = Vec::new();
    for (who, _) in tx.tag_failures(&Tag::Stream(s.id)).await? {
        if let Some(p) = who {
            unreached.push(("stream-unreached-blocked".to_string(), name(tx, p).await?));
        }
    }
    for d in tx.streams().stream_deliveries(s.id).await? {
        if d.kind == DeliveryKind::Credentials && !d.queued {
            unreached.push((
                "stream-unreached-not-linked".to_string(),
                name(tx, d.person).await?,
            ));
        }
    }
    Ok(Message::<Private>::from(
        about("stream-report", s, tz)
            .arg("sent", summary.sent as i64)
            .arg("failed", summary.failed as i64)
            .arg("pending", summary.pending as i64)
            .arg("cancelled", summary.cancelled as i64)
            .arg("unreached_count", unreached.len()),
    )
    .lines("unreached", unreached))
}

async fn name(tx: &mut dyn Tx, p: PersonId) -> Result<Arg> {
    let name = tx.person(p).await?.map(|p| p.name).unwrap_or_default();
    Ok(Arg::Text(name))
}
