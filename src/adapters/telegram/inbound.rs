//! From a Telegram update to the core's [`Inbound`] event.
//!
//! Pure and synchronous. Telegram ids become text here and nowhere else: an account is the user
//! id, a group is the chat id, a message is its message id. This module never logs message text,
//! and it drops what the core must not see (messages from bots, channel posts, service messages).
//! In a group, captions and edited texts reach the core as text, for the leak guard.

use crate::core::event::{Inbound, Input, Place, UpdateKey};
use crate::core::ids::{Account, GroupChat, Platform};
use teloxide::types::{
    CallbackQuery, Chat, MediaKind, Message, MessageKind, Update, UpdateKind, User,
};

/// The core's view of an update, or `None` for updates Haven ignores.
///
/// A callback query becomes [`Input::Button`]; whoever calls this must still answer the query
/// (see [`super::poller::process_update`]).
pub fn to_inbound(update: &Update) -> Option<Inbound> {
    match &update.kind {
        UpdateKind::Message(msg) => message(msg, in_group(msg, input_of(msg)?)),
        UpdateKind::EditedMessage(msg) => message(msg, in_group(msg, Input::Edited)),
        UpdateKind::CallbackQuery(query) => callback(query),
        _ => None,
    }
    .map(|mut event| {
        // Telegram delivers an update again until a later `getUpdates` (or the webhook's
        // answer) confirms it: its id makes the replay recognisable.
        event.update = Some(UpdateKey::redelivered(update.id.0.to_string()));
        event
    })
}

/// What a new message says, or `None` for service messages (joins, pins, migrations…). A
/// dice, a giveaway or an invoice is content, answered like an attachment.
fn input_of(msg: &Message) -> Option<Input> {
    let common = match &msg.kind {
        MessageKind::Common(common) => common,
        MessageKind::Dice(_) | MessageKind::Giveaway(_) | MessageKind::Invoice(_) => {
            return Some(Input::Attachment)
        }
        _ => return None,
    };
    match &common.media_kind {
        MediaKind::Text(text) => Some(Input::from_text(&text.text)),
        MediaKind::Migration(_) => None,
        _ => Some(Input::Attachment),
    }
}

/// Treats a command addressed to another bot (`/concern@OtherBot` in a group several bots
/// share) as ordinary text: Haven must not answer it, but the leak guard still reads it.
pub fn for_another_bot(mut event: Inbound, update: &Update, bot_username: &str) -> Inbound {
    let UpdateKind::Message(msg) = &update.kind else {
        return event;
    };
    let (Input::Command { .. }, Some(text)) = (&event.input, msg.text()) else {
        return event;
    };
    let head = text.trim().split(char::is_whitespace).next().unwrap_or("");
    let addressed = head.split_once('@').map(|(_, to)| to);
    if addressed.is_some_and(|to| !to.eq_ignore_ascii_case(bot_username)) {
        event.input = Input::Text(text.to_string());
    }
    event
}

/// In a group Haven answers nothing but commands, and the leak guard must read every text
/// there: a photo's or file's caption and an edited message arrive as the text they now carry
/// (never as a command). In a private chat they stay an attachment and an edit, which the
/// guided forms refuse.
fn in_group(msg: &Message, input: Input) -> Input {
    if msg.chat.is_private() || !matches!(input, Input::Attachment | Input::Edited) {
        return input;
    }
    match msg.text().or_else(|| msg.caption()) {
        Some(text) => Input::Text(text.to_string()),
        None => input,
    }
}

fn message(msg: &Message, input: Input) -> Option<Inbound> {
    let from = person(msg.from.as_ref()?)?;
    Some(Inbound {
        from,
        place: place(&msg.chat)?,
        input,
        message_id: Some(msg.id.0.to_string()),
        update: None,
        org: None,
    })
}

fn callback(query: &CallbackQuery) -> Option<Inbound> {
    let from = person(&query.from)?;
    let data = query.data.clone()?;
    // A button on an inline-mode message has no chat: Haven never sends those.
    let pressed = query.message.as_ref()?;
    Some(Inbound {
        from,
        place: place(pressed.chat())?,
        input: Input::Button(data),
        message_id: Some(pressed.id().0.to_string()),
        update: None,
        org: None,
    })
}

/// The sender as an account; bots (including this one) are not people.
fn person(user: &User) -> Option<Account> {
    (!user.is_bot).then(|| Account::new(Platform::Telegram, user.id.0.to_string()))
}

/// Private chat or group; channels are not places people talk to Haven.
fn place(chat: &Chat) -> Option<Place> {
    if chat.is_private() {
        Some(Place::Private)
    } else if chat.is_group() || chat.is_supergroup() {
        Some(Place::Group(GroupChat::new(
            Platform::Telegram,
            chat.id.0.to_string(),
        )))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn update(kind: &str, body: serde_json::Value) -> Update {
        let text = json!({ "update_id": 7, kind: body }).to_string();
        let update: Update = serde_json::from_str(&text).unwrap();
        assert!(!matches!(update.kind, UpdateKind::Error(_)), "{text}");
        update
    }

    fn service_message() -> serde_json::Value {
        json!({
            "message_id": 3, "date": 1_700_000_000,
            "chat": {"id": -100, "type": "supergroup", "title": "Staff"},
            "from": {"id": 42, "is_bot": false, "first_name": "Ann"},
            "new_chat_members": [{"id": 43, "is_bot": false, "first_name": "Bo"}]
        })
    }

    #[test]
    fn service_messages_and_bots_are_ignored() {
        assert!(to_inbound(&update("message", service_message())).is_none());
        let from_bot = json!({
            "message_id": 4, "date": 1_700_000_000,
            "chat": {"id": 9, "type": "private", "first_name": "Bot"},
            "from": {"id": 9, "is_bot": true, "first_name": "Bot"},
            "text": "hello"
        });
        assert!(to_inbound(&update("message", from_bot)).is_none());
    }

    #[test]
    fn a_command_for_another_bot_is_only_text() {
        let typed = |text: &str| {
            update(
                "message",
                json!({
                    "message_id": 6, "date": 1_700_000_000,
                    "chat": {"id": -100, "type": "supergroup", "title": "Staff"},
                    "from": {"id": 42, "is_bot": false, "first_name": "Ann"},
                    "text": text
                }),
            )
        };
        let seen = |text: &str| {
            let u = typed(text);
            for_another_bot(to_inbound(&u).unwrap(), &u, "HavenBot").input
        };
        assert_eq!(
            seen("/concern@OtherBot now"),
            Input::Text("/concern@OtherBot now".into())
        );
        assert!(matches!(seen("/concern@havenbot"), Input::Command { .. }));
        assert!(matches!(seen("/concern"), Input::Command { .. }));
    }

    #[test]
    fn channel_posts_are_ignored() {
        let post = json!({
            "message_id": 5, "date": 1_700_000_000,
            "chat": {"id": -1001, "type": "channel", "title": "News"},
            "text": "hello"
        });
        assert!(to_inbound(&update("channel_post", post)).is_none());
    }
}
