//! Guided-form drafts, one per person. The form state (which holds the answers typed so far)
//! is stored only sealed by the [`Cipher`].

use super::codec::{parse_platform, parse_ts, ts};
use super::people::school_of;
use super::sql::{self, Conn};
use crate::core::form::FormState;
use crate::core::ids::PersonId;
use crate::core::store::Draft;
use crate::crypto::Cipher;
use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use rusqlite::Row;

const COLUMNS: &str = "person_id, platform, state_sealed, updated_at, reminded";

fn from_row(row: &Row<'_>, cipher: &Cipher) -> Result<Draft> {
    let person = PersonId(row.get("person_id")?);
    let sealed: Vec<u8> = row.get("state_sealed")?;
    let json = cipher
        .decrypt(&sealed)
        .with_context(|| format!("opening the draft of person {person}"))?;
    let state: FormState = serde_json::from_slice(&json)
        .with_context(|| format!("reading the draft of person {person}"))?;
    Ok(Draft {
        person,
        platform: parse_platform(&row.get::<_, String>("platform")?)?,
        state,
        updated_at: parse_ts(&row.get::<_, String>("updated_at")?)?,
        reminded: row.get("reminded")?,
    })
}

pub(super) fn get(c: &Conn, cipher: &Cipher, person: PersonId) -> Result<Option<Draft>> {
    sql::optional(
        c,
        &format!("SELECT {COLUMNS} FROM drafts WHERE person_id = $1"),
        &[&person.0],
        |r| from_row(r, cipher),
    )
}

/// Creates or replaces the person's draft.
pub(super) fn save(c: &Conn, cipher: &Cipher, d: &Draft) -> Result<()> {
    let school = school_of(c, d.person)?;
    let sealed = cipher.encrypt(&serde_json::to_vec(&d.state)?)?;
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
    )?;
    Ok(())
}

pub(super) fn delete(c: &Conn, person: PersonId) -> Result<()> {
    sql::execute(c, "DELETE FROM drafts WHERE person_id = $1", &[&person.0])?;
    Ok(())
}

/// Drafts last touched strictly before `before`, oldest first.
pub(super) fn idle_since(c: &Conn, cipher: &Cipher, before: DateTime<Utc>) -> Result<Vec<Draft>> {
    sql::all(
        c,
        &format!(
            "SELECT {COLUMNS} FROM drafts WHERE updated_at < $1 ORDER BY updated_at, person_id"
        ),
        &[&ts(before)],
        |r| from_row(r, cipher),
    )
}

pub(super) fn mark_reminded(c: &Conn, person: PersonId) -> Result<()> {
    sql::execute(
        c,
        "UPDATE drafts SET reminded = $1 WHERE person_id = $2",
        &[&true, &person.0],
    )?;
    Ok(())
}
