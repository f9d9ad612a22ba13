//! The key split: the office's directory tools run with the directory key only, and the
//! database plus the directory key reveals no concern.

use crate::concern::{report, Report, ACCOUNT, PUPILS};
use crate::support::spawn_app;
use haven::core::clock::Clock;
use haven::core::concern::reference::ConcernRef;
use haven::core::store::Kind;
use haven::crypto::{Cipher, Key, Seal};
use haven::roster::{self, InviteFilter, InviteOptions};
use haven::store::sql::{SealedColumn, ENCRYPTED_COLUMNS};

#[tokio::test]
async fn the_directory_tools_work_on_a_live_database_and_cannot_read_its_concerns() {
    let app = spawn_app().await;
    let r = report(&app.person("Josie Quennell"), &Report::default()).await;
    let path = app.dir.path().join("haven.db");
    let directory_key = app.directory_key.clone();
    let office = haven::store::open_directory(&path.display().to_string(), &directory_key)
        .await
        .expect("opens with the directory key alone");
    let school = app.app.ctx.school;
    let now = app.clock.now();

    // The office's work goes through.
    let staff = format!(
        "{}STF050,Nia Evans,staff,cy\n",
        include_str!("../../examples/staff.csv")
    );
    let s = roster::import_file(office.as_ref(), school, Kind::Staff, staff.as_bytes(), now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(s.added, 1);
    let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::from_entropy();
    let options = InviteOptions {
        who: InviteFilter::One("STF050".into()),
        ..Default::default()
    };
    let tz = app.settings.timezone;
    let ttl = chrono::Duration::days(30);
    let at = roster::Issuer {
        store: office.as_ref(),
        school,
        link_key: &directory_key.link_key(),
    };
    let issued = roster::issue_with(at, &options, ttl, tz, now, &mut rng)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(issued.invites.len(), 1);

    // Concerns are out of its reach: not even who reported what can be read, and the details
    // do not open.
    let mut tx = office.begin().await.unwrap();
    let found = tx
        .concerns()
        .concern_by_ref(school, ConcernRef::parse(&r).unwrap())
        .await
        .unwrap();
    assert!(found.is_none(), "the office reads no concern's facts");
    let err = tx
        .concerns()
        .concern_details(haven::core::concern::store::ConcernId(1))
        .await
        .expect_err("sealed");
    assert!(
        format!("{err:#}").contains("does not open with the key"),
        "{err:#}"
    );
    drop(tx);

    // The database file plus the directory key opens no sealed value, and holds no account.
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    let with_directory_key = Cipher::new(directory_key);
    let mut sealed = 0;
    for SealedColumn {
        table, column, row, ..
    } in ENCRYPTED_COLUMNS
    {
        let blobs: Vec<(String, Vec<u8>)> = sqlx::query_as(&format!(
            "SELECT CAST(({row}) AS TEXT), {column} FROM {table} WHERE {column} IS NOT NULL"
        ))
        .fetch_all(&pool)
        .await
        .unwrap();
        for (row, blob) in blobs {
            sealed += 1;
            let place = Seal::new(table, column, row);
            assert!(
                with_directory_key.decrypt(&blob, &place).is_err(),
                "{table}.{column}"
            );
        }
    }
    pool.close().await;
    assert!(sealed > 0, "the concern's details are sealed");
    let bytes = app.db_bytes();
    for secret in [ACCOUNT, PUPILS] {
        assert!(!bytes.windows(secret.len()).any(|w| w == secret.as_bytes()));
    }

    // The bot, with the safeguarding key, still reads it and routes the newcomer.
    let mut tx = app.store().begin().await.unwrap();
    let concern = tx
        .concerns()
        .concern_by_ref(school, ConcernRef::parse(&r).unwrap())
        .await
        .unwrap()
        .unwrap();
    assert!(tx.concerns().concern_details(concern.id).await.is_ok());
}

#[tokio::test]
async fn another_directory_key_is_refused() {
    let app = spawn_app().await;
    let path = app.dir.path().join("haven.db").display().to_string();
    haven::store::open_directory(&path, &Key::generate())
        .await
        .unwrap();
    let err = haven::store::open_directory(&path, &Key::generate())
        .await
        .err()
        .expect("refused");
    assert!(err.to_string().contains("another directory key"), "{err}");
}
