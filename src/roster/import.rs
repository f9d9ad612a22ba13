//! Importing a file into the directory, with the checks that keep an import from emptying the
//! school: a file with no people is refused, and a file that would mark more than a set share of
//! a group as leavers stops and says what it would do, unless the office allows it.
//!
//! Safeguarding roles the file gives do not take effect: they wait for the Headteacher's or the
//! Chair's confirmation (`core::roles`). Only a school's very first staff import bootstraps.
//! A staff import that would leave nobody active as Headteacher, Chair or DSL is refused
//! whatever the office allows. Changes are announced to the leads as they stood before it.
//!
//! A dry run does all of the work in a transaction that is then rolled back, so what it reports
//! is exactly what the real import would do. This module never writes when it refuses.

use super::{parse, RowError};
use crate::core::audit::AuditAction;
use crate::core::effects::Effects;
use crate::core::ids::SchoolId;
use crate::core::people::{Person, Role};
use crate::core::roles::{self, store::RoleOutcome};
use crate::core::store::{ImportSummary, Kind, PersonRecord, Store, Tx};
use anyhow::Context;
use chrono::{DateTime, Utc};
use std::collections::{BTreeMap, HashSet};
use std::io::Read;

/// How an import may proceed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ImportOptions {
    /// Work out and report the changes, then write nothing.
    pub dry_run: bool,
    /// Go ahead even when more than `max_leaver_percent` of a group would leave.
    pub allow_leavers: bool,
    /// The largest share (percent) of a group an import may mark as leavers on its own.
    pub max_leaver_percent: u8,
}

impl Default for ImportOptions {
    fn default() -> Self {
        ImportOptions {
            dry_run: false,
            allow_leavers: false,
            max_leaver_percent: 20,
        }
    }
}

/// A group whose share of leavers an import checks.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Group {
    /// Everyone from the staff file.
    Staff,
    /// Everyone from the parents file.
    Parents,
    /// The parents of one class.
    Class(String),
}

/// How many of a group an import would mark as leavers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupShare {
    pub group: Group,
    pub leaving: usize,
    pub of: usize,
}

/// What an import did (or, for a dry run or a refusal, would do).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportReport {
    pub summary: ImportSummary,
    /// `(external id, name)` of each person it marks as a leaver, by name.
    pub leavers: Vec<(String, String)>,
    /// `(external id, name, role)` of each safeguarding role it gives that now waits for the
    /// Headteacher's or the Chair's confirmation (`core::roles`).
    pub pending: Vec<(String, String, Role)>,
    /// True when nothing was written (a dry run).
    pub dry_run: bool,
}

/// Why an import wrote nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// Rows that are wrong, each at its line.
    BadRows(Vec<RowError>),
    /// The file has a header but no people: importing it would mark everyone a leaver.
    NoRows,
    /// Nobody active would hold the Headteacher's, the Chair's or a DSL's role afterwards;
    /// what the import would do. `--allow-leavers` does not lift this.
    NoLeads(ImportReport),
    /// Too many of a group would leave; what the import would do, and the groups over the limit.
    TooManyLeavers {
        report: ImportReport,
        groups: Vec<GroupShare>,
    },
}

/// Reads and checks an import file and, unless refused or a dry run, stores it in one
/// transaction with an audit entry.
pub async fn import_with(
    store: &dyn Store,
    school: SchoolId,
    kind: Kind,
    reader: impl Read + Send,
    now: DateTime<Utc>,
    options: &ImportOptions,
) -> anyhow::Result<Result<ImportReport, Refusal>> {
    let people = match parse(kind, reader) {
        Ok(people) if people.is_empty() => return Ok(Err(Refusal::NoRows)),
        Ok(people) => people,
        Err(problems) => return Ok(Err(Refusal::BadRows(problems))),
    };
    let mut tx = store.begin().await?;
    let everyone = tx.people(school).await?;
    // Only the school's very first staff import takes effect whole.
    let bootstrap = kind == Kind::Staff && !tx.roles().ever_had_staff(school).await?;
    let witnesses = roles::witnesses(tx.as_mut(), school).await?;
    let before: Vec<Person> = everyone.into_iter().filter(|p| of_kind(p, kind)).collect();
    let leaving = leavers(&before, &people);
    let mut planned = Vec::with_capacity(people.len());
    let mut grants = Vec::new();
    let mut losses = Vec::new();
    for r in &people {
        let stored = tx.person_by_external_id(school, &r.external_id).await?;
        let p = roles::plan(stored.as_ref(), r, bootstrap);
        grants.extend(p.grants.iter().map(|g| (r.external_id.clone(), *g)));
        if !p.removed.is_empty() {
            losses.push((r.external_id.clone(), p.removed));
        }
        planned.push(PersonRecord {
            roles: p.roles,
            ..r.clone()
        });
    }
    let summary = tx
        .import_people(school, kind, &planned, now)
        .await
        .context("importing people")?;
    let mut fx = Effects::of(school);
    let pending = role_changes(
        (tx.as_mut(), &mut fx),
        school,
        &people,
        (&grants, &losses, &leaving),
        &witnesses,
        now,
    )
    .await
    .context("asking for safeguarding roles to be confirmed")?;
    // Whoever was or is now of this kind may have another menu: a leaver, a role given or
    // taken, a parent who became staff. Only the menus that changed are queued.
    for p in &before {
        fx.menus_of(p.id);
    }
    for p in tx.people(school).await? {
        if of_kind(&p, kind) {
            fx.menus_of(p.id);
        }
    }
    if bootstrap
        && people
            .iter()
            .any(|r| r.roles.iter().any(Role::is_safeguarding))
    {
        tx.audit(
            school,
            None,
            AuditAction::RoleBootstrap,
            super::kind_name(kind),
            now,
        )
        .await?;
    }
    let mut leavers: Vec<(String, String)> = leaving
        .iter()
        .map(|p| (p.external_id.clone(), p.name.clone()))
        .collect();
    leavers.sort_by(|a, b| (&a.1, &a.0).cmp(&(&b.1, &b.0)));
    let report = ImportReport {
        summary,
        leavers,
        pending,
        dry_run: options.dry_run,
    };
    if kind == Kind::Staff && !roles::has_leads(tx.as_mut(), school).await? {
        let report = ImportReport {
            dry_run: true,
            ..report
        };
        return Ok(Err(Refusal::NoLeads(report))); // Dropped without a commit: rolled back.
    }
    let over = over_limit(kind, &before, &leaving, options.max_leaver_percent);
    if !over.is_empty() && !options.allow_leavers {
        return Ok(Err(Refusal::TooManyLeavers {
            report: ImportReport {
                dry_run: true,
                ..report
            },
            groups: over,
        }));
    }
    if options.dry_run {
        return Ok(Ok(report)); // Dropped without a commit: rolled back.
    }
    let s = &report.summary;
    let subject = format!(
        "{} added={} updated={} unchanged={} left={}{}",
        super::kind_name(kind),
        s.added,
        s.updated,
        s.unchanged,
        s.left,
        if over.is_empty() {
            ""
        } else {
            " allow-leavers"
        }
    );
    tx.audit(school, None, AuditAction::RosterImport, &subject, now)
        .await
        .context("auditing an import")?;
    fx.commit(tx, now).await.context("committing an import")?;
    Ok(Ok(report))
}

/// `(external id, safeguarding roles the file takes away)`.
type Lost = (String, Vec<Role>);

/// Asks for each safeguarding role granted to be confirmed, withdraws open requests the file no
/// longer backs, and announces safeguarding roles lost (or held by leavers).
async fn role_changes(
    (tx, fx): (&mut dyn Tx, &mut Effects),
    school: SchoolId,
    people: &[PersonRecord],
    (grants, losses, leaving): (&[(String, Role)], &[Lost], &[&Person]),
    before: &roles::Witnesses,
    now: DateTime<Utc>,
) -> anyhow::Result<Vec<(String, String, Role)>> {
    let mut pending = Vec::new();
    for (external_id, role) in grants {
        let Some(p) = tx.person_by_external_id(school, external_id).await? else {
            continue;
        };
        roles::request(tx, fx, school, &p, *role, before, now).await?;
        pending.push((p.external_id.clone(), p.name.clone(), *role));
    }
    for r in people {
        let Some(p) = tx.person_by_external_id(school, &r.external_id).await? else {
            continue;
        };
        for open in tx.roles().role_requests_of(p.id).await? {
            if !r.roles.has(open.role) {
                tx.roles()
                    .settle_role_request(open.id, RoleOutcome::Withdrawn, None, now)
                    .await?;
            }
        }
    }
    for (external_id, lost) in losses {
        if let Some(p) = tx.person_by_external_id(school, external_id).await? {
            roles::announce_loss(tx, fx, &p, lost, false, before, now).await?;
        }
    }
    for p in leaving {
        for open in tx.roles().role_requests_of(p.id).await? {
            tx.roles()
                .settle_role_request(open.id, RoleOutcome::Withdrawn, None, now)
                .await?;
        }
        let held: Vec<Role> = p.roles.iter().filter(|r| r.is_safeguarding()).collect();
        roles::announce_loss(tx, fx, p, &held, true, before, now).await?;
    }
    Ok(pending)
}

/// True when the person came from a file of this kind (staff rows always hold a school-side
/// role; parent rows hold `parent` only).
fn of_kind(p: &Person, kind: Kind) -> bool {
    match kind {
        Kind::Staff => p.roles.is_school_side(),
        Kind::Parents => !p.roles.is_school_side(),
    }
}

/// The active people of the file's kind whom the file no longer lists.
fn leavers<'a>(before: &'a [Person], file: &[PersonRecord]) -> Vec<&'a Person> {
    let listed: HashSet<&str> = file.iter().map(|r| r.external_id.as_str()).collect();
    before
        .iter()
        .filter(|p| !listed.contains(p.external_id.as_str()))
        .collect()
}

/// The groups of which more than `percent` would leave: the whole kind, and for parents each
/// class.
pub fn over_limit(
    kind: Kind,
    before: &[Person],
    leaving: &[&Person],
    percent: u8,
) -> Vec<GroupShare> {
    let mut sizes: BTreeMap<Group, (usize, usize)> = BTreeMap::new();
    let whole = match kind {
        Kind::Staff => Group::Staff,
        Kind::Parents => Group::Parents,
    };
    let leaves: HashSet<&str> = leaving.iter().map(|p| p.external_id.as_str()).collect();
    for p in before {
        let gone = usize::from(leaves.contains(p.external_id.as_str()));
        let classes = match kind {
            Kind::Staff => Vec::new(),
            Kind::Parents => p.groups.iter().map(|g| Group::Class(g.clone())).collect(),
        };
        for g in std::iter::once(whole.clone()).chain(classes) {
            let e = sizes.entry(g).or_default();
            e.0 += gone;
            e.1 += 1;
        }
    }
    sizes
        .into_iter()
        .filter(|(_, (leaving, of))| leaving * 100 > usize::from(percent) * of)
        .map(|(group, (leaving, of))| GroupShare { group, leaving, of })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::PersonId;
    use crate::core::people::{Lang, Role, Roles};

    fn parent(n: i64, classes: &[&str]) -> Person {
        Person {
            id: PersonId(n),
            school: SchoolId(1),
            external_id: format!("P{n}"),
            name: format!("Parent {n}"),
            roles: Roles::new([Role::Parent]),
            lang: Lang::EnGb,
            groups: classes.iter().map(|c| c.to_string()).collect(),
            active: true,
        }
    }

    /// For every size of class and number leaving, the class is over the limit exactly when
    /// more than the share would leave.
    #[test]
    fn a_group_is_over_the_limit_exactly_when_more_than_the_share_would_leave() {
        for percent in [0u8, 10, 20, 50, 100] {
            for size in 1..=12usize {
                for gone in 0..=size {
                    let before: Vec<Person> =
                        (0..size as i64).map(|n| parent(n, &["Year 3"])).collect();
                    let leaving: Vec<&Person> = before.iter().take(gone).collect();
                    let over = over_limit(Kind::Parents, &before, &leaving, percent);
                    let expect = gone * 100 > usize::from(percent) * size;
                    assert_eq!(!over.is_empty(), expect, "{gone}/{size} at {percent}%");
                    if expect {
                        assert_eq!(
                            over,
                            [
                                GroupShare {
                                    group: Group::Parents,
                                    leaving: gone,
                                    of: size
                                },
                                GroupShare {
                                    group: Group::Class("Year 3".into()),
                                    leaving: gone,
                                    of: size
                                },
                            ]
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn one_emptied_class_stops_an_import_that_keeps_most_parents() {
        let mut before: Vec<Person> = (0..20).map(|n| parent(n, &["Year 3"])).collect();
        before.push(parent(20, &["Reception Oak"]));
        before.push(parent(21, &["Reception Oak", "Year 3"]));
        let leaving: Vec<&Person> = before[20..].iter().collect();
        let over = over_limit(Kind::Parents, &before, &leaving, 20);
        assert_eq!(
            over,
            [GroupShare {
                group: Group::Class("Reception Oak".into()),
                leaving: 2,
                of: 2
            }]
        );
    }
}
