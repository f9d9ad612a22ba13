//! `haven school add|list` and `--school` at the command line: each school's imports and
//! invitations touch that school only, and a command that acts on one school names it once
//! there are several.

use std::path::Path;
use std::process::{Command, Stdio};

fn run(dir: &Path, args: &[&str]) -> (String, String, bool) {
    let out = Command::new(env!("CARGO_BIN_EXE_haven"))
        .current_dir(dir)
        .env_clear()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("haven runs");
    (
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
        out.status.success(),
    )
}

const NORTH_STAFF: &str = "external_id,name,roles,language\n\
    N001,Nora Northcott,headteacher;slt,en-GB\n\
    N002,Ned Northcott,dsl;staff,en-GB\n";

#[test]
fn each_school_is_named_and_its_imports_and_invitations_are_its_own() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("north.csv"), NORTH_STAFF).unwrap();
    let south_csv = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/staff.csv");
    let south_csv = south_csv.to_str().unwrap();

    let (out, err, ok) = run(
        d,
        &["school", "add", "south", "--name", "Southgate Academy"],
    );
    assert!(ok, "{out}{err}");
    assert!(
        out.contains("Added the school south (Southgate Academy)"),
        "{out}"
    );
    let (out, err, ok) = run(d, &["school", "add", "south", "--name", "Again"]);
    assert!(
        !ok && err.contains("There is already a school \"south\""),
        "{out}{err}"
    );
    let (_, err, ok) = run(d, &["school", "add", "St Mary", "--name", "x"]);
    assert!(
        !ok && err.contains("cannot be a school's short name"),
        "{err}"
    );
    let (out, _, ok) = run(d, &["school", "list"]);
    assert!(ok);
    assert!(out.contains("school: Haven Demo School"), "{out}");
    assert!(
        out.contains("south: Southgate Academy (settings from [school])"),
        "{out}"
    );

    // Two schools: an import must say which.
    let (_, err, ok) = run(d, &["import", "staff", "north.csv"]);
    assert!(!ok, "refused");
    assert!(err.contains("--school"), "{err}");
    assert!(
        err.contains("school (Haven Demo School), south (Southgate Academy)"),
        "{err}"
    );
    let (_, err, ok) = run(d, &["import", "staff", "north.csv", "--school", "east"]);
    assert!(!ok && err.contains("There is no school \"east\""), "{err}");

    let (out, err, ok) = run(d, &["import", "staff", "north.csv", "--school", "school"]);
    assert!(ok, "{out}{err}");
    let (out, err, ok) = run(d, &["import", "staff", south_csv, "--school", "south"]);
    assert!(ok, "{out}{err}");

    let (north, err, ok) = run(d, &["invite", "--school", "school"]);
    assert!(ok, "{err}");
    assert!(north.contains("Nora Northcott"), "{north}");
    assert!(!north.contains("Margaret Thornbury"), "{north}");
    let (south, err, ok) = run(d, &["invite", "--school", "south"]);
    assert!(ok, "{err}");
    assert!(south.contains("Margaret Thornbury"), "{south}");
    assert!(!south.contains("Northcott"), "{south}");
}
