//! Telegram updates as Telegram sends them, for the fake's `getUpdates` and for `to_inbound`.
//!
//! Each builder returns an update without `update_id` ([`super::telegram_fake::FakeTelegram`]
//! numbers them); [`numbered`] adds one for tests that parse an update directly.

use serde_json::{json, Value};
use std::sync::atomic::{AtomicI64, Ordering};

static MESSAGE_IDS: AtomicI64 = AtomicI64::new(1000);

fn next_message_id() -> i64 {
    MESSAGE_IDS.fetch_add(1, Ordering::Relaxed)
}

/// A person (never a bot).
pub fn user(id: i64) -> Value {
    json!({"id": id, "is_bot": false, "first_name": format!("User{id}"), "language_code": "en"})
}

/// A chat: positive ids are private chats, negative ids supergroups.
pub fn chat(id: i64) -> Value {
    if id > 0 {
        json!({"id": id, "type": "private", "first_name": format!("User{id}")})
    } else {
        json!({"id": id, "type": "supergroup", "title": "Staff room"})
    }
}

fn message(chat_id: i64, from: i64, content: Value) -> Value {
    let mut msg = json!({
        "message_id": next_message_id(),
        "date": 1_700_000_000,
        "chat": chat(chat_id),
        "from": user(from),
    });
    if let (Some(msg), Some(content)) = (msg.as_object_mut(), content.as_object()) {
        msg.extend(content.clone());
    }
    msg
}

/// `from` writes `text` in the chat `chat_id` (their own id for the private chat).
pub fn text(chat_id: i64, from: i64, text: &str) -> Value {
    json!({"message": message(chat_id, from, json!({"text": text}))})
}

/// `from` edits an earlier message.
pub fn edited(chat_id: i64, from: i64, text: &str) -> Value {
    let mut msg = message(chat_id, from, json!({"text": text}));
    msg["edit_date"] = json!(1_700_000_100);
    json!({"edited_message": msg})
}

/// `from` sends a photo with a caption.
pub fn photo(chat_id: i64, from: i64) -> Value {
    let size = json!({"file_id": "AgAD", "file_unique_id": "u1", "width": 90, "height": 90});
    let content = json!({"photo": [size], "caption": "screenshot"});
    json!({"message": message(chat_id, from, content)})
}

/// `from` sends a document.
pub fn document(chat_id: i64, from: i64) -> Value {
    let doc = json!({"file_id": "BQAD", "file_unique_id": "u2", "file_name": "notes.pdf"});
    json!({"message": message(chat_id, from, json!({"document": doc}))})
}

/// `from` presses a button with `data` on the bot's message `message_id` in `chat_id`.
pub fn button(chat_id: i64, from: i64, message_id: i64, data: &str) -> Value {
    let keyboard = json!({"inline_keyboard": [[{"text": "Yes", "callback_data": data}]]});
    let pressed = json!({
        "message_id": message_id, "date": 1_700_000_000, "chat": chat(chat_id),
        "from": {"id": super::telegram_fake::BOT_ID, "is_bot": true, "first_name": "Haven"},
        "text": "Sign the policy?", "reply_markup": keyboard,
    });
    json!({"callback_query": {
        "id": format!("cb{}", next_message_id()),
        "from": user(from),
        "message": pressed,
        "chat_instance": "42",
        "data": data,
    }})
}

/// Adds an `update_id`, for parsing an update without the fake.
pub fn numbered(mut update: Value) -> Value {
    update["update_id"] = json!(next_message_id());
    update
}

/// `from` sends, in the chat `chat_id`, a message whose content (a voice note, an audio file,
/// an animation, a dice) is `content`, as Telegram sends it.
pub fn media(chat_id: i64, from: i64, content: Value) -> Value {
    json!({"message": message(chat_id, from, content)})
}

/// Valid messages (per the Bot API description) that teloxide's types cannot read: a voice
/// note without `mime_type`, an audio file, an animation (sent with its `document` copy, as
/// Telegram does) and a dice. Named for test messages.
pub fn unreadable_media() -> Vec<(&'static str, Value)> {
    let file = |id: &str| json!({"file_id": id, "file_unique_id": format!("u{id}")});
    let mut voice = file("voice");
    voice["duration"] = json!(3);
    let mut audio = file("audio");
    audio["duration"] = json!(200);
    let mut animation = file("gif");
    animation["width"] = json!(320);
    animation["height"] = json!(240);
    animation["duration"] = json!(2);
    vec![
        ("a voice note without mime_type", json!({"voice": voice})),
        ("an audio file", json!({"audio": audio})),
        (
            "an animation",
            json!({"animation": animation, "document": file("gif")}),
        ),
        ("a dice", json!({"dice": {"emoji": "🎲", "value": 4}})),
    ]
}
