//! Storage engines behind the core's [`Store`] port, chosen by URL scheme at start.
//!
//! SQL lives only under this module; the core sees domain types. Sealed (encrypted) columns go
//! through [`crate::crypto::Cipher`]. Engines:
//!
//! - `sqlite://path/to/haven.db`, `sqlite::memory:` or a bare path: [`sql::SqliteStore`],
//!   the embedded default;
//! - `postgres://…` or `postgresql://…`: [`sql::PgStore`], on a PostgreSQL server.
//!
//! Both engines run the same modules and SQL (`store/sql`); only opening, locking and the
//! integrity check differ.

pub mod copy;
pub mod sql;

use crate::core::fault::Error as CoreError;
use crate::core::store::{Store, StoreError};
use crate::crypto::{Cipher, Key};
use anyhow::Result;
use std::sync::Arc;
use std::time::Duration;

/// Why a store could not be opened, for callers that want to tell the operator.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    /// The sealed columns were written with a key the cipher does not hold.
    #[error(
        "this database was encrypted with another key (fingerprint {stored}); configure that \
         key, or list it in secrets.old_keys to rotate from it"
    )]
    WrongKey { stored: String },
    /// A rotation was asked for while another process (the bot) has the database open.
    #[error("Haven is running on this database; stop it first, then rotate the key")]
    InUse,
    /// A rotation was asked for while Haven instances on a PostgreSQL database are alive
    /// (heartbeaten within `core::lease::DEAD_AFTER`, not stopped).
    #[error(
        "{count} Haven instance(s) on this database heartbeated within the last {seconds} \
         seconds; stop every one, then rotate the key"
    )]
    InstancesAlive { count: u64, seconds: u64 },
    /// A key rotation holds the database.
    #[error("a key rotation is running on this database; start Haven again when it has finished")]
    Rotating,
    /// The office's tools were given another directory key than the one first used.
    #[error(
        "this database belongs to another directory key (fingerprint {stored}); use the \
         office's directory key"
    )]
    WrongDirectoryKey { stored: String },
    #[error("unknown database URL scheme {0:?} (expected sqlite://, postgres:// or a file path)")]
    UnknownScheme(String),
}

/// The database was re-sealed with another key (fingerprint `stored`) while this process had
/// it open: every later transaction is refused, so nothing is sealed with the old key.
#[derive(Debug, thiserror::Error)]
#[error(
    "the database is now encrypted with another key (fingerprint {stored}); restart Haven with it"
)]
pub struct KeyChanged {
    pub stored: String,
}

/// An engine's error at the storage port: the database being busy and a value that cannot be
/// read keep their meaning ([`StoreError::Busy`], [`StoreError::Unreadable`]); anything else
/// is an engine failure, its cause kept for the log.
impl From<anyhow::Error> for StoreError {
    fn from(e: anyhow::Error) -> StoreError {
        if is_busy(&e) {
            return StoreError::Busy;
        }
        if let Some(place) = sql::unreadable(&e) {
            return StoreError::Unreadable(place);
        }
        let e = match e.downcast::<StoreError>() {
            Ok(s) => return s,
            Err(e) => e,
        };
        match e.downcast::<KeyChanged>() {
            Ok(k) => StoreError::engine(k),
            Err(e) => StoreError::engine(e),
        }
    }
}

/// Errors an engine's code meets directly: engine failures at the port.
macro_rules! engine_failures {
    ($($t:ty),*) => {$(
        impl From<$t> for StoreError {
            fn from(e: $t) -> StoreError {
                StoreError::engine(e)
            }
        }
    )*};
}

engine_failures!(
    rusqlite::Error,
    sqlx::Error,
    serde_json::Error,
    std::num::TryFromIntError,
    chrono::ParseError
);

/// The [`KeyChanged`] an error carries, itself or as the storage port's engine failure.
pub fn key_changed(e: &anyhow::Error) -> Option<&KeyChanged> {
    fn engine(s: &StoreError) -> Option<&KeyChanged> {
        match s {
            StoreError::Engine(inner) => inner.downcast_ref(),
            _ => None,
        }
    }
    e.downcast_ref::<KeyChanged>()
        .or_else(|| e.downcast_ref::<StoreError>().and_then(engine))
        .or_else(|| match e.downcast_ref::<CoreError>() {
            Some(CoreError::Store(s)) => engine(s),
            _ => None,
        })
}

/// True when `e` says the database stayed busy, wherever in its chain: callers above the
/// core answer the sender without the outbox.
pub fn is_busy(e: &anyhow::Error) -> bool {
    let busy = |s: &StoreError| s.is_busy();
    e.downcast_ref::<StoreError>().is_some_and(busy)
        || e.downcast_ref::<CoreError>()
            .is_some_and(CoreError::is_busy)
        || e.chain().any(|c| {
            c.downcast_ref::<StoreError>()
                .is_some_and(StoreError::is_busy)
                || c.downcast_ref::<CoreError>()
                    .is_some_and(CoreError::is_busy)
        })
}

/// Which engine a database URL names, and what it passes to that engine.
#[derive(Debug, PartialEq, Eq)]
enum Engine<'a> {
    Sqlite(&'a str),
    /// A PostgreSQL URL, passed to the server as it is.
    Postgres(&'a str),
}

fn engine(url: &str) -> Result<Engine<'_>, OpenError> {
    if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        return Ok(Engine::Postgres(url));
    }
    if url == "sqlite::memory:" {
        return Ok(Engine::Sqlite(":memory:"));
    }
    if let Some(path) = url.strip_prefix("sqlite://") {
        return Ok(Engine::Sqlite(path));
    }
    if let Some(path) = url.strip_prefix("sqlite:") {
        return Ok(Engine::Sqlite(path));
    }
    match url.split_once("://") {
        Some((scheme, _)) => Err(OpenError::UnknownScheme(scheme.to_string())),
        None => Ok(Engine::Sqlite(url)),
    }
}

/// True when a URL names a PostgreSQL database.
pub fn is_postgres(url: &str) -> bool {
    matches!(engine(url), Ok(Engine::Postgres(_)))
}

/// The SQLite database at `path`, opened alone (refused with [`OpenError::InUse`] while another
/// process has it open), at the latest schema and with its key checked; held until closed.
pub async fn hold_alone(path: &std::path::Path, cipher: Cipher) -> Result<sql::SqliteStore> {
    let path = path
        .to_str()
        .ok_or_else(|| anyhow::anyhow!("the database path is not UTF-8"))?;
    sql::SqliteStore::open_alone(path, cipher).await
}

/// Creates an empty database named `<prefix>_<random>` on the PostgreSQL server `server` names
/// (through the database in that URL) and returns its URL; for tests and benchmarks, which
/// never write into the database a URL names itself.
pub async fn create_postgres_database(server: &str, prefix: &str) -> Result<String> {
    use sqlx::Connection;
    let name = format!("{prefix}_{}", hex::encode(rand::random::<[u8; 8]>()));
    let mut conn = sqlx::PgConnection::connect(server).await?;
    sqlx::query(&format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await?;
    let _ = conn.close().await;
    let mut url = url::Url::parse(server)?;
    url.set_path(&name);
    Ok(url.to_string())
}

/// The database file a URL names, if it names one on this computer.
pub fn database_file(url_or_path: &str) -> Option<std::path::PathBuf> {
    match engine(url_or_path) {
        Ok(Engine::Sqlite(path)) if path != ":memory:" => Some(path.into()),
        _ => None,
    }
}

/// Opens the store a URL or path names, running its migrations and checking its key.
pub async fn open(url_or_path: &str, cipher: Cipher) -> Result<Arc<dyn Store>> {
    open_waiting(url_or_path, cipher, sql::BUSY_TIMEOUT).await
}

/// As [`open`]; a transaction waits up to `busy_timeout` for the database to be free before
/// failing with [`StoreError::Busy`].
pub async fn open_waiting(
    url_or_path: &str,
    cipher: Cipher,
    busy_timeout: Duration,
) -> Result<Arc<dyn Store>> {
    match engine(url_or_path)? {
        Engine::Sqlite(path) => Ok(Arc::new(
            sql::SqliteStore::open_waiting(path, cipher, busy_timeout).await?,
        )),
        Engine::Postgres(url) => Ok(Arc::new(sql::PgStore::open(url, cipher).await?)),
    }
}

/// Opens the store for the office's directory tools: the directory key only, no safeguarding
/// key, so nothing sealed (concerns, drafts, case records, stream credentials) can be read.
pub async fn open_directory(url_or_path: &str, directory: &Key) -> Result<Arc<dyn Store>> {
    match engine(url_or_path)? {
        Engine::Sqlite(path) => Ok(Arc::new(
            sql::SqliteStore::open_directory(path, directory).await?,
        )),
        Engine::Postgres(url) => Ok(Arc::new(
            sql::PgStore::open_directory(url, directory).await?,
        )),
    }
}

/// Re-seals the database a URL names with `new`, alone: refused with [`OpenError::InUse`]
/// while another process has it open. The keys in `cipher` must open what is not yet sealed with
/// `new`. Safe to run again after an interruption: whatever is already sealed with `new` stays.
pub async fn rotate_key(url_or_path: &str, cipher: Cipher, new: Key) -> Result<()> {
    match engine(url_or_path)? {
        Engine::Sqlite(path) => {
            let store = sql::SqliteStore::open_alone(path, cipher.rotated(new)).await?;
            store.finish_rotation().await?;
            store.close().await;
            Ok(())
        }
        Engine::Postgres(url) => {
            // No lock file: the instances table says who runs. A killed instance counts as
            // running until it has missed its heartbeats for `DEAD_AFTER`.
            let count = sql::PgStore::instances_alive(url, chrono::Utc::now()).await?;
            if count > 0 {
                let seconds = crate::core::lease::DEAD_AFTER.as_secs();
                return Err(OpenError::InstancesAlive { count, seconds }.into());
            }
            let store = sql::PgStore::open(url, cipher.rotated(new)).await?;
            store.finish_rotation().await?;
            store.close().await;
            Ok(())
        }
    }
}

/// How many sealed values of one column each key seals.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyCount {
    pub table: &'static str,
    pub column: &'static str,
    /// The fingerprint of the key, or empty when the value's header names none.
    pub fingerprint: String,
    pub values: usize,
}

/// How many values each key seals in the database a URL names, per column.
pub async fn key_census(url_or_path: &str, cipher: Cipher) -> Result<Vec<KeyCount>> {
    match engine(url_or_path)? {
        Engine::Sqlite(path) => {
            let store = sql::SqliteStore::open(path, cipher).await?;
            let census = store.key_census().await;
            store.close().await;
            census
        }
        Engine::Postgres(url) => {
            let store = sql::PgStore::open(url, cipher).await?;
            let census = store.key_census().await;
            store.close().await;
            census
        }
    }
}

/// What `haven doctor` found. It names tables, columns and rows, never their content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkup {
    /// The engine's own integrity check: `["ok"]` when the file is sound.
    pub integrity: Vec<String>,
    /// Sealed values per column, and how many of them do not open with the key.
    pub sealed: Vec<SealedCount>,
    /// Every row set aside because it could not be read.
    pub set_aside: Vec<SetAsideRow>,
}

impl Checkup {
    /// True when nothing is wrong: the file is sound, every sealed value opens, no row is set aside.
    pub fn healthy(&self) -> bool {
        self.integrity == ["ok"]
            && self.sealed.iter().all(|s| s.failed == 0)
            && self.set_aside.is_empty()
    }
}

/// Sealed values of one column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SealedCount {
    pub table: &'static str,
    pub column: &'static str,
    pub values: usize,
    pub failed: usize,
}

/// A row set aside, as `haven doctor` lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SetAsideRow {
    pub reference: String,
    pub table: String,
    pub row: i64,
    pub column: String,
    pub what: String,
    pub at: String,
    pub reported: bool,
}

/// Checks the database a URL names (see [`Checkup`]).
pub async fn doctor(url_or_path: &str, cipher: Cipher) -> Result<Checkup> {
    match engine(url_or_path)? {
        Engine::Sqlite(path) => {
            let store = sql::SqliteStore::open(path, cipher).await?;
            let checkup = store.doctor().await;
            store.close().await;
            checkup
        }
        Engine::Postgres(url) => {
            let store = sql::PgStore::open(url, cipher).await?;
            let checkup = store.doctor().await;
            store.close().await;
            checkup
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_choose_the_engine() {
        assert_eq!(
            engine("sqlite://data/h.db").unwrap(),
            Engine::Sqlite("data/h.db")
        );
        assert_eq!(
            engine("sqlite:///var/h.db").unwrap(),
            Engine::Sqlite("/var/h.db")
        );
        assert_eq!(
            engine("sqlite::memory:").unwrap(),
            Engine::Sqlite(":memory:")
        );
        assert_eq!(engine("haven.db").unwrap(), Engine::Sqlite("haven.db"));
        assert_eq!(
            engine("postgres://h/db").unwrap(),
            Engine::Postgres("postgres://h/db")
        );
        assert_eq!(
            engine("postgresql://h/db").unwrap(),
            Engine::Postgres("postgresql://h/db")
        );
        assert!(matches!(engine("mysql://h/db"), Err(OpenError::UnknownScheme(s)) if s == "mysql"));
    }
}
