//! Is an inbound request really from the Bot Framework, for this bot? Every request's
//! `Authorization: Bearer` token is checked against the Bot Framework's OpenID metadata:
//! signed (RS256) by a key listed at the metadata's `jwks_uri`, issued by
//! `https://api.botframework.com`, for this app id, within its lifetime (5 minutes' clock
//! skew), and naming the activity's own `serviceUrl`.
//!
//! Keys are cached; a token signed with a key not in the cache fetches the list again, at most
//! once a minute (so forged key ids cannot make Haven hammer Microsoft). There is no way to
//! turn the check off: tests serve metadata and keys of their own.
//!
//! It never logs tokens.

use jsonwebtoken::jwk::Jwk;
use jsonwebtoken::{decode, decode_header, Algorithm, DecodingKey, Validation};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;
use serde_json::Value;
use std::collections::HashMap;
use std::time::{Duration, Instant};
use tokio::sync::Mutex;

/// Who issues the Bot Framework's tokens.
pub const ISSUER: &str = "https://api.botframework.com";
/// Clock skew allowed on a token's lifetime.
pub const SKEW: Duration = Duration::from_secs(5 * 60);
/// Keys are fetched again for an unknown key id at most this often.
pub const REFRESH_AT_MOST_EVERY: Duration = Duration::from_secs(60);
/// Keys are fetched again at least this often.
pub const KEYS_KEPT: Duration = Duration::from_secs(24 * 60 * 60);

/// Why a request was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Refusal {
    /// No bearer token, or one that does not check out: HTTP 401.
    #[error("unauthenticated: {0}")]
    Unauthenticated(String),
    /// A valid token that does not cover this activity: HTTP 403.
    #[error("forbidden: {0}")]
    Forbidden(String),
}

impl Refusal {
    /// The HTTP status to answer with.
    pub fn status(&self) -> u16 {
        match self {
            Refusal::Unauthenticated(_) => 401,
            Refusal::Forbidden(_) => 403,
        }
    }
}

#[derive(Debug, Deserialize)]
struct Claims {
    #[serde(default)]
    serviceurl: Option<String>,
}

#[derive(Deserialize)]
struct Metadata {
    jwks_uri: String,
}

#[derive(Default)]
struct Keys {
    by_id: HashMap<String, DecodingKey>,
    fetched: Option<Instant>,
}

/// Checks inbound requests' tokens.
pub struct Validator {
    http: reqwest::Client,
    metadata_url: String,
    app_id: SecretString,
    keys: Mutex<Keys>,
}

impl Validator {
    pub fn new(http: reqwest::Client, metadata_url: &str, app_id: SecretString) -> Validator {
        Validator {
            http,
            metadata_url: metadata_url.to_string(),
            app_id,
            keys: Mutex::new(Keys::default()),
        }
    }

    /// Checks the `Authorization` header of a request carrying an activity from `service_url`.
    pub async fn check(
        &self,
        authorization: Option<&str>,
        service_url: &str,
    ) -> Result<(), Refusal> {
        let token = authorization
            .and_then(|h| h.strip_prefix("Bearer "))
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or_else(|| Refusal::Unauthenticated("no bearer token".into()))?;
        let header = decode_header(token)
            .map_err(|e| Refusal::Unauthenticated(format!("unreadable token: {e}")))?;
        if header.alg != Algorithm::RS256 {
            return Err(Refusal::Unauthenticated(format!(
                "algorithm {:?}",
                header.alg
            )));
        }
        let kid = header
            .kid
            .ok_or_else(|| Refusal::Unauthenticated("no key id".into()))?;
        let key = self.key(&kid).await?;
        let mut v = Validation::new(Algorithm::RS256);
        v.set_issuer(&[ISSUER]);
        v.set_audience(&[self.app_id.expose_secret()]);
        v.leeway = SKEW.as_secs();
        v.validate_nbf = true;
        v.set_required_spec_claims(&["exp", "iss", "aud"]);
        let data = decode::<Claims>(token, &key, &v)
            .map_err(|e| Refusal::Unauthenticated(format!("{:?}", e.kind())))?;
        match data.claims.serviceurl {
            Some(claimed) if same_service(&claimed, service_url) => Ok(()),
            _ => Err(Refusal::Forbidden(
                "the token does not name the activity's service URL".into(),
            )),
        }
    }

    /// The key with this id: from the cache, or from the list fetched again when the cache is
    /// old, or does not have it and was not fetched in the last minute.
    async fn key(&self, kid: &str) -> Result<DecodingKey, Refusal> {
        let mut keys = self.keys.lock().await;
        let age = keys.fetched.map(|at| at.elapsed());
        let stale = age.is_none_or(|a| a > KEYS_KEPT);
        let may_refresh = age.is_none_or(|a| a >= REFRESH_AT_MOST_EVERY);
        if stale || (!keys.by_id.contains_key(kid) && may_refresh) {
            match self.fetch().await {
                Ok(fresh) => {
                    keys.by_id = fresh;
                    keys.fetched = Some(Instant::now());
                }
                Err(e) => {
                    tracing::warn!(error = %e, "could not fetch the Bot Framework's signing keys");
                    if keys.fetched.is_none() {
                        return Err(Refusal::Unauthenticated("no signing keys".into()));
                    }
                }
            }
        }
        keys.by_id
            .get(kid)
            .cloned()
            .ok_or_else(|| Refusal::Unauthenticated("unknown signing key".into()))
    }

    async fn fetch(&self) -> anyhow::Result<HashMap<String, DecodingKey>> {
        let meta: Metadata = self.get(&self.metadata_url).await?;
        let set: Value = self.get(&meta.jwks_uri).await?;
        let mut keys = HashMap::new();
        for raw in set["keys"].as_array().into_iter().flatten() {
            let Ok(jwk) = serde_json::from_value::<Jwk>(raw.clone()) else {
                continue;
            };
            let (Some(kid), Ok(key)) = (jwk.common.key_id.clone(), DecodingKey::from_jwk(&jwk))
            else {
                continue;
            };
            keys.insert(kid, key);
        }
        Ok(keys)
    }

    async fn get<T: serde::de::DeserializeOwned>(&self, url: &str) -> anyhow::Result<T> {
        Ok(self
            .http
            .get(url)
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?)
    }
}

/// True when two service URLs name the same service (case of the host and a trailing slash
/// aside).
pub fn same_service(a: &str, b: &str) -> bool {
    let norm = |s: &str| s.trim().trim_end_matches('/').to_ascii_lowercase();
    !a.trim().is_empty() && norm(a) == norm(b)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_urls_compare_without_a_trailing_slash() {
        assert!(same_service(
            "https://smba.trafficmanager.net/uk/",
            "https://smba.trafficmanager.net/uk"
        ));
        assert!(!same_service(
            "https://smba.trafficmanager.net/uk/",
            "https://smba.trafficmanager.net/amer/"
        ));
        assert!(!same_service("", ""));
    }

    #[tokio::test]
    async fn requests_without_a_readable_token_are_refused_before_any_fetch() {
        let v = Validator::new(
            reqwest::Client::new(),
            "http://127.0.0.1:9/nothing",
            SecretString::from("app"),
        );
        for header in [
            None,
            Some("Basic abc"),
            Some("Bearer "),
            Some("Bearer not.a.jwt"),
        ] {
            let r = v.check(header, "https://smba.trafficmanager.net/uk/").await;
            assert_eq!(r.map_err(|e| e.status()), Err(401), "{header:?}");
        }
    }
}
