//! The outgoing side: what a person receives, and what a refusal means for delivery.

use crate::support::telegram_fake::{FakeTelegram, Refusal, BOT_USERNAME};
use haven::adapters::telegram::{utf16_len, MAX_TEXT_UTF16};
use haven::core::people::Lang;
use haven::core::store::Address;
use haven::delivery::{Button, Rendered, SendError, Transport};
use serde_json::json;
use std::time::Duration;

fn to_private(account: i64, text: &str) -> Rendered {
    Rendered {
        address: Address::Private(account.to_string()),
        text: text.into(),
        pieces: Vec::new(),
        buttons: vec![],
        lang: haven::core::people::Lang::EnGb,
        rtl: false,
        private_link_label: None,
        expects_text: None,
        protect: false,
    }
}

fn button(label: &str, payload: &str) -> Button {
    Button {
        label: label.into(),
        payload: payload.into(),
    }
}

#[tokio::test]
async fn a_message_arrives_as_plain_text_and_returns_its_id() {
    let fake = FakeTelegram::start().await;
    let transport = fake.transport();
    let id = transport
        .send(&to_private(42, "Hello <b>not bold</b>"))
        .await
        .unwrap();
    assert!(id.unwrap().parse::<i64>().is_ok());
    let sent = fake.calls_to("sendMessage");
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0]["text"], "Hello <b>not bold</b>");
    assert!(sent[0].get("parse_mode").is_none());
    fake.assert_no_violations();
}

#[tokio::test]
async fn sensitive_messages_are_protected_from_forwarding_and_others_are_not() {
    let fake = FakeTelegram::start().await;
    let transport = fake.transport();
    let mut case = to_private(42, &"Case C-2026-0001: what happened … ".repeat(200));
    case.protect = true;
    transport.send(&case).await.unwrap();
    transport.send(&to_private(42, "Hello")).await.unwrap();
    let sent = fake.calls_to("sendMessage");
    let (plain, parts) = sent.split_last().unwrap();
    assert!(parts.len() > 1, "a long case view comes in parts");
    assert!(
        parts.iter().all(|p| p["protect_content"] == true),
        "{parts:?}"
    );
    assert!(plain.get("protect_content").is_none(), "{plain}");
    fake.assert_no_violations();
}

#[tokio::test]
async fn a_long_message_is_split_into_parts_that_fit_with_buttons_on_the_last() {
    let fake = FakeTelegram::start().await;
    let transport = fake.transport();
    let paragraph = "Please read the Acceptable Use Policy before Friday. ".repeat(20);
    let mut msg = to_private(42, &format!("{paragraph}\n").repeat(10));
    msg.buttons = vec![button("I have read it", "aup:sign:3")];
    let joined = transport.send(&msg).await.unwrap().unwrap();

    let sent = fake.calls_to("sendMessage");
    assert!(sent.len() > 1, "expected several parts, got {}", sent.len());
    for part in &sent {
        assert!(utf16_len(part["text"].as_str().unwrap()) <= MAX_TEXT_UTF16);
    }
    let (last, earlier) = sent.split_last().unwrap();
    assert!(earlier.iter().all(|p| p.get("reply_markup").is_none()));
    assert_eq!(
        last["reply_markup"]["inline_keyboard"][0][0]["callback_data"],
        "aup:sign:3"
    );
    let received: String = fake.texts_to(42).concat();
    assert_eq!(
        received.replace(['\n', ' '], ""),
        msg.text.replace(['\n', ' '], "")
    );
    // The id names every part, so removing the message later removes all of them.
    let ids: Vec<i64> = joined.split(',').map(|i| i.parse().unwrap()).collect();
    assert_eq!(ids.len(), sent.len(), "{joined}");
    transport
        .remove(&Address::Private("42".into()), &joined)
        .await
        .unwrap();
    let deleted: Vec<i64> = fake
        .calls_to("deleteMessage")
        .iter()
        .map(|p| p["message_id"].as_i64().unwrap())
        .collect();
    assert_eq!(deleted, ids);
    fake.assert_no_violations();
}

#[tokio::test]
async fn a_refusal_between_parts_takes_back_the_parts_already_sent() {
    let fake = FakeTelegram::start().await;
    let transport = fake.transport();
    let msg = to_private(42, &"A line of the case chronology.\n".repeat(400));
    fake.refuse_after(1, "sendMessage", 42, Refusal::TooManyRequests(3));
    let refused = transport.send(&msg).await;
    assert_eq!(refused, Err(SendError::RetryAfter(Duration::from_secs(3))));
    assert_eq!(fake.calls_to("sendMessage").len(), 2);
    let deleted = fake.calls_to("deleteMessage");
    assert_eq!(deleted.len(), 1, "the first part, taken back: {deleted:?}");
    assert_eq!(deleted[0]["chat_id"], 42);
    fake.assert_no_violations();
}

#[tokio::test]
async fn buttons_are_one_per_row_and_carry_their_payloads() {
    let fake = FakeTelegram::start().await;
    let mut msg = to_private(42, "Who is the concern about?");
    msg.buttons = vec![
        button("A pupil", "concern:about:pupil"),
        button("A member of staff", "concern:about:staff"),
        button("Too long", &"x".repeat(65)),
    ];
    fake.transport().send(&msg).await.unwrap();
    let keyboard = &fake.calls_to("sendMessage")[0]["reply_markup"]["inline_keyboard"];
    assert_eq!(
        keyboard,
        &json!([
            [{"text": "A pupil", "callback_data": "concern:about:pupil"}],
            [{"text": "A member of staff", "callback_data": "concern:about:staff"}],
        ])
    );
    fake.assert_no_violations();
}

#[tokio::test]
async fn a_group_pointer_links_to_the_private_chat() {
    let fake = FakeTelegram::start().await;
    let transport = fake.transport();
    transport.identify().await.unwrap();
    let msg = Rendered {
        address: Address::Group("-1001".into()),
        text: "I've sent you a private message.".into(),
        pieces: Vec::new(),
        buttons: vec![],
        lang: haven::core::people::Lang::EnGb,
        rtl: false,
        private_link_label: Some("Open Haven".into()),
        expects_text: None,
        protect: false,
    };
    transport.send(&msg).await.unwrap();
    let sent = &fake.calls_to("sendMessage")[0];
    assert_eq!(sent["chat_id"], -1001);
    assert_eq!(
        sent["reply_markup"]["inline_keyboard"][0][0],
        json!({"text": "Open Haven", "url": format!("https://t.me/{BOT_USERNAME}")})
    );
    fake.assert_no_violations();
}

#[tokio::test]
async fn flood_control_asks_the_dispatcher_to_wait_as_long_as_telegram_says() {
    let fake = FakeTelegram::start().await;
    fake.refuse_next("sendMessage", 42, Refusal::TooManyRequests(17));
    let result = fake.transport().send(&to_private(42, "hi")).await;
    assert_eq!(result, Err(SendError::RetryAfter(Duration::from_secs(17))));
    fake.assert_no_violations();
}

#[tokio::test]
async fn a_person_who_blocked_the_bot_is_unreachable() {
    let fake = FakeTelegram::start().await;
    fake.refuse_next("sendMessage", 42, Refusal::Blocked);
    fake.refuse_next("sendMessage", 43, Refusal::ChatNotFound);
    let transport = fake.transport();
    let blocked = transport.send(&to_private(42, "hi")).await;
    assert!(
        matches!(blocked, Err(SendError::Unreachable(_))),
        "{blocked:?}"
    );
    let missing = transport.send(&to_private(43, "hi")).await;
    assert!(
        matches!(missing, Err(SendError::Unreachable(_))),
        "{missing:?}"
    );
}

#[tokio::test]
async fn removing_a_message_deletes_it_or_reports_why_not() {
    let fake = FakeTelegram::start().await;
    let transport = fake.transport();
    let group = Address::Group("-1001".into());
    transport.remove(&group, "55").await.unwrap();
    assert_eq!(
        fake.calls_to("deleteMessage"),
        vec![json!({"chat_id": -1001, "message_id": 55})]
    );

    fake.refuse_next("deleteMessage", -1001, Refusal::CantDelete);
    let refused = transport.remove(&group, "56").await;
    assert!(
        matches!(refused, Err(SendError::Forbidden(_))),
        "{refused:?}"
    );
    fake.assert_no_violations();
}

#[tokio::test]
async fn command_menus_are_set_for_everyone_per_language_and_per_chat() {
    let fake = FakeTelegram::start().await;
    let transport = fake.transport();
    let commands = vec![
        ("concern".to_string(), "Report a concern".to_string()),
        ("aup".to_string(), "Read and sign the AUP".to_string()),
    ];
    transport
        .set_menu_for_everyone(Lang::EnGb, &commands)
        .await
        .unwrap();
    transport
        .set_menu_for_everyone(Lang::Pl, &commands)
        .await
        .unwrap();
    let chat = Address::Private("42".into());
    transport
        .set_chat_menu(&chat, Some(&commands))
        .await
        .unwrap();
    transport.set_chat_menu(&chat, None).await.unwrap();

    let set = fake.calls_to("setMyCommands");
    assert_eq!(set.len(), 3);
    assert_eq!(set[0]["scope"], json!({"type": "default"}));
    assert!(set[0].get("language_code").is_none(), "the fallback");
    assert_eq!(set[1]["scope"], json!({"type": "default"}));
    assert_eq!(set[1]["language_code"], "pl");
    assert_eq!(set[2]["scope"], json!({"type": "chat", "chat_id": 42}));
    assert!(set[2].get("language_code").is_none());
    assert_eq!(set[2]["commands"][0]["command"], "concern");
    assert_eq!(
        fake.calls_to("deleteMyCommands"),
        vec![json!({"scope": {"type": "chat", "chat_id": 42}})],
        "cleared: the chat shows the menu for everyone again"
    );
    fake.assert_no_violations();
}
