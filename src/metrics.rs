//! Haven's metrics in the Prometheus text format (`prometheus-client`): deliveries per
//! platform, the outbox's backlog, how long each scheduled sweep took, and which elected roles
//! this instance holds. `haven run` serves them at `/metrics` when `[ops] listen` is set.
//!
//! Labels are only ever a platform's name, a sweep's name or a role's name: never a person, a
//! chat, an address or any content.

use crate::core::ids::Platform;
use crate::core::lease::{Backlog, Role};
use chrono::{DateTime, Utc};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{exponential_buckets, Histogram};
use prometheus_client::registry::Registry;
use std::collections::BTreeSet;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

/// How one delivery attempt ended, as counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Sent,
    /// Put back to be tried again (the platform's retry-after, or a temporary failure).
    Retried,
    /// Failed for good.
    Failed,
    /// Sent or tried, but not recorded: the row had been recovered from this instance (judged
    /// dead meanwhile), so a peer's recovery stands.
    Dropped,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PlatformLabel {
    platform: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct SweepLabel {
    sweep: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RoleLabel {
    role: String,
}

/// The metrics of one Haven instance.
pub struct Metrics {
    registry: Registry,
    sent: Family<PlatformLabel, Counter>,
    retried: Family<PlatformLabel, Counter>,
    failed: Family<PlatformLabel, Counter>,
    dropped: Family<PlatformLabel, Counter>,
    queued: Family<PlatformLabel, Gauge>,
    oldest: Gauge<f64, AtomicU64>,
    sweeps: Family<SweepLabel, Histogram>,
    roles: Family<RoleLabel, Gauge>,
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    /// Every metric registered, at zero.
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("haven");
        let sent = Family::<PlatformLabel, Counter>::default();
        let retried = Family::<PlatformLabel, Counter>::default();
        let failed = Family::<PlatformLabel, Counter>::default();
        let dropped = Family::<PlatformLabel, Counter>::default();
        let queued = Family::<PlatformLabel, Gauge>::default();
        let oldest = Gauge::<f64, AtomicU64>::default();
        let sweeps = Family::<SweepLabel, Histogram>::new_with_constructor(|| {
            Histogram::new(exponential_buckets(0.001, 4.0, 10))
        });
        let roles = Family::<RoleLabel, Gauge>::default();
        registry.register(
            "messages_sent",
            "Outbox rows a platform accepted",
            sent.clone(),
        );
        registry.register(
            "messages_retried",
            "Outbox rows put back to be tried again",
            retried.clone(),
        );
        registry.register(
            "messages_failed",
            "Outbox rows that failed for good",
            failed.clone(),
        );
        registry.register(
            "late_outcomes_dropped",
            "Outcomes not recorded because the row had been recovered from this instance",
            dropped.clone(),
        );
        registry.register(
            "messages_queued",
            "Outbox rows not yet settled",
            queued.clone(),
        );
        registry.register(
            "oldest_undelivered_seconds",
            "Age of the oldest outbox row due and not yet settled",
            oldest.clone(),
        );
        registry.register(
            "sweep_duration_seconds",
            "How long each scheduled sweep took",
            sweeps.clone(),
        );
        registry.register(
            "role_held",
            "1 for each elected role this instance holds",
            roles.clone(),
        );
        Metrics {
            registry,
            sent,
            retried,
            failed,
            dropped,
            queued,
            oldest,
            sweeps,
            roles,
        }
    }

    /// Counts one delivery attempt on `platform`.
    pub fn delivered(&self, platform: Platform, how: Delivery) {
        let label = PlatformLabel {
            platform: platform.as_str().into(),
        };
        let family = match how {
            Delivery::Sent => &self.sent,
            Delivery::Retried => &self.retried,
            Delivery::Failed => &self.failed,
            Delivery::Dropped => &self.dropped,
        };
        family.get_or_create(&label).inc();
    }

    /// Records how long the scheduled work `sweep` took.
    pub fn sweep(&self, sweep: &str, took: Duration) {
        let label = SweepLabel {
            sweep: sweep.into(),
        };
        self.sweeps
            .get_or_create(&label)
            .observe(took.as_secs_f64());
    }

    /// Sets what is read at a scrape: the backlog at `now` and the roles held.
    pub fn observe(&self, backlog: &Backlog, now: DateTime<Utc>, held: &BTreeSet<Role>) {
        for p in Platform::ALL {
            let n = backlog.pending.get(p.as_str()).copied().unwrap_or(0);
            let label = PlatformLabel {
                platform: p.as_str().into(),
            };
            self.queued
                .get_or_create(&label)
                .set(i64::try_from(n).unwrap_or(i64::MAX));
        }
        let age = backlog.oldest.map_or(0.0, |t| {
            (now - t).to_std().unwrap_or_default().as_secs_f64()
        });
        self.oldest.set(age);
        let mut every: Vec<Role> = Platform::ALL.into_iter().map(Role::Sender).collect();
        every.extend([Role::TelegramPoller, Role::DiscordGateway, Role::Scheduler]);
        for role in every {
            let label = RoleLabel { role: role.name() };
            self.roles
                .get_or_create(&label)
                .set(i64::from(held.contains(&role)));
        }
    }

    /// Everything, in the text format.
    pub fn render(&self) -> String {
        let mut out = String::new();
        if let Err(e) = prometheus_client::encoding::text::encode(&mut out, &self.registry) {
            tracing::warn!(error = %e, "could not write the metrics");
        }
        out
    }
}
