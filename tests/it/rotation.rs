//! `haven rotate-key` beside the real binary: refused while Haven runs on the database, Haven
//! refused while a rotation holds it, run again to finish, `--check` counting what each key
//! seals, `secrets.old_keys` opening what an old key sealed, and files other users can read.
//! Each test runs the built binary in a temp directory with only the environment it gives it.

use crate::support::binary::{haven, run};
use haven::crypto::Key;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::Stdio;

fn fingerprint(dir: &Path, file: &str) -> String {
    Key::load_file(&dir.join(file)).unwrap().fingerprint()
}

/// The sealed draft of the only person with one.
fn draft_blob(dir: &Path) -> Vec<u8> {
    let db = rusqlite::Connection::open(dir.join("haven.db")).unwrap();
    db.query_row("SELECT state_sealed FROM drafts", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn rotation_waits_for_a_stopped_haven_and_can_be_run_again_to_finish() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Daniel leaves a concern half-written: a sealed draft.
    let (_, err, ok) = run(d, &[], &[], "/as Daniel\n/concern\n");
    assert!(ok, "{err}");
    let old = fingerprint(d, "haven.key");

    // Haven runs on the database: the rotation is refused and changes nothing.
    let mut bot = haven(d, &[], &[])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("haven starts");
    let mut stdin = bot.stdin.take().unwrap();
    stdin.write_all(b"/as Daniel\n/whoami\n").unwrap();
    stdin.flush().unwrap();
    let mut stdout = BufReader::new(bot.stdout.take().unwrap());
    loop {
        let mut line = String::new();
        assert!(
            stdout.read_line(&mut line).unwrap() > 0,
            "haven ended early"
        );
        if line.contains("You are Daniel Okafor.") {
            break;
        }
    }
    let (out, err, ok) = run(d, &["rotate-key", "--new-key-file", "new.key"], &[], "");
    assert!(!ok, "{out}");
    assert!(
        err.contains("Haven is running on this database; stop it first, then rotate the key."),
        "{err}"
    );
    let (out, err, ok) = run(d, &["rotate-key", "--check"], &[], "");
    assert!(ok, "{err}");
    assert!(
        out.contains(&format!(
            "drafts.state_sealed: 1 encrypted with key {old} (the current key)"
        )),
        "{out}"
    );
    drop(stdin);
    assert!(bot.wait().unwrap().success());

    // Stopped: the rotation goes ahead; the new key file is the owner's only.
    let (out, err, ok) = run(d, &["rotate-key", "--new-key-file", "new.key"], &[], "");
    assert!(ok, "{err}");
    let new = fingerprint(d, "new.key");
    assert!(
        out.contains(&format!(
            "Everything is now encrypted with the key in new.key (fingerprint {new})"
        )),
        "{out}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(d.join("new.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Run again (as after an interruption, the configuration unchanged): nothing left to do.
    let (_, err, ok) = run(d, &["rotate-key", "--new-key-file", "new.key"], &[], "");
    assert!(ok, "{err}");

    // The old key alone no longer opens the database, and the message names the setting.
    let (_, err, ok) = run(d, &[], &[], "/as Daniel\n");
    assert!(!ok);
    assert!(
        err.contains(&format!("another key (fingerprint {new})")),
        "{err}"
    );
    assert!(err.contains("secrets.old_keys"), "{err}");

    // The new key with the old one listed: Haven starts and Daniel's draft is there.
    let env = [
        ("HAVEN_SECRETS__KEY_FILE", "new.key"),
        ("HAVEN_SECRETS__OLD_KEYS", "haven.key"),
    ];
    let (out, err, ok) = run(d, &["rotate-key", "--check"], &env, "");
    assert!(ok, "{out}\n{err}");
    assert!(
        out.contains(&format!(
            "Everything is encrypted with the current key ({new})."
        )),
        "{out}"
    );
    assert!(!out.contains(&old), "{out}");
    let (out, err, ok) = run(d, &[], &env, "/as Daniel\n/whoami\n");
    assert!(ok, "{err}");
    assert!(out.contains("You are Daniel Okafor."), "{out}");
}

#[test]
fn check_counts_values_left_with_an_old_key_and_a_second_rotation_reseals_them() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (_, err, ok) = run(d, &[], &[], "/as Daniel\n/concern\n");
    assert!(ok, "{err}");
    let old = fingerprint(d, "haven.key");
    let before = draft_blob(d);
    let (_, err, ok) = run(d, &["rotate-key", "--new-key-file", "new.key"], &[], "");
    assert!(ok, "{err}");
    let new = fingerprint(d, "new.key");
    // A draft sealed with the old key after the rotation: what a split database looks like.
    rusqlite::Connection::open(d.join("haven.db"))
        .unwrap()
        .execute("UPDATE drafts SET state_sealed = ?1", [&before])
        .unwrap();

    let env = [
        ("HAVEN_SECRETS__KEY_FILE", "new.key"),
        ("HAVEN_SECRETS__OLD_KEYS", "haven.key"),
    ];
    let (out, err, ok) = run(d, &["rotate-key", "--check"], &env, "");
    assert!(!ok, "exit status 1 while an old key seals anything: {out}");
    assert!(
        out.contains(&format!(
            "drafts.state_sealed: 1 encrypted with key {old} (an old key)"
        )),
        "{out}"
    );
    assert!(
        err.contains(&format!(
            "1 encrypted values still use another key than the current one ({new})"
        )),
        "{err}"
    );
    let (_, err, ok) = run(d, &["rotate-key", "--new-key-file", "new.key"], &env, "");
    assert!(ok, "{err}");
    let (out, err, ok) = run(d, &["rotate-key", "--check"], &env, "");
    assert!(ok, "{out}\n{err}");
    assert!(!out.contains(&old), "{out}");
}

#[test]
fn haven_does_not_start_while_a_rotation_holds_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (_, err, ok) = run(d, &[], &[], "/as Daniel\n");
    assert!(ok, "{err}");
    // What `haven rotate-key` holds while it works.
    let lock = std::fs::File::create(d.join("haven.db.lock")).unwrap();
    lock.try_lock().unwrap();
    let (out, err, ok) = run(d, &[], &[], "/as Daniel\n/whoami\n");
    assert!(!ok, "{out}");
    assert!(
        err.contains(
            "A key rotation is running on this database; start Haven again when it has finished."
        ),
        "{err}"
    );
    assert!(!out.contains("Daniel Okafor"), "{out}");
    drop(lock);
    let (out, err, ok) = run(d, &[], &[], "/as Daniel\n/whoami\n");
    assert!(ok, "{err}");
    assert!(out.contains("You are Daniel Okafor."), "{out}");
}

#[cfg(unix)]
#[test]
fn files_haven_creates_are_the_owners_only_and_wider_ones_are_warned_about() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (_, err, ok) = run(d, &[], &[], "/as Daniel\n");
    assert!(ok, "{err}");
    assert!(!err.contains("Warning"), "{err}");
    for file in ["haven.key", "haven.db", "haven.db.lock"] {
        let mode = std::fs::metadata(d.join(file))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{file}");
    }
    let (out, _, ok) = run(d, &["check-config"], &[], "");
    assert!(ok);
    assert!(!out.contains("Warning"), "{out}");

    for file in ["haven.key", "haven.db"] {
        let open = std::fs::Permissions::from_mode(0o644);
        std::fs::set_permissions(d.join(file), open).unwrap();
    }
    let (out, _, ok) = run(d, &["check-config"], &[], "");
    assert!(ok);
    for file in ["haven.key", "haven.db"] {
        assert!(
            out.contains(&format!(
                "Warning: other users of this computer can read {file} (permissions 644). \
                 Make it readable by its owner only: chmod 600 {file}"
            )),
            "{out}"
        );
    }
    let (_, err, ok) = run(d, &[], &[], "/as Daniel\n");
    assert!(ok, "{err}");
    assert!(
        err.contains("Warning: other users of this computer can read haven.key"),
        "{err}"
    );
}
