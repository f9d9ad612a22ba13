//! `/concern`: the reporter's side. Who may report, the guided form (immediate danger first,
//! then who, what, when and where, what has been done, review), and what submitting does:
//! the concern is stored with its chronology's first entry, the first people on its route are
//! alerted, and the reporter gets a receipt, all in the turn's one transaction.
//!
//! This module must never put a name or the narrative in an alert, a receipt, a log line or
//! an audit subject.

use super::alerts;
pub use super::answers::{about, subjects_for_alerts, subjects_so_far, ACCOUNT_MAX, FORM_ID};
use super::answers::{subjects_in, MENTIONED, NAMED};
use super::cases::entry;
use super::escalation::deadline;
use super::matching;
use super::reach;
use super::reference::ConcernRef;
use super::route::{route, Facts, ROUTE_ROLES};
use super::store::{Concern, ConcernId, Details, NewConcern};
use super::types::{About, Category, EntryKind, Location, Status};
use super::urgent;
use crate::core::audit::AuditAction;
use crate::core::fault::{Error, Expect, Result};
use crate::core::form::driver::{self, FormFeature};
use crate::core::form::{Answers, FormSpec, FormState, Keeping, PersonOpt, StepKind, When};
use crate::core::ids::PersonId;
use crate::core::message::{Message, Sensitive};
use crate::core::people::{Person, Role};
use crate::core::settings::Settings;
use crate::core::turn::Turn;
use async_trait::async_trait;
use chrono::{DateTime, Datelike, Utc};
use std::sync::LazyLock;

/// The reporter's form.
pub struct ConcernForm;

static SPEC: LazyLock<FormSpec> = LazyLock::new(spec);

/// A step of this form: keys `concern-q-<id>`, `concern-l-<id>`, `concern-h-<id>`.
macro_rules! question {
    ($id:literal, $kind:expr $(,)?) => {
        step!("concern-", $id, $kind)
    };
}

/// A free-text step: sensitive, so the driver removes the typed message from the chat.
macro_rules! text {
    ($id:literal, $min:expr, $max:expr) => {
        question!(
            $id,
            StepKind::Text {
                min: $min,
                max: $max
            }
        )
        .sensitive()
    };
}

/// The answers a [`NAMED`] step looks for people in.
const WHO_STEPS: &[&str] = &["staff", "adult", "online"];
/// The answers a [`MENTIONED`] step looks for people in.
const ACCOUNT_STEPS: &[&str] = &["pupils", "children", "account", "action"];

fn spec() -> FormSpec {
    use About::*;
    FormSpec {
        id: FORM_ID,
        version: 2,
        title: "concern-title",
        steps: vec![
            question!("about", StepKind::Choice(About::options(About::ALL))),
            question!("danger", StepKind::YesNo),
            text!("staff", 2, 200).when(|a| about(a) == Some(Staff)),
            text!("adult", 2, 300).when(|a| about(a) == Some(Adult)),
            text!("online", 2, 300).when(|a| about(a) == Some(Online)),
            question!("subjects", StepKind::People { unsure: true }).sensitive(),
            question!(
                "categories",
                StepKind::Multi {
                    options: Category::options(Category::ALL),
                    max: 3,
                },
            ),
            text!("pupils", 2, 500).when(|a| about(a) == Some(Pupil)),
            text!("children", 2, 500)
                .optional()
                .when(|a| matches!(about(a), Some(Staff | Head | Adult | Online))),
            text!("account", 10, ACCOUNT_MAX),
            question!("when", StepKind::DateTime(When::Past)),
            question!("place", StepKind::Choice(Location::options(Location::ALL))),
            text!("action", 2, 1000).optional(),
            question!("mentioned", StepKind::People { unsure: true }).sensitive(),
            question!("told_dsl", StepKind::YesNo),
            question!("conflict", StepKind::YesNo),
        ],
    }
}

/// `/concern`: staff, volunteers and governors get the form (in private); parents and unlinked
/// accounts are told how to raise a concern with the school, and nothing is recorded.
pub async fn start(t: &mut Turn<'_>) -> Result<()> {
    let office = t.cx.settings.contacts.office_text();
    let Some(me) = t.me.clone() else {
        t.reply(if t.in_private() {
            Message::new("concern-not-linked").arg("office", office)
        } else {
            Message::new("group-pointer-unlinked")
        });
        return Ok(());
    };
    if !t.in_private() {
        t.reply(Message::new("sent-privately"));
    }
    if !me.roles.is_school_side() {
        t.private(Message::new("concern-parent").arg("office", office));
        return Ok(());
    }
    driver::start(t, &ConcernForm).await
}

#[async_trait]
impl FormFeature for ConcernForm {
    fn spec(&self) -> &FormSpec {
        &SPEC
    }

    async fn answered(&self, t: &mut Turn<'_>, state: &mut FormState, step: &str) -> Result<()> {
        if WHO_STEPS.contains(&step) {
            find_people(t, state, NAMED, WHO_STEPS).await?;
        } else if ACCOUNT_STEPS.contains(&step) {
            find_people(t, state, MENTIONED, ACCOUNT_STEPS).await?;
        }
        urgent::after_answer(t, state, step).await
    }

    async fn lookup(
        &self,
        t: &mut Turn<'_>,
        state: &mut FormState,
        step: &str,
        typed: &str,
    ) -> Result<bool> {
        let Some(me) = t.me.clone() else {
            return Ok(false);
        };
        let people = t.tx.people_with_roles(t.cx.school, ROUTE_ROLES).await?;
        let found: Vec<PersonId> = matching::candidates(&[typed], &people)
            .into_iter()
            .filter(|p| *p != me.id)
            .collect();
        if found.is_empty() {
            return Ok(false);
        }
        let opts = state.people.entry(step.to_string()).or_default();
        for id in &found {
            let value = id.0.to_string();
            if !opts.iter().any(|o| o.value == value) {
                if let Some(p) = people.iter().find(|p| p.id == *id) {
                    opts.push(option(p));
                }
            }
            if !state.ticked.contains(&value) {
                state.ticked.push(value);
            }
        }
        Ok(true)
    }

    fn closing_note(&self, state: &FormState, expired: bool) -> Option<Message> {
        urgent::closing_note(state, expired)
    }

    fn keeping(&self, settings: &Settings, last: DateTime<Utc>) -> Option<Keeping> {
        super::keeping::kept(settings, last)
    }

    async fn submit(&self, t: &mut Turn<'_>, answers: Answers, state: &FormState) -> Result<()> {
        let me = t.me.clone().or_broken("a concern without a reporter")?;
        let people = t.tx.people_with_roles(t.cx.school, ROUTE_ROLES).await?;
        let mut concern = build(t, &answers, state, me.id, &people).await?;
        let r = route(&Facts::from(&concern), &people);
        let reached = reach::first_reachable(&mut *t.tx, &r, 0).await?;
        if let Some(x) = &reached {
            concern.route_level = x.level;
        }
        let details = details(&answers);
        concern.id =
            t.tx.concerns()
                .insert_concern(&NewConcern {
                    concern: concern.clone(),
                    details,
                })
                .await?;
        let reported = entry(EntryKind::Reported, t);
        t.tx.concerns().add_entry(concern.id, &reported).await?;
        if let Some(d) = &concern.draft_ref {
            t.tx.concerns().forget_urgent_draft(d).await?;
        }
        alerts::send_new(t, &concern, &r, reached.as_ref()).await?;
        let subject = format!("concern:{}", concern.reference);
        t.tx.audit(
            t.cx.school,
            Some(me.id),
            AuditAction::ConcernReport,
            &subject,
            t.now,
        )
        .await?;
        alerts::receipt(t, &concern, &r, reached.as_ref());
        Ok(())
    }

    fn attachment_notice(&self) -> &'static str {
        "concern-attachment-refused"
    }
}

/// Looks for people in the answers of `from` and adds anyone new to the people step `step`
/// asks about, which is then asked (again). Never drops anyone already asked about.
async fn find_people(
    t: &mut Turn<'_>,
    state: &mut FormState,
    step: &str,
    from: &[&str],
) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    let texts: Vec<&str> = from.iter().filter_map(|s| state.answers.text(s)).collect();
    if texts.is_empty() {
        return Ok(());
    }
    let people = t.tx.people_with_roles(t.cx.school, ROUTE_ROLES).await?;
    let known = subjects_so_far(state, me.id, &people);
    let asked: Vec<String> = state
        .people
        .values()
        .flatten()
        .map(|o| o.value.clone())
        .collect();
    let new: Vec<PersonOpt> = matching::candidates(&texts, &people)
        .into_iter()
        .filter(|p| *p != me.id && !known.contains(p) && !asked.contains(&p.0.to_string()))
        .filter_map(|id| people.iter().find(|p| p.id == id).map(option))
        .collect();
    if !new.is_empty() {
        state
            .people
            .entry(step.to_string())
            .or_default()
            .extend(new);
        state.answers.0.remove(step);
    }
    Ok(())
}

/// How a person is offered on a people step: their name and the roles that matter for routing.
fn option(p: &Person) -> PersonOpt {
    let shown: Vec<String> = p
        .roles
        .iter()
        .filter(|r| SHOWN_ROLES.contains(r))
        .map(|r| format!("role-{}", r.as_str()))
        .collect();
    PersonOpt {
        value: p.id.0.to_string(),
        name: p.name.clone(),
        roles: shown,
    }
}

/// The roles shown beside a name when the reporter is asked who a concern is about.
const SHOWN_ROLES: &[Role] = &[
    Role::Dsl,
    Role::DeputyDsl,
    Role::Headteacher,
    Role::ChairOfGovernors,
    Role::ViceChair,
    Role::SafeguardingGovernor,
    Role::Governor,
    Role::OnlineSafetyLead,
    Role::ItLead,
    Role::Volunteer,
    Role::Visitor,
];

/// The concern the answers describe, with its reference, subjects and first deadline.
async fn build(
    t: &mut Turn<'_>,
    a: &Answers,
    state: &FormState,
    reporter: PersonId,
    people: &[Person],
) -> Result<Concern> {
    let about = about(a).or_broken("a concern form without its subject type")?;
    let categories: Vec<Category> = a
        .multi("categories")
        .iter()
        .filter_map(|c| Category::parse(c))
        .collect();
    let urgent = a.yes("danger") == Some(true) || urgent::alerted(state);
    let subjects = subjects_in(a, reporter, people);
    let year = t.now.with_timezone(&t.cx.settings.timezone).year();
    let seq = t.tx.concerns().next_concern_seq(t.cx.school, year).await?;
    let reference =
        ConcernRef::new(year, seq).map_err(|_| Error::Broken("concern number out of range"))?;
    Ok(Concern {
        id: ConcernId(0),
        school: t.cx.school,
        reference,
        reporter,
        about,
        categories,
        urgent,
        conflict: a.yes("conflict") == Some(true),
        told_dsl: a.yes("told_dsl") == Some(true),
        place: a
            .choice("place")
            .and_then(Location::parse)
            .unwrap_or(Location::Elsewhere),
        occurred_at: a.time("when").unwrap_or(t.now),
        draft_ref: urgent::alerted(state).then(|| urgent::draft_ref(state)),
        subjects,
        status: Status::Open,
        route_level: 0,
        escalate_at: Some(deadline(t.cx, urgent, t.now)),
        acknowledged_at: None,
        acknowledged_by: None,
        closed_at: None,
        outcome: None,
        legal_hold: false,
        created_at: t.now,
    })
}

fn details(a: &Answers) -> Details {
    let secret = |id: &str| a.text(id).map(|s| Sensitive::new(s.to_string()));
    Details {
        pupils: secret("pupils").or_else(|| secret("children")),
        person: secret("staff")
            .or_else(|| secret("adult"))
            .or_else(|| secret("online")),
        account: secret("account"),
        action: secret("action"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_option_fits_a_button_and_free_text_is_sensitive() {
        let spec = spec();
        for s in &spec.steps {
            if let StepKind::Text { max, .. } = s.kind {
                assert!(s.sensitive, "{} must be sensitive", s.id);
                assert!(max <= ACCOUNT_MAX);
            }
            let values: Vec<&str> = match &s.kind {
                StepKind::Choice(o) | StepKind::Multi { options: o, .. } => {
                    o.iter().map(|o| o.value).collect()
                }
                _ => vec![],
            };
            for v in values {
                let p = crate::core::form::prompt::payload("ABCDEFGH", 99, v);
                assert!(p.len() <= crate::core::message::Choice::MAX_PAYLOAD, "{p}");
            }
        }
        assert_eq!(
            spec.steps[0].id, "about",
            "who it is about comes first, in one tap"
        );
        assert_eq!(spec.steps[1].id, "danger", "then immediate danger");
    }
}
