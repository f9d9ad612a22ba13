//! Reading and writing concern rows: column lists, codes, sealing. Used by `concern.rs`.
//!
//! Sealed values are sealed and opened here, each in its place (`sealing.rs`); an error names
//! the row by id, never by content. A concern row
//! that cannot be read is set aside (see `quarantine.rs`) and left out of lists.

use super::codec::{parse_ts, ts};
use super::quarantine::{open_json, Faults};
use super::sealing;
use super::sql::Row;
use super::sql::{self, Args, Conn};
use crate::core::concern::reference::ConcernRef;
use crate::core::concern::store::{Concern, ConcernId, Entry, EntryBody};
use crate::core::concern::types::{About, Agency, Category, EntryKind, Location, Outcome, Status};
use crate::core::ids::{PersonId, SchoolId};
use crate::crypto::{Cipher, Seal};
use anyhow::{anyhow, Result};
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

pub(super) const COLUMNS: &str =
    "id, school_id, year, seq, facts_sealed, urgent, status, route_level, escalate_at, \
     acknowledged_at, closed_at, legal_hold, created_at";

fn code<T>(parse: fn(&str) -> Option<T>, s: &str, what: &str) -> Result<T> {
    parse(s).ok_or_else(|| anyhow!("unknown stored {what}"))
}

fn text(row: &Row<'_>, col: &str) -> Result<String> {
    row.get(col)
}

fn opt_ts(s: Option<String>) -> Result<Option<DateTime<Utc>>> {
    s.as_deref().map(parse_ts).transpose()
}

/// What a concern's row keeps sealed: who reported whom, what it is about and how it ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct ConcernFactsSealed {
    pub reporter: i64,
    pub about: String,
    pub categories: Vec<String>,
    pub subjects: Vec<i64>,
    pub conflict: bool,
    pub told_dsl: bool,
    pub place: String,
    pub occurred_at: DateTime<Utc>,
    pub draft_ref: Option<String>,
    pub outcome: Option<String>,
    pub acknowledged_by: Option<i64>,
}

impl ConcernFactsSealed {
    pub fn of(c: &Concern) -> Self {
        ConcernFactsSealed {
            reporter: c.reporter.0,
            about: c.about.as_str().into(),
            categories: c.categories.iter().map(|k| k.as_str().into()).collect(),
            subjects: c.subjects.iter().map(|p| p.0).collect(),
            conflict: c.conflict,
            told_dsl: c.told_dsl,
            place: c.place.as_str().into(),
            occurred_at: c.occurred_at,
            draft_ref: c.draft_ref.clone(),
            outcome: c.outcome.map(|o| o.as_str().into()),
            acknowledged_by: c.acknowledged_by.map(|p| p.0),
        }
    }
}

/// Seals a concern's facts in their place.
pub(super) fn seal_facts(cipher: &Cipher, c: &Concern) -> Result<Vec<u8>> {
    let place = sealing::concern("facts_sealed", c.school, c.reference);
    seal(cipher, &place, &ConcernFactsSealed::of(c))
}

pub(super) fn from_row(row: &Row<'_>, cipher: &Cipher) -> Result<Concern> {
    let id: i64 = row.get("id")?;
    let sealed: Vec<u8> = row
        .get::<_, Option<Vec<u8>>>("facts_sealed")?
        .ok_or_else(|| anyhow!("concern row {id} has no sealed facts"))?;
    let school = SchoolId(row.get("school_id")?);
    let reference = ConcernRef::new(row.get("year")?, row.get("seq")?)
        .map_err(|_| anyhow!("stored concern reference out of range"))?;
    let place = sealing::concern("facts_sealed", school, reference);
    let f: ConcernFactsSealed = open(cipher, &sealed, &place, id)?;
    let categories = f
        .categories
        .iter()
        .map(|s| code(Category::parse, s, "category"))
        .collect::<Result<Vec<_>>>()?;
    Ok(Concern {
        id: ConcernId(id),
        school,
        reference,
        reporter: PersonId(f.reporter),
        about: code(About::parse, &f.about, "about")?,
        categories,
        urgent: row.get("urgent")?,
        conflict: f.conflict,
        told_dsl: f.told_dsl,
        place: code(Location::parse, &f.place, "place")?,
        occurred_at: f.occurred_at,
        draft_ref: f.draft_ref,
        subjects: f.subjects.into_iter().map(PersonId).collect(),
        status: code(Status::parse, &text(row, "status")?, "status")?,
        route_level: row.get("route_level")?,
        escalate_at: opt_ts(row.get("escalate_at")?)?,
        acknowledged_at: opt_ts(row.get("acknowledged_at")?)?,
        acknowledged_by: f.acknowledged_by.map(PersonId),
        closed_at: opt_ts(row.get("closed_at")?)?,
        outcome: f
            .outcome
            .map(|o| code(Outcome::parse, &o, "outcome"))
            .transpose()?,
        legal_hold: row.get("legal_hold")?,
        created_at: parse_ts(&text(row, "created_at")?)?,
    })
}

/// Concerns found by `sql` (which selects `COLUMNS`). A row that cannot be read is set aside
/// and left out.
pub(super) async fn find(
    c: &Conn,
    faults: &Faults,
    cipher: &Cipher,
    sql: &str,
    args: Args<'_>,
) -> Result<Vec<Concern>> {
    let rows = sql::all(c, sql, args, |r| Ok((r.get("id")?, from_row(r, cipher)))).await?;
    faults.keep_readable(c, "concerns", rows).await
}

/// Concerns of a school matching `filter`, which refers to `at` as `$2` when it is given.
pub(super) async fn select(
    c: &Conn,
    faults: &Faults,
    cipher: &Cipher,
    filter: &str,
    school: SchoolId,
    at: Option<DateTime<Utc>>,
) -> Result<Vec<Concern>> {
    let sql =
        format!("SELECT {COLUMNS} FROM concerns WHERE school_id = $1 AND {filter} ORDER BY id");
    match at {
        Some(at) => find(c, faults, cipher, &sql, &[&school.0, &ts(at)]).await,
        None => find(c, faults, cipher, &sql, &[&school.0]).await,
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

/// What a chronology entry's row keeps sealed besides its body: what kind of entry it is, who
/// wrote it, and the agency, status or outcome it records.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct EntryFactsSealed {
    pub kind: String,
    pub author: Option<i64>,
    pub agency: Option<String>,
    pub status: Option<String>,
    pub outcome: Option<String>,
}

impl EntryFactsSealed {
    pub fn of(e: &Entry) -> Self {
        EntryFactsSealed {
            kind: e.kind.as_str().into(),
            author: e.author.map(|p| p.0),
            agency: e.agency.map(|a| a.as_str().into()),
            status: e.status.map(|s| s.as_str().into()),
            outcome: e.outcome.map(|o| o.as_str().into()),
        }
    }
}

pub(super) fn entry_from_row(row: &Row<'_>, cipher: &Cipher) -> Result<Entry> {
    let id: i64 = row.get("id")?;
    let sealed: Vec<u8> = row.get("body_sealed")?;
    let facts: Vec<u8> = row
        .get::<_, Option<Vec<u8>>>("facts_sealed")?
        .ok_or_else(|| anyhow!("chronology entry row {id} has no sealed facts"))?;
    let concern = ConcernId(row.get("concern_id")?);
    let n: u32 = row.get("n")?;
    let f: EntryFactsSealed = open(
        cipher,
        &facts,
        &sealing::entry("facts_sealed", concern, n),
        id,
    )?;
    Ok(Entry {
        n,
        kind: code(EntryKind::parse, &f.kind, "entry kind")?,
        author: f.author.map(PersonId),
        happened_at: parse_ts(&text(row, "happened_at")?)?,
        recorded_at: parse_ts(&text(row, "recorded_at")?)?,
        agency: f
            .agency
            .map(|s| code(Agency::parse, &s, "agency"))
            .transpose()?,
        corrects: row.get("corrects")?,
        status: f
            .status
            .map(|s| code(Status::parse, &s, "status"))
            .transpose()?,
        outcome: f
            .outcome
            .map(|s| code(Outcome::parse, &s, "outcome"))
            .transpose()?,
        body: open::<EntryBody>(
            cipher,
            &sealed,
            &sealing::entry("body_sealed", concern, n),
            id,
        )?,
    })
}
