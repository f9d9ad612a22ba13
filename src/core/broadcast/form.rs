//! The `/broadcast` form: audience, content, essential or not, now or later. Submitting it
//! stores a draft and shows the preview; nothing is sent until the sender confirms it there.
//! The form never queues deliveries itself.

use super::audience::{class_groups, parse_classes, Audience};
use super::content::{Content, Template};
use super::store::{NewBroadcast, Status};
use super::{may_broadcast, preview};
use crate::core::fault::Result;
use crate::core::form::driver::FormFeature;
use crate::core::form::{opt, Answer, Answers, FormSpec, FormState, Step, StepKind, When};
use crate::core::message::Message;
use crate::core::turn::Turn;
use async_trait::async_trait;
use std::sync::LazyLock;

/// The form's id.
pub const FORM_ID: &str = "broadcast";
/// Longest text of one's own: leaves room for the frame within Telegram's 4096 characters.
const MAX_TEXT: usize = 1500;

fn includes_classes(a: &Answers) -> bool {
    a.multi("audience").iter().any(|v| v == "classes")
}

fn is_custom(a: &Answers) -> bool {
    a.choice("content") == Some("custom")
}

fn later(a: &Answers) -> bool {
    a.choice("when") == Some("later")
}

static SPEC: LazyLock<FormSpec> = LazyLock::new(|| FormSpec {
    id: FORM_ID,
    version: 1,
    title: "b-form-title",
    steps: vec![
        Step::new(
            "audience",
            StepKind::Multi {
                options: vec![
                    opt("staff", "b-aud-staff"),
                    opt("parents", "b-aud-parents"),
                    opt("classes", "b-aud-classes"),
                    opt("governors", "b-aud-governors"),
                ],
                max: 4,
            },
        )
        .keys("b-ask-audience", "b-label-audience", "b-help-audience"),
        Step::new("classes", StepKind::Text { min: 1, max: 300 })
            .keys("b-ask-classes", "b-label-classes", "b-help-classes")
            .when(includes_classes),
        Step::new(
            "content",
            StepKind::Choice(vec![
                opt("sid-staff", "b-content-sid-staff"),
                opt("sid-parents", "b-content-sid-parents"),
                opt("workshop", "b-content-workshop"),
                opt("aup", "b-content-aup"),
                opt("custom", "b-content-custom"),
            ]),
        )
        .keys("b-ask-content", "b-label-content", "b-help-content"),
        Step::new(
            "text",
            StepKind::Text {
                min: 1,
                max: MAX_TEXT,
            },
        )
        .keys("b-ask-text", "b-label-text", "b-help-text")
        .when(is_custom),
        Step::new("details", StepKind::Text { min: 1, max: 300 })
            .keys("b-ask-details", "b-label-details", "b-help-details")
            .optional()
            .when(|a| !is_custom(a)),
        Step::new("essential", StepKind::YesNo).keys(
            "b-ask-essential",
            "b-label-essential",
            "b-help-essential",
        ),
        Step::new(
            "when",
            StepKind::Choice(vec![opt("now", "b-when-now"), opt("later", "b-when-later")]),
        )
        .keys("b-ask-when", "b-label-when", "b-help-when"),
        Step::new("at", StepKind::DateTime(When::Future))
            .keys("b-ask-at", "b-label-at", "b-help-at")
            .when(later),
    ],
});

/// The broadcast form's feature.
pub struct BroadcastForm;

/// The one instance the form registry hands out.
pub static FEATURE: BroadcastForm = BroadcastForm;

#[async_trait]
impl FormFeature for BroadcastForm {
    fn spec(&self) -> &FormSpec {
        &SPEC
    }

    async fn answered(&self, t: &mut Turn<'_>, state: &mut FormState, step: &str) -> Result<()> {
        match step {
            "audience" if includes_classes(&state.answers) => {
                let groups = class_groups(&t.tx.people(t.cx.school).await?);
                t.private(Message::new("b-classes-list").arg("classes", numbered(&groups)));
            }
            "classes" => check_classes(t, state).await?,
            _ => {}
        }
        Ok(())
    }

    async fn submit(&self, t: &mut Turn<'_>, answers: Answers, _state: &FormState) -> Result<()> {
        let Some(me) = t.me.clone().filter(may_broadcast) else {
            t.private(Message::new("b-not-allowed"));
            return Ok(());
        };
        let Some(spec) = from_answers(&answers, me.id, t.now) else {
            t.private(Message::new("b-form-incomplete"));
            return Ok(());
        };
        let id =
            t.tx.broadcasts()
                .insert_broadcast(t.cx.school, &spec, Status::Draft, t.now)
                .await?;
        preview::show(t, id, &spec).await
    }
}

/// "1. Reception Oak, 2. Year 3"
fn numbered(groups: &[String]) -> String {
    groups
        .iter()
        .enumerate()
        .map(|(i, g)| format!("{}. {g}", i + 1))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Replaces the typed classes with their proper names, or asks again if one is unknown.
async fn check_classes(t: &mut Turn<'_>, state: &mut FormState) -> Result<()> {
    let groups = class_groups(&t.tx.people(t.cx.school).await?);
    let typed = state
        .answers
        .text("classes")
        .unwrap_or_default()
        .to_string();
    match parse_classes(&typed, &groups) {
        Some(names) => {
            state
                .answers
                .0
                .insert("classes".into(), Answer::Text(names.join(", ")));
        }
        None => {
            // Back to the classes step, as if it had not been answered.
            state.answers.0.remove("classes");
            if let Some(i) = SPEC.steps.iter().position(|s| s.id == "classes") {
                if state.history.last() == Some(&i) {
                    state.history.pop();
                }
                state.step = i;
                state.editing = true;
            }
            t.private(Message::new("b-classes-unknown").arg("classes", numbered(&groups)));
        }
    }
    Ok(())
}

/// The broadcast the answers describe.
fn from_answers(
    a: &Answers,
    me: crate::core::ids::PersonId,
    now: chrono::DateTime<chrono::Utc>,
) -> Option<NewBroadcast> {
    let picked = a.multi("audience");
    let has = |v: &str| picked.iter().any(|p| p == v);
    let classes = a
        .text("classes")
        .filter(|_| has("classes"))
        .map(|t| t.split(", ").map(str::to_string).collect())
        .unwrap_or_default();
    let audience = Audience {
        staff: has("staff"),
        parents: has("parents"),
        governors: has("governors"),
        classes,
    };
    let content = match a.choice("content")? {
        "custom" => Content::Custom(a.text("text")?.to_string()),
        other => Content::Template {
            template: Template::parse(other)?,
            details: a.text("details").map(str::to_string),
        },
    };
    let send_at = if later(a) { a.time("at")? } else { now };
    Some(NewBroadcast {
        created_by: me,
        audience,
        content,
        essential: a.yes("essential")?,
        send_at,
        campaign: None,
    })
}
