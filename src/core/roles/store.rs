//! Storage for safeguarding roles that wait for a second person.

use crate::core::fault::StoreResult as Result;
use crate::core::ids::{PersonId, SchoolId};
use crate::core::people::Role;
use async_trait::async_trait;
use chrono::{DateTime, Utc};

/// A safeguarding role the directory gives someone, waiting for confirmation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleRequest {
    pub id: i64,
    pub person: PersonId,
    pub role: Role,
    pub requested_at: DateTime<Utc>,
}

/// How a request ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleOutcome {
    Confirmed,
    Refused,
    /// The directory no longer gives the role.
    Withdrawn,
}

impl RoleOutcome {
    pub fn as_str(self) -> &'static str {
        match self {
            RoleOutcome::Confirmed => "confirmed",
            RoleOutcome::Refused => "refused",
            RoleOutcome::Withdrawn => "withdrawn",
        }
    }
}

#[async_trait]
pub trait RolesTx: Send {
    /// Records a request, unless one for the same person and role is open; returns its id when
    /// a new one was made.
    async fn request_role(
        &mut self,
        school: SchoolId,
        person: PersonId,
        role: Role,
        now: DateTime<Utc>,
    ) -> Result<Option<i64>>;
    /// An open request by id.
    async fn role_request(&mut self, id: i64) -> Result<Option<RoleRequest>>;
    /// A person's open requests.
    async fn role_requests_of(&mut self, person: PersonId) -> Result<Vec<RoleRequest>>;
    async fn settle_role_request(
        &mut self,
        id: i64,
        outcome: RoleOutcome,
        by: Option<PersonId>,
        now: DateTime<Utc>,
    ) -> Result<()>;
    /// True when the school's directory has ever held a member of staff (leavers included).
    async fn ever_had_staff(&mut self, school: SchoolId) -> Result<bool>;
    /// Adds a confirmed role to the person's roles.
    async fn grant_role(&mut self, person: PersonId, role: Role, now: DateTime<Utc>) -> Result<()>;
}
