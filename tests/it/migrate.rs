//! `haven migrate-to postgres://…` beside the real binary: a school's SQLite database, with a
//! concern half-written (a sealed draft), copied into a fresh PostgreSQL database; Haven then
//! runs on PostgreSQL and the reporter carries on where they stopped. A second copy into the
//! same database, and a copy while Haven runs on the SQLite file, are refused and change
//! nothing.

use crate::support::binary::{haven, run};
use crate::support::postgres::fresh_database;
use std::process::Stdio;

#[tokio::test]
async fn a_school_moves_to_postgres_and_a_half_written_concern_carries_on_there() {
    let Some(url) = fresh_database().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Owen starts a concern on the SQLite school and stops after the first question.
    let (out, err, ok) = run(d, &[], &[], "/as Owen\n/concern\n");
    assert!(ok, "{err}");
    assert!(out.contains("Who is the concern about?"), "{out}");

    let (out, err, ok) = run(d, &["migrate-to", &url], &[], "");
    assert!(ok, "{out}\n{err}");
    assert!(out.contains("people: 19 rows copied"), "{out}");
    assert!(out.contains("drafts: 1 rows copied"), "{out}");
    // Sealed: Owen's draft and the buttons the console last showed him.
    assert!(out.contains("console_buttons: 1 rows copied"), "{out}");
    assert!(
        out.contains("all 2 encrypted values open with the key in PostgreSQL"),
        "{out}"
    );
    assert!(!out.contains("Owen"), "names never printed: {out}");

    // Haven on PostgreSQL: the demo is not seeded again, and Owen's draft opens.
    let pg = [("HAVEN_DATABASE__URL", url.as_str())];
    let (out, err, ok) = run(d, &[], &pg, "/people\n/as Owen\n1\n");
    assert!(ok, "{err}");
    assert_eq!(
        out.matches("Owen Hartley — staff,it_lead").count(),
        1,
        "{out}"
    );
    assert!(
        out.contains("Is a child at immediate risk of harm right now?"),
        "the draft carried on from its first answer: {out}"
    );

    // A second copy into the same database is refused, and the database is unchanged.
    let (out, err, ok) = run(d, &["migrate-to", &url], &[], "");
    assert!(!ok, "{out}");
    assert!(
        err.contains("the PostgreSQL database already holds rows in"),
        "{err}"
    );
    let (out, _, _) = run(d, &[], &pg, "/people\n");
    assert_eq!(out.matches("Owen Hartley").count(), 1, "{out}");
}

#[tokio::test]
async fn a_copy_is_refused_while_haven_runs_on_the_sqlite_file() {
    let Some(url) = fresh_database().await else {
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (_, err, ok) = run(d, &[], &[], "/as Daniel\n");
    assert!(ok, "{err}");
    // Haven running on the file: its console waits for input.
    let mut running = haven(d, &[], &[])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut line = String::new();
    let mut stdout = std::io::BufReader::new(running.stdout.take().unwrap());
    std::io::BufRead::read_line(&mut stdout, &mut line).unwrap();
    assert!(line.contains("Haven console"), "{line}");

    let (out, err, ok) = run(d, &["migrate-to", &url], &[], "");
    assert!(!ok, "{out}");
    assert!(
        err.contains("Haven is running on this database; stop it before copying it."),
        "{err}"
    );
    drop(running.stdin.take());
    running.wait().unwrap();

    let (out, err, ok) = run(d, &["migrate-to", &url], &[], "");
    assert!(
        ok,
        "once Haven has stopped the copy goes ahead: {out}\n{err}"
    );
}
