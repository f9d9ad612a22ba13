//! The incoming side: polling and the webhook hand updates to the core's handler.

use super::recorder;
use crate::support::telegram_fake::FakeTelegram;
use crate::support::telegram_updates as tg;
use haven::adapters::telegram::{
    run_polling, serve_webhook, TelegramError, WebhookConfig, SECRET_HEADER,
};
use haven::core::event::{Input, Place};
use secrecy::SecretString;
use serde_json::json;
use std::time::Duration;
use tokio::sync::oneshot;

/// Runs the poller in the background; send on the returned channel to stop it.
fn start_polling(
    fake: &FakeTelegram,
    handler: std::sync::Arc<super::Recorder>,
) -> (
    oneshot::Sender<()>,
    tokio::task::JoinHandle<Result<(), TelegramError>>,
) {
    let (stop, stopped) = oneshot::channel::<()>();
    let shutdown = async move {
        let _ = stopped.await;
    };
    let task = tokio::spawn(run_polling(fake.transport(), handler, shutdown));
    (stop, task)
}

async fn finished<T>(task: tokio::task::JoinHandle<T>) -> T {
    tokio::time::timeout(Duration::from_secs(10), task)
        .await
        .expect("the adapter should stop promptly")
        .expect("the adapter task should not panic")
}

#[tokio::test]
async fn polling_delivers_queued_updates_in_order_and_stops_on_shutdown() {
    let fake = FakeTelegram::start().await;
    let (handler, mut received) = recorder();
    let first = fake.push_update(tg::text(42, 42, "/concern"));
    let (stop, task) = start_polling(&fake, handler);

    let event = received.next().await;
    assert_eq!(event.from.id, "42");
    assert_eq!(
        event.input,
        Input::Command {
            name: "concern".into(),
            args: "".into()
        }
    );

    // An update queued while the bot is already waiting arrives too.
    let second = fake.push_update(tg::text(-100, 43, "morning all"));
    let event = received.next().await;
    assert!(matches!(event.place, Place::Group(g) if g.id == "-100"));
    assert_eq!(event.input, Input::Text("morning all".into()));

    stop.send(()).unwrap();
    finished(task).await.unwrap();
    assert!(first < second);
    assert!(
        fake.confirmed_offset() > second,
        "handled updates are confirmed before stopping"
    );
    let asked = fake.calls_to("getUpdates");
    assert!(asked
        .iter()
        .all(|p| p["allowed_updates"] == json!(["message", "edited_message", "callback_query"])));
    assert_eq!(fake.calls_to("deleteWebhook").len(), 1);
    fake.assert_no_violations();
}

#[tokio::test]
async fn a_button_press_is_answered_and_its_keyboard_removed() {
    let fake = FakeTelegram::start().await;
    let (handler, mut received) = recorder();
    fake.push_update(tg::button(42, 42, 77, "aup:sign:3"));
    let (stop, task) = start_polling(&fake, handler);

    let event = received.next().await;
    assert_eq!(event.input, Input::Button("aup:sign:3".into()));
    let answered = fake.wait_for("answerCallbackQuery", 1).await;
    assert!(answered[0]["callback_query_id"]
        .as_str()
        .unwrap()
        .starts_with("cb"));
    let edits = fake.wait_for("editMessageReplyMarkup", 1).await;
    assert_eq!(edits[0], json!({"chat_id": 42, "message_id": 77}));

    stop.send(()).unwrap();
    finished(task).await.unwrap();
    fake.assert_no_violations();
}

#[tokio::test]
async fn a_revoked_token_stops_the_adapter_instead_of_spinning() {
    let fake = FakeTelegram::start().await;
    let (handler, _received) = recorder();
    let (_stop, task) = start_polling(&fake, handler);
    fake.wait_for("getUpdates", 1).await;
    fake.revoke_token();
    let result = finished(task).await;
    assert!(
        matches!(result, Err(TelegramError::Unauthorized)),
        "{result:?}"
    );
    fake.assert_no_violations();
}

#[tokio::test]
async fn a_wrong_token_is_refused_at_start() {
    let fake = FakeTelegram::start().await;
    fake.revoke_token();
    let (handler, _received) = recorder();
    let (_stop, task) = start_polling(&fake, handler);
    let result = finished(task).await;
    assert!(
        matches!(result, Err(TelegramError::Unauthorized)),
        "{result:?}"
    );
    assert!(fake.calls().is_empty(), "a refused token reaches no method");
}

#[tokio::test]
async fn the_webhook_registers_its_secret_and_refuses_requests_without_it() {
    let fake = FakeTelegram::start().await;
    let (handler, mut received) = recorder();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let local = listener.local_addr().unwrap();
    let hook = WebhookConfig {
        listen: local,
        public_url: "https://haven.example.org/telegram/hook".parse().unwrap(),
        secret_token: SecretString::from("s3cret-token_1-long-enough"),
    };
    let (stop, stopped) = oneshot::channel::<()>();
    let task = tokio::spawn({
        let transport = fake.transport();
        async move {
            let shutdown = async move {
                let _ = stopped.await;
            };
            serve_webhook(transport, handler, listener, &hook, shutdown).await
        }
    });

    let registered = fake.wait_for("setWebhook", 1).await;
    assert_eq!(
        registered[0]["url"],
        "https://haven.example.org/telegram/hook"
    );
    assert_eq!(registered[0]["secret_token"], "s3cret-token_1-long-enough");

    let client = teloxide::net::default_reqwest_settings()
        .no_proxy()
        .build()
        .unwrap();
    let url = format!("http://{local}/telegram/hook");
    let update = tg::numbered(tg::text(42, 42, "/aup")).to_string();
    let post = |secret: Option<&'static str>| {
        let mut req = client
            .post(&url)
            .header("content-type", "application/json")
            .body(update.clone());
        if let Some(secret) = secret {
            req = req.header(SECRET_HEADER, secret);
        }
        req.send()
    };
    assert_eq!(post(None).await.unwrap().status().as_u16(), 401);
    assert_eq!(post(Some("guess")).await.unwrap().status().as_u16(), 401);
    assert_eq!(
        post(Some("s3cret-token_1-long-enough"))
            .await
            .unwrap()
            .status()
            .as_u16(),
        200
    );

    let event = received.next().await;
    assert_eq!(event.from.id, "42");
    assert!(matches!(event.input, Input::Command { name, .. } if name == "aup"));

    // The secret is checked before the body is read; a body past the limit is refused.
    let huge = "x".repeat(haven::adapters::telegram::MAX_BODY + 1);
    let big = |secret: Option<&'static str>| {
        let mut req = client.post(&url).body(huge.clone());
        if let Some(secret) = secret {
            req = req.header(SECRET_HEADER, secret);
        }
        req.send()
    };
    assert_eq!(big(None).await.unwrap().status().as_u16(), 401);
    assert_eq!(
        big(Some("s3cret-token_1-long-enough"))
            .await
            .unwrap()
            .status()
            .as_u16(),
        413
    );

    stop.send(()).unwrap();
    finished(task).await.unwrap();
    fake.assert_no_violations();
}
