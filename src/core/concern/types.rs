//! The small closed vocabularies of a concern: who it is about, its categories (the four Cs plus
//! data and security), where it happened, its status, outcomes and chronology entry kinds.
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
        Cyberbullying => "d_bully",
        NudeImages => "d_nudes",
        PersonalInfo => "d_info",
        HarmfulChallenge => "d_challenge",
        Gambling => "m_gamble",
        Scam => "m_scam",
        PasswordCompromised => "s_password",
        LostDevice => "s_device",
        DataMisdirected => "s_data",
        Other => "other",
    }
);

codes!(
    /// The group a category belongs to: the four Cs of online safety, data and security, other.
    Group, "concern-group-" {
        Content => "content",
        Contact => "contact",
        Conduct => "conduct",
        Commerce => "commerce",
        DataSecurity => "data",
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
        EarlyHelp => "early_help",
        Other => "other",
    }
);

/// The kind of record, for retention: each kind is kept for its own time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordType {
    /// About a pupil, another adult or someone online.
    Safeguarding,
    /// About a member of staff or the Headteacher.
    StaffAllegation,
    /// A low-level concern someone raised about themselves.
    LowLevel,
    /// Only data and security incidents.
    DataSecurity,
}

impl RecordType {
    pub fn of(about: About, categories: &[Category]) -> RecordType {
        match about {
            About::Staff | About::Head => RecordType::StaffAllegation,
            About::Myself => RecordType::LowLevel,
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
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_fit_in_a_button() {
        for c in Category::ALL {
            assert_eq!(Category::parse(c.as_str()), Some(*c));
            assert!(c.as_str().len() <= 12);
        }
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(*s));
        }
        assert_eq!(About::parse("self"), Some(About::Myself));
        assert_eq!(About::parse("admin"), None);
    }

    #[test]
    fn categories_fall_into_the_four_cs_and_data() {
        assert_eq!(Category::Grooming.group(), Group::Contact);
        assert_eq!(Category::NudeImages.group(), Group::Conduct);
        assert_eq!(Category::Scam.group(), Group::Commerce);
        assert_eq!(Category::LostDevice.group(), Group::DataSecurity);
        assert_eq!(Category::Other.group(), Group::Other);
        assert!(Category::Extremist.is_online());
        assert!(!Category::DataMisdirected.is_online());
        assert_eq!(
            groups_of(&[Category::Scam, Category::Grooming, Category::RequestToMeet]),
            [Group::Contact, Group::Commerce]
        );
    }

    #[test]
    fn record_types_follow_who_and_what() {
        use Category::*;
        assert_eq!(
            RecordType::of(About::Pupil, &[LostDevice, DataMisdirected]),
            RecordType::DataSecurity
        );
        assert_eq!(
            RecordType::of(About::Pupil, &[LostDevice, Grooming]),
            RecordType::Safeguarding
        );
        assert_eq!(
            RecordType::of(About::Head, &[LostDevice]),
            RecordType::StaffAllegation
        );
        assert_eq!(
            RecordType::of(About::Myself, &[Other]),
            RecordType::LowLevel
        );
    }
}
