//! The case desk: a web adapter of the same core, served by `haven run` when `[web] listen`
//! is set. People sign in with a single-use link sent by `/desk` in their private chat
//! (`signin`), and work the cases the chat lets them work (`cases`), each opened through the
//! core's `concern::cases::open_for` and changed through the core's actions.
//!
//! This module holds no access rule of its own: it never decides who may see or change a case,
//! only asks the core. Every response carries a strict Content Security Policy and no
//! third-party asset; pages are server-rendered (maud, escaped) in the reader's language.

mod assets;
mod case_forms;
mod case_page;
pub mod cases;
pub mod dashboard;
pub mod export;
mod export_view;
mod flash;
mod layout;
pub mod session;
pub mod signin;

use crate::app::App;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::Router;
use std::net::SocketAddr;
use tokio::net::TcpListener;
use tokio::sync::watch;

pub use layout::Words;

/// What every desk handler is given: the application (its schools, store, clock, translations).
#[derive(Clone)]
pub struct WebState {
    pub app: App,
    /// Messages waiting for the page a form redirected to.
    flashes: flash::Flashes,
}

impl WebState {
    pub fn new(app: App) -> WebState {
        WebState {
            app,
            flashes: flash::Flashes::default(),
        }
    }
}

/// The Content Security Policy of every response: nothing from anywhere but the desk itself,
/// no scripts, no frames.
pub const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; \
                       form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// The desk's routes, each area's merged in, with the security headers on every response.
pub fn router(state: WebState) -> Router {
    Router::new()
        .merge(assets::routes())
        .merge(signin::routes())
        .merge(cases::routes())
        .merge(export::routes())
        .merge(dashboard::routes())
        .layer(middleware::from_fn_with_state(state.clone(), failures))
        .layer(middleware::from_fn(security_headers))
        .with_state(state)
}

/// Serves the desk on `listen` until `stop` turns true.
pub async fn serve(
    listen: SocketAddr,
    app: App,
    mut stop: watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let listener = TcpListener::bind(listen).await?;
    tracing::info!(%listen, "serving the case desk at /desk");
    axum::serve(listener, router(WebState::new(app)))
        .with_graceful_shutdown(async move {
            let _ = stop.wait_for(|s| *s).await;
        })
        .await?;
    Ok(())
}

/// Adds the security headers; every page but the stylesheet is `no-store`.
async fn security_headers(req: Request, next: Next) -> Response {
    let cacheable = req.uri().path().starts_with(assets::PREFIX);
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(CSP),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    if !cacheable {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

/// A handler's failure: logged with a reference, answered with a page carrying it.
pub struct Fault(anyhow::Error);

impl<E: Into<anyhow::Error>> From<E> for Fault {
    fn from(e: E) -> Fault {
        Fault(e.into())
    }
}

/// The reference of a failure, carried from [`Fault`] to the page [`failures`] draws.
#[derive(Clone)]
struct FaultRef(String);

impl IntoResponse for Fault {
    fn into_response(self) -> Response {
        let reference = crate::core::dispatch::new_reference();
        tracing::error!(reference = %reference, error = %format!("{:#}", self.0), "a case desk page failed");
        let mut res = axum::http::StatusCode::INTERNAL_SERVER_ERROR.into_response();
        res.extensions_mut().insert(FaultRef(reference));
        res
    }
}

/// Draws the page for a failure, with its reference.
async fn failures(State(state): State<WebState>, req: Request, next: Next) -> Response {
    let lang = layout::browser_lang(req.headers());
    let res = next.run(req).await;
    match res.extensions().get::<FaultRef>() {
        Some(FaultRef(reference)) => {
            let w = Words::new(&state.app.i18n, lang);
            layout::failure(w, reference)
        }
        None => res,
    }
}

/// What a desk handler returns.
pub type Answer = Result<Response, Fault>;
