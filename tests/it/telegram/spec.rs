//! The fake's Bot API checker catches what Telegram would refuse, so passing tests mean
//! something.

use crate::support::telegram_fake::{FakeTelegram, TOKEN};
use crate::support::telegram_spec::spec;
use serde_json::json;

fn problems(method: &str, params: serde_json::Value) -> Vec<String> {
    spec().check(method, &params)
}

#[test]
fn a_valid_call_passes() {
    let keyboard = json!({"inline_keyboard": [[{"text": "Yes", "callback_data": "y"}]]});
    let params = json!({"chat_id": 42, "text": "hi", "reply_markup": keyboard});
    assert_eq!(problems("sendMessage", params), Vec::<String>::new());
    assert_eq!(problems("getMe", json!({})), Vec::<String>::new());
}

#[test]
fn unknown_methods_and_fields_are_caught() {
    assert_eq!(
        problems("sendMesage", json!({})),
        ["unknown method sendMesage"]
    );
    let found = problems(
        "sendMessage",
        json!({"chat_id": 42, "text": "hi", "colour": "red"}),
    );
    assert_eq!(found, ["sendMessage: unknown field colour"]);
}

#[test]
fn missing_required_fields_are_caught() {
    let found = problems("sendMessage", json!({"chat_id": 42}));
    assert_eq!(found, ["sendMessage: missing required field text"]);
}

#[test]
fn wrong_types_are_caught_even_deep_inside_objects() {
    assert_eq!(
        problems("sendMessage", json!({"chat_id": 42, "text": 7})).len(),
        1
    );
    assert_eq!(
        problems("sendMessage", json!({"chat_id": true, "text": "x"})).len(),
        1
    );
    let bad_button = json!({"inline_keyboard": [[{"text": "Yes", "callback_data": 1}]]});
    let found = problems(
        "sendMessage",
        json!({"chat_id": 42, "text": "x", "reply_markup": bad_button}),
    );
    assert_eq!(found.len(), 1, "{found:?}");
    let bad_scope = json!({"commands": [], "scope": {"type": "everyone"}});
    assert_eq!(problems("setMyCommands", bad_scope).len(), 1);
    let stray_scope_field = json!({"commands": [], "scope": {"type": "default", "chat_id": 4}});
    assert_eq!(problems("setMyCommands", stray_scope_field).len(), 1);
}

#[tokio::test]
async fn the_fake_answers_400_to_a_request_that_breaks_the_description() {
    let fake = FakeTelegram::start().await;
    let client = teloxide::net::default_reqwest_settings()
        .no_proxy()
        .build()
        .unwrap();
    let response = client
        .post(format!("{}bot{TOKEN}/sendMessage", fake.api_url()))
        .header("content-type", "application/json")
        .body(json!({"chat_id": 42, "text": "hi", "parse_mode_typo": "HTML"}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
    let violations = fake.take_violations();
    assert_eq!(violations, ["sendMessage: unknown field parse_mode_typo"]);

    let response = client
        .post(format!("{}bot{TOKEN}/deleteMessage", fake.api_url()))
        .header("content-type", "application/json")
        .body(json!({"chat_id": 42}).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
    assert_eq!(
        fake.take_violations(),
        ["deleteMessage: missing required field message_id"]
    );
}
