//! The HTTP side of Discord: a small client for the few REST routes Haven uses (JSON bodies
//! over reqwest, the bot token as a sensitive header), Discord's rate limits, and Discord's
//! errors as an [`ApiError`] the transport maps to delivery outcomes.
//!
//! Rate limits: each route's bucket is read from the `X-RateLimit-Remaining` and
//! `X-RateLimit-Reset-After` headers; a route with nothing left waits for its reset (briefly) or
//! is reported as [`ApiError::RateLimited`]; a 429 is reported with the `retry_after` of its
//! body, and a global 429 pauses every route except those answering an interaction, which
//! Discord exempts from its global limit (see [`answers_interaction`]). The overall 50 a second
//! is the dispatcher's limiter's job.
//!
//! This module must never log the token, a request body or a response body: bodies carry
//! message text, and interaction routes carry interaction tokens in their paths.

use reqwest::header::{HeaderMap, HeaderValue, AUTHORIZATION, CONTENT_TYPE, USER_AGENT};
use reqwest::{Client, Method, StatusCode};
use secrecy::{ExposeSecret, SecretString};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Where Discord lives; the API is under [`API_PATH`].
pub const DISCORD_URL: &str = "https://discord.com";
/// The API version Haven speaks.
pub const API_PATH: &str = "/api/v10";
/// Waits up to this long are served by sleeping; longer ones go back to the caller.
const MAX_INLINE_WAIT: Duration = Duration::from_secs(2);

/// Discord's JSON error codes that Haven acts on.
pub mod codes {
    pub const UNKNOWN_CHANNEL: i64 = 10003;
    pub const UNKNOWN_MESSAGE: i64 = 10008;
    pub const UNKNOWN_USER: i64 = 10013;
    pub const MISSING_ACCESS: i64 = 50001;
    /// "Cannot execute action on a DM channel" (deleting someone else's message in a DM).
    pub const NOT_IN_DM: i64 = 50003;
    /// "Cannot send messages to this user" (DMs closed, no shared server, blocked the bot).
    pub const CANNOT_SEND_TO_USER: i64 = 50007;
    pub const MISSING_PERMISSIONS: i64 = 50013;
}

/// Why a call did not succeed.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ApiError {
    /// Discord asked us to wait (a 429, or a bucket known to be empty).
    #[error("rate limited for {retry_after:?}")]
    RateLimited { retry_after: Duration, global: bool },
    /// Discord answered with an error status and (usually) a JSON error code.
    #[error("Discord answered {status} (code {code}): {message}")]
    Refused {
        status: u16,
        code: i64,
        message: String,
    },
    /// No answer (connection refused, timeout, unreadable body).
    #[error("network: {0}")]
    Network(String),
}

impl ApiError {
    /// The JSON error code, when Discord gave one.
    pub fn code(&self) -> Option<i64> {
        match self {
            ApiError::Refused { code, .. } => Some(*code),
            _ => None,
        }
    }
}

/// Routes that may not be called before an instant.
#[derive(Default)]
struct Blocked {
    routes: HashMap<String, Instant>,
    global: Option<Instant>,
}

/// An authenticated client for Discord's HTTP API.
pub struct Rest {
    client: Client,
    base: String,
    auth: SecretString,
    blocked: Mutex<Blocked>,
}

impl Rest {
    /// A client for `base_url` (`https://discord.com`, or a fake) with the bot token.
    pub fn new(base_url: &str, token: &SecretString) -> Result<Rest, ApiError> {
        let client = Client::builder()
            .timeout(Duration::from_secs(30))
            .build()
            .map_err(|e| ApiError::Network(e.to_string()))?;
        Ok(Rest {
            client,
            base: format!("{}{API_PATH}", base_url.trim_end_matches('/')),
            auth: SecretString::from(format!("Bot {}", token.expose_secret())),
            blocked: Mutex::default(),
        })
    }

    /// Calls `method path` (relative to `/api/v10`) with an optional JSON body; returns the
    /// JSON answer (`Null` for an empty one).
    pub async fn call<B: Serialize + ?Sized>(
        &self,
        method: Method,
        path: &str,
        body: Option<&B>,
    ) -> Result<Value, ApiError> {
        let route = route_key(&method, path);
        self.wait_for(&route).await?;
        let mut req = self
            .client
            .request(method, format!("{}{path}", self.base))
            .headers(self.headers()?);
        if let Some(body) = body {
            let bytes = serde_json::to_vec(body).map_err(|e| ApiError::Network(e.to_string()))?;
            req = req.header(CONTENT_TYPE, "application/json").body(bytes);
        }
        let resp = req
            .send()
            .await
            .map_err(|e| ApiError::Network(without_url(e)))?;
        let status = resp.status();
        self.note_bucket(&route, resp.headers());
        let bytes = resp
            .bytes()
            .await
            .map_err(|e| ApiError::Network(without_url(e)))?;
        let json: Value = if bytes.is_empty() {
            Value::Null
        } else {
            serde_json::from_slice(&bytes).unwrap_or(Value::Null)
        };
        if status == StatusCode::TOO_MANY_REQUESTS {
            return Err(self.note_429(&route, &json));
        }
        if !status.is_success() {
            return Err(ApiError::Refused {
                status: status.as_u16(),
                code: json.get("code").and_then(Value::as_i64).unwrap_or(0),
                message: json
                    .get("message")
                    .and_then(Value::as_str)
                    .unwrap_or("")
                    .to_string(),
            });
        }
        Ok(json)
    }

    fn headers(&self) -> Result<HeaderMap, ApiError> {
        let mut auth = HeaderValue::from_str(self.auth.expose_secret())
            .map_err(|_| ApiError::Network("the token is not a valid header value".into()))?;
        auth.set_sensitive(true);
        let mut h = HeaderMap::new();
        h.insert(AUTHORIZATION, auth);
        h.insert(
            USER_AGENT,
            HeaderValue::from_static(concat!(
                "DiscordBot (haven, ",
                env!("CARGO_PKG_VERSION"),
                ")"
            )),
        );
        Ok(h)
    }

    /// Waits for the route's bucket (and the global one, unless the route answers an
    /// interaction) if that is short; errs if not.
    async fn wait_for(&self, route: &str) -> Result<(), ApiError> {
        let (until, global) = {
            let b = self.lock();
            let r = b.routes.get(route).copied();
            let g = b.global.filter(|_| !answers_interaction(route));
            match (r, g) {
                (Some(r), Some(g)) if g > r => (Some(g), true),
                (Some(r), _) => (Some(r), false),
                (None, g) => (g, g.is_some()),
            }
        };
        let Some(until) = until else { return Ok(()) };
        let wait = until.saturating_duration_since(Instant::now());
        if wait.is_zero() {
            return Ok(());
        }
        if wait > MAX_INLINE_WAIT {
            return Err(ApiError::RateLimited {
                retry_after: wait,
                global,
            });
        }
        tokio::time::sleep(wait).await;
        Ok(())
    }

    fn note_bucket(&self, route: &str, h: &HeaderMap) {
        let header = |name: &str| -> Option<f64> { h.get(name)?.to_str().ok()?.parse().ok() };
        let mut b = self.lock();
        match (
            header("x-ratelimit-remaining"),
            header("x-ratelimit-reset-after"),
        ) {
            (Some(left), Some(after)) if left < 1.0 => {
                let until = Instant::now() + secs(after);
                b.routes.insert(route.to_string(), until);
            }
            _ => {
                b.routes.remove(route);
            }
        }
    }

    fn note_429(&self, route: &str, body: &Value) -> ApiError {
        let retry_after = secs(
            body.get("retry_after")
                .and_then(Value::as_f64)
                .unwrap_or(1.0),
        );
        let global = body.get("global").and_then(Value::as_bool).unwrap_or(false);
        let until = Instant::now() + retry_after;
        let mut b = self.lock();
        if global {
            b.global = Some(until);
        } else {
            b.routes.insert(route.to_string(), until);
        }
        ApiError::RateLimited {
            retry_after,
            global,
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Blocked> {
        self.blocked.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn secs(s: f64) -> Duration {
    Duration::try_from_secs_f64(s.max(0.0)).unwrap_or(Duration::from_secs(1))
}

/// A reqwest error without its URL (interaction URLs carry tokens).
fn without_url(e: reqwest::Error) -> String {
    e.without_url().to_string()
}

/// True for the routes that answer an interaction: its callback, and the original answer and
/// follow-ups under `/webhooks/{application}/{interaction token}` (Haven uses no other
/// webhooks). Discord does not bind these to the global rate limit ("Interaction endpoints are
/// not bound to the bot's Global Rate Limit"), so a global 429 never holds up the answer a
/// person waits for within Discord's three seconds; their own buckets still apply.
pub fn answers_interaction(route: &str) -> bool {
    let path = route.split_once('/').map_or("", |(_, p)| p);
    path.starts_with("interactions/") || path.starts_with("webhooks/")
}

/// The bucket a call falls in: its method and path, with message ids left out (Discord's
/// buckets are per channel, not per message).
pub fn route_key(method: &Method, path: &str) -> String {
    let mut out = String::from(method.as_str());
    let mut prev = "";
    for seg in path.split('/').filter(|s| !s.is_empty()) {
        out.push('/');
        let is_id = seg.bytes().all(|b| b.is_ascii_digit());
        out.push_str(if prev == "messages" && is_id {
            "*"
        } else {
            seg
        });
        prev = seg;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_ids_share_their_channel_bucket() {
        assert_eq!(
            route_key(&Method::DELETE, "/channels/42/messages/7"),
            route_key(&Method::DELETE, "/channels/42/messages/8")
        );
        assert_ne!(
            route_key(&Method::POST, "/channels/42/messages"),
            route_key(&Method::POST, "/channels/43/messages")
        );
    }

    #[test]
    fn only_interaction_answers_are_exempt_from_the_global_limit() {
        let exempt = |m: &Method, p: &str| answers_interaction(&route_key(m, p));
        assert!(exempt(&Method::POST, "/interactions/7/tok/callback"));
        assert!(exempt(&Method::PATCH, "/webhooks/1/tok/messages/@original"));
        assert!(exempt(&Method::POST, "/webhooks/1/tok"));
        assert!(!exempt(&Method::POST, "/channels/42/messages"));
        assert!(!exempt(&Method::POST, "/users/@me/channels"));
        assert!(!exempt(&Method::DELETE, "/channels/42/messages/7"));
        assert!(!exempt(&Method::PUT, "/applications/1/commands"));
    }

    #[test]
    fn odd_retry_afters_do_not_panic() {
        assert_eq!(secs(-3.0), Duration::ZERO);
        assert_eq!(secs(f64::NAN), Duration::ZERO);
        assert_eq!(secs(f64::INFINITY), Duration::from_secs(1));
        assert_eq!(secs(0.25), Duration::from_millis(250));
    }
}
