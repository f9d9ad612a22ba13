//! Guided prompts: declarative multi-step forms that every feature builds its conversations on.
//!
//! A feature describes its form as a [`FormSpec`] (steps of choice, multiple choice, yes/no, free
//! text or date/time, some optional, some shown only when earlier answers call for them). The
//! [`engine`] moves a stored [`FormState`] through the steps one input at a time, handles back,
//! skip, help and cancel, and ends in a review step where any answer can be changed before
//! submitting. The engine is pure: it never touches storage, the clock or a platform.
//! [`driver`] loads and saves form state and hands finished forms to their feature.

pub mod context;
pub mod datetime;
pub mod driver;

pub mod engine;
pub mod prompt;

use chrono::{DateTime, NaiveDate, Utc};
pub use context::FormContext;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One option of a choice step: the stored value and the message key of its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Opt {
    pub value: &'static str,
    pub label: &'static str,
}

/// Shorthand for an [`Opt`].
pub const fn opt(value: &'static str, label: &'static str) -> Opt {
    Opt { value, label }
}

/// Which instants a date/time step accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Now or earlier (something that happened).
    Past,
    /// Later than now (something planned).
    Future,
}

/// What kind of answer a step takes.
#[derive(Debug, Clone)]
pub enum StepKind {
    /// Exactly one of the options.
    Choice(Vec<Opt>),
    /// Between one and `max` of the options.
    Multi { options: Vec<Opt>, max: usize },
    /// Yes or no.
    YesNo,
    /// Free text between `min` and `max` characters.
    Text { min: usize, max: usize },
    /// A date and time, typed or picked, read in the school's time zone.
    DateTime(When),
    /// Any of some people the feature found (kept in [`FormState::people`] under the step's
    /// id), or none of them, or, when `unsure` is offered, "not sure" (all of them). A typed
    /// name asks the feature to look someone else up ([`engine::Outcome::Lookup`]). Asked only
    /// while there is someone to ask about.
    People { unsure: bool },
}

/// A predicate over earlier answers that decides whether a step is asked.
pub type Condition = fn(&Answers) -> bool;

/// One step of a form.
#[derive(Debug, Clone)]
pub struct Step {
    /// Stable id, used as the answer's key.
    pub id: &'static str,
    /// Message key of the question.
    pub prompt: &'static str,
    /// Message key of the short label shown on the review step.
    pub label: &'static str,
    /// Message key of the help shown on `/help`.
    pub help: &'static str,
    pub kind: StepKind,
    /// Optional steps can be skipped.
    pub optional: bool,
    /// Asked only when this holds for the answers so far.
    pub when: Option<Condition>,
    /// Free-text answers here are sensitive: kept encrypted, shown only in private.
    pub sensitive: bool,
}

impl Step {
    /// A required, always-asked, non-sensitive step; adjust with the builder methods.
    pub fn new(id: &'static str, kind: StepKind) -> Self {
        Step {
            id,
            prompt: "",
            label: "",
            help: "form-help-generic",
            kind,
            optional: false,
            when: None,
            sensitive: false,
        }
    }

    /// Sets the question, review label and help keys.
    pub fn keys(mut self, prompt: &'static str, label: &'static str, help: &'static str) -> Self {
        self.prompt = prompt;
        self.label = label;
        self.help = help;
        self
    }

    pub fn optional(mut self) -> Self {
        self.optional = true;
        self
    }

    pub fn when(mut self, cond: Condition) -> Self {
        self.when = Some(cond);
        self
    }

    pub fn sensitive(mut self) -> Self {
        self.sensitive = true;
        self
    }
}

/// A whole form.
#[derive(Debug, Clone)]
pub struct FormSpec {
    /// Stable id under which drafts are stored.
    pub id: &'static str,
    /// Bumped whenever the steps change; a draft of another version is not resumed.
    pub version: u32,
    /// Message key of the title shown at the start and on review.
    pub title: &'static str,
    pub steps: Vec<Step>,
}

impl FormSpec {
    pub fn step(&self, id: &str) -> Option<&Step> {
        self.steps.iter().find(|s| s.id == id)
    }
}

/// One answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "t", content = "v")]
pub enum Answer {
    Choice(String),
    Multi(Vec<String>),
    Bool(bool),
    Text(String),
    DateTime(DateTime<Utc>),
    Skipped,
}

/// The answers so far, by step id.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Answers(pub BTreeMap<String, Answer>);

impl Answers {
    pub fn get(&self, id: &str) -> Option<&Answer> {
        self.0.get(id)
    }

    pub fn choice(&self, id: &str) -> Option<&str> {
        match self.0.get(id) {
            Some(Answer::Choice(v)) => Some(v),
            _ => None,
        }
    }

    pub fn multi(&self, id: &str) -> &[String] {
        match self.0.get(id) {
            Some(Answer::Multi(v)) => v,
            _ => &[],
        }
    }

    pub fn yes(&self, id: &str) -> Option<bool> {
        match self.0.get(id) {
            Some(Answer::Bool(b)) => Some(*b),
            _ => None,
        }
    }

    pub fn text(&self, id: &str) -> Option<&str> {
        match self.0.get(id) {
            Some(Answer::Text(t)) => Some(t),
            _ => None,
        }
    }

    pub fn time(&self, id: &str) -> Option<DateTime<Utc>> {
        match self.0.get(id) {
            Some(Answer::DateTime(t)) => Some(*t),
            _ => None,
        }
    }
}

/// Where a form stands. Stored (encrypted) between inputs, keyed by person.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FormState {
    pub form: String,
    pub version: u32,
    /// Index of the current step; `steps.len()` means the review step.
    pub step: usize,
    pub answers: Answers,
    /// Steps visited, for `/back`.
    pub history: Vec<usize>,
    /// Changes with every form started; buttons carry it so old ones can be recognised.
    pub nonce: String,
    /// True while changing one answer from the review step.
    pub editing: bool,
    /// True while the review step lists the answers to change.
    pub choosing_edit: bool,
    /// Options ticked so far on the current multiple-choice step.
    pub ticked: Vec<String>,
    /// What the form was started for, and what it has done that must be remembered (stored
    /// under the name older versions gave it).
    #[serde(default, rename = "flags")]
    pub context: FormContext,
    /// On a date-and-time step: the day picked with a button ("today", "yesterday"), while
    /// the time of day is asked for.
    #[serde(default)]
    pub day: Option<Day>,
    /// The people a [`StepKind::People`] step asks about, by step id, as the feature found them.
    #[serde(default)]
    pub people: BTreeMap<String, Vec<PersonOpt>>,
    /// The deletion time its owner was last warned of ([`Keeping::warn_at`]), so that each
    /// deletion time is announced once.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_warned: Option<DateTime<Utc>>,
}

/// How long a feature keeps an unfinished form of its own, instead of the school's form expiry:
/// deleted at `until`, its owner warned at `warn_at` (besides the early reminder).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Keeping {
    pub until: DateTime<Utc>,
    pub warn_at: DateTime<Utc>,
}

/// Someone a [`StepKind::People`] step asks about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PersonOpt {
    /// The value stored in the answer (the person's id).
    pub value: String,
    pub name: String,
    /// Message keys of the roles shown beside the name.
    pub roles: Vec<String>,
}

/// The answer value a [`StepKind::People`] step stores first when the person was not sure.
pub const NOT_SURE: &str = "~unsure";

/// A day picked with a button on a date-and-time step. The question for the time names the
/// date itself, not "today" or "yesterday", which would be wrong once midnight has passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Day {
    pub date: NaiveDate,
}
