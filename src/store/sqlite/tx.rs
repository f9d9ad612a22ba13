//! One SQLite transaction behind the core's [`Tx`] port. Each method hands over to the module
//! that owns its tables.

use super::codec::ts;
use super::{drafts, links, outbox, people};
use crate::core::ids::{Account, PersonId, Platform, SchoolId};
use crate::core::message::Outgoing;
use crate::core::people::{Lang, Person, Role};
use crate::core::store::{
    Address, CodeLookup, Draft, Fate, ImportSummary, Kind, OutboxItem, PersonRecord, Result,
    TagSummary, Tx,
};
use crate::crypto::Cipher;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::{Sqlite, SqliteConnection, Transaction};
use std::sync::Arc;
use tokio::sync::OwnedMutexGuard;

/// An open transaction. Dropped without `commit`, it rolls back and gives up its turn.
pub(super) struct SqliteTx {
    // Declared before `_turn` so the rollback is queued before the turn passes on.
    tx: Transaction<'static, Sqlite>,
    cipher: Arc<Cipher>,
    _turn: OwnedMutexGuard<()>,
}

impl SqliteTx {
    pub(super) fn new(
        tx: Transaction<'static, Sqlite>,
        cipher: Arc<Cipher>,
        turn: OwnedMutexGuard<()>,
    ) -> Self {
        SqliteTx {
            tx,
            cipher,
            _turn: turn,
        }
    }

    /// The connection, for the feature modules that implement their own storage traits.
    pub(super) fn c(&mut self) -> &mut SqliteConnection {
        &mut self.tx
    }

    /// The connection and the cipher, for the modules that implement a feature's store trait.
    pub(super) fn parts(&mut self) -> (&mut SqliteConnection, &Cipher) {
        (&mut self.tx, &self.cipher)
    }
}

#[async_trait]
impl Tx for SqliteTx {
    async fn commit(self: Box<Self>) -> Result<()> {
        let this = *self;
        this.tx.commit().await?;
        Ok(())
    }

    async fn person(&mut self, id: PersonId) -> Result<Option<Person>> {
        people::person(self.c(), id).await
    }

    async fn person_by_account(&mut self, account: &Account) -> Result<Option<Person>> {
        people::by_account(self.c(), account).await
    }

    async fn person_by_external_id(
        &mut self,
        school: SchoolId,
        ext: &str,
    ) -> Result<Option<Person>> {
        people::by_external_id(self.c(), school, ext).await
    }

    async fn people_with_roles(&mut self, school: SchoolId, roles: &[Role]) -> Result<Vec<Person>> {
        people::with_roles(self.c(), school, roles).await
    }

    async fn people(&mut self, school: SchoolId) -> Result<Vec<Person>> {
        people::active(self.c(), school).await
    }

    async fn import_people(
        &mut self,
        school: SchoolId,
        kind: Kind,
        records: &[PersonRecord],
        now: DateTime<Utc>,
    ) -> Result<ImportSummary> {
        people::import(self.c(), school, kind, records, now).await
    }

    async fn set_lang(&mut self, person: PersonId, lang: Lang) -> Result<()> {
        people::set_lang(self.c(), person, lang).await
    }

    async fn accounts_of(&mut self, person: PersonId) -> Result<Vec<Account>> {
        links::accounts_of(self.c(), person).await
    }

    async fn link_account(
        &mut self,
        person: PersonId,
        account: &Account,
        now: DateTime<Utc>,
    ) -> Result<()> {
        links::link(self.c(), person, account, now).await
    }

    async fn unlink_account(&mut self, account: &Account) -> Result<bool> {
        links::unlink(self.c(), account).await
    }

    async fn store_link_code(
        &mut self,
        person: PersonId,
        code_hash: &str,
        expires: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        links::store_code(self.c(), person, code_hash, expires, now).await
    }

    async fn lookup_link_code(
        &mut self,
        code_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<CodeLookup> {
        links::lookup_code(self.c(), code_hash, now).await
    }

    async fn use_link_code(
        &mut self,
        code_hash: &str,
        account: &Account,
        now: DateTime<Utc>,
    ) -> Result<()> {
        links::use_code(self.c(), code_hash, account, now).await
    }

    async fn record_failed_link(&mut self, account: &Account, now: DateTime<Utc>) -> Result<()> {
        links::record_failure(self.c(), account, now).await
    }

    async fn failed_links_since(&mut self, account: &Account, since: DateTime<Utc>) -> Result<u32> {
        links::failures_since(self.c(), account, since).await
    }

    async fn draft(&mut self, person: PersonId) -> Result<Option<Draft>> {
        drafts::get(&mut self.tx, &self.cipher, person).await
    }

    async fn save_draft(&mut self, draft: &Draft) -> Result<()> {
        drafts::save(&mut self.tx, &self.cipher, draft).await
    }

    async fn delete_draft(&mut self, person: PersonId) -> Result<()> {
        drafts::delete(self.c(), person).await
    }

    async fn drafts_idle_since(&mut self, before: DateTime<Utc>) -> Result<Vec<Draft>> {
        drafts::idle_since(&mut self.tx, &self.cipher, before).await
    }

    async fn mark_draft_reminded(&mut self, person: PersonId) -> Result<()> {
        drafts::mark_reminded(self.c(), person).await
    }

    async fn enqueue(&mut self, out: &Outgoing, now: DateTime<Utc>) -> Result<bool> {
        outbox::enqueue(&mut self.tx, &self.cipher, out, now).await
    }

    async fn enqueue_removal(
        &mut self,
        platform: Platform,
        address: Address,
        message_id: &str,
        at: DateTime<Utc>,
        report_to: Option<PersonId>,
    ) -> Result<()> {
        outbox::enqueue_removal(self.c(), platform, &address, message_id, at, report_to).await
    }

    async fn due(
        &mut self,
        platform: Platform,
        now: DateTime<Utc>,
        limit: u32,
    ) -> Result<Vec<OutboxItem>> {
        outbox::due(&mut self.tx, &self.cipher, platform, now, limit).await
    }

    async fn settle(&mut self, id: i64, fate: &Fate, now: DateTime<Utc>) -> Result<()> {
        outbox::settle(self.c(), id, fate, now).await
    }

    async fn retry_at(&mut self, id: i64, at: DateTime<Utc>, error: &str) -> Result<()> {
        outbox::retry_at(self.c(), id, at, error).await
    }

    async fn pending_count(&mut self) -> Result<u64> {
        outbox::pending_count(self.c()).await
    }

    async fn tag_summary(&mut self, tag: &str) -> Result<TagSummary> {
        outbox::tag_summary(self.c(), tag).await
    }

    async fn tag_failures(&mut self, tag: &str) -> Result<Vec<(Option<PersonId>, String)>> {
        outbox::tag_failures(self.c(), tag).await
    }

    async fn cancel_tag(&mut self, tag: &str, now: DateTime<Utc>) -> Result<u64> {
        outbox::cancel_tag(self.c(), tag, now).await
    }

    async fn audit(
        &mut self,
        school: SchoolId,
        actor: Option<PersonId>,
        action: &str,
        subject: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO audit (school_id, actor_id, action, subject, at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(school.0)
        .bind(actor.map(|p| p.0))
        .bind(action)
        .bind(subject)
        .bind(ts(now))
        .execute(self.c())
        .await?;
        Ok(())
    }
}
