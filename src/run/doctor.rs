//! `haven doctor`: lists the rows set aside because they could not be read, runs SQLite's
//! integrity check and tries every sealed value with the key. Prints counts and references,
//! never content; fails (exit status 1) when anything is wrong.

use super::load_cipher;
use crate::config::Config;
use crate::core::people::Lang;
use crate::i18n::I18n;
use crate::store;
use anyhow::bail;

pub async fn run(cfg: &Config) -> anyhow::Result<()> {
    let cipher = load_cipher(cfg, false)?;
    let checkup = store::doctor(&cfg.database.url, cipher)
        .await
        .map_err(|e| super::keys::explain(cfg, e))?;
    let i18n = I18n::load(cfg.school.timezone)?;
    let say =
        |key: &str, args: &[(&str, String)]| println!("{}", i18n.text_with(Lang::EnGb, key, args));
    if checkup.integrity == ["ok"] {
        say("doctor-integrity-ok", &[]);
    } else {
        for line in &checkup.integrity {
            say("doctor-integrity-problem", &[("detail", line.clone())]);
        }
    }
    for s in &checkup.sealed {
        say(
            "doctor-sealed",
            &[
                ("table", s.table.to_string()),
                ("column", s.column.to_string()),
                ("values", s.values.to_string()),
                ("failed", s.failed.to_string()),
            ],
        );
    }
    if checkup.set_aside.is_empty() {
        say("doctor-set-aside-none", &[]);
    }
    for r in &checkup.set_aside {
        say(
            "doctor-set-aside",
            &[
                ("reference", r.reference.clone()),
                ("table", r.table.clone()),
                ("row", r.row.to_string()),
                ("column", r.column.clone()),
                ("what", r.what.clone()),
                ("at", r.at.clone()),
                (
                    "reported",
                    if r.reported { "yes" } else { "no" }.to_string(),
                ),
            ],
        );
    }
    if checkup.healthy() {
        say("doctor-healthy", &[]);
        Ok(())
    } else {
        bail!("{}", i18n.text(Lang::EnGb, "doctor-unhealthy"))
    }
}
