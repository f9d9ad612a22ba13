//! The SQLite engine, Haven's embedded default store.
//!
//! Opening a database creates it if missing, applies the pragmas (WAL journal, synchronous
//! NORMAL, foreign keys, a 5 s busy timeout), runs the embedded migrations from
//! `migrations/sqlite/` and checks that the configured key is the one the database's sealed
//! columns were written with.
//!
//! Transactions are serialised inside the process: [`SqliteStore`] holds one async mutex, and a
//! transaction holds its guard until it is committed or dropped. SQLite allows one writer at a
//! time anyway; taking turns up front avoids `SQLITE_BUSY` when a read transaction upgrades to
//! a write.
//!
//! The queries use portable SQL (`$n` parameters, `RETURNING`, `ON CONFLICT … DO UPDATE`) so that
//! a PostgreSQL engine can follow with few changes. Nothing outside `crate::store` writes SQL.

mod aup;
mod broadcast;
mod claims;
mod codec;
mod concern;
mod concern_rows;
mod drafts;
mod links;
mod outbox;
mod people;
mod streams;
mod tx;

#[cfg(test)]
mod tests;

use crate::core::store::{Store, Tx};
use crate::crypto::{Cipher, Key};
use crate::store::OpenError;
use anyhow::{Context, Result};
use async_trait::async_trait;
use sqlx::migrate::Migrator;
use sqlx::sqlite::{
    SqliteConnectOptions, SqliteConnection, SqliteJournalMode, SqlitePool, SqlitePoolOptions,
    SqliteSynchronous,
};
use std::str::FromStr;
use std::sync::{Arc, PoisonError, RwLock};
use std::time::Duration;
use tokio::sync::Mutex;

/// Every sealed column, as (table, integer id column, sealed BLOB column). Key rotation
/// re-seals exactly these; a feature that adds a sealed column must add it here.
pub const ENCRYPTED_COLUMNS: &[(&str, &str, &str)] = &[
    ("drafts", "person_id", "state_sealed"),
    ("outbox", "id", "body_sealed"),
    ("concerns", "id", "details_sealed"),
    ("concern_entries", "id", "body_sealed"),
    ("streams", "id", "link_sealed"),
    ("streams", "id", "meeting_id_sealed"),
    ("streams", "id", "passcode_sealed"),
];

static MIGRATOR: Migrator = sqlx::migrate!("migrations/sqlite");

/// `meta.school_id` of settings that hold for the whole database.
const DATABASE_WIDE: i64 = 0;
/// `meta.name` of the fingerprint of the key the sealed columns are written with.
const KEY_FINGERPRINT: &str = "key_fingerprint";

/// A Haven database in one SQLite file.
///
/// Transactions take turns: a task holding a [`Tx`] must not begin another one (it would wait
/// for itself), and should not hold one across slow work such as a platform call.
pub struct SqliteStore {
    pool: SqlitePool,
    turn: Arc<Mutex<()>>,
    cipher: RwLock<Arc<Cipher>>,
}

impl SqliteStore {
    /// Opens (creating if missing) the database at `path`; `:memory:` gives a private
    /// in-memory database. Fails if the database was sealed with a key `cipher` does not hold.
    /// If it was sealed with one of the cipher's old keys, finishes the rotation: everything is
    /// re-sealed with the current key.
    pub async fn open(path: &str, cipher: Cipher) -> Result<SqliteStore> {
        let pool = connect(path)
            .await
            .with_context(|| format!("opening SQLite database {path}"))?;
        MIGRATOR
            .run(&pool)
            .await
            .context("running the SQLite migrations")?;
        let store = SqliteStore {
            pool,
            turn: Arc::new(Mutex::new(())),
            cipher: RwLock::new(Arc::new(cipher)),
        };
        store.check_key().await?;
        Ok(store)
    }

    /// Re-seals every sealed column with `new` and records its fingerprint, in one
    /// transaction. Afterwards the store seals with `new`.
    pub async fn rotate_key(&self, new: Key) -> Result<()> {
        let _turn = self.turn.lock().await;
        let rotated = self.cipher().rotated(new);
        let mut tx = self.pool.begin().await?;
        reseal_all(&mut tx, &rotated).await?;
        set_fingerprint(&mut tx, &rotated.fingerprint()).await?;
        tx.commit().await?;
        tracing::info!(key = %rotated.fingerprint(), "database re-sealed with a new key");
        *self.cipher.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(rotated);
        Ok(())
    }

    /// Closes the connections (checkpointing the WAL); later transactions fail.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    fn cipher(&self) -> Arc<Cipher> {
        self.cipher
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    async fn check_key(&self) -> Result<()> {
        let _turn = self.turn.lock().await;
        let cipher = self.cipher();
        let mut tx = self.pool.begin().await?;
        let stored: Option<String> =
            sqlx::query_scalar("SELECT value FROM meta WHERE school_id = $1 AND name = $2")
                .bind(DATABASE_WIDE)
                .bind(KEY_FINGERPRINT)
                .fetch_optional(&mut *tx)
                .await?;
        match stored {
            Some(fp) if fp == cipher.fingerprint() => return Ok(()),
            None => {}
            Some(fp) if cipher.knows(&fp) => {
                reseal_all(&mut tx, &cipher).await?;
                tracing::info!(from = %fp, to = %cipher.fingerprint(), "finished key rotation");
            }
            Some(fp) => return Err(OpenError::WrongKey { stored: fp }.into()),
        }
        set_fingerprint(&mut tx, &cipher.fingerprint()).await?;
        tx.commit().await?;
        Ok(())
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn begin(&self) -> Result<Box<dyn Tx>> {
        let turn = self.turn.clone().lock_owned().await;
        let tx = self.pool.begin().await?;
        Ok(Box::new(tx::SqliteTx::new(tx, self.cipher(), turn)))
    }
}

async fn connect(path: &str) -> Result<SqlitePool> {
    let memory = path == ":memory:";
    let opts = if memory {
        SqliteConnectOptions::from_str("sqlite::memory:")?
    } else {
        SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
    };
    let opts = opts
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        .foreign_keys(true)
        .busy_timeout(Duration::from_secs(5));
    let pool = if memory {
        // One connection that never closes: each connection would see its own empty database.
        SqlitePoolOptions::new()
            .max_connections(1)
            .min_connections(1)
            .idle_timeout(None)
            .max_lifetime(None)
    } else {
        SqlitePoolOptions::new().max_connections(4)
    };
    Ok(pool.connect_with(opts).await?)
}

async fn set_fingerprint(c: &mut SqliteConnection, fingerprint: &str) -> Result<()> {
    sqlx::query(
        "INSERT INTO meta (school_id, name, value) VALUES ($1, $2, $3) \
         ON CONFLICT (school_id, name) DO UPDATE SET value = excluded.value",
    )
    .bind(DATABASE_WIDE)
    .bind(KEY_FINGERPRINT)
    .bind(fingerprint)
    .execute(c)
    .await?;
    Ok(())
}

/// Opens every sealed value with any key `cipher` holds and seals it again with its current key.
async fn reseal_all(c: &mut SqliteConnection, cipher: &Cipher) -> Result<()> {
    for (table, id, column) in ENCRYPTED_COLUMNS {
        let rows: Vec<(i64, Vec<u8>)> = sqlx::query_as(&format!(
            "SELECT {id}, {column} FROM {table} WHERE {column} IS NOT NULL"
        ))
        .fetch_all(&mut *c)
        .await?;
        for (key, sealed) in rows {
            let plain = cipher
                .decrypt(&sealed)
                .with_context(|| format!("opening {table}.{column} of {id} {key}"))?;
            sqlx::query(&format!("UPDATE {table} SET {column} = $1 WHERE {id} = $2"))
                .bind(cipher.encrypt(&plain))
                .bind(key)
                .execute(&mut *c)
                .await?;
        }
    }
    Ok(())
}
