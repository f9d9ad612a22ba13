//! The PostgreSQL engine: the same modules and SQL as SQLite, over a `sqlx` pool.
//!
//! Opening runs the migrations in `migrations/postgres/` (sqlx's migrator, which takes its own
//! advisory lock, so several instances may start together) and makes the same key checks as
//! SQLite (`meta.rs`). Each transaction is a `sqlx` transaction from the pool; dropped without
//! a commit, sqlx rolls it back.
//!
//! Concurrency: PostgreSQL runs READ COMMITTED with many writers, where the SQLite engine has
//! one writer at a time and the modules rely on it (concern numbering, the sweeps'
//! check-then-insert, drafts). So every transaction first takes a transaction-scoped advisory
//! lock (`pg_advisory_xact_lock`, see `tx.rs`): transactions run one at a time across every
//! instance on the database, as on SQLite. The outbox claim also locks its rows with
//! `FOR UPDATE SKIP LOCKED` (`claims.rs`), so it stays correct if that lock is later relaxed.
//!
//! There is no lock file: a key rotation through `store::rotate_key` is refused while any
//! instance is alive in the `instances` table ([`PgStore::instances_alive`]); an instance that
//! starts during a rotation refuses every transaction once it sees the database sealed with
//! another key ([`KeyChanged`]).
//!
//! [`KeyChanged`]: crate::store::KeyChanged

use super::leases::alive_since;
use super::sql::{self, first};
use super::tx::{Orphans, SqlTx};
use super::{doctor, keys, meta};
use crate::core::store::{Store, Tx};
use crate::crypto::{Cipher, Key};
use crate::store::{Checkup, KeyCount};
use anyhow::{Context, Result};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgPool, PgPoolOptions};
use std::str::FromStr;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, PoisonError, RwLock};

static MIGRATOR: Migrator = sqlx::migrate!("migrations/postgres");

/// Connections a store keeps: transactions take turns (the writer's lock), so a few suffice.
const CONNECTIONS: u32 = 4;
/// Connections kept aside for the heartbeat and the leases.
const LEASE_CONNECTIONS: u32 = 2;

/// A Haven database on a PostgreSQL server.
pub struct PgStore {
    pool: PgPool,
    /// Connections kept for the instance's heartbeat and leases (see
    /// [`Store::begin_leases`]), opened when first used.
    leases: PgPool,
    /// What rolled-back transactions set aside, for the next transaction to record.
    orphans: Orphans,
    cipher: RwLock<Arc<Cipher>>,
    /// Set once the database turned out to be sealed with another key than the cipher's.
    key_changed: AtomicBool,
}

impl PgStore {
    /// Connects to the database `url` names, runs the migrations and checks the key as
    /// [`super::SqliteStore::open`] does.
    pub async fn open(url: &str, cipher: Cipher) -> Result<PgStore> {
        let store = PgStore::connect(url, cipher).await?;
        let cipher = store.cipher();
        meta::check_key(store.begin_unchecked().await?, &cipher).await?;
        meta::seal_relations(store.begin_unchecked().await?, &cipher).await?;
        Ok(store)
    }

    /// Connects for the office's directory tools: the directory key only (see
    /// [`super::SqliteStore::open_directory`]).
    pub async fn open_directory(url: &str, directory: &Key) -> Result<PgStore> {
        let store = PgStore::connect(url, Cipher::sealed_off()).await?;
        meta::check_directory(store.begin_tx().await?, directory).await?;
        Ok(store)
    }

    async fn connect(url: &str, cipher: Cipher) -> Result<PgStore> {
        // The server's notices (such as "already exists, skipping" from the migrator) stay out
        // of Haven's log; warnings and errors still reach it.
        let options = PgConnectOptions::from_str(url)
            .context("reading the PostgreSQL URL")?
            .options([("client_min_messages", "warning")]);
        let pool = PgPoolOptions::new()
            .max_connections(CONNECTIONS)
            .connect_with(options.clone())
            .await
            .context("connecting to PostgreSQL")?;
        let leases = PgPoolOptions::new()
            .max_connections(LEASE_CONNECTIONS)
            .connect_lazy_with(options);
        MIGRATOR
            .run(&pool)
            .await
            .context("running the PostgreSQL migrations")?;
        Ok(PgStore {
            pool,
            leases,
            orphans: Orphans::default(),
            cipher: RwLock::new(Arc::new(cipher)),
            key_changed: AtomicBool::new(false),
        })
    }

    /// How many Haven instances on the database `url` names are alive at `now`: heartbeaten
    /// within `core::lease::DEAD_AFTER` and not stopped. Reads no sealed value.
    pub async fn instances_alive(url: &str, now: DateTime<Utc>) -> Result<u64> {
        let store = PgStore::connect(url, Cipher::sealed_off()).await?;
        let tx = store.begin_unchecked().await?;
        let count: i64 = sql::one(
            tx.c(),
            "SELECT COUNT(*) FROM instances WHERE stopped_at IS NULL AND heartbeat_at >= $1",
            &[&alive_since(now)],
            first,
        )
        .await?;
        drop(tx);
        store.close().await;
        Ok(u64::try_from(count)?)
    }

    /// Re-seals every sealed column with `new` and records its fingerprint, in one
    /// transaction. Afterwards the store seals with `new`.
    pub async fn rotate_key(&self, new: Key) -> Result<()> {
        let rotated = self.cipher().rotated(new);
        meta::rotate(self.begin_unchecked().await?, &rotated).await?;
        *self.cipher.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(rotated);
        Ok(())
    }

    /// Re-seals every value still sealed with another key than the current one (see
    /// [`super::SqliteStore::finish_rotation`]).
    pub async fn finish_rotation(&self) -> Result<()> {
        keys::finish_rotation(self.begin_unchecked().await?, &self.cipher()).await
    }

    /// How many values each key seals, per sealed column.
    pub async fn key_census(&self) -> Result<Vec<KeyCount>> {
        let tx = self.begin_tx().await?;
        keys::census(tx.c()).await
    }

    /// Checks the database: its integrity is that the schema is at the latest migration this
    /// binary knows (PostgreSQL keeps its own pages sound; a full check is `amcheck`'s job,
    /// for the database's administrator), then the sealed values and the rows set aside.
    pub async fn doctor(&self) -> Result<Checkup> {
        let tx = self.begin_tx().await?;
        let latest = MIGRATOR.iter().map(|m| m.version).max().unwrap_or(0);
        let applied: Option<i64> = sql::one(
            tx.c(),
            "SELECT MAX(version) FROM _sqlx_migrations WHERE success",
            &[],
            first,
        )
        .await?;
        let integrity = match applied {
            Some(v) if v == latest => vec!["ok".to_string()],
            v => vec![format!(
                "the schema is at migration {}, this Haven expects {latest}",
                v.unwrap_or(0)
            )],
        };
        doctor::checkup(tx.c(), &self.cipher(), integrity).await
    }

    /// Closes the pool's connections.
    pub async fn close(&self) {
        self.pool.close().await;
        self.leases.close().await;
    }

    pub(super) fn cipher(&self) -> Arc<Cipher> {
        self.cipher
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Begins a transaction, refused with [`crate::store::KeyChanged`] if the database is no
    /// longer sealed with the cipher's key.
    pub(super) async fn begin_tx(&self) -> Result<SqlTx> {
        let tx = self.begin_unchecked().await?;
        meta::refuse_changed_key(tx, &self.cipher(), &self.key_changed).await
    }

    pub(super) async fn begin_unchecked(&self) -> Result<SqlTx> {
        SqlTx::begin_postgres(&self.pool, &self.orphans, self.cipher()).await
    }

    /// Runs `f` on a transaction of its own, committed after, for tests that look at the
    /// tables (as [`super::SqliteStore::with_conn`]).
    #[cfg(test)]
    pub(crate) async fn with_conn<T>(&self, f: impl AsyncFnOnce(&super::sql::Conn) -> T) -> T {
        let tx = self.begin_unchecked().await.expect("begin");
        let out = f(tx.c()).await;
        tx.commit_now().await.expect("commit");
        out
    }
}

#[async_trait]
impl Store for PgStore {
    async fn begin(&self) -> crate::core::store::Result<Box<dyn Tx>> {
        Ok(Box::new(self.begin_tx().await?))
    }

    async fn begin_leases(&self) -> crate::core::store::Result<Box<dyn Tx>> {
        let tx = SqlTx::begin_postgres(&self.leases, &self.orphans, self.cipher()).await?;
        Ok(Box::new(
            meta::refuse_changed_key(tx, &self.cipher(), &self.key_changed).await?,
        ))
    }
}
