//! Configuration: built-in defaults, then `haven.toml` (if present), then environment variables
//! `HAVEN_<SECTION>__<KEY>` (for example `HAVEN_TELEGRAM__TOKEN`). Tokens and keys are
//! `secrecy` types: their `Debug` output is redacted and they are never logged.

use crate::adapters::telegram::TelegramConfig;
use crate::core::settings::Settings;
use crate::delivery::limits::RateLimits;
use anyhow::Context;
use figment::providers::{Env, Format, Toml};
use figment::Figment;
use secrecy::SecretString;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The whole configuration.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct Config {
    pub database: DatabaseConfig,
    pub secrets: SecretsConfig,
    /// The school: name, time zone, hours, contacts, timings.
    pub school: Settings,
    pub console: ConsoleConfig,
    /// Telegram; absent (no token) means the Telegram adapter does not start.
    pub telegram: Option<TelegramConfig>,
    /// Discord; without a token the Discord adapter does not start.
    pub discord: DiscordSection,
    pub log: LogConfig,
    /// The office's imports.
    pub roster: RosterConfig,
}

/// The office's imports (`[roster]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct RosterConfig {
    /// The largest share (percent, 0–100) of a group an import may mark as leavers without
    /// `--allow-leavers`.
    pub max_leaver_percent: u8,
    /// Hours after a new account used a person's code before the office may approve the move
    /// (`haven relink`) when the old account has not confirmed it.
    pub relink_cooling_off_hours: u32,
}

impl Default for RosterConfig {
    fn default() -> Self {
        RosterConfig {
            max_leaver_percent: 20,
            relink_cooling_off_hours: 48,
        }
    }
}

/// Where data is kept.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct DatabaseConfig {
    /// A file path or URL (`sqlite://haven.db`).
    pub url: String,
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        DatabaseConfig {
            url: "haven.db".into(),
        }
    }
}

/// The keys: the safeguarding key seals concerns, drafts, case records and stream credentials
/// at rest (the bot holds it); the directory key is the office's, for `haven import`, `haven
/// invite` and `haven relink`, and opens nothing sealed.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct SecretsConfig {
    /// The safeguarding key itself, base64 (32 bytes). Takes precedence over `key_file`.
    pub key: Option<SecretString>,
    /// A file holding the safeguarding key, base64. Created on first run when only the console
    /// is used.
    pub key_file: PathBuf,
    /// The office's directory key, base64 (32 bytes). Takes precedence over
    /// `directory_key_file`.
    pub directory_key: Option<SecretString>,
    /// A file holding the directory key; created by the office's first directory command.
    pub directory_key_file: PathBuf,
}

impl Default for SecretsConfig {
    fn default() -> Self {
        SecretsConfig {
            key: None,
            key_file: PathBuf::from("haven.key"),
            directory_key: None,
            directory_key_file: PathBuf::from("haven-directory.key"),
        }
    }
}

/// The local console.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct ConsoleConfig {
    /// Fill an empty database with the demo school.
    pub demo: bool,
}

impl Default for ConsoleConfig {
    fn default() -> Self {
        ConsoleConfig { demo: true }
    }
}

/// Discord. Without a token the Discord adapter does not start.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct DiscordSection {
    /// The bot token from the Developer Portal (`HAVEN_DISCORD__TOKEN`).
    pub token: Option<SecretString>,
    /// The school's server: slash commands are registered there only (they appear at once).
    /// Without it they are registered globally.
    pub guild_id: Option<u64>,
    /// Base URL of the HTTP API instead of `https://discord.com` (a fake one in tests).
    pub api_url: Option<String>,
    /// Read messages in server channels (needs the Message Content intent), so the leak
    /// guard can see them. Direct messages are read either way.
    pub read_channels: bool,
    pub limits: Option<RateLimits>,
}

impl Default for DiscordSection {
    fn default() -> Self {
        DiscordSection {
            token: None,
            guild_id: None,
            api_url: None,
            read_channels: true,
            limits: None,
        }
    }
}

/// Logging.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct LogConfig {
    /// `text` or `json`.
    pub format: String,
    /// A tracing filter such as `info` or `haven=debug`.
    pub level: String,
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            format: "text".into(),
            level: "info".into(),
        }
    }
}

impl Config {
    /// Loads defaults, then the TOML file (if it exists), then the environment.
    pub fn load(file: &Path) -> anyhow::Result<Config> {
        Figment::new()
            .merge(Toml::file(file))
            .merge(Env::prefixed("HAVEN_").split("__"))
            .extract()
            .with_context(|| {
                format!(
                    "reading configuration ({} and HAVEN_* variables)",
                    file.display()
                )
            })
    }

    /// True when at least one chat platform has a token.
    pub fn has_platform(&self) -> bool {
        self.telegram.is_some() || self.discord.token.is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    #[test]
    #[allow(clippy::result_large_err)]
    fn file_then_environment_and_tokens_stay_secret() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "haven.toml",
                "[school]\nschool_name = \"St Example\"\n[telegram]\ntoken = \"from-file\"\n",
            )?;
            jail.set_env("HAVEN_TELEGRAM__TOKEN", "123:from-env");
            jail.set_env("HAVEN_DISCORD__TOKEN", "discord-from-env");
            jail.set_env("HAVEN_DISCORD__GUILD_ID", "1100000000000000001");
            let c = Config::load(Path::new("haven.toml")).expect("loads");
            assert_eq!(c.school.school_name, "St Example");
            let token = c.telegram.clone().expect("telegram section").token;
            assert_eq!(token.expose_secret(), "123:from-env");
            assert!(!format!("{c:?}").contains("from-env"));
            let discord = c.discord.token.clone().expect("discord token");
            assert_eq!(discord.expose_secret(), "discord-from-env");
            assert_eq!(c.discord.guild_id, Some(1100000000000000001));
            assert!(c.discord.read_channels, "channels are read by default");
            assert_eq!(c.school.forms.expire_hours, 24, "defaults fill the rest");
            Ok(())
        });
    }
}
