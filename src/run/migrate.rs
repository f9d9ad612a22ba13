//! `haven migrate-to postgres://…`: copies this configuration's SQLite database into an empty
//! PostgreSQL database, then checks the copy: the counts of every table match, and every sealed
//! value opens with the key in its new place. The SQLite file is held alone for the copy, so the
//! bot cannot change it meanwhile, and is never written.
//!
//! This module must never print a row's content; it names tables and counts only.

use super::{keys, load_cipher};
use crate::config::Config;
use crate::core::people::Lang;
use crate::i18n::I18n;
use crate::store::{self, OpenError};
use anyhow::bail;

pub async fn run(cfg: &Config, target: &str) -> anyhow::Result<()> {
    let i18n = I18n::load(cfg.school.timezone)?;
    let text = |key: &str, args: &[(&str, String)]| i18n.text_with(Lang::EnGb, key, args);
    if !store::is_postgres(target) {
        bail!("{}", text("migrate-target-not-postgres", &[]));
    }
    let Some(source) = store::database_file(&cfg.database.url) else {
        bail!(
            "{}",
            text(
                "migrate-source-not-sqlite",
                &[("url", cfg.database.url.clone())]
            )
        );
    };
    let cipher = load_cipher(cfg, false)?;
    // Alone on the source for the whole copy (refused while Haven runs on it), and at the
    // latest schema with the key checked, as the bot would open it.
    let held = match store::hold_alone(&source, cipher.clone()).await {
        Ok(held) => held,
        Err(e) if matches!(e.downcast_ref(), Some(OpenError::InUse)) => {
            bail!("{}", text("migrate-in-use", &[]))
        }
        Err(e) => return Err(keys::explain(cfg, e)),
    };
    let opened = store::open(target, cipher.clone())
        .await
        .map_err(|e| keys::explain(cfg, e))?;
    drop(opened);
    let counts = store::copy::sqlite_to_postgres(&source, target).await?;
    held.close().await;
    for c in &counts {
        println!(
            "{}",
            text(
                "migrate-table",
                &[("table", c.table.clone()), ("rows", c.source.to_string())]
            )
        );
    }
    let checkup = store::doctor(target, cipher).await?;
    let failed: usize = checkup.sealed.iter().map(|s| s.failed).sum();
    if failed > 0 {
        bail!(
            "{}",
            text("migrate-sealed-failed", &[("failed", failed.to_string())])
        );
    }
    let sealed: usize = checkup.sealed.iter().map(|s| s.values).sum();
    let rows: u64 = counts.iter().map(|c| c.source).sum();
    println!(
        "{}",
        text(
            "migrate-done",
            &[
                ("tables", counts.len().to_string()),
                ("rows", rows.to_string()),
                ("sealed", sealed.to_string()),
            ]
        )
    );
    Ok(())
}
