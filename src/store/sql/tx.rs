//! One SQLite transaction behind the core's [`Tx`] port. Each method hands over to the module
//! that owns its tables.

use super::menus;
use super::quarantine::Faults;
use super::sql::{self, Conn};
use super::{claims, drafts, links, outbox, people, relations};
use crate::core::audit::AuditAction;
use crate::core::aup::store::AupTx;
use crate::core::broadcast::store::BroadcastTx;
use crate::core::concern::store::ConcernTx;
use crate::core::ids::{Account, PersonId, Platform, SchoolId};
use crate::core::linking::store::LinkingTx;
use crate::core::message::{Outgoing, Recipient};
use crate::core::people::{Lang, Person, Role};
use crate::core::roles::store::RolesTx;
use crate::core::routes::RoutesTx;
use crate::core::store::{
    Address, AuditRecord, CodeLookup, Draft, DueRows, FailureReason, Fate, ImportSummary, Kind,
    MenuJob, PersonRecord, RecentSend, Recovered, Result, TagSummary, Tx,
};
use crate::core::streams::store::StreamsTx;
use crate::core::tag::Tag;
use crate::core::upkeep::store::UpkeepTx;
use crate::crypto::Cipher;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use std::collections::HashSet;
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
    pub(super) fn begin(
        conn: OwnedMutexGuard<Conn>,
        cipher: Arc<Cipher>,
    ) -> anyhow::Result<SqliteTx> {
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
    pub(super) fn commit_now(mut self) -> anyhow::Result<()> {
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
    fn concerns(&mut self) -> &mut dyn ConcernTx {
        self
    }

    fn streams(&mut self) -> &mut dyn StreamsTx {
        self
    }

    fn aup(&mut self) -> &mut dyn AupTx {
        self
    }

    fn broadcasts(&mut self) -> &mut dyn BroadcastTx {
        self
    }

    fn linking(&mut self) -> &mut dyn LinkingTx {
        self
    }

    fn roles(&mut self) -> &mut dyn RolesTx {
        self
    }

    fn upkeep(&mut self) -> &mut dyn UpkeepTx {
        self
    }

    fn routes(&mut self) -> &mut dyn RoutesTx {
        self
    }

    async fn commit(self: Box<Self>) -> Result<()> {
        Ok((*self).commit_now()?)
    }

    async fn person(&mut self, id: PersonId) -> Result<Option<Person>> {
        Ok(people::person(self.c(), id)?)
    }

    async fn person_by_account(&mut self, account: &Account) -> Result<Option<Person>> {
        Ok(people::by_account(self.c(), account)?)
    }

    async fn person_by_external_id(
        &mut self,
        school: SchoolId,
        ext: &str,
    ) -> Result<Option<Person>> {
        Ok(people::by_external_id(self.c(), school, ext)?)
    }

    async fn people_with_roles(&mut self, school: SchoolId, roles: &[Role]) -> Result<Vec<Person>> {
        Ok(people::with_roles(self.c(), school, roles)?)
    }

    async fn people(&mut self, school: SchoolId) -> Result<Vec<Person>> {
        Ok(people::active(self.c(), school)?)
    }

    async fn import_people(
        &mut self,
        school: SchoolId,
        kind: Kind,
        records: &[PersonRecord],
        now: DateTime<Utc>,
    ) -> Result<ImportSummary> {
        Ok(people::import(self.c(), school, kind, records, now)?)
    }

    async fn set_lang(&mut self, person: PersonId, lang: Lang) -> Result<()> {
        Ok(people::set_lang(self.c(), person, lang)?)
    }

    async fn accounts_of(&mut self, person: PersonId) -> Result<Vec<Account>> {
        Ok(links::accounts_of(self.c(), person)?)
    }

    async fn link_account(
        &mut self,
        person: PersonId,
        account: &Account,
        now: DateTime<Utc>,
    ) -> Result<()> {
        Ok(links::link(self.c(), person, account, now)?)
    }

    async fn unlink_account(&mut self, account: &Account) -> Result<bool> {
        Ok(links::unlink(self.c(), account)?)
    }

    async fn store_link_code(
        &mut self,
        person: PersonId,
        code_hash: &str,
        expires: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        Ok(links::store_code(
            self.c(),
            person,
            code_hash,
            expires,
            now,
        )?)
    }

    async fn lookup_link_code(
        &mut self,
        code_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<CodeLookup> {
        Ok(links::lookup_code(self.c(), code_hash, now)?)
    }

    async fn use_link_code(
        &mut self,
        code_hash: &str,
        account: &Account,
        now: DateTime<Utc>,
    ) -> Result<()> {
        Ok(links::use_code(self.c(), code_hash, account, now)?)
    }

    async fn record_failed_link(&mut self, account: &Account, now: DateTime<Utc>) -> Result<()> {
        Ok(links::record_failure(self.c(), account, now)?)
    }

    async fn failed_links_since(&mut self, account: &Account, since: DateTime<Utc>) -> Result<u32> {
        Ok(links::failures_since(self.c(), account, since)?)
    }

    async fn record_update(
        &mut self,
        platform: Platform,
        id: &str,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        Ok(links::record_update(self.c(), platform, id, now)?)
    }

    async fn draft(&mut self, person: PersonId) -> Result<Option<Draft>> {
        Ok(drafts::get(self.c(), &self.cipher, &self.faults, person)?)
    }

    async fn save_draft(&mut self, draft: &Draft) -> Result<()> {
        Ok(drafts::save(self.c(), &self.cipher, draft)?)
    }

    async fn delete_draft(&mut self, person: PersonId) -> Result<()> {
        Ok(drafts::delete(self.c(), person)?)
    }

    async fn drafts_idle_since(&mut self, before: DateTime<Utc>) -> Result<Vec<Draft>> {
        Ok(drafts::idle_since(
            self.c(),
            &self.cipher,
            &self.faults,
            before,
        )?)
    }

    async fn mark_draft_reminded(&mut self, person: PersonId) -> Result<()> {
        Ok(drafts::mark_reminded(self.c(), person)?)
    }

    async fn enqueue(&mut self, out: &Outgoing, now: DateTime<Utc>) -> Result<bool> {
        Ok(outbox::enqueue(self.c(), &self.cipher, out, now)?)
    }

    async fn resolves(&mut self, to: &Recipient) -> Result<bool> {
        Ok(outbox::resolves(self.c(), to)?)
    }

    async fn enqueue_menu(&mut self, job: &MenuJob, now: DateTime<Utc>) -> Result<bool> {
        Ok(menus::enqueue(self.c(), job, now)?)
    }

    async fn enqueue_removal(
        &mut self,
        platform: Platform,
        address: Address,
        message_id: &str,
        at: DateTime<Utc>,
        report_to: Option<PersonId>,
    ) -> Result<()> {
        Ok(outbox::enqueue_removal(
            self.c(),
            platform,
            &address,
            message_id,
            at,
            report_to,
        )?)
    }

    async fn due_except(
        &mut self,
        platform: Platform,
        now: DateTime<Utc>,
        take: (u32, u32),
        known: &HashSet<i64>,
    ) -> Result<DueRows> {
        let (c, cipher, faults) = (self.c(), &self.cipher, &self.faults);
        Ok(outbox::due(
            c,
            cipher,
            faults,
            (platform, now),
            take,
            known,
        )?)
    }

    async fn recent_sends(
        &mut self,
        platform: Platform,
        since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Vec<RecentSend>> {
        Ok(claims::recent(self.c(), platform, since, now)?)
    }

    async fn claim(&mut self, ids: &[i64], by: &str, now: DateTime<Utc>) -> Result<Vec<i64>> {
        Ok(claims::claim(self.c(), ids, by, now)?)
    }

    async fn recover_claims(
        &mut self,
        platform: Platform,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<Recovered> {
        Ok(claims::recover(self.c(), platform, by, now)?)
    }

    async fn settle(&mut self, id: i64, fate: &Fate, now: DateTime<Utc>) -> Result<()> {
        Ok(outbox::settle(self.c(), id, fate, now)?)
    }

    async fn retry_at(&mut self, id: i64, at: DateTime<Utc>, error: &str) -> Result<()> {
        Ok(outbox::retry_at(self.c(), id, at, error)?)
    }

    async fn pending_count(&mut self) -> Result<u64> {
        Ok(outbox::pending_count(self.c())?)
    }

    async fn tag_summary(&mut self, tag: &Tag) -> Result<TagSummary> {
        Ok(outbox::tag_summary(self.c(), &tag.to_string())?)
    }

    async fn tag_failures(
        &mut self,
        tag: &Tag,
    ) -> Result<Vec<(Option<PersonId>, Option<FailureReason>)>> {
        Ok(outbox::tag_failures(self.c(), &tag.to_string())?)
    }

    async fn unreachable(&mut self, person: PersonId) -> Result<bool> {
        Ok(outbox::unreachable(self.c(), person)?)
    }

    async fn cancel_tag(&mut self, tag: &Tag, now: DateTime<Utc>) -> Result<u64> {
        Ok(outbox::cancel_tag(self.c(), &tag.to_string(), now)?)
    }

    async fn audit(
        &mut self,
        school: SchoolId,
        actor: Option<PersonId>,
        action: AuditAction,
        subject: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (c, cipher) = self.parts();
        Ok(relations::audit(
            c, cipher, school, actor, action, subject, now,
        )?)
    }

    async fn audit_trail(&mut self, school: SchoolId, subject: &str) -> Result<Vec<AuditRecord>> {
        let (c, cipher) = self.parts();
        Ok(relations::trail(c, cipher, school, subject)?)
    }
}
