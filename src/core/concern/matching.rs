//! Finding the member of staff a concern names, from what the reporter typed. Pure.
//!
//! The match errs towards including people: everyone the text could mean is treated as a
//! subject (kept off the route and away from the case), because showing a concern to the
//! person it is about is far worse than routing it one level up.

use crate::core::ids::PersonId;
use crate::core::people::Person;

const TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "prof"];

/// Everyone school-side the typed text could name: a full name in the text; failing that,
/// everyone whose surname or first name appears in it.
pub fn candidates(texts: &[&str], people: &[Person]) -> Vec<PersonId> {
    let words = tokens(&texts.join(" \n "));
    if words.is_empty() {
        return Vec::new();
    }
    let contains = |needle: &[String]| -> bool {
        !needle.is_empty() && words.windows(needle.len()).any(|w| w == needle)
    };
    let staff = people.iter().filter(|p| p.roles.is_school_side());
    let full: Vec<PersonId> = staff
        .clone()
        .filter(|p| contains(&tokens(&p.name)))
        .map(|p| p.id)
        .collect();
    if !full.is_empty() {
        return full;
    }
    staff
        .filter(|p| {
            let name = tokens(&p.name);
            let surname = name.last().is_some_and(|s| words.contains(s));
            let first = name.first().is_some_and(|s| words.contains(s));
            surname || first
        })
        .map(|p| p.id)
        .collect()
}

/// Lower-case words without accents or titles: "Mr Wiśniewski" → ["wisniewski"].
fn tokens(s: &str) -> Vec<String> {
    let folded: String = s.chars().flat_map(char::to_lowercase).map(fold).collect();
    folded
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty() && !TITLES.contains(w))
        .map(str::to_string)
        .collect()
}

/// The plain letter under an accented one, for the accents common in UK schools' names.
fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' | 'ą' | 'ā' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ē' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' | 'ø' | 'ō' => 'o',
        'ś' | 'š' | 'ş' => 's',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' => 'u',
        'ŵ' => 'w',
        'ý' | 'ÿ' | 'ŷ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        '’' => '\'',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::SchoolId;
    use crate::core::people::{Lang, Role, Roles};

    fn people() -> Vec<Person> {
        let p = |id, name: &str, role| Person {
            id: PersonId(id),
            school: SchoolId(1),
            external_id: format!("S{id}"),
            name: name.into(),
            roles: Roles::new([role]),
            lang: Lang::EnGb,
            groups: vec![],
            active: true,
        };
        vec![
            p(1, "Daniel Okafor", Role::Dsl),
            p(2, "Tomasz Wiśniewski", Role::Staff),
            p(3, "Daniel Hughes", Role::Staff),
            p(4, "Emma Okafor", Role::Parent),
            p(5, "Josie Quennell", Role::Volunteer),
        ]
    }

    fn ids(v: &[i64]) -> Vec<PersonId> {
        v.iter().map(|i| PersonId(*i)).collect()
    }

    #[test]
    fn full_names_surnames_and_titles_match_without_accents() {
        let ps = people();
        assert_eq!(candidates(&["Daniel Okafor (DSL)"], &ps), ids(&[1]));
        assert_eq!(
            candidates(&["mr okafor"], &ps),
            ids(&[1]),
            "parents never match"
        );
        assert_eq!(candidates(&["Mr Wisniewski, Year 5"], &ps), ids(&[2]));
        assert_eq!(candidates(&["TOMASZ WIŚNIEWSKI"], &ps), ids(&[2]));
        assert_eq!(candidates(&["Josie"], &ps), ids(&[5]));
    }

    #[test]
    fn an_ambiguous_name_names_everyone_it_could_mean() {
        let ps = people();
        assert_eq!(candidates(&["Daniel"], &ps), ids(&[1, 3]));
        assert_eq!(candidates(&["Daniel from Year 3"], &ps), ids(&[1, 3]));
    }

    #[test]
    fn unknown_names_match_nobody() {
        let ps = people();
        assert!(candidates(&["the new supply teacher"], &ps).is_empty());
        assert!(candidates(&[""], &ps).is_empty());
        assert!(candidates(&["Mr"], &ps).is_empty());
    }
}
