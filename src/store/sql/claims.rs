//! Claims on outbox rows: a dispatcher marks the rows it is about to hand to a platform, so
//! that a row cancelled meanwhile is not sent, and a row left claimed by an instance that died
//! mid-send is recognised by the next dispatcher.
//!
//! A claimed row is still `pending`; `claimed_by` names the Haven instance whose dispatcher
//! claimed it. A claim is a lease on the row for as long as that instance heartbeats
//! (`instances`, see `leases`): recovery touches only rows claimed by instances that are dead
//! or unknown, never a live peer's in-flight rows. It settles their at-most-once rows as failed
//! ("interrupted"), since they may already have reached the platform, and releases the others
//! to be sent again.

use super::codec::{parse_ts, ts};
use super::leases::{alive_since, claimed_by_live};
use super::sql::Param;
use super::sql::{self, Conn};
use crate::core::ids::Platform;
use crate::core::store::{Address, Claim, FailureReason, RecentSend, Recovered};
use anyhow::Result;
use chrono::{DateTime, Utc};

/// Claims those of `ids` that are pending and unclaimed, counting up each row's claim number;
/// returns the claims made.
pub(super) async fn claim(
    c: &Conn,
    ids: &[i64],
    by: &str,
    now: DateTime<Utc>,
) -> Result<Vec<Claim>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let params: Vec<String> = (0..ids.len()).map(|i| format!("${}", i + 3)).collect();
    let ids_sql = params.join(", ");
    let unclaimed = "status = 'pending' AND claimed_by IS NULL";
    // On PostgreSQL the rows are locked as they are claimed, skipping any another transaction
    // holds, so two dispatchers never claim one row even without the writer's lock.
    let sql = if c.is_postgres() {
        format!(
            "UPDATE outbox SET claimed_by = $1, claimed_at = $2, claim_epoch = claim_epoch + 1 WHERE id IN (SELECT id \
             FROM outbox WHERE {unclaimed} AND id IN ({ids_sql}) FOR UPDATE SKIP LOCKED) \
             RETURNING id, claim_epoch"
        )
    } else {
        format!(
            "UPDATE outbox SET claimed_by = $1, claimed_at = $2, claim_epoch = claim_epoch + 1 WHERE {unclaimed} \
             AND id IN ({ids_sql}) RETURNING id, claim_epoch"
        )
    };
    let now = ts(now);
    let mut args: Vec<&dyn Param> = vec![&by, &now];
    args.extend(ids.iter().map(|id| id as &dyn Param));
    let claimed: Vec<(i64, i64)> = sql::all(c, &sql, &args, sql::tuple).await?;
    Ok(claimed
        .into_iter()
        .map(|(id, epoch)| Claim {
            id,
            by: by.to_string(),
            epoch,
        })
        .collect())
}

/// Settles or releases the rows on `platform` that instances other than `by`, dead at `now`
/// or unknown, left claimed.
pub(super) async fn recover(
    c: &Conn,
    platform: Platform,
    by: &str,
    now: DateTime<Utc>,
) -> Result<Recovered> {
    let whose = format!("claimed_by <> $2 AND NOT {}", claimed_by_live("$5"));
    settle_or_release(c, (platform, by, now), &whose).await
}

/// Settles or releases the rows on `platform` that the instance `by` itself left claimed: for
/// a dispatcher of `by` that has nothing in flight (one just started, or one whose group could
/// not be recorded).
pub(super) async fn recover_own(
    c: &Conn,
    platform: Platform,
    by: &str,
    now: DateTime<Utc>,
) -> Result<Recovered> {
    settle_or_release(c, (platform, by, now), "claimed_by = $2").await
}

/// Settles as failed ("interrupted") the at-most-once rows claimed as `whose` says (with `$2`
/// for `by` and `$5` for the time a live instance last heartbeated at least), and releases
/// the others.
async fn settle_or_release(
    c: &Conn,
    (platform, by, now): (Platform, &str, DateTime<Utc>),
    whose: &str,
) -> Result<Recovered> {
    let cutoff = alive_since(now);
    let (platform, now, interrupted_reason) = (
        platform.as_str(),
        ts(now),
        FailureReason::Interrupted.as_str(),
    );
    let args: [&dyn Param; 5] = [&platform, &by, &now, &interrupted_reason, &cutoff];
    let interrupted = sql::execute(
        c,
        &format!(
            "UPDATE outbox SET status = 'failed', settled_at = $3, last_error = $4, \
             body_sealed = NULL WHERE status = 'pending' AND platform = $1 \
             AND claimed_by IS NOT NULL AND at_most_once = TRUE AND {whose}"
        ),
        &args,
    )
    .await?;
    let released = sql::execute(
        c,
        &format!(
            "UPDATE outbox SET claimed_by = NULL, claimed_at = NULL WHERE status = 'pending' \
             AND platform = $1 AND claimed_by IS NOT NULL AND {whose}"
        ),
        &args,
    )
    .await?;
    Ok(Recovered {
        released,
        interrupted,
    })
}

/// Rows on `platform` settled since `since` as sent, or as interrupted (they may have gone), at
/// the time they settled (never earlier than the request went); and rows still claimed, at
/// `now` (they may be going out).
pub(super) async fn recent(
    c: &Conn,
    platform: Platform,
    since: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Vec<RecentSend>> {
    let rows: Vec<(String, String, String, Option<String>, String)> = sql::all(
        c,
        "SELECT address_kind, address, job, \
             COALESCE(sent_message_id, remove_message_id) AS message_id, settled_at AS at \
         FROM outbox \
         WHERE platform = $1 AND settled_at >= $2 \
             AND (status = 'sent' OR (status = 'failed' AND last_error = $4)) \
         UNION ALL \
         SELECT address_kind, address, job, remove_message_id, $3 FROM outbox \
         WHERE platform = $1 AND status = 'pending' AND claimed_by IS NOT NULL",
        &[
            &platform.as_str(),
            &ts(since),
            &ts(now),
            &FailureReason::Interrupted.as_str(),
        ],
        |row| {
            Ok((
                row.get("address_kind")?,
                row.get("address")?,
                row.get("job")?,
                row.get("message_id")?,
                row.get("at")?,
            ))
        },
    )
    .await?;
    rows.into_iter()
        .map(|(kind, address, job, message_id, at)| {
            let address = match kind.as_str() {
                "group" => Address::Group(address),
                _ => Address::Private(address),
            };
            Ok(RecentSend {
                address,
                removal: job == "remove",
                message_id,
                at: parse_ts(&at)?,
            })
        })
        .collect()
}
