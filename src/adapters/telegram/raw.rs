//! Updates as raw JSON, for what teloxide's types cannot read.
//!
//! The Bot API grows faster than any library: a voice note without `mime_type`, an audio file,
//! an animation or a dice can be valid for Telegram and still fail teloxide's parsing, which
//! then keeps only the update's id. So updates are fetched (and received by the webhook) as
//! JSON, parsed with teloxide where it can, and otherwise read here for just enough to answer:
//! who sent it, in which chat, and whether it is new or an edit. The core then answers it as
//! any other attachment ("I can't accept that here", or the open form's own notice), never in
//! silence.
//!
//! Nothing here reads or logs the content of a message.

use super::inbound::to_inbound;
use crate::core::event::{Inbound, Input, Place, UpdateKey};
use crate::core::ids::{Account, GroupChat, Platform};
use serde::Serialize;
use serde_json::Value;
use std::time::Duration;
use teloxide::requests::Payload;
use teloxide::types::{AllowedUpdate, MessageKind, Update, UpdateKind};

/// `getUpdates`, answered as JSON values rather than teloxide's `Update`s.
#[derive(Debug, Clone, Serialize)]
pub struct GetRawUpdates {
    pub offset: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<u8>,
    pub timeout: u32,
    pub allowed_updates: Vec<AllowedUpdate>,
}

impl Payload for GetRawUpdates {
    type Output = Vec<Value>;
    const NAME: &'static str = "GetUpdates";

    fn timeout_hint(&self) -> Option<Duration> {
        Some(Duration::from_secs(self.timeout.into()))
    }
}

/// One update as received: teloxide's reading of it, and the JSON it came as.
#[derive(Debug, Clone)]
pub struct Received {
    pub update: Update,
    pub raw: Value,
}

impl Received {
    /// Reads an update; `None` when it is not an update at all (no `update_id`).
    pub fn parse(raw: Value) -> Option<Received> {
        // From text: teloxide reads an update's kind from borrowed keys, which a `Value`
        // cannot lend.
        let update = serde_json::from_str::<Update>(&raw.to_string()).ok()?;
        Some(Received { update, raw })
    }

    /// The update's id as Telegram numbers it.
    pub fn id(&self) -> u32 {
        self.update.id.0
    }

    /// The core's view of the update, from teloxide's types, or from the raw JSON when
    /// teloxide could not read it.
    pub fn to_inbound(&self) -> Option<Inbound> {
        if self.unread() {
            unreadable(&self.raw, self.id())
        } else {
            to_inbound(&self.update)
        }
    }

    /// True when teloxide could not read the update (it keeps only its id), or read a
    /// message but not what it holds (its kind is then `Empty`).
    fn unread(&self) -> bool {
        match &self.update.kind {
            UpdateKind::Error(_) => true,
            UpdateKind::Message(m) | UpdateKind::EditedMessage(m) => {
                matches!(m.kind, MessageKind::Empty {})
            }
            _ => false,
        }
    }
}

/// The fields a message carries its content in, besides `text` (Bot API `Message`): a
/// message with none of them is a service message, which Haven leaves out.
const CONTENT: &[&str] = &[
    "animation",
    "audio",
    "checklist",
    "contact",
    "dice",
    "document",
    "game",
    "giveaway",
    "location",
    "paid_media",
    "photo",
    "poll",
    "sticker",
    "story",
    "venue",
    "video",
    "video_note",
    "voice",
];

/// An update teloxide could not read, as [`to_inbound`] would see it: in a private chat a
/// message with content is its text or an attachment, an edited one an edit; in a group only
/// its text or caption reaches the core (for the leak guard). Service messages, channels and
/// bots are left out.
fn unreadable(raw: &Value, id: u32) -> Option<Inbound> {
    let (msg, edited) = match (raw.get("message"), raw.get("edited_message")) {
        (Some(m), _) => (m, false),
        (None, Some(m)) => (m, true),
        _ => return None,
    };
    let from = msg.get("from")?;
    if from.get("is_bot")?.as_bool()? {
        return None;
    }
    let account = Account::new(Platform::Telegram, from.get("id")?.as_i64()?.to_string());
    let chat = msg.get("chat")?;
    let place = match chat.get("type")?.as_str()? {
        "private" => Place::Private,
        "group" | "supergroup" => Place::Group(GroupChat::new(
            Platform::Telegram,
            chat.get("id")?.as_i64()?.to_string(),
        )),
        _ => return None,
    };
    let text = msg.get("text").and_then(Value::as_str);
    let caption = msg.get("caption").and_then(Value::as_str);
    let input = match (&place, text.or(caption), edited) {
        // In a group only text matters (the leak guard reads it); a command is not taken
        // from a message Haven could not fully read.
        (Place::Group(_), Some(text), _) => Input::Text(text.to_string()),
        (Place::Group(_), None, _) => return None,
        (Place::Private, _, true) => Input::Edited,
        (Place::Private, Some(t), false) if text.is_some() => Input::from_text(t),
        (Place::Private, _, false) if CONTENT.iter().any(|k| msg.get(k).is_some()) => {
            Input::Attachment
        }
        _ => return None,
    };
    Some(Inbound {
        from: account,
        place,
        input,
        message_id: msg
            .get("message_id")
            .and_then(Value::as_i64)
            .map(|m| m.to_string()),
        update: Some(UpdateKey::redelivered(id.to_string())),
        org: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn message(chat: Value, content: Value) -> Value {
        let mut msg = json!({
            "message_id": 5, "date": 1_700_000_000, "chat": chat,
            "from": {"id": 42, "is_bot": false, "first_name": "Ann"},
        });
        msg.as_object_mut()
            .unwrap()
            .extend(content.as_object().unwrap().clone());
        json!({"update_id": 9, "message": msg})
    }

    #[test]
    fn a_voice_note_teloxide_cannot_read_is_an_attachment_from_its_sender() {
        let private = json!({"id": 42, "type": "private", "first_name": "Ann"});
        let voice = json!({"voice": {"file_id": "v", "file_unique_id": "u", "duration": 2}});
        let got = Received::parse(message(private, voice)).unwrap();
        assert!(got.unread(), "{:?}", got.update.kind);
        let ev = got.to_inbound().expect("answered");
        assert_eq!(ev.from, Account::new(Platform::Telegram, "42"));
        assert_eq!((ev.place, ev.input), (Place::Private, Input::Attachment));
        assert_eq!(ev.update, Some(UpdateKey::redelivered("9")));
    }

    #[test]
    fn in_a_group_the_caption_is_read_and_channels_are_left_out() {
        let group = json!({"id": -100, "type": "supergroup", "title": "Staff"});
        let odd = json!({"voice": {"file_id": "v", "file_unique_id": "u", "duration": 2},
                         "caption": "the link"});
        let ev = Received::parse(message(group, odd.clone()))
            .unwrap()
            .to_inbound()
            .unwrap();
        assert_eq!(ev.input, Input::Text("the link".into()));
        let channel = json!({"id": -1001, "type": "channel", "title": "News"});
        let got = Received::parse(message(channel, odd)).unwrap();
        assert!(got.to_inbound().is_none());
        let private = json!({"id": 42, "type": "private", "first_name": "Ann"});
        let service = json!({"write_access_allowed": {"from_request": true}});
        let got = Received::parse(message(private, service)).unwrap();
        assert!(got.to_inbound().is_none(), "a service message is left out");
    }
}
