//! Tests of the SQLite engine against real database files in temporary directories.

mod broadcast;
mod claims;
mod concern;
mod drafts;
mod keys;
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
mod upgrade;

use super::sql::{self, Args, Tuple};
use super::SqliteStore;
use crate::core::ids::{Account, PersonId, Platform, SchoolId};
use crate::core::people::{Lang, Role, Roles};
use crate::core::store::{Kind, PersonRecord, Store, Tx};
use crate::crypto::{Cipher, Key};
use chrono::{DateTime, Duration, TimeZone, Utc};
use rusqlite::types::FromSql;
use tempfile::TempDir;

/// A store in a fresh temporary directory, with the key it was opened with.
pub(super) struct Fixture {
    pub dir: TempDir,
    pub key: Key,
    pub store: SqliteStore,
}

impl Fixture {
    pub async fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let key = Key::generate();
        let store = SqliteStore::open(&db_path(&dir), Cipher::new(key.clone()))
            .await
            .unwrap();
        Fixture { dir, key, store }
    }

    pub fn path(&self) -> String {
        db_path(&self.dir)
    }

    /// The first row `sql` returns, read into a tuple.
    pub async fn row<T: Tuple>(&self, sql: &str, args: Args<'_>) -> T {
        self.store
            .with_conn(|c| sql::one(c, sql, args, sql::tuple))
            .await
            .unwrap()
    }

    /// The first column of the first row `sql` returns.
    pub async fn scalar<T: FromSql>(&self, sql: &str, args: Args<'_>) -> T {
        self.store
            .with_conn(|c| sql::one(c, sql, args, sql::first))
            .await
            .unwrap()
    }

    /// The first column of every row `sql` returns.
    pub async fn scalars<T: FromSql>(&self, sql: &str, args: Args<'_>) -> Vec<T> {
        self.store
            .with_conn(|c| sql::all(c, sql, args, sql::first))
            .await
            .unwrap()
    }

    /// Runs a statement outside any transaction of the store's.
    pub async fn execute(&self, sql: &str, args: Args<'_>) -> anyhow::Result<u64> {
        self.store.with_conn(|c| sql::execute(c, sql, args)).await
    }

    pub async fn tx(&self) -> Box<dyn Tx> {
        self.store.begin().await.unwrap()
    }

    /// Closes the store and opens the same file again with `cipher`.
    pub async fn reopen(&mut self, cipher: Cipher) -> anyhow::Result<()> {
        self.store.close().await;
        self.store = SqliteStore::open(&self.path(), cipher).await?;
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
