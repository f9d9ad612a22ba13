use super::*;
use crate::core::form::context::UrgentAlert;
use crate::core::form::{Answer, Answers, FormContext, FormState};
use crate::core::store::Draft;

const SECRET: &str = "He showed me messages from the coach";

pub(super) fn draft(person: PersonId, minute: i64) -> Draft {
    let mut answers = Answers::default();
    answers
        .0
        .insert("about".into(), Answer::Choice("pupil".into()));
    answers
        .0
        .insert("details".into(), Answer::Text(SECRET.into()));
    Draft {
        person,
        platform: Platform::Telegram,
        state: FormState {
            form: "concern".into(),
            version: 1,
            step: 2,
            answers,
            history: vec![0, 1],
            nonce: "n0nce".into(),
            editing: false,
            choosing_edit: false,
            ticked: vec![],
            context: FormContext {
                about: None,
                urgent_alert: Some(UrgentAlert {
                    rung: Some("concern-rung-dsl".into()),
                }),
                school: None,
            },
            day: None,
            people: Default::default(),
            expiry_warned: None,
        },
        updated_at: at(minute),
        reminded: false,
    }
}

/// SQLite only: it reads the database file's bytes at rest.
#[tokio::test]
async fn a_draft_round_trips_but_is_stored_only_sealed() {
    let f = Fixture::new().await;
    let ids = f.parents(&[parent("P1", "Pat")]).await;
    let d = draft(ids[0], 0);
    let mut tx = f.tx().await;
    tx.save_draft(&d).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = f.tx().await;
    let back = tx.draft(ids[0]).await.unwrap().unwrap();
    assert_eq!(back.state, d.state);
    assert_eq!(
        (back.person, back.platform, back.updated_at, back.reminded),
        (d.person, d.platform, d.updated_at, false)
    );
    drop(tx);

    let raw: Vec<u8> = f.scalar("SELECT state_sealed FROM drafts", &[]).await;
    assert!(!contains(&raw, SECRET) && !contains(&raw, "coach"));
    assert!(
        !contains(&raw, "concern"),
        "not even the form name is readable"
    );
    assert_eq!(
        f.store
            .cipher()
            .decrypt(&raw, &crate::store::sql::sealing::draft(d.person))
            .unwrap()
            .len(),
        serde_json::to_vec(&d.state).unwrap().len()
    );
    assert!(
        !contains(&f.file_bytes(), "coach"),
        "nowhere in the database files"
    );
}

async fn saving_again_replaces_the_draft_and_deleting_removes_it(engine: Engine) {
    let f = Fixture::on(engine).await;
    let ids = f.parents(&[parent("P1", "Pat")]).await;
    let mut tx = f.tx().await;
    tx.save_draft(&draft(ids[0], 0)).await.unwrap();
    tx.mark_draft_reminded(ids[0]).await.unwrap();
    assert!(tx.draft(ids[0]).await.unwrap().unwrap().reminded);

    let mut newer = draft(ids[0], 5);
    newer.state.step = 3;
    tx.save_draft(&newer).await.unwrap();
    let back = tx.draft(ids[0]).await.unwrap().unwrap();
    assert_eq!(
        (back.state.step, back.updated_at, back.reminded),
        (3, at(5), false)
    );

    tx.delete_draft(ids[0]).await.unwrap();
    assert!(tx.draft(ids[0]).await.unwrap().is_none());
}

async fn idle_drafts_are_those_last_touched_before_the_time(engine: Engine) {
    let f = Fixture::on(engine).await;
    let ids = f
        .parents(&[
            parent("P1", "Pat"),
            parent("P2", "Sam"),
            parent("P3", "Kim"),
        ])
        .await;
    let mut tx = f.tx().await;
    tx.save_draft(&draft(ids[0], 30)).await.unwrap();
    tx.save_draft(&draft(ids[1], 10)).await.unwrap();
    tx.save_draft(&draft(ids[2], 20)).await.unwrap();

    let idle: Vec<PersonId> = tx
        .drafts_idle_since(SchoolId::default(), at(30))
        .await
        .unwrap()
        .iter()
        .map(|d| d.person)
        .collect();
    assert_eq!(
        idle,
        [ids[1], ids[2]],
        "oldest first; exactly-at is not idle"
    );
    // Sub-second precision is kept: a draft one nanosecond older counts.
    let idle = tx
        .drafts_idle_since(SchoolId::default(), at(10) + Duration::nanoseconds(1))
        .await
        .unwrap();
    assert_eq!(idle.len(), 1);
    // Another school's sweep finds none of them.
    let theirs = tx.drafts_idle_since(SchoolId(2), at(30)).await.unwrap();
    assert!(theirs.is_empty());
}

async fn a_draft_for_nobody_is_refused(engine: Engine) {
    let f = Fixture::on(engine).await;
    let mut tx = f.tx().await;
    assert!(tx.save_draft(&draft(PersonId(999), 0)).await.is_err());
}

both_engines!(
    saving_again_replaces_the_draft_and_deleting_removes_it,
    idle_drafts_are_those_last_touched_before_the_time,
    a_draft_for_nobody_is_refused,
);
