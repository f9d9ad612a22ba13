//! Who a broadcast goes to: all staff, all parents, the parents of some class groups, the
//! governors, or any mix. Selection is pure: it reads the directory it is given and never
//! storage, and it lists each person once however many groups name them.

use crate::core::people::{Person, Role};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// A broadcast's audience.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Audience {
    pub staff: bool,
    pub parents: bool,
    pub governors: bool,
    /// Parents of these class groups.
    pub classes: Vec<String>,
}

impl Audience {
    /// True when parents may be among the recipients.
    pub fn reaches_parents(&self) -> bool {
        self.parents || !self.classes.is_empty()
    }

    /// Message keys naming the kinds of people in it (the classes are listed separately).
    pub fn kind_keys(&self) -> Vec<String> {
        let mut keys = Vec::new();
        for (on, key) in [
            (self.staff, "b-aud-staff"),
            (self.parents, "b-aud-parents"),
            (!self.classes.is_empty(), "b-aud-classes"),
            (self.governors, "b-aud-governors"),
        ] {
            if on {
                keys.push(key.to_string());
            }
        }
        keys
    }
}

/// One recipient, and whether they are reached as a member of the school (staff or governor)
/// rather than only as a parent. Parents' quiet hours and opt-outs apply only to the latter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recipient<'a> {
    pub person: &'a Person,
    pub as_parent: bool,
}

/// The active people in `directory` the audience names, each once, in directory order.
pub fn select<'a>(directory: &'a [Person], audience: &Audience) -> Vec<Recipient<'a>> {
    directory
        .iter()
        .filter(|p| p.active)
        .filter_map(|p| {
            let school_side = (audience.staff && is_staff_for_broadcast(p))
                || (audience.governors && p.roles.any(&Role::GOVERNING));
            let parent = p.has(Role::Parent)
                && (audience.parents || p.groups.iter().any(|g| audience.classes.contains(g)));
            (school_side || parent).then_some(Recipient {
                person: p,
                as_parent: !school_side,
            })
        })
        .collect()
}

/// The class groups of the active parents, sorted.
pub fn class_groups(directory: &[Person]) -> Vec<String> {
    directory
        .iter()
        .filter(|p| p.active && p.has(Role::Parent))
        .flat_map(|p| p.groups.iter().cloned())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect()
}

/// Reads typed class groups (names or list numbers, separated by commas or semicolons) against
/// the groups that exist. Returns the canonical names, or `None` if any is unknown.
pub fn parse_classes(typed: &str, available: &[String]) -> Option<Vec<String>> {
    let mut out: Vec<String> = Vec::new();
    for part in typed
        .split([',', ';'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        let by_number = part
            .parse::<usize>()
            .ok()
            .and_then(|n| available.get(n.wrapping_sub(1)));
        let by_name = available.iter().find(|g| g.eq_ignore_ascii_case(part));
        let g = by_number.or(by_name)?;
        if !out.contains(g) {
            out.push(g.clone());
        }
    }
    (!out.is_empty()).then_some(out)
}

/// "All staff" for a broadcast: everyone who works or volunteers at the school (not visitors,
/// governors or parents as such).
fn is_staff_for_broadcast(p: &Person) -> bool {
    p.roles.any(&Role::EMPLOYED) || p.has(Role::Volunteer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::{PersonId, SchoolId};
    use crate::core::people::{Lang, Roles};

    fn person(id: i64, roles: &[Role], groups: &[&str]) -> Person {
        Person {
            id: PersonId(id),
            school: SchoolId(1),
            external_id: format!("X{id}"),
            name: format!("P{id}"),
            roles: Roles::new(roles.iter().copied()),
            lang: Lang::EnGb,
            groups: groups.iter().map(|g| g.to_string()).collect(),
            active: true,
        }
    }

    fn ids(r: &[Recipient<'_>]) -> Vec<i64> {
        r.iter().map(|r| r.person.id.0).collect()
    }

    #[test]
    fn each_person_once_and_staff_parents_are_reached_as_staff() {
        let mut leaver = person(6, &[Role::Parent], &["Year 3"]);
        leaver.active = false;
        let dir = vec![
            person(1, &[Role::Staff], &[]),
            person(2, &[Role::Parent], &["Year 3"]),
            person(3, &[Role::Parent], &["Reception Oak"]),
            person(4, &[Role::Staff, Role::Parent], &["Year 3"]),
            person(5, &[Role::Governor], &[]),
            leaver,
            person(7, &[Role::Visitor], &[]),
        ];
        let a = Audience {
            staff: true,
            classes: vec!["Year 3".into()],
            ..Default::default()
        };
        let r = select(&dir, &a);
        assert_eq!(ids(&r), [1, 2, 4]);
        assert!(
            !r[2].as_parent,
            "a teacher who is also a parent is reached as staff"
        );
        assert!(r[1].as_parent);
        let gov = Audience {
            governors: true,
            parents: true,
            ..Default::default()
        };
        assert_eq!(ids(&select(&dir, &gov)), [2, 3, 4, 5]);
        assert_eq!(class_groups(&dir), ["Reception Oak", "Year 3"]);
    }

    #[test]
    fn typed_classes_by_name_or_number() {
        let groups = vec!["Reception Oak".to_string(), "Year 3".to_string()];
        assert_eq!(
            parse_classes("year 3; 1, Year 3", &groups),
            Some(vec!["Year 3".to_string(), "Reception Oak".to_string()])
        );
        assert_eq!(parse_classes("Year 4", &groups), None);
        assert_eq!(parse_classes(" , ", &groups), None);
    }
}
