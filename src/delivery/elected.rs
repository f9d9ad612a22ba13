//! One elected instance at a time: this Haven instance among those sharing the database
//! ([`Instance`]: registered, heartbeating, holding leases), and the supervisor that runs a
//! role's task only while this instance holds the role's lease ([`supervise`]).
//!
//! The timings are `core::lease`'s. A role's task is started when the lease is won and stopped
//! through its own stop channel when a renewal fails or the lease was taken (the task's
//! in-flight work finishes first: a dispatcher settles what it sent); the lease is then given
//! up. A lone instance wins every lease at its first try, so one Haven behaves as before.
//!
//! This module never sends a message and never reads the wall clock: lease times come from the
//! app's clock, pauses from tokio's timer.

use crate::core::clock::Clock;
use crate::core::fault::{StoreError, StoreResult};
use crate::core::lease::{self, Role};
use crate::core::store::{Store, Tx};
use chrono::{DateTime, Utc};
use std::collections::BTreeSet;
use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};
use tokio::sync::watch;
use tokio::time::{sleep, sleep_until, timeout_at, Instant};

/// This Haven instance among those sharing the database.
#[derive(Clone)]
pub struct Instance {
    /// The instance's random id: on the outbox rows its dispatchers claim and its leases.
    pub id: Arc<str>,
    store: Arc<dyn Store>,
    clock: Arc<dyn Clock>,
    state: Arc<Mutex<State>>,
}

#[derive(Default)]
struct State {
    held: BTreeSet<Role>,
    last_heartbeat: Option<DateTime<Utc>>,
}

impl Instance {
    /// A new instance (a fresh random id) on `store`, its lease times read from `clock`; not
    /// yet registered.
    pub fn new(store: Arc<dyn Store>, clock: Arc<dyn Clock>) -> Instance {
        use rand::distributions::{Alphanumeric, DistString};
        let id = Alphanumeric.sample_string(&mut rand::thread_rng(), 16);
        Instance {
            id: id.into(),
            store,
            clock,
            state: Arc::default(),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Records this instance as started on this machine, and alive now.
    pub async fn register(&self) -> anyhow::Result<()> {
        let now = self.clock.now();
        let mut tx = self.store.begin_leases().await?;
        tx.leases()
            .register_instance(&self.id, &host(), now)
            .await?;
        tx.commit().await?;
        self.state().last_heartbeat = Some(now);
        Ok(())
    }

    /// Records that this instance is alive; false when it could not (the database did not
    /// answer, or the instance was marked stopped).
    pub async fn heartbeat(&self) -> bool {
        let now = self.clock.now();
        let beat = async {
            let mut tx = self.store.begin_leases().await?;
            let alive = tx.leases().heartbeat(&self.id, now).await?;
            tx.commit().await?;
            anyhow::Ok(alive)
        };
        match beat.await {
            Ok(true) => {
                self.state().last_heartbeat = Some(now);
                true
            }
            Ok(false) => false,
            Err(e) => {
                tracing::warn!(error = %format!("{e:#}"), "could not record this instance's heartbeat");
                false
            }
        }
    }

    /// Heartbeats every [`lease::HEARTBEAT`] until `stop` turns true.
    pub async fn heartbeats(self, mut stop: watch::Receiver<bool>) {
        loop {
            tokio::select! {
                _ = sleep(lease::HEARTBEAT) => { self.heartbeat().await; }
                _ = stopped(&mut stop) => return,
            }
        }
    }

    /// True when this instance heartbeated within [`lease::DEAD_AFTER`].
    pub fn heartbeating(&self) -> bool {
        let dead_after = chrono::Duration::from_std(lease::DEAD_AFTER).unwrap_or_default();
        self.state()
            .last_heartbeat
            .is_some_and(|t| self.clock.now() - t <= dead_after)
    }

    /// Takes or renews the role's lease; false (and the role counted as not held) when another
    /// instance holds it or the database did not answer.
    pub async fn hold(&self, role: Role) -> bool {
        let now = self.clock.now();
        let take = async {
            let mut tx = self.store.begin_leases().await?;
            let held = tx
                .leases()
                .acquire(&role.name(), &self.id, now, lease::LEASE_TTL)
                .await?;
            tx.commit().await?;
            anyhow::Ok(held)
        };
        let held = take.await.unwrap_or_else(|e| {
            tracing::warn!(%role, error = %format!("{e:#}"), "could not renew a lease; giving up the role");
            false
        });
        let mut state = self.state();
        if held {
            state.held.insert(role);
        } else {
            state.held.remove(&role);
        }
        held
    }

    /// Gives up the role's lease, so that a peer takes it at once.
    pub async fn let_go(&self, role: Role) {
        self.state().held.remove(&role);
        let release = async {
            let mut tx = self.store.begin_leases().await?;
            tx.leases().release(&role.name(), &self.id).await?;
            tx.commit().await?;
            anyhow::Ok(())
        };
        if let Err(e) = release.await {
            tracing::warn!(%role, error = %format!("{e:#}"), "could not give up a lease; it runs out by itself");
        }
    }

    /// The roles this instance holds now.
    pub fn roles(&self) -> BTreeSet<Role> {
        self.state().held.clone()
    }

    /// The store as this instance may use it for `role`'s work: every transaction first checks,
    /// in itself, that this instance still holds the role's lease, and is refused with
    /// [`lease::LeaseLost`] when it does not. A peer takes a lease in a transaction too, and
    /// the engines run writing transactions one at a time, so nothing the fenced transaction
    /// writes can land after a peer took over.
    pub fn fenced(&self, role: Role) -> Arc<dyn Store> {
        Arc::new(Fenced {
            instance: self.clone(),
            role,
        })
    }

    /// Marks this instance stopped and gives up every lease it still holds.
    pub async fn stop(&self) -> anyhow::Result<()> {
        let now = self.clock.now();
        let mut tx = self.store.begin_leases().await?;
        tx.leases().stop_instance(&self.id, now).await?;
        tx.commit().await?;
        let mut state = self.state();
        state.held.clear();
        state.last_heartbeat = None;
        Ok(())
    }
}

/// The store behind [`Instance::fenced`].
struct Fenced {
    instance: Instance,
    role: Role,
}

#[async_trait::async_trait]
impl Store for Fenced {
    async fn begin(&self) -> StoreResult<Box<dyn Tx>> {
        let me = &self.instance;
        let mut tx = me.store.begin().await?;
        let now = me.clock.now();
        if tx.leases().holds(&self.role.name(), &me.id, now).await? {
            Ok(tx)
        } else {
            Err(StoreError::engine(lease::LeaseLost(self.role)))
        }
    }
}

/// True when `e`, or an error it was caused by, is a fenced transaction refused because this
/// instance no longer holds the role's lease.
pub fn lease_lost(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.is::<lease::LeaseLost>()
            || matches!(c.downcast_ref::<StoreError>(),
                Some(StoreError::Engine(inner)) if inner.is::<lease::LeaseLost>())
    })
}

/// The machine's name, for the operators' eyes only.
fn host() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .or_else(|| std::env::var("HOSTNAME").ok())
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "unknown".into())
}

/// How long after a renewal was asked for the role is surely still this instance's: the
/// lease's life less one heartbeat.
const SURE: std::time::Duration = lease::LEASE_TTL.saturating_sub(lease::HEARTBEAT);

/// Runs `start`'s task while this instance holds `role`, until `stop` turns true; then stops
/// the task, waits for it and gives up the lease. `start` is given the task's own stop
/// channel. A task that ends by itself gives up the lease too, and is started again once the
/// lease is won again.
pub async fn supervise<F, T>(
    instance: Instance,
    role: Role,
    mut stop: watch::Receiver<bool>,
    mut start: F,
) where
    F: FnMut(watch::Receiver<bool>) -> T,
    T: Future<Output = ()> + Send + 'static,
{
    // A dropped stop channel stops the supervisor as `true` does.
    let mut quit = *stop.borrow();
    while !quit {
        let asked = Instant::now();
        // The role is this instance's only while its lease runs: the task runs only until
        // `SURE` after the last renewal asked for, unless a later one is confirmed by then
        // (a slow database or a starved process must not leave it running after the lease
        // ran out and a peer took it). An answer that comes after that is too late to act on.
        let mut sure_until = asked + SURE;
        if instance.hold(role).await && Instant::now() < sure_until {
            tracing::info!(%role, "this instance took the role");
            let mut renew_at = asked + lease::HEARTBEAT;
            let (stop_task, task_stopped) = watch::channel(false);
            let mut task = tokio::spawn(start(task_stopped));
            let mut ended = false;
            loop {
                tokio::select! {
                    _ = sleep_until(renew_at) => {
                        let asked = Instant::now();
                        match timeout_at(sure_until, instance.hold(role)).await {
                            Ok(true) if Instant::now() < asked + SURE => {
                                sure_until = asked + SURE;
                                renew_at = asked + lease::HEARTBEAT;
                            }
                            _ => {
                                tracing::warn!(%role, "this instance lost the role");
                                break;
                            }
                        }
                    },
                    _ = &mut task => { ended = true; break }
                    _ = stopped(&mut stop) => { quit = true; break }
                }
            }
            let _ = stop_task.send(true);
            if !ended {
                let _ = task.await;
            }
            instance.let_go(role).await;
        } else if instance.roles().contains(&role) {
            tracing::warn!(%role, "the role's lease was won too late to be sure of; giving it up");
            instance.let_go(role).await;
        }
        if !quit {
            tokio::select! {
                _ = sleep(lease::RETRY) => {}
                _ = stopped(&mut stop) => quit = true,
            }
        }
    }
}

/// Resolves once `stop` turns true or its sender is gone.
async fn stopped(stop: &mut watch::Receiver<bool>) {
    let _ = stop.wait_for(|s| *s).await;
}
