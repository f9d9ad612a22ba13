//! Signing in: a link from `/desk` in a private chat, used once, within five minutes, by the
//! person it was sent to; sessions that end when they should.

use super::client::*;
use super::desk_app;
use crate::support::spawn_app;

#[tokio::test]
async fn a_dsl_signs_in_from_the_chat_link_and_sees_their_desk() {
    let t = desk_app().await;
    let daniel = t.person("Daniel Okafor");
    let path = ask_link(&daniel).await;
    daniel.sees("works once, for you only, for 5 minutes");
    assert!(path.starts_with("/desk/signin/"), "{path}");

    let mut b = Browser::new(&t);
    // Nothing is shown without a session.
    let before = b.get("/desk").await;
    assert_eq!(before.status, 401);
    assert!(
        before.body.contains("send /desk to Haven"),
        "{}",
        before.body
    );

    // Opening the link (a link preview does this too) does not use it.
    let offer = b.get(&path).await;
    assert_eq!(offer.status, 200);
    assert!(offer.body.contains("Sign in"));
    assert_eq!(b.get(&path).await.status, 200, "still usable after a GET");

    let done = use_link(&mut b, &path).await;
    assert_eq!(done.status, 303);
    assert_eq!(done.header("location"), "/desk");
    let session = done
        .set_cookies()
        .into_iter()
        .find(|c| c.starts_with("haven_desk="))
        .expect("a session cookie");
    for flag in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/desk"] {
        assert!(session.contains(flag), "{flag} in {session}");
    }
    let home = b.get("/desk").await;
    assert_eq!(home.status, 200, "{}", home.body);
    assert!(home.body.contains("Signed in as Daniel Okafor"));
}

#[tokio::test]
async fn the_desk_is_refused_in_groups_to_parents_and_where_it_is_off() {
    let t = desk_app().await;
    let daniel = t.person("Daniel Okafor");
    daniel.says_in("staffroom", "/desk").await;
    let group = t.group_messages();
    assert!(group
        .iter()
        .any(|m| m.text.contains("in your private chat")));
    assert!(group.iter().all(|m| !m.text.contains(DESK_URL)));
    daniel.does_not_see(DESK_URL);

    let off = spawn_app().await;
    let daniel = off.person("Daniel Okafor");
    daniel.says("/desk").await;
    daniel.sees("not turned on");
}
