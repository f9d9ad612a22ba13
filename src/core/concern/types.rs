//! The small closed vocabularies of a concern: who it is about, its categories (the four Cs,
//! data and security, and allegations about adults), where it happened, its status, outcomes,
//! chronology entry kinds and the sexting initial review's questions.
//!
//! Each value has a stable code (stored, put in button payloads, counted in reports) and a
//! Fluent key for its label. Nothing here is sensitive; the narrative and names never are in
//! these types.

use crate::core::form::{opt, Opt};

/// Declares a closed set of codes with `ALL`, `as_str`, `parse` and `label` (a Fluent key).
macro_rules! codes {
    ($(#[$m:meta])* $name:ident, $prefix:literal { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            /// Every value, in display order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// Reads a stable code.
            pub fn parse(s: &str) -> Option<$name> {
                match s { $($code => Some($name::$variant),)+ _ => None }
            }

            /// The Fluent key of the label.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => concat!($prefix, $code)),+ }
            }

            /// These values as the options of a form step.
            pub fn options(values: &[$name]) -> Vec<Opt> {
                values.iter().map(|v| opt(v.as_str(), v.label())).collect()
            }
        }
    };
}

codes!(
    /// Who a concern is about; decides its route.
    About, "concern-about-" {
        Pupil => "pupil",
        Staff => "staff",
        Head => "head",
        Adult => "adult",
        Online => "online",
        Myself => "self",
    }
);

codes!(
    /// What kind of concern it is (up to three per concern).
    Category, "concern-cat-" {
        HarmfulContent => "c_harmful",
        FilteringBreach => "c_filter",
        Extremist => "c_extreme",
        SelfHarmContent => "c_selfharm",
        Grooming => "k_groom",
        UnknownAdult => "k_adult",
        RequestToMeet => "k_meet",
        Coercion => "k_coerce",
        Cyberbullying => "d_bully",
        NudeImages => "d_nudes",
        PersonalInfo => "d_info",
        HarmfulChallenge => "d_challenge",
        Gambling => "m_gamble",
        Scam => "m_scam",
        PasswordCompromised => "s_password",
        LostDevice => "s_device",
        DataMisdirected => "s_data",
        ProfessionalBoundaries => "a_boundaries",
        LowLevelAdult => "a_lowlevel",
        Other => "other",
    }
);

codes!(
    /// The group a category belongs to: the four Cs of online safety, data and security,
    /// allegations and low-level concerns about adults (Keeping Children Safe in Education, part
    /// four), other.
    Group, "concern-group-" {
        Content => "content",
        Contact => "contact",
        Conduct => "conduct",
        Commerce => "commerce",
        DataSecurity => "data",
        Adults => "adults",
        Other => "other",
    }
);

impl Category {
    pub fn group(self) -> Group {
        match self.as_str().split_once('_').map(|(g, _)| g) {
            Some("c") => Group::Content,
            Some("k") => Group::Contact,
            Some("d") => Group::Conduct,
            Some("m") => Group::Commerce,
            Some("s") => Group::DataSecurity,
            Some("a") => Group::Adults,
            _ => Group::Other,
        }
    }

    /// Online-safety categories: the online safety lead hears about these too.
    pub fn is_online(self) -> bool {
        matches!(
            self.group(),
            Group::Content | Group::Contact | Group::Conduct | Group::Commerce
        )
    }
}

/// True when policy 002 would have these concerns referred at once: grooming, a request to meet,
/// coercion or blackmail, and nude or semi-nude images with an adult involved ("An immediate
/// referral to police and/or children's social care should be made if … the incident involves
/// an adult; … a young person has been coerced, blackmailed or groomed"). A concern about a
/// member of staff, the Headteacher, another adult or someone online involves an adult.
pub fn urgent_advised(categories: &[Category], about: About) -> bool {
    use Category::*;
    let adult = matches!(
        about,
        About::Staff | About::Head | About::Adult | About::Online
    );
    categories.iter().any(|c| match c {
        Grooming | RequestToMeet | Coercion => true,
        NudeImages => adult,
        _ => false,
    })
}

/// The distinct groups of some categories, in order.
pub fn groups_of(categories: &[Category]) -> Vec<Group> {
    let mut gs: Vec<Group> = categories.iter().map(|c| c.group()).collect();
    gs.sort();
    gs.dedup();
    gs
}

codes!(
    /// Where it happened.
    Location, "concern-place-" {
        School => "school",
        OnlineAtHome => "home",
        Trip => "trip",
        Elsewhere => "other",
    }
);

codes!(
    /// Where a case stands.
    Status, "concern-status-" {
        Open => "open",
        Investigating => "investigating",
        Referred => "referred",
        Monitoring => "monitoring",
        Closed => "closed",
    }
);

codes!(
    /// How a case ended.
    Outcome, "concern-outcome-" {
        NoFurtherAction => "nfa",
        ResolvedInSchool => "school",
        EarlyHelp => "early_help",
        SocialCare => "social_care",
        Police => "police",
        Lado => "lado",
        Other => "other",
    }
);

codes!(
    /// What a chronology entry records.
    EntryKind, "concern-entry-" {
        Reported => "reported",
        Acknowledged => "acknowledged",
        Action => "action",
        Decision => "decision",
        Referral => "referral",
        Note => "note",
        Correction => "correction",
        ReporterAddition => "reporter",
        InitialReview => "review",
        StatusChanged => "status",
        HoldOn => "hold_on",
        HoldOff => "hold_off",
        Closed => "closed",
    }
);

codes!(
    /// Agencies a case can be referred to.
    Agency, "concern-agency-" {
        SocialCare => "social_care",
        Police => "police",
        Lado => "lado",
        Ceop => "ceop",
        Iwf => "iwf",
        EarlyHelp => "early_help",
        Other => "other",
    }
);

codes!(
    /// The yes/no questions of policy 002's sexting initial review ("Handling a sexting / nude
    /// selfie incident"); the first four are its criteria for an immediate referral.
    ReviewQuestion, "case-review-l-" {
        AdultInvolved => "adult",
        Coerced => "coerced",
        Extreme => "extreme",
        ImmediateRisk => "risk",
        Knowledge => "knowledge",
        SharedWidely => "widely",
        Vulnerable => "vulnerable",
        Before => "before",
        Remove => "remove",
        OtherSetting => "setting",
        Parents => "parents",
    }
);

impl ReviewQuestion {
    /// Policy 002: "An immediate referral to police and/or children's social care should be
    /// made if at this initial stage" the answer to this question is yes.
    pub fn is_criterion(self) -> bool {
        use ReviewQuestion::*;
        matches!(self, AdultInvolved | Coerced | Extreme | ImmediateRisk)
    }
}

impl serde::Serialize for ReviewQuestion {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for ReviewQuestion {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let code = String::deserialize(d)?;
        ReviewQuestion::parse(&code)
            .ok_or_else(|| serde::de::Error::custom("not an initial review question"))
    }
}

/// The kind of record, for retention: each kind is kept for its own time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordType {
    /// About a pupil, another adult or someone online.
    Safeguarding,
    /// About a member of staff or the Headteacher, or with an allegations-about-adults category
    /// (professional boundaries, a low-level concern about an adult).
    StaffAllegation,
    /// A low-level concern someone raised about themselves.
    LowLevel,
    /// Only data and security incidents.
    DataSecurity,
}

impl RecordType {
    pub fn of(about: About, categories: &[Category]) -> RecordType {
        let adults = categories.iter().any(|c| c.group() == Group::Adults);
        match about {
            About::Myself => RecordType::LowLevel,
            About::Staff | About::Head => RecordType::StaffAllegation,
            _ if adults => RecordType::StaffAllegation,
            _ if !categories.is_empty()
                && categories.iter().all(|c| c.group() == Group::DataSecurity) =>
            {
                RecordType::DataSecurity
            }
            _ => RecordType::Safeguarding,
        }
    }
}

#[cfg(test)]
#[path = "types_tests.rs"]
mod tests;
