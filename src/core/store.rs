//! The narrow storage port. The core speaks to storage only through [`Store`] and [`Tx`], in
//! domain types; SQL lives in `crate::store`.
//!
//! Every inbound event is handled inside one transaction: the state it changes and the messages
//! it causes (the outbox) are committed together or not at all.

use super::audit::AuditAction;
use super::aup::store::AupTx;
use super::broadcast::store::BroadcastTx;
use super::concern::store::ConcernTx;
use super::form::FormState;
use super::ids::{Account, PersonId, Platform, SchoolId};
use super::lease::LeaseTx;
use super::linking::store::LinkingTx;
use super::menu::Menu;
use super::message::{Body, Outgoing, Recipient};
use super::people::{Lang, Person, Roles};
use super::roles::store::RolesTx;
use super::routes::RoutesTx;
use super::streams::store::StreamsTx;
use super::tag::Tag;
use super::upkeep::store::UpkeepTx;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use std::collections::HashSet;

pub use super::fault::StoreError;
pub use super::fault::StoreResult as Result;
pub use super::ids::Address;

/// A storage engine.
#[async_trait]
pub trait Store: Send + Sync {
    /// Starts a transaction. Transactions may be serialised by the engine. When it cannot
    /// start in time because something else holds the database, the error is
    /// [`StoreError::Busy`].
    async fn begin(&self) -> Result<Box<dyn Tx>>;

    /// Starts a transaction for this instance's heartbeat and leases, as [`Store::begin`]
    /// does; an engine with a pool of connections keeps some aside for these, so that an
    /// instance whose other work holds every connection still renews its leases in time.
    async fn begin_leases(&self) -> Result<Box<dyn Tx>> {
        self.begin().await
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

/// Due rows as read for a dispatcher: the rows it did not hold yet, opened, and the addresses of
/// the due rows it already holds.
#[derive(Debug, Default)]
pub struct DueRows {
    pub items: Vec<OutboxItem>,
    pub held: Vec<Address>,
}

/// What an outbox row asks the adapter to do.
#[derive(Debug, Clone)]
pub enum Job {
    /// Send a message.
    Send(Body),
    /// Remove a message the platform knows by this id.
    Remove { message_id: String },
    /// Show this command menu at the address (a private chat, or [`Address::Everyone`] in the
    /// job's language); `None`: the private chat has no menu of its own and shows everyone's.
    Menu(Option<Menu>),
}

/// A command menu to queue: what one address on one platform should show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MenuJob {
    pub platform: Platform,
    /// A private chat, or [`Address::Everyone`].
    pub address: Address,
    /// Whose chat it is, if anyone's.
    pub person: Option<PersonId>,
    /// The language its descriptions are shown in.
    pub lang: Lang,
    pub menu: Option<Menu>,
}

/// One pending delivery.
#[derive(Debug, Clone)]
pub struct OutboxItem {
    pub id: i64,
    /// The school the message comes from (its times are shown in that school's zone).
    pub school: SchoolId,
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

/// Why a delivery failed for good, as stored with the row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FailureReason {
    /// The platform says the person cannot be reached there (blocked the bot, no such chat).
    Unreachable,
    /// The platform refused the action (e.g. deleting a message in a group).
    Forbidden,
    /// Temporary failures went on past the last retry.
    GaveUp,
    /// An at-most-once delivery a dispatcher died while sending: it may or may not have
    /// reached the person, and is not sent again.
    Interrupted,
    /// The stored row could not be read (see the quarantine).
    Unreadable,
}

impl FailureReason {
    /// The stored spelling.
    pub fn as_str(self) -> &'static str {
        match self {
            FailureReason::Unreachable => "unreachable",
            FailureReason::Forbidden => "forbidden",
            FailureReason::GaveUp => "gave up after repeated failures",
            FailureReason::Interrupted => "interrupted",
            FailureReason::Unreadable => "stored delivery unreadable",
        }
    }

    /// Reads a stored reason (older rows named why a stored row was unreadable after a colon).
    pub fn parse(s: &str) -> Option<FailureReason> {
        let head = s.split_once(':').map_or(s, |(head, _)| head);
        [
            FailureReason::Unreachable,
            FailureReason::Forbidden,
            FailureReason::GaveUp,
            FailureReason::Interrupted,
            FailureReason::Unreadable,
        ]
        .into_iter()
        .find(|r| r.as_str() == s || (*r == FailureReason::Unreadable && r.as_str() == head))
    }
}

/// A dispatcher's claim on an outbox row: the row, the instance that claimed it and the claim's
/// number (each claim of a row counts up). How the delivery went is recorded only while the row
/// still carries this claim.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    pub id: i64,
    pub by: String,
    pub epoch: i64,
}

/// What a dispatcher found left claimed by a dispatcher that died mid-send.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Recovered {
    /// Rows released to be sent again (at-least-once messages).
    pub released: u64,
    /// At-most-once rows settled as failed, reason `interrupted`: they may have been delivered.
    pub interrupted: u64,
}

/// A request a dispatcher made on a platform lately (or may have made: a row still claimed),
/// which the rate limits of a dispatcher starting after it must count.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecentSend {
    pub address: Address,
    /// A removal rather than a message.
    pub removal: bool,
    /// The platform's id of the message sent or removed, when there is one.
    pub message_id: Option<String>,
    pub at: DateTime<Utc>,
}

/// How a delivery ended, for the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fate {
    Sent {
        message_id: Option<String>,
    },
    /// Gave up for good (blocked bot, no such chat, forbidden removal).
    Failed {
        reason: FailureReason,
    },
}

/// One audit record, as read back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    pub actor: Option<PersonId>,
    /// `None` for an action this version does not know.
    pub action: Option<AuditAction>,
    pub at: DateTime<Utc>,
}

/// One unit of work against storage. Dropped without `commit`, it rolls back.
#[async_trait]
pub trait Tx: Send {
    // --- each feature's own storage, in this same transaction ---
    fn concerns(&mut self) -> &mut dyn ConcernTx;
    fn transfers(&mut self) -> &mut dyn crate::core::concern::transfer_store::TransferTx;
    fn streams(&mut self) -> &mut dyn StreamsTx;
    fn aup(&mut self) -> &mut dyn AupTx;
    fn broadcasts(&mut self) -> &mut dyn BroadcastTx;
    fn linking(&mut self) -> &mut dyn LinkingTx;
    fn roles(&mut self) -> &mut dyn RolesTx;
    fn upkeep(&mut self) -> &mut dyn UpkeepTx;
    fn routes(&mut self) -> &mut dyn RoutesTx;
    /// Running instances and elected roles (not a feature: the operations of several instances).
    fn leases(&mut self) -> &mut dyn LeaseTx;
    fn schools(&mut self) -> &mut dyn super::schools::SchoolsTx;
    /// The case desk's sign-in links and sessions.
    fn desk(&mut self) -> &mut dyn super::desk::store::DeskTx;

    /// Makes every change in this transaction durable.
    async fn commit(self: Box<Self>) -> Result<()>;

    // --- directory ---
    async fn person(&mut self, id: PersonId) -> Result<Option<Person>>;
    /// The person this account was linked to most recently, in any school.
    async fn person_by_account(&mut self, account: &Account) -> Result<Option<Person>>;
    /// The person this account is linked to in `school`.
    async fn person_by_account_in(
        &mut self,
        school: SchoolId,
        account: &Account,
    ) -> Result<Option<Person>>;
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
    async fn unlink_account(&mut self, school: SchoolId, account: &Account) -> Result<bool>;

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
    /// The drafts of `school`'s people last touched before `before`.
    async fn drafts_idle_since(
        &mut self,
        school: SchoolId,
        before: DateTime<Utc>,
    ) -> Result<Vec<Draft>>;
    async fn mark_draft_reminded(&mut self, person: PersonId) -> Result<()>;

    // --- outbox ---
    /// Queues a message; resolves the recipient to a platform address in this transaction.
    /// Returns `false` when the recipient has no way to be reached.
    /// Core code queues through [`super::effects::Effects`], which calls this when it flushes.
    async fn enqueue(&mut self, out: &Outgoing, now: DateTime<Utc>) -> Result<bool>;
    /// True when a message to `to` would be queued now ([`Self::enqueue`] would return true).
    async fn resolves(&mut self, to: &Recipient) -> Result<bool>;
    /// Queues the removal of a message from a chat.
    async fn enqueue_removal(
        &mut self,
        platform: Platform,
        address: Address,
        message_id: &str,
        at: DateTime<Utc>,
        report_to: Option<PersonId>,
    ) -> Result<()>;
    /// Queues a command menu, unless the last menu queued for that address (and, for
    /// everyone, that language) says the same; a menu queued earlier and not yet sent there is
    /// cancelled, since only the latest matters. Returns true when queued.
    async fn enqueue_menu(&mut self, job: &MenuJob, now: DateTime<Utc>) -> Result<bool>;
    /// Deliveries due on a platform: messages and removals oldest first, at most `limit` and at
    /// most `per_chat` to any one chat (so one chat's backlog never hides another chat's rows),
    /// then a few command menus (so that a backlog of menus never holds up an answer).
    async fn due(
        &mut self,
        platform: Platform,
        now: DateTime<Utc>,
        limit: u32,
        per_chat: u32,
    ) -> Result<Vec<OutboxItem>> {
        let take = (limit, per_chat);
        Ok(self
            .due_except(platform, now, take, &HashSet::new())
            .await?
            .items)
    }
    /// As [`Tx::due`], except that the rows in `known` (a dispatcher's rows already read and
    /// not yet settled) are not opened again: only their addresses are returned, in `held`.
    /// They count towards `limit` and `per_chat` as before.
    async fn due_except(
        &mut self,
        platform: Platform,
        now: DateTime<Utc>,
        (limit, per_chat): (u32, u32),
        known: &HashSet<i64>,
    ) -> Result<DueRows>;
    /// Requests made on `platform` since `since` (settled as sent), and rows still claimed
    /// (counted at `now`): what an earlier run may have sent that rate limits still count.
    async fn recent_sends(
        &mut self,
        platform: Platform,
        since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Vec<RecentSend>>;
    /// Claims rows for the instance `by` just before its dispatcher sends them; returns the
    /// claims made (rows cancelled or claimed meanwhile are left out). `due` skips claimed rows.
    async fn claim(&mut self, ids: &[i64], by: &str, now: DateTime<Utc>) -> Result<Vec<Claim>>;
    /// Deals with rows on `platform` still claimed by instances other than `by` that are dead
    /// at `now` or unknown (see `core::lease`); a live peer's rows are in flight and left alone.
    /// At-most-once rows are settled as failed (`interrupted`), others released.
    async fn recover_claims(
        &mut self,
        platform: Platform,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<Recovered>;
    /// Deals with the rows on `platform` that the instance `by` itself left claimed, as
    /// [`Tx::recover_claims`] deals with a dead instance's: for a dispatcher of `by` with
    /// nothing in flight (just started, or after a group whose outcome it could not record).
    async fn recover_own_claims(
        &mut self,
        platform: Platform,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<Recovered>;
    /// Records how a delivery ended.
    async fn settle(&mut self, id: i64, fate: &Fate, now: DateTime<Utc>) -> Result<()>;
    /// Puts a delivery back to be tried again at `at`.
    async fn retry_at(&mut self, id: i64, at: DateTime<Utc>, error: &str) -> Result<()>;
    /// Records how a claimed delivery ended, as [`Tx::settle`], only if the row still carries
    /// `claim`; false, with nothing recorded, when it does not (its instance was judged dead and
    /// the row recovered, perhaps claimed and settled by a peer since).
    async fn settle_claimed(
        &mut self,
        claim: &Claim,
        fate: &Fate,
        now: DateTime<Utc>,
    ) -> Result<bool>;
    /// Puts a claimed delivery back to be tried again at `at`, as [`Tx::retry_at`], only if the
    /// row still carries `claim`; false, with nothing recorded, when it does not.
    async fn retry_claimed(
        &mut self,
        claim: &Claim,
        at: DateTime<Utc>,
        error: &str,
    ) -> Result<bool>;
    /// Number of deliveries not yet settled (all platforms).
    async fn pending_count(&mut self) -> Result<u64>;
    /// Counts of the messages queued with this tag, by status.
    async fn tag_summary(&mut self, tag: &Tag) -> Result<TagSummary>;
    /// The people this tag's messages could not reach, with the reason.
    async fn tag_failures(
        &mut self,
        tag: &Tag,
    ) -> Result<Vec<(Option<PersonId>, Option<FailureReason>)>>;
    /// True when Haven cannot reach the person now: no linked account, or on every one the last
    /// message that settled failed for good (blocked bot, closed private messages). Messages
    /// sent without a platform go to an account that still works.
    async fn unreachable(&mut self, person: PersonId) -> Result<bool>;
    /// Cancels this tag's messages not yet sent; returns how many were cancelled.
    async fn cancel_tag(&mut self, tag: &Tag, now: DateTime<Utc>) -> Result<u64>;

    // --- audit ---
    /// Records who did what. Records about a concern or an urgent draft keep their actor and
    /// subject sealed.
    async fn audit(
        &mut self,
        school: SchoolId,
        actor: Option<PersonId>,
        action: AuditAction,
        subject: &str,
        now: DateTime<Utc>,
    ) -> Result<()>;
    /// Every audit record about `subject` (e.g. `concern:C-2026-0001`), oldest first.
    async fn audit_trail(&mut self, school: SchoolId, subject: &str) -> Result<Vec<AuditRecord>>;
}

#[cfg(test)]
mod tests {
    use super::FailureReason;

    #[test]
    fn failure_reasons_read_back_including_older_spellings() {
        for r in [
            FailureReason::Unreachable,
            FailureReason::Forbidden,
            FailureReason::GaveUp,
            FailureReason::Interrupted,
            FailureReason::Unreadable,
        ] {
            assert_eq!(FailureReason::parse(r.as_str()), Some(r));
        }
        assert_eq!(
            FailureReason::parse("stored delivery unreadable: sealed"),
            Some(FailureReason::Unreadable)
        );
        assert_eq!(FailureReason::parse("forbidden: no"), None);
        assert_eq!(FailureReason::parse("bot blocked"), None);
    }
}
