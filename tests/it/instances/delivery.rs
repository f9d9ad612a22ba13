//! Delivery with several instances: a live peer's rows in flight are left alone and a dead
//! one's recovered; a broadcast sent by two instances in turn reaches everyone once, in order,
//! within the limits. tokio's clock is paused once the store is open.

use super::{holder, peer_app, Follows, Peer, SECOND};
use crate::support::{spawn_app, TestApp};
use haven::core::clock::Clock;
use haven::core::ids::{PersonId, Platform};
use haven::core::lease::{self, Role};
use haven::core::message::{Message, Outgoing};
use haven::core::store::Address;
use haven::delivery::elected::supervise;
use haven::delivery::limiter::busiest;
use haven::delivery::limits::{per_second, Scope};
use haven::delivery::{Rendered, SendError, Transport};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::watch;
use tokio::time::{sleep, Instant};

/// The demo's parents.
async fn parents(t: &TestApp) -> Vec<PersonId> {
    let mut tx = t.store().begin().await.unwrap();
    let people = tx.people(t.app.ctx.school).await.unwrap();
    people
        .into_iter()
        .filter(|p| p.external_id.starts_with("PAR"))
        .map(|p| p.id)
        .collect()
}

/// Queues broadcast copies `zq0`, `zq1`, … (at most once each) to every one of `to`.
async fn queue_broadcasts(t: &TestApp, to: &[PersonId], copies: usize) {
    let mut tx = t.store().begin().await.unwrap();
    for copy in 0..copies {
        for p in to {
            let m = Message::new("command-unknown").arg("command", format!("zq{copy}"));
            let out = Outgoing::to_person(*p, None, m)
                .tagged(format!("broadcast:{}", copy + 1))
                .at_most_once();
            assert!(tx.enqueue(&out, t.clock.now()).await.unwrap());
        }
    }
    tx.commit().await.unwrap();
}

/// The copies each chat received, in order (`zq0`, `zq1`, …).
fn copies(t: &TestApp) -> HashMap<Address, Vec<String>> {
    let mut by_chat: HashMap<Address, Vec<String>> = HashMap::new();
    for m in t.chat.received() {
        let copy = m
            .text
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| w.starts_with("zq"))
            .unwrap_or("?")
            .to_string();
        by_chat.entry(m.address).or_default().push(copy);
    }
    by_chat
}

#[tokio::test]
async fn a_live_peers_claimed_rows_are_never_recovered_and_a_dead_ones_are() {
    let t = spawn_app().await;
    let to = parents(&t).await;
    queue_broadcasts(&t, &to, 2).await;
    tokio::time::pause();
    let clock: Arc<dyn Clock> = Arc::new(t.clock.clone());
    let (a, b) = (peer_app(&t, clock.clone()), peer_app(&t, clock));
    a.instance.register().await.unwrap();
    b.instance.register().await.unwrap();
    // A claims every parent's first copy, as its dispatcher does just before sending.
    let mut tx = t.store().begin().await.unwrap();
    let due = tx
        .due(Platform::Console, t.clock.now(), 100, 1)
        .await
        .unwrap();
    assert_eq!(due.len(), to.len());
    let ids: Vec<i64> = due.iter().map(|i| i.id).collect();
    tx.claim(&ids, &a.instance.id, t.clock.now()).await.unwrap();
    tx.commit().await.unwrap();

    // B's dispatcher leaves A's rows alone while A heartbeats, and holds back each chat's
    // second copy behind the first, in flight.
    let sender = b.dispatcher(Arc::new(t.chat.clone()), per_second(Scope::Global, 1000));
    t.clock.advance(chrono::Duration::seconds(10));
    assert!(a.instance.heartbeat().await && b.instance.heartbeat().await);
    sender.run_once().await.unwrap();
    assert!(t.chat.received().is_empty(), "nothing sent past A's rows");

    // A falls silent; once it is dead, B settles A's copies as interrupted (they may have
    // gone: never sent twice) and sends the second copies.
    t.clock
        .advance(chrono::Duration::from_std(lease::DEAD_AFTER + SECOND).unwrap());
    assert!(b.instance.heartbeat().await);
    while sender.run_once().await.unwrap() > 0 {}
    let got = copies(&t);
    assert_eq!(got.len(), to.len());
    assert!(got.values().all(|c| c == &["zq1"]), "{got:?}");
    let mut tx = t.store().begin().await.unwrap();
    let tag = haven::core::tag::Tag::parse("broadcast:1").expect("tag");
    let summary = tx.tag_summary(&tag).await.unwrap();
    assert_eq!((summary.failed, summary.sent), (to.len() as u64, 0));
}

/// The chat, noting when (on tokio's clock) each message went.
struct Timed {
    chat: haven::adapters::memory::MemoryChat,
    start: Instant,
    sent: Mutex<Vec<Duration>>,
}

#[async_trait::async_trait]
impl Transport for Timed {
    fn platform(&self) -> Platform {
        self.chat.platform()
    }

    async fn send(&self, msg: &Rendered) -> Result<Option<String>, SendError> {
        self.sent.lock().unwrap().push(self.start.elapsed());
        self.chat.send(msg).await
    }

    async fn remove(&self, address: &Address, message_id: &str) -> Result<(), SendError> {
        self.chat.remove(address, message_id).await
    }
}

#[tokio::test]
async fn a_broadcast_sent_by_two_instances_in_turn_reaches_everyone_once_in_order_within_the_limits(
) {
    let t = spawn_app().await;
    let to = parents(&t).await;
    queue_broadcasts(&t, &to, 3).await;
    tokio::time::pause();
    let chat = Arc::new(Timed {
        chat: t.chat.clone(),
        start: Instant::now(),
        sent: Mutex::default(),
    });
    let clock: Arc<dyn Clock> = Arc::new(Follows {
        start: Instant::now(),
        at: t.clock.now(),
    });
    let limit = 3;
    let mut peers = Vec::new();
    for _ in 0..2 {
        let app = peer_app(&t, clock.clone());
        app.instance.register().await.unwrap();
        let (stop, stopped) = watch::channel(false);
        let (app2, chat) = (app.clone(), chat.clone());
        let send = move |stopped| {
            let limits = per_second(Scope::Global, limit);
            let d = app2.sender(chat.clone(), limits);
            d.run(app2.wake.clone(), stopped, Duration::from_millis(200))
        };
        let role = Role::Sender(Platform::Console);
        let tasks = vec![
            tokio::spawn(app.instance.clone().heartbeats(stopped.clone())),
            tokio::spawn(supervise(app.instance.clone(), role, stopped, send)),
        ];
        peers.push(Peer { app, stop, tasks });
    }
    sleep(2 * SECOND).await;
    let role = Role::Sender(Platform::Console);
    let first = holder(&peers, &[0, 1], role);
    let part = chat.sent.lock().unwrap().len();
    assert!(part > 0 && part < 3 * to.len(), "{part} sent by the first");
    peers[first].terminate().await;
    sleep(30 * SECOND).await;
    assert_eq!(holder(&peers, &[1 - first], role), 1 - first);

    let got = copies(&t);
    assert_eq!(got.len(), to.len(), "every parent");
    for (chat, c) in &got {
        assert_eq!(c, &["zq0", "zq1", "zq2"], "{chat:?}: once each, in order");
    }
    let sent = chat.sent.lock().unwrap().clone();
    assert_eq!(sent.len(), 3 * to.len());
    assert!(busiest(&sent, SECOND) <= limit as usize, "{sent:?}");
    peers[1 - first].kill();
}

#[tokio::test]
async fn a_sender_whose_lease_a_peer_took_sends_nothing_more_and_stops() {
    let t = spawn_app().await;
    let to = parents(&t).await;
    queue_broadcasts(&t, &to, 1).await;
    tokio::time::pause();
    let clock: Arc<dyn Clock> = Arc::new(Follows {
        start: Instant::now(),
        at: t.clock.now(),
    });
    let (a, b) = (peer_app(&t, clock.clone()), peer_app(&t, clock));
    a.instance.register().await.unwrap();
    b.instance.register().await.unwrap();
    let role = Role::Sender(Platform::Console);
    assert!(a.instance.hold(role).await);
    // A starved process: its lease runs out unrenewed and B takes the role, while A's
    // dispatcher still runs.
    sleep(lease::LEASE_TTL + SECOND).await;
    assert!(b.instance.heartbeat().await);
    assert!(b.instance.hold(role).await, "B takes the role");

    let (_stop, stopped) = watch::channel(false);
    let sender = a.sender(Arc::new(t.chat.clone()), per_second(Scope::Global, 1000));
    let run = tokio::spawn(sender.run(a.wake.clone(), stopped, Duration::from_millis(200)));
    tokio::time::timeout(10 * SECOND, run)
        .await
        .expect("A's dispatcher stops by itself")
        .unwrap();
    assert!(
        t.chat.received().is_empty(),
        "A sent nothing once B held the role"
    );
    let mut tx = t.store().begin().await.unwrap();
    let claimed = tx
        .due(Platform::Console, t.clock.now(), 100, 1)
        .await
        .unwrap();
    assert_eq!(
        claimed.len(),
        to.len(),
        "every row is still there for B to send"
    );
    drop(tx);

    // B, the holder, sends them.
    let (_stop, stopped) = watch::channel(false);
    let sender = b.sender(Arc::new(t.chat.clone()), per_second(Scope::Global, 1000));
    let run = tokio::spawn(sender.run(b.wake.clone(), stopped, Duration::from_millis(200)));
    sleep(5 * SECOND).await;
    assert_eq!(
        t.chat.received().len(),
        to.len(),
        "B sent each parent's copy"
    );
    run.abort();
}

/// A chat whose sends wait until the test lets them go.
struct Held {
    chat: haven::adapters::memory::MemoryChat,
    called: tokio::sync::Notify,
    release: tokio::sync::Notify,
}

#[async_trait::async_trait]
impl Transport for Held {
    fn platform(&self) -> Platform {
        self.chat.platform()
    }

    async fn send(&self, msg: &Rendered) -> Result<Option<String>, SendError> {
        self.called.notify_one();
        self.release.notified().await;
        self.chat.send(msg).await
    }

    async fn remove(&self, address: &Address, message_id: &str) -> Result<(), SendError> {
        self.chat.remove(address, message_id).await
    }
}

#[tokio::test]
async fn an_outcome_that_comes_back_after_its_row_was_recovered_is_dropped_and_counted() {
    let t = spawn_app().await;
    let to = parents(&t).await;
    // One reply to one parent (sent at least once, so a peer sends it again on recovery).
    let mut tx = t.store().begin().await.unwrap();
    let m = Message::new("command-unknown").arg("command", "zq0");
    assert!(tx
        .enqueue(&Outgoing::to_person(to[0], None, m), t.clock.now())
        .await
        .unwrap());
    tx.commit().await.unwrap();
    tokio::time::pause();
    let clock: Arc<dyn Clock> = Arc::new(t.clock.clone());
    let (a, b) = (peer_app(&t, clock.clone()), peer_app(&t, clock));
    a.instance.register().await.unwrap();
    b.instance.register().await.unwrap();

    // A starts sending, and its process stalls with the request open.
    let held = Arc::new(Held {
        chat: t.chat.clone(),
        called: Default::default(),
        release: Default::default(),
    });
    let limits = per_second(Scope::Global, 1000);
    let a_sender = a.dispatcher(held.clone(), limits.clone());
    let a_run = tokio::spawn(async move { a_sender.run_once().await });
    held.called.notified().await;

    // A falls silent long enough to be judged dead: B recovers its row and sends it again.
    t.clock
        .advance(chrono::Duration::from_std(lease::DEAD_AFTER + SECOND).unwrap());
    assert!(b.instance.heartbeat().await);
    let b_sender = b.dispatcher(Arc::new(t.chat.clone()), limits);
    while b_sender.run_once().await.unwrap() > 0 {}
    assert_eq!(t.chat.received().len(), 1, "B sent the reply");

    // A's request comes back: its outcome is not recorded over B's, and A counts it dropped.
    held.release.notify_one();
    a_run.await.unwrap().unwrap();
    assert_eq!(
        t.chat.received().len(),
        2,
        "the reply went twice: at least once"
    );
    let mut tx = t.store().begin().await.unwrap();
    let pending = tx
        .due(Platform::Console, t.clock.now(), 100, 1)
        .await
        .unwrap();
    assert!(pending.is_empty(), "B's send settled the row");
    drop(tx);
    let metrics = a.metrics.render();
    assert!(
        metrics
            .lines()
            .any(|l| l.starts_with("haven_late_outcomes_dropped_total") && l.ends_with(" 1")),
        "{metrics}"
    );
    let b_metrics = b.metrics.render();
    assert!(
        !b_metrics
            .lines()
            .any(|l| l.starts_with("haven_late_outcomes_dropped_total") && l.ends_with(" 1")),
        "{b_metrics}"
    );
}
