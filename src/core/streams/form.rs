//! The `/stream new` form: its steps, and the checks on typed answers that need the directory
//! or earlier answers (class names, staff names, the end time, the link). An answer that cannot
//! be used is explained and asked again; nothing here stores a stream or sends anything to
//! parents, and nothing here logs what was typed.

use super::directory::{self, NameProblem};
use super::early;
use super::store::Service;
use crate::core::fault::Result;
use crate::core::form::{datetime, opt, Answer, FormSpec, FormState, Step, StepKind, When};
use crate::core::message::Message;
use crate::core::turn::Turn;

/// The form's id, under which drafts are stored.
pub const FORM_ID: &str = "stream-new";

fn text(min: usize, max: usize) -> StepKind {
    StepKind::Text { min, max }
}

fn step(id: &'static str, kind: StepKind, prompt: &'static str, label: &'static str) -> Step {
    Step::new(id, kind).keys(prompt, label, "form-help-generic")
}

/// The set-up form's steps.
pub(super) fn spec() -> FormSpec {
    let secret = |id, p, l| step(id, text(1, 500), p, l).sensitive();
    FormSpec {
        id: FORM_ID,
        version: 1,
        title: "stream-form-title",
        steps: vec![
            step("title", text(3, 100), "stream-q-title", "stream-l-title"),
            step(
                "audience",
                StepKind::Choice(vec![
                    opt("classes", "stream-audience-classes"),
                    opt("whole", "stream-audience-whole-school"),
                ]),
                "stream-q-audience",
                "stream-l-audience",
            ),
            step(
                "classes",
                text(2, 300),
                "stream-q-classes",
                "stream-l-classes",
            )
            .when(|a| a.choice("audience") == Some("classes")),
            step(
                "start",
                StepKind::DateTime(When::Future),
                "stream-q-start",
                "stream-l-start",
            ),
            step("end", text(1, 40), "stream-q-end", "stream-l-end"),
            step(
                "service",
                StepKind::Choice(
                    Service::ALL
                        .iter()
                        .map(|s| opt(s.as_str(), service_label(*s)))
                        .collect(),
                ),
                "stream-q-service",
                "stream-l-service",
            ),
            secret("link", "stream-q-link", "stream-label-link"),
            secret(
                "meeting_id",
                "stream-q-meeting-id",
                "stream-label-meeting-id",
            )
            .optional(),
            secret("passcode", "stream-q-passcode", "stream-label-passcode").optional(),
            step(
                "supervisors",
                text(3, 300),
                "stream-q-supervisors",
                "stream-l-supervisors",
            ),
            step(
                "school_account",
                StepKind::YesNo,
                "stream-q-account",
                "stream-l-account",
            ),
            step(
                "recorded",
                StepKind::YesNo,
                "stream-q-recorded",
                "stream-l-recorded",
            ),
            step(
                "chat",
                StepKind::Choice(vec![
                    opt("off", "stream-chat-off"),
                    opt("monitored", "stream-chat-monitored"),
                    opt("unmonitored", "stream-chat-unmonitored"),
                ]),
                "stream-q-chat",
                "stream-l-chat",
            ),
            step(
                "chat_monitor",
                text(3, 100),
                "stream-q-monitor",
                "stream-l-monitor",
            )
            .when(|a| a.choice("chat") == Some("monitored")),
            step(
                "file_sharing",
                StepKind::YesNo,
                "stream-q-files",
                "stream-l-files",
            ),
        ],
    }
}

fn service_label(s: Service) -> &'static str {
    match s {
        Service::Zoom => "stream-service-zoom",
        Service::Teams => "stream-service-teams",
        Service::Meet => "stream-service-meet",
        Service::Other => "stream-service-other",
    }
}

/// Sends the organiser back to `step` after an answer that could not be used.
pub(super) fn reask(spec: &FormSpec, state: &mut FormState, step: &str) {
    let Some(i) = spec.steps.iter().position(|s| s.id == step) else {
        return;
    };
    state.answers.0.remove(step);
    if state.history.last() == Some(&i) {
        state.history.pop();
    } else {
        state.editing = true;
    }
    state.step = i;
}

/// True when a typed link looks like a web address.
pub(super) fn is_link(s: &str) -> bool {
    let lower = s.trim().to_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://"))
        && lower.len() > "https://".len() + 3
        && !lower.contains(char::is_whitespace)
}

/// Checks the answer just given to `step`; on a problem, says why and asks again.
pub(super) async fn check(
    t: &mut Turn<'_>,
    spec: &FormSpec,
    state: &mut FormState,
    step: &str,
) -> Result<()> {
    let school = t.cx.school;
    match step {
        "audience" if state.answers.choice("audience") == Some("classes") => {
            let known = directory::classes(&t.tx.people(school).await?);
            t.private(Message::new("stream-classes-known").arg("classes", known.join(", ")));
        }
        "classes" => {
            let known = directory::classes(&t.tx.people(school).await?);
            let typed = state.answers.text("classes").unwrap_or_default();
            match directory::match_classes(typed, &known) {
                Ok(found) => set(state, "classes", Answer::Text(found.join(", "))),
                Err(unknown) => {
                    t.private(
                        Message::new("stream-classes-unknown")
                            .arg("unknown", unknown.join(", "))
                            .arg("classes", known.join(", ")),
                    );
                    reask(spec, state, "classes");
                }
            }
        }
        "end" => {
            let typed = state.answers.text("end").unwrap_or_default();
            let start = state.answers.time("start");
            match start.and_then(|s| Some((s, datetime::parse(typed, s, t.cx.settings.timezone)?)))
            {
                Some((s, e)) if e > s => set(state, "end", Answer::DateTime(e)),
                _ => {
                    t.private(Message::new("stream-end-unreadable"));
                    reask(spec, state, "end");
                }
            }
        }
        "link" if state.answers.text("link").is_some_and(|l| !is_link(l)) => {
            t.private(Message::new("stream-link-invalid"));
            reask(spec, state, "link");
        }
        "passcode" => warn_if_weak(t, state),
        "supervisors" => {
            let people = t.tx.people(school).await?;
            let typed = state.answers.text("supervisors").unwrap_or_default();
            match directory::match_staff(typed, &people) {
                Ok(found) => {
                    let names: Vec<&str> = found.iter().map(|p| p.name.as_str()).collect();
                    set(state, "supervisors", Answer::Text(names.join(", ")));
                    refuse(t, spec, state, step, early::supervisors(found.len()));
                }
                Err(problems) => {
                    for m in name_problems(&problems) {
                        t.private(m);
                    }
                    reask(spec, state, "supervisors");
                }
            }
        }
        _ => {}
    }
    if state.answers.get(step).is_some() {
        let cx = t.cx;
        let refusals = early::refusals(step, &state.answers, &cx.settings.school_time(), t.now);
        refuse(t, spec, state, step, refusals);
    }
    Ok(())
}

/// Says in one message every way the answer to `step` breaks the policy, and asks it again.
fn refuse(
    t: &mut Turn<'_>,
    spec: &FormSpec,
    state: &mut FormState,
    step: &str,
    refusals: Vec<super::policy::Refusal>,
) {
    if refusals.is_empty() {
        return;
    }
    let cx = t.cx;
    let st = cx.settings.school_time();
    t.private(early::message("stream-refused-step", &refusals, &st));
    reask(spec, state, step);
}

/// Warns (and keeps the answer) when the passcode just typed is short enough to guess.
pub(super) fn warn_if_weak(t: &mut Turn<'_>, state: &FormState) {
    if state
        .answers
        .text("passcode")
        .is_some_and(super::leak::is_weak_passcode)
    {
        let min = super::leak::WEAK_PASSCODE_LEN;
        t.private(Message::new("stream-passcode-weak").arg("min", min));
    }
}

fn set(state: &mut FormState, step: &str, a: Answer) {
    state.answers.0.insert(step.to_string(), a);
}

/// The messages explaining why typed supervisors' names were not accepted.
fn name_problems(problems: &[NameProblem]) -> Vec<Message> {
    if problems.is_empty() {
        return vec![Message::new("stream-supervisors-none")];
    }
    problems
        .iter()
        .map(|p| match p {
            NameProblem::Unknown(n) => Message::new("stream-supervisor-unknown").arg("name", n),
            NameProblem::Ambiguous(n) => Message::new("stream-supervisor-ambiguous").arg("name", n),
            NameProblem::NotStaff(n) => Message::new("stream-supervisor-not-staff").arg("name", n),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::form::engine;

    #[test]
    fn links_must_be_web_addresses() {
        assert!(is_link("https://zoom.us/j/123456789?pwd=abc"));
        assert!(is_link(" HTTPS://meet.google.com/abc-defg-hij "));
        assert!(!is_link("zoom.us/j/123"));
        assert!(!is_link("https://zoom.us/j/1 23"));
        assert!(!is_link("https://"));
    }

    #[test]
    fn reask_returns_to_the_step_whether_answering_or_editing() {
        let spec = spec();
        let mut s = engine::start(&spec, "n".into());
        // Answering in order: title (0) then audience (1).
        s.answers
            .0
            .insert("title".into(), Answer::Text("Assembly".into()));
        s.history.push(0);
        s.step = 1;
        reask(&spec, &mut s, "title");
        assert_eq!((s.step, s.editing, s.history.len()), (0, false, 0));
        assert!(s.answers.get("title").is_none());
        // Editing from the review: history holds the review step.
        s.history.push(spec.steps.len());
        s.step = spec.steps.len();
        reask(&spec, &mut s, "end");
        assert_eq!((s.step, s.editing), (4, true));
    }

    #[test]
    fn the_form_fits_the_engine() {
        let spec = spec();
        assert!(spec
            .steps
            .iter()
            .all(|s| !s.prompt.is_empty() && !s.label.is_empty()));
        assert_eq!(spec.steps.iter().filter(|s| s.sensitive).count(), 3);
    }
}
