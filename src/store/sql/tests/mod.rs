//! Tests of the storage engines: one suite, run against SQLite (real database files in
//! temporary directories) and PostgreSQL (a fresh database per test on the server
//! `HAVEN_TEST_POSTGRES_URL` names; `scripts/test` starts a throwaway one). A test written once
//! as `async fn name(engine: Engine)` and listed in [`both_engines!`] runs as `name::sqlite` and
//! `name::postgres`. Tests that are about SQLite's file by nature (the lock file, opening a
//! file, upgrading older files, the bytes at rest) stay `#[tokio::test]` on SQLite alone.
//!
//! Without `HAVEN_TEST_POSTGRES_URL` the PostgreSQL variants print one line saying they did not
//! run and pass, unless `HAVEN_REQUIRE_POSTGRES=1` (CI), where they fail.

#[macro_use]
mod engines;

mod broadcast;
mod claims;
mod concern;
mod desk;
mod drafts;
mod keys;
mod leases;
mod links;
mod menus;
mod opening;
mod outbox;
mod people;
mod places;
mod quarantine;
mod rotation;
mod routes;
mod streams;
mod transfer;
mod upgrade;

use super::sql::Value;
use super::sql::{self, Args, Tuple};
use super::{PgStore, SqliteStore};
use crate::core::ids::{Account, PersonId, Platform, SchoolId};
use crate::core::people::{Lang, Role, Roles};
use crate::core::store::{Kind, PersonRecord, Store, Tx};
use crate::crypto::{Cipher, Key};
use chrono::{DateTime, Duration, TimeZone, Utc};
pub(super) use engines::Engine;
use tempfile::TempDir;

/// A store in a fresh temporary directory (SQLite) or a fresh database (PostgreSQL), with the
/// key it was opened with.
pub(super) struct Fixture {
    pub dir: TempDir,
    pub key: Key,
    pub store: AnyStore,
}

impl Fixture {
    /// A SQLite store, for the tests that are about SQLite's file.
    pub async fn new() -> Fixture {
        Fixture::on(Engine::Sqlite).await
    }

    /// A store on `engine`.
    pub async fn on(engine: Engine) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let key = Key::generate();
        let cipher = Cipher::new(key.clone());
        let store = match engine {
            Engine::Sqlite => {
                AnyStore::Sqlite(SqliteStore::open(&db_path(&dir), cipher).await.unwrap())
            }
            Engine::Postgres(url) => {
                AnyStore::Postgres(PgStore::open(&url, cipher).await.unwrap(), url)
            }
        };
        Fixture { dir, key, store }
    }

    pub fn path(&self) -> String {
        db_path(&self.dir)
    }

    /// The first row `sql` returns, read into a tuple.
    pub async fn row<T: Tuple>(&self, sql: &str, args: Args<'_>) -> T {
        self.store
            .with_conn(async |c| sql::one(c, sql, args, sql::tuple).await)
            .await
            .unwrap()
    }

    /// The first column of the first row `sql` returns.
    pub async fn scalar<T: Value>(&self, sql: &str, args: Args<'_>) -> T {
        self.store
            .with_conn(async |c| sql::one(c, sql, args, sql::first).await)
            .await
            .unwrap()
    }

    /// The first column of every row `sql` returns.
    pub async fn scalars<T: Value>(&self, sql: &str, args: Args<'_>) -> Vec<T> {
        self.store
            .with_conn(async |c| sql::all(c, sql, args, sql::first).await)
            .await
            .unwrap()
    }

    /// Runs a statement outside any transaction of the store's.
    pub async fn execute(&self, sql: &str, args: Args<'_>) -> anyhow::Result<u64> {
        self.store
            .with_conn(async |c| sql::execute(c, sql, args).await)
            .await
    }

    pub async fn tx(&self) -> Box<dyn Tx> {
        self.store.begin().await.unwrap()
    }

    /// Closes the store and opens the same database again with `cipher`.
    pub async fn reopen(&mut self, cipher: Cipher) -> anyhow::Result<()> {
        self.store.close().await;
        self.store = match &self.store {
            AnyStore::Sqlite(_) => AnyStore::Sqlite(SqliteStore::open(&self.path(), cipher).await?),
            AnyStore::Postgres(_, url) => {
                AnyStore::Postgres(PgStore::open(url, cipher).await?, url.clone())
            }
        };
        Ok(())
    }

    /// Imports parents (replacing any earlier parent list) and commits; returns their ids.
    pub async fn parents(&self, records: &[PersonRecord]) -> Vec<PersonId> {
        let mut tx = self.tx().await;
        tx.import_people(SchoolId(1), Kind::Parents, records, at(0))
            .await
            .unwrap();
        let mut ids = Vec::new();
        for r in records {
            let p = tx.person_by_external_id(SchoolId(1), &r.external_id).await;
            ids.push(p.unwrap().unwrap().id);
        }
        tx.commit().await.unwrap();
        ids
    }

    /// Links an account to a person at a given minute and commits.
    pub async fn link(&self, person: PersonId, account: &Account, minute: i64) {
        let mut tx = self.tx().await;
        tx.link_account(person, account, at(minute)).await.unwrap();
        tx.commit().await.unwrap();
    }

    /// Every byte of the database files (main file and write-ahead log).
    pub fn file_bytes(&self) -> Vec<u8> {
        let mut all = Vec::new();
        for suffix in ["", "-wal"] {
            if let Ok(b) = std::fs::read(format!("{}{suffix}", self.path())) {
                all.extend(b);
            }
        }
        all
    }
}

/// The store of either engine, with the methods the tests use.
pub(super) enum AnyStore {
    Sqlite(SqliteStore),
    /// The store and its database's URL.
    Postgres(PgStore, String),
}

impl AnyStore {
    pub async fn begin(&self) -> crate::core::store::Result<Box<dyn Tx>> {
        match self {
            AnyStore::Sqlite(s) => s.begin().await,
            AnyStore::Postgres(s, _) => s.begin().await,
        }
    }

    pub async fn with_conn<T>(&self, f: impl AsyncFnOnce(&sql::Conn) -> T) -> T {
        match self {
            AnyStore::Sqlite(s) => s.with_conn(f).await,
            AnyStore::Postgres(s, _) => s.with_conn(f).await,
        }
    }

    pub async fn rotate_key(&self, new: Key) -> anyhow::Result<()> {
        match self {
            AnyStore::Sqlite(s) => s.rotate_key(new).await,
            AnyStore::Postgres(s, _) => s.rotate_key(new).await,
        }
    }

    pub async fn doctor(&self) -> anyhow::Result<crate::store::Checkup> {
        match self {
            AnyStore::Sqlite(s) => s.doctor().await,
            AnyStore::Postgres(s, _) => s.doctor().await,
        }
    }

    pub async fn close(&self) {
        match self {
            AnyStore::Sqlite(s) => s.close().await,
            AnyStore::Postgres(s, _) => s.close().await,
        }
    }

    pub fn cipher(&self) -> std::sync::Arc<Cipher> {
        match self {
            AnyStore::Sqlite(s) => s.cipher(),
            AnyStore::Postgres(s, _) => s.cipher(),
        }
    }

    /// The SQLite store, for the tests about SQLite alone.
    pub fn sqlite(&self) -> &SqliteStore {
        match self {
            AnyStore::Sqlite(s) => s,
            AnyStore::Postgres(..) => panic!("a SQLite-only test was given PostgreSQL"),
        }
    }
}

fn db_path(dir: &TempDir) -> String {
    dir.path().join("haven.db").to_str().unwrap().to_string()
}

/// Minutes after 09:00 UTC on Safer Internet Day 2025.
pub(super) fn at(minutes: i64) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2025, 2, 11, 9, 0, 0).unwrap() + Duration::minutes(minutes)
}

pub(super) fn rec(ext: &str, name: &str, roles: &[Role]) -> PersonRecord {
    PersonRecord {
        external_id: ext.to_string(),
        name: name.to_string(),
        roles: Roles::new(roles.iter().copied()),
        lang: Lang::EnGb,
        groups: Vec::new(),
    }
}

pub(super) fn parent(ext: &str, name: &str) -> PersonRecord {
    rec(ext, name, &[Role::Parent])
}

pub(super) fn tg(id: &str) -> Account {
    Account::new(Platform::Telegram, id)
}

pub(super) fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}
