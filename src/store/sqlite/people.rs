//! The directory: people, their class groups, and imports from the school's MIS export.
//!
//! People are never deleted. A person missing from an import of their kind becomes inactive
//! (a leaver): kept for the record, never contacted, not found by account. A language the
//! person chose themselves (`set_lang`) is kept when the import says otherwise.

use super::codec::{kind_str, parse_lang, ts};
use crate::core::ids::{Account, PersonId, SchoolId};
use crate::core::people::{Lang, Person, Role, Roles};
use crate::core::store::{ImportSummary, Kind, PersonRecord};
use anyhow::{anyhow, bail, Result};
use chrono::{DateTime, Utc};
use sqlx::sqlite::{SqliteConnection, SqliteRow};
use sqlx::Row;
use std::collections::{HashMap, HashSet};

const COLUMNS: &str = "p.id, p.school_id, p.external_id, p.name, p.roles, p.lang, p.active";

fn from_row(row: &SqliteRow, groups: Vec<String>) -> Result<Person> {
    Ok(Person {
        id: PersonId(row.try_get("id")?),
        school: SchoolId(row.try_get("school_id")?),
        external_id: row.try_get("external_id")?,
        name: row.try_get("name")?,
        roles: parse_roles(row.try_get("roles")?)?,
        lang: parse_lang(row.try_get("lang")?)?,
        groups,
        active: row.try_get("active")?,
    })
}

fn parse_roles(s: &str) -> Result<Roles> {
    Roles::parse_list(s).map_err(|r| anyhow!("unknown stored role {r:?}"))
}

/// The school a person belongs to; an error if there is no such person.
pub(super) async fn school_of(c: &mut SqliteConnection, person: PersonId) -> Result<SchoolId> {
    let school: Option<i64> = sqlx::query_scalar("SELECT school_id FROM people WHERE id = $1")
        .bind(person.0)
        .fetch_optional(c)
        .await?;
    school
        .map(SchoolId)
        .ok_or_else(|| anyhow!("no person with id {person}"))
}

async fn groups_of(c: &mut SqliteConnection, person: i64) -> Result<Vec<String>> {
    Ok(
        sqlx::query_scalar("SELECT name FROM person_groups WHERE person_id = $1 ORDER BY name")
            .bind(person)
            .fetch_all(c)
            .await?,
    )
}

async fn groups_of_school(
    c: &mut SqliteConnection,
    school: SchoolId,
) -> Result<HashMap<i64, Vec<String>>> {
    let rows: Vec<(i64, String)> = sqlx::query_as(
        "SELECT person_id, name FROM person_groups WHERE school_id = $1 ORDER BY person_id, name",
    )
    .bind(school.0)
    .fetch_all(c)
    .await?;
    let mut out: HashMap<i64, Vec<String>> = HashMap::new();
    for (person, name) in rows {
        out.entry(person).or_default().push(name);
    }
    Ok(out)
}

async fn one(c: &mut SqliteConnection, row: Option<SqliteRow>) -> Result<Option<Person>> {
    match row {
        None => Ok(None),
        Some(row) => {
            let groups = groups_of(c, row.try_get("id")?).await?;
            Ok(Some(from_row(&row, groups)?))
        }
    }
}

pub(super) async fn person(c: &mut SqliteConnection, id: PersonId) -> Result<Option<Person>> {
    let row = sqlx::query(&format!("SELECT {COLUMNS} FROM people p WHERE p.id = $1"))
        .bind(id.0)
        .fetch_optional(&mut *c)
        .await?;
    one(c, row).await
}

pub(super) async fn by_account(c: &mut SqliteConnection, a: &Account) -> Result<Option<Person>> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM people p JOIN accounts a ON a.person_id = p.id \
         WHERE a.platform = $1 AND a.account_id = $2 AND p.active = $3"
    ))
    .bind(a.platform.as_str())
    .bind(&a.id)
    .bind(true)
    .fetch_optional(&mut *c)
    .await?;
    one(c, row).await
}

pub(super) async fn by_external_id(
    c: &mut SqliteConnection,
    school: SchoolId,
    ext: &str,
) -> Result<Option<Person>> {
    let row = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM people p WHERE p.school_id = $1 AND p.external_id = $2"
    ))
    .bind(school.0)
    .bind(ext)
    .fetch_optional(&mut *c)
    .await?;
    one(c, row).await
}

/// Active people of a school, by name.
pub(super) async fn active(c: &mut SqliteConnection, school: SchoolId) -> Result<Vec<Person>> {
    let rows = sqlx::query(&format!(
        "SELECT {COLUMNS} FROM people p WHERE p.school_id = $1 AND p.active = $2 \
         ORDER BY p.name, p.id"
    ))
    .bind(school.0)
    .bind(true)
    .fetch_all(&mut *c)
    .await?;
    let mut groups = groups_of_school(c, school).await?;
    rows.iter()
        .map(|row| {
            let id: i64 = row.try_get("id")?;
            from_row(row, groups.remove(&id).unwrap_or_default())
        })
        .collect()
}

pub(super) async fn with_roles(
    c: &mut SqliteConnection,
    school: SchoolId,
    roles: &[Role],
) -> Result<Vec<Person>> {
    let mut people = active(c, school).await?;
    people.retain(|p| p.roles.any(roles));
    Ok(people)
}

pub(super) async fn set_lang(c: &mut SqliteConnection, person: PersonId, lang: Lang) -> Result<()> {
    let done = sqlx::query("UPDATE people SET lang = $1, lang_chosen = $2 WHERE id = $3")
        .bind(lang.tag())
        .bind(true)
        .bind(person.0)
        .execute(c)
        .await?;
    if done.rows_affected() == 0 {
        bail!("no person with id {person}");
    }
    Ok(())
}

/// A stored person as an import sees them.
struct Existing {
    id: i64,
    kind: String,
    name: String,
    roles: String,
    lang: String,
    lang_chosen: bool,
    active: bool,
    groups: Vec<String>,
}

async fn existing(c: &mut SqliteConnection, school: SchoolId) -> Result<HashMap<String, Existing>> {
    let rows = sqlx::query(
        "SELECT id, external_id, kind, name, roles, lang, lang_chosen, active \
         FROM people WHERE school_id = $1",
    )
    .bind(school.0)
    .fetch_all(&mut *c)
    .await?;
    let mut groups = groups_of_school(c, school).await?;
    let mut out = HashMap::new();
    for row in rows {
        let id: i64 = row.try_get("id")?;
        let e = Existing {
            id,
            kind: row.try_get("kind")?,
            name: row.try_get("name")?,
            roles: row.try_get("roles")?,
            lang: row.try_get("lang")?,
            lang_chosen: row.try_get("lang_chosen")?,
            active: row.try_get("active")?,
            groups: groups.remove(&id).unwrap_or_default(),
        };
        out.insert(row.try_get("external_id")?, e);
    }
    Ok(out)
}

/// Class groups as stored: trimmed, sorted, without blanks or repeats.
fn normalised_groups(groups: &[String]) -> Vec<String> {
    let mut g: Vec<String> = groups
        .iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    g.sort();
    g.dedup();
    g
}

pub(super) async fn import(
    c: &mut SqliteConnection,
    school: SchoolId,
    kind: Kind,
    records: &[PersonRecord],
    now: DateTime<Utc>,
) -> Result<ImportSummary> {
    let kind = kind_str(kind);
    let mut known = existing(c, school).await?;
    let mut summary = ImportSummary::default();
    let mut listed = HashSet::new();
    for r in records {
        listed.insert(r.external_id.clone());
        let groups = normalised_groups(&r.groups);
        let roles = r.roles.to_list();
        match known.get(&r.external_id) {
            Some(e) if e.kind != kind => bail!(
                "external id {:?} already belongs to a {} record",
                r.external_id,
                e.kind
            ),
            Some(e) => {
                let lang = if e.lang_chosen { &e.lang } else { r.lang.tag() };
                let same = e.active
                    && e.name == r.name
                    && e.roles == roles
                    && e.lang == lang
                    && e.groups == groups;
                if same {
                    summary.unchanged += 1;
                    continue;
                }
                sqlx::query(
                    "UPDATE people SET name = $1, roles = $2, lang = $3, active = $4, \
                     updated_at = $5 WHERE id = $6",
                )
                .bind(&r.name)
                .bind(&roles)
                .bind(lang)
                .bind(true)
                .bind(ts(now))
                .bind(e.id)
                .execute(&mut *c)
                .await?;
                let id = e.id;
                set_groups(c, school, id, &groups).await?;
                summary.updated += 1;
                remember(&mut known, r, id, kind, roles, groups);
            }
            None => {
                let id: i64 = sqlx::query_scalar(
                    "INSERT INTO people (school_id, external_id, name, roles, lang, kind, \
                     active, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
                )
                .bind(school.0)
                .bind(&r.external_id)
                .bind(&r.name)
                .bind(&roles)
                .bind(r.lang.tag())
                .bind(kind)
                .bind(true)
                .bind(ts(now))
                .fetch_one(&mut *c)
                .await?;
                set_groups(c, school, id, &groups).await?;
                summary.added += 1;
                remember(&mut known, r, id, kind, roles, groups);
            }
        }
    }
    for (ext, e) in &known {
        if e.kind == kind && e.active && !listed.contains(ext) {
            sqlx::query("UPDATE people SET active = $1, updated_at = $2 WHERE id = $3")
                .bind(false)
                .bind(ts(now))
                .bind(e.id)
                .execute(&mut *c)
                .await?;
            summary.left += 1;
        }
    }
    Ok(summary)
}

/// Records what was just written, so a repeated row in one file is seen as unchanged.
fn remember(
    known: &mut HashMap<String, Existing>,
    r: &PersonRecord,
    id: i64,
    kind: &str,
    roles: String,
    groups: Vec<String>,
) {
    let lang_chosen = known.get(&r.external_id).is_some_and(|e| e.lang_chosen);
    let lang = match known.get(&r.external_id) {
        Some(e) if e.lang_chosen => e.lang.clone(),
        _ => r.lang.tag().to_string(),
    };
    let e = Existing {
        id,
        kind: kind.to_string(),
        name: r.name.clone(),
        roles,
        lang,
        lang_chosen,
        active: true,
        groups,
    };
    known.insert(r.external_id.clone(), e);
}

async fn set_groups(
    c: &mut SqliteConnection,
    school: SchoolId,
    person: i64,
    groups: &[String],
) -> Result<()> {
    sqlx::query("DELETE FROM person_groups WHERE person_id = $1")
        .bind(person)
        .execute(&mut *c)
        .await?;
    for g in groups {
        sqlx::query("INSERT INTO person_groups (school_id, person_id, name) VALUES ($1, $2, $3)")
            .bind(school.0)
            .bind(person)
            .bind(g)
            .execute(&mut *c)
            .await?;
    }
    Ok(())
}
