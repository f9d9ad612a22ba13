//! Claims on outbox rows: a dispatcher marks the rows it is about to hand to a platform, so
//! that a row cancelled meanwhile is not sent, and a row left claimed by a dispatcher that died
//! mid-send is recognised on restart.
//!
//! A claimed row is still `pending`; `claimed_by` names the dispatcher instance. Recovery
//! settles a dead dispatcher's at-most-once rows as failed ("interrupted"), since they may
//! already have reached the platform, and releases the others to be sent again.

use super::codec::ts;
use super::sql::{self, first, Conn};
use crate::core::ids::Platform;
use crate::core::store::{FailureReason, Recovered};
use anyhow::Result;
use chrono::{DateTime, Utc};
use rusqlite::types::ToSql;

/// Claims those of `ids` that are pending and unclaimed; returns the ids claimed.
pub(super) fn claim(c: &Conn, ids: &[i64], by: &str, now: DateTime<Utc>) -> Result<Vec<i64>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let params: Vec<String> = (0..ids.len()).map(|i| format!("${}", i + 3)).collect();
    let sql = format!(
        "UPDATE outbox SET claimed_by = $1, claimed_at = $2 WHERE status = 'pending' \
         AND claimed_by IS NULL AND id IN ({}) RETURNING id",
        params.join(", ")
    );
    let now = ts(now);
    let mut args: Vec<&dyn ToSql> = vec![&by, &now];
    args.extend(ids.iter().map(|id| id as &dyn ToSql));
    sql::all(c, &sql, &args, first)
}

/// Settles or releases the rows on `platform` that other dispatchers than `by` left claimed.
pub(super) fn recover(
    c: &Conn,
    platform: Platform,
    by: &str,
    now: DateTime<Utc>,
) -> Result<Recovered> {
    let interrupted = sql::execute(
        c,
        "UPDATE outbox SET status = 'failed', settled_at = $3, last_error = $4, \
         body_sealed = NULL WHERE status = 'pending' AND platform = $1 \
         AND claimed_by IS NOT NULL AND claimed_by <> $2 AND at_most_once = 1",
        &[
            &platform.as_str(),
            &by,
            &ts(now),
            &FailureReason::Interrupted.as_str(),
        ],
    )?;
    let released = sql::execute(
        c,
        "UPDATE outbox SET claimed_by = NULL, claimed_at = NULL WHERE status = 'pending' \
         AND platform = $1 AND claimed_by IS NOT NULL AND claimed_by <> $2",
        &[&platform.as_str(), &by],
    )?;
    Ok(Recovered {
        released,
        interrupted,
    })
}
