//! The Telegram adapter's configuration: token, API address, polling or webhook, rate limits.
//!
//! This module must never print or log the token or the webhook secret: both stay wrapped in
//! [`SecretString`] and `Debug` shows them redacted.

pub use crate::delivery::limits::{LimitSettings, RateLimits};
use secrecy::SecretString;
use serde::Deserialize;
use std::net::SocketAddr;
use url::Url;

/// How the Telegram adapter talks to Telegram.
///
/// Read from the `telegram` section of the configuration; the token usually comes from the
/// environment (`HAVEN_TELEGRAM__TOKEN`).
#[derive(Debug, Clone, Deserialize)]
#[serde(try_from = "RawConfig")]
pub struct TelegramConfig {
    /// The bot token from BotFather.
    pub token: SecretString,
    /// The Bot API server; `None` for Telegram's own (`https://api.telegram.org`).
    pub api_url: Option<Url>,
    /// How updates arrive.
    pub mode: TelegramMode,
    /// The bot's @username without the `@`, for "open a private chat" buttons. When `None`, the
    /// adapter asks Telegram (`getMe`) when it starts.
    pub bot_username: Option<String>,
    /// How fast Haven may send (the dispatcher waits for them).
    pub rate_limits: RateLimits,
}

impl TelegramConfig {
    /// A polling configuration with default limits.
    pub fn polling(token: SecretString) -> Self {
        Self {
            token,
            api_url: None,
            mode: TelegramMode::Polling,
            bot_username: None,
            rate_limits: RateLimits::telegram(),
        }
    }
}

/// How updates reach the bot.
#[derive(Debug, Clone)]
pub enum TelegramMode {
    /// The bot asks Telegram for updates (`getUpdates` long polling). Works behind NAT.
    Polling,
    /// Telegram posts updates to an HTTPS endpoint that a reverse proxy forwards to `listen`.
    Webhook(WebhookConfig),
}

/// Where the webhook listens and how Telegram reaches it.
#[derive(Debug, Clone, Deserialize)]
pub struct WebhookConfig {
    /// The local address the HTTP endpoint binds to (behind a TLS-terminating proxy).
    pub listen: SocketAddr,
    /// The public HTTPS address Telegram posts to; its path is the path served locally.
    pub public_url: Url,
    /// Telegram sends it back in `X-Telegram-Bot-Api-Secret-Token`; 16-256 of `A-Z a-z 0-9 _ -`
    /// (Telegram accepts one character; Haven asks for enough that it cannot be guessed).
    pub secret_token: SecretString,
}

/// A configuration value that cannot work.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("telegram.mode is \"webhook\" but the telegram.webhook section is missing")]
    WebhookMissing,
    #[error("telegram.mode must be \"polling\" or \"webhook\", not {0:?}")]
    UnknownMode(String),
    #[error(
        "telegram.webhook.secret_token must be {MIN_SECRET}-256 characters of A-Z, a-z, 0-9, _ \
         and - so that it cannot be guessed (for example the output of `openssl rand -hex 32`)"
    )]
    BadSecret,
    #[error("telegram.bot_username must be the bot's username without @")]
    BadUsername,
}

/// The configuration as written: `mode` names the mode, `webhook` holds its settings.
#[derive(Deserialize)]
struct RawConfig {
    token: SecretString,
    #[serde(default)]
    api_url: Option<Url>,
    #[serde(default)]
    mode: Option<String>,
    #[serde(default)]
    webhook: Option<WebhookConfig>,
    #[serde(default)]
    bot_username: Option<String>,
    #[serde(default)]
    rate_limits: LimitSettings,
}

impl TryFrom<RawConfig> for TelegramConfig {
    type Error = ConfigError;

    fn try_from(raw: RawConfig) -> Result<Self, ConfigError> {
        let mode = match raw.mode.as_deref().unwrap_or("polling") {
            "polling" => TelegramMode::Polling,
            "webhook" => {
                let hook = raw.webhook.ok_or(ConfigError::WebhookMissing)?;
                check_secret(&hook.secret_token)?;
                TelegramMode::Webhook(hook)
            }
            other => return Err(ConfigError::UnknownMode(other.to_string())),
        };
        let bot_username = match raw.bot_username {
            Some(name) => Some(parse_username(&name)?),
            None => None,
        };
        Ok(Self {
            token: raw.token,
            api_url: raw.api_url,
            mode,
            bot_username,
            rate_limits: raw.rate_limits.over(&LimitSettings::TELEGRAM),
        })
    }
}

/// The shortest webhook secret Haven accepts.
pub const MIN_SECRET: usize = 16;

/// Checks a webhook secret against Telegram's rules for `secret_token`, and that it is at least
/// [`MIN_SECRET`] characters long.
pub fn check_secret(secret: &SecretString) -> Result<(), ConfigError> {
    use secrecy::ExposeSecret;
    let s = secret.expose_secret();
    let ok = (MIN_SECRET..=256).contains(&s.len())
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
    ok.then_some(()).ok_or(ConfigError::BadSecret)
}

/// Accepts `HavenBot` or `@HavenBot`; Telegram usernames are 5-32 of `A-Z a-z 0-9 _`.
pub fn parse_username(name: &str) -> Result<String, ConfigError> {
    let name = name.trim().trim_start_matches('@');
    let ok = (5..=32).contains(&name.len())
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
    ok.then(|| name.to_string()).ok_or(ConfigError::BadUsername)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(json: &str) -> Result<TelegramConfig, serde_json::Error> {
        serde_json::from_str(json)
    }

    #[test]
    fn polling_is_the_default_mode() {
        let cfg = parse(r#"{"token":"1:abc"}"#).unwrap();
        assert!(matches!(cfg.mode, TelegramMode::Polling));
        assert_eq!(cfg.rate_limits, RateLimits::telegram());
    }

    #[test]
    fn a_partial_limits_section_keeps_the_other_defaults() {
        let cfg = parse(r#"{"token":"1:abc","rate_limits":{"group_per_minute":20}}"#).unwrap();
        assert_eq!(cfg.rate_limits, RateLimits::telegram());
        let cfg = parse(r#"{"token":"1:abc","rate_limits":{"private_per_second":3}}"#).unwrap();
        let second = std::time::Duration::from_secs(1);
        let limit = |scope| cfg.rate_limits.window(scope, second).map(|w| w.limit);
        use crate::delivery::limits::Scope;
        assert_eq!(limit(Scope::Private), Some(3));
        assert_eq!(limit(Scope::Global), Some(30), "not switched off");
    }

    #[test]
    fn webhook_mode_needs_its_section_and_a_valid_secret() {
        assert!(parse(r#"{"token":"1:abc","mode":"webhook"}"#).is_err());
        let bad = r#"{"token":"1:abc","mode":"webhook","webhook":{"listen":"127.0.0.1:8443",
            "public_url":"https://bot.example.org/tg","secret_token":"has space"}}"#;
        assert!(parse(bad).is_err());
        let short = bad.replace("has space", "s3cret_-15chars");
        let e = parse(&short).unwrap_err().to_string();
        assert!(e.contains("must be 16-256 characters"), "{e}");
        let good = bad.replace("has space", "s3cret_-16-chars");
        assert!(matches!(
            parse(&good).unwrap().mode,
            TelegramMode::Webhook(_)
        ));
    }

    #[test]
    fn usernames_lose_their_at_sign() {
        let cfg = parse(r#"{"token":"1:abc","bot_username":"@HavenSchoolBot"}"#).unwrap();
        assert_eq!(cfg.bot_username.as_deref(), Some("HavenSchoolBot"));
        assert!(parse(r#"{"token":"1:abc","bot_username":"a b"}"#).is_err());
    }

    #[test]
    fn debug_output_hides_the_token() {
        let cfg = parse(r#"{"token":"123:very-secret"}"#).unwrap();
        assert!(!format!("{cfg:?}").contains("very-secret"));
    }
}
