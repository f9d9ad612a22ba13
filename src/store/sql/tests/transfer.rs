//! Transfers of child protection files: stored with their cases, the receiving school and the
//! confirmer sealed, confirmed later, kept through key rotation and removed with their case.

use super::concern::{concern, staff};
use super::*;
use crate::core::concern::store::ConcernId;
use crate::core::concern::transfer_store::{Receipt, Transfer, TransferId};
use crate::core::message::Sensitive;
use chrono::NaiveDate;

const RECEIVING: &str = "Ysgol Gymraeg Bryn Tawel";
const CONFIRMER: &str = "Wioletta Zawadzka";

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

/// A store with two concerns and one transfer holding both.
async fn with_transfer(engine: Engine) -> (Fixture, Vec<ConcernId>, TransferId, PersonId) {
    let f = Fixture::on(engine).await;
    let (rita, sam) = staff(&f).await;
    let mut tx = f.tx().await;
    let mut ids = Vec::new();
    for seq in [1, 2] {
        ids.push(
            tx.concerns()
                .insert_concern(&concern(rita, sam, seq))
                .await
                .unwrap(),
        );
    }
    let t = Transfer {
        id: TransferId(0),
        school: SchoolId(1),
        cases: ids.clone(),
        receiving_school: Sensitive::new(RECEIVING.into()),
        due_from: d("2026-12-07"),
        deadline: d("2026-12-14"),
        sent_on: d("2026-12-08"),
        sent_by: sam,
        recorded_at: at(5),
        receipt: None,
    };
    let id = tx.transfers().insert_transfer(&t).await.unwrap();
    tx.commit().await.unwrap();
    (f, ids, id, sam)
}

async fn a_transfer_round_trips_and_is_confirmed_later(engine: Engine) {
    let (f, ids, id, sam) = with_transfer(engine).await;
    let mut tx = f.tx().await;
    let got = transfer_in_school_1(tx.as_mut(), id).await;
    assert_eq!(got.cases, ids);
    assert_eq!(got.receiving_school.expose(), RECEIVING);
    assert_eq!(got.deadline, d("2026-12-14"));
    assert_eq!(got.sent_on, d("2026-12-08"));
    assert_eq!(got.receipt, None);
    assert!(tx
        .transfers()
        .transfer(SchoolId(2), id)
        .await
        .unwrap()
        .is_none());
    assert_eq!(tx.transfers().transfers_of(ids[1]).await.unwrap(), [got]);
    assert_eq!(
        tx.transfers()
            .unconfirmed_transfers(SchoolId(1))
            .await
            .unwrap()
            .len(),
        1
    );
    let receipt = receipt_by(sam);
    tx.transfers().confirm_transfer(id, &receipt).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = f.tx().await;
    let got = transfer_in_school_1(tx.as_mut(), id).await;
    assert_eq!(got.receipt, Some(receipt));
    assert_eq!(got.receiving_school.expose(), RECEIVING);
    assert!(tx
        .transfers()
        .unconfirmed_transfers(SchoolId(1))
        .await
        .unwrap()
        .is_empty());
}

/// The receiving school's DSL confirms receipt on 10 December; `by` records it.
fn receipt_by(by: PersonId) -> Receipt {
    Receipt {
        confirmed_by: Sensitive::new(CONFIRMER.into()),
        confirmed_on: d("2026-12-10"),
        recorded_by: by,
        recorded_at: at(60),
    }
}

/// Transfer `id`, which school 1 holds.
async fn transfer_in_school_1(tx: &mut dyn Tx, id: TransferId) -> Transfer {
    tx.transfers()
        .transfer(SchoolId(1), id)
        .await
        .unwrap()
        .expect("school 1's transfer")
}

async fn key_rotation_reseals_transfers(engine: Engine) {
    let (mut f, _, id, _) = with_transfer(engine).await;
    let new_key = Key::generate();
    f.store.rotate_key(new_key.clone()).await.unwrap();
    f.reopen(Cipher::new(new_key)).await.unwrap();
    let mut tx = f.tx().await;
    let got = transfer_in_school_1(tx.as_mut(), id).await;
    assert_eq!(got.receiving_school.expose(), RECEIVING);
}

async fn deleting_its_cases_removes_a_transfer(engine: Engine) {
    let (f, ids, id, _) = with_transfer(engine).await;
    let mut tx = f.tx().await;
    tx.concerns().delete_concern(ids[0]).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = f.tx().await;
    let left = transfer_in_school_1(tx.as_mut(), id).await;
    assert_eq!(left.cases, [ids[1]]);
    tx.concerns().delete_concern(ids[1]).await.unwrap();
    tx.commit().await.unwrap();
    for table in ["concern_transfers", "concern_transfer_cases"] {
        let n: i64 = f
            .scalar(&format!("SELECT COUNT(*) FROM {table}"), &[])
            .await;
        assert_eq!(n, 0, "{table}");
    }
}

/// SQLite only: it reads the database file's bytes at rest.
#[tokio::test]
async fn the_receiving_school_and_confirmer_are_never_stored_in_the_clear() {
    let (f, _, id, sam) = with_transfer(Engine::Sqlite).await;
    let mut tx = f.tx().await;
    let receipt = receipt_by(sam);
    tx.transfers().confirm_transfer(id, &receipt).await.unwrap();
    tx.commit().await.unwrap();
    let bytes = f.file_bytes();
    assert!(contains(&bytes, "Rita Reporter"), "the file was read");
    for s in [RECEIVING, "Bryn Tawel", CONFIRMER, "Zawadzka"] {
        assert!(!contains(&bytes, s), "{s} is in the clear");
    }
}

both_engines!(
    a_transfer_round_trips_and_is_confirmed_later,
    key_rotation_reseals_transfers,
    deleting_its_cases_removes_a_transfer,
);
