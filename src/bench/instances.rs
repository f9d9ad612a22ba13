//! `haven bench broadcast --instances N`: the broadcast delivered by N Haven instances sharing
//! the database, as `haven run` on N machines would: each instance opens its own store (its own
//! connections), registers and heartbeats, and asks for each platform's sender lease; the
//! instance holding a platform's lease runs its dispatcher. Each runs on its own tokio runtime
//! in its own thread, so killing one (`--kill-at`) drops every task it had, mid-send, with no
//! hand-over: as SIGKILL would, its leases run out and its claims wait for it to be judged dead.
//!
//! Prints each instance's share of the messages and, after a kill, how long each platform went
//! without a message (the fail-over). Figures, not assertions; never used by `haven run`.

use super::fake::FakePlatform;
use crate::app::App;
use crate::core::clock::{Clock, SystemClock};
use crate::core::ids::Platform;
use crate::core::lease::Role;
use crate::core::settings::Settings;
use crate::core::store::Address;
use crate::crypto::{Cipher, Key};
use crate::delivery::elected::supervise;
use crate::delivery::limits::RateLimits;
use crate::delivery::{Rendered, SendError, Transport};
use async_trait::async_trait;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{oneshot, watch};

/// What a node is told to do at the end.
enum End {
    /// Hand over as on SIGTERM: stop the dispatchers, give up the leases, mark it stopped.
    Stop,
    /// Drop everything at once, as SIGKILL would.
    Kill,
}

/// One Haven instance of the benchmark, on its own thread and runtime.
pub(super) struct Node {
    /// The instance's id, as on its leases.
    pub id: String,
    /// Messages this instance's dispatchers handed to a platform.
    pub sent: Arc<AtomicU64>,
    end: Option<oneshot::Sender<End>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

/// The pieces every node shares.
pub(super) struct Shared<'a> {
    pub url: &'a str,
    pub key: &'a Key,
    pub settings: &'a Settings,
    pub fakes: &'a [FakePlatform; 2],
    pub limits: &'a [RateLimits; 2],
}

impl Node {
    /// Starts an instance: opens the store, registers, heartbeats and asks for both senders.
    pub fn start(s: &Shared<'_>) -> anyhow::Result<Node> {
        let sent = Arc::new(AtomicU64::new(0));
        let (ready_tx, ready) = std::sync::mpsc::channel::<anyhow::Result<String>>();
        let (end, ended) = oneshot::channel();
        let (url, key, settings) = (s.url.to_string(), s.key.clone(), s.settings.clone());
        let senders: Vec<(Tally, RateLimits)> = s
            .fakes
            .iter()
            .zip(s.limits)
            .map(|(f, l)| {
                let tally = Tally {
                    fake: f.clone(),
                    sent: sent.clone(),
                };
                (tally, l.clone())
            })
            .collect();
        let thread = std::thread::spawn(move || {
            let runtime = match tokio::runtime::Builder::new_multi_thread()
                .worker_threads(1)
                .enable_all()
                .build()
            {
                Ok(r) => r,
                Err(e) => {
                    let _ = ready_tx.send(Err(e.into()));
                    return;
                }
            };
            runtime.block_on(run(url, key, settings, senders, ready_tx, ended));
            // A kill leaves every task where it was; a stop has already handed over.
            runtime.shutdown_background();
        });
        let id = ready
            .recv()
            .map_err(|_| anyhow::anyhow!("a benchmark instance did not start"))??;
        Ok(Node {
            id,
            sent,
            end: Some(end),
            thread: Some(thread),
        })
    }

    /// Ends the instance as `how` says and waits for its thread.
    fn end(&mut self, how: End) {
        if let Some(end) = self.end.take() {
            let _ = end.send(how);
        }
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }

    /// Kills the instance: no hand-over.
    pub fn kill(&mut self) {
        self.end(End::Kill);
    }

    /// Stops the instance as on SIGTERM.
    pub fn stop(&mut self) {
        self.end(End::Stop);
    }
}

/// The instance's life on its own runtime.
async fn run(
    url: String,
    key: Key,
    settings: Settings,
    senders: Vec<(Tally, RateLimits)>,
    ready: std::sync::mpsc::Sender<anyhow::Result<String>>,
    ended: oneshot::Receiver<End>,
) {
    let started = async {
        let store = crate::store::open(&url, Cipher::new(key.clone())).await?;
        let app = App::new(store, Arc::new(SystemClock), settings, key.link_key())?;
        app.instance.register().await?;
        anyhow::Ok(app)
    };
    let app = match started.await {
        Ok(app) => app,
        Err(e) => {
            let _ = ready.send(Err(e));
            return;
        }
    };
    let (stop, stopped) = watch::channel(false);
    let mut tasks = vec![tokio::spawn(
        app.instance.clone().heartbeats(stopped.clone()),
    )];
    for (tally, limits) in senders {
        let role = Role::Sender(tally.platform());
        let app2 = app.clone();
        let transport: Arc<dyn Transport> = Arc::new(tally);
        let start = move |task_stopped| {
            let d = app2.sender(transport.clone(), limits.clone());
            d.run(app2.wake.clone(), task_stopped, Duration::from_millis(20))
        };
        tasks.push(tokio::spawn(supervise(
            app.instance.clone(),
            role,
            stopped.clone(),
            start,
        )));
    }
    let _ = ready.send(Ok(app.instance.id.to_string()));
    match ended.await {
        Ok(End::Kill) => {}
        Ok(End::Stop) | Err(_) => {
            let _ = stop.send(true);
            for t in tasks {
                let _ = t.await;
            }
            let _ = app.instance.stop().await;
        }
    }
}

impl Drop for Node {
    fn drop(&mut self) {
        self.stop();
    }
}

/// The shared fake platform, counting what this instance handed to it.
#[derive(Clone)]
struct Tally {
    fake: FakePlatform,
    sent: Arc<AtomicU64>,
}

#[async_trait]
impl Transport for Tally {
    fn platform(&self) -> Platform {
        self.fake.platform()
    }

    async fn send(&self, msg: &Rendered) -> Result<Option<String>, SendError> {
        self.sent.fetch_add(1, Ordering::Relaxed);
        self.fake.send(msg).await
    }

    async fn remove(&self, address: &Address, message_id: &str) -> Result<(), SendError> {
        self.fake.remove(address, message_id).await
    }
}

/// Which node holds `platform`'s sender lease now, if any.
pub(super) async fn sender_of(
    store: &dyn crate::core::store::Store,
    nodes: &[Node],
    platform: Platform,
) -> anyhow::Result<Option<usize>> {
    let mut tx = store.begin().await?;
    let holders = tx.leases().holders(SystemClock.now()).await?;
    tx.commit().await?;
    let holder = holders.get(&Role::Sender(platform).name());
    Ok(holder.and_then(|h| nodes.iter().position(|n| &n.id == h)))
}

/// Delivers the queued broadcast with `--instances` nodes, kills the Telegram sender's node at
/// `--kill-at`, and prints the figures of the single-instance run, each instance's share and
/// the fail-over.
pub(super) async fn deliver(
    o: &crate::cli::BroadcastBench,
    app: &App,
    shared: &Shared<'_>,
    queued: u64,
) -> anyhow::Result<()> {
    use super::broadcast::{check, cpu_time, delivered, report_cpu, report_rates, say};
    let i18n = app.i18n.clone();
    let store = app.ctx.store.clone();
    let cpu_before = cpu_time();
    let wall = std::time::Instant::now();
    let mut nodes = Vec::with_capacity(o.instances);
    for _ in 0..o.instances {
        nodes.push(Node::start(shared)?);
    }
    let mut killed = None;
    let mut fail_over = Vec::new();
    if o.kill_at > 0.0 {
        let target = (o.kill_at.min(1.0) * queued as f64) as u64;
        while delivered(shared.fakes) < target {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        if let Some(k) = sender_of(store.as_ref(), &nodes, Platform::Telegram).await? {
            let mut held = Vec::new();
            for (i, fake) in shared.fakes.iter().enumerate() {
                if sender_of(store.as_ref(), &nodes, fake.platform()).await? == Some(k) {
                    held.push(i);
                }
            }
            let at_kill: Vec<u64> = shared.fakes.iter().map(|f| f.total()).collect();
            nodes[k].kill();
            let killed_at = std::time::Instant::now();
            killed = Some((k, delivered(shared.fakes)));
            // Each platform the node sent on is silent until a peer holds its lease.
            while !held.is_empty() {
                let pending = pending(store.as_ref()).await?;
                held.retain(|&i| {
                    let fake = &shared.fakes[i];
                    let moved = fake.total() > at_kill[i];
                    if moved || pending == 0 {
                        fail_over.push((fake.platform_name(), moved.then(|| killed_at.elapsed())));
                    }
                    !(moved || pending == 0)
                });
                tokio::time::sleep(Duration::from_millis(5)).await;
            }
        }
    }
    while pending(store.as_ref()).await? > 0 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let wall = wall.elapsed();
    let cpu = cpu_time().zip(cpu_before).map(|(a, b)| a.saturating_sub(b));
    for n in &mut nodes {
        n.stop();
    }

    report_rates(&i18n, shared.fakes, shared.limits);
    let total = delivered(shared.fakes).max(1);
    for (i, n) in nodes.iter().enumerate() {
        let sent = n.sent.load(Ordering::Relaxed);
        let state = match killed {
            Some((k, _)) if k == i => "killed",
            _ => "running",
        };
        let args = [
            ("instance", (i + 1).to_string()),
            ("sent", sent.to_string()),
            (
                "percent",
                format!("{:.1}", 100.0 * sent as f64 / total as f64),
            ),
            ("state", state.to_string()),
        ];
        say(&i18n, "b-bench-instance", &args);
    }
    if let Some((k, at_kill)) = killed {
        for (platform, took) in fail_over {
            let args = [
                ("instance", (k + 1).to_string()),
                ("sent", at_kill.to_string()),
                ("platform", platform.to_string()),
                (
                    "seconds",
                    took.map_or("-".into(), |t| format!("{:.1}", t.as_secs_f64())),
                ),
            ];
            say(&i18n, "b-bench-failover", &args);
        }
    }
    check(&i18n, app, shared.fakes, o.recipients).await?;
    report_cpu(&i18n, shared.fakes, cpu, wall);
    Ok(())
}

/// Rows not yet settled. The transaction is committed, not dropped: on PostgreSQL a dropped
/// transaction is rolled back only when its connection is next used, and until then it keeps
/// the database's advisory lock from the instances.
async fn pending(store: &dyn crate::core::store::Store) -> anyhow::Result<u64> {
    let mut tx = store.begin().await?;
    let n = tx.pending_count().await?;
    tx.commit().await?;
    Ok(n)
}
