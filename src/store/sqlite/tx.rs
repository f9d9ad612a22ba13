//! One SQLite transaction behind the core's [`Tx`] port. Each method hands over to the module
//! that owns its tables.

use super::quarantine::Faults;
use super::sql::{self, Conn};
use super::{claims, drafts, links, outbox, people, relations};
use crate::core::ids::{Account, PersonId, Platform, SchoolId};
use crate::core::message::Outgoing;
use crate::core::people::{Lang, Person, Role};
use crate::core::store::{
    Address, AuditRecord, CodeLookup, Draft, Fate, ImportSummary, Kind, OutboxItem, PersonRecord,
    RecentSend, Recovered, Result, TagSummary, Tx,
};
use crate::crypto::Cipher;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use std::sync::Arc;
use tokio::sync::OwnedMutexGuard;

/// An open transaction, holding the store's connection. Dropped without `commit`, it rolls
/// back before the connection passes on.
pub(super) struct SqliteTx {
    conn: OwnedMutexGuard<Conn>,
    cipher: Arc<Cipher>,
    open: bool,
    /// Rows set aside in this transaction, recorded again if it is rolled back.
    faults: Faults,
}

impl SqliteTx {
    /// Begins a transaction on the connection. One left open by a task that was cancelled
    /// mid-way is rolled back first, so no half-done turn is ever committed by the next.
    pub(super) fn begin(conn: OwnedMutexGuard<Conn>, cipher: Arc<Cipher>) -> Result<SqliteTx> {
        if !conn.is_autocommit() {
            sql::execute(&conn, "ROLLBACK", &[])?;
        }
        sql::execute(&conn, "BEGIN IMMEDIATE", &[])?;
        Ok(SqliteTx {
            conn,
            cipher,
            open: true,
            faults: Faults::default(),
        })
    }

    /// The connection, for the feature modules that implement their own storage traits.
    pub(super) fn c(&self) -> &Conn {
        &self.conn
    }

    /// The connection and the cipher, for the modules that implement a feature's store trait.
    pub(super) fn parts(&self) -> (&Conn, &Cipher) {
        (&self.conn, &self.cipher)
    }

    /// The rows this transaction set aside.
    pub(super) fn faults(&self) -> &Faults {
        &self.faults
    }

    /// Commits. If the commit fails, the transaction is rolled back.
    pub(super) fn commit_now(mut self) -> Result<()> {
        self.open = false;
        if let Err(e) = sql::execute(&self.conn, "COMMIT", &[]) {
            if !self.conn.is_autocommit() {
                let _ = sql::execute(&self.conn, "ROLLBACK", &[]);
            }
            self.faults.replay(&self.conn);
            return Err(e);
        }
        Ok(())
    }
}

impl Drop for SqliteTx {
    fn drop(&mut self) {
        if self.open && !self.conn.is_autocommit() {
            if let Err(e) = sql::execute(&self.conn, "ROLLBACK", &[]) {
                tracing::error!(error = %e, "could not roll back an abandoned transaction");
            }
            self.faults.replay(&self.conn);
        }
    }
}

#[async_trait]
impl Tx for SqliteTx {
    async fn commit(self: Box<Self>) -> Result<()> {
        (*self).commit_now()
    }

    async fn person(&mut self, id: PersonId) -> Result<Option<Person>> {
        people::person(self.c(), id)
    }

    async fn person_by_account(&mut self, account: &Account) -> Result<Option<Person>> {
        people::by_account(self.c(), account)
    }

    async fn person_by_external_id(
        &mut self,
        school: SchoolId,
        ext: &str,
    ) -> Result<Option<Person>> {
        people::by_external_id(self.c(), school, ext)
    }

    async fn people_with_roles(&mut self, school: SchoolId, roles: &[Role]) -> Result<Vec<Person>> {
        people::with_roles(self.c(), school, roles)
    }

    async fn people(&mut self, school: SchoolId) -> Result<Vec<Person>> {
        people::active(self.c(), school)
    }

    async fn import_people(
        &mut self,
        school: SchoolId,
        kind: Kind,
        records: &[PersonRecord],
        now: DateTime<Utc>,
    ) -> Result<ImportSummary> {
        people::import(self.c(), school, kind, records, now)
    }

    async fn set_lang(&mut self, person: PersonId, lang: Lang) -> Result<()> {
        people::set_lang(self.c(), person, lang)
    }

    async fn accounts_of(&mut self, person: PersonId) -> Result<Vec<Account>> {
        links::accounts_of(self.c(), person)
    }

    async fn link_account(
        &mut self,
        person: PersonId,
        account: &Account,
        now: DateTime<Utc>,
    ) -> Result<()> {
        links::link(self.c(), person, account, now)
    }

    async fn unlink_account(&mut self, account: &Account) -> Result<bool> {
        links::unlink(self.c(), account)
    }

    async fn store_link_code(
        &mut self,
        person: PersonId,
        code_hash: &str,
        expires: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        links::store_code(self.c(), person, code_hash, expires, now)
    }

    async fn lookup_link_code(
        &mut self,
        code_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<CodeLookup> {
        links::lookup_code(self.c(), code_hash, now)
    }

    async fn use_link_code(
        &mut self,
        code_hash: &str,
        account: &Account,
        now: DateTime<Utc>,
    ) -> Result<()> {
        links::use_code(self.c(), code_hash, account, now)
    }

    async fn record_failed_link(&mut self, account: &Account, now: DateTime<Utc>) -> Result<()> {
        links::record_failure(self.c(), account, now)
    }

    async fn failed_links_since(&mut self, account: &Account, since: DateTime<Utc>) -> Result<u32> {
        links::failures_since(self.c(), account, since)
    }

    async fn record_update(
        &mut self,
        platform: Platform,
        id: &str,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        links::record_update(self.c(), platform, id, now)
    }

    async fn draft(&mut self, person: PersonId) -> Result<Option<Draft>> {
        drafts::get(self.c(), &self.cipher, &self.faults, person)
    }

    async fn save_draft(&mut self, draft: &Draft) -> Result<()> {
        drafts::save(self.c(), &self.cipher, draft)
    }

    async fn delete_draft(&mut self, person: PersonId) -> Result<()> {
        drafts::delete(self.c(), person)
    }

    async fn drafts_idle_since(&mut self, before: DateTime<Utc>) -> Result<Vec<Draft>> {
        drafts::idle_since(self.c(), &self.cipher, &self.faults, before)
    }

    async fn mark_draft_reminded(&mut self, person: PersonId) -> Result<()> {
        drafts::mark_reminded(self.c(), person)
    }

    async fn enqueue(&mut self, out: &Outgoing, now: DateTime<Utc>) -> Result<bool> {
        outbox::enqueue(self.c(), &self.cipher, out, now)
    }

    async fn enqueue_removal(
        &mut self,
        platform: Platform,
        address: Address,
        message_id: &str,
        at: DateTime<Utc>,
        report_to: Option<PersonId>,
    ) -> Result<()> {
        outbox::enqueue_removal(self.c(), platform, &address, message_id, at, report_to)
    }

    async fn due(
        &mut self,
        platform: Platform,
        now: DateTime<Utc>,
        limit: u32,
        per_chat: u32,
    ) -> Result<Vec<OutboxItem>> {
        let take = (limit, per_chat);
        outbox::due(self.c(), &self.cipher, &self.faults, platform, now, take)
    }

    async fn recent_sends(
        &mut self,
        platform: Platform,
        since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Vec<RecentSend>> {
        claims::recent(self.c(), platform, since, now)
    }

    async fn claim(&mut self, ids: &[i64], by: &str, now: DateTime<Utc>) -> Result<Vec<i64>> {
        claims::claim(self.c(), ids, by, now)
    }

    async fn recover_claims(
        &mut self,
        platform: Platform,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<Recovered> {
        claims::recover(self.c(), platform, by, now)
    }

    async fn settle(&mut self, id: i64, fate: &Fate, now: DateTime<Utc>) -> Result<()> {
        outbox::settle(self.c(), id, fate, now)
    }

    async fn retry_at(&mut self, id: i64, at: DateTime<Utc>, error: &str) -> Result<()> {
        outbox::retry_at(self.c(), id, at, error)
    }

    async fn pending_count(&mut self) -> Result<u64> {
        outbox::pending_count(self.c())
    }

    async fn tag_summary(&mut self, tag: &str) -> Result<TagSummary> {
        outbox::tag_summary(self.c(), tag)
    }

    async fn tag_failures(&mut self, tag: &str) -> Result<Vec<(Option<PersonId>, String)>> {
        outbox::tag_failures(self.c(), tag)
    }

    async fn unreachable(&mut self, person: PersonId) -> Result<bool> {
        outbox::unreachable(self.c(), person)
    }

    async fn cancel_tag(&mut self, tag: &str, now: DateTime<Utc>) -> Result<u64> {
        outbox::cancel_tag(self.c(), tag, now)
    }

    async fn audit(
        &mut self,
        school: SchoolId,
        actor: Option<PersonId>,
        action: &str,
        subject: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (c, cipher) = self.parts();
        relations::audit(c, cipher, school, actor, action, subject, now)
    }

    async fn audit_trail(&mut self, school: SchoolId, subject: &str) -> Result<Vec<AuditRecord>> {
        let (c, cipher) = self.parts();
        relations::trail(c, cipher, school, subject)
    }
}
