//! The `haven` binary with no token: the console on the demo school, driven by a script on
//! standard input, exactly as a newcomer's first run.

use std::io::Write;
use std::process::{Command, Stdio};

fn run_script(dir: &std::path::Path, script: &str) -> (String, String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_haven"))
        .current_dir(dir)
        .env_remove("HAVEN_TELEGRAM__TOKEN")
        .env("HAVEN_LOG__LEVEL", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("haven starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(script.as_bytes())
        .expect("script written");
    let out = child.wait_with_output().expect("haven finishes");
    (
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
        out.status.success(),
    )
}

#[test]
fn a_script_on_stdin_talks_to_the_demo_school_and_sees_every_delivery() {
    let dir = tempfile::tempdir().unwrap();
    let script = "/as Daniel\n/whoami\n/in group staffroom\n/whoami\n/in private\n/language\n3\n/as Stranger\nhello\n";
    let (out, err, ok) = run_script(dir.path(), script);
    assert!(ok, "exit status; stderr:\n{err}");
    assert!(out.contains("You are now Daniel Okafor."), "{out}");
    assert!(
        out.contains("── to Daniel Okafor (private chat)\n  You are Daniel Okafor."),
        "{out}"
    );
    assert!(
        out.contains("── to group staffroom\n  I've sent you a private message."),
        "{out}"
    );
    assert!(out.contains("[3] Polski"), "{out}");
    assert!(
        out.contains("── to Stranger (private chat)\n  I don't know who you are yet."),
        "{out}"
    );
    assert!(
        dir.path().join("haven.db").exists(),
        "embedded SQLite in the working directory"
    );
    assert!(
        dir.path().join("haven.key").exists(),
        "a key is created for the demo"
    );
}

#[test]
fn the_demo_school_persists_between_runs_and_is_not_seeded_twice() {
    let dir = tempfile::tempdir().unwrap();
    let (_, err, ok) = run_script(dir.path(), "/as Emma\n/language pl\n");
    assert!(ok, "{err}");
    let (out, err, ok) = run_script(dir.path(), "/people\n/as Emma\n/whoami\n");
    assert!(ok, "{err}");
    assert_eq!(out.matches("Emma Whitlow — parent").count(), 1, "{out}");
    assert!(
        out.contains("Polski"),
        "the language chosen last time is kept: {out}"
    );
}

#[test]
fn a_wrong_key_refuses_to_start_rather_than_write_plaintext() {
    let dir = tempfile::tempdir().unwrap();
    let (_, err, ok) = run_script(dir.path(), "/as Daniel\n/whoami\n");
    assert!(ok, "{err}");
    std::fs::remove_file(dir.path().join("haven.key")).unwrap();
    std::fs::write(
        dir.path().join("haven.toml"),
        "[secrets]\nkey = \"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\"\n",
    )
    .unwrap();
    let (_, err, ok) = run_script(dir.path(), "/as Daniel\n");
    assert!(!ok, "must not start with another key");
    assert!(err.contains("another key"), "{err}");
}

#[test]
fn the_demo_consoles_clock_moves_forward_and_what_falls_due_is_printed() {
    let dir = tempfile::tempdir().unwrap();
    let script = "/as Josie\n/concern\nno\n/clock +31m\n/clock 2020-01-01 09:00\n";
    let (out, err, ok) = run_script(dir.path(), script);
    assert!(ok, "{err}");
    assert!(out.contains("Running what fell due…"), "{out}");
    assert!(
        out.contains(
            "── to Josie Quennell (private chat)\n  You have an unfinished concern report"
        ),
        "the reminder half an hour on: {out}"
    );
    assert!(out.contains("1 message was sent (above)."), "{out}");
    assert!(out.contains("Haven's clock never goes backwards"), "{out}");
}

#[test]
fn after_a_restart_a_number_presses_the_open_questions_button_as_on_telegram() {
    let dir = tempfile::tempdir().unwrap();
    let (out, err, ok) = run_script(dir.path(), "/as Josie\n/concern\n");
    assert!(ok, "{err}");
    assert!(
        out.contains("[2] A member of staff, volunteer or contractor"),
        "{out}"
    );

    // Haven restarts on the same database; Josie presses 2, then 2 again.
    let (out, err, ok) = run_script(dir.path(), "/as Josie\n2\n2\n/as Daniel\n1\n");
    assert!(ok, "{err}");
    assert!(!out.contains("Please choose one of the buttons"), "{out}");
    assert!(!out.contains("belongs to an earlier message"), "{out}");
    assert!(
        out.contains("Josie Quennell> 2\n── to Josie Quennell (private chat)\n  Is a child at immediate risk of harm right now?\n  [1] Yes  [2] No"),
        "the first press chose a member of staff: {out}"
    );
    let after_no = out.split("Is a child at immediate risk").nth(1).unwrap();
    assert!(
        after_no.contains("Which member of staff, volunteer or contractor is it about?"),
        "the second press, on the new question, answered No: {out}"
    );
    // Daniel has no form open: his number is only text.
    assert!(
        out.contains(
            "Daniel Okafor> 1\n── to Daniel Okafor (private chat)\n  I'm not sure what you mean."
        ),
        "{out}"
    );
}

#[test]
fn after_a_restart_a_number_presses_the_buttons_of_the_last_message_whatever_their_kind() {
    let dir = tempfile::tempdir().unwrap();
    let (out, err, ok) = run_script(dir.path(), "/as Daniel\n/language\n/as Josie\n/whoami\n");
    assert!(ok, "{err}");
    assert!(
        out.contains("[1] English  [2] Cymraeg  [3] Polski"),
        "{out}"
    );

    // Haven restarts on the same database: Daniel's language buttons still work, once; Josie's
    // last message had no buttons, so her number is only text.
    let (out, err, ok) = run_script(dir.path(), "/as Daniel\n3\n3\n/as Josie\n1\n");
    assert!(ok, "{err}");
    assert!(
        out.contains("Daniel Okafor> 3\n── to Daniel Okafor (private chat)\n  Od teraz będę pisać do Ciebie w tym języku: Polski."),
        "{out}"
    );
    assert!(
        out.contains(
            "Daniel Okafor> 3\n── to Daniel Okafor (private chat)\n  Nie do końca rozumiem"
        ),
        "the buttons went with the message that answered them: {out}"
    );
    assert!(
        out.contains(
            "Josie Quennell> 1\n── to Josie Quennell (private chat)\n  I'm not sure what you mean."
        ),
        "{out}"
    );
}

#[test]
fn the_buttons_a_console_remembers_are_sealed_in_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let (_, err, ok) = run_script(dir.path(), "/as Daniel\n/language\n");
    assert!(ok, "{err}");
    let db = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "db"))
        .expect("a database");
    let conn = rusqlite::Connection::open(&db).unwrap();
    let (account, sealed): (String, Vec<u8>) = conn
        .query_row(
            "SELECT account_id, payloads_sealed FROM console_buttons",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(account, "Daniel Okafor");
    let clear = String::from_utf8_lossy(&sealed);
    assert!(!clear.contains("lang"), "payloads stored in clear: {clear}");
}
