//! What the reporter's answers to the concern form say: who it is about and whom it names.
//! Pure; shared by the form ([`super::reporting`]) and the urgent alert it may raise before it
//! is finished ([`super::urgent`]), so that neither imports the other.

use super::types::About;
use crate::core::form::{Answers, FormState, NOT_SURE};
use crate::core::ids::PersonId;
use crate::core::people::{Person, Role};

/// The form's id (drafts are stored under it).
pub const FORM_ID: &str = "concern";
/// Longest account of what happened, in characters.
pub const ACCOUNT_MAX: usize = 3000;

/// The people steps: who the named person could be, and anyone else the account mentions.
pub(super) const NAMED: &str = "subjects";
pub(super) const MENTIONED: &str = "mentioned";

/// Who the reporter said the concern is about.
pub fn about(a: &Answers) -> Option<About> {
    a.choice("about").and_then(About::parse)
}

/// Everyone the concern is about so far: the people the reporter picked (all of them when not
/// sure), the Headteacher for a concern about the Head, the reporter for one about themselves.
pub fn subjects_so_far(state: &FormState, reporter: PersonId, people: &[Person]) -> Vec<PersonId> {
    subjects_in(&state.answers, reporter, people)
}

/// Everyone an urgent alert and its follow-up must leave out so far: the subjects, and anyone
/// the reporter's answers named whom they have not yet said the concern is not about (not
/// answered counts as not sure).
pub fn subjects_for_alerts(
    state: &FormState,
    reporter: PersonId,
    people: &[Person],
) -> Vec<PersonId> {
    let mut out = subjects_so_far(state, reporter, people);
    for (step, offered) in &state.people {
        if state.answers.get(step).is_none() {
            out.extend(
                offered
                    .iter()
                    .filter_map(|o| o.value.parse().ok().map(PersonId)),
            );
        }
    }
    out.sort();
    out.dedup();
    out
}

pub(super) fn subjects_in(a: &Answers, reporter: PersonId, people: &[Person]) -> Vec<PersonId> {
    let mut out: Vec<PersonId> = [NAMED, MENTIONED]
        .iter()
        .flat_map(|s| a.multi(s))
        .filter(|v| v.as_str() != NOT_SURE)
        .filter_map(|v| v.parse().ok().map(PersonId))
        .collect();
    match about(a) {
        Some(About::Head) => out.extend(
            people
                .iter()
                .filter(|p| p.has(Role::Headteacher))
                .map(|p| p.id),
        ),
        Some(About::Myself) => out.push(reporter),
        _ => {}
    }
    out.sort();
    out.dedup();
    out
}
