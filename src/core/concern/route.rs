//! Who a concern goes to, in what order, and who may open it. Pure.
//!
//! The route follows policies 001 ("Handling E-safety complaints") and 002 ("Handling
//! Incidents") and Keeping Children Safe in Education part four. Routes climb one ladder:
//! the DSL team → the Headteacher → the Chair of Governors → the vice-chair and the safeguarding
//! governor. A concern starts on the rung above everyone it is about:
//!
//! - a pupil, a visitor or parent, someone online, or a self-report → the DSL team (with the
//!   online safety lead for online categories and the IT lead for data and security incidents);
//! - a member of staff or volunteer, including a DSL, deputy or any lead → the Headteacher;
//! - the Headteacher (also a Head who is DSL), or a governor → the Chair of Governors;
//! - the Chair → the vice-chair and the safeguarding governor;
//! - a conflict of interest on the usual route moves it one rung up, at least to the Chair.
//!
//! Concerns about an adult in school, and conflicts, carry the LADO contact. Unacknowledged
//! concerns escalate rung by rung. Above the top rung, when the trust says so, are the trust's
//! safeguarding leads ([`Route::with_trust`], `TrustRoles::case_leads`): they lead a case only once it has been escalated
//! past the school's ladder to them.
//!
//! This module must never put on a route: the reporter, anyone the concern is about, a roster
//! admin (who manages the directory and so could give themselves any role), a parent, or a
//! leaver. If those exclusions empty a route, it falls back to everyone else eligible; it is
//! never empty while anyone eligible exists.

use super::store::Concern;
use super::types::{About, Category, Group};
use crate::core::ids::PersonId;
use crate::core::people::{Person, Role};

/// Everyone whose roles routing needs: people who may be on a route, and people a concern may
/// be about (their roles decide where it starts). Load the holders of these roles.
pub const ROUTE_ROLES: &[Role] = &[
    Role::Staff,
    Role::Volunteer,
    Role::Visitor,
    Role::Dsl,
    Role::DeputyDsl,
    Role::OnlineSafetyLead,
    Role::Headteacher,
    Role::ChairOfGovernors,
    Role::ViceChair,
    Role::SafeguardingGovernor,
    Role::Governor,
    Role::Slt,
    Role::ItLead,
    Role::StreamOrganiser,
    Role::RosterAdmin,
];

/// A rung of the ladder every route climbs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rung {
    /// The DSL and deputies.
    DslTeam,
    Head,
    Chair,
    /// The vice-chair and the safeguarding governor.
    Governors,
}

impl Rung {
    const ALL: [Rung; 4] = [Rung::DslTeam, Rung::Head, Rung::Chair, Rung::Governors];

    /// The roles that hold this rung.
    pub fn roles(self) -> &'static [Role] {
        match self {
            Rung::DslTeam => &[Role::Dsl, Role::DeputyDsl],
            Rung::Head => &[Role::Headteacher],
            Rung::Chair => &[Role::ChairOfGovernors],
            Rung::Governors => &[Role::ViceChair, Role::SafeguardingGovernor],
        }
    }

    /// The Fluent key naming the people on this rung ("the DSL team", "the Headteacher").
    pub fn label(self) -> &'static str {
        match self {
            Rung::DslTeam => "concern-rung-dsl",
            Rung::Head => "concern-rung-head",
            Rung::Chair => "concern-rung-chair",
            Rung::Governors => "concern-rung-governors",
        }
    }

    fn next(self) -> Rung {
        match self {
            Rung::DslTeam => Rung::Head,
            Rung::Head => Rung::Chair,
            Rung::Chair | Rung::Governors => Rung::Governors,
        }
    }

    /// The lowest rung that may hear a concern about someone holding `roles`.
    fn above(p: &Person) -> Rung {
        if p.has(Role::ChairOfGovernors) {
            Rung::Governors
        } else if p.roles.any(&[Role::Headteacher]) || p.roles.any(&Role::GOVERNING) {
            Rung::Chair
        } else if p.roles.any(&Role::EMPLOYED) || p.has(Role::Volunteer) {
            Rung::Head
        } else {
            Rung::DslTeam
        }
    }
}

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
    /// Whose rung this is (the fallback level counts as the top rung).
    pub rung: Rung,
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
    /// The trust's safeguarding leads above the school's ladder (people of any of the trust's
    /// schools): they lead the case once it is escalated past every level.
    pub trust: Vec<PersonId>,
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
        self.school_access(level, person).or_else(|| {
            let to_trust = !self.levels.is_empty() && level as usize >= self.levels.len();
            (to_trust && self.trust.contains(&person)).then_some(Access::Lead)
        })
    }

    /// What `person` may do by their place on the school's own ladder (the trust's leads
    /// aside).
    pub fn school_access(&self, level: u32, person: PersonId) -> Option<Access> {
        let reached = self.levels.iter().take(level as usize + 1);
        if reached.flat_map(|l| &l.leads).any(|p| *p == person) {
            Some(Access::Lead)
        } else if !self.levels.is_empty() && self.contributors.contains(&person) {
            Some(Access::Contributor)
        } else {
            None
        }
    }

    /// The route with the trust's safeguarding leads (`leads`, from [`TrustRoles::case_leads`])
    /// above the school's ladder; never the reporter or anyone the concern is about.
    pub fn with_trust(mut self, leads: &[PersonId], f: &Facts<'_>) -> Route {
        self.trust = leads
            .iter()
            .copied()
            .filter(|p| *p != f.reporter && !f.subjects.contains(p))
            .collect();
        self
    }

    /// Every lead of the levels reached so far (the trust's leads once it is escalated to them).
    pub fn leads_up_to(&self, level: u32) -> Vec<PersonId> {
        let mut out: Vec<PersonId> = self
            .levels
            .iter()
            .take(level as usize + 1)
            .flat_map(|l| l.leads.iter().copied())
            .collect();
        if !self.levels.is_empty() && level as usize >= self.levels.len() {
            out.extend(&self.trust);
        }
        out
    }
}

/// The rung a concern starts on: above its kind of subject and above everyone it is about,
/// one higher for a conflict of interest.
pub fn start(f: &Facts<'_>, people: &[Person]) -> Rung {
    let by_about = match f.about {
        About::Staff => Rung::Head,
        About::Head => Rung::Chair,
        About::Pupil | About::Adult | About::Online | About::Myself => Rung::DslTeam,
    };
    let by_subjects = f
        .subjects
        .iter()
        .filter(|s| **s != f.reporter)
        .filter_map(|s| people.iter().find(|p| p.id == *s))
        .map(Rung::above)
        .max()
        .unwrap_or(Rung::DslTeam);
    let rung = by_about.max(by_subjects);
    if f.conflict {
        rung.next().max(Rung::Chair)
    } else {
        rung
    }
}

/// Computes the route of a concern. `people` must hold everyone with a [`ROUTE_ROLES`] role.
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
    let first = start(f, people);
    let usual_route = first == Rung::DslTeam;
    let lado = !usual_route;
    let planned = Rung::ALL
        .into_iter()
        .filter(|r| *r >= first)
        .map(|rung| Level {
            rung,
            leads: holders(rung.roles()),
            lado,
        })
        .collect();
    let mut levels = distinct(planned);
    if levels.is_empty() {
        // Everyone eligible who could lead, lowest rung first, then any governor.
        let mut fallback: Vec<Level> = Rung::ALL
            .into_iter()
            .map(|rung| Level {
                rung,
                leads: holders(rung.roles()),
                lado,
            })
            .collect();
        fallback.push(Level {
            rung: Rung::Governors,
            leads: holders(&Role::GOVERNING),
            lado,
        });
        levels = distinct(fallback);
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
        trust: Vec::new(),
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
