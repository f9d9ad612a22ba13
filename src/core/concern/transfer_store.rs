//! The storage port for transfers of child protection files: [`TransferTx`], handed out by the
//! core's `Tx` (`Tx::transfers`), in domain types. Engines keep the receiving school and the
//! name of whoever confirmed receipt sealed; dates and ids are plain so that overdue transfers
//! can be found without opening them.

use super::store::ConcernId;
use crate::core::ids::{PersonId, SchoolId};
use crate::core::message::Sensitive;
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

pub use crate::core::fault::StoreResult as Result;

/// A stored transfer's row id.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TransferId(pub i64);

/// A child protection file (one or more cases) sent to the pupil's new school.
#[derive(Debug, Clone, PartialEq)]
pub struct Transfer {
    /// Ignored when inserting.
    pub id: TransferId,
    pub school: SchoolId,
    /// The cases the file holds.
    pub cases: Vec<ConcernId>,
    pub receiving_school: Sensitive<String>,
    /// The day the five school days start from: the pupil's leaving date or first day at the
    /// new school, whichever the lead DSL counts from.
    pub due_from: NaiveDate,
    /// The last school day for the file to reach the new school.
    pub deadline: NaiveDate,
    pub sent_on: NaiveDate,
    pub sent_by: PersonId,
    pub recorded_at: DateTime<Utc>,
    pub receipt: Option<Receipt>,
}

/// The receiving school's confirmation that the file arrived.
#[derive(Debug, Clone, PartialEq)]
pub struct Receipt {
    /// Who confirmed it at the receiving school (usually their DSL), as the lead DSL typed it.
    pub confirmed_by: Sensitive<String>,
    pub confirmed_on: NaiveDate,
    /// The lead DSL who recorded the confirmation.
    pub recorded_by: PersonId,
    pub recorded_at: DateTime<Utc>,
}

impl Transfer {
    /// True when the file was sent after its deadline, or its receipt was not confirmed by the
    /// deadline (and `today` is past it).
    pub fn overdue(&self, today: NaiveDate) -> bool {
        let late_sent = self.sent_on > self.deadline;
        let unconfirmed = match &self.receipt {
            Some(r) => r.confirmed_on > self.deadline,
            None => today > self.deadline,
        };
        late_sent || unconfirmed
    }
}

/// Storage for transfers.
#[async_trait]
pub trait TransferTx: Send {
    /// Saves a transfer (its `id` and `receipt` are ignored); returns its id.
    async fn insert_transfer(&mut self, t: &Transfer) -> Result<TransferId>;
    async fn transfer(&mut self, school: SchoolId, id: TransferId) -> Result<Option<Transfer>>;
    /// The transfers holding a case, oldest first.
    async fn transfers_of(&mut self, concern: ConcernId) -> Result<Vec<Transfer>>;
    /// Records the receiving school's confirmation.
    async fn confirm_transfer(&mut self, id: TransferId, r: &Receipt) -> Result<()>;
    /// Transfers not yet confirmed, oldest first.
    async fn unconfirmed_transfers(&mut self, school: SchoolId) -> Result<Vec<Transfer>>;
}
