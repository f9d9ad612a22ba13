//! Turning a form's state into the message that asks the next question.
//!
//! A question answered by typing (free text, or a date and time) carries a text hint
//! ([`crate::core::message::TextAnswer`]) with its length limits and the question's reference
//! (`f.<nonce>.<step>`, plus the day picked on a date question; see [`question_of`]), so an
//! adapter can offer a better place to write the answer than the chat, and hand the answer back
//! tied to its question. Nothing else here knows of platforms.

use super::engine::{applies, at_review, special};
use super::{datetime, Answer, FormSpec, FormState, StepKind, When, NOT_SURE};
use crate::core::message::{Arg, Choice, Label, Message, Private};
use crate::core::payload::{Payload, FORM_PREFIX};

/// The payload of a button on step `step` of the form with `nonce`.
pub fn payload(nonce: &str, step: usize, value: &str) -> String {
    Payload::Form {
        nonce: nonce.to_string(),
        step,
        value: value.to_string(),
    }
    .encode()
}

/// The reference of the question on step `step` of the form with `nonce`: `f.<nonce>.<step>`
/// (a form button's payload without its value). A typed answer written outside the chat
/// carries it back ([`crate::core::event::Input::Answer`]).
pub fn question_ref(nonce: &str, step: usize) -> String {
    format!("{FORM_PREFIX}{nonce}.{step}")
}

/// The reference of the question `state` is on: its form and step and, on a date step after
/// "today" or "yesterday" was pressed, the day picked. So an answer written for "At what time on
/// 16/11/2026?" is never read as one for the date question before it, or the reverse.
pub fn question_of(state: &FormState) -> String {
    let r = question_ref(&state.nonce, state.step);
    match state.day {
        Some(day) => format!("{r}.{}", day.date.format("%Y%m%d")),
        None => r,
    }
}

/// Reads a question reference into (nonce, step); `None` when it is not one.
pub fn parse_question_ref(r: &str) -> Option<(&str, usize)> {
    let (nonce, step) = r.strip_prefix(FORM_PREFIX)?.split_once('.')?;
    if nonce.is_empty() || !step.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((nonce, step.parse().ok()?))
}

/// The message showing the current step (or the review) with its buttons.
pub fn current(spec: &FormSpec, state: &FormState) -> Message<Private> {
    if at_review(spec, state) {
        return if state.choosing_edit {
            choose_edit(spec, state)
        } else {
            review(spec, state)
        };
    }
    let step = &spec.steps[state.step];
    let btn = |value: &str, label: Label| Choice {
        label,
        payload: payload(&state.nonce, state.step, value),
    };
    let mut choices: Vec<Choice> = match &step.kind {
        StepKind::Choice(opts) => opts
            .iter()
            .map(|o| btn(o.value, Label::Key(o.label.into())))
            .collect(),
        StepKind::Multi { options, .. } => {
            let mut c: Vec<Choice> = options
                .iter()
                .map(|o| {
                    let label = if state.ticked.iter().any(|t| t == o.value) {
                        Label::Ticked(o.label.into())
                    } else {
                        Label::Key(o.label.into())
                    };
                    btn(o.value, label)
                })
                .collect();
            c.push(btn(special::DONE, Label::Key("form-done".into())));
            c
        }
        StepKind::YesNo => vec![
            btn("yes", Label::Key("form-yes".into())),
            btn("no", Label::Key("form-no".into())),
        ],
        StepKind::Text { .. } => vec![],
        StepKind::DateTime(When::Past) if state.day.is_some() => vec![
            btn(special::TODAY, Label::Key("form-today".into())),
            btn(special::YESTERDAY, Label::Key("form-yesterday".into())),
        ],
        StepKind::DateTime(When::Past) => vec![
            btn(special::NOW, Label::Key("form-now".into())),
            btn(special::TODAY, Label::Key("form-today".into())),
            btn(special::YESTERDAY, Label::Key("form-yesterday".into())),
        ],
        StepKind::DateTime(When::Future) => vec![],
        StepKind::People { unsure } => {
            let mut c: Vec<Choice> = state
                .people
                .get(step.id)
                .into_iter()
                .flatten()
                .map(|p| {
                    let label = Label::Person {
                        name: p.name.clone(),
                        roles: p.roles.clone(),
                        ticked: state.ticked.contains(&p.value),
                    };
                    btn(&p.value, label)
                })
                .collect();
            c.push(btn(special::NONE, Label::Key("form-people-none".into())));
            if *unsure {
                c.push(btn(
                    special::UNSURE,
                    Label::Key("form-people-unsure".into()),
                ));
            }
            c.push(btn(special::DONE, Label::Key("form-done".into())));
            c
        }
    };
    if step.optional {
        choices.push(btn(special::SKIP, Label::Key("form-skip".into())));
    }
    // After "today" or "yesterday", the same step asks for the time on that date.
    let prompt = match (&step.kind, state.day) {
        (StepKind::DateTime(_), Some(day)) => Message::private("form-time-of-day")
            .arg("date", day.date.format("%d/%m/%Y").to_string()),
        _ => Message::private(step.prompt),
    };
    let mut m = prompt.choices(choices);
    let to = question_of(state);
    match step.kind {
        StepKind::Text { min, max } => m = m.arg("max", max).expects_text(min, max, to),
        StepKind::DateTime(_) => m = m.expects_text(1, datetime::MAX_TYPED, to),
        StepKind::Multi { max, .. } => m = m.arg("max", max),
        // The buttons name people: the question is sealed like an answer.
        StepKind::People { .. } => m = m.expects_text(2, PEOPLE_TYPED_MAX, to).sealed(),
        StepKind::Choice(_) | StepKind::YesNo => {}
    }
    m
}

/// Longest name typed on a people step.
pub const PEOPLE_TYPED_MAX: usize = 200;

fn review(spec: &FormSpec, state: &FormState) -> Message<Private> {
    let lines = spec
        .steps
        .iter()
        .enumerate()
        .filter(|(i, _)| applies(spec, state, *i))
        .filter_map(|(_, s)| {
            let a = state.answers.get(s.id)?;
            Some((s.label.to_string(), show(spec, state, s.id, a)))
        })
        .collect();
    let n = spec.steps.len();
    let names_people = spec
        .steps
        .iter()
        .any(|s| matches!(s.kind, StepKind::People { .. }) && state.answers.get(s.id).is_some());
    let m = Message::private("form-review");
    let m = if names_people { m.sealed() } else { m };
    m.arg_key("title", spec.title)
        .lines("answers", lines)
        .choice(Choice::key(
            "form-submit",
            payload(&state.nonce, n, special::SUBMIT),
        ))
        .choice(Choice::key(
            "form-change",
            payload(&state.nonce, n, special::CHANGE),
        ))
        .choice(Choice::key(
            "form-cancel",
            payload(&state.nonce, n, special::CANCEL),
        ))
}

fn choose_edit(spec: &FormSpec, state: &FormState) -> Message<Private> {
    let n = spec.steps.len();
    let choices = spec
        .steps
        .iter()
        .enumerate()
        .filter(|(i, s)| applies(spec, state, *i) && state.answers.get(s.id).is_some())
        .map(|(i, s)| {
            Choice::key(
                s.label,
                payload(&state.nonce, n, &format!("{}{i}", special::EDIT)),
            )
        });
    Message::private("form-choose-change").choices(choices)
}

/// How an answer is shown on the review step.
fn show(spec: &FormSpec, state: &FormState, step_id: &str, a: &Answer) -> Arg {
    let step = spec.step(step_id);
    if let (Some(StepKind::People { .. }), Answer::Multi(vs)) = (step.map(|s| &s.kind), a) {
        return show_people(state, step_id, vs);
    }
    let label_of = |v: &str| -> String {
        let opts = match step.map(|s| &s.kind) {
            Some(StepKind::Choice(o)) | Some(StepKind::Multi { options: o, .. }) => o.as_slice(),
            _ => &[],
        };
        opts.iter()
            .find(|o| o.value == v)
            .map(|o| o.label.to_string())
            .unwrap_or_else(|| v.to_string())
    };
    match a {
        Answer::Choice(v) => Arg::Key(label_of(v)),
        Answer::Multi(vs) => Arg::Keys(vs.iter().map(|v| label_of(v)).collect()),
        Answer::Bool(true) => Arg::Key("form-yes".into()),
        Answer::Bool(false) => Arg::Key("form-no".into()),
        Answer::Text(t) if step.is_some_and(|s| s.sensitive) => Arg::Secret(t.clone()),
        Answer::Text(t) => Arg::Text(t.clone()),
        Answer::DateTime(t) => Arg::Time(*t),
        Answer::Skipped => Arg::Key("form-skipped".into()),
    }
}

/// The people picked on a people step, by name (sealed with the review).
fn show_people(state: &FormState, step_id: &str, values: &[String]) -> Arg {
    let unsure = values.first().is_some_and(|v| v == NOT_SURE);
    let names: Vec<String> = values
        .iter()
        .filter_map(|v| {
            state
                .people
                .get(step_id)?
                .iter()
                .find(|p| &p.value == v)
                .map(|p| p.name.clone())
        })
        .collect();
    let key = match (unsure, names.is_empty()) {
        (_, true) => return Arg::Key("form-people-none".into()),
        (true, false) => "form-people-review-unsure",
        (false, false) => "form-people-review",
    };
    Arg::Items(vec![(
        key.to_string(),
        vec![("names".to_string(), Arg::Secret(names.join(", ")))],
    )])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::form::{engine, opt, Step};
    use crate::core::message::TextAnswer;

    #[test]
    fn only_typed_questions_carry_a_text_hint_with_their_limits() {
        let spec = FormSpec {
            id: "t",
            version: 1,
            title: "t",
            steps: vec![
                Step::new("pick", StepKind::Choice(vec![opt("a", "a")])),
                Step::new("note", StepKind::Text { min: 10, max: 2000 }).optional(),
                Step::new("when", StepKind::DateTime(When::Past)),
            ],
        };
        let mut state = engine::start(&spec, "Ab3dE6gH".into());
        let hint = |state: &FormState| current(&spec, state).body().expects_text.clone();
        assert_eq!(hint(&state), None, "a choice is made with buttons");
        state.step = 1;
        assert_eq!(
            hint(&state),
            Some(TextAnswer {
                min: 10,
                max: 2000,
                to: Some("f.Ab3dE6gH.1".into())
            })
        );
        state.step = 2;
        assert_eq!(
            hint(&state),
            Some(TextAnswer {
                min: 1,
                max: datetime::MAX_TYPED,
                to: Some("f.Ab3dE6gH.2".into())
            })
        );
        state.step = 3;
        assert_eq!(hint(&state), None, "the review is answered with buttons");
    }

    #[test]
    fn question_references_round_trip_and_fit_what_adapters_carry() {
        let r = question_ref("Ab3dE6gH", 12);
        assert_eq!(r, "f.Ab3dE6gH.12");
        assert_eq!(parse_question_ref(&r), Some(("Ab3dE6gH", 12)));
        assert!(TextAnswer::is_reference(&r), "{r}");
        // The driver's nonces are 8 characters; with the largest step it still fits.
        assert!(TextAnswer::is_reference(&question_ref(
            "Ab3dE6gH",
            usize::MAX
        )));
        for bad in [
            "",
            "f.",
            "f.Ab3dE6gH",
            "f..3",
            "f.Ab3dE6gH.",
            "f.Ab3dE6gH.x",
            "f.Ab3dE6gH.+3",
            "f.Ab3dE6gH.3.~skip",
            "f.Ab3dE6gH.99999999999999999999999",
            "c.Ab3dE6gH.3",
        ] {
            assert_eq!(parse_question_ref(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn payloads_round_trip_and_fit_telegram() {
        let p = payload("Ab3dE6gH", 12, "~submit");
        assert_eq!(p, "f.Ab3dE6gH.12.~submit");
        assert!(p.len() <= Choice::MAX_PAYLOAD);
        assert_eq!(Payload::decode("f.x.notanumber.v"), Payload::Unknown);
    }
}
