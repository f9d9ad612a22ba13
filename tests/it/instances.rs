//! Several Haven instances on one database (here in one process, sharing one store): one
//! elected holder per role, fail-over within `lease::FAIL_OVER` when the holder dies, a live
//! peer's in-flight rows left alone and a dead one's recovered, a broadcast sent by two
//! instances in turn reaching everyone once and in order, and hand-over on SIGTERM.
//!
//! tokio's clock is paused once the store is open: it moves only when every task waits on a timer, straight to the
//! next one. The instances' lease times follow it ([`Follows`]), so "15 s" below is the
//! leases' time, not the machine's.

use crate::support::{spawn_app, TestApp};
use chrono::{DateTime, Utc};
use haven::app::App;
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
use tokio::task::JoinHandle;
use tokio::time::{sleep, Instant};

const SECOND: Duration = Duration::from_secs(1);
const ROLES: [Role; 4] = [
    Role::Sender(Platform::Console),
    Role::TelegramPoller,
    Role::DiscordGateway,
    Role::Scheduler,
];

/// A clock that follows tokio's (paused) clock from the test's morning.
struct Follows {
    start: Instant,
    at: DateTime<Utc>,
}

impl Clock for Follows {
    fn now(&self) -> DateTime<Utc> {
        self.at + chrono::Duration::from_std(self.start.elapsed()).expect("short")
    }
}

/// How many instances perform each role now, and at most ever.
#[derive(Default)]
struct Performing {
    now: Mutex<HashMap<Role, usize>>,
    most: Mutex<HashMap<Role, usize>>,
}

impl Performing {
    /// A role's task: performs it until told to stop (or its supervisor is gone).
    fn task(
        self: &Arc<Self>,
        role: Role,
    ) -> impl FnMut(watch::Receiver<bool>) -> futures_util::future::BoxFuture<'static, ()> {
        let me = self.clone();
        move |mut stop| {
            let me = me.clone();
            Box::pin(async move {
                {
                    let mut now = me.now.lock().unwrap();
                    let n = now.entry(role).or_default();
                    *n += 1;
                    let mut most = me.most.lock().unwrap();
                    let m = most.entry(role).or_default();
                    *m = (*m).max(*n);
                }
                let _ = stop.wait_for(|s| *s).await;
                *me.now.lock().unwrap().entry(role).or_default() -= 1;
            })
        }
    }
}

/// One Haven instance on the test's database.
struct Peer {
    app: App,
    stop: watch::Sender<bool>,
    tasks: Vec<JoinHandle<()>>,
}

impl Peer {
    /// Dies at once, as on SIGKILL: no lease given up, no heartbeat any more.
    fn kill(&mut self) {
        for t in &self.tasks {
            t.abort();
        }
    }

    /// Stops as on SIGTERM: its roles' tasks stop, its leases are given up, and it is marked
    /// stopped.
    async fn terminate(&mut self) {
        let _ = self.stop.send(true);
        for t in self.tasks.drain(..) {
            let _ = t.await;
        }
        self.app.instance.stop().await.expect("stopped");
    }

    fn holds(&self, role: Role) -> bool {
        self.app.instance.roles().contains(&role)
    }
}

fn peer_app(t: &TestApp, clock: Arc<dyn Clock>) -> App {
    App::new(
        t.store(),
        clock,
        t.settings.clone(),
        t.directory_key.link_key(),
    )
    .expect("app")
}

/// `n` instances, each registered, heartbeating and asking for every role in [`ROLES`].
async fn instances(t: &TestApp, n: usize, performing: &Arc<Performing>) -> Vec<Peer> {
    let clock: Arc<dyn Clock> = Arc::new(Follows {
        start: Instant::now(),
        at: t.clock.now(),
    });
    let mut peers = Vec::new();
    for _ in 0..n {
        let app = peer_app(t, clock.clone());
        app.instance.register().await.expect("registered");
        let (stop, stopped) = watch::channel(false);
        let mut tasks = vec![tokio::spawn(
            app.instance.clone().heartbeats(stopped.clone()),
        )];
        for role in ROLES {
            let instance = app.instance.clone();
            let task = performing.task(role);
            tasks.push(tokio::spawn(supervise(
                instance,
                role,
                stopped.clone(),
                task,
            )));
        }
        peers.push(Peer { app, stop, tasks });
    }
    peers
}

/// The one instance holding `role` among those alive; panics unless exactly one does.
fn holder(peers: &[Peer], alive: &[usize], role: Role) -> usize {
    let holding: Vec<usize> = alive
        .iter()
        .copied()
        .filter(|i| peers[*i].holds(role))
        .collect();
    assert_eq!(holding.len(), 1, "{role}: held by {holding:?}");
    holding[0]
}

#[tokio::test]
async fn one_instance_holds_each_role_and_another_takes_over_within_the_fail_over_time() {
    for n in [2, 3] {
        let t = spawn_app().await;
        tokio::time::pause();
        let performing = Arc::new(Performing::default());
        let mut peers = instances(&t, n, &performing).await;
        sleep(SECOND).await;
        let everyone: Vec<usize> = (0..n).collect();
        let first: Vec<usize> = ROLES
            .iter()
            .map(|r| holder(&peers, &everyone, *r))
            .collect();

        // The holder of the scheduler dies; the roles it held stay unheld until its leases
        // run out, then a live instance takes each within the fail-over time.
        let dead = first[3];
        peers[dead].kill();
        let alive: Vec<usize> = everyone.iter().copied().filter(|i| *i != dead).collect();
        sleep(lease::LEASE_TTL - lease::HEARTBEAT - SECOND).await;
        for (role, was) in ROLES.iter().zip(&first) {
            if *was == dead {
                assert!(
                    alive.iter().all(|i| !peers[*i].holds(*role)),
                    "{role} is not taken from an instance whose lease still runs"
                );
            }
        }
        sleep(lease::FAIL_OVER - (lease::LEASE_TTL - lease::HEARTBEAT - SECOND)).await;
        for role in ROLES {
            holder(&peers, &alive, role);
            assert_eq!(
                performing.most.lock().unwrap()[&role],
                1,
                "{role} was never performed twice at once ({n} instances)"
            );
        }
        for p in &mut peers {
            p.kill();
        }
        tokio::time::resume();
    }
}

#[tokio::test]
async fn on_sigterm_an_instance_hands_its_roles_over_at_once() {
    let t = spawn_app().await;
    tokio::time::pause();
    let performing = Arc::new(Performing::default());
    let mut peers = instances(&t, 2, &performing).await;
    sleep(SECOND).await;
    let both = [0, 1];
    let first = holder(&peers, &both, Role::Scheduler);
    let other = 1 - first;
    peers[first].terminate().await;
    let mut tx = t.store().begin().await.unwrap();
    let id = peers[first].app.instance.id.clone();
    let now = peers[first].app.ctx.clock.now();
    assert!(
        !tx.leases().alive(&id, now).await.unwrap(),
        "marked stopped"
    );
    let held = tx.leases().holders(now).await.unwrap();
    assert!(
        held.values().all(|h| **h != *id),
        "its leases are free: {held:?}"
    );
    drop(tx);
    // The peer asks again within one retry, long before the leases would have run out.
    sleep(lease::RETRY + SECOND).await;
    for role in ROLES {
        assert_eq!(holder(&peers, &[other], role), other);
        assert_eq!(performing.most.lock().unwrap()[&role], 1, "{role}");
    }
    peers[other].kill();
}

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
            let d = app2.dispatcher(chat.clone(), limits);
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

/// How many times the scheduled work ran on `app`.
fn ticks(app: &App) -> u64 {
    let text = app.metrics.render();
    text.lines()
        .find_map(|l| l.strip_prefix("haven_sweep_duration_seconds_count{sweep=\"forms\"} "))
        .map_or(0, |n| n.trim().parse().expect("a count"))
}

#[tokio::test]
async fn the_scheduled_sweeps_run_on_one_instance_and_move_on_when_it_stops() {
    let t = spawn_app().await;
    tokio::time::pause();
    let clock: Arc<dyn Clock> = Arc::new(Follows {
        start: Instant::now(),
        at: t.clock.now(),
    });
    let mut running = Vec::new();
    for _ in 0..2 {
        let app = peer_app(&t, clock.clone());
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(haven::run::scheduler(app.clone(), stopped));
        running.push((app, stop, task));
    }
    sleep(95 * SECOND).await;
    let counts: Vec<u64> = running.iter().map(|(app, ..)| ticks(app)).collect();
    let first = if counts[0] > 0 { 0 } else { 1 };
    assert_eq!(counts[first], 4, "every 30 s on one instance: {counts:?}");
    assert_eq!(counts[1 - first], 0, "and never on the other: {counts:?}");

    let (_, stop, task) = &mut running[first];
    let _ = stop.send(true);
    task.await.expect("ends").expect("cleanly");
    sleep(65 * SECOND).await;
    assert_eq!(ticks(&running[first].0), 4, "stopped");
    let taken = ticks(&running[1 - first].0);
    assert!(taken >= 2, "the other took the sweeps over: {taken}");
    let _ = running[1 - first].1.send(true);
}
