//! Safeguarding roles need a second person. A role in [`Role::SAFEGUARDING`] that the directory
//! gives someone (an import) does not take effect: it waits as a request until the Headteacher
//! or the Chair of Governors confirms it with a button in chat ([`confirm`]); until then the
//! person is staff without it. The people who may confirm are never the person themselves and
//! never a roster admin. The Headteacher, the Chair and the DSL team are told of every request.
//!
//! Losing such a role, or leaving while holding one, takes effect at once (losing access is
//! always safe) and is announced to the person (on their own linked accounts), the Headteacher,
//! the Chair and the DSL team. Whom to tell is taken from the directory as it stood before the
//! change ([`Witnesses`]), so an import cannot remove the people who would hear of it.
//! When someone holding one links a new chat account, their other accounts and the DSL team are
//! told (and a new account beside an existing one waits for confirmation: `linking::relink`).
//!
//! Bootstrapping: only a school's very first staff import (no member of staff, leavers included,
//! was ever in its directory, such as the demo) takes effect whole; this is audited
//! (`role.bootstrap`). Emptying the school of leads and importing again never bootstraps.
//!
//! This module never grants a role without a confirmation (or the bootstrap), and never asks
//! the person concerned, or a roster admin, to confirm.

pub mod confirm;
pub mod store;

use crate::core::audit::AuditAction;
use crate::core::effects::Effects;
use crate::core::fault::Result;
use crate::core::ids::{Account, PersonId, SchoolId};
use crate::core::message::{Choice, Message, Outgoing, PublicArg};
use crate::core::people::{Person, Role, Roles};
use crate::core::store::{PersonRecord, Tx};
use chrono::{DateTime, Utc};

/// What to store for one imported row, given the person as stored before (if any).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    /// The roles to store now: the file's, less safeguarding roles not already held.
    pub roles: Roles,
    /// Safeguarding roles the file gives that wait for confirmation.
    pub grants: Vec<Role>,
    /// Safeguarding roles held before that the file takes away.
    pub removed: Vec<Role>,
}

/// Plans one row. A leaver who comes back holds nothing yet. With `bootstrap`, every role in
/// the file takes effect.
pub fn plan(before: Option<&Person>, record: &PersonRecord, bootstrap: bool) -> Planned {
    let held = before.filter(|p| p.active).map(|p| p.roles.clone());
    let held = held.unwrap_or_default();
    if bootstrap {
        let removed = gated(&held).filter(|r| !record.roles.has(*r)).collect();
        return Planned {
            roles: record.roles.clone(),
            grants: Vec::new(),
            removed,
        };
    }
    let mut roles = record.roles.clone();
    let mut grants = Vec::new();
    for role in gated(&record.roles) {
        if !held.has(role) {
            roles.remove(role);
            grants.push(role);
        }
    }
    if !grants.is_empty() && !roles.is_school_side() {
        roles.insert(Role::Staff); // Staff without it, until it is confirmed.
    }
    let removed = gated(&held).filter(|r| !record.roles.has(*r)).collect();
    Planned {
        roles,
        grants,
        removed,
    }
}

fn gated(roles: &Roles) -> impl Iterator<Item = Role> + '_ {
    roles.iter().filter(|r| r.is_safeguarding())
}

fn role_keys(roles: &[Role]) -> PublicArg {
    PublicArg::Keys(roles.iter().map(|r| format!("role-{r}")).collect())
}

/// The people who may confirm a role for `subject`: active Headteachers and Chairs, never the
/// subject, never a roster admin.
pub async fn confirmers(
    tx: &mut dyn Tx,
    school: SchoolId,
    subject: PersonId,
) -> Result<Vec<Person>> {
    let mut people = tx
        .people_with_roles(school, &[Role::Headteacher, Role::ChairOfGovernors])
        .await?;
    people.retain(|p| p.id != subject && !p.has(Role::RosterAdmin));
    Ok(people)
}

/// The Headteachers, Chairs and DSL team as the directory stood before a change: they hear of
/// it even when the change takes their own role away.
#[derive(Debug, Clone, Default)]
pub struct Witnesses(pub Vec<Person>);

/// The roles whose holders hear of every change of a safeguarding role.
const LEADS: [Role; 4] = [
    Role::Headteacher,
    Role::ChairOfGovernors,
    Role::Dsl,
    Role::DeputyDsl,
];

/// Who holds a lead role now (call before changing the directory).
pub async fn witnesses(tx: &mut dyn Tx, school: SchoolId) -> Result<Witnesses> {
    Ok(Witnesses(tx.people_with_roles(school, &LEADS).await?))
}

/// True while someone active holds the Headteacher's, the Chair's or a DSL's role: someone
/// can receive concerns and confirm roles.
pub async fn has_leads(tx: &mut dyn Tx, school: SchoolId) -> Result<bool> {
    Ok(!tx.people_with_roles(school, &LEADS).await?.is_empty())
}

/// `first` then everyone in `more` not already listed, less `subject`.
fn union(subject: PersonId, first: Vec<Person>, more: &[Person]) -> Vec<Person> {
    let mut all = first;
    for p in more {
        if all.iter().all(|a| a.id != p.id) {
            all.push(p.clone());
        }
    }
    all.retain(|p| p.id != subject);
    all
}

/// The DSL team, less `subject` and anyone in `told`.
async fn dsl_team(
    tx: &mut dyn Tx,
    school: SchoolId,
    subject: PersonId,
    told: &[Person],
) -> Result<Vec<Person>> {
    let mut team = tx
        .people_with_roles(school, &[Role::Dsl, Role::DeputyDsl])
        .await?;
    team.retain(|p| p.id != subject && told.iter().all(|t| t.id != p.id));
    Ok(team)
}

/// Records a request for `role` and asks the confirmers (buttons); the DSL team and the
/// `before` witnesses are told.
/// The payload of a button answering role request `request`.
fn answer(request: i64, yes: bool) -> String {
    crate::core::payload::Payload::Role { request, yes }.encode()
}

pub async fn request(
    tx: &mut dyn Tx,
    fx: &mut Effects,
    school: SchoolId,
    person: &Person,
    role: Role,
    before: &Witnesses,
    now: DateTime<Utc>,
) -> Result<()> {
    let Some(id) = tx
        .roles()
        .request_role(school, person.id, role, now)
        .await?
    else {
        return Ok(()); // Already asked.
    };
    let asked = confirmers(tx, school, person.id).await?;
    for c in &asked {
        let m = Message::new("role-confirm-ask")
            .arg("name", &person.name)
            .arg("external_id", &person.external_id)
            .arg_key("role", format!("role-{role}"))
            .choices([
                Choice::key("role-confirm-yes", answer(id, true)),
                Choice::key("role-confirm-no", answer(id, false)),
            ]);
        fx.send(Outgoing::to_person(c.id, None, m));
    }
    let team = dsl_team(tx, school, person.id, &asked).await?;
    let told = union(person.id, team, &before.0);
    for d in told.iter().filter(|d| asked.iter().all(|a| a.id != d.id)) {
        let m = Message::new("role-pending-notice")
            .arg("name", &person.name)
            .arg("external_id", &person.external_id)
            .arg_key("role", format!("role-{role}"));
        fx.send(Outgoing::to_person(d.id, None, m));
    }
    let subject = format!("person:{} role:{role} request:{id}", person.id);
    tx.audit(school, None, AuditAction::RoleRequest, &subject, now)
        .await?;
    Ok(())
}

/// Announces that `person` lost `roles` (or left, holding them) to them (on their own linked
/// accounts), the confirmers, the DSL team and the `before` witnesses, and puts their command
/// menus right.
pub async fn announce_loss(
    tx: &mut dyn Tx,
    fx: &mut Effects,
    person: &Person,
    roles: &[Role],
    left: bool,
    before: &Witnesses,
    now: DateTime<Utc>,
) -> Result<()> {
    if roles.is_empty() {
        return Ok(());
    }
    let school = person.school;
    let key = if left {
        "role-leaver-notice"
    } else {
        "role-removed-notice"
    };
    let heads = confirmers(tx, school, person.id).await?;
    let team = dsl_team(tx, school, person.id, &heads).await?;
    let told = union(person.id, union(person.id, heads, &team), &before.0);
    for p in &told {
        let m = Message::new(key)
            .arg("name", &person.name)
            .arg("external_id", &person.external_id)
            .arg("roles", role_keys(roles));
        fx.send(Outgoing::to_person(p.id, None, m));
    }
    // To their own accounts: a leaver is no longer in the directory's recipients.
    let you = if left {
        "role-leaver-you"
    } else {
        "role-removed-you"
    };
    for account in tx.accounts_of(person.id).await? {
        let m = Message::new(you).arg("roles", role_keys(roles));
        fx.send(Outgoing::to_account(account, m));
    }
    let list: Vec<&str> = roles.iter().map(|r| r.as_str()).collect();
    let action = if left {
        AuditAction::RoleLeaver
    } else {
        AuditAction::RoleRemoved
    };
    let subject = format!("person:{} roles:{}", person.id, list.join(";"));
    Ok(tx.audit(school, None, action, &subject, now).await?)
}

/// A safeguarding-role holder linked `new`: their other accounts and the DSL team are told.
pub async fn announce_new_account(
    tx: &mut dyn Tx,
    fx: &mut Effects,
    school: SchoolId,
    person: &Person,
    new: &Account,
    others: &[Account],
) -> Result<()> {
    if !person.roles.iter().any(Role::is_safeguarding) {
        return Ok(());
    }
    let platform = format!("platform-{}", new.platform);
    // An old account on the same platform was told by the move itself (`linking::relink`).
    for old in others.iter().filter(|a| a.platform != new.platform) {
        let m = Message::new("role-holder-new-account-you").arg_key("platform", platform.clone());
        fx.send(Outgoing::to_account(old.clone(), m));
    }
    for d in dsl_team(tx, school, person.id, &[]).await? {
        let m = Message::new("role-holder-new-account")
            .arg("name", &person.name)
            .arg_key("platform", platform.clone());
        fx.send(Outgoing::to_person(d.id, None, m));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
