//! Signing in from the chat, in the browser: the link works once, for five minutes, and only
//! with the keyboard a person has; the session cookie is out of scripts' reach; an Arabic
//! reader gets the desk right to left.

use super::{sign_in_with_keyboard, site};
use crate::concern::{report, Report};
use crate::support::browser;
use chrono::Duration;
use fantoccini::key::Key;
use haven::core::people::Lang;

#[tokio::test]
async fn a_dsl_signs_in_from_the_chat_link_with_the_keyboard_and_sees_the_new_case() {
    let s = site().await;
    let josie = s.t.person("Josie Quennell");
    let reference = report(&josie, &Report::default()).await;
    let daniel = s.t.person("Daniel Okafor");
    let link = s.ask_link(&daniel).await;
    daniel.sees("works once, for you only, for 5 minutes");
    let Some(b) = browser::open().await else {
        return;
    };

    // Nothing but how to sign in is shown without a session.
    b.visit(&format!("{}/desk", s.url)).await;
    let before = b.text().await;
    assert!(before.contains("send /desk to Haven"), "{before}");
    assert!(!before.contains(&reference), "{before}");

    b.visit(&link).await;
    assert!(b.text().await.contains("This link signs you in once"));
    b.screenshot("desk-sign-in").await;
    // The first Tab reaches the skip link, as on every page.
    b.key(Key::Tab).await;
    assert_eq!(b.focused().await, "Skip to the content");
    sign_in_with_keyboard(&b).await;

    assert!(b.url().await.ends_with("/desk"), "{}", b.url().await);
    let home = b.text().await;
    assert!(home.contains("Signed in as Daniel Okafor"), "{home}");
    assert!(home.contains("Open cases"), "{home}");
    let row = b.find("tbody tr").await.text().await.unwrap();
    assert!(row.contains(&reference), "{row}");
    assert!(row.contains("Not acknowledged"), "{row}");
    // The report's words stay in the case, not on the list; scripts cannot read the session.
    assert!(!home.contains("older boy"), "{home}");
    let cookies = b.client.execute("return document.cookie", vec![]).await;
    assert_eq!(cookies.unwrap(), "", "the session cookie is HttpOnly");
    b.screenshot("desk-open-cases").await;

    b.press("Sign out").await;
    assert!(b.text().await.contains("You have signed out"));
    b.visit(&format!("{}/desk", s.url)).await;
    assert!(!b.text().await.contains(&reference));
}

#[tokio::test]
async fn a_link_signs_in_once_and_not_after_five_minutes() {
    let s = site().await;
    let daniel = s.t.person("Daniel Okafor");
    let link = s.ask_link(&daniel).await;
    let Some(first) = browser::open().await else {
        return;
    };
    first.visit(&link).await;
    sign_in_with_keyboard(&first).await;
    assert!(first.text().await.contains("Signed in as Daniel Okafor"));

    // The same link again, in another browser (a forwarded message, a shared screen).
    let Some(second) = browser::open().await else {
        return;
    };
    second.visit(&link).await;
    let used = second.text().await;
    assert!(used.contains("This link has already been used"), "{used}");
    assert!(second.all("form[action='/desk/signin']").await.is_empty());
    second.visit(&format!("{}/desk", s.url)).await;
    assert!(!second.text().await.contains("Daniel Okafor"));
    second.screenshot("desk-link-used").await;
    drop(second);

    // A new link, opened in time but pressed after five minutes, and opened too late.
    let late = s.ask_link(&daniel).await;
    let Some(third) = browser::open().await else {
        return;
    };
    third.visit(&late).await;
    s.t.clock
        .advance(Duration::minutes(5) + Duration::seconds(1));
    third.press("Sign in").await;
    let expired = third.text().await;
    assert!(expired.contains("This link has expired"), "{expired}");
    assert!(!expired.contains("Signed in as"), "{expired}");
    third.visit(&late).await;
    assert!(third.text().await.contains("This link has expired"));
}

#[tokio::test]
async fn an_arabic_reader_sees_the_desk_right_to_left() {
    let s = site().await;
    let reference = report(&s.t.person("Josie Quennell"), &Report::default()).await;
    let priya = s.t.person("Priya Castellane");
    priya.says("/language ar").await;
    let link = s.ask_link(&priya).await;
    let Some(b) = browser::open().await else {
        return;
    };
    b.visit(&link).await;
    assert_eq!(b.style("body", "direction").await, "rtl");
    assert_eq!(
        b.find("h1").await.text().await.unwrap(),
        s.says(Lang::Ar, "desk-signin-title")
    );
    sign_in_with_keyboard(&b).await;

    assert_eq!(b.style("main", "direction").await, "rtl");
    assert_eq!(b.style("nav", "direction").await, "rtl");
    let lang = b.find("html").await.attr("lang").await.unwrap();
    assert_eq!(lang.as_deref(), Some("ar"));
    assert_eq!(
        b.find("h1").await.text().await.unwrap(),
        s.says(Lang::Ar, "desk-open-title")
    );
    let row = b.find("tbody tr").await.text().await.unwrap();
    assert!(row.contains(&reference), "{row}");
    assert!(
        row.contains(&s.says(Lang::Ar, "desk-not-acknowledged")),
        "{row}"
    );
    b.screenshot("desk-open-cases-ar").await;
}
