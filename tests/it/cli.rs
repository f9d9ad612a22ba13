//! The `haven` binary's operational side: `check-config` on good and bad configurations,
//! `--log-format json`, a clean stop on SIGTERM, and `haven aup` speaking to a terminal (and
//! ending quietly when its reader closes the pipe). Each test runs the built binary in a temp
//! directory with only the environment it gives it.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, Command, ExitStatus, Output, Stdio};
use std::sync::mpsc;

/// A key (base64 of 32 bytes) for configurations that need one.
const KEY: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";

/// `haven` in `dir`, with no environment but `env`.
fn haven(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_haven"));
    c.current_dir(dir).env_clear().args(args);
    for (k, v) in env {
        c.env(k, v);
    }
    c
}

fn run(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (String, String, ExitStatus) {
    let Output {
        status,
        stdout,
        stderr,
    } = haven(dir, args, env)
        .stdin(Stdio::null())
        .output()
        .expect("haven runs");
    (
        String::from_utf8_lossy(&stdout).to_string(),
        String::from_utf8_lossy(&stderr).to_string(),
        status,
    )
}

#[test]
fn check_config_says_what_it_checked_and_what_would_start() {
    let dir = tempfile::tempdir().unwrap();
    let (out, err, status) = run(dir.path(), &["check-config"], &[]);
    assert!(status.success(), "{out}\n{err}");
    assert!(
        out.contains("School: Haven Demo School (time zone Europe/London)"),
        "{out}"
    );
    assert!(out.contains("Database: haven.db"), "{out}");
    assert!(out.contains("Encryption key: missing"), "{out}");
    assert!(
        out.contains("No chat platform token is configured: Haven will start the local console."),
        "{out}"
    );
    assert!(
        !dir.path().join("haven.key").exists() && !dir.path().join("haven.db").exists(),
        "checking creates nothing"
    );

    std::fs::write(
        dir.path().join("haven.toml"),
        "[school]\nschool_name = \"St Brigid's Primary\"\ntimezone = \"Europe/Dublin\"\n\
         [database]\nurl = \"school.db\"\n[telegram]\ntoken = \"123:abc\"\n",
    )
    .unwrap();
    let (out, err, status) = run(
        dir.path(),
        &["check-config"],
        &[("HAVEN_SECRETS__KEY", KEY), ("HAVEN_DISCORD__TOKEN", "xyz")],
    );
    assert!(status.success(), "{out}\n{err}");
    assert!(
        out.contains("School: St Brigid's Primary (time zone Europe/Dublin)"),
        "{out}"
    );
    assert!(out.contains("Database: school.db"), "{out}");
    assert!(out.contains("Encryption key: found"), "{out}");
    assert!(
        out.contains("Chat platforms that will start: Telegram, Discord"),
        "{out}"
    );
}

#[test]
fn check_config_fails_clearly_on_an_invalid_value() {
    let dir = tempfile::tempdir().unwrap();
    let (out, err, status) = run(
        dir.path(),
        &["check-config"],
        &[("HAVEN_SCHOOL__TIMEZONE", "Mars/Olympus")],
    );
    assert!(!status.success(), "{out}");
    assert!(err.contains("reading configuration"), "{err}");
    assert!(err.contains("Mars/Olympus"), "names the bad value: {err}");
    assert!(err.contains("TIMEZONE"), "names the setting: {err}");

    std::fs::write(
        dir.path().join("haven.toml"),
        "[school]\nschool_hours = \"whenever\"\n",
    )
    .unwrap();
    let (out, err, status) = run(dir.path(), &["check-config"], &[]);
    assert!(!status.success(), "{out}");
    assert!(err.contains("haven.toml"), "names the file: {err}");
    assert!(err.contains("school_hours"), "names the setting: {err}");
}

#[test]
fn check_config_counts_the_school_calendar_and_stops_on_a_bad_file() {
    let dir = tempfile::tempdir().unwrap();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for f in ["calendar.ics", "closures.csv"] {
        std::fs::copy(examples.join(f), dir.path().join(f)).unwrap();
    }
    std::fs::write(
        dir.path().join("haven.toml"),
        "[school.calendar]\nclosures = [\"2026-11-26\"]\nfiles = [\"calendar.ics\", \"closures.csv\"]\n",
    )
    .unwrap();
    let (out, err, status) = run(dir.path(), &["check-config"], &[]);
    assert!(status.success(), "{out}{err}");
    assert!(
        out.contains(
            "School calendar: 3 term ranges, 8 closures; bank holidays: England and Wales."
        ),
        "{out}"
    );
    assert!(out.contains("Next school day: "), "{out}");
    assert!(
        out.contains("The last term ends on Wednesday 21 July 2027"),
        "{out}"
    );

    std::fs::write(
        dir.path().join("closures.csv"),
        "kind,start,end,name\nclosure,2027-01-05,,INSET\nholiday,2027-04-12,,INSET\n",
    )
    .unwrap();
    let (out, err, status) = run(dir.path(), &["check-config"], &[]);
    assert!(!status.success(), "{out}");
    assert!(
        err.contains("closures.csv has a mistake on line 3"),
        "{err}"
    );
    assert!(err.contains("“holiday” is not a kind"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn check_config_refuses_a_platform_without_an_encryption_key() {
    let dir = tempfile::tempdir().unwrap();
    let (out, err, status) = run(
        dir.path(),
        &["check-config"],
        &[("HAVEN_DISCORD__TOKEN", "xyz")],
    );
    assert!(!status.success(), "{out}");
    assert!(
        out.contains("Chat platforms that will start: Discord"),
        "{out}"
    );
    assert!(
        err.contains("Encryption key: missing. Set HAVEN_SECRETS__KEY"),
        "{err}"
    );
}

#[test]
fn a_configuration_file_that_is_named_must_exist() {
    let dir = tempfile::tempdir().unwrap();
    let (out, err, status) = run(
        dir.path(),
        &["--config", "school.toml", "check-config"],
        &[],
    );
    assert!(!status.success(), "{out}");
    assert!(
        err.contains("The configuration file school.toml does not exist."),
        "{err}"
    );
    assert!(out.is_empty(), "nothing checked: {out}");

    std::fs::write(
        dir.path().join("school.toml"),
        "[database]\nurl = \"school.db\"\n",
    )
    .unwrap();
    let (out, err, status) = run(
        dir.path(),
        &["--config", "school.toml", "check-config"],
        &[],
    );
    assert!(status.success(), "{err}");
    assert!(out.contains("Database: school.db"), "{out}");
}

/// Runs the console on a script with logging at `info`; returns its standard error.
fn console_log(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> String {
    let mut env = env.to_vec();
    env.push(("HAVEN_LOG__LEVEL", "info"));
    let mut child = haven(dir, args, &env)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("haven starts");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"/as Daniel\n/whoami\n")
        .unwrap();
    let out = child.wait_with_output().expect("haven finishes");
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(out.status.success(), "{err}");
    err
}

#[test]
fn log_format_json_writes_one_json_object_per_line() {
    let dir = tempfile::tempdir().unwrap();
    let err = console_log(dir.path(), &["--log-format", "json"], &[]);
    let lines: Vec<serde_json::Value> = err
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: not JSON: {l:?}")))
        .collect();
    let messages: Vec<&str> = lines
        .iter()
        .map(|v| {
            assert!(v["level"].is_string() && v["timestamp"].is_string(), "{v}");
            v["fields"]["message"].as_str().expect("a message")
        })
        .collect();
    assert!(
        messages
            .iter()
            .any(|m| m.starts_with("created a new encryption key")),
        "{messages:?}"
    );
    let key_line = &lines[messages
        .iter()
        .position(|m| m.starts_with("created a new encryption key"))
        .unwrap()];
    assert_eq!(key_line["fields"]["path"], "haven.key", "fields as fields");
    assert_eq!(key_line["level"], "INFO");
    assert!(
        messages.iter().any(|m| m.starts_with("Haven stopped")),
        "{messages:?}"
    );
}

#[test]
fn logs_are_text_unless_json_is_asked_for_and_the_configuration_can_ask() {
    let dir = tempfile::tempdir().unwrap();
    let err = console_log(dir.path(), &[], &[]);
    assert!(err.contains("Haven stopped"), "{err}");
    assert!(
        !err.contains('\u{1b}'),
        "no terminal colour codes when the log is not a terminal: {err:?}"
    );
    assert!(
        err.lines()
            .all(|l| serde_json::from_str::<serde_json::Value>(l).is_err()),
        "{err}"
    );

    let dir = tempfile::tempdir().unwrap();
    let err = console_log(dir.path(), &[], &[("HAVEN_LOG__FORMAT", "json")]);
    assert!(
        err.lines()
            .all(|l| serde_json::from_str::<serde_json::Value>(l).is_ok()),
        "{err}"
    );
    assert!(err.contains("Haven stopped"), "{err}");
}

/// Sends a signal to a process this test started.
#[cfg(unix)]
fn signal(pid: u32, signal: libc::c_int) {
    let pid = libc::pid_t::try_from(pid).expect("a process id");
    // SAFETY: `kill` only sends a signal; `pid` is a child this test spawned and still holds.
    let sent = unsafe { libc::kill(pid, signal) };
    assert_eq!(sent, 0, "signal {signal} to {pid}");
}

/// Waits for `child` to exit; if it has not after a minute (a hang, not a slow machine), kills
/// it and fails.
#[cfg(unix)]
fn exits(child: Child) -> Output {
    let pid = child.id();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(std::time::Duration::from_secs(60)) {
        Ok(out) => out.expect("haven finishes"),
        Err(_) => {
            signal(pid, libc::SIGKILL);
            panic!("haven did not exit after SIGTERM");
        }
    }
}

#[cfg(unix)]
#[test]
fn sigterm_stops_a_running_console_cleanly() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = haven(dir.path(), &[], &[("HAVEN_LOG__LEVEL", "info")])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("haven starts");
    // Standard input stays open: Haven is waiting for the next line when the signal comes.
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"/as Daniel\n/whoami\n").unwrap();
    stdin.flush().unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut seen = String::new();
    loop {
        let mut line = String::new();
        let n = stdout.read_line(&mut line).unwrap();
        assert!(n > 0, "haven ended before answering:\n{seen}");
        seen.push_str(&line);
        // A reply means the console loop is running, and with it the wait for signals.
        if line.contains("You are Daniel Okafor.") {
            break;
        }
    }
    signal(child.id(), libc::SIGTERM);
    let out = exits(child);
    let mut rest = String::new();
    stdout.read_to_string(&mut rest).unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        out.status.success(),
        "a clean exit, not death by signal: {:?}\n{err}",
        out.status
    );
    assert!(
        err.contains("Haven stopped; undelivered messages stay in the outbox"),
        "{err}"
    );
    drop(stdin);
}

#[test]
fn aup_publish_speaks_to_a_terminal_not_a_chat() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("aup.md"), "Use school devices kindly.").unwrap();
    let env = [("HAVEN_SECRETS__KEY", KEY)];
    let args = [
        "aup",
        "publish",
        "--file",
        "aup.md",
        "--title",
        "Staff AUP",
        "--version",
        "2026.1",
        "--audience",
        "staff",
    ];
    let (out, err, status) = run(dir.path(), &args, &env);
    assert!(status.success(), "{out}\n{err}");
    assert!(out.contains("Published Staff AUP, version 2026.1"), "{out}");

    let (out, err, status) = run(dir.path(), &args, &env);
    assert!(!status.success(), "{out}\n{err}");
    assert!(
        err.contains(
            "This policy already has a version with that label: give another with --version."
        ),
        "{err}"
    );
    assert!(!err.contains("Press"), "{err}");
    assert!(!err.contains("Change an answer"), "{err}");
}

#[test]
fn a_report_into_a_closed_pipe_ends_quietly() {
    let dir = tempfile::tempdir().unwrap();
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader); // the reader has already stopped, as `head` does
    let out = haven(
        dir.path(),
        &["aup", "report"],
        &[("HAVEN_SECRETS__KEY", KEY)],
    )
    .stdin(Stdio::null())
    .stdout(writer)
    .stderr(Stdio::piped())
    .output()
    .expect("haven runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{:?}: {err}", out.status);
    assert!(err.is_empty(), "{err}");
}
