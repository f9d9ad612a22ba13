//! Reading and writing concern rows: column lists, codes, sealing. Used by `concern.rs`.
//!
//! Sealed values are sealed and opened here, each in its place (`sealing.rs`); an error names
//! the row by id, never by content. A concern row
//! that cannot be read is set aside (see `quarantine.rs`) and left out of lists.

use super::codec::{parse_ts, ts};
use super::quarantine::{open_json, Faults};
use super::sealing;
use super::sql::{self, Args, Conn};
use crate::core::concern::reference::ConcernRef;
use crate::core::concern::store::{Concern, ConcernId, Entry, EntryBody};
use crate::core::concern::types::{About, Agency, Category, EntryKind, Location, Outcome, Status};
use crate::core::ids::{PersonId, SchoolId};
use crate::crypto::{Cipher, Seal};
use anyhow::{anyhow, Result};
use chrono::{DateTime, Utc};
use rusqlite::Row;
use serde::de::DeserializeOwned;

pub(super) const COLUMNS: &str =
    "id, school_id, year, seq, reporter_id, about, categories, urgent, conflict, \
     told_dsl, place, occurred_at, draft_ref, status, route_level, escalate_at, acknowledged_at, \
     acknowledged_by, closed_at, outcome, legal_hold, created_at";

fn code<T>(parse: fn(&str) -> Option<T>, s: &str, what: &str) -> Result<T> {
    parse(s).ok_or_else(|| anyhow!("unknown stored {what} {s:?}"))
}

fn text(row: &Row<'_>, col: &str) -> Result<String> {
    Ok(row.get(col)?)
}

fn opt_ts(s: Option<String>) -> Result<Option<DateTime<Utc>>> {
    s.as_deref().map(parse_ts).transpose()
}

pub(super) fn from_row(row: &Row<'_>) -> Result<Concern> {
    let categories: String = row.get("categories")?;
    let categories = categories
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| code(Category::parse, s, "category"))
        .collect::<Result<Vec<_>>>()?;
    let outcome: Option<String> = row.get("outcome")?;
    Ok(Concern {
        id: ConcernId(row.get("id")?),
        school: SchoolId(row.get("school_id")?),
        reference: ConcernRef::new(row.get("year")?, row.get("seq")?)
            .map_err(|_| anyhow!("stored concern reference out of range"))?,
        reporter: PersonId(row.get("reporter_id")?),
        about: code(About::parse, &text(row, "about")?, "about")?,
        categories,
        urgent: row.get("urgent")?,
        conflict: row.get("conflict")?,
        told_dsl: row.get("told_dsl")?,
        place: code(Location::parse, &text(row, "place")?, "place")?,
        occurred_at: parse_ts(&text(row, "occurred_at")?)?,
        draft_ref: row.get("draft_ref")?,
        subjects: Vec::new(),
        status: code(Status::parse, &text(row, "status")?, "status")?,
        route_level: row.get("route_level")?,
        escalate_at: opt_ts(row.get("escalate_at")?)?,
        acknowledged_at: opt_ts(row.get("acknowledged_at")?)?,
        acknowledged_by: row.get::<_, Option<i64>>("acknowledged_by")?.map(PersonId),
        closed_at: opt_ts(row.get("closed_at")?)?,
        outcome: outcome
            .map(|o| code(Outcome::parse, &o, "outcome"))
            .transpose()?,
        legal_hold: row.get("legal_hold")?,
        created_at: parse_ts(&text(row, "created_at")?)?,
    })
}

/// Fills in each concern's subjects.
pub(super) fn with_subjects(c: &Conn, mut concerns: Vec<Concern>) -> Result<Vec<Concern>> {
    for concern in &mut concerns {
        concern.subjects = sql::all(
            c,
            "SELECT person_id FROM concern_subjects WHERE concern_id = $1 ORDER BY person_id",
            &[&concern.id.0],
            |r| Ok(PersonId(r.get(0)?)),
        )?;
    }
    Ok(concerns)
}

/// Concerns found by `sql` (which selects `COLUMNS`), with their subjects. A row that cannot be
/// read is set aside and left out.
pub(super) fn find(c: &Conn, faults: &Faults, sql: &str, args: Args<'_>) -> Result<Vec<Concern>> {
    let rows = sql::all(c, sql, args, |r| Ok((r.get("id")?, from_row(r))))?;
    let concerns = faults.keep_readable(c, "concerns", rows)?;
    with_subjects(c, concerns)
}

/// Concerns of a school matching `filter`, which refers to `at` as `$2` when it is given.
pub(super) fn select(
    c: &Conn,
    faults: &Faults,
    filter: &str,
    school: SchoolId,
    at: Option<DateTime<Utc>>,
) -> Result<Vec<Concern>> {
    let sql =
        format!("SELECT {COLUMNS} FROM concerns WHERE school_id = $1 AND {filter} ORDER BY id");
    match at {
        Some(at) => find(c, faults, &sql, &[&school.0, &ts(at)]),
        None => find(c, faults, &sql, &[&school.0]),
    }
}

/// Seals `value` as JSON at `place`.
pub(super) fn seal<T: serde::Serialize>(
    cipher: &Cipher,
    place: &Seal,
    value: &T,
) -> Result<Vec<u8>> {
    sealing::seal_json(cipher, place, value)
}

/// Opens a JSON value sealed at `place`, in the row whose key is `id`; the error names the
/// place only.
pub(super) fn open<T: DeserializeOwned>(
    cipher: &Cipher,
    sealed: &[u8],
    place: &Seal,
    id: i64,
) -> Result<T> {
    Ok(open_json(cipher, sealed, place, id)?)
}

pub(super) fn entry_from_row(row: &Row<'_>, cipher: &Cipher) -> Result<Entry> {
    let id: i64 = row.get("id")?;
    let sealed: Vec<u8> = row.get("body_sealed")?;
    let place = sealing::entry(
        "body_sealed",
        ConcernId(row.get("concern_id")?),
        row.get("n")?,
    );
    let opt = |col: &str| row.get::<_, Option<String>>(col);
    Ok(Entry {
        n: row.get("n")?,
        kind: code(EntryKind::parse, &text(row, "kind")?, "entry kind")?,
        author: row.get::<_, Option<i64>>("author_id")?.map(PersonId),
        happened_at: parse_ts(&text(row, "happened_at")?)?,
        recorded_at: parse_ts(&text(row, "recorded_at")?)?,
        agency: opt("agency")?
            .map(|s| code(Agency::parse, &s, "agency"))
            .transpose()?,
        corrects: row.get("corrects")?,
        status: opt("status")?
            .map(|s| code(Status::parse, &s, "status"))
            .transpose()?,
        outcome: opt("outcome")?
            .map(|s| code(Outcome::parse, &s, "outcome"))
            .transpose()?,
        body: open::<EntryBody>(cipher, &sealed, &place, id)?,
    })
}

pub(super) fn list(categories: &[Category]) -> String {
    categories
        .iter()
        .map(|c| c.as_str())
        .collect::<Vec<_>>()
        .join(",")
}
