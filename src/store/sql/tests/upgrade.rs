//! A database sealed before values were bound to their place is sealed again in place when it
//! is first opened, once, and reads the same; a value that does not open is left for the
//! quarantine and `haven doctor`, and opening goes on. SQLite only: such older databases are
//! SQLite files (a PostgreSQL database is sealed in place from its start).

use super::places::{details, populate};
use super::*;
use crate::store::sql::{sealing, ENCRYPTED_COLUMNS};

/// Turns every sealed value back into format 1, as Haven wrote it before places, and forgets
/// that the database was upgraded.
async fn downgrade(f: &Fixture) {
    let cipher = Cipher::new(f.key.clone());
    f.store
        .with_conn(async |c| {
            // Past the chronology's trigger, as an older Haven's rows were written.
            sql::execute(
                c,
                "INSERT INTO meta (school_id, name, value) VALUES (0, 'resealing', '1')",
                &[],
            )
            .await
            .unwrap();
            for col in ENCRYPTED_COLUMNS {
                for (row, place, blob) in sealing::values(c, col).await.unwrap() {
                    let plain = cipher.decrypt(&blob, &place).unwrap();
                    let old = cipher.encrypt_v1(&plain).unwrap();
                    let sql = format!(
                        "UPDATE {} SET {} = $1 WHERE {} = $2",
                        col.table, col.column, col.key
                    );
                    sql::execute(c, &sql, &[&old, &row]).await.unwrap();
                }
            }
            sql::execute(c, "DELETE FROM meta WHERE name = 'seal_format'", &[])
                .await
                .unwrap();
            sql::execute(c, "DELETE FROM meta WHERE name = 'resealing'", &[])
                .await
                .unwrap();
        })
        .await;
}

/// Every sealed value, as (table, column, row key, blob).
async fn blobs(f: &Fixture) -> Vec<(&'static str, &'static str, i64, Vec<u8>)> {
    f.store
        .with_conn(async |c| {
            let mut out = Vec::new();
            for col in ENCRYPTED_COLUMNS {
                for (row, _, blob) in sealing::values(c, col).await.unwrap() {
                    out.push((col.table, col.column, row, blob));
                }
            }
            out
        })
        .await
}

/// The format version of every sealed value.
async fn formats(f: &Fixture) -> Vec<u8> {
    blobs(f).await.iter().map(|b| b.3[0]).collect()
}

/// Everything [`populate`] sealed reads back as it was written.
async fn reads_the_same(f: &Fixture, s: &super::places::Sealed) {
    let mut tx = f.tx().await;
    for (i, id) in s.concerns.iter().enumerate() {
        assert_eq!(
            tx.concerns().concern_details(*id).await.unwrap(),
            details(i + 1)
        );
        assert_eq!(tx.concerns().entries(*id).await.unwrap().len(), 2);
    }
    assert!(tx.draft(s.drafts[1]).await.unwrap().is_some());
    for id in s.streams {
        assert!(tx.streams().stream_secrets(id).await.unwrap().is_some());
    }
    assert_eq!(
        tx.concerns()
            .urgent_drafts(SchoolId(1))
            .await
            .unwrap()
            .len(),
        2
    );
    assert_eq!(
        tx.due(Platform::Telegram, at(0), 10, 10)
            .await
            .unwrap()
            .len(),
        2
    );
}

#[tokio::test]
async fn an_older_database_is_sealed_in_place_once_when_opened() {
    let mut f = Fixture::new().await;
    let s = populate(&f).await;
    downgrade(&f).await;
    assert!(formats(&f).await.iter().all(|v| *v == 1));
    // One value of the older database was already damaged.
    let get = "SELECT state_sealed FROM drafts WHERE person_id = $1";
    let mut sealed: Vec<u8> = f.scalar(get, &[&s.drafts[0].0]).await;
    sealed[40] ^= 0x01;
    let put = "UPDATE drafts SET state_sealed = $1 WHERE person_id = $2";
    f.execute(put, &[&sealed, &s.drafts[0].0]).await.unwrap();

    f.reopen(Cipher::new(f.key.clone())).await.unwrap();
    let upgraded = blobs(&f).await;
    for (table, column, row, blob) in &upgraded {
        let damaged = *table == "drafts" && *row == s.drafts[0].0;
        let expected = if damaged { 1 } else { 2 };
        assert_eq!(blob[0], expected, "{table}.{column} of {row}");
    }
    let format: String = f
        .scalar("SELECT value FROM meta WHERE name = 'seal_format'", &[])
        .await;
    assert_eq!(format, "2");

    // The doctor finds the damaged value; everything else reads as it was written.
    let checkup = f.store.doctor().await.unwrap();
    let failed: Vec<_> = checkup.sealed.iter().filter(|c| c.failed > 0).collect();
    assert_eq!(failed.len(), 1);
    assert_eq!((failed[0].table, failed[0].failed), ("drafts", 1));
    reads_the_same(&f, &s).await;
    let mut tx = f.tx().await;
    assert!(
        tx.draft(s.drafts[0]).await.unwrap().is_none(),
        "a fresh form"
    );
    tx.commit().await.unwrap();

    // Opened again, nothing is sealed again: the upgrade ran once.
    let before = blobs(&f).await;
    f.reopen(Cipher::new(f.key.clone())).await.unwrap();
    assert_eq!(blobs(&f).await, before);
}

#[tokio::test]
async fn an_older_database_opened_mid_rotation_is_upgraded_and_rotated_together() {
    let mut f = Fixture::new().await;
    let s = populate(&f).await;
    downgrade(&f).await;
    let new = Key::generate();
    f.reopen(Cipher::new(new.clone()).with_old_key(f.key.clone()))
        .await
        .unwrap();
    for (table, column, row, blob) in blobs(&f).await {
        assert_eq!(blob[0], 2, "{table}.{column} of {row}");
        assert_eq!(hex::encode(&blob[1..9]), new.fingerprint());
    }
    f.reopen(Cipher::new(new)).await.unwrap();
    reads_the_same(&f, &s).await;
}
