//! What broadcasts need from storage, in domain types: broadcasts and their state, parents'
//! opt-outs, and each year's Safer Internet Day campaign. SQL lives in
//! `crate::store::sql::broadcast`; this module never sees it.

use super::audience::Audience;
use super::content::Content;
use crate::core::fault::StoreResult as Result;
use crate::core::ids::{PersonId, SchoolId};
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

/// A broadcast's number; its deliveries are tagged `broadcast:<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BroadcastId(pub i64);

/// Where a broadcast stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Written and previewed, waiting for the sender to confirm.
    Draft,
    /// Confirmed, waiting for its time.
    Scheduled,
    /// Its deliveries are in the outbox (one row per recipient).
    Queued,
    Cancelled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Draft => "draft",
            Status::Scheduled => "scheduled",
            Status::Queued => "queued",
            Status::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        [
            Status::Draft,
            Status::Scheduled,
            Status::Queued,
            Status::Cancelled,
        ]
        .into_iter()
        .find(|st| st.as_str() == s)
    }
}

/// The part of a campaign a broadcast carries out (e.g. year 2027, part `parents-2`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CampaignPart {
    pub year: i32,
    pub part: String,
}

/// A broadcast about to be stored.
#[derive(Debug, Clone, PartialEq)]
pub struct NewBroadcast {
    pub created_by: PersonId,
    pub audience: Audience,
    pub content: Content,
    /// Essential messages reach parents who opted out of broadcasts.
    pub essential: bool,
    pub send_at: DateTime<Utc>,
    pub campaign: Option<CampaignPart>,
}

/// What queuing a broadcast found.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct QueueCounts {
    /// Deliveries put in the outbox.
    pub queued: u64,
    /// People in the audience with no linked chat account.
    pub not_linked: u64,
    /// Parents left out because they opted out of non-essential broadcasts.
    pub opted_out: u64,
    /// Deliveries held until the parents' quiet hours end.
    pub held: u64,
}

/// A stored broadcast.
#[derive(Debug, Clone, PartialEq)]
pub struct Broadcast {
    pub id: BroadcastId,
    pub school: SchoolId,
    pub spec: NewBroadcast,
    pub status: Status,
    pub created_at: DateTime<Utc>,
    /// Set once queued.
    pub counts: Option<QueueCounts>,
    /// True once the sender has had the final report.
    pub reported: bool,
}

/// One year's Safer Internet Day, as the coordinator left it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SidCampaign {
    pub year: i32,
    /// The coordinator's date; `None` means the computed one.
    pub day: Option<NaiveDate>,
    pub theme: Option<String>,
    /// When the January question was sent.
    pub asked_at: Option<DateTime<Utc>>,
    /// When the plan was last confirmed (cleared when the date changes).
    pub confirmed_at: Option<DateTime<Utc>>,
    pub confirmed_by: Option<PersonId>,
}

impl SidCampaign {
    /// A campaign nobody has touched yet.
    pub fn new(year: i32) -> Self {
        SidCampaign {
            year,
            day: None,
            theme: None,
            asked_at: None,
            confirmed_at: None,
            confirmed_by: None,
        }
    }
}

/// Storage for broadcasts, opt-outs and campaigns.
#[async_trait]
pub trait BroadcastTx: Send {
    async fn insert_broadcast(
        &mut self,
        school: SchoolId,
        b: &NewBroadcast,
        status: Status,
        now: DateTime<Utc>,
    ) -> Result<BroadcastId>;
    async fn broadcast(&mut self, school: SchoolId, id: BroadcastId) -> Result<Option<Broadcast>>;
    async fn set_broadcast_status(
        &mut self,
        id: BroadcastId,
        status: Status,
        now: DateTime<Utc>,
    ) -> Result<()>;
    /// Records that the broadcast's deliveries are in the outbox.
    async fn mark_broadcast_queued(
        &mut self,
        id: BroadcastId,
        counts: &QueueCounts,
        now: DateTime<Utc>,
    ) -> Result<()>;
    async fn mark_broadcast_reported(&mut self, id: BroadcastId, now: DateTime<Utc>) -> Result<()>;
    /// Scheduled broadcasts whose time has come, oldest first.
    async fn broadcasts_due(
        &mut self,
        school: SchoolId,
        now: DateTime<Utc>,
    ) -> Result<Vec<Broadcast>>;
    /// Queued broadcasts whose sender has not had the final report.
    async fn broadcasts_unreported(&mut self, school: SchoolId) -> Result<Vec<Broadcast>>;
    /// The latest broadcasts that are not drafts, newest first.
    async fn recent_broadcasts(&mut self, school: SchoolId, limit: u32) -> Result<Vec<Broadcast>>;
    /// Every broadcast of a year's campaign.
    async fn campaign_broadcasts(&mut self, school: SchoolId, year: i32) -> Result<Vec<Broadcast>>;

    /// Opts a parent out of (or back into) non-essential broadcasts.
    async fn set_opted_out(
        &mut self,
        school: SchoolId,
        person: PersonId,
        out: bool,
        now: DateTime<Utc>,
    ) -> Result<()>;
    /// Everyone opted out of non-essential broadcasts.
    async fn opted_out(&mut self, school: SchoolId) -> Result<Vec<PersonId>>;
    /// Cancels this person's copies of non-essential broadcasts not yet on their way (waiting
    /// for their time or for quiet hours to end), as dropped by an opt-out; returns how many.
    async fn drop_queued_copies(&mut self, person: PersonId, now: DateTime<Utc>) -> Result<u64>;
    /// How many of a broadcast's copies an opt-out dropped.
    async fn dropped_by_optout(&mut self, id: BroadcastId) -> Result<u64>;

    async fn sid_campaign(&mut self, school: SchoolId, year: i32) -> Result<Option<SidCampaign>>;
    async fn save_sid_campaign(&mut self, school: SchoolId, c: &SidCampaign) -> Result<()>;
}
