//! The outbox: deliveries queued in the same transaction as the change that caused them.
//!
//! A recipient is resolved to a platform address when the message is queued. A body with
//! sensitive values is stored only sealed, and scrubbed once the delivery is settled, so a
//! secret does not outlive its delivery in the database.

use super::codec::{parse_lang, parse_platform, ts};
use super::links::accounts_of;
use super::people::school_of;
use crate::core::ids::{PersonId, Platform, SchoolId};
use crate::core::message::{Body, Outgoing, Recipient};
use crate::core::people::Lang;
use crate::core::store::{Address, Fate, Job, OutboxItem, TagSummary};
use crate::crypto::Cipher;
use anyhow::{bail, Result};
use chrono::{DateTime, Duration, Utc};
use sqlx::sqlite::{SqliteConnection, SqliteRow};
use sqlx::Row;

/// Where and in which language a delivery goes.
struct Target {
    school: SchoolId,
    platform: Platform,
    address: Address,
    person: Option<PersonId>,
    lang: Lang,
}

fn address_parts(a: &Address) -> (&'static str, &str) {
    match a {
        Address::Private(id) => ("private", id),
        Address::Group(id) => ("group", id),
    }
}

/// Resolves a recipient; `None` when nobody can be reached.
async fn resolve(c: &mut SqliteConnection, to: &Recipient) -> Result<Option<Target>> {
    let (id, via) = match to {
        Recipient::Account(a) => {
            return Ok(Some(Target {
                school: SchoolId::default(),
                platform: a.platform,
                address: Address::Private(a.id.clone()),
                person: None,
                lang: Lang::EnGb,
            }))
        }
        Recipient::Group(g) => {
            return Ok(Some(Target {
                school: SchoolId::default(),
                platform: g.platform,
                address: Address::Group(g.id.clone()),
                person: None,
                lang: Lang::EnGb,
            }))
        }
        Recipient::Person { id, via } => (*id, *via),
    };
    let row: Option<(i64, String, bool)> =
        sqlx::query_as("SELECT school_id, lang, active FROM people WHERE id = $1")
            .bind(id.0)
            .fetch_optional(&mut *c)
            .await?;
    let Some((school, lang, true)) = row else {
        return Ok(None);
    };
    let accounts = accounts_of(c, id).await?;
    let chosen = via
        .and_then(|p| accounts.iter().find(|a| a.platform == p))
        .or(accounts.first());
    Ok(chosen.map(|a| Target {
        school: SchoolId(school),
        platform: a.platform,
        address: Address::Private(a.id.clone()),
        person: Some(id),
        lang: parse_lang(&lang).unwrap_or_default(),
    }))
}

/// Queues a message; `false` when the recipient cannot be reached (nothing is queued).
pub(super) async fn enqueue(
    c: &mut SqliteConnection,
    cipher: &Cipher,
    out: &Outgoing,
    now: DateTime<Utc>,
) -> Result<bool> {
    let Some(t) = resolve(c, out.recipient()).await? else {
        return Ok(false);
    };
    let body = out.body();
    let json = serde_json::to_vec(body)?;
    let (plain, sealed) = if body.sensitive {
        (None, Some(cipher.encrypt(&json)))
    } else {
        (Some(String::from_utf8(json)?), None)
    };
    let due = out.hold_until().map_or(now, |at| at.max(now));
    let (kind, address) = address_parts(&t.address);
    sqlx::query(
        "INSERT INTO outbox (school_id, platform, address_kind, address, person_id, lang, job, \
         body_json, body_sealed, next_attempt_at, remove_after_secs, report_to, created_at, tag) \
         VALUES ($1, $2, $3, $4, $5, $6, 'send', $7, $8, $9, $10, $11, $12, $13)",
    )
    .bind(t.school.0)
    .bind(t.platform.as_str())
    .bind(kind)
    .bind(address)
    .bind(t.person.map(|p| p.0))
    .bind(t.lang.tag())
    .bind(plain)
    .bind(sealed)
    .bind(ts(due))
    .bind(out.removal_delay().map(|d| d.num_seconds()))
    .bind(out.failure_contact().map(|p| p.0))
    .bind(ts(now))
    .bind(out.tag())
    .execute(c)
    .await?;
    Ok(true)
}

/// Counts of a tag's messages by status.
pub(super) async fn tag_summary(c: &mut SqliteConnection, tag: &str) -> Result<TagSummary> {
    let rows: Vec<(String, i64)> =
        sqlx::query_as("SELECT status, COUNT(*) FROM outbox WHERE tag = $1 GROUP BY status")
            .bind(tag)
            .fetch_all(c)
            .await?;
    let mut s = TagSummary::default();
    for (status, n) in rows {
        let n = n as u64;
        match status.as_str() {
            "pending" => s.pending = n,
            "sent" => s.sent = n,
            "failed" => s.failed = n,
            _ => s.cancelled = n,
        }
    }
    Ok(s)
}

/// The people a tag's messages could not reach, with the reason.
pub(super) async fn tag_failures(
    c: &mut SqliteConnection,
    tag: &str,
) -> Result<Vec<(Option<PersonId>, String)>> {
    let rows: Vec<(Option<i64>, Option<String>)> = sqlx::query_as(
        "SELECT person_id, last_error FROM outbox WHERE tag = $1 AND status = 'failed' ORDER BY id",
    )
    .bind(tag)
    .fetch_all(c)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(p, e)| (p.map(PersonId), e.unwrap_or_default()))
        .collect())
}

/// Cancels a tag's messages that have not been sent yet; returns how many.
pub(super) async fn cancel_tag(
    c: &mut SqliteConnection,
    tag: &str,
    now: DateTime<Utc>,
) -> Result<u64> {
    let done = sqlx::query(
        "UPDATE outbox SET status = 'cancelled', settled_at = $2, body_json = NULL, \
         body_sealed = NULL WHERE tag = $1 AND status = 'pending'",
    )
    .bind(tag)
    .bind(ts(now))
    .execute(c)
    .await?;
    Ok(done.rows_affected())
}

/// A removal to queue.
struct Removal<'a> {
    school: SchoolId,
    platform: Platform,
    address: &'a Address,
    message_id: &'a str,
    at: DateTime<Utc>,
    report_to: Option<PersonId>,
}

/// Queues the removal of a delivered message, due at `at`.
pub(super) async fn enqueue_removal(
    c: &mut SqliteConnection,
    platform: Platform,
    address: &Address,
    message_id: &str,
    at: DateTime<Utc>,
    report_to: Option<PersonId>,
) -> Result<()> {
    let school = match report_to {
        Some(p) => school_of(c, p).await?,
        None => SchoolId::default(),
    };
    let r = Removal {
        school,
        platform,
        address,
        message_id,
        at,
        report_to,
    };
    // The trait gives no "now" here; the due time stands in for the creation time.
    insert_removal(c, &r, at).await
}

async fn insert_removal(
    c: &mut SqliteConnection,
    r: &Removal<'_>,
    now: DateTime<Utc>,
) -> Result<()> {
    let (kind, address) = address_parts(r.address);
    sqlx::query(
        "INSERT INTO outbox (school_id, platform, address_kind, address, lang, job, \
         remove_message_id, next_attempt_at, report_to, created_at) \
         VALUES ($1, $2, $3, $4, $5, 'remove', $6, $7, $8, $9)",
    )
    .bind(r.school.0)
    .bind(r.platform.as_str())
    .bind(kind)
    .bind(address)
    .bind(Lang::EnGb.tag())
    .bind(r.message_id)
    .bind(ts(r.at))
    .bind(r.report_to.map(|p| p.0))
    .bind(ts(now))
    .execute(c)
    .await?;
    Ok(())
}

const ITEM_COLUMNS: &str = "id, platform, address_kind, address, person_id, lang, job, body_json, \
     body_sealed, remove_message_id, attempts, remove_after_secs, report_to";

/// Pending deliveries on a platform due at `now`, oldest first. A row that cannot be read
/// (undecryptable or corrupt body) is settled as failed and logged by id, never by content,
/// so one bad row cannot block the queue.
pub(super) async fn due(
    c: &mut SqliteConnection,
    cipher: &Cipher,
    platform: Platform,
    now: DateTime<Utc>,
    limit: u32,
) -> Result<Vec<OutboxItem>> {
    let rows = sqlx::query(&format!(
        "SELECT {ITEM_COLUMNS} FROM outbox WHERE status = 'pending' AND platform = $1 \
         AND next_attempt_at <= $2 \
         AND NOT EXISTS (SELECT 1 FROM outbox AS earlier WHERE earlier.status = 'pending' \
             AND earlier.platform = outbox.platform AND earlier.address_kind = outbox.address_kind \
             AND earlier.address = outbox.address AND earlier.id < outbox.id \
             AND earlier.attempts > 0 AND earlier.next_attempt_at > $2) \
         ORDER BY id LIMIT $3"
    ))
    .bind(platform.as_str())
    .bind(ts(now))
    .bind(i64::from(limit))
    .fetch_all(&mut *c)
    .await?;
    let mut items = Vec::with_capacity(rows.len());
    for row in &rows {
        let id: i64 = row.try_get("id")?;
        match item(row, cipher) {
            Ok(item) => items.push(item),
            Err(why) => {
                tracing::error!(outbox_id = id, why, "unreadable outbox row; giving it up");
                let fate = Fate::Failed {
                    reason: format!("stored delivery unreadable: {why}"),
                };
                settle(c, id, &fate, now).await?;
            }
        }
    }
    Ok(items)
}

/// One column of an outbox row, with a fixed error.
fn col<'r, T>(row: &'r SqliteRow, name: &str) -> Result<T, &'static str>
where
    T: sqlx::Decode<'r, sqlx::Sqlite> + sqlx::Type<sqlx::Sqlite>,
{
    row.try_get(name)
        .map_err(|_| "a column is missing or has an unexpected type")
}

/// Reads one row. The error is a fixed description that never quotes the body.
fn item(row: &SqliteRow, cipher: &Cipher) -> Result<OutboxItem, &'static str> {
    let kind: String = col(row, "address_kind")?;
    let addr: String = col(row, "address")?;
    let address = match kind.as_str() {
        "private" => Address::Private(addr),
        "group" => Address::Group(addr),
        _ => return Err("unknown address kind"),
    };
    let job = match col::<String>(row, "job")?.as_str() {
        "send" => Job::Send(body(row, cipher)?),
        "remove" => Job::Remove {
            message_id: col::<Option<String>>(row, "remove_message_id")?
                .ok_or("removal without a message id")?,
        },
        _ => return Err("unknown job"),
    };
    let platform: String = col(row, "platform")?;
    let lang: String = col(row, "lang")?;
    let attempts: i64 = col(row, "attempts")?;
    Ok(OutboxItem {
        id: col(row, "id")?,
        platform: parse_platform(&platform).map_err(|_| "unknown platform")?,
        address,
        person: col::<Option<i64>>(row, "person_id")?.map(PersonId),
        lang: parse_lang(&lang).map_err(|_| "unknown language")?,
        job,
        attempts: u32::try_from(attempts).map_err(|_| "attempts out of range")?,
        remove_after_secs: col(row, "remove_after_secs")?,
        report_to: col::<Option<i64>>(row, "report_to")?.map(PersonId),
    })
}

fn body(row: &SqliteRow, cipher: &Cipher) -> Result<Body, &'static str> {
    let sealed: Option<Vec<u8>> = col(row, "body_sealed")?;
    let plain: Option<String> = col(row, "body_json")?;
    let json = match (sealed, plain) {
        (Some(sealed), _) => cipher
            .decrypt(&sealed)
            .map_err(|_| "body cannot be decrypted")?,
        (None, Some(plain)) => plain.into_bytes(),
        (None, None) => return Err("body missing"),
    };
    serde_json::from_slice(&json).map_err(|_| "body is not a stored message")
}

/// Settles a pending delivery. Any sealed body is scrubbed. A sent message that asked to be
/// removed later gets its removal queued, due `remove_after_secs` from now.
pub(super) async fn settle(
    c: &mut SqliteConnection,
    id: i64,
    fate: &Fate,
    now: DateTime<Utc>,
) -> Result<()> {
    let (status, message_id, error) = match fate {
        Fate::Sent { message_id } => ("sent", message_id.as_deref(), None),
        Fate::Failed { reason } => ("failed", None, Some(reason.as_str())),
    };
    let row: Option<SqliteRow> = sqlx::query(
        "UPDATE outbox SET status = $1, sent_message_id = $2, last_error = COALESCE($3, last_error), \
         settled_at = $4, body_sealed = NULL WHERE id = $5 AND status = 'pending' \
         RETURNING school_id, platform, address_kind, address, remove_after_secs, report_to",
    )
    .bind(status)
    .bind(message_id)
    .bind(error)
    .bind(ts(now))
    .bind(id)
    .fetch_optional(&mut *c)
    .await?;
    let Some(row) = row else {
        bail!("no pending delivery with id {id}");
    };
    let after: Option<i64> = row.try_get("remove_after_secs")?;
    if let (Some(secs), Some(message_id)) = (after, message_id) {
        let platform = parse_platform(row.try_get("platform")?)?;
        let addr: String = row.try_get("address")?;
        let address = match row.try_get::<&str, _>("address_kind")? {
            "group" => Address::Group(addr),
            _ => Address::Private(addr),
        };
        let school = SchoolId(row.try_get("school_id")?);
        let report_to = row.try_get::<Option<i64>, _>("report_to")?.map(PersonId);
        let r = Removal {
            school,
            platform,
            address: &address,
            message_id,
            at: now + Duration::seconds(secs),
            report_to,
        };
        insert_removal(c, &r, now).await?;
    }
    Ok(())
}

/// Puts a pending delivery back to be tried at `at`, counting the attempt.
pub(super) async fn retry_at(
    c: &mut SqliteConnection,
    id: i64,
    at: DateTime<Utc>,
    error: &str,
) -> Result<()> {
    let done = sqlx::query(
        "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $1, last_error = $2 \
         WHERE id = $3 AND status = 'pending'",
    )
    .bind(ts(at))
    .bind(error)
    .bind(id)
    .execute(c)
    .await?;
    if done.rows_affected() == 0 {
        bail!("no pending delivery with id {id}");
    }
    Ok(())
}

pub(super) async fn pending_count(c: &mut SqliteConnection) -> Result<u64> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM outbox WHERE status = 'pending'")
        .fetch_one(c)
        .await?;
    Ok(u64::try_from(n)?)
}
