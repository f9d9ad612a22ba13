//! The SQL engines: SQLite, Haven's embedded default store ([`SqliteStore`], this file), and
//! PostgreSQL ([`PgStore`], `postgres.rs`). Both run the same modules and the same portable SQL
//! (`$n` parameters, `RETURNING`, `ON CONFLICT … DO UPDATE`, booleans compared `= TRUE/FALSE`)
//! through `sql.rs`; only opening, locking and the integrity check are an engine's own. A module
//! never asks which engine it runs on, except the outbox claim (`FOR UPDATE SKIP LOCKED` on
//! PostgreSQL). PRAGMAs and the lock file stay here, in SQLite-only code.
//!
//! On SQLite, opening a database creates it if missing, applies the pragmas (WAL journal, synchronous
//! NORMAL, foreign keys), runs the embedded migrations from
//! `migrations/sqlite/` and checks that the configured key is the one the database's sealed
//! columns were written with. A database written before sealed values were bound to their place
//! has its values sealed again in place, once, when it is first opened (see `sealing.rs`).
//!
//! Statements run through `rusqlite` on the calling task's thread, over one connection the
//! store owns. SQLite is a library in this process, not a server: a statement takes
//! microseconds, far less than handing it to a worker thread and waking the task again, which
//! is what an asynchronous driver does for every statement. The schema is kept by `sqlx`'s
//! migrator over the embedded files, which records each applied migration with its checksum.
//!
//! Transactions are serialised inside the process: [`SqliteStore`] holds its connection behind
//! one async mutex, and a transaction holds the guard until it is committed or dropped. SQLite
//! allows one writer at a time anyway; each transaction begins `IMMEDIATE`, so another process
//! using the same file (an import run beside the bot) is waited for before a transaction starts,
//! never halfway through. That wait (up to 5 s, or as opened) is an async sleep between tries,
//! so the bot's other tasks keep running while a tool holds the file; after it the transaction
//! fails with [`StoreError::Busy`], which callers answer without writing.
//!
//! On PostgreSQL every transaction takes one advisory lock at begin, so transactions run one at
//! a time there too (see `postgres.rs`). Nothing outside `crate::store` writes SQL.

mod aup;
mod broadcast;
mod claims;
mod codec;
mod concern;
mod concern_rows;
mod desk;
mod doctor;
mod drafts;
mod keys;
mod leases;
mod linking;
mod links;
pub mod lock;
mod menus;
mod meta;
mod outbox;
mod people;
mod postgres;
mod quarantine;
mod relations;
mod roles;
mod routes;
mod schools;
mod sealing;
// `sql::sql` runs statements; it kept its name when the engine's folder became `sql`.
#[allow(clippy::module_inception)]
mod sql;
mod streams;
mod transfer;
mod tx;
mod upkeep;
mod values;

#[cfg(test)]
mod tests;

use crate::core::store::{Store, StoreError, Tx};
use crate::crypto::{Cipher, Key};

use anyhow::{anyhow, Context, Result};
use async_trait::async_trait;
use lock::{DbLock, LockMode};
use rusqlite::Connection;
use sql::{first, Conn};

pub use postgres::PgStore;
use sqlx::migrate::Migrator;
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use std::str::FromStr;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, PoisonError, RwLock};
use std::time::Duration;
use tokio::sync::Mutex;

pub use sealing::{SealedColumn, ENCRYPTED_COLUMNS};

static MIGRATOR: Migrator = sqlx::migrate!("migrations/sqlite");

/// How long a transaction waits for another process's write lock before failing, unless the
/// store is opened with another wait.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);
/// The first pause before trying again for a write lock another process holds; it doubles up
/// to [`MAX_BUSY_PAUSE`].
const FIRST_BUSY_PAUSE: Duration = Duration::from_millis(5);
const MAX_BUSY_PAUSE: Duration = Duration::from_millis(200);
/// Prepared statements kept per connection: every distinct statement Haven runs, with room.
const STATEMENT_CACHE: usize = 512;

/// A Haven database in one SQLite file.
///
/// Transactions take turns: a task holding a [`Tx`] must not begin another one (it would wait
/// for itself), and should not hold one across slow work such as a platform call.
pub struct SqliteStore {
    conn: Arc<Mutex<Conn>>,
    cipher: RwLock<Arc<Cipher>>,
    closed: AtomicBool,
    /// How long a transaction waits for another process's write lock.
    busy_timeout: Duration,
    /// The database's lock file, held until the store is closed (none in memory).
    lock: std::sync::Mutex<Option<DbLock>>,
    /// Set once the database turned out to be sealed with another key than the cipher's.
    key_changed: AtomicBool,
}

impl SqliteStore {
    /// Opens (creating if missing) the database at `path`; `:memory:` gives a private
    /// in-memory database. Fails if the database was sealed with a key `cipher` does not hold.
    /// If it was sealed with one of the cipher's old keys, finishes the rotation: everything is
    /// re-sealed with the current key.
    pub async fn open(path: &str, cipher: Cipher) -> Result<SqliteStore> {
        SqliteStore::open_waiting(path, cipher, BUSY_TIMEOUT).await
    }

    /// As [`SqliteStore::open`]; a transaction waits up to `busy_timeout` for another
    /// process's write lock before failing with [`StoreError::Busy`].
    pub async fn open_waiting(
        path: &str,
        cipher: Cipher,
        busy_timeout: Duration,
    ) -> Result<SqliteStore> {
        SqliteStore::open_locked(path, cipher, busy_timeout, LockMode::Shared).await
    }

    /// Opens the database alone, for a key rotation: refused with [`OpenError::InUse`] while
    /// any other process has it open with the key, and holding everyone else off until closed.
    pub async fn open_alone(path: &str, cipher: Cipher) -> Result<SqliteStore> {
        SqliteStore::open_locked(path, cipher, BUSY_TIMEOUT, LockMode::Exclusive).await
    }

    async fn open_locked(
        path: &str,
        cipher: Cipher,
        busy_timeout: Duration,
        mode: LockMode,
    ) -> Result<SqliteStore> {
        let place = Place::of(path);
        let lock = match &place {
            Place::File(file) => Some(DbLock::take(std::path::Path::new(file), mode)?),
            Place::Memory(_) => None,
        };
        let conn = connect(&place).with_context(|| format!("opening SQLite database {path}"))?;
        migrate(&place)
            .await
            .context("running the SQLite migrations")?;
        let store = SqliteStore {
            conn: Arc::new(Mutex::new(conn)),
            cipher: RwLock::new(Arc::new(cipher)),
            closed: AtomicBool::new(false),
            busy_timeout,
            lock: std::sync::Mutex::new(lock),
            key_changed: AtomicBool::new(false),
        };
        store.check_key().await?;
        store.seal_relations().await?;
        Ok(store)
    }

    /// Opens the database for the office's directory tools, with the directory key and no
    /// safeguarding key: nothing sealed can be opened or written. The directory key's
    /// fingerprint is recorded on first use; a different one is refused afterwards.
    pub async fn open_directory(path: &str, directory: &Key) -> Result<SqliteStore> {
        let place = Place::of(path);
        let conn = connect(&place).with_context(|| format!("opening SQLite database {path}"))?;
        migrate(&place)
            .await
            .context("running the SQLite migrations")?;
        let store = SqliteStore {
            conn: Arc::new(Mutex::new(conn)),
            cipher: RwLock::new(Arc::new(Cipher::sealed_off())),
            closed: AtomicBool::new(false),
            busy_timeout: BUSY_TIMEOUT,
            lock: std::sync::Mutex::new(None),
            key_changed: AtomicBool::new(false),
        };
        meta::check_directory(store.begin_tx().await?, directory).await?;
        Ok(store)
    }

    /// Re-seals every sealed column with `new` and records its fingerprint, in one
    /// transaction. Afterwards the store seals with `new`.
    pub async fn rotate_key(&self, new: Key) -> Result<()> {
        let rotated = self.cipher().rotated(new);
        meta::rotate(self.begin_unchecked().await?, &rotated).await?;
        *self.cipher.write().unwrap_or_else(PoisonError::into_inner) = Arc::new(rotated);
        Ok(())
    }

    /// Waits for the transaction in progress, checkpoints the write-ahead log into the
    /// database file, refuses later transactions and lets go of the lock file.
    pub async fn close(&self) {
        let conn = self.conn.lock().await;
        if !self.closed.swap(true, Ordering::SeqCst) {
            let checkpoint = conn
                .sqlite()
                .map(|c| c.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)"));
            if let Some(Err(e)) = checkpoint {
                tracing::warn!(error = %e, "could not checkpoint the SQLite write-ahead log");
            }
        }
        self.lock
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
    }

    pub(super) fn cipher(&self) -> Arc<Cipher> {
        self.cipher
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Begins a transaction once the write lock is free (see [`SqliteStore::begin_unchecked`]),
    /// and refuses it with [`KeyChanged`] if the database is no longer sealed with the cipher's
    /// key (a rotation that did not wait for this process): nothing is ever sealed with a key
    /// the database has left.
    async fn begin_tx(&self) -> Result<tx::SqlTx> {
        let tx = self.begin_unchecked().await?;
        meta::refuse_changed_key(tx, &self.cipher(), &self.key_changed).await
    }

    /// Begins a transaction once the write lock is free. While another process holds it, the
    /// task sleeps and tries again (up to the store's busy timeout) instead of SQLite's busy
    /// handler blocking the thread every other task runs on; then it fails with [`StoreError::Busy`].
    async fn begin_unchecked(&self) -> Result<tx::SqlTx> {
        let deadline = tokio::time::Instant::now() + self.busy_timeout;
        let mut pause = FIRST_BUSY_PAUSE;
        loop {
            let conn = self.conn.clone().lock_owned().await;
            if self.closed.load(Ordering::SeqCst) {
                return Err(anyhow!("the database is closed"));
            }
            match tx::SqlTx::begin(conn, self.cipher()) {
                Err(e) if is_busy(&e) && tokio::time::Instant::now() < deadline => {
                    drop(e);
                    tokio::time::sleep(pause).await;
                    pause = (pause * 2).min(MAX_BUSY_PAUSE);
                }
                Err(e) if is_busy(&e) => return Err(e.context(StoreError::Busy)),
                other => return other,
            }
        }
    }

    /// Checks the key against the database's, then, in one transaction: seals every value of
    /// a database written before values were bound to their place in its place (once; a value
    /// that does not open is left for the quarantine and `haven doctor`), and finishes a key
    /// rotation if the database was sealed with one of the cipher's old keys.
    async fn check_key(&self) -> Result<()> {
        meta::check_key(self.begin_unchecked().await?, &self.cipher()).await
    }

    /// Seals the relationships older rows still hold plain (see `relations`), and checks that
    /// the migrations left every foreign key intact.
    async fn seal_relations(&self) -> Result<()> {
        let cipher = self.cipher();
        let tx = self.begin_unchecked().await?;
        let broken: Option<String> = sql::optional(
            tx.c(),
            "SELECT \"table\" FROM pragma_foreign_key_check LIMIT 1",
            &[],
            first,
        )
        .await?;
        if let Some(table) = broken {
            return Err(anyhow!(
                "the database has rows in {table} that refer to missing rows"
            ));
        }
        meta::seal_relations(tx, &cipher).await
    }

    /// Runs `f` on the connection between transactions, for tests that look at the tables.
    #[cfg(test)]
    pub(crate) async fn with_conn<T>(&self, f: impl AsyncFnOnce(&Conn) -> T) -> T {
        f(&*self.conn.lock().await).await
    }
}

#[async_trait]
impl Store for SqliteStore {
    async fn begin(&self) -> crate::core::store::Result<Box<dyn Tx>> {
        Ok(Box::new(self.begin_tx().await?))
    }
}

/// Where a database lives.
enum Place {
    File(String),
    /// A private in-memory database, named so that the migrator's connection reaches it.
    Memory(String),
}

impl Place {
    fn of(path: &str) -> Place {
        static NEXT: AtomicU64 = AtomicU64::new(1);
        if path == ":memory:" {
            let n = NEXT.fetch_add(1, Ordering::Relaxed);
            Place::Memory(format!("haven-memory-{}-{n}", std::process::id()))
        } else {
            Place::File(path.to_string())
        }
    }
}

/// The place of a stored value `e` says cannot be opened or read (never its content).
pub(crate) fn unreadable(e: &anyhow::Error) -> Option<String> {
    e.chain()
        .find_map(|c| c.downcast_ref::<quarantine::Unreadable>())
        .map(ToString::to_string)
}

/// True when SQLite refused because another connection holds the lock.
fn is_busy(e: &anyhow::Error) -> bool {
    e.downcast_ref::<rusqlite::Error>()
        .and_then(rusqlite::Error::sqlite_error_code)
        .is_some_and(|code| code == rusqlite::ErrorCode::DatabaseBusy)
}

/// Opens the store's connection, creating the file if missing, and applies the pragmas.
fn connect(place: &Place) -> Result<Conn> {
    let conn = match place {
        Place::File(path) => {
            lock::create_private(std::path::Path::new(path))?;
            Connection::open(path)?
        }
        Place::Memory(name) => Connection::open(format!("file:{name}?mode=memory&cache=shared"))?,
    };
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; \
         PRAGMA wal_autocheckpoint = 4000;",
    )?;
    // No busy handler: waiting for another process's lock is `begin_tx`'s job, asleep.
    // `BEGIN IMMEDIATE` takes the write lock up front, so in WAL mode nothing after it waits.
    conn.busy_timeout(Duration::ZERO)?;
    conn.set_prepared_statement_cache_capacity(STATEMENT_CACHE);
    Ok(Conn::from_sqlite(conn))
}

/// Applies the embedded migrations the database has not had yet, over a short-lived
/// connection of the migrator's own.
async fn migrate(place: &Place) -> Result<()> {
    let opts = match place {
        Place::File(path) => SqliteConnectOptions::new().filename(path),
        Place::Memory(name) => {
            SqliteConnectOptions::from_str(&format!("sqlite:file:{name}?mode=memory&cache=shared"))?
        }
    };
    let opts = opts
        .journal_mode(SqliteJournalMode::Wal)
        .synchronous(SqliteSynchronous::Normal)
        // Off while migrating, as SQLite's table rebuild procedure requires; checked after.
        .foreign_keys(false)
        .busy_timeout(BUSY_TIMEOUT);
    let pool = SqlitePoolOptions::new()
        .max_connections(1)
        .connect_with(opts)
        .await?;
    let ran = MIGRATOR.run(&pool).await;
    pool.close().await;
    Ok(ran?)
}
