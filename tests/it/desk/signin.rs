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

#[tokio::test]
async fn a_link_signs_in_once_and_not_after_five_minutes() {
    let t = desk_app().await;
    let daniel = t.person("Daniel Okafor");
    let path = ask_link(&daniel).await;
    let mut b = Browser::new(&t);
    assert_eq!(use_link(&mut b, &path).await.status, 303);

    // Used: the page says so, and a second press signs nobody in.
    let mut other = Browser::new(&t);
    let again = other.get(&path).await;
    assert_eq!(again.status, 410);
    assert!(again.body.contains("already been used"), "{}", again.body);
    assert_eq!(other.get("/desk").await.status, 401);

    // Expired: five minutes after it was sent.
    let late = ask_link(&daniel).await;
    t.clock.advance(chrono::Duration::minutes(5));
    let mut b = Browser::new(&t);
    let page = b.get(&late).await;
    assert_eq!(page.status, 410);
    assert!(page.body.contains("expired"), "{}", page.body);

    // A made-up link is not valid either.
    let page = b.get("/desk/signin/0123456789abcdef").await;
    assert_eq!(page.status, 404);
    assert!(page.body.contains("not valid"));
}

#[tokio::test]
async fn the_sign_in_press_must_come_from_the_page_the_link_opened() {
    let t = desk_app().await;
    let daniel = t.person("Daniel Okafor");
    let path = ask_link(&daniel).await;
    let token = path.trim_start_matches("/desk/signin/").to_string();

    // A form posted from elsewhere (no cookie from the sign-in page, or another page's) is
    // refused, and the link stays unused.
    let mut forged = Browser::new(&t);
    let page = forged
        .post("/desk/signin", &[("token", &token), ("csrf", "00")])
        .await;
    assert_eq!(page.status, 403);
    let mut priya = Browser::new(&t);
    let own = ask_link(&t.person("Priya Castellane")).await;
    let offer = priya.get(&own).await;
    let page = priya
        .post(
            "/desk/signin",
            &[("token", &token), ("csrf", &offer.field("csrf"))],
        )
        .await;
    assert_eq!(page.status, 403, "Priya's page cannot press Daniel's link");

    // The session a link starts is always its own person's.
    let mut b = Browser::new(&t);
    assert_eq!(use_link(&mut b, &path).await.status, 303);
    let home = b.get("/desk").await;
    assert!(home.body.contains("Signed in as Daniel Okafor"));
}

#[tokio::test]
async fn sign_in_links_are_limited_per_person() {
    let t = desk_app().await;
    let daniel = t.person("Daniel Okafor");
    for _ in 0..5 {
        daniel.says("/desk").await;
        daniel.sees(DESK_URL);
    }
    daniel.says("/desk").await;
    daniel.sees("several sign-in links");
    daniel.does_not_see(DESK_URL);
    // Others are not held back by Daniel's links.
    let priya = t.person("Priya Castellane");
    priya.says("/desk").await;
    priya.sees(DESK_URL);
    // An hour later Daniel may have another.
    t.clock.advance(chrono::Duration::minutes(61));
    daniel.says("/desk").await;
    daniel.sees(DESK_URL);
}

#[tokio::test]
async fn parents_are_not_sent_a_link() {
    let t = desk_app().await;
    let parent = t.person("Sophie Marchbank");
    parent.says("/desk").await;
    parent.sees("for staff, volunteers and governors");
    parent.does_not_see(DESK_URL);
}

#[tokio::test]
async fn a_session_ends_when_idle_signed_out_or_the_person_changes() {
    let t = desk_app().await;
    let daniel = t.person("Daniel Okafor");

    // Idle for twenty minutes.
    let mut b = signed_in(&t, &daniel).await;
    t.clock.advance(chrono::Duration::minutes(19));
    assert_eq!(b.get("/desk").await.status, 200);
    t.clock.advance(chrono::Duration::minutes(19));
    assert_eq!(
        b.get("/desk").await.status,
        200,
        "each use restarts the idle time"
    );
    t.clock.advance(chrono::Duration::minutes(20));
    assert_eq!(b.get("/desk").await.status, 401);

    // Signing out, which needs the session's form token.
    let mut b = signed_in(&t, &daniel).await;
    let home = b.get("/desk").await;
    assert_eq!(b.post("/desk/signout", &[("csrf", "00")]).await.status, 403);
    assert_eq!(b.get("/desk").await.status, 200);
    let out = b
        .post("/desk/signout", &[("csrf", &home.field("csrf"))])
        .await;
    assert_eq!(out.status, 200);
    assert!(b.cookie("haven_desk").is_none());
    assert_eq!(b.get("/desk").await.status, 401);

    // The person's chat links change: unlinking ends the session.
    let mut b = signed_in(&t, &daniel).await;
    assert_eq!(b.get("/desk").await.status, 200);
    daniel.says("/unlink").await;
    assert_eq!(b.get("/desk").await.status, 401);
}

#[tokio::test]
async fn a_session_ends_when_the_persons_roles_change() {
    let t = desk_app().await;
    let priya = t.person("Priya Castellane");
    let mut b = signed_in(&t, &priya).await;
    assert_eq!(b.get("/desk").await.status, 200);
    let staff = include_str!("../../../examples/staff.csv").replace("deputy_dsl;staff", "staff");
    t.import_staff(&staff).await;
    assert_eq!(b.get("/desk").await.status, 401);
}

#[tokio::test]
async fn before_sign_in_pages_speak_the_browsers_language() {
    let t = desk_app().await;
    let mut b = Browser::new(&t).speaking("pl-PL,pl;q=0.9,en;q=0.8");
    let page = b.get("/desk").await;
    assert_eq!(page.status, 401);
    assert!(page.body.contains("lang=\"pl\""), "{}", page.body);
    assert!(page.body.contains("wyślij /desk do Haven"), "{}", page.body);
    let unknown = b.get("/desk/signin/not-a-link").await;
    assert!(unknown.body.contains("lang=\"pl\""), "{}", unknown.body);

    let mut b = Browser::new(&t).speaking("ar");
    let page = b.get("/desk").await;
    assert!(page.body.contains("dir=\"rtl\""), "{}", page.body);

    // A language Haven does not speak: the school's default.
    let mut b = Browser::new(&t).speaking("de-DE");
    assert!(b.get("/desk").await.body.contains("send /desk to Haven"));
}
