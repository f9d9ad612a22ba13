//! After signing in, a person lands where the link they followed pointed: the desk page they
//! asked for while signed out, or the `next` a sign-in page carries, but only ever a page of
//! the desk itself; anything else (another site, a scheme, `//`) lands on `/desk`.

use super::client::*;
use super::desk_app;
use crate::concern::{report, Report};

/// Opens the sign-in link at `path` and presses "Sign in", sending `next` with the form.
async fn sign_in_with(b: &mut Browser, path: &str, next: &str) -> Page {
    let offer = b.get(path).await;
    assert_eq!(offer.status, 200, "{}", offer.body);
    let (token, csrf) = (offer.field("token"), offer.field("csrf"));
    b.post(
        "/desk/signin",
        &[("token", &token), ("csrf", &csrf), ("next", next)],
    )
    .await
}

#[tokio::test]
async fn a_case_link_opened_while_signed_out_is_where_the_sign_in_lands() {
    let t = desk_app().await;
    let r = report(&t.person("Josie Quennell"), &Report::default()).await;
    let daniel = t.person("Daniel Okafor");
    let mut b = Browser::new(&t);
    let wanted = format!("/desk/cases/{r}");
    let first = b.get(&wanted).await;
    assert_eq!(first.status, 401);
    assert!(!first.body.contains(&r), "nothing without a session");

    let path = ask_link(&daniel).await;
    let done = use_link(&mut b, &path).await;
    assert_eq!(done.status, 303);
    assert_eq!(done.header("location"), wanted);
    let page = b.get(&wanted).await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains(&r));

    // Kept for one sign-in only: the next lands on the desk's home.
    assert!(b.cookie("haven_desk_next").is_none());
    let path = ask_link(&daniel).await;
    assert_eq!(use_link(&mut b, &path).await.header("location"), "/desk");
}

#[tokio::test]
async fn a_next_on_the_sign_in_page_is_followed_only_within_the_desk() {
    let t = desk_app().await;
    let r = report(&t.person("Josie Quennell"), &Report::default()).await;
    let daniel = t.person("Daniel Okafor");
    let good = [
        format!("/desk/cases/{r}"),
        "/desk/closed".to_string(),
        "/desk/search?pupil=Grace".to_string(),
        "/desk".to_string(),
    ];
    for next in &good {
        // An hour on each time, within the limit on sign-in links.
        t.clock.advance(chrono::Duration::hours(1));
        let path = ask_link(&daniel).await;
        let mut b = Browser::new(&t);
        let done = sign_in_with(&mut b, &path, next).await;
        assert_eq!(done.status, 303, "{next}");
        assert_eq!(done.header("location"), next);
    }
    // The `next` a link carries reaches the page's form.
    t.clock.advance(chrono::Duration::hours(1));
    let path = ask_link(&daniel).await;
    let mut b = Browser::new(&t);
    let offer = b.get(&format!("{path}?next=/desk/cases/{r}")).await;
    assert_eq!(offer.field("next"), format!("/desk/cases/{r}"));

    let hostile = [
        "//evil.example",
        "//evil.example/desk",
        "https://evil.example/desk",
        "http://evil.example",
        "javascript:alert(1)",
        "/\\evil.example",
        "/desk//evil.example",
        "/desk/../evil",
        "/deskevil",
        "desk/cases",
        "/desk/signin/abc",
        "/desk/signout",
        "/desk/cases/x\r\nSet-Cookie: a=b",
        "",
    ];
    for next in hostile {
        // An hour on each time, within the limit on sign-in links.
        t.clock.advance(chrono::Duration::hours(1));
        let path = ask_link(&daniel).await;
        let mut b = Browser::new(&t);
        let offer = b.get(&format!("{path}?next={}", enc(next))).await;
        assert!(
            !offer.body.contains("name=\"next\""),
            "{next:?} on the page"
        );
        let done = sign_in_with(&mut b, &path, next).await;
        assert_eq!(done.status, 303, "{next:?}");
        assert_eq!(done.header("location"), "/desk", "{next:?}");
    }
}

/// Percent-encodes a query value.
fn enc(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}
