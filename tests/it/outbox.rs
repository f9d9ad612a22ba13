//! The durable outbox: what is queued survives restarts, goes out once, waits when the platform
//! says so, and failures for good reach someone who can act. Rate limits: `limits`.

mod limits;

use crate::support::{spawn_app, TestApp};
use chrono::Duration;
use haven::core::clock::Clock;
use haven::core::event::{Inbound, Input, Place};
use haven::core::message::{Message, Outgoing};
use haven::core::store::Address;
use haven::delivery::dispatcher::{Dispatcher, MAX_ATTEMPTS};
use haven::delivery::limits::RateLimits;
use haven::delivery::{Rendered, SendError, Transport};
use std::sync::{Arc, Mutex};

fn daniel() -> Address {
    Address::Private("Daniel Okafor".into())
}

fn emma() -> Address {
    Address::Private("Emma Whitlow".into())
}

/// The test's chat, noting every attempt to send (failed or not) and, for those that went, the
/// time on tokio's clock since it was made.
struct Recorder {
    chat: haven::adapters::memory::MemoryChat,
    start: tokio::time::Instant,
    attempts: Mutex<Vec<Address>>,
    sent: Mutex<Vec<(Address, std::time::Duration)>>,
    /// Told after every send that went.
    progress: tokio::sync::Notify,
}

impl Recorder {
    fn new(app: &TestApp) -> Arc<Recorder> {
        Arc::new(Recorder {
            chat: app.chat.clone(),
            start: tokio::time::Instant::now(),
            attempts: Mutex::default(),
            sent: Mutex::default(),
            progress: tokio::sync::Notify::new(),
        })
    }

    /// Waits (without a timer) until `enough` holds for the sends so far.
    async fn until(&self, enough: impl Fn(&[(Address, std::time::Duration)]) -> bool) {
        loop {
            let told = self.progress.notified();
            tokio::pin!(told);
            told.as_mut().enable();
            if enough(&self.sent.lock().unwrap()) {
                return;
            }
            told.await;
        }
    }

    fn attempts_to(&self, a: &Address) -> usize {
        self.attempts
            .lock()
            .unwrap()
            .iter()
            .filter(|x| *x == a)
            .count()
    }

    fn sent_at(&self, a: &Address) -> Vec<std::time::Duration> {
        let sent = self.sent.lock().unwrap();
        sent.iter()
            .filter(|(x, _)| x == a)
            .map(|(_, t)| *t)
            .collect()
    }

    fn all_sent_at(&self) -> Vec<std::time::Duration> {
        self.sent.lock().unwrap().iter().map(|(_, t)| *t).collect()
    }
}

#[async_trait::async_trait]
impl Transport for Recorder {
    fn platform(&self) -> haven::core::ids::Platform {
        self.chat.platform()
    }

    async fn send(&self, msg: &Rendered) -> Result<Option<String>, SendError> {
        self.attempts.lock().unwrap().push(msg.address.clone());
        let r = self.chat.send(msg).await;
        if r.is_ok() {
            let at = self.start.elapsed();
            self.sent.lock().unwrap().push((msg.address.clone(), at));
            self.progress.notify_waiters();
        }
        r
    }

    async fn remove(&self, address: &Address, message_id: &str) -> Result<(), SendError> {
        self.chat.remove(address, message_id).await
    }
}

/// Runs rounds until nothing is due.
async fn drain(d: &Dispatcher) {
    while d.run_once().await.expect("delivery") > 0 {}
}

/// Daniel types /whoami; the reply waits in the outbox (nothing is delivered).
async fn daniel_asks_whoami(app: &TestApp) {
    let ev = Inbound {
        from: haven::core::ids::Account::new(haven::core::ids::Platform::Console, "Daniel Okafor"),
        place: Place::Private,
        input: Input::from_text("/whoami"),
        message_id: None,
        update: None,
        org: None,
    };
    app.app.handle(ev).await.unwrap();
}

async fn person_id(app: &TestApp, external_id: &str) -> haven::core::ids::PersonId {
    let mut tx = app.store().begin().await.unwrap();
    tx.person_by_external_id(app.app.ctx.school, external_id)
        .await
        .unwrap()
        .unwrap()
        .id
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
        update: None,
        org: None,
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
    let chat = Recorder::new(&app);
    let dispatcher = app.app.dispatcher(chat.clone(), RateLimits::unlimited());
    for _ in 0..MAX_ATTEMPTS {
        app.chat
            .fail_next(daniel(), SendError::Transient("502 Bad Gateway".into()));
    }
    daniel_asks_whoami(&app).await;
    drain(&dispatcher).await;
    assert_eq!(chat.attempts_to(&daniel()), 1);

    // After the n-th failure the next try waits 5·2ⁿ⁻¹ seconds: not a moment sooner, and then
    // at once.
    let mut gaps = Vec::new();
    let mut last = app.clock.now();
    for n in 1..MAX_ATTEMPTS as usize {
        let wait = Duration::seconds(5 * 2i64.pow(n as u32 - 1));
        app.clock.advance(wait - Duration::milliseconds(1));
        drain(&dispatcher).await;
        assert_eq!(chat.attempts_to(&daniel()), n, "no try before {wait}");
        app.clock.advance(Duration::milliseconds(1));
        drain(&dispatcher).await;
        assert_eq!(chat.attempts_to(&daniel()), n + 1, "a try at {wait}");
        gaps.push((app.clock.now() - last).num_seconds());
        last = app.clock.now();
    }
    assert_eq!(gaps, [5, 10, 20, 40, 80, 160, 320], "the waits grow");

    // The last failure was the last try: settled as failed, not retried forever.
    for _ in 0..12 {
        app.clock.advance(Duration::hours(1));
        drain(&dispatcher).await;
    }
    assert_eq!(chat.attempts_to(&daniel()), MAX_ATTEMPTS as usize);
    assert!(app.person("Daniel Okafor").received().is_empty());
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
