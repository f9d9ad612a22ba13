//! Opening a SQLite file: its lock, other processes holding it, its tables. SQLite only, by
//! nature (PostgreSQL has no file to open or lock).

use super::*;

#[tokio::test]
async fn the_pragmas_are_applied_to_the_connection() {
    let f = Fixture::new().await;
    let journal: String = f.scalar("PRAGMA journal_mode", &[]).await;
    let sync: i64 = f.scalar("PRAGMA synchronous", &[]).await;
    let fk: i64 = f.scalar("PRAGMA foreign_keys", &[]).await;
    let busy: i64 = f.scalar("PRAGMA busy_timeout", &[]).await;
    assert_eq!(
        (journal.as_str(), sync, fk, busy),
        ("wal", 1, 1, 0),
        "no busy handler: a locked file is waited for asleep, in begin"
    );
}

#[tokio::test]
async fn a_transaction_waits_asleep_while_another_process_holds_the_file() {
    let f = Fixture::new().await;
    let store = std::sync::Arc::new(
        SqliteStore::open(&f.path(), Cipher::new(f.key.clone()))
            .await
            .unwrap(),
    );
    let other = rusqlite::Connection::open(f.path()).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    // Virtual time from here: the waits between tries pass at once, deterministically.
    tokio::time::pause();

    let waiting = tokio::spawn({
        let store = store.clone();
        async move {
            let mut tx = store.begin().await?;
            tx.record_failed_link(&tg("1"), at(0)).await?;
            tx.commit().await
        }
    });
    tokio::task::yield_now().await;
    // This task runs while the other one waits: the thread is not held by SQLite.
    assert!(!waiting.is_finished(), "the file is still locked");
    other.execute_batch("COMMIT").unwrap();
    waiting.await.unwrap().unwrap();
    let mut tx = store.begin().await.unwrap();
    assert_eq!(tx.failed_links_since(&tg("1"), at(0)).await.unwrap(), 1);
}

#[tokio::test]
async fn a_transaction_gives_up_after_five_seconds_of_a_locked_file() {
    let f = Fixture::new().await;
    let other = rusqlite::Connection::open(f.path()).unwrap();
    other.execute_batch("BEGIN IMMEDIATE").unwrap();
    tokio::time::pause();
    let started = tokio::time::Instant::now();
    let err = f.store.begin().await.err().expect("the file stays locked");
    assert!(err.to_string().contains("locked"), "{err}");
    assert!(err.is_busy(), "callers can tell: {err:#}");
    let waited = started.elapsed();
    assert!(
        waited >= std::time::Duration::from_secs(5) && waited < std::time::Duration::from_secs(6),
        "{waited:?}"
    );
}

#[tokio::test]
async fn every_table_carries_a_school_id() {
    let f = Fixture::new().await;
    let tables: Vec<String> = f
        .scalars(
            "SELECT name FROM sqlite_master WHERE type = 'table' \
             AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx_%'",
            &[],
        )
        .await;
    assert!(tables.len() >= 9, "{tables:?}");
    for t in tables {
        let cols: Vec<String> = f
            .scalars(&format!("SELECT name FROM pragma_table_info('{t}')"), &[])
            .await;
        // The schools table names the schools: its id is the school.
        assert!(
            cols.iter().any(|c| c == "school_id") || t == "schools",
            "{t} has no school_id"
        );
    }
}

#[tokio::test]
async fn an_in_memory_database_keeps_its_data_across_transactions() {
    let store = crate::store::open("sqlite::memory:", Cipher::new(Key::generate()))
        .await
        .unwrap();
    let mut tx = store.begin().await.unwrap();
    tx.record_failed_link(&tg("1"), at(0)).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = store.begin().await.unwrap();
    assert_eq!(tx.failed_links_since(&tg("1"), at(0)).await.unwrap(), 1);
}
