//! The school's second factor (`[web] confirm_in_chat`): a sign-in from a chat link shows
//! nothing until its person presses "Yes, it's me" under the question Haven sends to their
//! chat; "No, it wasn't me", or no answer within five minutes, ends it.

use super::client::*;
use crate::support::{spawn_app_with, TestApp};
use chrono::Duration;
use haven::core::settings::Settings;

const WAITING: &str = "Haven has sent a question to your private chat";
const ASKED: &str = "Someone is signing in to the case desk as you";

async fn confirming_app() -> TestApp {
    spawn_app_with(Settings {
        desk_url: Some(DESK_URL.into()),
        desk_confirm: true,
        ..Settings::default()
    })
    .await
}

#[tokio::test]
async fn a_sign_in_shows_nothing_until_its_person_says_yes_in_the_chat() {
    let t = confirming_app().await;
    let daniel = t.person("Daniel Okafor");
    let path = ask_link(&daniel).await;
    let mut b = Browser::new(&t);
    assert_eq!(use_link(&mut b, &path).await.status, 303);

    // Every page, and every form, answers only "confirm in your chat".
    for page in ["/desk", "/desk/closed", "/desk/search?pupil=Ava"] {
        let got = b.get(page).await;
        assert_eq!(got.status, 200, "{page}");
        assert!(got.body.contains(WAITING), "{page}: {}", got.body);
        assert!(!got.body.contains("Signed in as"), "{page}: {}", got.body);
    }
    let posted = b.post("/desk/signout", &[("csrf", "x")]).await;
    assert!(posted.body.contains(WAITING), "{}", posted.body);

    t.deliver().await;
    let asked = daniel.sees(ASKED);
    let labels: Vec<&str> = asked.buttons.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["Yes, it's me", "No, it wasn't me"]);
    assert!(!asked.text.contains(DESK_URL), "{}", asked.text);

    // Someone else pressing the same payload, or a forged one, confirms nothing.
    let yes = asked.buttons[0].payload.clone();
    let owen = t.person("Owen Hartley");
    owen.presses_payload(&yes).await;
    owen.sees("That button belongs to an earlier message");
    daniel.presses_payload("dsk.ok.not-a-code").await;
    daniel.sees("That button belongs to an earlier message");
    assert!(b.get("/desk").await.body.contains(WAITING));

    daniel.presses("Yes, it's me").await;
    daniel.sees("you are signed in to the case desk");
    let home = b.get("/desk").await;
    assert_eq!(home.status, 200);
    assert!(
        home.body.contains("Signed in as Daniel Okafor"),
        "{}",
        home.body
    );
    // Pressed again: already answered.
    daniel.presses_payload(&yes).await;
    daniel.sees("That button belongs to an earlier message");
}

#[tokio::test]
async fn no_it_wasnt_me_or_no_answer_within_five_minutes_ends_the_sign_in() {
    let t = confirming_app().await;
    let daniel = t.person("Daniel Okafor");

    let path = ask_link(&daniel).await;
    let mut b = Browser::new(&t);
    assert_eq!(use_link(&mut b, &path).await.status, 303);
    t.deliver().await;
    daniel.sees(ASKED);
    daniel.presses("No, it wasn't me").await;
    daniel.sees("The sign-in was stopped");
    let page = b.get("/desk").await;
    assert_eq!(page.status, 401);
    assert!(!page.body.contains(WAITING));

    let path = ask_link(&daniel).await;
    let mut b = Browser::new(&t);
    assert_eq!(use_link(&mut b, &path).await.status, 303);
    t.deliver().await;
    daniel.sees(ASKED);
    t.clock.advance(Duration::minutes(6));
    assert_eq!(b.get("/desk").await.status, 401, "unconfirmed for too long");
    daniel.presses("Yes, it's me").await;
    daniel.sees("That button belongs to an earlier message");
    assert_eq!(b.get("/desk").await.status, 401);
}

#[tokio::test]
async fn without_the_second_factor_nobody_is_asked() {
    let t = super::desk_app().await;
    let daniel = t.person("Daniel Okafor");
    let mut b = signed_in(&t, &daniel).await;
    t.deliver().await;
    daniel.does_not_see(ASKED);
    assert!(b
        .get("/desk")
        .await
        .body
        .contains("Signed in as Daniel Okafor"));
}
