//! Linked chat accounts, one-time link codes (stored only as hashes) and wrong-code attempts.

use super::codec::{parse_platform, parse_ts, ts};
use super::people::school_of;
use crate::core::ids::{Account, PersonId, SchoolId};
use crate::core::store::CodeLookup;
use anyhow::{bail, Result};
use chrono::{DateTime, Utc};
use sqlx::sqlite::SqliteConnection;

/// A person's linked accounts, most recently linked first.
pub(super) async fn accounts_of(
    c: &mut SqliteConnection,
    person: PersonId,
) -> Result<Vec<Account>> {
    let rows: Vec<(String, String)> = sqlx::query_as(
        "SELECT platform, account_id FROM accounts WHERE person_id = $1 \
         ORDER BY linked_at DESC, id DESC",
    )
    .bind(person.0)
    .fetch_all(c)
    .await?;
    rows.into_iter()
        .map(|(p, id)| Ok(Account::new(parse_platform(&p)?, id)))
        .collect()
}

/// Binds the account to the person. The person's earlier account on that platform is dropped,
/// and an account that was linked to someone else moves to this person.
pub(super) async fn link(
    c: &mut SqliteConnection,
    person: PersonId,
    a: &Account,
    now: DateTime<Utc>,
) -> Result<()> {
    let school = school_of(c, person).await?;
    sqlx::query(
        "DELETE FROM accounts WHERE (platform = $1 AND account_id = $2) \
         OR (platform = $1 AND person_id = $3)",
    )
    .bind(a.platform.as_str())
    .bind(&a.id)
    .bind(person.0)
    .execute(&mut *c)
    .await?;
    sqlx::query(
        "INSERT INTO accounts (school_id, person_id, platform, account_id, linked_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(school.0)
    .bind(person.0)
    .bind(a.platform.as_str())
    .bind(&a.id)
    .bind(ts(now))
    .execute(c)
    .await?;
    Ok(())
}

pub(super) async fn unlink(c: &mut SqliteConnection, a: &Account) -> Result<bool> {
    let done = sqlx::query("DELETE FROM accounts WHERE platform = $1 AND account_id = $2")
        .bind(a.platform.as_str())
        .bind(&a.id)
        .execute(c)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Stores a new code for the person. Codes issued to them earlier and not yet used stop
/// working (they read as expired): a reissued letter replaces the lost one.
pub(super) async fn store_code(
    c: &mut SqliteConnection,
    person: PersonId,
    code_hash: &str,
    expires: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<()> {
    let school = school_of(c, person).await?;
    sqlx::query(
        "UPDATE link_codes SET expires_at = $1 \
         WHERE person_id = $2 AND used_at IS NULL AND expires_at > $1",
    )
    .bind(ts(now))
    .bind(person.0)
    .execute(&mut *c)
    .await?;
    sqlx::query(
        "INSERT INTO link_codes (code_hash, school_id, person_id, created_at, expires_at) \
         VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(code_hash)
    .bind(school.0)
    .bind(person.0)
    .bind(ts(now))
    .bind(ts(expires))
    .execute(c)
    .await?;
    Ok(())
}

/// What became of a code. A code of someone who has since left reads as expired.
pub(super) async fn lookup_code(
    c: &mut SqliteConnection,
    code_hash: &str,
    now: DateTime<Utc>,
) -> Result<CodeLookup> {
    let row: Option<(i64, String, Option<String>, bool)> = sqlx::query_as(
        "SELECT l.person_id, l.expires_at, l.used_at, p.active \
         FROM link_codes l JOIN people p ON p.id = l.person_id WHERE l.code_hash = $1",
    )
    .bind(code_hash)
    .fetch_optional(c)
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
    c: &mut SqliteConnection,
    code_hash: &str,
    a: &Account,
    now: DateTime<Utc>,
) -> Result<()> {
    let done = sqlx::query(
        "UPDATE link_codes SET used_at = $1, used_by_platform = $2, used_by_account = $3 \
         WHERE code_hash = $4 AND used_at IS NULL",
    )
    .bind(ts(now))
    .bind(a.platform.as_str())
    .bind(&a.id)
    .bind(code_hash)
    .execute(c)
    .await?;
    if done.rows_affected() == 0 {
        bail!("link code is unknown or already used");
    }
    Ok(())
}

/// Records a wrong code typed by an account. The account belongs to no one yet, so the row
/// is kept under the default school.
pub(super) async fn record_failure(
    c: &mut SqliteConnection,
    a: &Account,
    now: DateTime<Utc>,
) -> Result<()> {
    sqlx::query(
        "INSERT INTO failed_links (school_id, platform, account_id, at) VALUES ($1, $2, $3, $4)",
    )
    .bind(SchoolId::default().0)
    .bind(a.platform.as_str())
    .bind(&a.id)
    .bind(ts(now))
    .execute(c)
    .await?;
    Ok(())
}

/// Wrong codes typed by an account at or after `since`.
pub(super) async fn failures_since(
    c: &mut SqliteConnection,
    a: &Account,
    since: DateTime<Utc>,
) -> Result<u32> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM failed_links WHERE platform = $1 AND account_id = $2 AND at >= $3",
    )
    .bind(a.platform.as_str())
    .bind(&a.id)
    .bind(ts(since))
    .fetch_one(c)
    .await?;
    Ok(u32::try_from(n)?)
}
