//! Linked chat accounts, one-time link codes (stored only as hashes), wrong-code attempts and
//! the inbound updates already handled.

use super::codec::{parse_platform, parse_ts, ts};
use super::people::school_of;
use super::sql::{self, first, Conn};
use crate::core::ids::{Account, PersonId, Platform, SchoolId};
use crate::core::store::CodeLookup;
use anyhow::{bail, Result};
use chrono::{DateTime, Utc};

/// A person's linked accounts, most recently linked first.
pub(super) async fn accounts_of(c: &Conn, person: PersonId) -> Result<Vec<Account>> {
    sql::all(
        c,
        "SELECT platform, account_id FROM accounts WHERE person_id = $1 \
         ORDER BY linked_at DESC, id DESC",
        &[&person.0],
        |r| {
            let platform: String = r.get(0)?;
            Ok(Account::new(
                parse_platform(&platform)?,
                r.get::<_, String>(1)?,
            ))
        },
    )
    .await
}

/// Binds the account to the person. The person's earlier account on that platform is dropped,
/// and an account that was linked to someone else moves to this person.
pub(super) async fn link(
    c: &Conn,
    person: PersonId,
    a: &Account,
    now: DateTime<Utc>,
) -> Result<()> {
    let school = school_of(c, person).await?;
    sql::execute(
        c,
        "DELETE FROM accounts WHERE (platform = $1 AND account_id = $2 AND school_id = $4) \
         OR (platform = $1 AND person_id = $3)",
        &[&a.platform.as_str(), &a.id, &person.0, &school.0],
    ).await?;
    sql::execute(
        c,
        "INSERT INTO accounts (school_id, person_id, platform, account_id, linked_at) \
         VALUES ($1, $2, $3, $4, $5)",
        &[&school.0, &person.0, &a.platform.as_str(), &a.id, &ts(now)],
    )
    .await?;
    Ok(())
}

pub(super) async fn unlink(c: &Conn, school: SchoolId, a: &Account) -> Result<bool> {
    let removed = sql::execute(
        c,
        "DELETE FROM accounts WHERE platform = $1 AND account_id = $2 AND school_id = $3",
        &[&a.platform.as_str(), &a.id, &school.0],
    ).await?;
    Ok(removed > 0)
}

/// Stores a new code for the person. Codes issued to them earlier and not yet used stop
/// working (they read as expired): a reissued letter replaces the lost one.
pub(super) async fn store_code(
    c: &Conn,
    person: PersonId,
    code_hash: &str,
    expires: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<()> {
    let school = school_of(c, person).await?;
    sql::execute(
        c,
        "UPDATE link_codes SET expires_at = $1 \
         WHERE person_id = $2 AND used_at IS NULL AND expires_at > $1",
        &[&ts(now), &person.0],
    )
    .await?;
    sql::execute(
        c,
        "INSERT INTO link_codes (code_hash, school_id, person_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
        &[&code_hash, &school.0, &person.0, &ts(now), &ts(expires)],
    )
    .await?;
    Ok(())
}

/// What became of a code. A code of someone who has since left reads as expired.
pub(super) async fn lookup_code(
    c: &Conn,
    code_hash: &str,
    now: DateTime<Utc>,
) -> Result<CodeLookup> {
    let row: Option<(i64, String, Option<String>, bool)> = sql::optional(
        c,
        "SELECT l.person_id, l.expires_at, l.used_at, p.active \
         FROM link_codes l JOIN people p ON p.id = l.person_id WHERE l.code_hash = $1",
        &[&code_hash],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )
    .await?;
    Ok(match row {
        None => CodeLookup::Unknown,
        Some((_, _, Some(_), _)) => CodeLookup::Used,
        Some((_, _, None, false)) => CodeLookup::Expired,
        Some((person, expires, None, true)) => {
            if parse_ts(&expires)? <= now {
                CodeLookup::Expired
            } else {
                CodeLookup::Valid(PersonId(person))
            }
        }
    })
}

/// Marks a code used by `account`. An error if the code is unknown or already used.
pub(super) async fn use_code(
    c: &Conn,
    code_hash: &str,
    a: &Account,
    now: DateTime<Utc>,
) -> Result<()> {
    let used = sql::execute(
        c,
        "UPDATE link_codes SET used_at = $1, used_by_platform = $2, used_by_account = $3 \
         WHERE code_hash = $4 AND used_at IS NULL",
        &[&ts(now), &a.platform.as_str(), &a.id, &code_hash],
    )
    .await?;
    if used == 0 {
        bail!("link code is unknown or already used");
    }
    Ok(())
}

/// Records a wrong code typed by an account. The account belongs to no one yet, so the row
/// is kept under the default school.
pub(super) async fn record_failure(c: &Conn, a: &Account, now: DateTime<Utc>) -> Result<()> {
    sql::execute(
        c,
        "INSERT INTO failed_links (school_id, platform, account_id, at) VALUES ($1, $2, $3, $4)",
        &[
            &SchoolId::default().0,
            &a.platform.as_str(),
            &a.id,
            &ts(now),
        ],
    )
    .await?;
    Ok(())
}

/// Wrong codes typed by an account at or after `since`.
pub(super) async fn failures_since(c: &Conn, a: &Account, since: DateTime<Utc>) -> Result<u32> {
    let n: i64 = sql::one(
        c,
        "SELECT COUNT(*) FROM failed_links WHERE platform = $1 AND account_id = $2 AND at >= $3",
        &[&a.platform.as_str(), &a.id, &ts(since)],
        first,
    )
    .await?;
    Ok(u32::try_from(n)?)
}

/// How long a handled update is remembered: far longer than any platform redelivers one.
const UPDATES_KEPT_DAYS: i64 = 7;

/// Records a handled update unless it is already recorded (then false), and forgets those
/// handled more than [`UPDATES_KEPT_DAYS`] ago (an index range, so it stays cheap).
pub(super) async fn record_update(
    c: &Conn,
    p: Platform,
    id: &str,
    now: DateTime<Utc>,
) -> Result<bool> {
    let added = sql::execute(
        c,
        "INSERT INTO handled_updates (school_id, platform, update_id, handled_at) \
         VALUES ($1, $2, $3, $4) ON CONFLICT (platform, update_id) DO NOTHING",
        &[&SchoolId::default().0, &p.as_str(), &id, &ts(now)],
    )
    .await?;
    if added == 1 {
        let before = now - chrono::Duration::days(UPDATES_KEPT_DAYS);
        sql::execute(
            c,
            "DELETE FROM handled_updates WHERE handled_at < $1",
            &[&ts(before)],
        )
        .await?;
    }
    Ok(added == 1)
}
