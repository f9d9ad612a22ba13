//! The narrow storage port. The core speaks to storage only through [`Store`] and [`Tx`], in
//! domain types; SQL lives in `crate::store`.
//!
//! Every inbound event is handled inside one transaction: the state it changes and the messages
//! it causes (the outbox) are committed together or not at all.

use super::aup::store::AupTx;
use super::broadcast::store::BroadcastTx;
use super::concern::store::ConcernTx;
use super::form::FormState;
use super::ids::{Account, PersonId, Platform, SchoolId};
use super::linking::store::LinkingTx;
use super::message::{Body, Outgoing};
use super::people::{Lang, Person, Roles};
use super::roles::store::RolesTx;
use super::routes::RoutesTx;
use super::streams::store::StreamsTx;
use super::upkeep::store::UpkeepTx;
use async_trait::async_trait;
use chrono::{DateTime, Utc};

pub use anyhow::Result;

/// A storage engine.
#[async_trait]
pub trait Store: Send + Sync {
    /// Starts a transaction. Transactions may be serialised by the engine. When it cannot
    /// start in time because something else holds the database, the error is (or wraps)
    /// [`Busy`].
    async fn begin(&self) -> Result<Box<dyn Tx>>;
}

/// The database stayed busy (another process held its write lock) for longer than a
/// transaction waits to begin. Nothing was read or written.
#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("the database stayed locked by another connection")]
pub struct Busy;

impl Busy {
    /// True when `e` says the database was busy.
    pub fn is(e: &anyhow::Error) -> bool {
        e.downcast_ref::<Busy>().is_some()
    }
}

/// A person as read from an import file, before it is stored.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonRecord {
    pub external_id: String,
    pub name: String,
    pub roles: Roles,
    pub lang: Lang,
    pub groups: Vec<String>,
}

/// Which people an import file speaks for: re-importing a kind marks the missing ones as leavers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Staff,
    Parents,
}

/// What an import changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub added: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub left: usize,
}

/// What became of a link code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeLookup {
    Unknown,
    Expired,
    Used,
    Valid(PersonId),
}

/// A form draft as stored.
#[derive(Debug, Clone)]
pub struct Draft {
    pub person: PersonId,
    /// The platform the person is filling it in on.
    pub platform: Platform,
    pub state: FormState,
    pub updated_at: DateTime<Utc>,
    pub reminded: bool,
}

/// Where a delivery goes, resolved from a [`super::message::Recipient`] when it was queued.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Address {
    /// The private chat with this account.
    Private(String),
    /// A group chat.
    Group(String),
}

/// What an outbox row asks the adapter to do.
#[derive(Debug, Clone)]
pub enum Job {
    /// Send a message.
    Send(Body),
    /// Remove a message the platform knows by this id.
    Remove { message_id: String },
}

/// One pending delivery.
#[derive(Debug, Clone)]
pub struct OutboxItem {
    pub id: i64,
    pub platform: Platform,
    pub address: Address,
    pub person: Option<PersonId>,
    pub lang: Lang,
    pub job: Job,
    pub attempts: u32,
    /// Remove the delivered message this many seconds after delivery.
    pub remove_after_secs: Option<i64>,
    /// Who to tell if it cannot be delivered at all.
    pub report_to: Option<PersonId>,
}

/// Progress of the messages queued under one tag.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct TagSummary {
    pub pending: u64,
    pub sent: u64,
    pub failed: u64,
    pub cancelled: u64,
}

/// The failure reason of an at-most-once delivery a dispatcher died while sending: it may or
/// may not have reached the person, and is not sent again.
pub const INTERRUPTED: &str = "interrupted";

/// What a dispatcher found left claimed by a dispatcher that died mid-send.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Recovered {
    /// Rows released to be sent again (at-least-once messages).
    pub released: u64,
    /// At-most-once rows settled as failed, reason `interrupted`: they may have been delivered.
    pub interrupted: u64,
}

/// How a delivery ended, for the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fate {
    Sent {
        message_id: Option<String>,
    },
    /// Gave up for good (blocked bot, no such chat, forbidden removal).
    Failed {
        reason: String,
    },
}

/// One audit record, as read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    pub actor: Option<PersonId>,
    pub action: String,
    pub at: DateTime<Utc>,
}

/// One unit of work against storage. Dropped without `commit`, it rolls back.
#[async_trait]
pub trait Tx:
    Send + ConcernTx + StreamsTx + AupTx + BroadcastTx + LinkingTx + RolesTx + UpkeepTx + RoutesTx
{
    /// Makes every change in this transaction durable.
    async fn commit(self: Box<Self>) -> Result<()>;

    // --- directory ---
    async fn person(&mut self, id: PersonId) -> Result<Option<Person>>;
    async fn person_by_account(&mut self, account: &Account) -> Result<Option<Person>>;
    async fn person_by_external_id(
        &mut self,
        school: SchoolId,
        ext: &str,
    ) -> Result<Option<Person>>;
    /// Active people holding any of the roles.
    async fn people_with_roles(
        &mut self,
        school: SchoolId,
        roles: &[super::people::Role],
    ) -> Result<Vec<Person>>;
    /// Active people of a school.
    async fn people(&mut self, school: SchoolId) -> Result<Vec<Person>>;
    /// Adds or updates the given people of one kind; everyone of that kind not listed leaves.
    async fn import_people(
        &mut self,
        school: SchoolId,
        kind: Kind,
        people: &[PersonRecord],
        now: DateTime<Utc>,
    ) -> Result<ImportSummary>;
    async fn set_lang(&mut self, person: PersonId, lang: Lang) -> Result<()>;

    // --- linked accounts ---
    async fn accounts_of(&mut self, person: PersonId) -> Result<Vec<Account>>;
    /// Binds the account to the person, replacing the person's earlier account on that platform.
    async fn link_account(
        &mut self,
        person: PersonId,
        account: &Account,
        now: DateTime<Utc>,
    ) -> Result<()>;
    async fn unlink_account(&mut self, account: &Account) -> Result<bool>;

    // --- link codes ---
    async fn store_link_code(
        &mut self,
        person: PersonId,
        code_hash: &str,
        expires: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<()>;
    async fn lookup_link_code(&mut self, code_hash: &str, now: DateTime<Utc>)
        -> Result<CodeLookup>;
    async fn use_link_code(
        &mut self,
        code_hash: &str,
        account: &Account,
        now: DateTime<Utc>,
    ) -> Result<()>;
    async fn record_failed_link(&mut self, account: &Account, now: DateTime<Utc>) -> Result<()>;

    // --- inbound updates handled ---
    /// Records that the platform's update `id` is handled in this transaction; false (and
    /// nothing recorded) when it was handled before. Forgets updates handled over a week ago.
    async fn record_update(
        &mut self,
        platform: Platform,
        id: &str,
        now: DateTime<Utc>,
    ) -> Result<bool>;
    async fn failed_links_since(&mut self, account: &Account, since: DateTime<Utc>) -> Result<u32>;

    // --- form drafts (stored encrypted) ---
    /// The person's draft. A draft that cannot be opened or read is set aside (deleted, and
    /// recorded for its owner to be told) and reads as none, so they can start again.
    async fn draft(&mut self, person: PersonId) -> Result<Option<Draft>>;
    async fn save_draft(&mut self, draft: &Draft) -> Result<()>;
    async fn delete_draft(&mut self, person: PersonId) -> Result<()>;
    /// Drafts last touched before `before`.
    async fn drafts_idle_since(&mut self, before: DateTime<Utc>) -> Result<Vec<Draft>>;
    async fn mark_draft_reminded(&mut self, person: PersonId) -> Result<()>;

    // --- outbox ---
    /// Queues a message; resolves the recipient to a platform address in this transaction.
    /// Returns `false` when the recipient has no way to be reached.
    async fn enqueue(&mut self, out: &Outgoing, now: DateTime<Utc>) -> Result<bool>;
    /// Queues the removal of a message from a chat.
    async fn enqueue_removal(
        &mut self,
        platform: Platform,
        address: Address,
        message_id: &str,
        at: DateTime<Utc>,
        report_to: Option<PersonId>,
    ) -> Result<()>;
    /// Deliveries due on a platform, oldest first.
    async fn due(
        &mut self,
        platform: Platform,
        now: DateTime<Utc>,
        limit: u32,
    ) -> Result<Vec<OutboxItem>>;
    /// Claims rows for the dispatcher instance `by` just before it sends them; returns the
    /// ids claimed (rows cancelled or claimed meanwhile are left out). `due` skips claimed rows.
    async fn claim(&mut self, ids: &[i64], by: &str, now: DateTime<Utc>) -> Result<Vec<i64>>;
    /// Deals with rows on `platform` still claimed by dispatchers other than `by` (which died
    /// mid-send): at-most-once rows are settled as failed (`interrupted`), others released.
    async fn recover_claims(
        &mut self,
        platform: Platform,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<Recovered>;
    /// Records how a delivery ended.
    async fn settle(&mut self, id: i64, fate: &Fate, now: DateTime<Utc>) -> Result<()>;
    /// Puts a delivery back to be tried again at `at`.
    async fn retry_at(&mut self, id: i64, at: DateTime<Utc>, error: &str) -> Result<()>;
    /// Number of deliveries not yet settled (all platforms).
    async fn pending_count(&mut self) -> Result<u64>;
    /// Counts of the messages queued with this tag, by status.
    async fn tag_summary(&mut self, tag: &str) -> Result<TagSummary>;
    /// The people this tag's messages could not reach, with the reason.
    async fn tag_failures(&mut self, tag: &str) -> Result<Vec<(Option<PersonId>, String)>>;
    /// True when Haven cannot reach the person now: no linked account, or on every one the last
    /// message that settled failed for good (blocked bot, closed private messages). Messages
    /// sent without a platform go to an account that still works.
    async fn unreachable(&mut self, person: PersonId) -> Result<bool>;
    /// Cancels this tag's messages not yet sent; returns how many were cancelled.
    async fn cancel_tag(&mut self, tag: &str, now: DateTime<Utc>) -> Result<u64>;

    // --- audit ---
    /// Records who did what. Records about a concern or an urgent draft keep their actor and
    /// subject sealed.
    async fn audit(
        &mut self,
        school: SchoolId,
        actor: Option<PersonId>,
        action: &str,
        subject: &str,
        now: DateTime<Utc>,
    ) -> Result<()>;
    /// Every audit record about `subject` (e.g. `concern:C-2026-0001`), oldest first.
    async fn audit_trail(&mut self, school: SchoolId, subject: &str) -> Result<Vec<AuditRecord>>;
}
