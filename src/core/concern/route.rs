//! Who a concern goes to, in what order, and who may open it. Pure.
//!
//! The route follows policies 001 ("Handling E-safety complaints") and 002 ("Handling
//! Incidents"): a pupil, another adult, someone online or a self-report → the DSL team (with the
//! online safety lead for online categories and the IT lead for data and security incidents);
//! a member of staff → the Headteacher; the Headteacher, or a conflict of interest → the Chair of
//! Governors and the LADO. Unacknowledged concerns escalate level by level (DSL team →
//! Headteacher → Chair).
//!
//! This module must never put on a route: the reporter, anyone the concern is about, a roster
//! admin (who manages the directory and so could give themselves any role), a parent, or a
//! leaver. If those exclusions empty a route, it falls back to the next people in line; it is
//! never empty while anyone eligible exists.

use super::store::Concern;
use super::types::{About, Category, Group};
use crate::core::ids::PersonId;
use crate::core::people::{Person, Role};

/// Roles that can be on a route; load these people to compute one.
pub const ROUTE_ROLES: &[Role] = &[
    Role::Dsl,
    Role::DeputyDsl,
    Role::Headteacher,
    Role::ChairOfGovernors,
    Role::Governor,
    Role::OnlineSafetyLead,
    Role::ItLead,
];

/// What routing needs to know about a concern.
#[derive(Debug, Clone, PartialEq)]
pub struct Facts<'a> {
    pub about: About,
    pub categories: &'a [Category],
    pub conflict: bool,
    pub reporter: PersonId,
    pub subjects: &'a [PersonId],
}

impl<'a> From<&'a Concern> for Facts<'a> {
    fn from(c: &'a Concern) -> Self {
        Facts {
            about: c.about,
            categories: &c.categories,
            conflict: c.conflict,
            reporter: c.reporter,
            subjects: &c.subjects,
        }
    }
}

/// One step of a route: the people who own the case from that point.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Level {
    pub leads: Vec<PersonId>,
    /// Their alert also gives the LADO contact.
    pub lado: bool,
}

/// The levels a concern escalates through, and who helps from the start.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Route {
    pub levels: Vec<Level>,
    /// Told from the start and may read and add to the case, but not decide (online safety
    /// lead, IT lead).
    pub contributors: Vec<PersonId>,
}

/// What someone may do with a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Access {
    /// Read it and add chronology entries.
    Contributor,
    /// Everything: acknowledge, set status, close, legal hold.
    Lead,
}

impl Route {
    /// Everyone told when the concern reaches `level` (contributors come with the first).
    pub fn told_at(&self, level: u32) -> Vec<PersonId> {
        let mut out = self
            .levels
            .get(level as usize)
            .map(|l| l.leads.clone())
            .unwrap_or_default();
        if level == 0 {
            out.extend(&self.contributors);
        }
        out
    }

    /// What `person` may do once the concern has reached `level`.
    pub fn access(&self, level: u32, person: PersonId) -> Option<Access> {
        let reached = self.levels.iter().take(level as usize + 1);
        if reached.flat_map(|l| &l.leads).any(|p| *p == person) {
            Some(Access::Lead)
        } else if !self.levels.is_empty() && self.contributors.contains(&person) {
            Some(Access::Contributor)
        } else {
            None
        }
    }

    /// Every lead of the levels reached so far.
    pub fn leads_up_to(&self, level: u32) -> Vec<PersonId> {
        self.levels
            .iter()
            .take(level as usize + 1)
            .flat_map(|l| l.leads.iter().copied())
            .collect()
    }
}

/// Computes the route of a concern from the people who hold routing roles.
pub fn route(f: &Facts<'_>, people: &[Person]) -> Route {
    let eligible = |p: &&Person| {
        p.active
            && p.roles.is_school_side()
            && !p.has(Role::RosterAdmin)
            && p.id != f.reporter
            && !f.subjects.contains(&p.id)
    };
    let holders = |roles: &[Role]| -> Vec<PersonId> {
        people
            .iter()
            .filter(eligible)
            .filter(|p| p.roles.any(roles))
            .map(|p| p.id)
            .collect()
    };
    let dsl_team = holders(&[Role::Dsl, Role::DeputyDsl]);
    let head = holders(&[Role::Headteacher]);
    let chair = holders(&[Role::ChairOfGovernors]);
    let level = |leads: &Vec<PersonId>, lado: bool| Level {
        leads: leads.clone(),
        lado,
    };
    let usual_route = !f.conflict && !matches!(f.about, About::Staff | About::Head);
    let planned = if f.conflict || f.about == About::Head {
        vec![level(&chair, true)]
    } else if f.about == About::Staff {
        vec![level(&head, true), level(&chair, true)]
    } else {
        vec![
            level(&dsl_team, false),
            level(&head, false),
            level(&chair, false),
        ]
    };
    let mut levels = distinct(planned);
    if levels.is_empty() {
        let governors = holders(&[Role::Governor]);
        let lado = !usual_route;
        levels = distinct(vec![
            level(&dsl_team, lado),
            level(&head, lado),
            level(&chair, lado),
            level(&governors, lado),
        ]);
    }
    let mut contributors = Vec::new();
    if usual_route {
        if f.categories.iter().any(|c| c.is_online()) {
            contributors.extend(holders(&[Role::OnlineSafetyLead]));
        }
        if f.categories
            .iter()
            .any(|c| c.group() == Group::DataSecurity)
        {
            contributors.extend(holders(&[Role::ItLead]));
        }
    }
    let leads: Vec<PersonId> = levels.iter().flat_map(|l| l.leads.clone()).collect();
    contributors.retain(|p| !leads.contains(p));
    contributors.sort();
    contributors.dedup();
    Route {
        levels,
        contributors,
    }
}

/// Drops people already on an earlier level, then levels left with nobody.
fn distinct(planned: Vec<Level>) -> Vec<Level> {
    let mut seen: Vec<PersonId> = Vec::new();
    let mut out = Vec::new();
    for mut l in planned {
        l.leads.retain(|p| !seen.contains(p));
        l.leads.sort();
        l.leads.dedup();
        seen.extend(&l.leads);
        if !l.leads.is_empty() {
            out.push(l);
        }
    }
    out
}

#[cfg(test)]
#[path = "route_tests.rs"]
mod tests;
