//! What Haven does when the Bot Connector refuses: it waits for `Retry-After`, retries 412, 502
//! and 504 with backoff, renews the app token, and settles a person who removed the app as
//! unreachable, telling whoever needed to know.

use crate::support::teams_app::TeamsApp;
use chrono::Duration;
use haven::core::clock::Clock;
use haven::core::ids::Platform;

/// Moves the fake clock on and wakes the Teams dispatcher.
fn advance(app: &TeamsApp, secs: i64) {
    app.t.clock.advance(Duration::seconds(secs));
    app.t.app.wake.notify_waiters();
    app.fake.poke();
}

/// Waits until the outbox holds a Teams row due by `now + secs` but not now.
async fn waiting_for(app: &TeamsApp, secs: i64) {
    let store = app.t.store();
    loop {
        let now = app.t.clock.now();
        let mut tx = store.begin().await.expect("tx");
        let due_now = tx
            .due(Platform::Teams, now, 10, 10)
            .await
            .expect("due")
            .len();
        let due_later = tx
            .due(Platform::Teams, now + Duration::seconds(secs), 10, 10)
            .await
            .expect("due")
            .len();
        drop(tx);
        if due_now == 0 && due_later == 1 {
            return;
        }
        tokio::task::yield_now().await;
    }
}

#[tokio::test]
async fn a_429_waits_for_retry_after_and_412_502_504_are_retried_with_backoff() {
    let app = TeamsApp::start().await;
    let alice = app.user("29:alice");
    let chat = format!("POST /v3/conversations/{}/activities", alice.chat());

    app.fake.refuse_next(&chat, 429, Some(30));
    alice.says("/whoami").await;
    tokio::time::timeout(crate::support::teams_fake::PATIENCE, waiting_for(&app, 30))
        .await
        .expect("the row waits for Retry-After");
    assert!(alice.chat_messages().is_empty());
    advance(&app, 30);
    alice.sees("I don't know who you are yet").await;

    for status in [412, 502, 504] {
        app.fake.refuse_next(&chat, status, None);
        alice.says("/whoami").await;
        tokio::time::timeout(crate::support::teams_fake::PATIENCE, waiting_for(&app, 5))
            .await
            .unwrap_or_else(|_| panic!("{status} is retried after a backoff"));
        advance(&app, 5);
        alice.sees("I don't know who you are yet").await;
    }
    assert_eq!(alice.chat_messages().len(), 4, "each answer arrived once");
}

#[tokio::test]
async fn the_app_token_is_fetched_once_kept_and_renewed_when_refused_or_near_expiry() {
    let app = TeamsApp::start().await;
    let alice = app.user("29:alice");
    alice.says("/whoami").await;
    alice.sees("I don't know who you are yet").await;
    alice.says("/help").await;
    alice.sees("/link").await;
    assert_eq!(app.fake.tokens_issued(), 1, "one token for both");

    // The connector stops accepting it (401): Haven gets a new one and sends anyway.
    app.fake.set_token_lifetime(120);
    app.fake.refuse_next("/activities", 401, None);
    alice.says("/whoami").await;
    alice.sees("I don't know who you are yet").await;
    assert_eq!(app.fake.tokens_issued(), 2);
    // A token that expires within five minutes is renewed before each use.
    alice.says("/whoami").await;
    alice.sees("I don't know who you are yet").await;
    assert_eq!(app.fake.tokens_issued(), 3);
    assert_eq!(
        app.fake.unauthorised(),
        0,
        "no call went out with a stale token"
    );
}

#[tokio::test]
async fn haven_deletes_its_own_messages_and_asks_people_to_delete_theirs() {
    let app = TeamsApp::start().await;
    let alice = app.user("29:alice");
    alice.says("/whoami").await;
    let answer = alice.sees("I don't know who you are yet").await;
    let transport = app.transport.clone();
    use haven::core::store::Address;
    use haven::delivery::{SendError, Transport};
    let address = Address::Private("29:alice".into());
    transport
        .remove(&address, &answer.id)
        .await
        .expect("deleted");
    let deleted = app.fake.calls_to(&format!(
        "DELETE /v3/conversations/{}/activities/{}",
        alice.chat(),
        answer.id
    ));
    assert_eq!(deleted.len(), 1);
    let theirs = transport.remove(&address, "u:1700000000000").await;
    assert!(matches!(theirs, Err(SendError::Forbidden(_))), "{theirs:?}");
}
