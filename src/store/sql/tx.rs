//! One transaction (SQLite or PostgreSQL) behind the core's [`Tx`] port. Each method hands
//! over to the module that owns its tables.

use super::menus;
use super::quarantine::{record_all, Fault, Faults};
use super::sql::Conn;
use super::{claims, drafts, links, outbox, people, relations};
use crate::core::audit::AuditAction;
use crate::core::aup::store::AupTx;
use crate::core::broadcast::store::BroadcastTx;
use crate::core::concern::store::ConcernTx;
use crate::core::ids::{Account, PersonId, Platform, SchoolId};
use crate::core::lease::LeaseTx;
use crate::core::linking::store::LinkingTx;
use crate::core::message::{Outgoing, Recipient};
use crate::core::people::{Lang, Person, Role};
use crate::core::roles::store::RolesTx;
use crate::core::routes::RoutesTx;
use crate::core::store::{
    Address, AuditRecord, Claim, CodeLookup, Draft, DueRows, FailureReason, Fate, ImportSummary,
    Kind, MenuJob, PersonRecord, RecentSend, Recovered, Result, TagSummary, Tx,
};
use crate::core::streams::store::StreamsTx;
use crate::core::tag::Tag;
use crate::core::upkeep::store::UpkeepTx;
use crate::crypto::Cipher;
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::PgPool;
use std::collections::HashSet;
use std::sync::{Arc, PoisonError};
use tokio::sync::OwnedMutexGuard;

/// What a transaction holds: the SQLite store's one connection (its guard), or a PostgreSQL
/// transaction of its own.
enum Holder {
    Sqlite(OwnedMutexGuard<Conn>),
    Postgres { conn: Conn, orphans: Orphans },
}

/// Rows set aside by PostgreSQL transactions that were rolled back: the store's next
/// transaction records them again first.
pub(super) type Orphans = Arc<std::sync::Mutex<Vec<Fault>>>;

/// An open transaction. Dropped without `commit`, it rolls back: on SQLite before the
/// connection passes on, on PostgreSQL at once on the runtime (releasing the writer lock).
pub(super) struct SqlTx {
    conn: Holder,
    cipher: Arc<Cipher>,
    open: bool,
    /// Rows set aside in this transaction, recorded again if it is rolled back.
    faults: Faults,
}

/// The advisory lock every PostgreSQL transaction takes at begin (see the module docs of
/// `store::sql`): one writer at a time, as on SQLite.
const WRITER_LOCK: i64 = 0x4861_7665_6e00; // "Haven\0"

impl SqlTx {
    /// Begins a transaction on the SQLite connection. One left open by a task that was
    /// cancelled mid-way is rolled back first, so no half-done turn is ever committed by the next.
    pub(super) fn begin(conn: OwnedMutexGuard<Conn>, cipher: Arc<Cipher>) -> anyhow::Result<SqlTx> {
        {
            let c = conn
                .sqlite()
                .ok_or_else(|| anyhow::anyhow!("not a SQLite connection"))?;
            if !c.is_autocommit() {
                c.prepare_cached("ROLLBACK")?.execute([])?;
            }
            c.prepare_cached("BEGIN IMMEDIATE")?.execute([])?;
        }
        Ok(SqlTx {
            conn: Holder::Sqlite(conn),
            cipher,
            open: true,
            faults: Faults::default(),
        })
    }

    /// Begins a PostgreSQL transaction from `pool`, taking the writer's advisory lock: it is
    /// held until the transaction ends, so transactions run one at a time as on SQLite.
    /// What rolled-back transactions set aside (`orphans`) is recorded again first.
    pub(super) async fn begin_postgres(
        pool: &PgPool,
        orphans: &Orphans,
        cipher: Arc<Cipher>,
    ) -> anyhow::Result<SqlTx> {
        let mut tx = pool.begin().await?;
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(WRITER_LOCK)
            .execute(&mut *tx)
            .await?;
        let tx = SqlTx {
            conn: Holder::Postgres {
                conn: Conn::Postgres(tokio::sync::Mutex::new(Some(tx))),
                orphans: orphans.clone(),
            },
            cipher,
            open: true,
            faults: Faults::default(),
        };
        let left = std::mem::take(&mut *orphans.lock().unwrap_or_else(PoisonError::into_inner));
        for fault in left {
            tx.faults.set_aside(tx.c(), fault).await?;
        }
        Ok(tx)
    }

    /// The connection, for the feature modules that implement their own storage traits.
    pub(super) fn c(&self) -> &Conn {
        match &self.conn {
            Holder::Sqlite(c) => c,
            Holder::Postgres { conn, .. } => conn,
        }
    }

    /// The connection and the cipher, for the modules that implement a feature's store trait.
    pub(super) fn parts(&self) -> (&Conn, &Cipher) {
        (self.c(), &self.cipher)
    }

    /// The rows this transaction set aside.
    pub(super) fn faults(&self) -> &Faults {
        &self.faults
    }

    /// Commits. If the commit fails, the transaction is rolled back.
    pub(super) async fn commit_now(mut self) -> anyhow::Result<()> {
        self.open = false;
        let result = match &self.conn {
            Holder::Sqlite(conn) => {
                let c = conn
                    .sqlite()
                    .ok_or_else(|| anyhow::anyhow!("not a SQLite connection"))?;
                let done = c.prepare_cached("COMMIT").and_then(|mut s| s.execute([]));
                if done.is_err() && !c.is_autocommit() {
                    let _ = c.execute_batch("ROLLBACK");
                }
                done.map(|_| ()).map_err(anyhow::Error::from)
            }
            Holder::Postgres {
                conn: Conn::Postgres(tx),
                ..
            } => match tx.lock().await.take() {
                Some(tx) => tx.commit().await.map_err(anyhow::Error::from),
                None => Ok(()),
            },
            Holder::Postgres { .. } => Ok(()),
        };
        if result.is_err() {
            self.replay_faults();
        }
        result
    }

    /// Records again, outside the transaction, what it set aside before it was rolled back.
    /// On SQLite this runs at once on the same connection (its statements never wait); on
    /// PostgreSQL the store's next transaction does it first.
    fn replay_faults(&mut self) {
        let faults = self.faults.take();
        if faults.is_empty() {
            return;
        }
        match &self.conn {
            Holder::Sqlite(conn) => {
                let done = futures_util::FutureExt::now_or_never(record_all(conn, faults));
                if done.is_none() {
                    tracing::error!("could not record the rows set aside");
                }
            }
            Holder::Postgres { orphans, .. } => orphans
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .extend(faults),
        }
    }
}

impl Drop for SqlTx {
    fn drop(&mut self) {
        if !self.open {
            return;
        }
        if let Holder::Sqlite(conn) = &self.conn {
            if let Some(c) = conn.sqlite() {
                if c.is_autocommit() {
                    return;
                }
                if let Err(e) = c.execute_batch("ROLLBACK") {
                    tracing::error!(error = %e, "could not roll back an abandoned transaction");
                }
            }
        }
        if let Holder::Postgres {
            conn: Conn::Postgres(tx),
            ..
        } = &mut self.conn
        {
            // sqlx would only send the rollback when the pooled connection is next used, and
            // until then the transaction keeps the writer lock every other transaction waits
            // for: roll back now, on the runtime.
            if let (Some(tx), Ok(rt)) = (tx.get_mut().take(), tokio::runtime::Handle::try_current())
            {
                rt.spawn(async move {
                    if let Err(e) = tx.rollback().await {
                        tracing::error!(error = %e, "could not roll back an abandoned transaction");
                    }
                });
            }
        }
        self.replay_faults();
    }
}

#[async_trait]
impl Tx for SqlTx {
    fn concerns(&mut self) -> &mut dyn ConcernTx {
        self
    }

    fn transfers(&mut self) -> &mut dyn crate::core::concern::transfer_store::TransferTx {
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

    fn leases(&mut self) -> &mut dyn LeaseTx {
        self
    }

    fn schools(&mut self) -> &mut dyn crate::core::schools::SchoolsTx {
        self
    }

    fn desk(&mut self) -> &mut dyn crate::core::desk::store::DeskTx {
        self
    }

    async fn commit(self: Box<Self>) -> Result<()> {
        Ok((*self).commit_now().await?)
    }

    async fn person(&mut self, id: PersonId) -> Result<Option<Person>> {
        Ok(people::person(self.c(), id).await?)
    }

    async fn person_by_account(&mut self, account: &Account) -> Result<Option<Person>> {
        Ok(people::by_account(self.c(), account).await?)
    }

    async fn person_by_account_in(
        &mut self,
        school: SchoolId,
        account: &Account,
    ) -> Result<Option<Person>> {
        Ok(people::by_account_in(self.c(), school, account).await?)
    }

    async fn person_by_external_id(
        &mut self,
        school: SchoolId,
        ext: &str,
    ) -> Result<Option<Person>> {
        Ok(people::by_external_id(self.c(), school, ext).await?)
    }

    async fn people_with_roles(&mut self, school: SchoolId, roles: &[Role]) -> Result<Vec<Person>> {
        Ok(people::with_roles(self.c(), school, roles).await?)
    }

    async fn people(&mut self, school: SchoolId) -> Result<Vec<Person>> {
        Ok(people::active(self.c(), school).await?)
    }

    async fn import_people(
        &mut self,
        school: SchoolId,
        kind: Kind,
        records: &[PersonRecord],
        now: DateTime<Utc>,
    ) -> Result<ImportSummary> {
        Ok(people::import(self.c(), school, kind, records, now).await?)
    }

    async fn set_lang(&mut self, person: PersonId, lang: Lang) -> Result<()> {
        Ok(people::set_lang(self.c(), person, lang).await?)
    }

    async fn accounts_of(&mut self, person: PersonId) -> Result<Vec<Account>> {
        Ok(links::accounts_of(self.c(), person).await?)
    }

    async fn link_account(
        &mut self,
        person: PersonId,
        account: &Account,
        now: DateTime<Utc>,
    ) -> Result<()> {
        Ok(links::link(self.c(), person, account, now).await?)
    }

    async fn unlink_account(&mut self, school: SchoolId, account: &Account) -> Result<bool> {
        Ok(links::unlink(self.c(), school, account).await?)
    }

    async fn store_link_code(
        &mut self,
        person: PersonId,
        code_hash: &str,
        expires: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        Ok(links::store_code(self.c(), person, code_hash, expires, now).await?)
    }

    async fn lookup_link_code(
        &mut self,
        code_hash: &str,
        now: DateTime<Utc>,
    ) -> Result<CodeLookup> {
        Ok(links::lookup_code(self.c(), code_hash, now).await?)
    }

    async fn use_link_code(
        &mut self,
        code_hash: &str,
        account: &Account,
        now: DateTime<Utc>,
    ) -> Result<()> {
        Ok(links::use_code(self.c(), code_hash, account, now).await?)
    }

    async fn record_failed_link(&mut self, account: &Account, now: DateTime<Utc>) -> Result<()> {
        Ok(links::record_failure(self.c(), account, now).await?)
    }

    async fn failed_links_since(&mut self, account: &Account, since: DateTime<Utc>) -> Result<u32> {
        Ok(links::failures_since(self.c(), account, since).await?)
    }

    async fn record_update(
        &mut self,
        platform: Platform,
        id: &str,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        Ok(links::record_update(self.c(), platform, id, now).await?)
    }

    async fn draft(&mut self, person: PersonId) -> Result<Option<Draft>> {
        Ok(drafts::get(self.c(), &self.cipher, &self.faults, person).await?)
    }

    async fn save_draft(&mut self, draft: &Draft) -> Result<()> {
        Ok(drafts::save(self.c(), &self.cipher, draft).await?)
    }

    async fn delete_draft(&mut self, person: PersonId) -> Result<()> {
        Ok(drafts::delete(self.c(), person).await?)
    }

    async fn drafts_idle_since(
        &mut self,
        school: SchoolId,
        before: DateTime<Utc>,
    ) -> Result<Vec<Draft>> {
        let faults = &self.faults;
        Ok(drafts::idle_since(self.c(), &self.cipher, faults, school, before).await?)
    }

    async fn mark_draft_reminded(&mut self, person: PersonId) -> Result<()> {
        Ok(drafts::mark_reminded(self.c(), person).await?)
    }

    async fn enqueue(&mut self, out: &Outgoing, now: DateTime<Utc>) -> Result<bool> {
        Ok(outbox::enqueue(self.c(), &self.cipher, out, now).await?)
    }

    async fn resolves(&mut self, to: &Recipient) -> Result<bool> {
        Ok(outbox::resolves(self.c(), to).await?)
    }

    async fn enqueue_menu(&mut self, job: &MenuJob, now: DateTime<Utc>) -> Result<bool> {
        Ok(menus::enqueue(self.c(), job, now).await?)
    }

    async fn enqueue_removal(
        &mut self,
        platform: Platform,
        address: Address,
        message_id: &str,
        at: DateTime<Utc>,
        report_to: Option<PersonId>,
    ) -> Result<()> {
        Ok(
            outbox::enqueue_removal(self.c(), platform, &address, message_id, at, report_to)
                .await?,
        )
    }

    async fn due_except(
        &mut self,
        platform: Platform,
        now: DateTime<Utc>,
        take: (u32, u32),
        known: &HashSet<i64>,
    ) -> Result<DueRows> {
        let (c, cipher, faults) = (self.c(), &self.cipher, &self.faults);
        Ok(outbox::due(c, cipher, faults, (platform, now), take, known).await?)
    }

    async fn recent_sends(
        &mut self,
        platform: Platform,
        since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<Vec<RecentSend>> {
        Ok(claims::recent(self.c(), platform, since, now).await?)
    }

    async fn claim(&mut self, ids: &[i64], by: &str, now: DateTime<Utc>) -> Result<Vec<Claim>> {
        Ok(claims::claim(self.c(), ids, by, now).await?)
    }

    async fn recover_claims(
        &mut self,
        platform: Platform,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<Recovered> {
        Ok(claims::recover(self.c(), platform, by, now).await?)
    }

    async fn recover_own_claims(
        &mut self,
        platform: Platform,
        by: &str,
        now: DateTime<Utc>,
    ) -> Result<Recovered> {
        Ok(claims::recover_own(self.c(), platform, by, now).await?)
    }

    async fn settle(&mut self, id: i64, fate: &Fate, now: DateTime<Utc>) -> Result<()> {
        Ok(outbox::settle(self.c(), id, fate, now).await?)
    }

    async fn retry_at(&mut self, id: i64, at: DateTime<Utc>, error: &str) -> Result<()> {
        Ok(outbox::retry_at(self.c(), id, at, error).await?)
    }

    async fn settle_claimed(
        &mut self,
        claim: &Claim,
        fate: &Fate,
        now: DateTime<Utc>,
    ) -> Result<bool> {
        Ok(outbox::settle_if(self.c(), claim.id, fate, now, Some(claim)).await?)
    }

    async fn retry_claimed(
        &mut self,
        claim: &Claim,
        at: DateTime<Utc>,
        error: &str,
    ) -> Result<bool> {
        Ok(outbox::retry_if(self.c(), claim.id, at, error, Some(claim)).await?)
    }

    async fn pending_count(&mut self) -> Result<u64> {
        Ok(outbox::pending_count(self.c()).await?)
    }

    async fn tag_summary(&mut self, tag: &Tag) -> Result<TagSummary> {
        Ok(outbox::tag_summary(self.c(), &tag.to_string()).await?)
    }

    async fn tag_failures(
        &mut self,
        tag: &Tag,
    ) -> Result<Vec<(Option<PersonId>, Option<FailureReason>)>> {
        Ok(outbox::tag_failures(self.c(), &tag.to_string()).await?)
    }

    async fn unreachable(&mut self, person: PersonId) -> Result<bool> {
        Ok(outbox::unreachable(self.c(), person).await?)
    }

    async fn cancel_tag(&mut self, tag: &Tag, now: DateTime<Utc>) -> Result<u64> {
        Ok(outbox::cancel_tag(self.c(), &tag.to_string(), now).await?)
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
        Ok(relations::audit(c, cipher, school, actor, action, subject, now).await?)
    }

    async fn audit_trail(&mut self, school: SchoolId, subject: &str) -> Result<Vec<AuditRecord>> {
        let (c, cipher) = self.parts();
        Ok(relations::trail(c, cipher, school, subject).await?)
    }
}
