//! `/aup publish`: the online safety lead's guided form for a new policy version (title,
//! version label, audience, re-signing rule, the text from the sample or pasted, and an
//! optional later effective date). Only the online safety lead may start or submit it.

use super::day;
use super::model::{Audience, Draft as VersionDraft, Group, NewVersion, Rule};
use super::publish::publish;
use super::text::SAMPLE_STAFF;
use crate::core::fault::Result;
use crate::core::form::driver::{self, FormFeature};
use crate::core::form::{opt, Answers, FormSpec, FormState, Step, StepKind, When};
use crate::core::message::Message;
use crate::core::people::Role;
use crate::core::turn::Turn;
use async_trait::async_trait;
use std::sync::LazyLock;

/// The form id under which publishing drafts are stored.
pub const FORM_ID: &str = "aup-publish";

static SPEC: LazyLock<FormSpec> = LazyLock::new(|| FormSpec {
    id: FORM_ID,
    version: 1,
    title: "aup-publish-title",
    steps: vec![
        Step::new("title", StepKind::Text { min: 3, max: 120 }).keys(
            "aup-publish-ask-title",
            "aup-publish-label-title",
            "aup-publish-help-title",
        ),
        Step::new("version", StepKind::Text { min: 1, max: 30 }).keys(
            "aup-publish-ask-version",
            "aup-publish-label-version",
            "aup-publish-help-version",
        ),
        Step::new(
            "audience",
            StepKind::Multi {
                options: vec![
                    opt("staff", "aup-audience-staff"),
                    opt("volunteer", "aup-audience-volunteer"),
                    opt("visitor", "aup-audience-visitor"),
                    opt("governor", "aup-audience-governor"),
                    opt("parent", "aup-audience-parent"),
                ],
                max: 5,
            },
        )
        .keys(
            "aup-publish-ask-audience",
            "aup-publish-label-audience",
            "aup-publish-help-audience",
        ),
        Step::new(
            "rule",
            StepKind::Choice(vec![
                opt("annual", "aup-rule-annual"),
                opt("fixed:09-01", "aup-rule-september"),
            ]),
        )
        .keys(
            "aup-publish-ask-rule",
            "aup-publish-label-rule",
            "aup-publish-help-rule",
        ),
        Step::new(
            "source",
            StepKind::Choice(vec![
                opt("sample", "aup-source-sample"),
                opt("paste", "aup-source-paste"),
            ]),
        )
        .keys(
            "aup-publish-ask-source",
            "aup-publish-label-source",
            "aup-publish-help-source",
        ),
        Step::new("text", StepKind::Text { min: 20, max: 4000 })
            .keys(
                "aup-publish-ask-text",
                "aup-publish-label-text",
                "aup-publish-help-text",
            )
            .when(|a| a.choice("source") == Some("paste")),
        Step::new("effective", StepKind::DateTime(When::Future))
            .keys(
                "aup-publish-ask-effective",
                "aup-publish-label-effective",
                "aup-publish-help-effective",
            )
            .optional(),
    ],
});

/// The publishing form.
pub struct PublishForm;

/// The one instance, for the form registry.
pub static PUBLISH: PublishForm = PublishForm;

fn may_publish(t: &Turn<'_>) -> bool {
    t.me.as_ref().is_some_and(|p| p.has(Role::OnlineSafetyLead))
}

/// `/aup publish`.
pub async fn start(t: &mut Turn<'_>) -> Result<()> {
    if !may_publish(t) {
        t.private(Message::new("aup-publish-not-allowed"));
        return Ok(());
    }
    driver::start(t, &PUBLISH).await
}

/// The version the answers describe, or the key of what is wrong with them.
fn version_of(t: &Turn<'_>, a: &Answers) -> std::result::Result<NewVersion, &'static str> {
    let groups = a
        .multi("audience")
        .iter()
        .filter_map(|g| Group::ALL.into_iter().find(|x| x.as_str() == g.as_str()));
    let audience = Audience::new(groups).ok_or("aup-publish-bad-audience")?;
    let rule = a
        .choice("rule")
        .and_then(Rule::parse)
        .unwrap_or(Rule::Annual);
    let text = match a.choice("source") {
        Some("paste") => a.text("text").unwrap_or_default(),
        _ => SAMPLE_STAFF,
    };
    let draft = VersionDraft {
        title: a.text("title").unwrap_or_default(),
        label: a.text("version").unwrap_or_default(),
        text,
        audience,
        rule,
        link: None,
        effective: a.time("effective").unwrap_or(t.now),
    };
    let by = t.me.as_ref().map(|p| p.id);
    NewVersion::parse(t.cx.school, draft, by).map_err(|e| e.key())
}

/// Puts the form back at its review step, after a submit that could not be published.
async fn reopen(t: &mut Turn<'_>, state: &FormState, why: &'static str) -> Result<()> {
    t.private(Message::new(why));
    driver::keep_at_review(t, &SPEC, state).await
}

#[async_trait]
impl FormFeature for PublishForm {
    fn spec(&self) -> &FormSpec {
        &SPEC
    }

    async fn submit(&self, t: &mut Turn<'_>, answers: Answers, state: &FormState) -> Result<()> {
        if !may_publish(t) {
            t.private(Message::new("aup-publish-not-allowed"));
            return Ok(());
        }
        let v = match version_of(t, &answers) {
            Ok(v) => v,
            Err(why) => return reopen(t, state, why).await,
        };
        let settings = t.cx.settings.clone();
        let p = match publish(&mut *t.tx, &v, &settings, t.now).await? {
            Ok(p) => p,
            Err(e) => return reopen(t, state, e.key()).await,
        };
        let key = if v.effective > t.now {
            "aup-published-later"
        } else {
            "aup-published"
        };
        t.private(
            Message::new(key)
                .arg("title", &v.title)
                .arg("version", &v.label)
                .arg("hash", v.hash.get(..12).unwrap_or(&v.hash))
                .arg("count", p.audience)
                .arg("due", day(p.due))
                .arg("effective", v.effective),
        );
        Ok(())
    }
}
