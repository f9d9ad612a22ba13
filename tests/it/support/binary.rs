//! The built `haven` binary, run in a temp directory with only the environment a test gives it
//! (and quiet logs), its console fed a script.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// `haven` in `dir`, with no environment but `env` (and quiet logs).
pub fn haven(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_haven"));
    c.current_dir(dir)
        .env_clear()
        .env("HAVEN_LOG__LEVEL", "warn")
        .args(args);
    for (k, v) in env {
        c.env(k, v);
    }
    c
}

/// Runs `haven`, feeding `script` to the console; (stdout, stderr, success).
pub fn run(
    dir: &Path,
    args: &[&str],
    env: &[(&str, &str)],
    script: &str,
) -> (String, String, bool) {
    let mut child = haven(dir, args, env)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("haven starts");
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(script.as_bytes()).unwrap();
    drop(stdin);
    let out = child.wait_with_output().expect("haven finishes");
    (
        String::from_utf8_lossy(&out.stdout).to_string(),
        String::from_utf8_lossy(&out.stderr).to_string(),
        out.status.success(),
    )
}
