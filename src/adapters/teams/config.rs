//! The `[teams]` section: the bot's Microsoft app registration, where the endpoint listens, and
//! which Microsoft services the adapter trusts. Environment: `HAVEN_TEAMS__APP_ID`,
//! `HAVEN_TEAMS__APP_PASSWORD`, `HAVEN_TEAMS__LISTEN`, … (lists as `a,b`).
//!
//! Nothing here turns the validation of inbound requests off: tests point
//! `openid_metadata_url` at keys of their own.

use crate::delivery::limits::RateLimits;
use secrecy::SecretString;
use serde::Deserialize;
use std::net::SocketAddr;

/// The Bot Framework's OpenID metadata (where its signing keys are listed).
pub const OPENID_METADATA: &str =
    "https://login.botframework.com/v1/.well-known/openidconfiguration";
/// Where the app token comes from (client-credentials flow).
pub const TOKEN_AUTHORITY: &str =
    "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";
/// What the app token is for.
pub const TOKEN_SCOPE: &str = "https://api.botframework.com/.default";
/// The Bot Connector's hosts (the host and its subdomains).
pub const SERVICE_HOSTS: &[&str] = &["smba.trafficmanager.net"];

/// Microsoft Teams (`[teams]`). Without an app id the adapter does not start.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct TeamsSection {
    /// The bot's Microsoft App ID (Azure Bot resource or Teams Developer Portal).
    pub app_id: Option<SecretString>,
    /// The app's client secret.
    pub app_password: Option<SecretString>,
    /// Microsoft 365 tenants (directory ids) whose people may use the bot; empty: any tenant
    /// that installed the app.
    #[serde(deserialize_with = "crate::config::strings")]
    pub tenants: Vec<String>,
    /// Where `POST /api/messages` listens (put it behind the HTTPS proxy the Azure Bot
    /// resource's messaging endpoint points at).
    pub listen: SocketAddr,
    /// The Bot Framework's OpenID metadata.
    pub openid_metadata_url: String,
    /// The token endpoint of the client-credentials flow.
    pub token_authority: String,
    /// The scope asked for.
    pub token_scope: String,
    /// Hosts the app token may be sent to (each host and its subdomains), over HTTPS only.
    #[serde(deserialize_with = "crate::config::strings")]
    pub service_hosts: Vec<String>,
    /// Tests only: also send the app token to loopback addresses over plain HTTP.
    pub allow_loopback: bool,
    /// The dispatcher's limits: Microsoft's published bot limits ([`RateLimits::teams`]),
    /// not configurable; tests set their own.
    #[serde(skip)]
    pub limits: Option<RateLimits>,
}

impl Default for TeamsSection {
    fn default() -> Self {
        TeamsSection {
            app_id: None,
            app_password: None,
            tenants: Vec::new(),
            listen: SocketAddr::from(([127, 0, 0, 1], 3978)),
            openid_metadata_url: OPENID_METADATA.into(),
            token_authority: TOKEN_AUTHORITY.into(),
            token_scope: TOKEN_SCOPE.into(),
            service_hosts: SERVICE_HOSTS.iter().map(|h| h.to_string()).collect(),
            allow_loopback: false,
            limits: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use figment::providers::{Env, Format, Toml};
    use figment::Figment;
    use secrecy::ExposeSecret;

    #[derive(Deserialize)]
    struct Wrapper {
        teams: TeamsSection,
    }

    #[test]
    #[allow(clippy::result_large_err)]
    fn the_section_reads_from_toml_and_the_environment() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "haven.toml",
                "[teams]\napp_id = \"toml-id\"\nservice_hosts = [\"smba.example\"]\n",
            )?;
            jail.set_env("HAVEN_TEAMS__APP_PASSWORD", "from-env");
            jail.set_env("HAVEN_TEAMS__TENANTS", "t-1, t-2");
            jail.set_env("HAVEN_TEAMS__LISTEN", "0.0.0.0:3978");
            let w: Wrapper = Figment::new()
                .merge(Toml::file("haven.toml"))
                .merge(Env::prefixed("HAVEN_").split("__"))
                .extract()?;
            let t = w.teams;
            assert_eq!(t.app_id.expect("id").expose_secret(), "toml-id");
            assert_eq!(t.app_password.expect("secret").expose_secret(), "from-env");
            assert_eq!(t.tenants, ["t-1", "t-2"]);
            assert_eq!(t.service_hosts, ["smba.example"]);
            assert_eq!(t.listen.port(), 3978);
            assert_eq!(t.openid_metadata_url, OPENID_METADATA);
            assert!(!t.allow_loopback, "loopback is for tests only");
            Ok(())
        });
    }
}
