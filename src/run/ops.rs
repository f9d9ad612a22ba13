//! The operators' HTTP endpoints, served by `haven run` when `[ops] listen` is set:
//! `/healthz` (the process is up), `/readyz` (the database answers a transaction and this
//! instance heartbeats; 503 with a plain reason otherwise) and `/metrics` (Prometheus text
//! format, see `crate::metrics`).
//!
//! These endpoints never show a person, a chat, a message, a key or a database path: only
//! counts, durations, platform, sweep and role names, and fixed reasons.

use crate::app::App;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;
use std::net::SocketAddr;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::watch;

/// How long `/readyz` waits for the database.
const READY_WAIT: Duration = Duration::from_secs(2);

/// The endpoints over `app`.
pub fn router(app: App) -> Router {
    Router::new()
        .route("/healthz", get(|| async { "ok\n" }))
        .route("/readyz", get(ready))
        .route("/metrics", get(metrics))
        .with_state(app)
}

/// Serves the endpoints on `listen` until `stop` turns true.
pub async fn serve(
    listen: SocketAddr,
    app: App,
    stop: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let listener = TcpListener::bind(listen).await?;
    tracing::info!(%listen, "serving /healthz, /readyz and /metrics");
    serve_on(listener, app, stop).await
}

/// Serves the endpoints on a bound listener until `stop` turns true.
pub async fn serve_on(
    listener: TcpListener,
    app: App,
    mut stop: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    axum::serve(listener, router(app))
        .with_graceful_shutdown(async move {
            let _ = stop.wait_for(|s| *s).await;
        })
        .await?;
    Ok(())
}

async fn ready(State(app): State<App>) -> impl IntoResponse {
    let answers = async {
        let tx = app.ctx.store.begin().await?;
        tx.commit().await?;
        anyhow::Ok(())
    };
    let reason = match tokio::time::timeout(READY_WAIT, answers).await {
        Ok(Ok(())) if app.instance.heartbeating() => return (StatusCode::OK, "ready\n"),
        Ok(Ok(())) => "this instance is not heartbeating\n",
        Ok(Err(_)) | Err(_) => "the database does not answer\n",
    };
    (StatusCode::SERVICE_UNAVAILABLE, reason)
}

async fn metrics(State(app): State<App>) -> impl IntoResponse {
    let now = app.ctx.clock.now();
    let read = async {
        let mut tx = app.ctx.store.begin().await?;
        let backlog = tx.leases().backlog(now).await?;
        tx.commit().await?;
        anyhow::Ok(backlog)
    };
    match read.await {
        Ok(backlog) => app.metrics.observe(&backlog, now, &app.instance.roles()),
        Err(e) => {
            tracing::warn!(error = %format!("{e:#}"), "could not read the outbox for the metrics")
        }
    }
    (
        [(
            header::CONTENT_TYPE,
            "application/openmetrics-text; version=1.0.0; charset=utf-8",
        )],
        app.metrics.render(),
    )
}
