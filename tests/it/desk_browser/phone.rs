//! The desk on a phone: at a phone's width (390 × 844 CSS pixels) the case list and a case page
//! fit the screen without scrolling sideways, and the sign-out and the case's forms are there.

use super::{sign_in_with_keyboard, site};
use crate::concern::{report, Report};
use crate::support::browser::{self, Browser};

/// How wide the page is, and how wide the screen.
async fn widths(b: &Browser) -> (i64, i64) {
    let got = b
        .client
        .execute(
            "return [document.documentElement.scrollWidth, window.innerWidth];",
            vec![],
        )
        .await
        .expect("the page answers");
    let w = got.as_array().expect("two numbers");
    (w[0].as_i64().unwrap(), w[1].as_i64().unwrap())
}

#[tokio::test]
async fn on_a_phone_the_cases_and_a_case_fit_the_screen() {
    let s = site().await;
    let reference = report(&s.t.person("Josie Quennell"), &Report::default()).await;
    let link = s.ask_link(&s.t.person("Daniel Okafor")).await;
    let Some(b) = browser::open().await else {
        return;
    };
    b.client
        .set_window_size(390, 844)
        .await
        .expect("a phone-sized window");
    b.visit(&link).await;
    sign_in_with_keyboard(&b).await;

    b.visit(&format!("{}/desk", s.url)).await;
    let (page, screen) = widths(&b).await;
    assert!(screen <= 420, "a phone's width: {screen}");
    assert!(
        page <= screen,
        "the case list is {page} wide on a {screen} screen"
    );
    assert!(b.text().await.contains(&reference));
    b.screenshot("desk-phone-open-cases").await;

    b.visit(&format!("{}/desk/cases/{reference}", s.url)).await;
    let (page, screen) = widths(&b).await;
    assert!(
        page <= screen,
        "the case page is {page} wide on a {screen} screen"
    );
    let text = b.text().await;
    assert!(text.contains("Acknowledge"), "{text}");
    assert!(text.contains("Sign out"), "{text}");
    b.screenshot("desk-phone-case").await;
}
