//! Rate limits, through the dispatcher: no window ever holds more than its limit (after a
//! restart too), and no chat waits for another chat's backlog, including rows written while
//! the dispatcher is already waiting for a chat.
//!
//! tokio's clock is paused: it moves only when every task waits on a timer, straight to the
//! next one, so the times below are the limiter's, not the machine's.

use super::{daniel, emma, person_id, Recorder};
use crate::support::TestApp;
use haven::core::clock::Clock;
use haven::core::ids::PersonId;
use haven::core::message::{Message, Outgoing};
use haven::core::store::Address;
use haven::delivery::limiter::busiest;
use haven::delivery::limits::{per_second, RateLimits, Scope, Window};
use std::time::Duration;
use tokio::sync::watch;

const SECOND: Duration = Duration::from_secs(1);

/// Queues `n` messages to a person, numbered from `label`0.
async fn queue(app: &TestApp, who: PersonId, n: usize, label: &str) {
    let mut tx = app.store().begin().await.unwrap();
    for i in 0..n {
        let m = Message::new("command-unknown").arg("command", format!("{label}{i}"));
        tx.enqueue(&Outgoing::to_person(who, None, m), app.clock.now())
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
}

/// The texts a chat received, in order.
fn texts(app: &TestApp, who: &Address) -> Vec<String> {
    let received = app.chat.received_by(who);
    received.into_iter().map(|m| m.text).collect()
}

async fn daniel_and_emma(app: &TestApp) -> (PersonId, PersonId) {
    (
        person_id(app, "STF002").await,
        person_id(app, "PAR006").await,
    )
}

#[tokio::test]
async fn a_full_chat_window_holds_back_only_that_chats_messages() {
    let app = crate::support::spawn_app().await;
    let (daniel_id, emma_id) = daniel_and_emma(&app).await;
    queue(&app, daniel_id, 5, "d").await;
    queue(&app, emma_id, 2, "e").await;
    tokio::time::pause();
    let chat = Recorder::new(&app);
    let dispatcher = app
        .app
        .dispatcher(chat.clone(), per_second(Scope::Private, 1));
    assert_eq!(dispatcher.run_once().await.unwrap(), 7);

    let (d, e) = (chat.sent_at(&daniel()), chat.sent_at(&emma()));
    assert_eq!((d.len(), e.len()), (5, 2), "daniel {d:?}, emma {e:?}");
    // Each chat's first at once; then one a second, not sooner and not much later.
    assert!(d[0] < SECOND / 10 && e[0] < SECOND / 10, "{d:?} {e:?}");
    for times in [&d, &e] {
        for pair in times.windows(2) {
            assert!(pair[1] - pair[0] >= SECOND, "{times:?}");
            assert!(pair[1] - pair[0] < SECOND + SECOND / 10, "{times:?}");
        }
    }
    // Emma's second went beside Daniel's second, not after all of Daniel's.
    assert!(e[1] < d[2], "daniel {d:?}, emma {e:?}");
    for (who, n, label) in [(daniel(), 5, "d"), (emma(), 2, "e")] {
        let got = texts(&app, &who);
        assert_eq!(got.len(), n);
        for (i, t) in got.iter().enumerate() {
            assert!(t.contains(&format!("{label}{i}")), "in order: {got:?}");
        }
    }
}

/// Every window of `limits` counted over what `chat` recorded: never more than its limit.
fn assert_within(chat: &Recorder, limits: &RateLimits, people: &[Address]) {
    for w in limits.windows() {
        let most = match w.scope {
            Scope::Global => busiest(&sorted(chat.all_sent_at()), w.period),
            _ => people
                .iter()
                .map(|p| busiest(&chat.sent_at(p), w.period))
                .max()
                .unwrap_or(0),
        };
        assert!(most <= w.limit as usize, "{w:?}: {most} in one window");
    }
}

fn sorted(mut times: Vec<Duration>) -> Vec<Duration> {
    times.sort();
    times
}

#[tokio::test]
async fn no_window_holds_more_than_its_limit_and_each_fills_up() {
    let app = crate::support::spawn_app().await;
    let staff = ["STF001", "STF002", "STF003", "PAR001", "PAR006"];
    let mut people = Vec::new();
    for id in staff {
        people.push(person_id(&app, id).await);
    }
    let mut tx = app.store().begin().await.unwrap();
    let mut addresses = Vec::new();
    for p in &people {
        let person = tx.person(*p).await.unwrap().unwrap();
        addresses.push(Address::Private(person.name));
    }
    drop(tx);
    tokio::time::pause();
    // Generated: overall and per-chat windows of several sizes and periods, several
    // messages to each of five people.
    let mut cases = Vec::new();
    for (global, period) in [(2, 1), (3, 1), (4, 2)] {
        for private in [1, 2] {
            cases.push((global, Duration::from_secs(period), private));
        }
    }
    for (global, period, private) in cases {
        // An hour on: what earlier cases sent no longer counts.
        app.clock.advance(chrono::Duration::hours(1));
        for p in &people {
            queue(&app, *p, 3, "m").await;
        }
        let chat = Recorder::new(&app);
        let limits = RateLimits::of([
            Window::new(Scope::Global, global, period),
            Window::new(Scope::Private, private, SECOND),
        ]);
        let dispatcher = app.app.dispatcher(chat.clone(), limits.clone());
        while dispatcher.run_once().await.unwrap() > 0 {}
        let times = sorted(chat.all_sent_at());
        assert_eq!(times.len(), 15);
        assert_within(&chat, &limits, &addresses);
        // The first window is full at once: a burst at start, but never past the limit.
        let at_start = times.iter().filter(|t| **t < SECOND / 10).count();
        assert_eq!(at_start, global as usize, "{times:?}");
        // And none waits longer than the windows make it: 15 messages take 15 / limit windows.
        let windows = 15u32.div_ceil(global) - 1;
        assert!(
            *times.last().unwrap() < period * windows + SECOND / 5,
            "{global}/{period:?}: {times:?}"
        );
    }
}

#[tokio::test]
async fn rows_written_while_a_chat_waits_go_out_at_once() {
    let app = crate::support::spawn_app().await;
    let (daniel_id, emma_id) = daniel_and_emma(&app).await;
    tokio::time::pause();
    let chat = Recorder::new(&app);
    let dispatcher = app
        .app
        .dispatcher(chat.clone(), per_second(Scope::Private, 1));
    let (stop, stopped) = watch::channel(false);
    // Polling once an hour: only the wake-up of the transaction that queued can bring rows in.
    let hour = Duration::from_secs(3600);
    let running = tokio::spawn(dispatcher.run(app.app.wake.clone(), stopped, hour));
    queue(&app, daniel_id, 3, "d").await;
    app.app.wake.notify_waiters();
    chat.until(|sent| !sent.is_empty()).await;

    // Daniel's window is full; Emma writes in, and her reply does not wait for it.
    queue(&app, emma_id, 1, "e").await;
    app.app.wake.notify_waiters();
    chat.until(|sent| sent.iter().any(|(a, _)| *a == emma()))
        .await;
    let (d, e) = (chat.sent_at(&daniel()), chat.sent_at(&emma()));
    assert!(e[0] < SECOND / 10, "emma {e:?}");
    assert_eq!(d.len(), 1, "daniel's second still waits: {d:?}");

    chat.until(|sent| sent.len() == 4).await;
    stop.send(true).unwrap();
    running.await.unwrap();
    let d = chat.sent_at(&daniel());
    assert!(d.windows(2).all(|p| p[1] - p[0] >= SECOND), "{d:?}");
    assert_eq!(texts(&app, &daniel()).len(), 3);
    assert!(texts(&app, &emma())[0].contains("e0"));
}

#[tokio::test]
async fn a_restarted_dispatcher_counts_what_the_last_one_sent() {
    let app = crate::support::spawn_app().await;
    let (daniel_id, _) = daniel_and_emma(&app).await;
    tokio::time::pause();
    let chat = Recorder::new(&app);
    let limits = per_second(Scope::Private, 1);
    queue(&app, daniel_id, 1, "before").await;
    let first = app.app.dispatcher(chat.clone(), limits.clone());
    assert_eq!(first.run_once().await.unwrap(), 1);
    drop(first);

    queue(&app, daniel_id, 1, "after").await;
    let second = app.app.dispatcher(chat.clone(), limits);
    assert_eq!(second.run_once().await.unwrap(), 1);
    let d = chat.sent_at(&daniel());
    assert_eq!(d.len(), 2);
    assert!(
        d[1] - d[0] >= SECOND,
        "a new dispatcher, the same window: {d:?}"
    );
}

/// Microsoft's limits for a Teams bot, driven through the dispatcher: 70 messages to each of two
/// personal chats go out with no conversation ever holding more than 7 in a second, 8 in two
/// seconds or 60 in thirty, and the tenant never more than 30 in a second.
#[tokio::test]
async fn teams_windows_hold_for_every_conversation_and_the_tenant() {
    let app = crate::support::spawn_app().await;
    let (daniel_id, emma_id) = daniel_and_emma(&app).await;
    tokio::time::pause();
    queue(&app, daniel_id, 70, "d").await;
    queue(&app, emma_id, 70, "e").await;
    let chat = Recorder::new(&app);
    let limits = RateLimits::teams();
    let dispatcher = app.app.dispatcher(chat.clone(), limits.clone());
    while dispatcher.run_once().await.unwrap() > 0 {}
    let (d, e) = (daniel(), emma());
    assert_eq!(chat.sent_at(&d).len(), 70);
    assert_eq!(chat.sent_at(&e).len(), 70);
    assert_within(&chat, &limits, &[d.clone(), e.clone()]);
    let tenant = busiest(&sorted(chat.all_sent_at()), SECOND);
    assert!(tenant <= 30, "{tenant} in one second across the tenant");
    // The 30-second window is what paces a long backlog: the 61st message to a chat waits for
    // the first to be 30 seconds old.
    let times = chat.sent_at(&d);
    assert!(times[60] - times[0] >= Duration::from_secs(30), "{times:?}");
}
