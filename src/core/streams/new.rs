//! `/stream new`: the set-up form, and on submit the policy check, the stored stream, and then
//! either the SLT approval request or the sending of the details to the audience.
//!
//! The link, meeting id and passcode are sensitive steps: the driver keeps them sealed in the
//! draft and asks the platform to remove the organiser's typed message. A stream that breaks the
//! policy is refused with every reason, and the organiser is put back on the review step to
//! change an answer; nothing is stored or sent.

use super::directory::{self, NameProblem};
use super::policy::{self, Chat, Plan};
use super::store::{
    Audience, DeliveryKind, Milestone, NewStream, Service, StreamSecrets, StreamStatus,
};
use super::{approval, deliver};
use crate::core::features::form_feature;
use crate::core::form::driver::{self, FormFeature};
use crate::core::form::{
    datetime, opt, prompt, Answer, Answers, FormSpec, FormState, Step, StepKind, When,
};
use crate::core::message::{Message, Sensitive};
use crate::core::store::{Draft, Result};
use crate::core::turn::Turn;
use anyhow::Context;
use async_trait::async_trait;
use std::sync::OnceLock;

/// The form's id, under which drafts are stored.
pub const FORM_ID: &str = "stream-new";

/// The set-up form.
pub struct NewStreamForm;

/// The one instance the form registry hands out.
pub static FORM: NewStreamForm = NewStreamForm;

fn text(min: usize, max: usize) -> StepKind {
    StepKind::Text { min, max }
}

fn step(id: &'static str, kind: StepKind, prompt: &'static str, label: &'static str) -> Step {
    Step::new(id, kind).keys(prompt, label, "form-help-generic")
}

fn spec() -> FormSpec {
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

/// `/stream new`: starts the form (the caller has checked the role).
pub async fn start(t: &mut Turn<'_>) -> Result<()> {
    driver::start(t, &FORM, form_feature).await
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

#[async_trait]
impl FormFeature for NewStreamForm {
    fn spec(&self) -> &FormSpec {
        static SPEC: OnceLock<FormSpec> = OnceLock::new();
        SPEC.get_or_init(spec)
    }

    async fn answered(&self, t: &mut Turn<'_>, state: &mut FormState, step: &str) -> Result<()> {
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
                        reask(self.spec(), state, "classes");
                    }
                }
            }
            "end" => {
                let typed = state.answers.text("end").unwrap_or_default();
                let start = state.answers.time("start");
                match start
                    .and_then(|s| Some((s, datetime::parse(typed, s, t.cx.settings.timezone)?)))
                {
                    Some((s, e)) if e > s => set(state, "end", Answer::DateTime(e)),
                    _ => {
                        t.private(Message::new("stream-end-unreadable"));
                        reask(self.spec(), state, "end");
                    }
                }
            }
            "link" if state.answers.text("link").is_some_and(|l| !is_link(l)) => {
                t.private(Message::new("stream-link-invalid"));
                reask(self.spec(), state, "link");
            }
            "supervisors" => {
                let people = t.tx.people(school).await?;
                let typed = state.answers.text("supervisors").unwrap_or_default();
                match directory::match_staff(typed, &people) {
                    Ok(found) => {
                        let names: Vec<&str> = found.iter().map(|p| p.name.as_str()).collect();
                        set(state, "supervisors", Answer::Text(names.join(", ")));
                    }
                    Err(problems) => {
                        for m in name_problems(&problems) {
                            t.private(m);
                        }
                        reask(self.spec(), state, "supervisors");
                    }
                }
            }
            _ => {}
        }
        Ok(())
    }

    async fn submit(&self, t: &mut Turn<'_>, answers: Answers, state: &FormState) -> Result<()> {
        let Some(me) = t.me.clone().filter(super::is_organiser) else {
            t.private(Message::new("stream-organisers-only"));
            return Ok(());
        };
        let people = t.tx.people(t.cx.school).await?;
        let supervisors =
            directory::match_staff(answers.text("supervisors").unwrap_or_default(), &people)
                .map(|v| v.iter().map(|p| p.id).collect::<Vec<_>>())
                .unwrap_or_default();
        let plan = plan(&answers, supervisors.len())?;
        let s = &t.cx.settings;
        let refusals = policy::check(&plan, &s.school_hours, s.timezone, t.now);
        if !refusals.is_empty() {
            t.private(Message::new("stream-refused"));
            for r in refusals {
                t.private(r.message(&s.school_hours));
            }
            return back_to_review(t, state).await;
        }
        let new = NewStream {
            school: t.cx.school,
            organiser: me.id,
            title: answers.text("title").context("no title")?.to_string(),
            audience: audience(&answers, &people),
            service: answers
                .choice("service")
                .and_then(Service::parse)
                .context("no service")?,
            starts_at: plan.starts_at,
            ends_at: plan.ends_at,
            chat_monitor: (plan.chat == Chat::Monitored)
                .then(|| answers.text("chat_monitor").unwrap_or_default().to_string()),
            supervisors,
            status: if s.streams.require_approval {
                StreamStatus::AwaitingApproval
            } else {
                StreamStatus::Scheduled
            },
            secrets: secrets(&answers)?,
        };
        let id = t.tx.create_stream(&new, t.now).await?;
        t.tx.audit(
            t.cx.school,
            Some(me.id),
            "stream-create",
            &format!("stream:{id}"),
            t.now,
        )
        .await?;
        let stream = t.tx.stream(id).await?.context("stream just created")?;
        let tz = s.timezone;
        if new.status == StreamStatus::AwaitingApproval {
            let asked = approval::ask(t, &stream).await?;
            t.private(deliver::about("stream-saved-awaiting", &stream, tz).arg("asked", asked));
            return Ok(());
        }
        let (cx, now) = (t.cx, t.now);
        let reach = deliver::to_audience(
            &mut *t.tx,
            cx,
            &stream,
            &new.secrets,
            DeliveryKind::Credentials,
            now,
        )
        .await?;
        t.tx.mark_stream(id, Milestone::CredentialsSent, t.now)
            .await?;
        t.private(
            deliver::about("stream-saved-sending", &stream, tz)
                .arg("queued", reach.queued)
                .arg("not_linked", reach.not_linked.len()),
        );
        Ok(())
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

/// What the answers say, for the policy check.
fn plan(a: &Answers, supervisors: usize) -> Result<Plan> {
    Ok(Plan {
        starts_at: a.time("start").context("no start")?,
        ends_at: a.time("end").context("no end")?,
        supervisors,
        school_account: a.yes("school_account").context("no account answer")?,
        recorded: a.yes("recorded").context("no recording answer")?,
        chat: a
            .choice("chat")
            .and_then(Chat::parse)
            .context("no chat answer")?,
        file_sharing: a.yes("file_sharing").context("no file sharing answer")?,
    })
}

fn audience(a: &Answers, people: &[crate::core::people::Person]) -> Audience {
    match a.text("classes") {
        Some(typed) if a.choice("audience") == Some("classes") => {
            let known = directory::classes(people);
            Audience::Classes(directory::match_classes(typed, &known).unwrap_or_default())
        }
        _ => Audience::WholeSchool,
    }
}

fn secrets(a: &Answers) -> Result<StreamSecrets> {
    let get = |id: &str| a.text(id).map(|s| Sensitive::new(s.trim().to_string()));
    Ok(StreamSecrets {
        link: get("link").context("no link")?,
        meeting_id: get("meeting_id"),
        passcode: get("passcode"),
    })
}

/// Keeps the form at its review step so the organiser can change an answer.
async fn back_to_review(t: &mut Turn<'_>, state: &FormState) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    let mut state = state.clone();
    state.choosing_edit = false;
    let draft = Draft {
        person: me.id,
        platform: t.ev.from.platform,
        state: state.clone(),
        updated_at: t.now,
        reminded: false,
    };
    t.tx.save_draft(&draft).await?;
    t.private(prompt::current(FORM.spec(), &state));
    Ok(())
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
