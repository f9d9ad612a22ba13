//! Several Haven instances on one database: which instances are alive, and which one holds each
//! elected role. The timings live here, in one place; the README's operations section states
//! the fail-over time they give ([`FAIL_OVER`]).
//!
//! An instance registers itself when it starts and heartbeats every [`HEARTBEAT`]; one that has
//! not heartbeaten for [`DEAD_AFTER`] (or said it stopped) is dead, and only then may another
//! instance recover the outbox rows it left claimed. A role is a named lease: taken in one
//! atomic statement when free, expired or already ours, renewed on every heartbeat for
//! [`LEASE_TTL`], and given up at once when a renewal fails. A follower asks again every
//! [`RETRY`].
//!
//! This module is a leaf: types, timings and the storage port's lease part. It reads no clock
//! and runs nothing.

use super::fault::StoreResult as Result;
use super::ids::Platform;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use std::fmt;
use std::time::Duration;

/// How often a running instance heartbeats and renews the leases it holds.
pub const HEARTBEAT: Duration = Duration::from_secs(5);
/// An instance whose last heartbeat is older than this is dead: three heartbeats missed.
pub const DEAD_AFTER: Duration = Duration::from_secs(15);
/// How long a lease holds without renewal.
pub const LEASE_TTL: Duration = Duration::from_secs(15);
/// How often an instance that does not hold a role asks for it again.
pub const RETRY: Duration = Duration::from_secs(5);
/// The longest a role goes unheld after its holder dies: the lease runs out, then a follower's
/// next try takes it.
pub const FAIL_OVER: Duration = Duration::from_secs(LEASE_TTL.as_secs() + RETRY.as_secs());

/// A role one instance at a time performs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Role {
    /// Sending a platform's outbox: so its rate limits and each chat's order hold across
    /// instances exactly as with one.
    Sender(Platform),
    /// Asking Telegram for updates (long polling). A webhook is served by every instance.
    TelegramPoller,
    /// The Discord gateway connection.
    DiscordGateway,
    /// The scheduled sweeps.
    Scheduler,
}

impl Role {
    /// The lease's stored name, also the role's label in the metrics.
    pub fn name(self) -> String {
        match self {
            Role::Sender(p) => format!("sender:{}", p.as_str()),
            Role::TelegramPoller => "telegram-poller".into(),
            Role::DiscordGateway => "discord-gateway".into(),
            Role::Scheduler => "scheduler".into(),
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name())
    }
}

/// A fenced transaction was refused: this instance no longer holds the role's lease (it ran
/// out, or a peer took it), so the work is left to the instance that holds it now.
#[derive(Debug, thiserror::Error)]
#[error("this instance no longer holds the {0} lease")]
pub struct LeaseLost(pub Role);

/// The outbox's backlog, for the metrics: nothing about any person or chat.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Backlog {
    /// Rows not yet settled, per platform (stored name).
    pub pending: BTreeMap<String, u64>,
    /// When the oldest row due and not yet settled was queued.
    pub oldest: Option<DateTime<Utc>>,
}

/// Instances and leases in storage, in the caller's transaction.
#[async_trait]
pub trait LeaseTx: Send {
    /// Records a starting instance (a fresh random id, the machine's name).
    async fn register_instance(&mut self, id: &str, host: &str, now: DateTime<Utc>) -> Result<()>;
    /// Records that the instance is alive at `now`; false when it is unknown or stopped.
    async fn heartbeat(&mut self, id: &str, now: DateTime<Utc>) -> Result<bool>;
    /// True when the instance has heartbeaten within [`DEAD_AFTER`] of `now` and not stopped.
    async fn alive(&mut self, id: &str, now: DateTime<Utc>) -> Result<bool>;
    /// Marks the instance stopped and gives up every lease it holds.
    async fn stop_instance(&mut self, id: &str, now: DateTime<Utc>) -> Result<()>;
    /// Takes the lease `name` for `holder` until `now + ttl` when it is free, expired or
    /// already `holder`'s (then it is renewed), in one statement; true when `holder` holds it.
    async fn acquire(
        &mut self,
        name: &str,
        holder: &str,
        now: DateTime<Utc>,
        ttl: Duration,
    ) -> Result<bool>;
    /// True when `holder` holds the lease `name` and it has not expired at `now`: the check a
    /// fenced transaction makes before anything else, so that its writes count only while the
    /// lease is its instance's.
    async fn holds(&mut self, name: &str, holder: &str, now: DateTime<Utc>) -> Result<bool>;
    /// Gives up the lease `name` if `holder` holds it.
    async fn release(&mut self, name: &str, holder: &str) -> Result<()>;
    /// Who holds each lease that has not expired at `now`, by name.
    async fn holders(&mut self, now: DateTime<Utc>) -> Result<BTreeMap<String, String>>;
    /// The outbox's backlog at `now`.
    async fn backlog(&mut self, now: DateTime<Utc>) -> Result<Backlog>;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_have_stable_names_and_fail_over_is_ttl_plus_one_retry() {
        let names: Vec<String> = [
            Role::Sender(Platform::Telegram),
            Role::Sender(Platform::Discord),
            Role::TelegramPoller,
            Role::DiscordGateway,
            Role::Scheduler,
        ]
        .iter()
        .map(|r| r.name())
        .collect();
        assert_eq!(
            names,
            [
                "sender:telegram",
                "sender:discord",
                "telegram-poller",
                "discord-gateway",
                "scheduler"
            ]
        );
        assert_eq!(FAIL_OVER, Duration::from_secs(20));
        assert!(
            HEARTBEAT < LEASE_TTL && HEARTBEAT < DEAD_AFTER,
            "renewed in time"
        );
    }
}
