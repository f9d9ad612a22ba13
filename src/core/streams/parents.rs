//! `/streams`: a parent's upcoming streams, each with a button to have the joining details sent
//! again, privately, to the chat they are using. Only parents in a stream's audience get its
//! details; anyone else (and any forged or stale button) gets the same polite refusal, which
//! does not say whether such a stream exists. Organisers see every upcoming stream instead.

use super::store::{Stream, StreamDelivery, StreamId, StreamStatus};
use super::{deliver, directory, is_organiser};
use crate::core::fault::Result;
use crate::core::message::{Choice, Message, Outgoing};
use crate::core::payload::{Payload, StreamButton};
use crate::core::people::Person;
use crate::core::tag::Tag;
use crate::core::turn::Turn;
use chrono::{DateTime, Utc};

/// True when `me` is a parent the stream is meant for, and the stream is on and not over.
fn for_parent(me: &Person, s: &Stream, now: DateTime<Utc>) -> bool {
    directory::is_parent(me)
        && s.school == me.school
        && s.status == StreamStatus::Scheduled
        && s.ends_at > now
        && s.audience.includes(&me.groups)
}

/// `/streams`.
pub async fn mine(t: &mut Turn<'_>) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    if !t.in_private() {
        t.reply(Message::new("sent-privately"));
    }
    let upcoming =
        t.tx.streams()
            .streams_ending_after(t.cx.school, t.now)
            .await?;
    let tz = t.cx.settings.timezone;
    let mut shown = 0;
    for s in &upcoming {
        if for_parent(&me, s, t.now) {
            let m = deliver::about("stream-list-parent", s, tz)
                .choice(super::parents::send_again_button(s.id));
            t.private(m);
            shown += 1;
        } else if is_organiser(&me)
            && !matches!(s.status, StreamStatus::Cancelled | StreamStatus::Declined)
        {
            t.private(
                deliver::about("stream-list-staff", s, tz)
                    .arg("audience", deliver::audience_arg(&s.audience))
                    .arg_key("status", format!("stream-status-{}", s.status.as_str())),
            );
            shown += 1;
        }
    }
    if shown == 0 {
        t.private(Message::new("stream-list-none"));
    }
    Ok(())
}

/// The "send me the details again" button.
pub fn send_again_button(id: StreamId) -> Choice {
    Choice::key(
        "stream-send-again",
        Payload::Stream(StreamButton::SendAgain(id)).encode(),
    )
}

/// A press of [`send_again_button`].
pub async fn send_again(t: &mut Turn<'_>, id: StreamId) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    let stream = t.tx.streams().stream(id).await?;
    let Some(s) = stream.filter(|s| for_parent(&me, s, t.now)) else {
        t.private(Message::new("stream-not-for-you"));
        return Ok(());
    };
    let Some(secrets) = t.tx.streams().stream_secrets(id).await? else {
        t.private(Message::new("stream-details-gone").arg("title", &s.title));
        return Ok(());
    };
    let m = deliver::credentials(
        "stream-credentials-again",
        &s,
        &secrets,
        t.cx.settings.timezone,
    );
    let again = Tag::StreamAgain(id);
    t.send(Outgoing::to_person(me.id, Some(t.ev.from.platform), m).tagged(again));
    let d = StreamDelivery {
        person: me.id,
        kind: super::store::DeliveryKind::Resend,
        queued: true,
        at: t.now,
    };
    t.tx.streams().record_stream_delivery(id, &d).await?;
    Ok(())
}
