//! The endpoint Teams posts activities to: `POST /api/messages`. Each request's token is
//! checked ([`super::auth`]) and the tenant against `[teams] tenants`; a refused request is
//! answered 401 or 403 and goes no further. An accepted activity is queued for
//! [`work`], which hands activities to the core one at a time in the order they came, and the
//! request is answered 200 at once.
//!
//! It never logs tokens or message text.

use super::activity::Activity;
use super::auth::Validator;
use super::cards;
use super::connector::Connector;
use super::inbound;
use super::refs::Refs;
use super::transport::TeamsTransport;
use crate::delivery::{Handled, InboundHandler, Transport};
use crate::i18n::I18n;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::routing::post;
use axum::Router;
use std::sync::Arc;
use tokio::sync::mpsc;

/// What the endpoint needs.
#[derive(Clone)]
pub struct Endpoint {
    pub validator: Arc<Validator>,
    /// Tenants allowed; empty: any.
    pub tenants: Arc<Vec<String>>,
    pub queue: mpsc::UnboundedSender<Activity>,
}

/// The router: `POST /api/messages`.
pub fn router(endpoint: Endpoint) -> Router {
    Router::new()
        .route("/api/messages", post(messages))
        .with_state(endpoint)
}

async fn messages(State(e): State<Endpoint>, headers: HeaderMap, body: Bytes) -> StatusCode {
    let Ok(activity) = serde_json::from_slice::<Activity>(&body) else {
        return StatusCode::BAD_REQUEST;
    };
    let auth = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    if let Err(refusal) = e.validator.check(auth, &activity.service_url).await {
        tracing::warn!(reason = %refusal, "a request to the Teams endpoint was refused");
        return StatusCode::from_u16(refusal.status()).unwrap_or(StatusCode::UNAUTHORIZED);
    }
    if !e.tenants.is_empty() && !activity.tenant().is_some_and(|t| e.tenants.contains(&t)) {
        tracing::warn!("an activity from a tenant not in [teams] tenants was refused");
        return StatusCode::FORBIDDEN;
    }
    match e.queue.send(activity) {
        Ok(()) => StatusCode::OK,
        Err(_) => StatusCode::SERVICE_UNAVAILABLE,
    }
}

/// What the worker needs.
pub struct Worker {
    pub refs: Arc<Refs>,
    pub transport: Arc<TeamsTransport>,
    pub connector: Arc<Connector>,
    pub handler: Arc<dyn InboundHandler>,
    pub i18n: Arc<I18n>,
}

/// Hands queued activities to the core in order: remembers where the sender can be reached,
/// converts the activity, and afterwards updates an answered question's card (or sends the
/// apology of a busy database).
pub async fn work(w: Worker, mut queue: mpsc::UnboundedReceiver<Activity>) {
    while let Some(a) = queue.recv().await {
        if let Err(e) = w.refs.observe(&a).await {
            tracing::warn!(error = %format!("{e:#}"), "could not remember a Teams conversation");
        }
        let converted = inbound::convert(&a);
        let Some(event) = converted.inbound else {
            continue;
        };
        match w.handler.handle(event).await {
            Handled::Done => {
                if let Some(answered) = converted.answered {
                    let card = cards::message(cards::received(&w.i18n, answered.lang));
                    if let Err(e) = w
                        .connector
                        .update(&a.service_url, &a.conversation.id, &answered.card, &card)
                        .await
                    {
                        tracing::warn!(error = %e, "could not mark a Teams question as answered");
                    }
                }
            }
            Handled::Busy(apology) => {
                if let Err(e) = w.transport.send(&apology).await {
                    tracing::warn!(error = %e, "could not send the busy apology on Teams");
                }
            }
        }
    }
}
