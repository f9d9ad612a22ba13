//! Who must sign a policy version: groups of people, mapped from their roles. Pure.

use crate::core::people::{Role, Roles};
use std::collections::BTreeSet;

/// A kind of person a policy version is for. Roles map onto groups: every employed role
/// (teacher, DSL, Headteacher, office, IT …) is `Staff`; the Chair of Governors is a `Governor`.
/// `Parent` is only ever in an audience when a version names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Group {
    Staff,
    Volunteer,
    Visitor,
    Governor,
    Parent,
}

impl Group {
    pub const ALL: [Group; 5] = [
        Group::Staff,
        Group::Volunteer,
        Group::Visitor,
        Group::Governor,
        Group::Parent,
    ];

    /// The stable name used on the command line and in storage.
    pub fn as_str(self) -> &'static str {
        match self {
            Group::Staff => "staff",
            Group::Volunteer => "volunteer",
            Group::Visitor => "visitor",
            Group::Governor => "governor",
            Group::Parent => "parent",
        }
    }

    fn roles(self) -> &'static [Role] {
        match self {
            Group::Staff => &Role::EMPLOYED,
            Group::Volunteer => &[Role::Volunteer],
            Group::Visitor => &[Role::Visitor],
            Group::Governor => &Role::GOVERNING,
            Group::Parent => &[Role::Parent],
        }
    }
}

/// The groups a version is for; never empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audience(BTreeSet<Group>);

impl Audience {
    /// Reads `staff,volunteer,visitor,governor` (commas, semicolons or spaces; any case).
    /// Returns the offending word when one is not a group; an empty list is an error too.
    pub fn parse(s: &str) -> Result<Audience, String> {
        let mut out = BTreeSet::new();
        for word in s
            .split([',', ';', ' '])
            .map(str::trim)
            .filter(|w| !w.is_empty())
        {
            let w = word.to_ascii_lowercase();
            let g = match w.as_str() {
                "governors" | "chair_of_governors" => Some(Group::Governor),
                "volunteers" => Some(Group::Volunteer),
                "visitors" | "contractor" | "contractors" => Some(Group::Visitor),
                "parents" | "carers" => Some(Group::Parent),
                _ => Group::ALL.into_iter().find(|g| g.as_str() == w),
            };
            out.insert(g.ok_or_else(|| word.to_string())?);
        }
        Audience::new(out).ok_or_else(String::new)
    }

    /// An audience of the given groups; `None` when there are none.
    pub fn new(groups: impl IntoIterator<Item = Group>) -> Option<Audience> {
        let set: BTreeSet<Group> = groups.into_iter().collect();
        (!set.is_empty()).then_some(Audience(set))
    }

    /// True when someone holding `roles` must sign.
    pub fn includes(&self, roles: &Roles) -> bool {
        self.0.iter().any(|g| roles.any(g.roles()))
    }

    pub fn groups(&self) -> impl Iterator<Item = Group> + '_ {
        self.0.iter().copied()
    }

    /// The stored form, `staff,volunteer`.
    pub fn to_list(&self) -> String {
        self.groups()
            .map(Group::as_str)
            .collect::<Vec<_>>()
            .join(",")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn audiences_map_roles_and_leave_parents_out_unless_named() {
        let a = Audience::parse("staff, volunteer;visitor governor").unwrap();
        assert_eq!(a.to_list(), "staff,volunteer,visitor,governor");
        let head = Roles::new([Role::Headteacher, Role::Slt]);
        let chair = Roles::new([Role::ChairOfGovernors]);
        let parent = Roles::new([Role::Parent]);
        assert!(a.includes(&head) && a.includes(&chair));
        assert!(!a.includes(&parent));
        assert!(Audience::parse("staff,parents").unwrap().includes(&parent));
        assert_eq!(Audience::parse("staff,pupils"), Err("pupils".into()));
        assert!(Audience::parse(" , ").is_err());
    }
}
