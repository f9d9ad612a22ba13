//! `haven teams manifest`: writes the Teams app package for the configured app id.

use crate::adapters::teams::manifest::{self, Package};
use crate::cli::TeamsCommand;
use crate::config::Config;
use crate::core::people::Lang;
use crate::i18n::I18n;
use anyhow::{bail, Context};
use secrecy::ExposeSecret;

/// Runs a `haven teams` command.
pub fn execute(cfg: &Config, command: TeamsCommand) -> anyhow::Result<()> {
    let TeamsCommand::Manifest {
        out,
        developer,
        website_url,
        privacy_url,
        terms_url,
    } = command;
    let i18n = I18n::load(cfg.school.timezone)?;
    let say = |key: &str, arg: &str| i18n.text_with(Lang::EnGb, key, &[("value", arg.to_string())]);
    let Some(app_id) = cfg.teams.app_id.as_ref() else {
        bail!("{}", say("teams-package-no-app-id", ""));
    };
    for url in [Some(&website_url), privacy_url.as_ref(), terms_url.as_ref()]
        .into_iter()
        .flatten()
    {
        if !url.starts_with("https://") {
            bail!("{}", say("teams-package-https", url));
        }
    }
    let package = Package {
        app_id: app_id.expose_secret().to_string(),
        version: env!("CARGO_PKG_VERSION").to_string(),
        developer: developer.unwrap_or_else(|| cfg.school.school_name.clone()),
        privacy_url: privacy_url.unwrap_or_else(|| website_url.clone()),
        terms_url: terms_url.unwrap_or_else(|| website_url.clone()),
        website_url,
    };
    let mut bytes = std::io::Cursor::new(Vec::new());
    manifest::write(&mut bytes, &package, &i18n)?;
    std::fs::write(&out, bytes.into_inner())
        .with_context(|| format!("writing {}", out.display()))?;
    println!(
        "{}",
        say("teams-package-written", &out.display().to_string())
    );
    Ok(())
}
