//! The browser harness itself (`support::browser`): headless Chromium opens a page that Haven
//! serves in-process and reads it, and the helpers the case desk's tests lean on (labels,
//! keyboard, computed style, screenshots) do what they say on a page made here.

use crate::support::browser;
use crate::support::spawn_app;
use axum::response::Html;
use axum::routing::get;
use fantoccini::key::Key;
use tokio::sync::watch;

/// `router` on a free loopback port, until the test ends.
async fn serve(router: axum::Router) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, router).await });
    url
}

#[tokio::test]
async fn chromium_reads_the_health_pages_that_haven_serves() {
    let Some(browser) = browser::open().await else {
        return;
    };
    let t = spawn_app().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (_stop, stopped) = watch::channel(false);
    tokio::spawn(haven::run::ops::serve_on(listener, t.app.clone(), stopped));

    browser.visit(&format!("{url}/healthz")).await;
    assert_eq!(browser.text().await, "ok");

    browser.visit(&format!("{url}/readyz")).await;
    assert_eq!(browser.text().await, "this instance is not heartbeating");
    t.app.instance.register().await.unwrap();
    browser.visit(&format!("{url}/readyz")).await;
    assert_eq!(browser.text().await, "ready");
}

const FORM: &str = r#"<!doctype html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>نموذج</title></head><body>
<main><h1>بحث</h1>
<form method="get" action="/found">
<label for="pupil">Pupil name</label><input id="pupil" name="pupil">
<button type="submit">Search</button>
</form></main></body></html>"#;

#[tokio::test]
async fn the_helpers_fill_by_label_move_by_keyboard_read_style_and_save_screenshots() {
    let Some(browser) = browser::open().await else {
        return;
    };
    let url = serve(
        axum::Router::new()
            .route("/", get(|| async { Html(FORM) }))
            .route(
                "/found",
                get(|q: axum::extract::RawQuery| async move {
                    Html(format!("<p id=\"q\">{}</p>", q.0.unwrap_or_default()))
                }),
            ),
    )
    .await;

    browser.visit(&url).await;
    assert_eq!(browser.style("main", "direction").await, "rtl");
    browser.tab_to("Pupil name", 5).await;
    browser.fill("Pupil name", "Amira").await;
    browser.tab_to("Search", 5).await;
    browser.key(Key::Enter).await;
    assert_eq!(
        browser.find("#q").await.text().await.unwrap(),
        "pupil=Amira"
    );
    assert!(browser.url().await.ends_with("/found?pupil=Amira"));

    let png = browser.client.screenshot().await.expect("a screenshot");
    assert!(png.starts_with(b"\x89PNG"), "a PNG image");
}
