//! Reading and writing concern rows: column lists, codes, sealing. Used by `concern.rs`.
//!
//! Sealed values are opened here; an error names the row by id, never by content.

use super::codec::{parse_ts, ts};
use crate::core::concern::reference::ConcernRef;
use crate::core::concern::store::{Concern, ConcernId, Entry, EntryBody};
use crate::core::concern::types::{About, Agency, Category, EntryKind, Location, Outcome, Status};
use crate::core::ids::{PersonId, SchoolId};
use crate::crypto::Cipher;
use anyhow::{anyhow, Context, Result};
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use sqlx::sqlite::{SqliteConnection, SqliteRow};
use sqlx::Row;

pub(super) const COLUMNS: &str =
    "id, school_id, year, seq, reporter_id, about, categories, urgent, conflict, \
     told_dsl, place, occurred_at, draft_ref, status, route_level, escalate_at, acknowledged_at, \
     acknowledged_by, closed_at, outcome, legal_hold, created_at";

fn code<T>(parse: fn(&str) -> Option<T>, s: &str, what: &str) -> Result<T> {
    parse(s).ok_or_else(|| anyhow!("unknown stored {what} {s:?}"))
}

fn opt_ts(s: Option<String>) -> Result<Option<DateTime<Utc>>> {
    s.as_deref().map(parse_ts).transpose()
}

pub(super) fn from_row(row: &SqliteRow) -> Result<Concern> {
    let categories: String = row.try_get("categories")?;
    let categories = categories
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| code(Category::parse, s, "category"))
        .collect::<Result<Vec<_>>>()?;
    let outcome: Option<String> = row.try_get("outcome")?;
    Ok(Concern {
        id: ConcernId(row.try_get("id")?),
        school: SchoolId(row.try_get("school_id")?),
        reference: ConcernRef::new(row.try_get("year")?, row.try_get("seq")?)
            .map_err(|_| anyhow!("stored concern reference out of range"))?,
        reporter: PersonId(row.try_get("reporter_id")?),
        about: code(About::parse, row.try_get("about")?, "about")?,
        categories,
        urgent: row.try_get("urgent")?,
        conflict: row.try_get("conflict")?,
        told_dsl: row.try_get("told_dsl")?,
        place: code(Location::parse, row.try_get("place")?, "place")?,
        occurred_at: parse_ts(row.try_get("occurred_at")?)?,
        draft_ref: row.try_get("draft_ref")?,
        subjects: Vec::new(),
        status: code(Status::parse, row.try_get("status")?, "status")?,
        route_level: row.try_get("route_level")?,
        escalate_at: opt_ts(row.try_get("escalate_at")?)?,
        acknowledged_at: opt_ts(row.try_get("acknowledged_at")?)?,
        acknowledged_by: row
            .try_get::<Option<i64>, _>("acknowledged_by")?
            .map(PersonId),
        closed_at: opt_ts(row.try_get("closed_at")?)?,
        outcome: outcome
            .map(|o| code(Outcome::parse, &o, "outcome"))
            .transpose()?,
        legal_hold: row.try_get("legal_hold")?,
        created_at: parse_ts(row.try_get("created_at")?)?,
    })
}

/// Reads rows and fills in each concern's subjects.
pub(super) async fn with_subjects(
    c: &mut SqliteConnection,
    rows: Vec<SqliteRow>,
) -> Result<Vec<Concern>> {
    let mut out = Vec::with_capacity(rows.len());
    for row in &rows {
        let mut concern = from_row(row)?;
        concern.subjects = sqlx::query_scalar(
            "SELECT person_id FROM concern_subjects WHERE concern_id = $1 ORDER BY person_id",
        )
        .bind(concern.id.0)
        .fetch_all(&mut *c)
        .await?
        .into_iter()
        .map(PersonId)
        .collect();
        out.push(concern);
    }
    Ok(out)
}

/// Concerns of a school matching `filter`, which refers to `at` as `$2` when it is given.
pub(super) async fn select(
    c: &mut SqliteConnection,
    filter: &str,
    school: SchoolId,
    at: Option<DateTime<Utc>>,
) -> Result<Vec<Concern>> {
    let sql =
        format!("SELECT {COLUMNS} FROM concerns WHERE school_id = $1 AND {filter} ORDER BY id");
    let mut q = sqlx::query(&sql).bind(school.0);
    if let Some(at) = at {
        q = q.bind(ts(at));
    }
    let rows = q.fetch_all(&mut *c).await?;
    with_subjects(c, rows).await
}

pub(super) fn seal<T: serde::Serialize>(cipher: &Cipher, value: &T) -> Result<Vec<u8>> {
    Ok(cipher.encrypt(&serde_json::to_vec(value)?))
}

pub(super) fn open<T: DeserializeOwned>(
    cipher: &Cipher,
    sealed: &[u8],
    what: &str,
    id: i64,
) -> Result<T> {
    let json = cipher
        .decrypt(sealed)
        .with_context(|| format!("opening the {what} of row {id}"))?;
    serde_json::from_slice(&json).with_context(|| format!("reading the {what} of row {id}"))
}

pub(super) fn entry_from_row(row: &SqliteRow, cipher: &Cipher) -> Result<Entry> {
    let id: i64 = row.try_get("id")?;
    let sealed: Vec<u8> = row.try_get("body_sealed")?;
    let opt = |col: &str| row.try_get::<Option<String>, _>(col);
    Ok(Entry {
        n: row.try_get("n")?,
        kind: code(EntryKind::parse, row.try_get("kind")?, "entry kind")?,
        author: row.try_get::<Option<i64>, _>("author_id")?.map(PersonId),
        happened_at: parse_ts(row.try_get("happened_at")?)?,
        recorded_at: parse_ts(row.try_get("recorded_at")?)?,
        agency: opt("agency")?
            .map(|s| code(Agency::parse, &s, "agency"))
            .transpose()?,
        corrects: row.try_get("corrects")?,
        status: opt("status")?
            .map(|s| code(Status::parse, &s, "status"))
            .transpose()?,
        outcome: opt("outcome")?
            .map(|s| code(Outcome::parse, &s, "outcome"))
            .transpose()?,
        body: open::<EntryBody>(cipher, &sealed, "chronology entry", id)?,
    })
}

pub(super) fn list(categories: &[Category]) -> String {
    categories
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(",")
}
