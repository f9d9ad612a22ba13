//! Haven's flows end to end on Telegram: teloxide's types in, teloxide's client out, against
//! the fake Bot API that checks every request against the official description.
//!
//! Each feature's flows live in a submodule: `/concern`, AUP signing, livestreams and the leak
//! guard, broadcasts, command menus that follow linking, and what only Telegram needs
//! (attachments, long messages).

mod aup;
mod broadcast;
mod concern;
mod linking;
mod menus;
mod replay;
mod streams;
mod subjects;
mod telegram_only;

use crate::support::telegram_fake::Refusal;
use crate::support::telegram_world::TgWorld;
use haven::core::clock::Clock;
use haven::core::message::{Message, Outgoing};

const STAFF_ROOM: i64 = -1001234567;

#[tokio::test]
async fn a_parent_links_with_a_deep_link_and_is_known_afterwards() {
    let w = TgWorld::start().await;
    let emma = w.linked("PAR006", 5001).await;
    emma.says("/whoami").await;
    emma.sees("You are Emma Whitlow.");
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_stranger_gets_an_explanation_and_a_wrong_code_is_refused() {
    let w = TgWorld::start().await;
    let stranger = w.user(6001);
    stranger.says("/start").await;
    stranger.sees("send me the link code");
    stranger.says("/start ABCDEFGHJKMN").await;
    stranger.sees("That code isn't right");
    stranger.says("/whoami").await;
    stranger.sees("I don't know who you are yet");
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_command_in_a_group_gets_a_neutral_pointer_with_a_private_chat_button() {
    let w = TgWorld::start().await;
    let daniel = w.linked("STF002", 5002).await;
    daniel.says_in(STAFF_ROOM, "/whoami@HavenTestBot").await;
    let group = w.sent_to(STAFF_ROOM);
    assert_eq!(group.len(), 1, "{group:#?}");
    assert_eq!(group[0]["text"], "I've sent you a private message.");
    let url = group[0]["reply_markup"]["inline_keyboard"][0][0]["url"]
        .as_str()
        .unwrap_or_default();
    assert!(url.starts_with("https://t.me/"), "{group:#?}");
    daniel.sees("You are Daniel Okafor.");
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn buttons_work_and_are_answered() {
    let w = TgWorld::start().await;
    let piotr = w.linked("PAR008", 5003).await;
    piotr.says("/language").await;
    piotr.presses("Polski").await;
    assert_eq!(w.fake.calls_to("answerCallbackQuery").len(), 1);
    let last = piotr.texts().pop().unwrap();
    assert_ne!(
        last, "I'll write to you in Polski from now on.",
        "answered in Polish: {last}"
    );
    assert!(last.contains("Polski"), "{last}");
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_person_who_blocked_the_bot_is_reported_as_unreachable() {
    let w = TgWorld::start().await;
    let emma = w.linked("PAR006", 5004).await;
    let daniel = w.linked("STF002", 5005).await;
    let (emma_id, daniel_id) = {
        let mut tx = w.app.store().begin().await.unwrap();
        let school = w.app.app.ctx.school;
        let e = tx
            .person_by_external_id(school, "PAR006")
            .await
            .unwrap()
            .unwrap()
            .id;
        let t = tx
            .person_by_external_id(school, "STF002")
            .await
            .unwrap()
            .unwrap()
            .id;
        (e, t)
    };
    w.fake.refuse_next("sendMessage", emma.id, Refusal::Blocked);
    let mut tx = w.app.store().begin().await.unwrap();
    let out = Outgoing::to_person(emma_id, None, Message::new("help-parent"))
        .report_failure_to(daniel_id);
    tx.enqueue(&out, w.app.clock.now()).await.unwrap();
    tx.commit().await.unwrap();
    w.deliver().await;
    daniel.sees("I couldn't deliver a message to Emma Whitlow");
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_429_in_the_middle_is_waited_out_and_nothing_is_lost() {
    let w = TgWorld::start().await;
    let emma = w.linked("PAR006", 5006).await;
    w.fake
        .refuse_next("sendMessage", emma.id, Refusal::TooManyRequests(3));
    let tries = || {
        emma.texts()
            .iter()
            .filter(|t| t.contains("You are Emma Whitlow."))
            .count()
    };
    emma.says("/whoami").await;
    assert_eq!(tries(), 1, "refused once with retry_after 3");
    w.app.clock.advance(chrono::Duration::seconds(2));
    w.deliver().await;
    assert_eq!(tries(), 1, "not retried before Telegram said");
    w.app.clock.advance(chrono::Duration::seconds(1));
    w.deliver().await;
    assert_eq!(tries(), 2, "retried once, when allowed");
    w.fake.assert_no_violations();
}
