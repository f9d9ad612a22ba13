//! The form state machine: one input in, the new state and what to do next out. Pure.

use super::{datetime, Answer, Day, FormSpec, FormState, StepKind, When};
use crate::core::message::Message;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;

/// Special button values the engine itself understands.
pub mod special {
    pub const SKIP: &str = "~skip";
    pub const DONE: &str = "~done";
    pub const SUBMIT: &str = "~submit";
    pub const CHANGE: &str = "~change";
    pub const CANCEL: &str = "~cancel";
    pub const EDIT: &str = "~e";
    /// On a date-and-time step in the past: it is happening now, earlier today, yesterday.
    pub const NOW: &str = "now";
    pub const TODAY: &str = "today";
    pub const YESTERDAY: &str = "yesterday";
    /// On a people step: none of these people.
    pub const NONE: &str = "~none";
    /// On a people step: not sure (all of them count).
    pub const UNSURE: &str = "~unsure";
}

/// One input to a form, already read from the chat.
#[derive(Debug, Clone, PartialEq)]
pub enum FormInput {
    Text(String),
    /// A button press whose payload belonged to a form (nonce and step already checked).
    Pick(String),
    Back,
    Help,
    Cancel,
}

/// What the caller should do after an input.
#[derive(Debug)]
pub enum Outcome {
    /// Show the current step (or the review). `answered` names the step just answered.
    Ask { answered: Option<&'static str> },
    /// The input was not acceptable; say so and show the step again.
    Invalid(Message),
    /// Show the current step's help.
    Help(&'static str),
    /// The person submitted from the review step.
    Submit,
    /// The person cancelled; the draft should be deleted.
    Cancelled,
    /// A name was typed on a people step: the feature should look it up and add whoever it
    /// names to the step's people; the step is asked again.
    Lookup(String),
}

/// A new form state at the first applicable step.
pub fn start(spec: &FormSpec, nonce: String) -> FormState {
    start_among(spec, nonce, Default::default())
}

/// A new form state whose people steps ask about `people` (by step id) from the start.
pub fn start_among(
    spec: &FormSpec,
    nonce: String,
    people: std::collections::BTreeMap<String, Vec<super::PersonOpt>>,
) -> FormState {
    let mut state = FormState {
        form: spec.id.to_string(),
        version: spec.version,
        step: 0,
        answers: Default::default(),
        history: Vec::new(),
        nonce,
        editing: false,
        choosing_edit: false,
        ticked: Vec::new(),
        context: Default::default(),
        day: None,
        people,
        expiry_warned: None,
    };
    state.step = next_applicable(spec, &state, 0);
    state
}

/// True when the state is on the review step.
pub fn at_review(spec: &FormSpec, state: &FormState) -> bool {
    state.step >= spec.steps.len()
}

/// Applies one input.
pub fn apply(
    spec: &FormSpec,
    state: &mut FormState,
    input: FormInput,
    now: DateTime<Utc>,
    tz: Tz,
) -> Outcome {
    match input {
        FormInput::Cancel => Outcome::Cancelled,
        FormInput::Pick(v) if v == special::CANCEL => Outcome::Cancelled,
        FormInput::Help => Outcome::Help(
            spec.steps
                .get(state.step)
                .map(|s| s.help)
                .unwrap_or("form-help-review"),
        ),
        FormInput::Back => back(state),
        input if at_review(spec, state) => review_input(spec, state, input),
        FormInput::Pick(v) if v == special::SKIP => skip(spec, state),
        input => answer(spec, state, input, now, tz),
    }
}

fn back(state: &mut FormState) -> Outcome {
    if state.day.take().is_some() {
        return Outcome::Ask { answered: None };
    }
    if state.choosing_edit {
        state.choosing_edit = false;
        return Outcome::Ask { answered: None };
    }
    match state.history.pop() {
        Some(prev) => {
            state.step = prev;
            state.ticked.clear();
            state.editing = false;
            Outcome::Ask { answered: None }
        }
        None => Outcome::Invalid(Message::new("form-back-at-start")),
    }
}

fn skip(spec: &FormSpec, state: &mut FormState) -> Outcome {
    let step = &spec.steps[state.step];
    if !step.optional {
        return Outcome::Invalid(Message::new("form-cannot-skip"));
    }
    record(spec, state, Answer::Skipped)
}

fn review_input(spec: &FormSpec, state: &mut FormState, input: FormInput) -> Outcome {
    let FormInput::Pick(v) = input else {
        return Outcome::Invalid(Message::new("form-use-buttons"));
    };
    if v == special::SUBMIT && !state.choosing_edit {
        return Outcome::Submit;
    }
    if v == special::CHANGE {
        state.choosing_edit = true;
        return Outcome::Ask { answered: None };
    }
    let edit = v
        .strip_prefix(special::EDIT)
        .and_then(|n| n.parse::<usize>().ok());
    match edit {
        Some(i) if state.choosing_edit && i < spec.steps.len() && applies(spec, state, i) => {
            state.history.push(state.step);
            state.step = i;
            state.editing = true;
            state.choosing_edit = false;
            state.ticked.clear();
            Outcome::Ask { answered: None }
        }
        _ => Outcome::Invalid(Message::new("form-use-buttons")),
    }
}

fn answer(
    spec: &FormSpec,
    state: &mut FormState,
    input: FormInput,
    now: DateTime<Utc>,
    tz: Tz,
) -> Outcome {
    let step = &spec.steps[state.step];
    let result = match (&step.kind, input) {
        (StepKind::Choice(opts), FormInput::Pick(v)) => pick_one(opts, &v),
        (StepKind::Choice(opts), FormInput::Text(t)) => pick_one(opts, &by_number(opts, &t)),
        (StepKind::YesNo, FormInput::Pick(v)) | (StepKind::YesNo, FormInput::Text(v)) => yes_no(&v),
        (StepKind::Multi { options, max }, FormInput::Pick(v)) => {
            return tick(state, options, *max, &v).unwrap_or_else(|| finish_multi(spec, state));
        }
        (StepKind::Multi { options, max }, FormInput::Text(t)) => typed_multi(options, *max, &t),
        (StepKind::People { unsure }, FormInput::Pick(v)) => {
            return people(spec, state, &v, *unsure)
        }
        (StepKind::People { .. }, FormInput::Text(t)) if !t.trim().is_empty() => {
            return Outcome::Lookup(t.trim().to_string())
        }
        (StepKind::Text { min, max }, FormInput::Text(t)) => text(&t, *min, *max),
        (StepKind::Text { .. }, FormInput::Pick(_)) => Err(Message::new("form-type-answer")),
        (StepKind::DateTime(When::Past), FormInput::Pick(v))
            if v == special::TODAY || v == special::YESTERDAY =>
        {
            let today = now.with_timezone(&tz).date_naive();
            let date = if v == special::YESTERDAY {
                today - Duration::days(1)
            } else {
                today
            };
            state.day = Some(Day { date });
            return Outcome::Ask { answered: None };
        }
        (StepKind::DateTime(when), FormInput::Pick(v)) if v == special::NOW => {
            date_time(&v, *when, None, now, tz)
        }
        (StepKind::DateTime(when), FormInput::Text(v)) => date_time(&v, *when, state.day, now, tz),
        _ => Err(Message::new("form-use-buttons")),
    };
    match result {
        Ok(a) => record(spec, state, a),
        Err(m) => Outcome::Invalid(m),
    }
}

fn record(spec: &FormSpec, state: &mut FormState, a: Answer) -> Outcome {
    let id = spec.steps[state.step].id;
    state.answers.0.insert(id.to_string(), a);
    state.ticked.clear();
    state.day = None;
    let from = state.step;
    state.step = if state.editing {
        first_unanswered(spec, state)
    } else {
        state.history.push(from);
        next_applicable(spec, state, from + 1)
    };
    if at_review(spec, state) {
        state.editing = false;
    }
    Outcome::Ask { answered: Some(id) }
}

fn pick_one(opts: &[super::Opt], v: &str) -> Result<Answer, Message> {
    opts.iter()
        .find(|o| o.value == v)
        .map(|o| Answer::Choice(o.value.to_string()))
        .ok_or_else(|| Message::new("form-use-buttons"))
}

fn by_number(opts: &[super::Opt], t: &str) -> String {
    t.trim()
        .parse::<usize>()
        .ok()
        .and_then(|n| opts.get(n.wrapping_sub(1)))
        .map(|o| o.value.to_string())
        .unwrap_or_else(|| t.trim().to_string())
}

fn yes_no(v: &str) -> Result<Answer, Message> {
    match v.trim().to_lowercase().as_str() {
        "yes" | "y" | "1" | "tak" | "ie" => Ok(Answer::Bool(true)),
        "no" | "n" | "2" | "nie" | "na" => Ok(Answer::Bool(false)),
        _ => Err(Message::new("form-use-buttons")),
    }
}

/// Toggles an option; `None` means "done" was pressed.
fn tick(state: &mut FormState, options: &[super::Opt], max: usize, v: &str) -> Option<Outcome> {
    if v == special::DONE {
        return None;
    }
    if !options.iter().any(|o| o.value == v) {
        return Some(Outcome::Invalid(Message::new("form-use-buttons")));
    }
    if let Some(i) = state.ticked.iter().position(|t| t == v) {
        state.ticked.remove(i);
    } else if state.ticked.len() >= max {
        return Some(Outcome::Invalid(
            Message::new("form-too-many").arg("max", max),
        ));
    } else {
        state.ticked.push(v.to_string());
    }
    Some(Outcome::Ask { answered: None })
}

fn finish_multi(spec: &FormSpec, state: &mut FormState) -> Outcome {
    if state.ticked.is_empty() {
        return Outcome::Invalid(Message::new("form-pick-one"));
    }
    let picked = std::mem::take(&mut state.ticked);
    record(spec, state, Answer::Multi(picked))
}

fn typed_multi(options: &[super::Opt], max: usize, t: &str) -> Result<Answer, Message> {
    let mut picked = Vec::new();
    for part in t.split([',', ' ']).filter(|p| !p.is_empty()) {
        let v = by_number(options, part);
        if !options.iter().any(|o| o.value == v) {
            return Err(Message::new("form-use-buttons"));
        }
        if !picked.contains(&v) {
            picked.push(v);
        }
    }
    match picked.len() {
        0 => Err(Message::new("form-pick-one")),
        n if n > max => Err(Message::new("form-too-many").arg("max", max)),
        _ => Ok(Answer::Multi(picked)),
    }
}

/// A press on a people step: tick or untick someone, none of them, not sure, or done.
fn people(spec: &FormSpec, state: &mut FormState, v: &str, unsure: bool) -> Outcome {
    let id = spec.steps[state.step].id;
    let values: Vec<String> = state
        .people
        .get(id)
        .map(|ps| ps.iter().map(|p| p.value.clone()).collect())
        .unwrap_or_default();
    match v {
        special::NONE => record(spec, state, Answer::Multi(Vec::new())),
        special::UNSURE if unsure => {
            let mut all = vec![super::NOT_SURE.to_string()];
            all.extend(values);
            record(spec, state, Answer::Multi(all))
        }
        special::DONE if state.ticked.is_empty() => Outcome::Invalid(Message::new(if unsure {
            "form-people-pick"
        } else {
            "form-people-pick-any"
        })),
        special::DONE => {
            let picked = std::mem::take(&mut state.ticked);
            record(spec, state, Answer::Multi(picked))
        }
        v if values.iter().any(|x| x == v) => {
            if let Some(i) = state.ticked.iter().position(|t| t == v) {
                state.ticked.remove(i);
            } else {
                state.ticked.push(v.to_string());
            }
            Outcome::Ask { answered: None }
        }
        _ => Outcome::Invalid(Message::new("form-use-buttons")),
    }
}

/// After a feature changed what a people step asks about (it found someone in the answer
/// just given to step `answered`, or nobody any more), moves to the step that should be asked
/// now, as [`apply`] would have: the next applicable step, or while `editing` from the review
/// the first unanswered one.
pub fn reconsider(spec: &FormSpec, state: &mut FormState, answered: usize, editing: bool) {
    state.step = if editing {
        first_unanswered(spec, state)
    } else {
        next_applicable(spec, state, answered + 1)
    };
    state.editing = editing && !at_review(spec, state);
}

/// Asks step `id` again as if it had never been answered (its feature found the answer wrong
/// once it was given); after it is answered, the form goes on as it would have, back to the
/// review when the step was being changed from there.
pub fn ask_again(spec: &FormSpec, state: &mut FormState, id: &str) {
    let Some(i) = spec.steps.iter().position(|s| s.id == id) else {
        return;
    };
    state.answers.0.remove(id);
    if state.history.last() == Some(&i) {
        state.history.pop();
    }
    state.editing = spec.steps[i + 1..]
        .iter()
        .any(|s| state.answers.0.contains_key(s.id));
    state.step = i;
}

/// A typed answer: at most `max` characters, and at least `min` of them visible (zero-width
/// spaces, joiners, direction marks, fillers, control characters and lone combining marks do
/// not count towards an answer).
fn text(t: &str, min: usize, max: usize) -> Result<Answer, Message> {
    let t = t.trim();
    let len = t.chars().count();
    if len > max {
        return Err(Message::new("form-text-too-long")
            .arg("max", max)
            .arg("length", len));
    }
    if visible_chars(t) < min.max(1) {
        return Err(Message::new("form-text-too-short").arg("min", min.max(1)));
    }
    Ok(Answer::Text(t.to_string()))
}

/// How many characters of `t` can be seen: not whitespace, and not of the invisible kinds
/// (Unicode categories Cc, Cf, Zs/Zl/Zp, Mn/Me, Cs, Co, Cn) nor a blank filler.
fn visible_chars(t: &str) -> usize {
    use unicode_properties::{GeneralCategory as G, UnicodeGeneralCategory};
    /// Letters and symbols that look like nothing at all.
    const BLANK: [char; 5] = ['\u{115F}', '\u{1160}', '\u{3164}', '\u{FFA0}', '\u{2800}'];
    t.chars()
        .filter(|c| !BLANK.contains(c))
        .filter(|c| {
            !matches!(
                c.general_category(),
                G::Control
                    | G::Format
                    | G::SpaceSeparator
                    | G::LineSeparator
                    | G::ParagraphSeparator
                    | G::NonspacingMark
                    | G::EnclosingMark
                    | G::Surrogate
                    | G::PrivateUse
                    | G::Unassigned
            )
        })
        .count()
}

/// Reads a typed date and time; after a day was picked, a bare time is on that day.
fn date_time(
    v: &str,
    when: When,
    day: Option<Day>,
    now: DateTime<Utc>,
    tz: Tz,
) -> Result<Answer, Message> {
    let on_day = day.and_then(|d| datetime::time_on(d.date, v, tz));
    let t = on_day
        .or_else(|| datetime::parse(v, now, tz))
        .ok_or_else(|| Message::new("form-date-unreadable"))?;
    match when {
        When::Past if t > now + Duration::minutes(5) => Err(Message::new("form-date-future")),
        When::Future if t <= now => Err(Message::new("form-date-past")),
        _ => Ok(Answer::DateTime(t)),
    }
}

/// True when step `i` applies given the answers so far.
pub fn applies(spec: &FormSpec, state: &FormState, i: usize) -> bool {
    let step = &spec.steps[i];
    let asked = match step.kind {
        StepKind::People { .. } => state.people.get(step.id).is_some_and(|p| !p.is_empty()),
        _ => true,
    };
    asked && step.when.is_none_or(|c| c(&state.answers))
}

fn next_applicable(spec: &FormSpec, state: &FormState, from: usize) -> usize {
    (from..spec.steps.len())
        .find(|&i| applies(spec, state, i))
        .unwrap_or(spec.steps.len())
}

fn first_unanswered(spec: &FormSpec, state: &FormState) -> usize {
    (0..spec.steps.len())
        .find(|&i| applies(spec, state, i) && !state.answers.0.contains_key(spec.steps[i].id))
        .unwrap_or(spec.steps.len())
}

/// The answers of the steps that apply, in order (answers to steps that no longer apply after
/// an edit are dropped).
pub fn final_answers(spec: &FormSpec, state: &FormState) -> super::Answers {
    let mut out = super::Answers::default();
    for (i, step) in spec.steps.iter().enumerate() {
        if applies(spec, state, i) {
            if let Some(a) = state.answers.get(step.id) {
                out.0.insert(step.id.to_string(), a.clone());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::form::{opt, Step};
    use chrono_tz::Europe::London;

    fn spec() -> FormSpec {
        FormSpec {
            id: "t",
            version: 1,
            title: "t",
            steps: vec![
                Step::new("danger", StepKind::YesNo),
                Step::new(
                    "about",
                    StepKind::Choice(vec![opt("pupil", "a"), opt("staff", "b")]),
                ),
                Step::new("class", StepKind::Text { min: 1, max: 10 })
                    .when(|a| a.choice("about") == Some("pupil")),
                Step::new(
                    "cats",
                    StepKind::Multi {
                        options: vec![opt("x", "x"), opt("y", "y"), opt("z", "z")],
                        max: 2,
                    },
                ),
                Step::new("note", StepKind::Text { min: 1, max: 50 }).optional(),
            ],
        }
    }

    fn go(spec: &FormSpec, s: &mut FormState, i: FormInput) -> Outcome {
        apply(spec, s, i, Utc::now(), London)
    }

    #[test]
    fn only_visible_characters_count_towards_a_typed_answer() {
        let names = "\u{200B}".repeat(4);
        let account = "\u{200B}".repeat(12);
        assert!(
            text(&names, 2, 500).is_err(),
            "four zero-width spaces as names"
        );
        assert!(text(&account, 10, 4000).is_err(), "twelve as the account");
        let disguised = "\u{200C}\u{200D}\u{2060}\u{FEFF}\u{200E}\u{0007}\u{3164}\u{0301}\u{00A0}";
        assert!(text(&disguised.repeat(3), 1, 100).is_err(), "{disguised:?}");
        // Real answers pass, whatever their script, with invisible characters inside them.
        for ok in ["Jo", "Zoë", "خالد", "陈", "👍🏽", "Ann\u{200B}a", "Żaneta"] {
            assert!(text(ok, 1, 100).is_ok(), "{ok:?}");
        }
        assert!(
            text("a\u{200B}\u{200B}\u{200B}", 2, 100).is_err(),
            "one visible"
        );
    }

    #[test]
    fn a_form_walks_through_conditional_steps_to_review_and_submits() {
        let spec = spec();
        let mut s = start(&spec, "n".into());
        go(&spec, &mut s, FormInput::Pick("no".into()));
        go(&spec, &mut s, FormInput::Text("2".into()));
        assert_eq!(spec.steps[s.step].id, "cats", "class is skipped for staff");
        go(&spec, &mut s, FormInput::Pick("x".into()));
        go(&spec, &mut s, FormInput::Pick("y".into()));
        let too_many = go(&spec, &mut s, FormInput::Pick("z".into()));
        assert!(matches!(too_many, Outcome::Invalid(m) if m.key() == "form-too-many"));
        go(&spec, &mut s, FormInput::Pick(special::DONE.into()));
        go(&spec, &mut s, FormInput::Pick(special::SKIP.into()));
        assert!(at_review(&spec, &s));
        assert!(matches!(
            go(&spec, &mut s, FormInput::Pick(special::SUBMIT.into())),
            Outcome::Submit
        ));
        let a = final_answers(&spec, &s);
        assert_eq!(a.multi("cats"), ["x", "y"]);
        assert_eq!(a.get("note"), Some(&Answer::Skipped));
    }

    #[test]
    fn changing_an_answer_from_review_asks_newly_relevant_steps_then_returns() {
        let spec = spec();
        let mut s = start(&spec, "n".into());
        for i in ["no", "staff", "x", special::DONE, special::SKIP] {
            go(&spec, &mut s, FormInput::Pick(i.into()));
        }
        assert!(at_review(&spec, &s));
        go(&spec, &mut s, FormInput::Pick(special::CHANGE.into()));
        go(
            &spec,
            &mut s,
            FormInput::Pick(format!("{}1", special::EDIT)),
        );
        assert_eq!(spec.steps[s.step].id, "about");
        go(&spec, &mut s, FormInput::Pick("pupil".into()));
        assert_eq!(
            spec.steps[s.step].id, "class",
            "newly relevant step is asked"
        );
        go(&spec, &mut s, FormInput::Text("Year 3".into()));
        assert!(at_review(&spec, &s));
    }

    #[test]
    fn back_returns_to_the_previous_step_and_refuses_at_the_start() {
        let spec = spec();
        let mut s = start(&spec, "n".into());
        assert!(matches!(
            go(&spec, &mut s, FormInput::Back),
            Outcome::Invalid(m) if m.key() == "form-back-at-start"
        ));
        go(&spec, &mut s, FormInput::Pick("yes".into()));
        go(&spec, &mut s, FormInput::Back);
        assert_eq!(s.step, 0);
    }

    #[test]
    fn bad_answers_leave_the_state_alone() {
        let spec = spec();
        let mut s = start(&spec, "n".into());
        go(&spec, &mut s, FormInput::Pick("no".into()));
        go(&spec, &mut s, FormInput::Pick("pupil".into()));
        let before = s.clone();
        let long = go(&spec, &mut s, FormInput::Text("x".repeat(11)));
        assert!(matches!(long, Outcome::Invalid(m) if m.key() == "form-text-too-long"));
        let forged = go(&spec, &mut s, FormInput::Pick("admin".into()));
        assert!(matches!(forged, Outcome::Invalid(_)));
        assert!(matches!(
            go(&spec, &mut s, FormInput::Pick(special::SKIP.into())),
            Outcome::Invalid(m) if m.key() == "form-cannot-skip"
        ));
        assert_eq!(s, before);
    }

    fn dates() -> FormSpec {
        FormSpec {
            id: "d",
            version: 1,
            title: "d",
            steps: vec![
                Step::new("when", StepKind::DateTime(When::Past)),
                Step::new("starts", StepKind::DateTime(When::Future)),
            ],
        }
    }

    /// 21 November 2026, 16:00 in London (GMT).
    fn friday_four_pm() -> DateTime<Utc> {
        DateTime::parse_from_rfc3339("2026-11-21T16:00:00Z")
            .unwrap()
            .with_timezone(&Utc)
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    /// Applies an input on Friday at four.
    fn on_friday(spec: &FormSpec, s: &mut FormState, i: FormInput) -> Outcome {
        apply(spec, s, i, friday_four_pm(), London)
    }

    fn refused(o: Outcome) -> String {
        match o {
            Outcome::Invalid(m) => m.key().to_string(),
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    #[test]
    fn yesterday_then_a_time_is_that_time_yesterday_in_london() {
        let spec = dates();
        let mut s = start(&spec, "n".into());
        let o = on_friday(&spec, &mut s, FormInput::Pick(special::YESTERDAY.into()));
        assert!(matches!(o, Outcome::Ask { answered: None }));
        assert_eq!(spec.steps[s.step].id, "when", "still asking when");
        assert_eq!(s.day.map(|d| d.date.to_string()), Some("2026-11-20".into()));
        on_friday(&spec, &mut s, FormInput::Text("9:15".into()));
        assert_eq!(s.answers.time("when"), Some(at("2026-11-20T09:15:00Z")));
        assert_eq!(s.day, None, "the picked day is forgotten once answered");
    }

    #[test]
    fn today_then_a_later_time_is_refused_and_the_day_kept_for_another_try() {
        let spec = dates();
        let mut s = start(&spec, "n".into());
        on_friday(&spec, &mut s, FormInput::Pick(special::TODAY.into()));
        let o = on_friday(&spec, &mut s, FormInput::Text("17:30".into()));
        assert_eq!(refused(o), "form-date-future");
        assert_eq!(s.day.map(|d| d.date.to_string()), Some("2026-11-21".into()));
        on_friday(&spec, &mut s, FormInput::Text("2pm".into()));
        assert_eq!(s.answers.time("when"), Some(at("2026-11-21T14:00:00Z")));
    }

    #[test]
    fn back_from_the_time_returns_to_the_day_and_a_full_date_still_reads() {
        let spec = dates();
        let mut s = start(&spec, "n".into());
        on_friday(&spec, &mut s, FormInput::Pick(special::YESTERDAY.into()));
        on_friday(&spec, &mut s, FormInput::Back);
        assert_eq!((s.step, s.day), (0, None));
        on_friday(&spec, &mut s, FormInput::Pick(special::TODAY.into()));
        on_friday(&spec, &mut s, FormInput::Text("19/11/2026 08:40".into()));
        assert_eq!(s.answers.time("when"), Some(at("2026-11-19T08:40:00Z")));
    }

    #[test]
    fn dates_are_checked_against_the_direction_of_the_step() {
        let spec = dates();
        let now = friday_four_pm();
        let mut s = start(&spec, "n".into());
        let o = on_friday(&spec, &mut s, FormInput::Text("tomorrow 9:00".into()));
        assert_eq!(refused(o), "form-date-future");
        let o = on_friday(&spec, &mut s, FormInput::Text("last week".into()));
        assert_eq!(refused(o), "form-date-unreadable");
        on_friday(&spec, &mut s, FormInput::Pick(special::NOW.into()));
        assert_eq!(s.answers.time("when"), Some(now));

        assert_eq!(spec.steps[s.step].id, "starts");
        let o = on_friday(&spec, &mut s, FormInput::Text("today 9:00".into()));
        assert_eq!(refused(o), "form-date-past");
        let o = on_friday(&spec, &mut s, FormInput::Pick(special::YESTERDAY.into()));
        assert_eq!(
            refused(o),
            "form-use-buttons",
            "no day buttons for a future time"
        );
        on_friday(&spec, &mut s, FormInput::Text("jutro 10:00".into()));
        assert_eq!(s.answers.time("starts"), Some(at("2026-11-22T10:00:00Z")));
    }
}
