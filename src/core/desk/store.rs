//! The storage port of the case desk's sign-in: single-use sign-in links and sessions, each
//! kept only as a hash of its secret, so a copy of the database signs nobody in.

use crate::core::fault::StoreResult as Result;
use crate::core::ids::{PersonId, SchoolId};
use async_trait::async_trait;
use chrono::{DateTime, Utc};

/// A sign-in link as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRow {
    pub school: SchoolId,
    pub person: PersonId,
    pub expires_at: DateTime<Utc>,
    pub used_at: Option<DateTime<Utc>>,
}

/// A session as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    pub school: SchoolId,
    pub person: PersonId,
    /// What the person's roles, active state and chat links were at sign-in.
    pub fingerprint: String,
    pub created_at: DateTime<Utc>,
    pub last_seen: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
    /// The hash of the code its person confirms it with in their chat, when the school asks
    /// for that; `None` when no confirmation is needed.
    pub confirm_hash: Option<String>,
    /// When its person confirmed it.
    pub confirmed_at: Option<DateTime<Utc>>,
}

/// Sign-in links and sessions, in the caller's transaction.
#[async_trait]
pub trait DeskTx: Send {
    /// How many sign-in links were issued to the person since `since`.
    async fn links_since(
        &mut self,
        school: SchoolId,
        person: PersonId,
        since: DateTime<Utc>,
    ) -> Result<u32>;
    /// Keeps a new link under the hash of its token.
    async fn add_link(&mut self, hash: &str, link: &LinkRow, now: DateTime<Utc>) -> Result<()>;
    /// The link with this token hash, if any.
    async fn link(&mut self, hash: &str) -> Result<Option<LinkRow>>;
    /// Marks the link used at `now`, only if it was not used before; false otherwise.
    async fn use_link(&mut self, hash: &str, now: DateTime<Utc>) -> Result<bool>;
    /// Keeps a new session under the hash of its id.
    async fn add_session(&mut self, hash: &str, session: &SessionRow) -> Result<()>;
    /// The session with this id hash, if any.
    async fn session(&mut self, hash: &str) -> Result<Option<SessionRow>>;
    /// Records that the session was used at `now`.
    async fn touch_session(&mut self, hash: &str, now: DateTime<Utc>) -> Result<()>;
    /// Answers the confirmation with this code hash, for a session of `person` still waiting
    /// for it: confirms it (`yes`) or ends it. The session's school, or `None` when there is no
    /// such session waiting (confirmed, ended, another person's, or no such code).
    async fn answer_confirmation(
        &mut self,
        confirm_hash: &str,
        person: PersonId,
        yes: bool,
        now: DateTime<Utc>,
    ) -> Result<Option<SchoolId>>;
    /// Ends the session at `now`.
    async fn end_session(&mut self, hash: &str, now: DateTime<Utc>) -> Result<()>;
    /// Deletes links and sessions that ended (or ran out) before `before`.
    async fn purge_desk(&mut self, before: DateTime<Utc>) -> Result<u64>;
}
