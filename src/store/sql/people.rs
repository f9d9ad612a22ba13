//! The directory: people, their class groups, and imports from the school's MIS export.
//!
//! People are never deleted. A person missing from an import of their kind becomes inactive
//! (a leaver): kept for the record, never contacted, not found by account. A language the
//! person chose themselves (`set_lang`) is kept when the import says otherwise.

use super::codec::{kind_str, parse_lang, ts};
use super::sql::Row;
use super::sql::{self, first, Conn};
use crate::core::ids::{Account, PersonId, SchoolId};
use crate::core::people::{Lang, Person, Role, Roles};
use crate::core::store::{ImportSummary, Kind, PersonRecord};
use anyhow::{anyhow, bail, Result};
use chrono::{DateTime, Utc};
use std::collections::{HashMap, HashSet};

const COLUMNS: &str = "p.id, p.school_id, p.external_id, p.name, p.roles, p.lang, p.active";

/// A person as read from `COLUMNS`, before their class groups are added.
fn from_row(row: &Row<'_>) -> Result<Person> {
    Ok(Person {
        id: PersonId(row.get("id")?),
        school: SchoolId(row.get("school_id")?),
        external_id: row.get("external_id")?,
        name: row.get("name")?,
        roles: parse_roles(&row.get::<_, String>("roles")?)?,
        lang: parse_lang(&row.get::<_, String>("lang")?)?,
        groups: Vec::new(),
        active: row.get("active")?,
    })
}

fn parse_roles(s: &str) -> Result<Roles> {
    Roles::parse_list(s).map_err(|r| anyhow!("unknown stored role {r:?}"))
}

/// The school a person belongs to; an error if there is no such person.
pub(super) async fn school_of(c: &Conn, person: PersonId) -> Result<SchoolId> {
    let school: Option<i64> = sql::optional(
        c,
        "SELECT school_id FROM people WHERE id = $1",
        &[&person.0],
        first,
    )
    .await?;
    school
        .map(SchoolId)
        .ok_or_else(|| anyhow!("no person with id {person}"))
}

async fn groups_of(c: &Conn, person: PersonId) -> Result<Vec<String>> {
    sql::all(
        c,
        "SELECT name FROM person_groups WHERE person_id = $1 ORDER BY name",
        &[&person.0],
        first,
    )
    .await
}

async fn groups_of_school(c: &Conn, school: SchoolId) -> Result<HashMap<i64, Vec<String>>> {
    let rows: Vec<(i64, String)> = sql::all(
        c,
        "SELECT person_id, name FROM person_groups WHERE school_id = $1 ORDER BY person_id, name",
        &[&school.0],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .await?;
    let mut out: HashMap<i64, Vec<String>> = HashMap::new();
    for (person, name) in rows {
        out.entry(person).or_default().push(name);
    }
    Ok(out)
}

/// The one person `sql` finds, with their class groups.
async fn one(c: &Conn, sql: &str, args: sql::Args<'_>) -> Result<Option<Person>> {
    match sql::optional(c, sql, args, from_row).await? {
        None => Ok(None),
        Some(mut person) => {
            person.groups = groups_of(c, person.id).await?;
            Ok(Some(person))
        }
    }
}

pub(super) async fn person(c: &Conn, id: PersonId) -> Result<Option<Person>> {
    one(
        c,
        &format!("SELECT {COLUMNS} FROM people p WHERE p.id = $1"),
        &[&id.0],
    )
    .await
}

pub(super) async fn by_account(c: &Conn, a: &Account) -> Result<Option<Person>> {
    one(
        c,
        &format!(
            "SELECT {COLUMNS} FROM people p JOIN accounts a ON a.person_id = p.id \
             WHERE a.platform = $1 AND a.account_id = $2 AND p.active = $3 \
             ORDER BY a.linked_at DESC, a.id DESC"
        ),
        &[&a.platform.as_str(), &a.id, &true],
    )
    .await
}

/// The active person this account is linked to in one school.
pub(super) async fn by_account_in(c: &Conn, school: SchoolId, a: &Account) -> Result<Option<Person>> {
    one(
        c,
        &format!(
            "SELECT {COLUMNS} FROM people p JOIN accounts a ON a.person_id = p.id \
             WHERE a.platform = $1 AND a.account_id = $2 AND p.active = $3 AND a.school_id = $4"
        ),
        &[&a.platform.as_str(), &a.id, &true, &school.0],
    )
    .await
}

pub(super) async fn by_external_id(c: &Conn, school: SchoolId, ext: &str) -> Result<Option<Person>> {
    one(
        c,
        &format!("SELECT {COLUMNS} FROM people p WHERE p.school_id = $1 AND p.external_id = $2"),
        &[&school.0, &ext],
    )
    .await
}

/// Active people of a school, by name.
pub(super) async fn active(c: &Conn, school: SchoolId) -> Result<Vec<Person>> {
    let mut people = sql::all(
        c,
        &format!(
            "SELECT {COLUMNS} FROM people p WHERE p.school_id = $1 AND p.active = $2 \
             ORDER BY p.name, p.id"
        ),
        &[&school.0, &true],
        from_row,
    )
    .await?;
    let mut groups = groups_of_school(c, school).await?;
    for p in &mut people {
        p.groups = groups.remove(&p.id.0).unwrap_or_default();
    }
    Ok(people)
}

pub(super) async fn with_roles(c: &Conn, school: SchoolId, roles: &[Role]) -> Result<Vec<Person>> {
    let mut people = active(c, school).await?;
    people.retain(|p| p.roles.any(roles));
    Ok(people)
}

pub(super) async fn set_lang(c: &Conn, person: PersonId, lang: Lang) -> Result<()> {
    let changed = sql::execute(
        c,
        "UPDATE people SET lang = $1, lang_chosen = $2 WHERE id = $3",
        &[&lang.tag(), &true, &person.0],
    )
    .await?;
    if changed == 0 {
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

async fn existing(c: &Conn, school: SchoolId) -> Result<HashMap<String, Existing>> {
    let rows: Vec<(String, Existing)> = sql::all(
        c,
        "SELECT id, external_id, kind, name, roles, lang, lang_chosen, active \
         FROM people WHERE school_id = $1",
        &[&school.0],
        |row| {
            let e = Existing {
                id: row.get("id")?,
                kind: row.get("kind")?,
                name: row.get("name")?,
                roles: row.get("roles")?,
                lang: row.get("lang")?,
                lang_chosen: row.get("lang_chosen")?,
                active: row.get("active")?,
                groups: Vec::new(),
            };
            Ok((row.get("external_id")?, e))
        },
    )
    .await?;
    let mut groups = groups_of_school(c, school).await?;
    Ok(rows
        .into_iter()
        .map(|(ext, mut e)| {
            e.groups = groups.remove(&e.id).unwrap_or_default();
            (ext, e)
        })
        .collect())
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
    c: &Conn,
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
                sql::execute(
                    c,
                    "UPDATE people SET name = $1, roles = $2, lang = $3, active = $4, \
                     updated_at = $5 WHERE id = $6",
                    &[&r.name, &roles, &lang, &true, &ts(now), &e.id],
                )
                .await?;
                let id = e.id;
                set_groups(c, school, id, &groups).await?;
                summary.updated += 1;
                remember(&mut known, r, id, kind, roles, groups);
            }
            None => {
                let id: i64 = sql::one(
                    c,
                    "INSERT INTO people (school_id, external_id, name, roles, lang, kind, \
                     active, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
                    &[
                        &school.0,
                        &r.external_id,
                        &r.name,
                        &roles,
                        &r.lang.tag(),
                        &kind,
                        &true,
                        &ts(now),
                    ],
                    first,
                )
                .await?;
                set_groups(c, school, id, &groups).await?;
                summary.added += 1;
                remember(&mut known, r, id, kind, roles, groups);
            }
        }
    }
    for (ext, e) in &known {
        if e.kind == kind && e.active && !listed.contains(ext) {
            sql::execute(
                c,
                "UPDATE people SET active = $1, updated_at = $2 WHERE id = $3",
                &[&false, &ts(now), &e.id],
            )
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

async fn set_groups(c: &Conn, school: SchoolId, person: i64, groups: &[String]) -> Result<()> {
    sql::execute(
        c,
        "DELETE FROM person_groups WHERE person_id = $1",
        &[&person],
    )
    .await?;
    for g in groups {
        sql::execute(
            c,
            "INSERT INTO person_groups (school_id, person_id, name) VALUES ($1, $2, $3)",
            &[&school.0, &person, g],
        )
        .await?;
    }
    Ok(())
}
