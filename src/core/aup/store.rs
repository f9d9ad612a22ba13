//! The storage AUP re-signing needs, in domain types. Implemented in `crate::store`.

use super::model::{LastSigned, NewVersion, Signature, Version, VersionId};
use crate::core::ids::{PersonId, SchoolId};
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::{HashMap, HashSet};

pub use crate::core::fault::StoreResult as Result;

/// One reminder, as recorded so it is never sent twice: the obligation (person, version, due
/// date) and the reminder point.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReminderKey {
    pub person: PersonId,
    pub version: VersionId,
    pub due: NaiveDate,
    pub point: NaiveDate,
}

/// Policy versions, openings, signatures and the record of reminders and digests sent.
#[async_trait]
pub trait AupTx: Send {
    /// Stores a new version; `None` when the policy already has a version with that label.
    async fn aup_insert_version(
        &mut self,
        v: &NewVersion,
        now: DateTime<Utc>,
    ) -> Result<Option<VersionId>>;
    /// Every version of every policy of the school (without texts), oldest first.
    async fn aup_versions(&mut self, school: SchoolId) -> Result<Vec<Version>>;
    async fn aup_version(&mut self, id: VersionId) -> Result<Option<Version>>;
    async fn aup_text(&mut self, id: VersionId) -> Result<Option<String>>;

    /// Records that the person opened the version's text.
    async fn aup_record_opening(
        &mut self,
        person: PersonId,
        version: VersionId,
        now: DateTime<Utc>,
    ) -> Result<()>;
    async fn aup_last_opened(
        &mut self,
        person: PersonId,
        version: VersionId,
    ) -> Result<Option<DateTime<Utc>>>;

    async fn aup_sign(&mut self, s: &Signature) -> Result<()>;
    /// Each person's latest signature of each policy; only `person`'s when given.
    async fn aup_last_signed(
        &mut self,
        school: SchoolId,
        person: Option<PersonId>,
    ) -> Result<Vec<LastSigned>>;
    /// When each active person was first seen (imported); only `person` when given.
    async fn aup_first_seen(
        &mut self,
        school: SchoolId,
        person: Option<PersonId>,
    ) -> Result<HashMap<PersonId, DateTime<Utc>>>;

    /// The reminders already sent for these versions.
    async fn aup_reminders_sent(
        &mut self,
        school: SchoolId,
        versions: &[VersionId],
    ) -> Result<HashSet<ReminderKey>>;
    async fn aup_record_reminder(
        &mut self,
        school: SchoolId,
        key: &ReminderKey,
        now: DateTime<Utc>,
    ) -> Result<()>;

    /// True when the digest for this week (`2026-W49`) has been done.
    async fn aup_digest_done(&mut self, school: SchoolId, week: &str) -> Result<bool>;
    async fn aup_record_digest(
        &mut self,
        school: SchoolId,
        week: &str,
        overdue: usize,
        escalated: usize,
        now: DateTime<Utc>,
    ) -> Result<()>;
}
