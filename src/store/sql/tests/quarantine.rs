//! Rows that cannot be read are set aside, recorded once without content, and skipped; the
//! record survives a rolled-back transaction; error messages never quote what a value holds.

use super::drafts::draft;
use super::*;
use crate::crypto::Seal;
use crate::store::sql::quarantine::{open_json, Unreadable};

async fn damage_draft(f: &Fixture, person: PersonId) {
    let sealed: Vec<u8> = f
        .scalar(
            "SELECT state_sealed FROM drafts WHERE person_id = $1",
            &[&person.0],
        )
        .await;
    let mut sealed = sealed;
    let middle = sealed.len() / 2;
    sealed[middle] ^= 0x01;
    f.execute(
        "UPDATE drafts SET state_sealed = $1 WHERE person_id = $2",
        &[&sealed, &person.0],
    )
    .await
    .unwrap();
}

async fn a_damaged_draft_reads_as_none_is_recorded_once_and_deleted_even_on_rollback(
    engine: Engine,
) {
    let f = Fixture::on(engine).await;
    let ids = f.parents(&[parent("P1", "Pat"), parent("P2", "Sam")]).await;
    let mut tx = f.tx().await;
    tx.save_draft(&draft(ids[0], 0)).await.unwrap();
    tx.save_draft(&draft(ids[1], 1)).await.unwrap();
    tx.commit().await.unwrap();
    damage_draft(&f, ids[0]).await;

    // Read and then rolled back: the record and the deletion are kept all the same.
    let mut tx = f.tx().await;
    assert!(tx.draft(ids[0]).await.unwrap().is_none());
    drop(tx);
    let rows: Vec<String> = f
        .scalars(
            "SELECT what FROM quarantine WHERE table_name = 'drafts'",
            &[],
        )
        .await;
    assert_eq!(rows.len(), 1);
    assert!(rows[0].contains("state_sealed"), "{}", rows[0]);
    let left: i64 = f.scalar("SELECT COUNT(*) FROM drafts", &[]).await;
    assert_eq!(left, 1, "only the damaged draft was set aside");

    let mut tx = f.tx().await;
    let idle = tx
        .drafts_idle_since(SchoolId::default(), at(60))
        .await
        .unwrap();
    assert_eq!(idle.iter().map(|d| d.person).collect::<Vec<_>>(), [ids[1]]);
    assert!(tx.upkeep().take_draft_set_aside(ids[0]).await.unwrap());
    assert!(
        !tx.upkeep().take_draft_set_aside(ids[0]).await.unwrap(),
        "told once"
    );
    tx.commit().await.unwrap();

    let checkup = f.store.doctor().await.unwrap();
    assert_eq!(checkup.integrity, ["ok"]);
    assert_eq!(checkup.set_aside.len(), 1);
    assert!(checkup.set_aside[0].reported);
    assert!(!checkup.healthy());
}

async fn doctor_counts_sealed_values_that_do_not_open_per_column(engine: Engine) {
    let f = Fixture::on(engine).await;
    let ids = f.parents(&[parent("P1", "Pat")]).await;
    let mut tx = f.tx().await;
    tx.save_draft(&draft(ids[0], 0)).await.unwrap();
    tx.commit().await.unwrap();
    assert!(f.store.doctor().await.unwrap().healthy());
    damage_draft(&f, ids[0]).await;
    let checkup = f.store.doctor().await.unwrap();
    let drafts = checkup.sealed.iter().find(|s| s.table == "drafts").unwrap();
    assert_eq!((drafts.values, drafts.failed), (1, 1));
    assert!(checkup.set_aside.is_empty(), "the doctor only reads");
}

#[test]
fn errors_of_sealed_values_name_the_place_never_the_content() {
    let cipher = Cipher::new(Key::generate());
    let secret = "Grace Hopper told me about the coach";
    let place = Seal::new("concerns", "details_sealed", "1/2025/4");
    let sealed = cipher
        .encrypt(format!("{{\"a\": \"{secret}\" oops").as_bytes(), &place)
        .unwrap();
    let e = open_json::<serde_json::Value>(&cipher, &sealed, &place, 4).unwrap_err();
    let text = e.to_string();
    assert!(matches!(e, Unreadable::Malformed { row: 4, .. }));
    assert!(
        text.starts_with("reading concerns.details_sealed of row 4: malformed ("),
        "{text}"
    );
    assert!(!text.contains("Grace") && !text.contains("coach"), "{text}");
    let other = Cipher::new(Key::generate());
    let e =
        open_json::<serde_json::Value>(&other, &sealed, &Seal::new("drafts", "state_sealed", 9), 9)
            .unwrap_err();
    assert_eq!(
        e.to_string(),
        "opening drafts.state_sealed of row 9: it does not open with the key in this place \
         (altered, moved from another place, or sealed with another key)"
    );
}

both_engines!(
    a_damaged_draft_reads_as_none_is_recorded_once_and_deleted_even_on_rollback,
    doctor_counts_sealed_values_that_do_not_open_per_column,
);
