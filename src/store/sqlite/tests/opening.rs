use super::*;

#[tokio::test]
async fn the_pragmas_are_applied_to_every_connection() {
    let f = Fixture::new().await;
    let mut c = f.store.pool.acquire().await.unwrap();
    let journal: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(&mut *c)
        .await
        .unwrap();
    let sync: i64 = sqlx::query_scalar("PRAGMA synchronous")
        .fetch_one(&mut *c)
        .await
        .unwrap();
    let fk: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
        .fetch_one(&mut *c)
        .await
        .unwrap();
    let busy: i64 = sqlx::query_scalar("PRAGMA busy_timeout")
        .fetch_one(&mut *c)
        .await
        .unwrap();
    assert_eq!((journal.as_str(), sync, fk, busy), ("wal", 1, 1, 5000));
}

#[tokio::test]
async fn every_table_carries_a_school_id() {
    let f = Fixture::new().await;
    let tables: Vec<String> = sqlx::query_scalar(
        "SELECT name FROM sqlite_master WHERE type = 'table' \
         AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_sqlx_%'",
    )
    .fetch_all(&f.store.pool)
    .await
    .unwrap();
    assert!(tables.len() >= 9, "{tables:?}");
    for t in tables {
        let cols: Vec<String> =
            sqlx::query_scalar(&format!("SELECT name FROM pragma_table_info('{t}')"))
                .fetch_all(&f.store.pool)
                .await
                .unwrap();
        assert!(
            cols.iter().any(|c| c == "school_id"),
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
