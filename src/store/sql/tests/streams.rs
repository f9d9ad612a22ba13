//! Livestreams in SQLite: the joining details are sealed at rest, survive key rotation, and
//! are gone for good when deleted; the record around them stays.

use super::*;
use crate::core::message::Sensitive;
use crate::core::streams::store::{
    Audience, DeliveryKind, Milestone, NewStream, Service, StreamDelivery, StreamSecrets,
    StreamStatus,
};

pub(super) fn secrets(pass: &str) -> StreamSecrets {
    StreamSecrets {
        link: Sensitive::new("https://zoom.us/j/98765432100?pwd=SealedLink".into()),
        meeting_id: Some(Sensitive::new("987 6543 2100".into())),
        passcode: Some(Sensitive::new(pass.into())),
    }
}

async fn stream(f: &Fixture) -> (crate::core::streams::store::StreamId, PersonId) {
    let ids = f.parents(&[parent("P1", "Pat"), parent("P2", "Sam")]).await;
    let new = NewStream {
        school: SchoolId(1),
        organiser: ids[0],
        title: "Assembly".into(),
        audience: Audience::Classes(vec!["Year 3".into(), "Reception Oak".into()]),
        service: Service::Teams,
        starts_at: at(60),
        ends_at: at(120),
        chat_monitor: None,
        supervisors: vec![ids[1], ids[0]],
        status: StreamStatus::Scheduled,
        secrets: secrets("Quiet-Owl-77"),
    };
    let mut tx = f.tx().await;
    let id = tx.streams().create_stream(&new, at(0)).await.unwrap();
    tx.commit().await.unwrap();
    (id, ids[1])
}

/// SQLite only: it reads the database file's bytes at rest.
#[tokio::test]
async fn a_stream_round_trips_with_its_secrets_sealed() {
    let f = Fixture::new().await;
    let (id, sam) = stream(&f).await;
    let mut tx = f.tx().await;
    let s = tx.streams().stream(id).await.unwrap().unwrap();
    assert_eq!(s.title, "Assembly");
    assert_eq!(s.service, Service::Teams);
    assert_eq!(
        s.audience,
        Audience::Classes(vec!["Year 3".into(), "Reception Oak".into()])
    );
    assert_eq!(s.minutes(), 60);
    assert_eq!(s.supervisors.len(), 2);
    assert_eq!(s.supervisors[0], sam);
    assert_eq!(
        tx.streams().stream_secrets(id).await.unwrap(),
        Some(secrets("Quiet-Owl-77"))
    );
    tx.streams()
        .mark_stream(id, Milestone::Reminded, at(45))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let bytes = f.file_bytes();
    for clear in ["98765432100", "987 6543 2100", "Quiet-Owl-77", "SealedLink"] {
        assert!(!contains(&bytes, clear), "{clear} stored in clear");
    }
    let mut tx = f.tx().await;
    assert_eq!(
        tx.streams().stream(id).await.unwrap().unwrap().reminded_at,
        Some(at(45))
    );
}

async fn secrets_survive_key_rotation_and_are_gone_once_deleted(engine: Engine) {
    let f = Fixture::on(engine).await;
    let (id, sam) = stream(&f).await;
    f.store.rotate_key(Key::generate()).await.unwrap();
    let mut tx = f.tx().await;
    assert_eq!(
        tx.streams().stream_secrets(id).await.unwrap(),
        Some(secrets("Quiet-Owl-77"))
    );
    tx.streams()
        .set_stream_secrets(id, &secrets("New-Pass-99"), at(10))
        .await
        .unwrap();
    assert_eq!(
        tx.streams().stream_secrets(id).await.unwrap(),
        Some(secrets("New-Pass-99"))
    );
    let d = StreamDelivery {
        person: sam,
        kind: DeliveryKind::Rotation,
        queued: false,
        at: at(10),
    };
    tx.streams().record_stream_delivery(id, &d).await.unwrap();
    tx.streams()
        .delete_stream_secrets(id, at(180))
        .await
        .unwrap();
    assert_eq!(tx.streams().stream_secrets(id).await.unwrap(), None);
    let s = tx.streams().stream(id).await.unwrap().unwrap();
    assert_eq!(s.secrets_deleted_at, Some(at(180)));
    assert_eq!(tx.streams().stream_deliveries(id).await.unwrap(), vec![d]);
    tx.streams()
        .mark_stream(id, Milestone::Settled, at(180))
        .await
        .unwrap();
    assert!(tx
        .streams()
        .unsettled_streams(SchoolId(1))
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        tx.streams()
            .recent_streams(SchoolId(1), 5)
            .await
            .unwrap()
            .len(),
        1
    );
}

async fn attendance_by_name_sets_the_count_and_a_count_forgets_the_names(engine: Engine) {
    let f = Fixture::on(engine).await;
    let (id, sam) = stream(&f).await;
    let pat = tx_person(&f, "P1").await;
    let mut tx = f.tx().await;
    tx.streams()
        .set_stream_attendees(id, &[sam, pat, sam], at(130))
        .await
        .unwrap();
    let mut both = vec![pat, sam];
    both.sort();
    assert_eq!(tx.streams().stream_attendees(id).await.unwrap(), both);
    assert_eq!(
        tx.streams().stream(id).await.unwrap().unwrap().attendance,
        Some(2)
    );
    tx.streams()
        .set_stream_attendees(id, &[pat], at(131))
        .await
        .unwrap();
    assert_eq!(tx.streams().stream_attendees(id).await.unwrap(), vec![pat]);
    tx.streams()
        .set_stream_attendance(id, 9, at(132))
        .await
        .unwrap();
    assert!(tx.streams().stream_attendees(id).await.unwrap().is_empty());
    assert_eq!(
        tx.streams().stream(id).await.unwrap().unwrap().attendance,
        Some(9)
    );
}

async fn tx_person(f: &Fixture, external: &str) -> PersonId {
    let mut tx = f.tx().await;
    tx.person_by_external_id(SchoolId(1), external)
        .await
        .unwrap()
        .unwrap()
        .id
}

both_engines!(
    secrets_survive_key_rotation_and_are_gone_once_deleted,
    attendance_by_name_sets_the_count_and_a_count_forgets_the_names,
);
