//! Key rotation that cannot split the database: the lock file, rotation run again after an
//! interruption, the census of keys, and a running store that stops when its key is left.
//! SQLite, but for the last test: these are about the lock file and a second process on the
//! same file; on PostgreSQL the instances table stands in for the lock file.

use super::keys::{key_ids, readable, with_sealed_data};
use super::*;
use crate::store::OpenError;

#[tokio::test]
async fn a_rotation_is_refused_while_a_store_is_open_and_a_store_while_a_rotation_is() {
    let (f, pat) = with_sealed_data(Engine::Sqlite).await;
    let url = f.path();
    let old = Cipher::new(f.key.clone());
    let new = Key::generate();

    let err = crate::store::rotate_key(&url, old.clone(), new.clone())
        .await
        .unwrap_err();
    assert!(
        matches!(err.downcast_ref(), Some(OpenError::InUse)),
        "{err}"
    );
    assert_eq!(
        key_ids(&f).await,
        [f.key.fingerprint(), f.key.fingerprint()]
    );

    let rotation = SqliteStore::open_alone(&url, old.clone().rotated(new.clone()))
        .await
        .err()
        .expect("the running store holds the file");
    assert!(matches!(rotation.downcast_ref(), Some(OpenError::InUse)));

    f.store.close().await;
    let alone = SqliteStore::open_alone(&url, old.rotated(new.clone()))
        .await
        .unwrap();
    let err = SqliteStore::open(&url, Cipher::new(new.clone()))
        .await
        .err()
        .expect("a store must not start during a rotation");
    assert!(
        matches!(err.downcast_ref(), Some(OpenError::Rotating)),
        "{err}"
    );
    alone.finish_rotation().await.unwrap();
    alone.close().await;

    let mut f = f;
    f.reopen(Cipher::new(new.clone())).await.unwrap();
    assert_eq!(key_ids(&f).await, [new.fingerprint(), new.fingerprint()]);
    readable(&f, pat).await;
}

#[tokio::test]
async fn a_rotation_run_again_after_it_committed_finds_nothing_left_to_do() {
    let (f, pat) = with_sealed_data(Engine::Sqlite).await;
    f.store.close().await;
    let url = f.path();
    let old = Cipher::new(f.key.clone());
    let new = Key::generate();
    crate::store::rotate_key(&url, old.clone(), new.clone())
        .await
        .unwrap();
    // The operator's configuration still names the old key: running it again is harmless.
    crate::store::rotate_key(&url, old.clone(), new.clone())
        .await
        .unwrap();
    let census = crate::store::key_census(&url, old.rotated(new.clone()))
        .await
        .unwrap();
    assert!(census.iter().all(|k| k.fingerprint == new.fingerprint()));
    assert_eq!(census.iter().map(|k| k.values).sum::<usize>(), 2);

    let mut f = f;
    f.reopen(Cipher::new(new)).await.unwrap();
    readable(&f, pat).await;
}

#[tokio::test]
async fn values_left_with_an_old_key_are_counted_and_resealed_by_rotating_again() {
    let (mut f, pat) = with_sealed_data(Engine::Sqlite).await;
    let old = f.key.clone();
    let before: Vec<u8> = f.scalar("SELECT state_sealed FROM drafts", &[]).await;
    let new = Key::generate();
    f.store.rotate_key(new.clone()).await.unwrap();
    // A value sealed with the old key after the rotation: the split this guards against.
    f.execute("UPDATE drafts SET state_sealed = $1", &[&before])
        .await
        .unwrap();
    f.store.close().await;

    let both = Cipher::new(new.clone()).with_old_key(old.clone());
    let census = crate::store::key_census(&f.path(), both.clone())
        .await
        .unwrap();
    let of = |fp: String| {
        census
            .iter()
            .filter(|k| k.fingerprint == fp)
            .map(|k| (k.table, k.column, k.values))
            .collect::<Vec<_>>()
    };
    assert_eq!(of(old.fingerprint()), [("drafts", "state_sealed", 1)]);
    assert_eq!(of(new.fingerprint()), [("outbox", "body_sealed", 1)]);

    crate::store::rotate_key(&f.path(), both, new.clone())
        .await
        .unwrap();
    f.reopen(Cipher::new(new.clone())).await.unwrap();
    assert_eq!(key_ids(&f).await, [new.fingerprint(), new.fingerprint()]);
    readable(&f, pat).await;
}

#[tokio::test]
async fn a_store_whose_database_was_resealed_under_it_refuses_every_transaction() {
    let (f, _) = with_sealed_data(Engine::Sqlite).await;
    let new = Key::generate();
    // A rotation that did not wait (the lock file was deleted, say) re-seals the file.
    let other = SqliteStore::open(
        &f.path(),
        Cipher::new(new.clone()).with_old_key(f.key.clone()),
    )
    .await
    .unwrap();
    other.close().await;

    for _ in 0..2 {
        let err = f.store.begin().await.err().expect("refused");
        let err = anyhow::Error::from(err);
        let changed = crate::store::key_changed(&err).expect("KeyChanged");
        assert_eq!(changed.stored, new.fingerprint());
    }
    assert_eq!(key_ids(&f).await, [new.fingerprint(), new.fingerprint()]);
}

#[cfg(unix)]
#[tokio::test]
async fn the_database_its_journal_files_and_its_lock_are_the_owners_only() {
    use std::os::unix::fs::PermissionsExt;
    let (f, _) = with_sealed_data(Engine::Sqlite).await;
    let mode = |suffix: &str| {
        let path = format!("{}{suffix}", f.path());
        std::fs::metadata(&path)
            .unwrap_or_else(|e| panic!("{path}: {e}"))
            .permissions()
            .mode()
            & 0o777
    };
    for suffix in ["", "-wal", "-shm", ".lock"] {
        assert_eq!(mode(suffix), 0o600, "haven.db{suffix}");
    }
}

/// PostgreSQL has no lock file: a rotation is refused while any instance heartbeats on the
/// database (one killed counts until it has missed its heartbeats), and goes ahead once every
/// instance has stopped or died.
#[tokio::test]
async fn on_postgres_a_rotation_is_refused_while_any_instance_is_alive() {
    let Some(engine) = Engine::postgres().await else {
        return;
    };
    let Engine::Postgres(url) = engine.clone() else {
        unreachable!()
    };
    let (f, pat) = with_sealed_data(engine).await;
    let old = Cipher::new(f.key.clone());
    let new = Key::generate();
    let now = Utc::now();
    let dead_after = Duration::from_std(crate::core::lease::DEAD_AFTER).unwrap();
    let mut tx = f.tx().await;
    let l = tx.leases();
    l.register_instance("stopped", "h1", now).await.unwrap();
    l.stop_instance("stopped", now).await.unwrap();
    l.register_instance("dead", "h2", now - dead_after - Duration::seconds(1))
        .await
        .unwrap();
    l.register_instance("killed", "h3", now - Duration::seconds(5))
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let err = crate::store::rotate_key(&url, old.clone(), new.clone())
        .await
        .unwrap_err();
    assert!(
        matches!(
            err.downcast_ref(),
            Some(OpenError::InstancesAlive {
                count: 1,
                seconds: 15
            })
        ),
        "{err}"
    );
    assert_eq!(
        key_ids(&f).await,
        [f.key.fingerprint(), f.key.fingerprint()],
        "nothing re-sealed"
    );
    readable(&f, pat).await;

    // Once the last one has stopped, the rotation goes ahead.
    let mut tx = f.tx().await;
    tx.leases().stop_instance("killed", now).await.unwrap();
    tx.commit().await.unwrap();
    crate::store::rotate_key(&url, old, new.clone())
        .await
        .unwrap();
    assert_eq!(key_ids(&f).await, [new.fingerprint(), new.fingerprint()]);
}
