//! Guided-form drafts, one per person. The form state (which holds the answers typed so far)
//! is stored only sealed by the [`Cipher`].

use super::codec::{parse_platform, parse_ts, ts};
use super::people::school_of;
use crate::core::form::FormState;
use crate::core::ids::PersonId;
use crate::core::store::Draft;
use crate::crypto::Cipher;
use anyhow::{Context, Result};
use chrono::{DateTime, Utc};
use sqlx::sqlite::{SqliteConnection, SqliteRow};
use sqlx::Row;

const COLUMNS: &str = "person_id, platform, state_sealed, updated_at, reminded";

fn from_row(row: &SqliteRow, cipher: &Cipher) -> Result<Draft> {
    let person = PersonId(row.try_get("person_id")?);
    let sealed: Vec<u8> = row.try_get("state_sealed")?;
    let json = cipher
        .decrypt(&sealed)
        .with_context(|| format!("opening the draft of person {person}"))?;
    let state: FormState = serde_json::from_slice(&json)
        .with_context(|| format!("reading the draft of person {person}"))?;
    Ok(Draft {
        person,
        platform: parse_platform(row.try_get("platform")?)?,
        state,
        updated_at: parse_ts(row.try_get("updated_at")?)?,
        reminded: row.try_get("reminded")?,
    })
}

pub(super) async fn get(
    c: &mut SqliteConnection,
    cipher: &Cipher,
    person: PersonId,
) -> Result<Option<Draft>> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM drafts WHERE person_id = $1"
    ))
    .bind(person.0)
    .fetch_optional(c)
    .await?;
    row.map(|r| from_row(&r, cipher)).transpose()
}

/// Creates or replaces the person's draft.
pub(super) async fn save(c: &mut SqliteConnection, cipher: &Cipher, d: &Draft) -> Result<()> {
    let school = school_of(c, d.person).await?;
    let sealed = cipher.encrypt(&serde_json::to_vec(&d.state)?);
    sqlx::query(
        "INSERT INTO drafts (person_id, school_id, platform, state_sealed, updated_at, reminded) \
         VALUES ($1, $2, $3, $4, $5, $6) \
         ON CONFLICT (person_id) DO UPDATE SET platform = excluded.platform, \
         state_sealed = excluded.state_sealed, updated_at = excluded.updated_at, \
         reminded = excluded.reminded",
    )
    .bind(d.person.0)
    .bind(school.0)
    .bind(d.platform.as_str())
    .bind(sealed)
    .bind(ts(d.updated_at))
    .bind(d.reminded)
    .execute(c)
    .await?;
    Ok(())
}

pub(super) async fn delete(c: &mut SqliteConnection, person: PersonId) -> Result<()> {
    sqlx::query("DELETE FROM drafts WHERE person_id = $1")
        .bind(person.0)
        .execute(c)
        .await?;
    Ok(())
}

/// Drafts last touched strictly before `before`, oldest first.
pub(super) async fn idle_since(
    c: &mut SqliteConnection,
    cipher: &Cipher,
    before: DateTime<Utc>,
) -> Result<Vec<Draft>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM drafts WHERE updated_at < $1 ORDER BY updated_at, person_id"
    ))
    .bind(ts(before))
    .fetch_all(c)
    .await?;
    rows.iter().map(|r| from_row(r, cipher)).collect()
}

pub(super) async fn mark_reminded(c: &mut SqliteConnection, person: PersonId) -> Result<()> {
    sqlx::query("UPDATE drafts SET reminded = $1 WHERE person_id = $2")
        .bind(true)
        .bind(person.0)
        .execute(c)
        .await?;
    Ok(())
}
