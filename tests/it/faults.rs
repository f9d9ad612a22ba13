//! One unreadable row never stops anyone else's work: a draft with one byte flipped is set
//! aside, every sweep still runs, its owner is told once and can report again, and
//! `haven doctor` lists it.

use crate::concern::{report, Report};
use crate::support::{spawn_app, TestApp};
use chrono::Duration;
use haven::core::aup::text::SAMPLE_STAFF;
use std::process::Command;

const SET_ASIDE: &str = "Your unfinished form could not be opened and was set aside";
const ESCALATED: &str = "not been acknowledged in time";
const AUP_ASK: &str = "Before you use school systems, please read and sign";
const IDLE: &str = "You have an unfinished";
const RECORD_SET_ASIDE: &str = "A safeguarding record could not be opened";

/// Publishes the staff AUP now, as `haven aup publish` does.
async fn publish_aup(app: &TestApp) {
    crate::aup::publish_now(app, "2026.1", "staff", SAMPLE_STAFF).await;
}

/// A raw connection to the test's database file, beside the running app.
fn raw(app: &TestApp) -> rusqlite::Connection {
    rusqlite::Connection::open(app.dir.path().join("haven.db")).expect("raw connection")
}

/// Flips one byte in the middle of a sealed column of the row `key_col = key`.
fn flip_byte(app: &TestApp, table: &str, column: &str, key_col: &str, key: i64) {
    let c = raw(app);
    let mut sealed: Vec<u8> = c
        .query_row(
            &format!("SELECT {column} FROM {table} WHERE {key_col} = ?1"),
            [key],
            |r| r.get(0),
        )
        .expect("sealed value");
    let middle = sealed.len() / 2;
    sealed[middle] ^= 0x01;
    // Damage on disk does not ask the chronology's trigger, so this goes past it.
    c.execute(
        "INSERT INTO meta (school_id, name, value) VALUES (0, 'resealing', '1')",
        [],
    )
    .expect("past the trigger");
    c.execute(
        &format!("UPDATE {table} SET {column} = ?1 WHERE {key_col} = ?2"),
        rusqlite::params![sealed, key],
    )
    .expect("flipped");
    c.execute("DELETE FROM meta WHERE name = 'resealing'", [])
        .expect("trigger back");
}

fn person_id(app: &TestApp, name: &str) -> i64 {
    raw(app)
        .query_row("SELECT id FROM people WHERE name = ?1", [name], |r| {
            r.get(0)
        })
        .expect("person")
}

fn set_aside_rows(app: &TestApp) -> Vec<(String, i64, i64)> {
    let c = raw(app);
    let mut s = c
        .prepare("SELECT table_name, row_key, reported FROM quarantine ORDER BY id")
        .unwrap();
    s.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

/// `haven doctor` on the test's database and key: (standard output, success).
fn doctor(app: &TestApp) -> (String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_haven"))
        .current_dir(app.dir.path())
        .env_clear()
        .arg("doctor")
        .env("HAVEN_SECRETS__KEY", &app.key_b64)
        .env("HAVEN_DATABASE__URL", app.dir.path().join("haven.db"))
        .output()
        .expect("haven runs");
    (
        String::from_utf8_lossy(&out.stdout).to_string(),
        out.status.success(),
    )
}

#[tokio::test]
async fn a_corrupt_draft_is_set_aside_and_every_sweep_still_runs() {
    let app = spawn_app().await;
    let (owen, beverley, josie) = (
        app.person("Owen Hartley"),
        app.person("Beverley Ashdown"),
        app.person("Josie Quennell"),
    );
    let (daniel, priya, margaret) = (
        app.person("Daniel Okafor"),
        app.person("Priya Castellane"),
        app.person("Margaret Thornbury"),
    );
    let danger = Report {
        danger: true,
        ..Report::default()
    };
    let r = report(&josie, &danger).await;
    owen.says("/concern").await;
    beverley.says("/concern").await;
    publish_aup(&app).await;
    flip_byte(
        &app,
        "drafts",
        "state_sealed",
        "person_id",
        person_id(&app, "Owen Hartley"),
    );
    for p in [&owen, &daniel, &priya, &margaret, &beverley] {
        p.catch_up();
    }

    app.advance(Duration::minutes(31)).await;

    // Every sweep ran: an escalation, the AUP asks, a form reminder for someone else.
    let up = margaret.sees(ESCALATED);
    assert!(up.text.contains(&r), "{}", up.text);
    daniel.sees(AUP_ASK);
    beverley.sees(IDLE);
    // The owner is told once, honestly; nobody else hears of their draft.
    owen.sees(SET_ASIDE);
    owen.does_not_see(IDLE);
    for p in [&daniel, &priya, &margaret, &beverley] {
        p.does_not_see(SET_ASIDE);
        p.does_not_see(RECORD_SET_ASIDE);
    }
    let owen_id = person_id(&app, "Owen Hartley");
    assert_eq!(
        set_aside_rows(&app),
        vec![("drafts".to_string(), owen_id, 1)]
    );

    // A fresh form: Owen can report, and is not told again.
    let mine = report(&owen, &Report::default()).await;
    assert_ne!(mine, r);
    app.advance(Duration::minutes(31)).await;
    owen.does_not_see(SET_ASIDE);

    let (out, healthy) = doctor(&app);
    assert!(!healthy, "{out}");
    assert!(out.contains("Database file: sound"), "{out}");
    assert!(
        out.contains(&format!(
            "Set aside Q1: drafts row {owen_id} (state_sealed)"
        )),
        "{out}"
    );
    assert!(
        out.contains("malformed") || out.contains("does not open with the key"),
        "{out}"
    );
    assert!(out.contains("people told: yes"), "{out}");
    assert!(!out.contains(crate::concern::ACCOUNT), "{out}");
}

#[tokio::test]
async fn the_owner_writing_first_is_told_in_that_turn_and_not_again() {
    let app = spawn_app().await;
    let owen = app.person("Owen Hartley");
    owen.says("/concern").await;
    flip_byte(
        &app,
        "drafts",
        "state_sealed",
        "person_id",
        person_id(&app, "Owen Hartley"),
    );
    owen.catch_up();
    owen.says("/concern").await;
    owen.sees(SET_ASIDE);
    owen.sees("Who is the concern about?");
    owen.sees_nothing_new();
    app.tick().await;
    owen.sees_nothing_new();
    assert!(
        app.draft_of("STF006").await.is_some(),
        "a fresh form is open"
    );
}

#[tokio::test]
async fn a_corrupt_chronology_entry_is_reported_to_the_dsl_team_once_and_others_go_on() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let first = report(&josie, &Report::default()).await;
    let second = report(&josie, &Report::default()).await;
    let (daniel, priya) = (app.person("Daniel Okafor"), app.person("Priya Castellane"));
    let entry: i64 = raw(&app)
        .query_row("SELECT MIN(id) FROM concern_entries", [], |r| r.get(0))
        .expect("an entry");
    flip_byte(&app, "concern_entries", "body_sealed", "id", entry);
    daniel.catch_up();
    priya.catch_up();

    daniel.says(&format!("/case {first}")).await;
    daniel.sees("Sorry, something went wrong");
    daniel.says(&format!("/case {second}")).await;
    daniel.does_not_see("Sorry, something went wrong");
    app.tick().await;
    for p in [&daniel, &priya] {
        let m = p.sees(RECORD_SET_ASIDE);
        assert!(m.text.contains("Q1"), "{}", m.text);
    }
    app.tick().await;
    daniel.sees_nothing_new();
    josie.does_not_see(RECORD_SET_ASIDE);
}

#[tokio::test]
async fn a_sweep_that_fails_is_logged_and_the_others_still_run() {
    let app = spawn_app().await;
    let (josie, beverley, margaret) = (
        app.person("Josie Quennell"),
        app.person("Beverley Ashdown"),
        app.person("Margaret Thornbury"),
    );
    let danger = Report {
        danger: true,
        ..Report::default()
    };
    let r = report(&josie, &danger).await;
    beverley.says("/concern").await;
    // The broadcasts' table is gone: their sweep fails on every tick.
    raw(&app)
        .execute_batch("DROP TABLE broadcasts")
        .expect("dropped");
    app.clock.advance(Duration::minutes(31));
    let err = app.app.tick().await.expect_err("the broadcasts failed");
    let said = format!("{err:#}");
    assert!(
        said.starts_with("scheduled work failed: broadcasts ("),
        "{said}"
    );
    assert!(
        !said.contains("escalations") && !said.contains("forms"),
        "{said}"
    );
    app.deliver().await;
    assert!(margaret.sees(ESCALATED).text.contains(&r));
    beverley.sees(IDLE);
}

#[tokio::test]
async fn a_narrative_copied_into_another_case_is_never_shown_there() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let first = report(&josie, &Report::default()).await;
    let other = "Sam said an older pupil takes his lunch money at the gate every morning";
    let second = report(
        &josie,
        &Report {
            account: other,
            ..Report::default()
        },
    )
    .await;
    let daniel = app.person("Daniel Okafor");
    raw(&app)
        .execute(
            "UPDATE concerns SET details_sealed = \
             (SELECT details_sealed FROM concerns WHERE seq = 2) WHERE seq = 1",
            [],
        )
        .expect("copied");
    daniel.catch_up();

    daniel.says(&format!("/case {first}")).await;
    daniel.does_not_see(other);
    daniel.sees("Sorry, something went wrong");
    daniel.says(&format!("/case {second}")).await;
    let view = daniel.sees(&format!("Case {second}"));
    assert!(view.text.contains(other), "{}", view.text);
    app.tick().await;
    let m = daniel.sees(RECORD_SET_ASIDE);
    assert!(!m.text.contains(other), "{}", m.text);
    let (out, _) = doctor(&app);
    assert!(out.contains("concerns"), "{out}");
    assert!(!out.contains(other), "{out}");
}
