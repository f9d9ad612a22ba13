//! Who a stream concerns, read from the directory: the class groups parents belong to, the
//! parents in a stream's audience, and the staff an organiser names as supervisors. Pure.

use super::store::Audience;
use crate::core::people::{Person, Role};

/// Roles that make someone a member of staff who may supervise a stream. Volunteers, visitors
/// and governors do not count towards the policy's "two supervising staff members".
const STAFF_ROLES: &[Role] = &Role::EMPLOYED;

/// True for an active member of staff.
pub fn is_staff(p: &Person) -> bool {
    p.active && p.roles.any(STAFF_ROLES)
}

/// True for an active parent.
pub fn is_parent(p: &Person) -> bool {
    p.active && p.has(Role::Parent)
}

/// The distinct class groups of active parents, sorted.
pub fn classes(people: &[Person]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for g in people
        .iter()
        .filter(|p| is_parent(p))
        .flat_map(|p| &p.groups)
    {
        if !out.iter().any(|c| c.eq_ignore_ascii_case(g)) {
            out.push(g.clone());
        }
    }
    out.sort();
    out
}

/// The active parents a stream is for.
pub fn audience<'a>(people: &'a [Person], audience: &Audience) -> Vec<&'a Person> {
    people
        .iter()
        .filter(|p| is_parent(p) && audience.includes(&p.groups))
        .collect()
}

/// Splits a typed list: commas, semicolons, new lines, "and", "&".
fn split_list(s: &str) -> Vec<String> {
    s.split([',', ';', '\n', '&', '+'])
        .flat_map(|part| part.split(" and "))
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect()
}

/// Reads typed class names against the known classes. `Err` holds what was not recognised.
pub fn match_classes(typed: &str, known: &[String]) -> Result<Vec<String>, Vec<String>> {
    let mut found = Vec::new();
    let mut unknown = Vec::new();
    for part in split_list(typed) {
        match known.iter().find(|k| fold(k) == fold(&part)) {
            Some(k) if !found.contains(k) => found.push(k.clone()),
            Some(_) => {}
            None => unknown.push(part),
        }
    }
    match (unknown.is_empty(), found.is_empty()) {
        (true, false) => Ok(found),
        _ => Err(unknown),
    }
}

/// Why a typed supervisor's name was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameProblem {
    Unknown(String),
    /// More than one member of staff matches.
    Ambiguous(String),
    /// The person is in the directory but is not a member of staff.
    NotStaff(String),
}

/// Matches typed names (full names, or any unique part of one) to active staff, ignoring case
/// and accents. Returns the staff in the order typed, without repeats.
pub fn match_staff<'a>(
    typed: &str,
    people: &'a [Person],
) -> Result<Vec<&'a Person>, Vec<NameProblem>> {
    let mut found: Vec<&Person> = Vec::new();
    let mut problems = Vec::new();
    for part in split_list(typed) {
        match match_one(&part, people) {
            Ok(p) if !found.iter().any(|f| f.id == p.id) => found.push(p),
            Ok(_) => {}
            Err(e) => problems.push(e),
        }
    }
    if problems.is_empty() && !found.is_empty() {
        Ok(found)
    } else {
        Err(problems)
    }
}

fn match_one<'a>(typed: &str, people: &'a [Person]) -> Result<&'a Person, NameProblem> {
    let want = fold(typed);
    let active = || people.iter().filter(|p| p.active);
    if let Some(p) = active().find(|p| fold(&p.name) == want) {
        return if is_staff(p) {
            Ok(p)
        } else {
            Err(NameProblem::NotStaff(p.name.clone()))
        };
    }
    let partial = |p: &&Person| {
        want.chars().count() >= 3 && fold(&p.name).split(' ').any(|w| w.starts_with(&want))
    };
    let staff: Vec<&Person> = active().filter(|p| is_staff(p)).filter(partial).collect();
    match staff.as_slice() {
        [one] => Ok(one),
        [] => match active().find(partial) {
            Some(p) => Err(NameProblem::NotStaff(p.name.clone())),
            None => Err(NameProblem::Unknown(typed.to_string())),
        },
        _ => Err(NameProblem::Ambiguous(typed.to_string())),
    }
}

/// Lower case, single spaces, common Welsh and Polish accents removed.
fn fold(s: &str) -> String {
    let folded: String = s
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'ą' | 'â' | 'á' | 'à' | 'ä' => 'a',
            'ć' => 'c',
            'ę' | 'ê' | 'é' | 'è' | 'ë' => 'e',
            'î' | 'í' | 'ï' => 'i',
            'ł' => 'l',
            'ń' => 'n',
            'ó' | 'ô' | 'ö' => 'o',
            'ś' => 's',
            'û' | 'ú' | 'ü' => 'u',
            'ŵ' => 'w',
            'ŷ' | 'ý' => 'y',
            'ź' | 'ż' => 'z',
            c => c,
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::{PersonId, SchoolId};
    use crate::core::people::{Lang, Roles};

    fn person(id: i64, name: &str, roles: &[Role], groups: &[&str]) -> Person {
        Person {
            id: PersonId(id),
            school: SchoolId(1),
            external_id: format!("X{id}"),
            name: name.into(),
            roles: Roles::new(roles.iter().copied()),
            lang: Lang::EnGb,
            groups: groups.iter().map(|g| g.to_string()).collect(),
            active: true,
        }
    }

    fn school() -> Vec<Person> {
        vec![
            person(
                1,
                "Rhian Prydderch",
                &[Role::Staff, Role::StreamOrganiser],
                &[],
            ),
            person(
                2,
                "Daniel Okafor",
                &[Role::Dsl, Role::Slt, Role::Staff],
                &[],
            ),
            person(3, "Tomasz Wiśniewski", &[Role::Staff], &[]),
            person(4, "Josie Quennell", &[Role::Volunteer], &[]),
            person(5, "Aisha Rahman", &[Role::Parent], &["Year 3"]),
            person(
                6,
                "Sophie Marchbank",
                &[Role::Parent],
                &["Year 3", "Reception Oak"],
            ),
            person(7, "Katarzyna Nowak", &[Role::Parent], &["Reception Oak"]),
            person(8, "Daniel Ashworth", &[Role::Staff], &[]),
            Person {
                active: false,
                ..person(9, "Left Parent", &[Role::Parent], &["Year 6"])
            },
        ]
    }

    #[test]
    fn classes_are_the_groups_of_active_parents() {
        assert_eq!(classes(&school()), vec!["Reception Oak", "Year 3"]);
    }

    #[test]
    fn the_audience_is_parents_in_the_classes_only() {
        let people = school();
        let ids =
            |a: &Audience| -> Vec<i64> { audience(&people, a).iter().map(|p| p.id.0).collect() };
        assert_eq!(ids(&Audience::Classes(vec!["year 3".into()])), vec![5, 6]);
        assert_eq!(
            ids(&Audience::Classes(vec!["Reception Oak".into()])),
            vec![6, 7]
        );
        assert_eq!(ids(&Audience::WholeSchool), vec![5, 6, 7]);
    }

    #[test]
    fn typed_classes_are_matched_loosely_and_unknown_ones_named() {
        let known = classes(&school());
        assert_eq!(
            match_classes("year 3,  RECEPTION   oak", &known),
            Ok(vec!["Year 3".to_string(), "Reception Oak".to_string()])
        );
        assert_eq!(
            match_classes("Year 3 and Year 3", &known),
            Ok(vec!["Year 3".into()])
        );
        assert_eq!(
            match_classes("Year 3, Year 9", &known),
            Err(vec!["Year 9".into()])
        );
        assert_eq!(match_classes(" , ", &known), Err(vec![]));
    }

    #[test]
    fn supervisors_are_matched_to_staff() {
        let people = school();
        let names = |r: Result<Vec<&Person>, Vec<NameProblem>>| -> Vec<String> {
            r.unwrap().iter().map(|p| p.name.clone()).collect()
        };
        assert_eq!(
            names(match_staff("Rhian, tomasz wisniewski", &people)),
            vec!["Rhian Prydderch", "Tomasz Wiśniewski"]
        );
        assert_eq!(
            names(match_staff("Rhian Prydderch and Okafor & rhian", &people)),
            vec!["Rhian Prydderch", "Daniel Okafor"]
        );
    }

    #[test]
    fn unknown_ambiguous_and_non_staff_names_are_refused() {
        let people = school();
        assert_eq!(
            match_staff("Rhian, Daniel, Josie, Aisha Rahman, Mr Nobody", &people),
            Err(vec![
                NameProblem::Ambiguous("Daniel".into()),
                NameProblem::NotStaff("Josie Quennell".into()),
                NameProblem::NotStaff("Aisha Rahman".into()),
                NameProblem::Unknown("Mr Nobody".into()),
            ])
        );
        assert!(match_staff("Rh", &people).is_err());
    }
}
