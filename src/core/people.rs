//! People in a school's directory, their roles and their language.

use super::ids::{PersonId, SchoolId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::fmt;

/// A role a person holds. A person may hold any set of roles.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Staff,
    Volunteer,
    Visitor,
    Dsl,
    DeputyDsl,
    OnlineSafetyLead,
    Headteacher,
    ChairOfGovernors,
    /// The vice-chair of governors: stands in for the Chair, e.g. when the Chair is the subject.
    ViceChair,
    /// The governor with the safeguarding link role.
    SafeguardingGovernor,
    Governor,
    Slt,
    ItLead,
    StreamOrganiser,
    RosterAdmin,
    Parent,
}

impl Role {
    /// Every role, in a stable order.
    pub const ALL: [Role; 16] = [
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
        Role::Parent,
    ];

    /// The roles of people employed by the school ("members of staff"): not volunteers,
    /// visitors, governors or parents as such.
    pub const EMPLOYED: [Role; 9] = [
        Role::Staff,
        Role::Dsl,
        Role::DeputyDsl,
        Role::OnlineSafetyLead,
        Role::Headteacher,
        Role::Slt,
        Role::ItLead,
        Role::StreamOrganiser,
        Role::RosterAdmin,
    ];

    /// The roles of people who govern the school.
    pub const GOVERNING: [Role; 4] = [
        Role::ChairOfGovernors,
        Role::ViceChair,
        Role::SafeguardingGovernor,
        Role::Governor,
    ];

    /// The roles that put someone on a concern route (or let them confirm such roles). Gaining
    /// one through the directory needs the Headteacher's or the Chair's confirmation
    /// (`core::roles`).
    pub const SAFEGUARDING: [Role; 9] = [
        Role::Dsl,
        Role::DeputyDsl,
        Role::Headteacher,
        Role::ChairOfGovernors,
        Role::ViceChair,
        Role::SafeguardingGovernor,
        Role::Governor,
        Role::OnlineSafetyLead,
        Role::ItLead,
    ];

    /// The roles that may set up and manage private livestreams.
    pub const STREAM_ORGANISERS: [Role; 2] = [Role::StreamOrganiser, Role::Slt];

    /// The roles that may broadcast and run campaigns: the online safety lead and senior
    /// leadership (which includes the Headteacher).
    pub const BROADCASTERS: [Role; 3] = [Role::OnlineSafetyLead, Role::Slt, Role::Headteacher];

    /// True for a role in [`Role::SAFEGUARDING`].
    pub fn is_safeguarding(self) -> bool {
        Role::SAFEGUARDING.contains(&self)
    }

    /// The stable name used in CSV files, storage and configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Staff => "staff",
            Role::Volunteer => "volunteer",
            Role::Visitor => "visitor",
            Role::Dsl => "dsl",
            Role::DeputyDsl => "deputy_dsl",
            Role::OnlineSafetyLead => "online_safety_lead",
            Role::Headteacher => "headteacher",
            Role::ChairOfGovernors => "chair_of_governors",
            Role::ViceChair => "vice_chair",
            Role::SafeguardingGovernor => "safeguarding_governor",
            Role::Governor => "governor",
            Role::Slt => "slt",
            Role::ItLead => "it_lead",
            Role::StreamOrganiser => "stream_organiser",
            Role::RosterAdmin => "roster_admin",
            Role::Parent => "parent",
        }
    }

    /// Parses a role name (case and surrounding space ignored; `-` and ` ` read as `_`).
    pub fn parse(s: &str) -> Option<Role> {
        let norm = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        Role::ALL.into_iter().find(|r| r.as_str() == norm)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The set of roles one person holds.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Roles(BTreeSet<Role>);

impl Roles {
    pub fn new(roles: impl IntoIterator<Item = Role>) -> Self {
        Self(roles.into_iter().collect())
    }

    pub fn has(&self, role: Role) -> bool {
        self.0.contains(&role)
    }

    /// True when the person holds at least one of `roles`.
    pub fn any(&self, roles: &[Role]) -> bool {
        roles.iter().any(|r| self.0.contains(r))
    }

    pub fn iter(&self) -> impl Iterator<Item = Role> + '_ {
        self.0.iter().copied()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Adds a role.
    pub fn insert(&mut self, role: Role) {
        self.0.insert(role);
    }

    /// Takes a role away.
    pub fn remove(&mut self, role: Role) {
        self.0.remove(&role);
    }

    /// Staff-side people: anyone who works or volunteers for the school, or governs it.
    pub fn is_school_side(&self) -> bool {
        self.0.iter().any(|r| *r != Role::Parent)
    }

    /// The roles as a comma-separated list of stable names.
    pub fn to_list(&self) -> String {
        self.0
            .iter()
            .map(|r| r.as_str())
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Parses a list separated by commas, semicolons or `|`; unknown names are returned as errors.
    pub fn parse_list(s: &str) -> Result<Roles, String> {
        let mut out = BTreeSet::new();
        for part in s
            .split([',', ';', '|'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
        {
            out.insert(Role::parse(part).ok_or_else(|| part.to_string())?);
        }
        Ok(Roles(out))
    }
}

/// A language Haven speaks. en-GB is the source; the others are translations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    #[serde(rename = "en-GB")]
    EnGb,
    #[serde(rename = "cy")]
    Cy,
    #[serde(rename = "pl")]
    Pl,
    #[serde(rename = "ar")]
    Ar,
}

impl Lang {
    pub const ALL: [Lang; 4] = [Lang::EnGb, Lang::Cy, Lang::Pl, Lang::Ar];

    /// The BCP 47 tag, which is also the folder name under `locales/`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::EnGb => "en-GB",
            Lang::Cy => "cy",
            Lang::Pl => "pl",
            Lang::Ar => "ar",
        }
    }

    /// Parses a tag or a common name for a language ("en", "english", "polski", "cy").
    pub fn parse(s: &str) -> Option<Lang> {
        match s.trim().to_ascii_lowercase().as_str() {
            "en" | "en-gb" | "en_gb" | "english" => Some(Lang::EnGb),
            "cy" | "cy-gb" | "welsh" | "cymraeg" => Some(Lang::Cy),
            "pl" | "pl-pl" | "polish" | "polski" => Some(Lang::Pl),
            "ar" | "arabic" | "العربية" => Some(Lang::Ar),
            _ => None,
        }
    }

    /// True for languages written right to left.
    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar)
    }
}

/// A person in the directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub id: PersonId,
    pub school: SchoolId,
    /// The school's own reference for the person (the MIS id), unique within a school.
    pub external_id: String,
    pub name: String,
    pub roles: Roles,
    pub lang: Lang,
    /// Class groups a parent belongs to ("Year 3", "Reception Oak").
    pub groups: Vec<String>,
    /// False for leavers: kept for the record, never contacted.
    pub active: bool,
}

impl Person {
    pub fn has(&self, role: Role) -> bool {
        self.roles.has(role)
    }
}
