//! The durable outbox: what is queued survives restarts, goes out once, waits when the platform
//! says so, and failures for good reach someone who can act.

use crate::support::spawn_app;
use chrono::Duration;
use haven::core::clock::Clock;
use haven::core::event::{Inbound, Input, Place};
use haven::core::message::{Message, Outgoing};
use haven::core::store::Address;
use haven::delivery::SendError;

fn daniel() -> Address {
    Address::Private("Daniel Okafor".into())
}

#[tokio::test]
async fn queued_messages_survive_a_restart_and_are_delivered_once() {
    let app = spawn_app().await;
    // Daniel asks, but Haven stops before anything is delivered.
    let ev = Inbound {
        from: haven::core::ids::Account::new(haven::core::ids::Platform::Console, "Daniel Okafor"),
        place: Place::Private,
        input: Input::from_text("/whoami"),
        message_id: None,
    };
    app.app.handle(ev).await.unwrap();
    assert!(app.chat.received().is_empty());

    let app = app.restart().await;
    app.deliver().await;
    app.deliver().await;
    let daniel = app.person("Daniel Okafor");
    let got: Vec<_> = daniel
        .received()
        .into_iter()
        .filter(|m| m.text.contains("You are Daniel Okafor"))
        .collect();
    assert_eq!(got.len(), 1, "delivered exactly once");
}

#[tokio::test]
async fn the_platforms_retry_after_is_honoured() {
    let app = spawn_app().await;
    app.chat.fail_next(
        daniel(),
        SendError::RetryAfter(std::time::Duration::from_secs(30)),
    );
    let daniel = app.person("Daniel Okafor");
    daniel.says("/whoami").await;
    daniel.sees_nothing_new();

    app.deliver().await;
    daniel.sees_nothing_new();
    app.advance(Duration::seconds(29)).await;
    daniel.sees_nothing_new();
    app.advance(Duration::seconds(1)).await;
    daniel.sees("You are Daniel Okafor");
}

#[tokio::test]
async fn messages_to_one_chat_keep_their_order_while_one_waits() {
    let app = spawn_app().await;
    app.chat
        .fail_next(daniel(), SendError::Transient("connection reset".into()));
    let daniel = app.person("Daniel Okafor");
    daniel.says("/whoami").await;
    daniel.says("/help").await;
    daniel.sees_nothing_new();
    app.advance(Duration::seconds(5)).await;
    let texts: Vec<String> = daniel.received().into_iter().map(|m| m.text).collect();
    assert_eq!(texts.len(), 2, "{texts:?}");
    assert!(texts[0].contains("You are Daniel"), "{texts:?}");
    assert!(texts[1].contains("What I can do"), "{texts:?}");
}

#[tokio::test]
async fn someone_who_blocked_the_bot_is_reported_to_whoever_sent_it() {
    let app = spawn_app().await;
    let school = app.app.ctx.school;
    let store = app.store();
    let mut tx = store.begin().await.unwrap();
    let emma = tx
        .person_by_external_id(school, "PAR006")
        .await
        .unwrap()
        .unwrap();
    let daniel = tx
        .person_by_external_id(school, "STF002")
        .await
        .unwrap()
        .unwrap();
    let out = Outgoing::to_person(emma.id, None, Message::new("help-parent"))
        .report_failure_to(daniel.id);
    assert!(tx.enqueue(&out, app.clock.now()).await.unwrap());
    tx.commit().await.unwrap();

    app.chat.fail_next(
        Address::Private("Emma Whitlow".into()),
        SendError::Unreachable("Forbidden: bot was blocked by the user".into()),
    );
    app.deliver().await;
    let daniel = app.person("Daniel Okafor");
    let notice = daniel.sees("I couldn't deliver a message to Emma Whitlow");
    assert!(
        !notice.text.contains("blocked by the user"),
        "platform wording stays out"
    );
    app.deliver().await;
    assert!(app.person("Emma Whitlow").received().is_empty());
}

#[tokio::test]
async fn transient_failures_back_off_then_give_up() {
    let app = spawn_app().await;
    for _ in 0..haven::delivery::dispatcher::MAX_ATTEMPTS {
        app.chat
            .fail_next(daniel(), SendError::Transient("502 Bad Gateway".into()));
    }
    let daniel = app.person("Daniel Okafor");
    daniel.says("/whoami").await;
    for _ in 0..12 {
        app.advance(Duration::hours(1)).await;
    }
    daniel.sees_nothing_new();
    let mut tx = app.store().begin().await.unwrap();
    assert_eq!(
        tx.pending_count().await.unwrap(),
        0,
        "settled as failed, not retried forever"
    );
}

#[tokio::test]
async fn a_removal_the_platform_refuses_is_reported_back() {
    let app = spawn_app().await;
    let store = app.store();
    let mut tx = store.begin().await.unwrap();
    let daniel_id = tx
        .person_by_external_id(app.app.ctx.school, "STF002")
        .await
        .unwrap()
        .unwrap()
        .id;
    tx.enqueue_removal(
        haven::core::ids::Platform::Console,
        daniel(),
        "m42",
        app.clock.now(),
        Some(daniel_id),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    app.chat.refuse_removals(true);
    app.deliver().await;
    app.person("Daniel Okafor")
        .sees("I couldn't remove one of your earlier messages");
    assert!(app.chat.removed().is_empty());
}
