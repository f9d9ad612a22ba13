//! A sealed value opens only in its own place: copied into another concern, chronology entry,
//! draft, stream (or another column of the same stream), outbox row or urgent draft, it does
//! not open, the read goes through the quarantine, and nobody is shown the other row's content.

use super::concern::{concern, entry, staff};
use super::drafts::draft;
use super::outbox::credentials;
use super::streams::secrets;
use super::*;
use crate::core::concern::store::{ConcernId, Details, UrgentDraft};
use crate::core::concern::transfer_store::{Transfer, TransferId};
use crate::core::concern::types::{About, EntryKind};
use crate::core::form::Answer;
use crate::core::message::{Outgoing, Sensitive};
use crate::core::store::Job;
use crate::core::streams::store::{Audience, NewStream, Service, StreamId, StreamStatus};

/// What was sealed where by [`populate`].
pub(super) struct Sealed {
    pub concerns: [ConcernId; 2],
    pub drafts: [PersonId; 2],
    pub streams: [StreamId; 2],
}

/// One narrative per concern, entry, draft and stream, each naming its own row.
fn text(what: &str, n: usize) -> String {
    format!("{what} number {n}, told in confidence")
}

/// A store with two of everything sealed: concerns (two entries each), drafts, streams,
/// sensitive outbox rows, urgent drafts and transfers.
pub(super) async fn populate(f: &Fixture) -> Sealed {
    let (rita, sam) = staff(f).await;
    let people = f
        .parents(&[parent("P1", "Pat"), parent("P2", "Priya")])
        .await;
    f.link(people[0], &tg("100"), 0).await;
    f.link(people[1], &tg("200"), 0).await;
    let mut tx = f.tx().await;
    let mut concerns = Vec::new();
    for seq in 1..=2 {
        let mut new = concern(rita, sam, seq);
        new.details = details(seq as usize);
        let id = tx.concerns().insert_concern(&new).await.unwrap();
        for n in 1..=2 {
            let mut e = entry(EntryKind::Decision, rita);
            e.body.reason = Some(Sensitive::new(text("reason", 10 * seq as usize + n)));
            tx.concerns().add_entry(id, &e).await.unwrap();
        }
        concerns.push(id);
        let t = Transfer {
            id: TransferId(0),
            school: SchoolId(1),
            cases: vec![id],
            receiving_school: Sensitive::new(text("receiving school", seq as usize)),
            due_from: at(0).date_naive(),
            deadline: at(0).date_naive(),
            sent_on: at(0).date_naive(),
            sent_by: sam,
            recorded_at: at(0),
            receipt: None,
        };
        tx.transfers().insert_transfer(&t).await.unwrap();
    }
    let mut streams = Vec::new();
    for (i, p) in people.iter().enumerate() {
        let mut d = draft(*p, 0);
        let answer = Answer::Text(text("draft", i));
        d.state.answers.0.insert("details".into(), answer);
        tx.save_draft(&d).await.unwrap();
        let m = credentials(&text("passcode", i));
        assert!(tx
            .enqueue(&Outgoing::to_person(*p, None, m), at(0))
            .await
            .unwrap());
        let urgent = UrgentDraft {
            draft_ref: format!("D-{i}"),
            reporter: *p,
            about: About::Pupil,
            alerted: vec![sam],
            subjects: vec![PersonId(i as i64 + 500)],
            alerted_at: at(i as i64),
        };
        tx.concerns()
            .record_urgent_draft(SchoolId(1), &urgent)
            .await
            .unwrap();
        let new = NewStream {
            school: SchoolId(1),
            organiser: *p,
            title: format!("Assembly {i}"),
            audience: Audience::WholeSchool,
            service: Service::Zoom,
            starts_at: at(60),
            ends_at: at(120),
            chat_monitor: None,
            supervisors: vec![],
            status: StreamStatus::Scheduled,
            secrets: secrets(&text("passcode", i)),
        };
        streams.push(tx.streams().create_stream(&new, at(0)).await.unwrap());
    }
    tx.commit().await.unwrap();
    Sealed {
        concerns: [concerns[0], concerns[1]],
        drafts: [people[0], people[1]],
        streams: [streams[0], streams[1]],
    }
}

pub(super) fn details(n: usize) -> Details {
    Details {
        pupils: Some(Sensitive::new(text("pupils", n))),
        person: None,
        account: Some(Sensitive::new(text("account", n))),
        action: None,
    }
}

/// Copies `column` of the row where `from` holds into the row where `to` holds, as someone
/// with the database file could (past the chronology's trigger too: it guards against mistakes,
/// the sealing against people).
async fn copy(f: &Fixture, table: &str, column: &str, key: &str, from: i64, to: i64) {
    let sql = format!(
        "UPDATE {table} SET {column} = (SELECT {column} FROM {table} WHERE {key} = $1) \
         WHERE {key} = $2"
    );
    let bypass = "INSERT INTO meta (school_id, name, value) VALUES (0, 'resealing', '1')";
    f.execute(bypass, &[]).await.unwrap();
    assert_eq!(f.execute(&sql, &[&from, &to]).await.unwrap(), 1);
    f.execute("DELETE FROM meta WHERE name = 'resealing'", &[])
        .await
        .unwrap();
}

/// The quarantine's records, as (table, row, column).
async fn set_aside(f: &Fixture) -> Vec<(String, i64, String)> {
    f.store
        .with_conn(async |c| {
            sql::all(
                c,
                "SELECT table_name, row_key, column_name FROM quarantine ORDER BY id",
                &[],
                sql::tuple,
            )
            .await
        })
        .await
        .unwrap()
}

fn place(table: &str, row: i64, column: &str) -> (String, i64, String) {
    (table.into(), row, column.into())
}

async fn details_copied_to_another_concern_do_not_open_there(engine: Engine) {
    let f = Fixture::on(engine).await;
    let s = populate(&f).await;
    let [one, two] = s.concerns;
    copy(&f, "concerns", "details_sealed", "id", two.0, one.0).await;

    let mut tx = f.tx().await;
    let err = tx.concerns().concern_details(one).await.unwrap_err();
    let shown = format!("{err:#}");
    assert!(shown.contains("does not open"), "{shown}");
    assert!(!shown.contains("number 2"), "{shown}");
    assert_eq!(
        tx.concerns().concern_details(two).await.unwrap(),
        details(2)
    );
    tx.commit().await.unwrap();
    assert_eq!(
        set_aside(&f).await,
        [place("concerns", one.0, "details_sealed")]
    );
}

async fn entry_bodies_copied_within_or_between_chronologies_do_not_open(engine: Engine) {
    let f = Fixture::on(engine).await;
    let s = populate(&f).await;
    let [one, two] = s.concerns;
    let ids: Vec<i64> = f
        .scalars("SELECT id FROM concern_entries ORDER BY concern_id, n", &[])
        .await;
    // Entry 2 of the first concern into its entry 1, then entry 1 of the first into entry 1
    // of the second (same number, another concern).
    copy(&f, "concern_entries", "body_sealed", "id", ids[1], ids[0]).await;
    copy(&f, "concern_entries", "body_sealed", "id", ids[0], ids[2]).await;

    let mut tx = f.tx().await;
    for id in [one, two] {
        let err = tx.concerns().entries(id).await.unwrap_err();
        assert!(!format!("{err:#}").contains("reason number"), "{err:#}");
    }
    tx.commit().await.unwrap();
    assert_eq!(
        set_aside(&f).await,
        [
            place("concern_entries", ids[0], "body_sealed"),
            place("concern_entries", ids[2], "body_sealed"),
        ]
    );
}

async fn a_draft_copied_to_another_person_does_not_open_and_they_start_afresh(engine: Engine) {
    let f = Fixture::on(engine).await;
    let s = populate(&f).await;
    let [pat, priya] = s.drafts;
    copy(&f, "drafts", "state_sealed", "person_id", priya.0, pat.0).await;

    let mut tx = f.tx().await;
    assert!(tx.draft(pat).await.unwrap().is_none(), "a fresh form");
    let theirs = tx.draft(priya).await.unwrap().unwrap();
    let answer = theirs.state.answers.0.get("details");
    assert_eq!(answer, Some(&Answer::Text(text("draft", 1))));
    tx.commit().await.unwrap();
    assert_eq!(
        set_aside(&f).await,
        [place("drafts", pat.0, "state_sealed")]
    );
}

async fn joining_details_copied_to_another_stream_or_column_do_not_open(engine: Engine) {
    let f = Fixture::on(engine).await;
    let s = populate(&f).await;
    let [one, two] = s.streams;
    let passcode: Vec<u8> = f
        .scalar(
            "SELECT passcode_sealed FROM streams WHERE id = $1",
            &[&two.0],
        )
        .await;
    copy(&f, "streams", "link_sealed", "id", two.0, one.0).await;
    let link_into_passcode = "UPDATE streams SET passcode_sealed = link_sealed WHERE id = $1";
    f.execute(link_into_passcode, &[&two.0]).await.unwrap();

    let mut tx = f.tx().await;
    for id in [one, two] {
        let err = tx.streams().stream_secrets(id).await.unwrap_err();
        let shown = format!("{err:#}");
        assert!(shown.contains("does not open"), "{shown}");
        assert!(
            !shown.contains("zoom") && !shown.contains("passcode number"),
            "{shown}"
        );
    }
    drop(tx);
    // Put back where it was sealed, the passcode opens again.
    let restore = "UPDATE streams SET passcode_sealed = $1 WHERE id = $2";
    f.execute(restore, &[&passcode, &two.0]).await.unwrap();
    let mut tx = f.tx().await;
    let back = tx.streams().stream_secrets(two).await.unwrap();
    assert_eq!(back, Some(secrets(&text("passcode", 1))));
}

async fn an_outbox_body_copied_to_another_row_is_not_sent(engine: Engine) {
    let f = Fixture::on(engine).await;
    populate(&f).await;
    let ids: Vec<i64> = f
        .scalars(
            "SELECT id FROM outbox WHERE body_sealed IS NOT NULL ORDER BY id",
            &[],
        )
        .await;
    copy(&f, "outbox", "body_sealed", "id", ids[1], ids[0]).await;

    let mut tx = f.tx().await;
    let due = tx.due(Platform::Telegram, at(0), 10, 10).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(due.iter().map(|i| i.id).collect::<Vec<_>>(), [ids[1]]);
    let Job::Send(body) = &due[0].job else {
        panic!("a message")
    };
    assert!(format!("{body:?}").contains("passcode"));
    assert_eq!(
        set_aside(&f).await,
        [place("outbox", ids[0], "body_sealed")]
    );
    let status: String = f
        .scalar("SELECT status FROM outbox WHERE id = $1", &[&ids[0]])
        .await;
    assert_eq!(status, "failed");
}

async fn urgent_draft_people_copied_to_another_draft_do_not_open(engine: Engine) {
    let f = Fixture::on(engine).await;
    populate(&f).await;
    let rows: Vec<i64> = f
        .scalars(
            "SELECT rowid FROM concern_urgent_drafts ORDER BY draft_ref",
            &[],
        )
        .await;
    copy(
        &f,
        "concern_urgent_drafts",
        "people_sealed",
        "rowid",
        rows[1],
        rows[0],
    )
    .await;

    let mut tx = f.tx().await;
    let drafts = tx.concerns().urgent_drafts(SchoolId(1)).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!(
        (drafts[0].draft_ref.as_str(), drafts[0].subjects.as_slice()),
        ("D-1", [PersonId(501)].as_slice())
    );
    assert_eq!(
        set_aside(&f).await,
        [place("concern_urgent_drafts", rows[0], "people_sealed")]
    );
}

async fn key_rotation_reseals_every_column_in_its_own_place(engine: Engine) {
    let f = Fixture::on(engine).await;
    let s = populate(&f).await;
    f.store.rotate_key(Key::generate()).await.unwrap();
    let checkup = f.store.doctor().await.unwrap();
    assert!(checkup.healthy(), "{:?}", checkup.sealed);
    assert!(checkup.sealed.iter().all(
        |c| c.values == 2 || ["concern_entries", "concern_alerts", "audit"].contains(&c.table)
    ));
    let mut tx = f.tx().await;
    assert_eq!(
        tx.concerns().concern_details(s.concerns[1]).await.unwrap(),
        details(2)
    );
    let reasons: Vec<String> = tx
        .concerns()
        .entries(s.concerns[1])
        .await
        .unwrap()
        .into_iter()
        .map(|e| e.body.reason.unwrap().expose().clone())
        .collect();
    assert_eq!(reasons, [text("reason", 21), text("reason", 22)]);
}

both_engines!(
    details_copied_to_another_concern_do_not_open_there,
    entry_bodies_copied_within_or_between_chronologies_do_not_open,
    a_draft_copied_to_another_person_does_not_open_and_they_start_afresh,
    joining_details_copied_to_another_stream_or_column_do_not_open,
    an_outbox_body_copied_to_another_row_is_not_sent,
    urgent_draft_people_copied_to_another_draft_do_not_open,
    key_rotation_reseals_every_column_in_its_own_place,
);
