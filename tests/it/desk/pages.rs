//! The desk's pages: security headers on every response, the case page's chronology in the
//! order recorded with both times, search, and the reader's language and direction.

use super::client::*;
use super::desk_app;
use crate::concern::{report, Report, NUDES, PASSWORD};

const CSP: &str = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

#[tokio::test]
async fn every_answer_carries_the_security_headers_and_case_pages_are_not_stored() {
    let t = desk_app().await;
    let r = report(&t.person("Josie Quennell"), &Report::default()).await;
    let mut b = Browser::new(&t);
    let signed_out = b.get(&format!("/desk/cases/{r}")).await;
    assert_eq!(signed_out.status, 401);
    assert!(!signed_out.body.contains(&r), "nothing without a session");
    let mut b = signed_in(&t, &t.person("Daniel Okafor")).await;
    let pages = [
        signed_out,
        b.get("/desk").await,
        b.get(&format!("/desk/cases/{r}")).await,
        b.get("/desk/cases/C-2099-0001").await,
        b.get("/desk/search?pupil=Grace").await,
        b.post(&format!("/desk/cases/{r}/ack"), &[]).await,
    ];
    for p in &pages {
        assert_eq!(p.header("content-security-policy"), CSP);
        assert_eq!(p.header("x-content-type-options"), "nosniff");
        assert_eq!(p.header("referrer-policy"), "no-referrer");
        assert_eq!(p.header("cache-control"), "no-store");
        assert!(!p.body.contains("<script"), "no scripts");
        assert!(
            !p.body.contains("http://") && !p.body.contains("https://"),
            "no third-party assets"
        );
    }
    let css = b.get("/desk/static/desk.css").await;
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-security-policy"), CSP);
}

#[tokio::test]
async fn the_case_page_shows_the_chronology_as_recorded_with_both_times_and_finds_by_pupil() {
    let t = desk_app().await;
    let josie = t.person("Josie Quennell");
    let r = report(&josie, &Report::default()).await;
    let other = report(
        &josie,
        &Report {
            categories: &[PASSWORD],
            who: Some("Ada Lovelace, Year 6"),
            ..Report::default()
        },
    )
    .await;
    let daniel = t.person("Daniel Okafor");
    // A back-dated note, recorded two hours after the report.
    t.clock.advance(chrono::Duration::hours(2));
    let mut b = signed_in(&t, &daniel).await;
    let csrf = b.get("/desk").await.field("csrf");
    b.post(
        &format!("/desk/cases/{r}/entry"),
        &[
            ("csrf", &csrf),
            ("kind", "note"),
            ("text", "Grace's mother phoned yesterday"),
            ("when", "2026-11-16T18:00"),
        ],
    )
    .await;
    let page = b.get(&format!("/desk/cases/{r}")).await;
    let body = &page.body;
    let reported = body.find("kind-status").expect("the report entry");
    let note = body
        .find("Grace&#39;s mother phoned yesterday")
        .or_else(|| body.find("Grace's mother phoned yesterday"))
        .expect("the note");
    assert!(reported < note, "in the order recorded");
    assert!(body.contains("16/11/2026 18:00"), "the time it refers to");
    assert!(body.contains("Refers to") && body.contains("Recorded"));
    assert!(body.contains("Who viewed this case"));
    assert!(body.contains("Daniel Okafor"));

    let found = b.get("/desk/search?pupil=grace+hopper").await;
    let link = |r: &str| format!("/desk/cases/{r}\"");
    assert!(found.body.contains(&link(&r)) && !found.body.contains(&link(&other)));
    let found = b.get("/desk/search?category=s_password").await;
    assert!(found.body.contains(&link(&other)) && !found.body.contains(&link(&r)));
    let found = b.get("/desk/search?status=closed").await;
    assert!(!found.body.contains(&link(&r)));
}

#[tokio::test]
async fn an_arabic_reader_gets_the_desk_right_to_left() {
    let t = desk_app().await;
    let r = report(
        &t.person("Josie Quennell"),
        &Report {
            categories: &[NUDES],
            ..Report::default()
        },
    )
    .await;
    let daniel = t.person("Daniel Okafor");
    daniel.says("/language ar").await;
    let mut b = signed_in(&t, &daniel).await;
    let page = b.get(&format!("/desk/cases/{r}")).await;
    assert_eq!(page.status, 200);
    assert!(
        page.body.contains("<html lang=\"ar\" dir=\"rtl\">"),
        "{}",
        &page.body[..200]
    );
    assert!(page.body.contains("التسلسل الزمني"));
    daniel.says("/language en-GB").await;
    let page = b.get(&format!("/desk/cases/{r}")).await;
    assert!(page.body.contains("<html lang=\"en-GB\" dir=\"ltr\">"));
}

#[tokio::test]
async fn alerts_and_case_views_link_to_the_desk_with_nothing_but_the_reference() {
    let t = desk_app().await;
    let r = report(&t.person("Josie Quennell"), &Report::default()).await;
    let daniel = t.person("Daniel Okafor");
    let line = format!("Open in the case desk: {DESK_URL}/desk/cases/{r}");
    daniel.sees(&line);
    daniel.says(&format!("/case {r}")).await;
    daniel.sees(&format!("Case {r}"));
    daniel.sees(&line);
    // The reporter is never given the desk's link to the case.
    t.person("Josie Quennell").does_not_see("/desk/cases/");

    // The link leads through sign-in: nothing of the case without a session.
    let mut b = Browser::new(&t);
    let page = b.get(&format!("/desk/cases/{r}")).await;
    assert_eq!(page.status, 401);
    assert!(!page.body.contains("Grace"));
    let mut b = signed_in(&t, &daniel).await;
    assert_eq!(b.get(&format!("/desk/cases/{r}")).await.status, 200);
}
