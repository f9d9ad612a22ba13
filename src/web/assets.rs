//! The desk's one stylesheet, served from the binary (no third-party asset, no script).

use super::WebState;
use axum::http::header;
use axum::response::IntoResponse;
use axum::routing::get;
use axum::Router;

/// Where the desk's static files are.
pub const PREFIX: &str = "/desk/static/";
/// The stylesheet's address.
pub const STYLESHEET: &str = "/desk/static/desk.css";

const CSS: &str = include_str!("desk.css");

pub fn routes() -> Router<WebState> {
    Router::new().route(STYLESHEET, get(stylesheet))
}

async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        CSS,
    )
}
