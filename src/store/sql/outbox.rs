//! The outbox: deliveries queued in the same transaction as the change that caused them.
//!
//! A recipient is resolved to a platform address when the message is queued. A body to a
//! person, and any body with sensitive values, is stored only sealed (bound to its row's id: the
//! row is inserted first and its body sealed in the same transaction), and a sensitive one is
//! scrubbed once the delivery is settled, so a secret does not outlive its delivery in the
//! database.

use super::codec::{parse_lang, parse_platform, ts};
use super::links::accounts_of;
use super::people::school_of;
use super::quarantine::{Fault, Faults, Unreadable};
use super::sealing;
use super::sql::Value;
use super::sql::{self, first, Conn};
use super::sql::{Param, Row};
use crate::core::ids::{PersonId, Platform, SchoolId};
use crate::core::message::{Body, Outgoing, Recipient};
use crate::core::people::Lang;
use crate::core::store::FailureReason;
use crate::core::store::{Address, Claim, DueRows, Fate, Job, OutboxItem, TagSummary};
use crate::crypto::Cipher;
use anyhow::{bail, Result};
use chrono::{DateTime, Duration, Utc};
use std::collections::{HashMap, HashSet};

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
        Address::Everyone => ("everyone", ""),
    }
}

/// Resolves a recipient; `None` when nobody can be reached.
async fn resolve(c: &Conn, to: &Recipient) -> Result<Option<Target>> {
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
    let row: Option<(i64, String, bool)> = sql::optional(
        c,
        "SELECT school_id, lang, active FROM people WHERE id = $1",
        &[&id.0],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )
    .await?;
    let Some((school, lang, true)) = row else {
        return Ok(None);
    };
    let accounts = accounts_of(c, id).await?;
    // Without a platform asked for: the first account whose chat did not refuse the last
    // message (a person who blocked Haven on one platform is still reached on another).
    let mut working = None;
    if via.is_none() {
        for a in &accounts {
            if !address_failed(c, a.platform, &a.id).await? {
                working = Some(a);
                break;
            }
        }
    }
    let chosen = via
        .and_then(|p| accounts.iter().find(|a| a.platform == p))
        .or(working)
        .or(accounts.first());
    Ok(chosen.map(|a| Target {
        school: SchoolId(school),
        platform: a.platform,
        address: Address::Private(a.id.clone()),
        person: Some(id),
        lang: parse_lang(&lang).unwrap_or_default(),
    }))
}

/// True when a message to `to` would be queued now.
pub(super) async fn resolves(c: &Conn, to: &Recipient) -> Result<bool> {
    Ok(resolve(c, to).await?.is_some())
}

/// Queues a message; `false` when the recipient cannot be reached (nothing is queued).
pub(super) async fn enqueue(
    c: &Conn,
    cipher: &Cipher,
    out: &Outgoing,
    now: DateTime<Utc>,
) -> Result<bool> {
    let Some(mut t) = resolve(c, out.recipient()).await? else {
        return Ok(false);
    };
    // A message to a chat is its sending school's; a person's are their own school's.
    if let (None, Some(school)) = (t.person, out.school()) {
        t.school = school;
    }
    let body = out.body();
    let json = serde_json::to_vec(body)?;
    // What Haven says to a person is sealed (who was alerted about which concern, who got a
    // receipt, is itself sensitive); only a store without the safeguarding key (the office's
    // tools) writes plain bodies, and never a sensitive one. A sealed body is bound to the
    // row's id, so it is set once the row exists.
    let seal = body.sensitive || (t.person.is_some() && cipher.can_seal());
    let plain = if seal {
        None
    } else {
        Some(String::from_utf8(json.clone())?)
    };
    let due = out.hold_until().map_or(now, |at| at.max(now));
    let (kind, address) = address_parts(&t.address);
    let id: i64 = sql::one(
        c,
        "INSERT INTO outbox (school_id, platform, address_kind, address, person_id, lang, job, \
         body_json, next_attempt_at, remove_after_secs, report_to, created_at, tag, \
         at_most_once) \
         VALUES ($1, $2, $3, $4, $5, $6, 'send', $7, $8, $9, $10, $11, $12, $13) RETURNING id",
        &[
            &t.school.0,
            &t.platform.as_str(),
            &kind,
            &address,
            &t.person.map(|p| p.0),
            &t.lang.tag(),
            &plain,
            &ts(due),
            &out.removal_delay().map(|d| d.num_seconds()),
            &out.failure_contact().map(|p| p.0),
            &ts(now),
            &out.tag(),
            &out.is_at_most_once(),
        ],
        first,
    )
    .await?;
    if seal {
        sql::execute(
            c,
            "UPDATE outbox SET body_sealed = $1 WHERE id = $2",
            &[&cipher.encrypt(&json, &sealing::outbox_body(id))?, &id],
        )
        .await?;
    }
    Ok(true)
}

/// Counts of a tag's messages by status.
pub(super) async fn tag_summary(c: &Conn, tag: &str) -> Result<TagSummary> {
    let rows: Vec<(String, i64)> = sql::all(
        c,
        "SELECT status, COUNT(*) FROM outbox WHERE tag = $1 GROUP BY status",
        &[&tag],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
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
    c: &Conn,
    tag: &str,
) -> Result<Vec<(Option<PersonId>, Option<FailureReason>)>> {
    let rows: Vec<(Option<i64>, Option<String>)> = sql::all(
        c,
        "SELECT person_id, last_error FROM outbox WHERE tag = $1 AND status = 'failed' ORDER BY id",
        &[&tag],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|(p, e)| {
            let reason = e.as_deref().and_then(FailureReason::parse);
            (p.map(PersonId), reason)
        })
        .collect())
}

/// True when the person's last settled message failed for good.
/// True when the person has no linked account, or every one had its last settled message
/// refused for good (an account never written to counts as working).
pub(super) async fn unreachable(c: &Conn, person: PersonId) -> Result<bool> {
    for a in &accounts_of(c, person).await? {
        if !address_failed(c, a.platform, &a.id).await? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// True when the last message settled for this private chat failed for good.
async fn address_failed(c: &Conn, platform: Platform, address: &str) -> Result<bool> {
    let last: Option<String> = sql::optional(
        c,
        "SELECT status FROM outbox WHERE platform = $1 AND address_kind = 'private' \
         AND address = $2 AND job = 'send' AND status IN ('sent', 'failed') \
         AND settled_at IS NOT NULL ORDER BY settled_at DESC, id DESC LIMIT 1",
        &[&platform.as_str(), &address],
        |r| r.get(0),
    )
    .await?;
    Ok(last.as_deref() == Some("failed"))
}

/// Cancels a tag's messages that have not been sent yet; returns how many. A row a dispatcher
/// has claimed is already on its way and is left to settle.
pub(super) async fn cancel_tag(c: &Conn, tag: &str, now: DateTime<Utc>) -> Result<u64> {
    sql::execute(
        c,
        "UPDATE outbox SET status = 'cancelled', settled_at = $2, body_json = NULL, \
         body_sealed = NULL WHERE tag = $1 AND status = 'pending' AND claimed_by IS NULL",
        &[&tag, &ts(now)],
    )
    .await
}

/// A removal to queue.
struct Removal<'a> {
    school: SchoolId,
    platform: Platform,
    address: Address,
    message_id: &'a str,
    at: DateTime<Utc>,
    report_to: Option<PersonId>,
}

/// Queues the removal of a delivered message, due at `at`.
pub(super) async fn enqueue_removal(
    c: &Conn,
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
        address: address.clone(),
        message_id,
        at,
        report_to,
    };
    // The trait gives no "now" here; the due time stands in for the creation time.
    insert_removal(c, &r, at).await
}

async fn insert_removal(c: &Conn, r: &Removal<'_>, now: DateTime<Utc>) -> Result<()> {
    let (kind, address) = address_parts(&r.address);
    sql::execute(
        c,
        "INSERT INTO outbox (school_id, platform, address_kind, address, lang, job, \
         remove_message_id, next_attempt_at, report_to, created_at) \
         VALUES ($1, $2, $3, $4, $5, 'remove', $6, $7, $8, $9)",
        &[
            &r.school.0,
            &r.platform.as_str(),
            &kind,
            &address,
            &Lang::EnGb.tag(),
            &r.message_id,
            &ts(r.at),
            &r.report_to.map(|p| p.0),
            &ts(now),
        ],
    )
    .await?;
    Ok(())
}

const ITEM_COLUMNS: &str =
    "id, school_id, platform, address_kind, address, person_id, lang, job, body_json, \
     body_sealed, remove_message_id, attempts, remove_after_secs, report_to, menu_json";

/// Command menus taken per read at most, after every message due: a backlog of menus (after
/// a release that changed them) then never holds up an answer by more than these few.
const MENUS_PER_READ: u32 = 20;

/// Pending deliveries on a platform due at `now` and not claimed by a dispatcher: messages and
/// removals oldest first, at most `limit` and at most `per_chat` to one chat (so one chat's
/// backlog never hides another chat's rows), then up to [`MENUS_PER_READ`] command menus. A
/// row that cannot be read (undecryptable or corrupt body) is settled as failed and logged by
/// id, never by content, so one bad row cannot block the queue.
pub(super) async fn due(
    c: &Conn,
    cipher: &Cipher,
    faults: &Faults,
    (platform, now): (Platform, DateTime<Utc>),
    (limit, per_chat): (u32, u32),
    known: &HashSet<i64>,
) -> Result<DueRows> {
    let mut rows = due_rows(c, cipher, (platform, now), "<>", (limit, per_chat), known).await?;
    let menus = MENUS_PER_READ.min(limit.saturating_sub(rows.len() as u32));
    if menus > 0 && menus_due(c, platform, now).await? {
        rows.extend(due_rows(c, cipher, (platform, now), "=", (menus, per_chat), known).await?);
    }
    let mut items = Vec::with_capacity(rows.len());
    let mut held = Vec::new();
    for (id, read) in rows {
        let read = match read {
            Due::Held(address) => {
                held.push(address);
                continue;
            }
            Due::New(read) => read,
        };
        match read {
            Ok(item) => items.push(item),
            Err(why) => {
                tracing::error!(outbox_id = id, why, "unreadable outbox row; giving it up");
                let fate = Fate::Failed {
                    reason: FailureReason::Unreadable,
                };
                settle(c, id, &fate, now).await?;
                let unreadable = match why {
                    SEALED => Unreadable::Sealed {
                        table: "outbox",
                        column: "body_sealed",
                        row: id,
                    },
                    _ => Unreadable::Row {
                        table: "outbox",
                        row: id,
                    },
                };
                let owner = None;
                faults.set_aside(c, Fault { unreadable, owner }).await?;
            }
        }
    }
    Ok(DueRows { items, held })
}

/// A row read, or why it could not be.
/// A due row: opened, or only its address for a row the caller already holds.
enum Due {
    New(Result<OutboxItem, &'static str>),
    Held(Address),
}
type Read = (i64, Due);

/// Due rows whose job is (`=`) or is not (`<>`) a menu. A message waiting to be retried, or in
/// flight anywhere (claimed, by any instance), holds back later rows to its chat, keeping their
/// order; a menu holds back nothing.
/// True when a command menu is due on the platform (one probe of `outbox_pending_menus`).
async fn menus_due(c: &Conn, platform: Platform, now: DateTime<Utc>) -> Result<bool> {
    sql::one(
        c,
        "SELECT EXISTS (SELECT 1 FROM outbox WHERE status = 'pending' AND job = 'menu' \
         AND platform = $1 AND next_attempt_at <= $2)",
        &[&platform.as_str(), &ts(now)],
        first,
    )
    .await
}

async fn due_rows(
    c: &Conn,
    cipher: &Cipher,
    (platform, now): (Platform, DateTime<Utc>),
    menu: &str,
    (limit, per_chat): (u32, u32),
    known: &HashSet<i64>,
) -> Result<Vec<Read>> {
    let due = format!(
        "FROM outbox WHERE status = 'pending' AND platform = $1 \
         AND job {menu} 'menu' AND next_attempt_at <= $2 \
         AND NOT EXISTS (SELECT 1 FROM outbox AS earlier WHERE earlier.status = 'pending' \
             AND earlier.platform = outbox.platform \
             AND earlier.address_kind = outbox.address_kind \
             AND earlier.address = outbox.address AND earlier.id < outbox.id \
             AND earlier.job <> 'menu' \
             AND (earlier.claimed_by IS NOT NULL \
                 OR (earlier.attempts > 0 AND earlier.next_attempt_at > $2))) \
         AND claimed_by IS NULL"
    );
    let read = |row: &Row<'_>| {
        let id: i64 = row.get("id")?;
        let chat: (String, String) = (row.get("address_kind")?, row.get("address")?);
        let due = if known.contains(&id) {
            Due::Held(address_of(row).unwrap_or(Address::Everyone))
        } else {
            Due::New(item(row, cipher))
        };
        Ok((id, due, chat))
    };
    let (p, t) = (platform.as_str(), ts(now));
    // Most reads find fewer rows due than they may take: then all of them are here, in order,
    // and keeping at most `per_chat` of each chat is done here, without ranking in SQL.
    let all = format!("SELECT {ITEM_COLUMNS} {due} ORDER BY id LIMIT $3");
    let rows = sql::all(c, &all, &[&p, &t, &i64::from(limit)], read).await?;
    let rows = if rows.len() < limit as usize {
        rows
    } else {
        let ranked = format!(
            "SELECT {ITEM_COLUMNS} FROM (SELECT *, ROW_NUMBER() OVER \
                 (PARTITION BY address_kind, address ORDER BY id) AS nth {due}) AS ranked \
             WHERE nth <= $4 ORDER BY id LIMIT $3"
        );
        let take = [i64::from(limit), i64::from(per_chat)];
        sql::all(c, &ranked, &[&p, &t, &take[0], &take[1]], read).await?
    };
    let mut per: HashMap<(String, String), u32> = HashMap::new();
    Ok(rows
        .into_iter()
        .filter(|(_, _, chat)| {
            let n = per.entry(chat.clone()).or_default();
            *n += 1;
            *n <= per_chat
        })
        .map(|(id, due, _)| (id, due))
        .collect())
}

/// One column of an outbox row, with a fixed error.
fn col<T: Value>(row: &Row<'_>, name: &str) -> Result<T, &'static str> {
    row.get(name)
        .map_err(|_| "a column is missing or has an unexpected type")
}

/// Reads one row. The error is a fixed description that never quotes the body.
fn address_of(row: &Row<'_>) -> Result<Address, &'static str> {
    let kind: String = col(row, "address_kind")?;
    let addr: String = col(row, "address")?;
    Ok(match kind.as_str() {
        "private" => Address::Private(addr),
        "group" => Address::Group(addr),
        "everyone" => Address::Everyone,
        _ => return Err("unknown address kind"),
    })
}

fn item(row: &Row<'_>, cipher: &Cipher) -> Result<OutboxItem, &'static str> {
    let address = address_of(row)?;
    let job = match col::<String>(row, "job")?.as_str() {
        "send" => Job::Send(body(row, cipher)?),
        "remove" => Job::Remove {
            message_id: col::<Option<String>>(row, "remove_message_id")?
                .ok_or("removal without a message id")?,
        },
        "menu" => {
            let json: Option<String> = col(row, "menu_json")?;
            let json = json.ok_or("menu missing")?;
            Job::Menu(serde_json::from_str(&json).map_err(|_| "not a stored menu")?)
        }
        _ => return Err("unknown job"),
    };
    let platform: String = col(row, "platform")?;
    let lang: String = col(row, "lang")?;
    let attempts: i64 = col(row, "attempts")?;
    Ok(OutboxItem {
        id: col(row, "id")?,
        school: SchoolId(col(row, "school_id")?),
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

/// Why a body could not be read: it does not open with the key in its row.
const SEALED: &str = "body cannot be decrypted";

fn body(row: &Row<'_>, cipher: &Cipher) -> Result<Body, &'static str> {
    let sealed: Option<Vec<u8>> = col(row, "body_sealed")?;
    let plain: Option<String> = col(row, "body_json")?;
    let json = match (sealed, plain) {
        (Some(sealed), _) => {
            let id: i64 = col(row, "id")?;
            cipher
                .decrypt(&sealed, &sealing::outbox_body(id))
                .map_err(|_| SEALED)?
        }
        (None, Some(plain)) => plain.into_bytes(),
        (None, None) => return Err("body missing"),
    };
    serde_json::from_slice(&json).map_err(|_| "body is not a stored message")
}

/// Settles a pending delivery. Any sealed body is scrubbed. A sent message that asked to be
/// removed later gets its removal queued, due `remove_after_secs` from now.
pub(super) async fn settle(c: &Conn, id: i64, fate: &Fate, now: DateTime<Utc>) -> Result<()> {
    if !settle_if(c, id, fate, now, None).await? {
        bail!("no pending delivery with id {id}");
    }
    Ok(())
}

/// The condition that a row still carries `claim`, with its parameters numbered from `$first`
/// (nothing when there is no claim to check).
fn carries(claim: Option<&Claim>, first: usize) -> String {
    match claim {
        Some(_) => format!(
            " AND claimed_by = ${first} AND claim_epoch = ${}",
            first + 1
        ),
        None => String::new(),
    }
}

/// Settles a pending delivery as [`settle`] does, only if it still carries `claim` when one is
/// given; false when no such row is pending.
pub(super) async fn settle_if(
    c: &Conn,
    id: i64,
    fate: &Fate,
    now: DateTime<Utc>,
    claim: Option<&Claim>,
) -> Result<bool> {
    let (status, message_id, error) = match fate {
        Fate::Sent { message_id } => ("sent", message_id.as_deref(), None),
        Fate::Failed { reason } => ("failed", None, Some(reason.as_str())),
    };
    // The removal's columns are read only when a removal is due, so a settled row whose other
    // columns cannot be read (see `due`) still settles.
    let (by, epoch) = claim.map_or((None, None), |k| (Some(k.by.as_str()), Some(k.epoch)));
    let now_ts = ts(now);
    let mut args: Vec<&dyn Param> = vec![&status, &message_id, &error, &now_ts, &id];
    if claim.is_some() {
        args.extend([&by as &dyn Param, &epoch]);
    }
    let settled = sql::optional(
        c,
        &format!(
            "UPDATE outbox SET status = $1, sent_message_id = $2, \
             last_error = COALESCE($3, last_error), settled_at = $4, body_sealed = NULL \
             WHERE id = $5 AND status = 'pending'{} \
             RETURNING school_id, platform, address_kind, address, remove_after_secs, report_to",
            carries(claim, 6)
        ),
        &args,
        |row| {
            let after: Option<i64> = row.get("remove_after_secs")?;
            let (Some(secs), Some(message_id)) = (after, message_id) else {
                return Ok(None);
            };
            let platform: String = row.get("platform")?;
            let addr: String = row.get("address")?;
            let kind: String = row.get("address_kind")?;
            let address = match kind.as_str() {
                "group" => Address::Group(addr),
                _ => Address::Private(addr),
            };
            Ok(Some(Removal {
                school: SchoolId(row.get("school_id")?),
                platform: parse_platform(&platform)?,
                address,
                message_id,
                at: now + Duration::seconds(secs),
                report_to: row.get::<_, Option<i64>>("report_to")?.map(PersonId),
            }))
        },
    )
    .await?;
    match settled {
        None => return Ok(false),
        Some(None) => {}
        Some(Some(removal)) => insert_removal(c, &removal, now).await?,
    }
    // Whom to tell on failure links a message to the person who caused it (an alert to its
    // concern's reporter): once settled, it is not kept.
    sql::execute(
        c,
        "UPDATE outbox SET report_to = NULL WHERE id = $1",
        &[&id],
    )
    .await?;
    Ok(true)
}

/// Puts a pending delivery back to be tried at `at`, counting the attempt and releasing any
/// claim on it.
pub(super) async fn retry_at(c: &Conn, id: i64, at: DateTime<Utc>, error: &str) -> Result<()> {
    if !retry_if(c, id, at, error, None).await? {
        bail!("no pending delivery with id {id}");
    }
    Ok(())
}

/// Puts a pending delivery back as [`retry_at`] does, only if it still carries `claim` when one
/// is given; false when no such row is pending.
pub(super) async fn retry_if(
    c: &Conn,
    id: i64,
    at: DateTime<Utc>,
    error: &str,
    claim: Option<&Claim>,
) -> Result<bool> {
    let (by, epoch) = claim.map_or((None, None), |k| (Some(k.by.as_str()), Some(k.epoch)));
    let at = ts(at);
    let mut args: Vec<&dyn Param> = vec![&at, &error, &id];
    if claim.is_some() {
        args.extend([&by as &dyn Param, &epoch]);
    }
    let changed = sql::execute(
        c,
        &format!(
            "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $1, last_error = $2, \
             claimed_by = NULL, claimed_at = NULL WHERE id = $3 AND status = 'pending'{}",
            carries(claim, 4)
        ),
        &args,
    )
    .await?;
    Ok(changed > 0)
}

pub(super) async fn pending_count(c: &Conn) -> Result<u64> {
    let n: i64 = sql::one(
        c,
        "SELECT COUNT(*) FROM outbox WHERE status = 'pending'",
        &[],
        first,
    )
    .await?;
    Ok(u64::try_from(n)?)
}
