use super::drafts::draft;
use super::*;
use crate::core::message::{Message, Outgoing, Sensitive};
use crate::store::OpenError;

/// A store holding one sealed draft and one sealed outbox body.
pub(super) async fn with_sealed_data(engine: Engine) -> (Fixture, PersonId) {
    let f = Fixture::on(engine).await;
    let pat = f.parents(&[parent("P1", "Pat")]).await[0];
    f.link(pat, &tg("1"), 0).await;
    let m = Message::private("creds").secret("p", Sensitive::new("s3cret".into()));
    let mut tx = f.tx().await;
    tx.save_draft(&draft(pat, 0)).await.unwrap();
    assert!(tx
        .enqueue(&Outgoing::to_person(pat, None, m), at(0))
        .await
        .unwrap());
    tx.commit().await.unwrap();
    (f, pat)
}

/// The key ids in every sealed value.
pub(super) async fn key_ids(f: &Fixture) -> Vec<String> {
    let mut ids = Vec::new();
    for crate::store::sql::SealedColumn { table, column, .. } in
        crate::store::sql::ENCRYPTED_COLUMNS
    {
        let blobs: Vec<Vec<u8>> = f
            .scalars(
                &format!("SELECT {column} FROM {table} WHERE {column} IS NOT NULL"),
                &[],
            )
            .await;
        ids.extend(blobs.iter().map(|b| hex::encode(&b[1..9])));
    }
    ids
}

pub(super) async fn readable(f: &Fixture, pat: PersonId) {
    let mut tx = f.tx().await;
    assert!(tx.draft(pat).await.unwrap().is_some());
    assert_eq!(
        tx.due(Platform::Telegram, at(0), 10, 10)
            .await
            .unwrap()
            .len(),
        1
    );
}

async fn another_key_is_refused(engine: Engine) {
    let (mut f, _) = with_sealed_data(engine).await;
    let err = f.reopen(Cipher::new(Key::generate())).await.unwrap_err();
    assert!(
        err.to_string()
            .contains("this database was encrypted with another key"),
        "{err}"
    );
    assert!(
        matches!(err.downcast_ref(), Some(OpenError::WrongKey { stored }) if *stored == f.key.fingerprint())
    );
}

async fn an_empty_database_is_bound_to_the_first_key(engine: Engine) {
    let mut f = Fixture::on(engine).await;
    let err = f.reopen(Cipher::new(Key::generate())).await.unwrap_err();
    assert!(err.to_string().contains("another key"));
    f.reopen(Cipher::new(f.key.clone())).await.unwrap();
}

async fn rotate_key_reseals_everything_and_keeps_it_readable(engine: Engine) {
    let (mut f, pat) = with_sealed_data(engine).await;
    let old = f.key.clone();
    let new = Key::generate();
    assert_eq!(key_ids(&f).await, [old.fingerprint(), old.fingerprint()]);

    f.store.rotate_key(new.clone()).await.unwrap();
    assert_eq!(key_ids(&f).await, [new.fingerprint(), new.fingerprint()]);
    readable(&f, pat).await;

    f.reopen(Cipher::new(new.clone())).await.unwrap();
    readable(&f, pat).await;
    let err = f.reopen(Cipher::new(old)).await.unwrap_err();
    assert!(err.to_string().contains("another key"));
}

async fn opening_with_an_old_key_listed_finishes_the_rotation(engine: Engine) {
    let (mut f, pat) = with_sealed_data(engine).await;
    let new = Key::generate();
    f.reopen(Cipher::new(new.clone()).with_old_key(f.key.clone()))
        .await
        .unwrap();
    assert_eq!(key_ids(&f).await, [new.fingerprint(), new.fingerprint()]);
    f.reopen(Cipher::new(new)).await.unwrap();
    readable(&f, pat).await;
}

/// SQLite only: it opens the database file.
#[tokio::test]
async fn rotation_through_the_url_entry_point() {
    let (f, pat) = with_sealed_data(Engine::Sqlite).await;
    f.store.close().await;
    let new = Key::generate();
    let url = format!("sqlite://{}", f.path());
    crate::store::rotate_key(&url, Cipher::new(f.key.clone()), new.clone())
        .await
        .unwrap();
    let store = crate::store::open(&url, Cipher::new(new)).await.unwrap();
    let mut tx = store.begin().await.unwrap();
    assert!(tx.draft(pat).await.unwrap().is_some());
}

both_engines!(
    an_empty_database_is_bound_to_the_first_key,
    another_key_is_refused,
    rotate_key_reseals_everything_and_keeps_it_readable,
    opening_with_an_old_key_listed_finishes_the_rotation,
);
