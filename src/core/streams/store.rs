//! What livestreams need from storage, in domain types.
//!
//! The joining details travel only as [`StreamSecrets`], whose fields are [`Sensitive`]: an
//! engine must keep them sealed at rest and forget them when asked to delete them. Nothing here
//! ever hands a secret to a log line.

use crate::core::ids::{PersonId, SchoolId};
use crate::core::message::Sensitive;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use std::fmt;

pub use crate::core::fault::StoreResult as Result;

/// A stream's number, as organisers type it (`/stream cancel 3`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct StreamId(pub i64);

impl fmt::Display for StreamId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl StreamId {
    /// Reads a typed stream number ("3" or "#3").
    pub fn parse(s: &str) -> Option<StreamId> {
        let n: i64 = s.trim().trim_start_matches('#').parse().ok()?;
        (n > 0).then_some(StreamId(n))
    }
}

/// The video service a stream runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    Zoom,
    Teams,
    Meet,
    Other,
}

impl Service {
    pub const ALL: [Service; 4] = [Service::Zoom, Service::Teams, Service::Meet, Service::Other];

    /// The stable name, also the form option's value.
    pub fn as_str(self) -> &'static str {
        match self {
            Service::Zoom => "zoom",
            Service::Teams => "teams",
            Service::Meet => "meet",
            Service::Other => "other",
        }
    }

    pub fn parse(s: &str) -> Option<Service> {
        Service::ALL.into_iter().find(|x| x.as_str() == s)
    }

    /// The message key naming the service.
    pub fn key(self) -> String {
        format!("stream-service-{}", self.as_str())
    }
}

/// Who a stream is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Audience {
    /// Every active parent.
    WholeSchool,
    /// Parents in any of these class groups.
    Classes(Vec<String>),
}

impl Audience {
    /// True when a parent in `groups` belongs to the audience.
    pub fn includes(&self, groups: &[String]) -> bool {
        match self {
            Audience::WholeSchool => true,
            Audience::Classes(cs) => groups
                .iter()
                .any(|g| cs.iter().any(|c| c.eq_ignore_ascii_case(g))),
        }
    }
}

/// Where a stream stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamStatus {
    /// Waiting for a member of the SLT to approve it; nothing has been sent.
    AwaitingApproval,
    /// Approved (or no approval needed); the details have been sent.
    Scheduled,
    Declined,
    Cancelled,
}

impl StreamStatus {
    pub fn as_str(self) -> &'static str {
        match self {
            StreamStatus::AwaitingApproval => "awaiting_approval",
            StreamStatus::Scheduled => "scheduled",
            StreamStatus::Declined => "declined",
            StreamStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<StreamStatus> {
        [
            StreamStatus::AwaitingApproval,
            StreamStatus::Scheduled,
            StreamStatus::Declined,
            StreamStatus::Cancelled,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }
}

/// A stream's joining details. Only ever shown in a verified parent's private chat.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamSecrets {
    pub link: Sensitive<String>,
    pub meeting_id: Option<Sensitive<String>>,
    pub passcode: Option<Sensitive<String>>,
}

/// A stream to create.
#[derive(Debug, Clone)]
pub struct NewStream {
    pub school: SchoolId,
    pub organiser: PersonId,
    pub title: String,
    pub audience: Audience,
    pub service: Service,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// `None` when chat is off; else the adult monitoring it.
    pub chat_monitor: Option<String>,
    pub supervisors: Vec<PersonId>,
    pub status: StreamStatus,
    pub secrets: StreamSecrets,
}

/// A stored stream, without its secrets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stream {
    pub id: StreamId,
    pub school: SchoolId,
    pub organiser: PersonId,
    pub title: String,
    pub audience: Audience,
    pub service: Service,
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    pub chat_monitor: Option<String>,
    pub supervisors: Vec<PersonId>,
    pub status: StreamStatus,
    pub decided_by: Option<PersonId>,
    pub created_at: DateTime<Utc>,
    pub credentials_sent_at: Option<DateTime<Utc>>,
    pub reminded_at: Option<DateTime<Utc>>,
    pub reported_at: Option<DateTime<Utc>>,
    pub attendance_asked_at: Option<DateTime<Utc>>,
    pub secrets_deleted_at: Option<DateTime<Utc>>,
    pub attendance: Option<u32>,
}

impl Stream {
    /// Length in whole minutes.
    pub fn minutes(&self) -> i64 {
        (self.ends_at - self.starts_at).num_minutes()
    }
}

/// Something the sweep has done for a stream, recorded so it is done once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Milestone {
    CredentialsSent,
    Reminded,
    Reported,
    AttendanceAsked,
    /// Nothing more for the sweep to do.
    Settled,
}

/// Which joining details a delivery carried.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeliveryKind {
    /// The first sending to the audience.
    Credentials,
    /// New details after `/stream rotate`.
    Rotation,
    /// Sent again at a parent's request.
    Resend,
}

impl DeliveryKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DeliveryKind::Credentials => "credentials",
            DeliveryKind::Rotation => "rotation",
            DeliveryKind::Resend => "resend",
        }
    }

    pub fn parse(s: &str) -> Option<DeliveryKind> {
        [
            DeliveryKind::Credentials,
            DeliveryKind::Rotation,
            DeliveryKind::Resend,
        ]
        .into_iter()
        .find(|x| x.as_str() == s)
    }
}

/// One record of joining details sent (or not) to a parent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StreamDelivery {
    pub person: PersonId,
    pub kind: DeliveryKind,
    /// False when the parent had no linked account to send to.
    pub queued: bool,
    pub at: DateTime<Utc>,
}

/// Storage for livestreams.
#[async_trait]
pub trait StreamsTx: Send {
    /// Stores a new stream (secrets sealed) with its supervisors.
    async fn create_stream(&mut self, new: &NewStream, now: DateTime<Utc>) -> Result<StreamId>;
    async fn stream(&mut self, id: StreamId) -> Result<Option<Stream>>;
    /// The stream's joining details; `None` once deleted (or for an unknown stream).
    async fn stream_secrets(&mut self, id: StreamId) -> Result<Option<StreamSecrets>>;
    /// Replaces the joining details (a rotated passcode or link).
    async fn set_stream_secrets(
        &mut self,
        id: StreamId,
        secrets: &StreamSecrets,
        now: DateTime<Utc>,
    ) -> Result<()>;
    /// Forgets the joining details for good; the rest of the record stays.
    async fn delete_stream_secrets(&mut self, id: StreamId, now: DateTime<Utc>) -> Result<()>;
    async fn set_stream_status(
        &mut self,
        id: StreamId,
        status: StreamStatus,
        by: Option<PersonId>,
        now: DateTime<Utc>,
    ) -> Result<()>;
    /// Moves a stream; its reminder is due again.
    async fn set_stream_times(
        &mut self,
        id: StreamId,
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<()>;
    /// Records how many joined; any names recorded before are forgotten (they no longer add
    /// up to the figure).
    async fn set_stream_attendance(
        &mut self,
        id: StreamId,
        attendance: u32,
        now: DateTime<Utc>,
    ) -> Result<()>;
    /// Records who joined by name, replacing any record; the count becomes how many they are.
    async fn set_stream_attendees(
        &mut self,
        id: StreamId,
        attendees: &[PersonId],
        now: DateTime<Utc>,
    ) -> Result<()>;
    /// The people recorded by name as having joined, in no particular order; empty when the
    /// attendance was recorded as a count only.
    async fn stream_attendees(&mut self, id: StreamId) -> Result<Vec<PersonId>>;
    async fn mark_stream(
        &mut self,
        id: StreamId,
        milestone: Milestone,
        now: DateTime<Utc>,
    ) -> Result<()>;
    /// Streams the sweep still has work for, oldest first.
    async fn unsettled_streams(&mut self, school: SchoolId) -> Result<Vec<Stream>>;
    /// Streams ending after `after`, soonest first (any status).
    async fn streams_ending_after(
        &mut self,
        school: SchoolId,
        after: DateTime<Utc>,
    ) -> Result<Vec<Stream>>;
    /// The most recent streams by start, newest first.
    async fn recent_streams(&mut self, school: SchoolId, limit: u32) -> Result<Vec<Stream>>;
    /// Records that joining details were sent (or could not be) to a parent.
    async fn record_stream_delivery(
        &mut self,
        id: StreamId,
        delivery: &StreamDelivery,
    ) -> Result<()>;
    async fn stream_deliveries(&mut self, id: StreamId) -> Result<Vec<StreamDelivery>>;
}
