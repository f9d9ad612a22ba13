//! The Bot Connector REST API on a conversation's service URL: send an activity to a
//! conversation, reply to one, update and delete one, and open a personal conversation with a
//! person who has not written (a proactive message). Every request carries the app token, and
//! only to allow-listed hosts ([`ServiceHosts`]).
//!
//! [`send_error`] says what a refusal means to the dispatcher: 429 waits for `Retry-After`;
//! 412, 502, 504 (and other 5xx) are temporary; 403 (the person removed the app) and 404 (the
//! conversation is gone) fail for good and are reported.
//!
//! It never logs message content or the token.

use super::token::{AppToken, ServiceHosts, TokenError};
use crate::delivery::SendError;
use reqwest::{Method, StatusCode};
use secrecy::ExposeSecret;
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::Duration;
use url::Url;

/// How long Haven waits when a 429 gives no `Retry-After`.
pub const DEFAULT_RETRY_AFTER: Duration = Duration::from_secs(1);

/// Why a call failed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum ConnectorError {
    #[error("the Bot Connector answered HTTP {status}")]
    Status {
        status: u16,
        retry_after: Option<Duration>,
    },
    #[error("network: {0}")]
    Network(String),
    #[error("not an allowed service URL: {0}")]
    HostNotAllowed(String),
    #[error(transparent)]
    Token(#[from] TokenError),
}

/// What a failed call means for a delivery.
pub fn send_error(e: ConnectorError) -> SendError {
    match e {
        ConnectorError::Status {
            status: 429,
            retry_after,
        } => SendError::RetryAfter(retry_after.unwrap_or(DEFAULT_RETRY_AFTER)),
        ConnectorError::Status { status, .. } => match status {
            403 => SendError::Unreachable("the person removed the app (403)".into()),
            404 => SendError::Unreachable("the conversation is gone (404)".into()),
            401 | 408 | 412 | 500..=599 => SendError::Transient(format!("HTTP {status}")),
            _ => SendError::Forbidden(format!("HTTP {status}")),
        },
        ConnectorError::Network(m) => SendError::Transient(m),
        ConnectorError::Token(t) => SendError::Transient(t.to_string()),
        ConnectorError::HostNotAllowed(h) => SendError::Forbidden(h),
    }
}

/// The Bot Connector client.
pub struct Connector {
    http: reqwest::Client,
    token: Arc<AppToken>,
    hosts: ServiceHosts,
}

impl Connector {
    pub fn new(http: reqwest::Client, token: Arc<AppToken>, hosts: ServiceHosts) -> Connector {
        Connector { http, token, hosts }
    }

    /// Sends an activity to a conversation; the new activity's id.
    pub async fn send(
        &self,
        service: &str,
        conversation: &str,
        activity: &Value,
    ) -> Result<String, ConnectorError> {
        let path = format!("v3/conversations/{}/activities", enc(conversation));
        let v = self
            .call(Method::POST, service, &path, Some(activity))
            .await?;
        Ok(id_of(&v))
    }

    /// Replies to an activity in a conversation (in a channel: in its thread).
    pub async fn reply(
        &self,
        service: &str,
        conversation: &str,
        to: &str,
        activity: &Value,
    ) -> Result<String, ConnectorError> {
        let path = format!(
            "v3/conversations/{}/activities/{}",
            enc(conversation),
            enc(to)
        );
        let v = self
            .call(Method::POST, service, &path, Some(activity))
            .await?;
        Ok(id_of(&v))
    }

    /// Replaces an activity the bot sent.
    pub async fn update(
        &self,
        service: &str,
        conversation: &str,
        id: &str,
        activity: &Value,
    ) -> Result<(), ConnectorError> {
        let path = format!(
            "v3/conversations/{}/activities/{}",
            enc(conversation),
            enc(id)
        );
        self.call(Method::PUT, service, &path, Some(activity))
            .await?;
        Ok(())
    }

    /// Deletes an activity the bot sent.
    pub async fn delete(
        &self,
        service: &str,
        conversation: &str,
        id: &str,
    ) -> Result<(), ConnectorError> {
        let path = format!(
            "v3/conversations/{}/activities/{}",
            enc(conversation),
            enc(id)
        );
        self.call(Method::DELETE, service, &path, None).await?;
        Ok(())
    }

    /// Opens (or finds) the personal conversation between the bot and a person; its id.
    pub async fn create_personal(
        &self,
        service: &str,
        bot_id: &str,
        user: &str,
        tenant: Option<&str>,
    ) -> Result<String, ConnectorError> {
        let mut body = json!({
            "bot": { "id": bot_id },
            "members": [{ "id": user }],
            "isGroup": false,
        });
        if let Some(t) = tenant {
            body["tenantId"] = json!(t);
            body["channelData"] = json!({ "tenant": { "id": t } });
        }
        let v = self
            .call(Method::POST, service, "v3/conversations", Some(&body))
            .await?;
        Ok(id_of(&v))
    }

    /// One call; a 401 forgets the token and tries once more with a new one.
    async fn call(
        &self,
        method: Method,
        service: &str,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Value, ConnectorError> {
        let url = endpoint(service, path)?;
        if !self.hosts.allows(&url) {
            tracing::warn!(
                host = url.host_str().unwrap_or(""),
                "a service URL outside the allowed hosts was not called"
            );
            return Err(ConnectorError::HostNotAllowed(
                url.host_str().unwrap_or_default().to_string(),
            ));
        }
        let mut refreshed = false;
        loop {
            let token = self.token.get().await?;
            let mut req = self
                .http
                .request(method.clone(), url.clone())
                .bearer_auth(token.expose_secret());
            if let Some(b) = body {
                req = req.json(b);
            }
            let res = req
                .send()
                .await
                .map_err(|e| ConnectorError::Network(e.without_url().to_string()))?;
            let status = res.status();
            if status == StatusCode::UNAUTHORIZED && !refreshed {
                self.token.forget().await;
                refreshed = true;
                continue;
            }
            if !status.is_success() {
                let retry_after = res
                    .headers()
                    .get("retry-after")
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.trim().parse::<u64>().ok())
                    .map(Duration::from_secs);
                return Err(ConnectorError::Status {
                    status: status.as_u16(),
                    retry_after,
                });
            }
            let text = res
                .text()
                .await
                .map_err(|e| ConnectorError::Network(e.without_url().to_string()))?;
            return Ok(serde_json::from_str(&text).unwrap_or(Value::Null));
        }
    }
}

/// `service` (with or without a trailing slash) joined with `path`.
fn endpoint(service: &str, path: &str) -> Result<Url, ConnectorError> {
    let base = format!("{}/", service.trim_end_matches('/'));
    Url::parse(&base)
        .and_then(|b| b.join(path))
        .map_err(|_| ConnectorError::HostNotAllowed("an unreadable service URL".into()))
}

/// A path segment, percent-encoded (conversation ids hold `:`, `@`, `;` and `=`).
fn enc(segment: &str) -> String {
    url::form_urlencoded::byte_serialize(segment.as_bytes()).collect()
}

fn id_of(v: &Value) -> String {
    v.get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_map_to_what_the_dispatcher_does() {
        let status = |status, retry_after| {
            send_error(ConnectorError::Status {
                status,
                retry_after,
            })
        };
        assert_eq!(
            status(429, Some(Duration::from_secs(7))),
            SendError::RetryAfter(Duration::from_secs(7))
        );
        assert_eq!(
            status(429, None),
            SendError::RetryAfter(DEFAULT_RETRY_AFTER)
        );
        for s in [412, 502, 504, 500, 503] {
            assert!(matches!(status(s, None), SendError::Transient(_)), "{s}");
        }
        for s in [403, 404] {
            assert!(matches!(status(s, None), SendError::Unreachable(_)), "{s}");
        }
        assert!(matches!(status(400, None), SendError::Forbidden(_)));
        assert!(matches!(
            send_error(ConnectorError::HostNotAllowed("x".into())),
            SendError::Forbidden(_)
        ));
    }

    #[test]
    fn endpoints_keep_the_service_path_and_encode_ids() {
        let u = endpoint("https://smba.trafficmanager.net/uk", "v3/conversations").expect("url");
        assert_eq!(
            u.as_str(),
            "https://smba.trafficmanager.net/uk/v3/conversations"
        );
        let id = "19:abc@thread.tacv2;messageid=17";
        let u = endpoint(
            "https://smba.trafficmanager.net/uk/",
            &format!("v3/conversations/{}/activities", enc(id)),
        )
        .expect("url");
        assert_eq!(
            u.path(),
            "/uk/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17/activities"
        );
    }
}
