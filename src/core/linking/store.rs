//! Storage for the linking safeguards: revoking a code, finding a live code, and the pending
//! moves of a person to a new account.

use crate::core::fault::StoreResult as Result;
use crate::core::ids::{Account, PersonId};
use async_trait::async_trait;
use chrono::{DateTime, Utc};

/// A request to move a person's account on a platform to a new one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingLink {
    pub id: i64,
    pub person: PersonId,
    /// The account waiting to be linked.
    pub account: Account,
    pub requested_at: DateTime<Utc>,
}

/// How a pending move ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkOutcome {
    /// The old account said yes.
    Confirmed,
    /// The office approved it after the cooling-off period.
    Approved,
    /// The old account said no.
    Declined,
    /// A newer request took its place.
    Replaced,
}

impl LinkOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            LinkOutcome::Confirmed => "confirmed",
            LinkOutcome::Approved => "approved",
            LinkOutcome::Declined => "declined",
            LinkOutcome::Replaced => "replaced",
        }
    }
}

#[async_trait]
pub trait LinkingTx: Send {
    /// Revokes a code that is still valid; returns its owner, or `None` when the code was not
    /// valid (unknown, used, expired or already revoked).
    async fn revoke_link_code(
        &mut self,
        code_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<Option<PersonId>>;
    /// True when the code was revoked.
    async fn link_code_revoked(&mut self, code_hash: &str) -> Result<bool>;
    /// When the person's latest code still valid at `now` was issued, if at or after `since`.
    async fn live_code_issued_since(
        &mut self,
        person: PersonId,
        since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Option<DateTime<Utc>>>;
    /// Records a request to move the person to `account`; an earlier open request for the same
    /// person and platform is settled as replaced.
    async fn request_link(
        &mut self,
        person: PersonId,
        account: &Account,
        now: DateTime<Utc>,
    ) -> Result<i64>;
    /// An open (unsettled) request by id.
    async fn pending_link(&mut self, id: i64) -> Result<Option<PendingLink>>;
    /// The person's open requests, oldest first.
    async fn pending_links_of(&mut self, person: PersonId) -> Result<Vec<PendingLink>>;
    async fn settle_link(
        &mut self,
        id: i64,
        outcome: LinkOutcome,
        now: DateTime<Utc>,
    ) -> Result<()>;
    /// True when the code stopped working because a newer code was issued to its owner before
    /// it would have expired (`haven invite` again), rather than by expiring or being revoked.
    async fn link_code_replaced(&mut self, code_hash: &str) -> Result<bool>;
}
