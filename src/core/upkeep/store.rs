//! The storage port for upkeep: [`UpkeepTx`], handed out by the core's `Tx` (`Tx::upkeep`).

use crate::core::ids::{PersonId, SchoolId};
use async_trait::async_trait;
use chrono::{DateTime, Utc};

pub use crate::core::fault::StoreResult as Result;

/// Whose data a row set aside was, which decides who is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    /// Concerns, their chronology and urgent drafts: the DSL team.
    Concern,
    /// People and their accounts: the office.
    Directory,
    /// A person's unfinished form: its owner.
    Draft(PersonId),
    /// Anything else (a delivery, a stream): logged and listed by `haven doctor` only.
    Other,
}

/// A row that could not be opened or read and was set aside, not yet reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAside {
    pub id: i64,
    pub area: Area,
}

impl SetAside {
    /// The reference people are given, also in the log line and in `haven doctor`.
    pub fn reference(&self) -> String {
        format!("Q{}", self.id)
    }
}

/// Reading rows set aside, and purging what is kept no longer than needed.
#[async_trait]
pub trait UpkeepTx: Send {
    /// Rows of the school set aside and not yet reported, oldest first.
    async fn unreported_set_aside(&mut self, school: SchoolId) -> Result<Vec<SetAside>>;
    async fn mark_set_aside_reported(&mut self, id: i64) -> Result<()>;
    /// Marks the unreported record of the person's draft set aside as reported; true when there
    /// was one (they are then told in the turn at hand).
    async fn take_draft_set_aside(&mut self, person: PersonId) -> Result<bool>;
    /// Empties the bodies of deliveries settled (sent, failed, cancelled) before `before`.
    async fn purge_settled_bodies(&mut self, before: DateTime<Utc>) -> Result<u64>;
    /// Deletes the records of wrong link codes typed before `before`.
    async fn purge_failed_links(&mut self, before: DateTime<Utc>) -> Result<u64>;
}
