//! The app token: fetched with the client-credentials flow (app id and secret), kept until
//! shortly before it expires, and attached only to requests for the allow-listed Bot Connector
//! hosts ([`ServiceHosts`]).
//!
//! It never logs the secret or the token, and never sends the token anywhere else: a service
//! URL comes from an inbound activity, so a forged one must not be able to collect it.

use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;
use url::Url;

/// A token is renewed this long before Microsoft says it expires.
pub const RENEW_BEFORE: Duration = Duration::from_secs(5 * 60);

/// Why no token could be had.
#[derive(Debug, Clone, thiserror::Error)]
pub enum TokenError {
    #[error("the token endpoint could not be reached: {0}")]
    Network(String),
    #[error("the token endpoint refused the app's credentials (HTTP {0})")]
    Refused(u16),
}

/// The hosts the app token may be sent to.
#[derive(Debug, Clone)]
pub struct ServiceHosts {
    hosts: Vec<String>,
    loopback: bool,
}

impl ServiceHosts {
    /// `hosts` (each with its subdomains) over HTTPS; with `loopback`, also `127.0.0.1`,
    /// `::1` and `localhost` over HTTP (tests only).
    pub fn new(hosts: &[String], loopback: bool) -> ServiceHosts {
        ServiceHosts {
            hosts: hosts
                .iter()
                .map(|h| h.trim().trim_end_matches('.').to_ascii_lowercase())
                .filter(|h| !h.is_empty())
                .collect(),
            loopback,
        }
    }

    /// True when a request to `url` may carry the app token.
    pub fn allows(&self, url: &Url) -> bool {
        let Some(host) = url.host_str() else {
            return false;
        };
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        if url.username() != "" || url.password().is_some() {
            return false;
        }
        let loopback = matches!(host.as_str(), "127.0.0.1" | "[::1]" | "localhost");
        if loopback {
            return self.loopback && matches!(url.scheme(), "http" | "https");
        }
        url.scheme() == "https"
            && self
                .hosts
                .iter()
                .any(|h| host == *h || host.ends_with(&format!(".{h}")))
    }
}

#[derive(Deserialize)]
struct TokenResponse {
    access_token: String,
    expires_in: u64,
}

/// The app's token source.
pub struct AppToken {
    http: reqwest::Client,
    authority: String,
    scope: String,
    app_id: SecretString,
    secret: SecretString,
    cached: Mutex<Option<(SecretString, Instant)>>,
}

impl AppToken {
    pub fn new(
        http: reqwest::Client,
        authority: &str,
        scope: &str,
        app_id: SecretString,
        secret: SecretString,
    ) -> AppToken {
        AppToken {
            http,
            authority: authority.to_string(),
            scope: scope.to_string(),
            app_id,
            secret,
            cached: Mutex::new(None),
        }
    }

    /// A token valid for a while yet: the cached one, or a new one.
    pub async fn get(&self) -> Result<SecretString, TokenError> {
        let mut cached = self.cached.lock().await;
        if let Some((token, until)) = cached.as_ref() {
            if Instant::now() < *until {
                return Ok(token.clone());
            }
        }
        let (token, lifetime) = self.fetch().await?;
        let until = Instant::now() + lifetime.saturating_sub(RENEW_BEFORE);
        *cached = Some((token.clone(), until));
        Ok(token)
    }

    /// Forgets the cached token (the connector refused it).
    pub async fn forget(&self) {
        *self.cached.lock().await = None;
    }

    async fn fetch(&self) -> Result<(SecretString, Duration), TokenError> {
        let form = [
            ("grant_type", "client_credentials"),
            ("client_id", self.app_id.expose_secret()),
            ("client_secret", self.secret.expose_secret()),
            ("scope", self.scope.as_str()),
        ];
        let body = serde_urlencoded_form(&form);
        let res = self
            .http
            .post(&self.authority)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .map_err(|e| TokenError::Network(e.without_url().to_string()))?;
        let status = res.status();
        if !status.is_success() {
            tracing::warn!(status = status.as_u16(), "the Teams app token was refused");
            return Err(TokenError::Refused(status.as_u16()));
        }
        let t: TokenResponse = res
            .json()
            .await
            .map_err(|e| TokenError::Network(e.without_url().to_string()))?;
        Ok((
            SecretString::from(t.access_token),
            Duration::from_secs(t.expires_in),
        ))
    }
}

/// `application/x-www-form-urlencoded` of the pairs.
fn serde_urlencoded_form(pairs: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(pairs)
        .finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn url(s: &str) -> Url {
        Url::parse(s).expect("url")
    }

    #[test]
    fn the_token_goes_only_to_allow_listed_hosts_over_https() {
        let hosts = ServiceHosts::new(&["smba.trafficmanager.net".into()], false);
        for ok in [
            "https://smba.trafficmanager.net/uk/",
            "https://smba.trafficmanager.net/amer/v3/conversations",
            "https://uk.smba.trafficmanager.net/x",
            "https://SMBA.trafficmanager.net./",
        ] {
            assert!(hosts.allows(&url(ok)), "{ok}");
        }
        for refused in [
            "http://smba.trafficmanager.net/uk/",
            "https://smba.trafficmanager.net.evil.example/",
            "https://evilsmba.trafficmanager.net/",
            "https://trafficmanager.net/",
            "https://user:pw@smba.trafficmanager.net/",
            "http://127.0.0.1:3978/",
            "http://localhost/",
            "http://[::1]:80/",
        ] {
            assert!(!hosts.allows(&url(refused)), "{refused}");
        }
    }

    #[test]
    fn loopback_is_allowed_only_when_the_configuration_says_so() {
        let tests = ServiceHosts::new(&[], true);
        assert!(tests.allows(&url("http://127.0.0.1:4000/")));
        assert!(tests.allows(&url("http://[::1]:4000/")));
        assert!(!tests.allows(&url("https://smba.trafficmanager.net/")));
    }
}
