//! The storage port for concerns: [`ConcernTx`], handed out by the core's `Tx`
//! (`Tx::concerns`), in domain types. Engines keep [`Details`] and entry bodies sealed;
//! everything else is plain so that routing, escalation and the anonymised report work
//! without opening them.
//!
//! The chronology is append-only: there is a method to add an entry and none to change one.

use super::reference::ConcernRef;
use super::types::{About, Agency, Category, EntryKind, Location, Outcome, ReviewQuestion, Status};
use crate::core::ids::{PersonId, SchoolId};
use crate::core::message::Sensitive;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use crate::core::fault::StoreResult as Result;

/// A stored concern's row id (never shown to people; they see the [`ConcernRef`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConcernId(pub i64);

/// What the reporter wrote: names and narrative. Kept only sealed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Details {
    /// Names and classes of the pupils involved.
    pub pupils: Option<Sensitive<String>>,
    /// The adult the concern is about (staff name, visitor, someone online), as typed.
    pub person: Option<Sensitive<String>>,
    /// What happened.
    pub account: Option<Sensitive<String>>,
    /// What the reporter has done already.
    pub action: Option<Sensitive<String>>,
}

/// Everything about a concern except its details.
#[derive(Debug, Clone, PartialEq)]
pub struct Concern {
    pub id: ConcernId,
    pub school: SchoolId,
    pub reference: ConcernRef,
    pub reporter: PersonId,
    pub about: About,
    pub categories: Vec<Category>,
    pub urgent: bool,
    pub conflict: bool,
    pub told_dsl: bool,
    pub place: Location,
    pub occurred_at: DateTime<Utc>,
    /// The draft reference an urgent alert carried before the form was finished.
    pub draft_ref: Option<String>,
    /// People the concern is about, found in the directory: never told, never shown.
    pub subjects: Vec<PersonId>,
    pub status: Status,
    /// How far along its route the concern has escalated (0: first level).
    pub route_level: u32,
    /// When it escalates next if nobody acknowledges it.
    pub escalate_at: Option<DateTime<Utc>>,
    pub acknowledged_at: Option<DateTime<Utc>>,
    pub acknowledged_by: Option<PersonId>,
    pub closed_at: Option<DateTime<Utc>>,
    pub outcome: Option<Outcome>,
    pub legal_hold: bool,
    pub created_at: DateTime<Utc>,
}

/// A concern about to be saved (its id and reference are given by storage).
#[derive(Debug, Clone)]
pub struct NewConcern {
    pub concern: Concern,
    pub details: Details,
}

/// What a chronology entry says beyond its kind. Kept only sealed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EntryBody {
    pub text: Option<Sensitive<String>>,
    pub reason: Option<Sensitive<String>>,
    /// The agency's own reference for a referral.
    pub agency_ref: Option<Sensitive<String>>,
    /// The answers of a sexting initial review (entries of kind `InitialReview`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<InitialReview>,
}

/// The answers given at a sexting initial review (policy 002), in question order. A question
/// left unanswered ("not known yet") is absent.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct InitialReview {
    pub answers: Vec<(ReviewQuestion, bool)>,
}

impl InitialReview {
    /// Policy 002: a yes to any immediate-referral criterion means referring to the police
    /// and/or children's social care now.
    pub fn refer_now(&self) -> bool {
        self.answers.iter().any(|(q, yes)| *yes && q.is_criterion())
    }
}

/// One line of a case's chronology.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// 1, 2, 3… within the case.
    pub n: u32,
    pub kind: EntryKind,
    pub author: Option<PersonId>,
    /// When the thing recorded happened.
    pub happened_at: DateTime<Utc>,
    pub recorded_at: DateTime<Utc>,
    pub agency: Option<Agency>,
    /// The entry this one corrects.
    pub corrects: Option<u32>,
    pub status: Option<Status>,
    pub outcome: Option<Outcome>,
    pub body: EntryBody,
}

/// An urgent alert raised before its form was finished. `about`, `alerted` and `subjects` are
/// sealed.
#[derive(Debug, Clone, PartialEq)]
pub struct UrgentDraft {
    pub draft_ref: String,
    pub reporter: PersonId,
    /// Who the reporter said the concern is about.
    pub about: About,
    /// Everyone the urgent alert went to.
    pub alerted: Vec<PersonId>,
    /// Everyone the reporter has named as the concern's subjects so far.
    pub subjects: Vec<PersonId>,
    pub alerted_at: DateTime<Utc>,
}

/// The facts the anonymised report counts: no names, no narrative, no people.
#[derive(Debug, Clone, PartialEq)]
pub struct ConcernFacts {
    pub created_at: DateTime<Utc>,
    pub categories: Vec<Category>,
    pub status: Status,
    pub urgent: bool,
    pub acknowledged_at: Option<DateTime<Utc>>,
}

/// Storage for concerns and their case records.
#[async_trait]
pub trait ConcernTx: Send {
    /// The sequence number the next concern of `year` gets.
    async fn next_concern_seq(&mut self, school: SchoolId, year: i32) -> Result<u32>;
    /// Saves a concern (its `id` is ignored) with its subjects; returns its id.
    async fn insert_concern(&mut self, c: &NewConcern) -> Result<ConcernId>;
    async fn concern_by_ref(&mut self, school: SchoolId, r: ConcernRef) -> Result<Option<Concern>>;
    /// Opens the sealed details. Call only for someone entitled to read them.
    async fn concern_details(&mut self, id: ConcernId) -> Result<Details>;
    /// Concerns not closed, oldest first.
    async fn open_concerns(&mut self, school: SchoolId) -> Result<Vec<Concern>>;
    /// Open, unacknowledged concerns whose escalation is due at `now`.
    async fn concerns_to_escalate(
        &mut self,
        school: SchoolId,
        now: DateTime<Utc>,
    ) -> Result<Vec<Concern>>;
    /// Concerns closed before `closed_before` and not on legal hold (retention candidates).
    async fn closed_concerns(
        &mut self,
        school: SchoolId,
        closed_before: DateTime<Utc>,
    ) -> Result<Vec<Concern>>;
    /// Writes the case fields that change over its life (status, route level, escalation,
    /// acknowledgement, closing, hold).
    async fn update_concern(&mut self, c: &Concern) -> Result<()>;
    /// Deletes a concern with its chronology and alerts (retention).
    async fn delete_concern(&mut self, id: ConcernId) -> Result<()>;

    /// Appends an entry; its `n` is ignored and the next number returned.
    async fn add_entry(&mut self, concern: ConcernId, e: &Entry) -> Result<u32>;
    async fn entries(&mut self, concern: ConcernId) -> Result<Vec<Entry>>;

    /// Records that `person` was alerted about a concern at route `level`.
    async fn record_alert(
        &mut self,
        concern: ConcernId,
        person: PersonId,
        level: u32,
        at: DateTime<Utc>,
    ) -> Result<()>;

    /// Remembers an urgent alert raised from an unfinished form, or updates who it is about.
    async fn record_urgent_draft(&mut self, school: SchoolId, d: &UrgentDraft) -> Result<()>;
    /// Forgets an urgent draft (it was submitted, or its follow-up was sent).
    async fn forget_urgent_draft(&mut self, draft_ref: &str) -> Result<()>;
    /// Urgent drafts not yet forgotten, oldest first.
    async fn urgent_drafts(&mut self, school: SchoolId) -> Result<Vec<UrgentDraft>>;
    /// Who was alerted about a concern, at which level and when, oldest first.
    async fn alerts_of(
        &mut self,
        concern: ConcernId,
    ) -> Result<Vec<(PersonId, u32, DateTime<Utc>)>>;

    /// Facts about concerns reported in `[from, to)`, for the anonymised report.
    async fn concern_facts(
        &mut self,
        school: SchoolId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<ConcernFacts>>;

    /// Every closed concern, on legal hold or not (`/cases closed`).
    async fn all_closed_concerns(&mut self, school: SchoolId) -> Result<Vec<Concern>>;
}
