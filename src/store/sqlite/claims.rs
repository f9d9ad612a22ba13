//! Claims on outbox rows: a dispatcher marks the rows it is about to hand to a platform, so
//! that a row cancelled meanwhile is not sent, and a row left claimed by a dispatcher that died
//! mid-send is recognised on restart.
//!
//! A claimed row is still `pending`; `claimed_by` names the dispatcher instance. Recovery
//! settles a dead dispatcher's at-most-once rows as failed ("interrupted"), since they may
//! already have reached the platform, and releases the others to be sent again.

use super::codec::ts;
use crate::core::ids::Platform;
use crate::core::store::{Recovered, INTERRUPTED};
use anyhow::Result;
use chrono::{DateTime, Utc};
use sqlx::sqlite::SqliteConnection;

/// Claims those of `ids` that are pending and unclaimed; returns the ids claimed.
pub(super) async fn claim(
    c: &mut SqliteConnection,
    ids: &[i64],
    by: &str,
    now: DateTime<Utc>,
) -> Result<Vec<i64>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let params: Vec<String> = (0..ids.len()).map(|i| format!("${}", i + 3)).collect();
    let sql = format!(
        "UPDATE outbox SET claimed_by = $1, claimed_at = $2 WHERE status = 'pending' \
         AND claimed_by IS NULL AND id IN ({}) RETURNING id",
        params.join(", ")
    );
    let mut q = sqlx::query_scalar::<_, i64>(&sql).bind(by).bind(ts(now));
    for id in ids {
        q = q.bind(id);
    }
    Ok(q.fetch_all(c).await?)
}

/// Settles or releases the rows on `platform` that other dispatchers than `by` left claimed.
pub(super) async fn recover(
    c: &mut SqliteConnection,
    platform: Platform,
    by: &str,
    now: DateTime<Utc>,
) -> Result<Recovered> {
    let interrupted = sqlx::query(
        "UPDATE outbox SET status = 'failed', settled_at = $3, last_error = $4, \
         body_sealed = NULL WHERE status = 'pending' AND platform = $1 \
         AND claimed_by IS NOT NULL AND claimed_by <> $2 AND at_most_once = 1",
    )
    .bind(platform.as_str())
    .bind(by)
    .bind(ts(now))
    .bind(INTERRUPTED)
    .execute(&mut *c)
    .await?
    .rows_affected();
    let released = sqlx::query(
        "UPDATE outbox SET claimed_by = NULL, claimed_at = NULL WHERE status = 'pending' \
         AND platform = $1 AND claimed_by IS NOT NULL AND claimed_by <> $2",
    )
    .bind(platform.as_str())
    .bind(by)
    .execute(c)
    .await?
    .rows_affected();
    Ok(Recovered {
        released,
        interrupted,
    })
}
