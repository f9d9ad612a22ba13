//! Several Haven instances on one database (here in one process, sharing one store): one
//! elected holder per role, fail-over within `lease::FAIL_OVER` when the holder dies, the
//! scheduled sweeps on one instance, and hand-over on SIGTERM. Delivery: `delivery`.
//!
//! tokio's clock is paused once the store is open: it moves only when every task waits on a timer, straight to the
//! next one. The instances' lease times follow it ([`Follows`]), so "15 s" below is the
//! leases' time, not the machine's.

mod delivery;
mod fencing;
mod slow;

use crate::support::{spawn_app, TestApp};
use chrono::{DateTime, Utc};
use haven::app::App;
use haven::core::clock::Clock;
use haven::core::ids::Platform;
use haven::core::lease::{self, Role};
use haven::delivery::elected::supervise;
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
