use super::*;

#[tokio::test]
async fn the_pragmas_are_applied_to_the_connection() {
    let f = Fixture::new().await;
    let journal: String = f.scalar("PRAGMA journal_mode", &[]).await;
    let sync: i64 = f.scalar("PRAGMA synchronous", &[]).await;
    let fk: i64 = f.scalar("PRAGMA foreign_keys", &[]).await;
    let busy: i64 = f.scalar("PRAGMA busy_timeout", &[]).await;
    assert_eq!((journal.as_str(), sync, fk, busy), ("wal", 1, 1, 5000));
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
