//! The preview a sender sees before confirming: the message as it will read (in the sender's
//! own language; each recipient gets theirs), then who it reaches, per platform and language,
//! with Send and Cancel buttons. Showing a preview changes nothing but the draft.

use super::queue::{body_for, reach, sid_of};
use super::store::{BroadcastId, NewBroadcast};
use crate::core::fault::Result;
use crate::core::message::{Arg, Choice, Message};
use crate::core::payload::{BroadcastButton, Payload};
use crate::core::turn::Turn;

/// Sends the preview of draft `id` to the sender.
pub async fn show(t: &mut Turn<'_>, id: BroadcastId, b: &NewBroadcast) -> Result<()> {
    let sid = sid_of(&mut *t.tx, t.cx, b).await?;
    let me = t.me.as_ref().map(|p| p.name.clone()).unwrap_or_default();
    let as_parent = b.audience.reaches_parents() && !b.audience.staff && !b.audience.governors;
    t.private(Message::new("b-preview-intro"));
    t.private(body_for(t.cx, b, &sid, &me, as_parent));
    let r = reach(&mut *t.tx, t.cx, b).await?;
    let platforms = r
        .by_platform
        .iter()
        .map(|(p, n)| (format!("platform-{p}"), Arg::Number(*n as i64)))
        .collect();
    let languages = r
        .by_lang
        .iter()
        .map(|(l, n)| (crate::core::account::lang_key(*l), Arg::Number(*n as i64)))
        .collect();
    let later = b.send_at > t.now;
    let summary = Message::private("b-preview")
        .arg("id", id.0)
        .arg("total", r.total as i64)
        .lines("platforms", platforms)
        .lines("languages", languages)
        .arg("not_linked", r.not_linked as i64)
        .arg("opted_out", r.opted_out as i64)
        .arg("later", i64::from(later))
        .arg("at", b.send_at)
        .choice(Choice::key(
            "b-button-send",
            Payload::Broadcast(BroadcastButton::Send(id)).encode(),
        ))
        .choice(Choice::key(
            "b-button-drop",
            Payload::Broadcast(BroadcastButton::Drop(id)).encode(),
        ));
    t.private(summary);
    Ok(())
}
