//! The incoming side in webhook mode: an HTTP endpoint Telegram posts updates to (behind a
//! TLS-terminating reverse proxy), registered with `setWebhook` and a secret token.
//!
//! Every request must carry the secret in `X-Telegram-Bot-Api-Secret-Token`; anything else is
//! refused with 401 before its body is read. A body longer than [`MAX_BODY`] is refused with
//! 413. The endpoint never logs bodies or the secret. An update the busy database could not
//! take is answered 503, so Telegram posts it again.

use super::config::{check_secret, WebhookConfig};
use super::poller::{process_update, BusyApologies, ALLOWED_UPDATES};
use super::raw::Received;
use super::transport::{TelegramError, TelegramTransport};
use crate::delivery::{Handled, InboundHandler};
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::routing::post;
use axum::Router;
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;
use std::future::Future;
use std::sync::Arc;
use teloxide::payloads::SetWebhookSetters;
use teloxide::prelude::Requester;
use tokio::net::TcpListener;

/// The header Telegram puts the secret token in.
pub const SECRET_HEADER: &str = "x-telegram-bot-api-secret-token";

/// The longest body read: an update is a few kilobytes (a message is at most 4096 characters).
pub const MAX_BODY: usize = 256 * 1024;

/// Binds `hook.listen` and serves the webhook until `shutdown` resolves.
pub async fn run_webhook(
    transport: Arc<TelegramTransport>,
    handler: Arc<dyn InboundHandler>,
    hook: &WebhookConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), TelegramError> {
    let listener = TcpListener::bind(hook.listen)
        .await
        .map_err(|e| TelegramError::Webhook(format!("cannot listen on {}: {e}", hook.listen)))?;
    serve_webhook(transport, handler, listener, hook, shutdown).await
}

/// Serves the webhook on an already bound listener: checks the token, registers the webhook
/// with Telegram, then handles posted updates one request at a time until `shutdown`.
pub async fn serve_webhook(
    transport: Arc<TelegramTransport>,
    handler: Arc<dyn InboundHandler>,
    listener: TcpListener,
    hook: &WebhookConfig,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), TelegramError> {
    check_secret(&hook.secret_token).map_err(|e| TelegramError::Webhook(e.to_string()))?;
    let registered = async {
        transport.identify().await?;
        transport
            .bot()
            .set_webhook(hook.public_url.clone())
            .secret_token(hook.secret_token.expose_secret())
            .allowed_updates(ALLOWED_UPDATES)
            .await?;
        Ok::<(), TelegramError>(())
    };
    if let Err(err) = registered.await {
        tracing::error!(error = %err, "Telegram webhook not started");
        return Err(err);
    }
    let path = match hook.public_url.path() {
        "" => "/",
        p => p,
    };
    let app = Router::new().route(path, post(receive)).with_state(Hook {
        transport,
        handler,
        secret: hook.secret_token.clone(),
        apologies: Arc::default(),
    });
    tracing::info!(listen = %hook.listen, path, "Telegram webhook listening");
    axum::serve(listener, app)
        .with_graceful_shutdown(shutdown)
        .await
        .map_err(|e| TelegramError::Webhook(e.to_string()))
}

#[derive(Clone)]
struct Hook {
    transport: Arc<TelegramTransport>,
    handler: Arc<dyn InboundHandler>,
    secret: SecretString,
    apologies: Arc<BusyApologies>,
}

/// Checks the secret from the headers alone, and only then reads the body (up to [`MAX_BODY`]).
async fn receive(State(hook): State<Hook>, request: Request) -> StatusCode {
    let given = request
        .headers()
        .get(SECRET_HEADER)
        .map(|v| v.as_bytes())
        .unwrap_or_default();
    if !same_secret(given, hook.secret.expose_secret().as_bytes()) {
        tracing::warn!("webhook request without the right secret token refused");
        return StatusCode::UNAUTHORIZED;
    }
    let Ok(body) = axum::body::to_bytes(request.into_body(), MAX_BODY).await else {
        tracing::warn!("webhook body too long or cut short; refused");
        return StatusCode::PAYLOAD_TOO_LARGE;
    };
    let received = serde_json::from_slice::<Value>(&body)
        .ok()
        .and_then(Received::parse);
    let Some(update) = received else {
        // Answering an error would make Telegram send the same body again and again.
        tracing::warn!("webhook body is not an update; ignored");
        return StatusCode::OK;
    };
    match process_update(&hook.transport, &hook.handler, &update).await {
        Handled::Done => StatusCode::OK,
        // Not taken: Telegram posts the update again later.
        Handled::Busy(apology) => {
            let apologies = &hook.apologies;
            apologies.send(&hook.transport, update.id(), &apology).await;
            StatusCode::SERVICE_UNAVAILABLE
        }
    }
}

/// Compares secrets in time that does not depend on where they differ.
fn same_secret(given: &[u8], expected: &[u8]) -> bool {
    given.len() == expected.len()
        && given
            .iter()
            .zip(expected)
            .fold(0u8, |acc, (a, b)| acc | (a ^ b))
            == 0
}

#[cfg(test)]
mod tests {
    use super::same_secret;

    #[test]
    fn secrets_must_match_exactly() {
        assert!(same_secret(b"abc", b"abc"));
        assert!(!same_secret(b"abd", b"abc"));
        assert!(!same_secret(b"ab", b"abc"));
        assert!(!same_secret(b"", b"abc"));
    }
}
