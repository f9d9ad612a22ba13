//! `to_inbound`: what the core sees of each kind of Telegram update.

use crate::support::telegram_updates as tg;
use haven::adapters::telegram::to_inbound;
use haven::core::event::{Inbound, Input, Place};
use haven::core::ids::{Account, GroupChat, Platform};
use serde_json::Value;
use teloxide::types::Update;

fn inbound(update: Value) -> Option<Inbound> {
    // As from the wire: teloxide reads an update's kind from borrowed keys.
    let text = tg::numbered(update).to_string();
    let update: Update = serde_json::from_str(&text).expect("a valid update");
    to_inbound(&update)
}

fn command(name: &str, args: &str) -> Input {
    Input::Command {
        name: name.into(),
        args: args.into(),
    }
}

#[test]
fn private_text_comes_from_the_user_in_private() {
    let event = inbound(tg::text(42, 42, "I am worried about a pupil")).unwrap();
    assert_eq!(event.from, Account::new(Platform::Telegram, "42"));
    assert_eq!(event.place, Place::Private);
    assert_eq!(
        event.input,
        Input::Text("I am worried about a pupil".into())
    );
    let id: i64 = event.message_id.unwrap().parse().unwrap();
    assert!(id > 0);
}

#[test]
fn a_group_message_names_the_group_by_chat_id() {
    let event = inbound(tg::text(-1001234567890, 42, "hello")).unwrap();
    assert_eq!(event.from.id, "42");
    assert_eq!(
        event.place,
        Place::Group(GroupChat::new(Platform::Telegram, "-1001234567890"))
    );
}

#[test]
fn commands_in_groups_may_name_the_bot() {
    let event = inbound(tg::text(-100, 42, "/concern@HavenTestBot")).unwrap();
    assert_eq!(event.input, command("concern", ""));
}

#[test]
fn a_deep_link_start_carries_its_code() {
    let event = inbound(tg::text(42, 42, "/start AB12CD34")).unwrap();
    assert_eq!(event.input, command("start", "AB12CD34"));
}

#[test]
fn a_button_press_carries_its_payload_and_the_pressed_message() {
    let event = inbound(tg::button(42, 42, 77, "aup:sign:3")).unwrap();
    assert_eq!(event.from.id, "42");
    assert_eq!(event.place, Place::Private);
    assert_eq!(event.input, Input::Button("aup:sign:3".into()));
    assert_eq!(event.message_id.as_deref(), Some("77"));

    let in_group = inbound(tg::button(-100, 42, 78, "x")).unwrap();
    assert!(matches!(in_group.place, Place::Group(g) if g.id == "-100"));
}

#[test]
fn an_edit_is_reported_without_its_text() {
    let event = inbound(tg::edited(42, 42, "changed my mind")).unwrap();
    assert_eq!(event.input, Input::Edited);
}

#[test]
fn in_a_group_captions_and_edits_arrive_as_text_for_the_leak_guard() {
    let edit = inbound(tg::edited(-100, 42, "/stream new")).unwrap();
    assert_eq!(
        edit.input,
        Input::Text("/stream new".into()),
        "never a command"
    );
    let photo = inbound(tg::photo(-100, 42)).unwrap();
    assert_eq!(photo.input, Input::Text("screenshot".into()));
    assert_eq!(inbound(tg::photo(42, 42)).unwrap().input, Input::Attachment);
}

#[test]
fn photos_and_documents_are_attachments() {
    assert_eq!(inbound(tg::photo(42, 42)).unwrap().input, Input::Attachment);
    assert_eq!(
        inbound(tg::document(-100, 42)).unwrap().input,
        Input::Attachment
    );
}

#[test]
fn stickers_and_voice_notes_are_attachments() {
    let mut sticker = tg::text(42, 42, "");
    let msg = sticker["message"].as_object_mut().unwrap();
    msg.remove("text");
    msg.insert(
        "sticker".into(),
        serde_json::json!({"file_id": "CAAD", "file_unique_id": "s1", "type": "regular",
            "width": 512, "height": 512, "is_animated": false, "is_video": false}),
    );
    assert_eq!(inbound(sticker).unwrap().input, Input::Attachment);

    let mut voice = tg::text(42, 42, "");
    let msg = voice["message"].as_object_mut().unwrap();
    msg.remove("text");
    msg.insert(
        "voice".into(),
        serde_json::json!({"file_id": "AwAD", "file_unique_id": "v1", "duration": 3,
            "mime_type": "audio/ogg", "file_size": 2048}),
    );
    assert_eq!(inbound(voice).unwrap().input, Input::Attachment);
}
