//! [`LeaseTx`] for SQLite: running instances (`instances`), named leases (`leases`), and the
//! outbox's backlog for the metrics.
//!
//! Every statement is portable SQL (`$n` parameters, `ON CONFLICT … DO UPDATE … WHERE`,
//! `RETURNING`), times RFC 3339 text as everywhere. A lease is taken or renewed by one
//! statement, so two instances asking at once cannot both win. Nothing here reads a person's
//! data or any chat's address.

use super::codec::{parse_ts, ts};
use super::sql::{self, first};
use super::tx::SqlTx;
use crate::core::lease::{Backlog, LeaseTx, DEAD_AFTER};
use crate::core::store::Result;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;
use std::time::Duration;

/// The last heartbeat an instance alive at `now` may have given.
pub(super) fn alive_since(now: DateTime<Utc>) -> String {
    let dead_after = chrono::Duration::from_std(DEAD_AFTER).unwrap_or(chrono::Duration::MAX);
    ts(now - dead_after)
}

/// The condition that `claimed_by` names an instance alive at `$cutoff` (a parameter name,
/// such as `$5`): heartbeaten since then and not stopped.
pub(super) fn claimed_by_live(cutoff: &str) -> String {
    format!(
        "claimed_by IN (SELECT id FROM instances WHERE stopped_at IS NULL \
         AND heartbeat_at >= {cutoff})"
    )
}

#[async_trait]
impl LeaseTx for SqlTx {
    async fn register_instance(&mut self, id: &str, host: &str, now: DateTime<Utc>) -> Result<()> {
        let now = ts(now);
        sql::execute(
            self.c(),
            "INSERT INTO instances (id, host, started_at, heartbeat_at) VALUES ($1, $2, $3, $3) \
             ON CONFLICT (id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at, \
             stopped_at = NULL",
            &[&id, &host, &now],
        )
        .await?;
        Ok(())
    }

    async fn heartbeat(&mut self, id: &str, now: DateTime<Utc>) -> Result<bool> {
        let n = sql::execute(
            self.c(),
            "UPDATE instances SET heartbeat_at = $2 WHERE id = $1 AND stopped_at IS NULL",
            &[&id, &ts(now)],
        )
        .await?;
        Ok(n == 1)
    }

    async fn alive(&mut self, id: &str, now: DateTime<Utc>) -> Result<bool> {
        Ok(sql::one(
            self.c(),
            "SELECT EXISTS (SELECT 1 FROM instances WHERE id = $1 AND stopped_at IS NULL \
             AND heartbeat_at >= $2)",
            &[&id, &alive_since(now)],
            first,
        )
        .await?)
    }

    async fn stop_instance(&mut self, id: &str, now: DateTime<Utc>) -> Result<()> {
        sql::execute(
            self.c(),
            "UPDATE instances SET stopped_at = $2 WHERE id = $1",
            &[&id, &ts(now)],
        )
        .await?;
        sql::execute(self.c(), "DELETE FROM leases WHERE holder = $1", &[&id]).await?;
        Ok(())
    }

    async fn acquire(
        &mut self,
        name: &str,
        holder: &str,
        now: DateTime<Utc>,
        ttl: Duration,
    ) -> Result<bool> {
        let ttl = chrono::Duration::from_std(ttl).map_err(anyhow::Error::from)?;
        let held: Option<String> = sql::optional(
            self.c(),
            "INSERT INTO leases (name, holder, expires_at) VALUES ($1, $2, $3) \
             ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, \
             expires_at = excluded.expires_at \
             WHERE leases.holder = excluded.holder OR leases.expires_at <= $4 \
             RETURNING holder",
            &[&name, &holder, &ts(now + ttl), &ts(now)],
            first,
        )
        .await?;
        Ok(held.as_deref() == Some(holder))
    }

    async fn holds(&mut self, name: &str, holder: &str, now: DateTime<Utc>) -> Result<bool> {
        Ok(sql::one(
            self.c(),
            "SELECT EXISTS (SELECT 1 FROM leases WHERE name = $1 AND holder = $2 \
             AND expires_at > $3)",
            &[&name, &holder, &ts(now)],
            first,
        )
        .await?)
    }

    async fn release(&mut self, name: &str, holder: &str) -> Result<()> {
        sql::execute(
            self.c(),
            "DELETE FROM leases WHERE name = $1 AND holder = $2",
            &[&name, &holder],
        )
        .await?;
        Ok(())
    }

    async fn holders(&mut self, now: DateTime<Utc>) -> Result<BTreeMap<String, String>> {
        let rows: Vec<(String, String)> = sql::all(
            self.c(),
            "SELECT name, holder FROM leases WHERE expires_at > $1 ORDER BY name",
            &[&ts(now)],
            sql::tuple,
        )
        .await?;
        Ok(rows.into_iter().collect())
    }

    async fn backlog(&mut self, now: DateTime<Utc>) -> Result<Backlog> {
        let rows: Vec<(String, i64)> = sql::all(
            self.c(),
            "SELECT platform, COUNT(*) FROM outbox WHERE status = 'pending' GROUP BY platform",
            &[],
            sql::tuple,
        )
        .await?;
        let oldest: Option<String> = sql::one(
            self.c(),
            "SELECT MIN(created_at) FROM outbox WHERE status = 'pending' \
             AND next_attempt_at <= $1",
            &[&ts(now)],
            first,
        )
        .await?;
        Ok(Backlog {
            pending: rows
                .into_iter()
                .map(|(p, n)| (p, u64::try_from(n).unwrap_or(0)))
                .collect(),
            oldest: oldest.as_deref().map(parse_ts).transpose()?,
        })
    }
}
