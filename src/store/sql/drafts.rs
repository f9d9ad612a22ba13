//! Guided-form drafts, one per person. The form state (which holds the answers typed so far)
//! is stored only sealed by the [`Cipher`], bound to its owner: a draft moved to another person's
//! row does not open.
//!
//! A draft that cannot be opened or read is set aside ([`Faults`]) and reads as no draft, so
//! its owner gets a fresh form instead of an error on every message.

use super::codec::{parse_platform, parse_ts, ts};
use super::people::school_of;
use super::quarantine::{open_json, Fault, Faults};
use super::sealing;
use super::sql::Row;
use super::sql::{self, Conn};
use crate::core::form::FormState;
use crate::core::ids::{PersonId, SchoolId};
use crate::core::store::Draft;
use crate::crypto::Cipher;
use anyhow::Result;
use chrono::{DateTime, Utc};

const COLUMNS: &str = "person_id, platform, state_sealed, updated_at, reminded";

fn from_row(row: &Row<'_>, cipher: &Cipher) -> Result<Draft> {
    let person = PersonId(row.get("person_id")?);
    let sealed: Vec<u8> = row.get("state_sealed")?;
    let state: FormState = open_json(cipher, &sealed, &sealing::draft(person), person.0)?;
    Ok(Draft {
        person,
        platform: parse_platform(&row.get::<_, String>("platform")?)?,
        state,
        updated_at: parse_ts(&row.get::<_, String>("updated_at")?)?,
        reminded: row.get("reminded")?,
    })
}

/// Reads a row, keeping its key beside the outcome.
fn keyed(row: &Row<'_>, cipher: &Cipher) -> Result<(i64, Result<Draft>)> {
    Ok((row.get("person_id")?, from_row(row, cipher)))
}

/// Drafts found by `sql`; the ones that cannot be read are set aside (and deleted).
async fn readable(
    c: &Conn,
    cipher: &Cipher,
    faults: &Faults,
    sql: &str,
    args: sql::Args<'_>,
) -> Result<Vec<Draft>> {
    let rows = sql::all(c, sql, args, |r| keyed(r, cipher)).await?;
    let mut out = Vec::with_capacity(rows.len());
    for (person, read) in rows {
        match read {
            Ok(d) => out.push(d),
            Err(e) => {
                let mut fault = Fault::of(&e, "drafts", person);
                fault.owner = Some(person);
                faults.set_aside(c, fault).await?;
            }
        }
    }
    Ok(out)
}

/// The person's draft; `None` when they have none, or when theirs could not be read (it is then
/// set aside).
pub(super) async fn get(
    c: &Conn,
    cipher: &Cipher,
    faults: &Faults,
    person: PersonId,
) -> Result<Option<Draft>> {
    let sql = format!("SELECT {COLUMNS} FROM drafts WHERE person_id = $1");
    Ok(readable(c, cipher, faults, &sql, &[&person.0]).await?.pop())
}

/// Creates or replaces the person's draft.
pub(super) async fn save(c: &Conn, cipher: &Cipher, d: &Draft) -> Result<()> {
    let school = school_of(c, d.person).await?;
    let sealed = sealing::seal_json(cipher, &sealing::draft(d.person), &d.state)?;
    sql::execute(
        c,
        "INSERT INTO drafts (person_id, school_id, platform, state_sealed, updated_at, reminded) \
         VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (person_id) DO UPDATE SET platform = excluded.platform, \
         state_sealed = excluded.state_sealed, updated_at = excluded.updated_at, \
         reminded = excluded.reminded",
        &[
            &d.person.0,
            &school.0,
            &d.platform.as_str(),
            &sealed,
            &ts(d.updated_at),
            &d.reminded,
        ],
    )
    .await?;
    Ok(())
}

pub(super) async fn delete(c: &Conn, person: PersonId) -> Result<()> {
    sql::execute(c, "DELETE FROM drafts WHERE person_id = $1", &[&person.0]).await?;
    Ok(())
}

/// Readable drafts last touched strictly before `before`, oldest first.
pub(super) async fn idle_since(
    c: &Conn,
    cipher: &Cipher,
    faults: &Faults,
    school: SchoolId,
    before: DateTime<Utc>,
) -> Result<Vec<Draft>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM drafts WHERE updated_at < $1 \
         AND person_id IN (SELECT id FROM people WHERE school_id = $2) \
         ORDER BY updated_at, person_id"
    );
    readable(c, cipher, faults, &sql, &[&ts(before), &school.0]).await
}

pub(super) async fn mark_reminded(c: &Conn, person: PersonId) -> Result<()> {
    sql::execute(
        c,
        "UPDATE drafts SET reminded = $1 WHERE person_id = $2",
        &[&true, &person.0],
    )
    .await?;
    Ok(())
}
