use super::*;
use crate::core::concern::reference::ConcernRef;
use crate::core::concern::store::{
    Concern, ConcernId, Details, Entry, EntryBody, NewConcern, UrgentDraft,
};
use crate::core::concern::types::{About, Category, EntryKind, Location, Outcome, Status};
use crate::core::message::Sensitive;

const NARRATIVE: &str = "Zed told me a stranger messaged him at night";
const NAMES: &str = "Zed Quartermaine, Year 6";
const REASON: &str = "Mother is aware and supportive";

/// Two staff members: a reporter and a subject.
pub(super) async fn staff(f: &Fixture) -> (PersonId, PersonId) {
    let mut tx = f.tx().await;
    let records = [
        rec("S1", "Rita Reporter", &[Role::Staff]),
        rec("S2", "Sam Subject", &[Role::Staff, Role::Dsl]),
    ];
    tx.import_people(SchoolId(1), Kind::Staff, &records, at(0))
        .await
        .unwrap();
    let mut ids = Vec::new();
    for ext in ["S1", "S2"] {
        let p = tx.person_by_external_id(SchoolId(1), ext).await.unwrap();
        ids.push(p.unwrap().id);
    }
    tx.commit().await.unwrap();
    (ids[0], ids[1])
}

pub(super) fn concern(reporter: PersonId, subject: PersonId, seq: u32) -> NewConcern {
    NewConcern {
        concern: Concern {
            id: ConcernId(0),
            school: SchoolId(1),
            reference: ConcernRef::new(2025, seq).unwrap(),
            reporter,
            about: About::Staff,
            categories: vec![Category::UnknownAdult, Category::LostDevice],
            urgent: true,
            conflict: false,
            told_dsl: true,
            place: Location::OnlineAtHome,
            occurred_at: at(-60),
            draft_ref: Some("D-ABC".into()),
            subjects: vec![subject],
            status: Status::Open,
            route_level: 0,
            escalate_at: Some(at(15)),
            acknowledged_at: None,
            acknowledged_by: None,
            closed_at: None,
            outcome: None,
            legal_hold: false,
            created_at: at(0),
        },
        details: Details {
            pupils: Some(Sensitive::new(NAMES.into())),
            person: Some(Sensitive::new("Sam".into())),
            account: Some(Sensitive::new(NARRATIVE.into())),
            action: None,
        },
    }
}

pub(super) fn entry(kind: EntryKind, author: PersonId) -> Entry {
    Entry {
        n: 0,
        kind,
        author: Some(author),
        happened_at: at(1),
        recorded_at: at(2),
        agency: None,
        corrects: None,
        status: None,
        outcome: None,
        body: EntryBody {
            reason: Some(Sensitive::new(REASON.into())),
            ..EntryBody::default()
        },
    }
}

/// A store with one concern (and two chronology entries) saved.
async fn with_concern(engine: Engine) -> (Fixture, ConcernId, NewConcern) {
    let f = Fixture::on(engine).await;
    let (rita, sam) = staff(&f).await;
    let new = concern(rita, sam, 7);
    let mut tx = f.tx().await;
    assert_eq!(
        tx.concerns()
            .next_concern_seq(SchoolId(1), 2025)
            .await
            .unwrap(),
        1
    );
    let id = tx.concerns().insert_concern(&new).await.unwrap();
    assert_eq!(
        tx.concerns()
            .add_entry(id, &entry(EntryKind::Reported, rita))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        tx.concerns()
            .add_entry(id, &entry(EntryKind::Decision, rita))
            .await
            .unwrap(),
        2
    );
    tx.concerns().record_alert(id, sam, 0, at(0)).await.unwrap();
    tx.commit().await.unwrap();
    (f, id, new)
}

async fn a_concern_round_trips_with_its_subjects_details_and_chronology(engine: Engine) {
    let (f, id, new) = with_concern(engine).await;
    let mut tx = f.tx().await;
    assert_eq!(
        tx.concerns()
            .next_concern_seq(SchoolId(1), 2025)
            .await
            .unwrap(),
        8
    );
    assert_eq!(
        tx.concerns()
            .next_concern_seq(SchoolId(1), 2026)
            .await
            .unwrap(),
        1
    );
    let r = new.concern.reference;
    let got = tx
        .concerns()
        .concern_by_ref(SchoolId(1), r)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        got,
        Concern {
            id,
            ..new.concern.clone()
        }
    );
    assert_eq!(
        tx.concerns().concern_details(id).await.unwrap(),
        new.details
    );
    let entries = tx.concerns().entries(id).await.unwrap();
    assert_eq!(entries.iter().map(|e| e.n).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(entries[1].kind, EntryKind::Decision);
    assert_eq!(entries[1].body.reason.as_ref().unwrap().expose(), REASON);
    let missing = ConcernRef::new(2025, 8).unwrap();
    assert!(tx
        .concerns()
        .concern_by_ref(SchoolId(1), missing)
        .await
        .unwrap()
        .is_none());
    assert!(tx
        .concerns()
        .concern_by_ref(SchoolId(2), r)
        .await
        .unwrap()
        .is_none());

    assert!(tx
        .concerns()
        .concerns_to_escalate(SchoolId(1), at(14))
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        tx.concerns()
            .concerns_to_escalate(SchoolId(1), at(15))
            .await
            .unwrap()
            .len(),
        1
    );
    let mut closed = got.clone();
    closed.status = Status::Closed;
    closed.closed_at = Some(at(30));
    closed.outcome = Some(Outcome::Police);
    closed.escalate_at = None;
    tx.concerns().update_concern(&closed).await.unwrap();
    assert!(tx
        .concerns()
        .open_concerns(SchoolId(1))
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        tx.concerns()
            .closed_concerns(SchoolId(1), at(31))
            .await
            .unwrap(),
        [closed.clone()]
    );
    assert!(tx
        .concerns()
        .closed_concerns(SchoolId(1), at(30))
        .await
        .unwrap()
        .is_empty());
    closed.legal_hold = true;
    tx.concerns().update_concern(&closed).await.unwrap();
    assert!(tx
        .concerns()
        .closed_concerns(SchoolId(1), at(31))
        .await
        .unwrap()
        .is_empty());

    let facts = tx
        .concerns()
        .concern_facts(SchoolId(1), at(0), at(1))
        .await
        .unwrap();
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0].status, Status::Closed);
    assert!(tx
        .concerns()
        .concern_facts(SchoolId(1), at(1), at(2))
        .await
        .unwrap()
        .is_empty());
}

async fn the_chronology_is_append_only(engine: Engine) {
    let (f, id, _) = with_concern(engine).await;
    for change in [
        "UPDATE concern_entries SET kind = 'note' WHERE concern_id = $1",
        "UPDATE concern_entries SET happened_at = recorded_at WHERE concern_id = $1",
        "UPDATE concern_entries SET body_sealed = (SELECT body_sealed FROM concern_entries \
         WHERE n = 1) WHERE concern_id = $1 AND n = 2",
        "UPDATE concern_entries SET facts_sealed = NULL WHERE concern_id = $1",
        "DELETE FROM concern_entries WHERE concern_id = $1",
    ] {
        let err = f.execute(change, &[&id.0]).await.unwrap_err();
        assert!(err.to_string().contains("append-only"), "{change}: {err}");
    }
    let mut tx = f.tx().await;
    let entries = tx.concerns().entries(id).await.unwrap();
    assert_eq!(entries.len(), 2);
    assert_eq!(entries[1].kind, EntryKind::Decision);
}

/// SQLite only: it reads the database file's bytes at rest.
#[tokio::test]
async fn names_and_narrative_are_never_stored_in_the_clear() {
    let (f, _, _) = with_concern(Engine::Sqlite).await;
    let bytes = f.file_bytes();
    assert!(contains(&bytes, "Rita Reporter"), "the file was read");
    for s in [NARRATIVE, NAMES, REASON, "k_adult", "s_device", "decision"] {
        assert!(!contains(&bytes, s), "{s} is in the clear");
    }
}

async fn key_rotation_reseals_concerns_and_their_chronology(engine: Engine) {
    let (mut f, id, new) = with_concern(engine).await;
    let new_key = Key::generate();
    f.store.rotate_key(new_key.clone()).await.unwrap();
    f.reopen(Cipher::new(new_key)).await.unwrap();
    let mut tx = f.tx().await;
    assert_eq!(
        tx.concerns().concern_details(id).await.unwrap(),
        new.details
    );
    assert_eq!(tx.concerns().entries(id).await.unwrap().len(), 2);
}

async fn deleting_a_concern_removes_its_chronology_alerts_and_subjects(engine: Engine) {
    let (f, id, new) = with_concern(engine).await;
    let mut tx = f.tx().await;
    tx.concerns().delete_concern(id).await.unwrap();
    tx.commit().await.unwrap();
    for table in [
        "concerns",
        "concern_entries",
        "concern_alerts",
        "concern_subjects",
    ] {
        let n: i64 = f
            .scalar(&format!("SELECT COUNT(*) FROM {table}"), &[])
            .await;
        assert_eq!(n, 0, "{table}");
    }
    let mut tx = f.tx().await;
    let r = new.concern.reference;
    assert!(tx
        .concerns()
        .concern_by_ref(SchoolId(1), r)
        .await
        .unwrap()
        .is_none());
}

/// SQLite only: it reads the database file's bytes at rest.
#[tokio::test]
async fn urgent_drafts_are_remembered_with_their_people_sealed_until_forgotten() {
    let f = Fixture::new().await;
    let (rita, _) = staff(&f).await;
    let mut tx = f.tx().await;
    let draft = |r: &str, at, subjects: Vec<PersonId>| UrgentDraft {
        draft_ref: r.into(),
        reporter: rita,
        about: About::Staff,
        alerted: vec![PersonId(77), PersonId(78)],
        subjects,
        alerted_at: at,
    };
    tx.concerns()
        .record_urgent_draft(SchoolId(1), &draft("D-1", at(0), vec![]))
        .await
        .unwrap();
    // Naming a subject later updates the people, not when it was raised.
    tx.concerns()
        .record_urgent_draft(SchoolId(1), &draft("D-1", at(5), vec![PersonId(78)]))
        .await
        .unwrap();
    tx.concerns()
        .record_urgent_draft(SchoolId(1), &draft("D-2", at(1), vec![]))
        .await
        .unwrap();
    let all = tx.concerns().urgent_drafts(SchoolId(1)).await.unwrap();
    assert_eq!(
        all,
        [
            draft("D-1", at(0), vec![PersonId(78)]),
            draft("D-2", at(1), vec![])
        ]
    );
    tx.concerns().forget_urgent_draft("D-1").await.unwrap();
    assert_eq!(
        tx.concerns()
            .urgent_drafts(SchoolId(1))
            .await
            .unwrap()
            .len(),
        1
    );
    tx.commit().await.unwrap();
    assert!(
        !contains(&f.file_bytes(), "[77,78]"),
        "who was alerted is sealed"
    );
}

/// SQLite only: the older databases that kept relationships plain are SQLite files.
#[tokio::test]
async fn relationships_an_older_database_kept_plain_are_sealed_when_it_is_opened() {
    let (mut f, id, new) = with_concern(Engine::Sqlite).await;
    let (reporter, subject) = (new.concern.reporter, new.concern.subjects[0]);
    // The rows as an older Haven wrote them: facts in plain columns, subjects in their table
    // (written past the chronology's trigger, which never lets plain facts back in).
    let trigger: String = f
        .scalar(
            "SELECT sql FROM sqlite_master WHERE name = 'concern_entries_append_only'",
            &[],
        )
        .await;
    let legacy = [
        "DROP TRIGGER concern_entries_append_only".to_string(),
        format!(
            "UPDATE concerns SET facts_sealed = NULL, reporter_id = {}, about = 'staff', \
             categories = 'k_adult,s_device', conflict = 0, told_dsl = 1, place = 'school', \
             occurred_at = '2025-01-01T10:00:00.000000000Z' WHERE id = {}",
            reporter.0, id.0
        ),
        format!(
            "INSERT INTO concern_subjects (concern_id, person_id, school_id) VALUES ({}, {}, 1)",
            id.0, subject.0
        ),
        format!(
            "UPDATE concern_entries SET facts_sealed = NULL, kind = 'decision', author_id = {} \
             WHERE concern_id = {} AND n = 2",
            reporter.0, id.0
        ),
        trigger,
    ];
    for sql in &legacy {
        f.execute(sql, &[]).await.unwrap();
    }
    f.reopen(Cipher::new(f.key.clone())).await.unwrap();

    let mut tx = f.tx().await;
    let c = tx
        .concerns()
        .concern_by_ref(SchoolId(1), new.concern.reference)
        .await
        .unwrap()
        .expect("readable once sealed");
    assert_eq!((c.reporter, c.about), (reporter, About::Staff));
    assert_eq!(c.categories, [Category::UnknownAdult, Category::LostDevice]);
    assert_eq!(c.subjects, [subject]);
    let entries = tx.concerns().entries(id).await.unwrap();
    assert_eq!(
        (entries[1].kind, entries[1].author),
        (EntryKind::Decision, Some(reporter))
    );
    drop(tx);
    for (table, columns) in [
        (
            "concerns",
            "reporter_id IS NOT NULL OR categories IS NOT NULL",
        ),
        (
            "concern_entries",
            "kind IS NOT NULL OR author_id IS NOT NULL",
        ),
        ("concern_subjects", "1"),
    ] {
        let n: i64 = f
            .scalar(
                &format!("SELECT COUNT(*) FROM {table} WHERE {columns}"),
                &[],
            )
            .await;
        assert_eq!(n, 0, "{table} still holds plain relationships");
    }
}

both_engines!(
    a_concern_round_trips_with_its_subjects_details_and_chronology,
    the_chronology_is_append_only,
    key_rotation_reseals_concerns_and_their_chronology,
    deleting_a_concern_removes_its_chronology_alerts_and_subjects,
);

/// PostgreSQL only (SQLite has one writer by nature): two instances on one database numbering
/// concerns at once never give two concerns one number, because every transaction takes the
/// writer's advisory lock before it reads the last number.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_instances_numbering_concerns_at_once_never_share_a_number() {
    let Some(Engine::Postgres(url)) = Engine::postgres().await else {
        return;
    };
    let f = Fixture::on(Engine::Postgres(url.clone())).await;
    let (rita, sam) = staff(&f).await;
    let open = || PgStore::open(&url, Cipher::new(f.key.clone()));
    let instances = [
        std::sync::Arc::new(open().await.unwrap()),
        std::sync::Arc::new(open().await.unwrap()),
    ];
    let mut reports = Vec::new();
    for i in 0..16 {
        let store = instances[i % 2].clone();
        reports.push(tokio::spawn(async move {
            let mut tx = store.begin().await.unwrap();
            let seq = tx
                .concerns()
                .next_concern_seq(SchoolId(1), 2025)
                .await
                .unwrap();
            tx.concerns()
                .insert_concern(&concern(rita, sam, seq))
                .await
                .unwrap();
            tx.commit().await.unwrap();
            seq
        }));
    }
    let mut numbers = Vec::new();
    for r in reports {
        numbers.push(r.await.unwrap());
    }
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=16).collect::<Vec<_>>());
}
