//! What only Telegram needs: a photo sent during `/concern` gets the indecent-images warning,
//! and a message longer than Telegram's 4096 UTF-16 code units arrives in parts that fit.

use super::concern::{report, DANIEL, JOSIE};
use super::STAFF_ROOM;
use crate::concern::PUPIL;
use crate::support::telegram_fake::Refusal;
use crate::support::telegram_world::{TgUser, TgWorld};
use haven::adapters::telegram::{utf16_len, MAX_TEXT_UTF16};
use std::collections::HashSet;

#[tokio::test]
async fn a_photo_sent_during_a_concern_gets_the_indecent_images_warning() {
    let w = TgWorld::start().await;
    let josie = w.linked(JOSIE, 5601).await;
    josie.says("/concern").await;
    josie.taps(PUPIL).await;
    josie.sees("Is a child at immediate risk of harm right now?");
    let before = josie.texts().len();
    josie.sends_photo().await;
    let after = josie.texts()[before..].to_vec();
    assert!(
        after[0].starts_with("Please don't send pictures or files here. Never view, copy, forward or screenshot an indecent image of a child"),
        "{after:#?}"
    );
    assert!(
        after[1].contains("Is a child at immediate risk of harm right now?"),
        "the question again: {after:#?}"
    );
    // The form carries on from where it was.
    josie.taps("No").await;
    josie.sees("What kind of concern is it?");
    w.fake.assert_no_violations();
}

/// A long account: Polish and Welsh letters (one UTF-16 unit each) and emoji (two each).
fn long_account() -> String {
    let line = "Żaneta said 📱 messages from an older pupil kept coming after ŵyl y gân, ";
    let mut s = String::new();
    while s.chars().count() + line.chars().count() < 2900 {
        s.push_str(line);
    }
    s.push_str("and she showed me 🙁.");
    s
}

/// Josie reports with a long account and Daniel adds a long note: the case view is then
/// longer than one Telegram message. Returns Daniel, the reference, the account and the note.
async fn long_case(w: &TgWorld) -> (TgUser<'_>, String, String, String) {
    let josie = w.linked(JOSIE, 5602).await;
    let daniel = w.linked(DANIEL, 5603).await;
    let account = long_account();
    assert!(utf16_len(&account) < MAX_TEXT_UTF16, "Telegram takes it");
    josie.says("/concern").await;
    let (_, _, r) = report(&josie, &account).await;

    daniel.says(&format!("/case {r} note")).await;
    daniel.taps("Action taken").await;
    let note = "Phoned the family; 📞 they will keep the tablet downstairs. ".repeat(25);
    let note = note.trim().to_string();
    daniel.says(&note).await;
    daniel.taps("Now").await;
    daniel.taps("Submit").await;
    daniel.sees("Added entry #");
    (daniel, r, account, note)
}

/// Text without its white space, to compare text that was split at spaces and line breaks.
fn squeezed(s: &str) -> String {
    s.split_whitespace().collect()
}

/// The distinct messages deleted from a chat.
fn deleted_in(w: &TgWorld, chat: i64) -> HashSet<i64> {
    let all = w.deletions().into_iter();
    all.filter(|(c, _)| *c == chat).map(|(_, m)| m).collect()
}

#[tokio::test]
async fn a_case_view_longer_than_telegram_allows_arrives_in_parts_that_fit() {
    let w = TgWorld::start().await;
    let (daniel, r, account, note) = long_case(&w).await;
    let before = w.sent_to(daniel.id).len();
    daniel.says(&format!("/case {r}")).await;
    let parts = w.sent_to(daniel.id)[before..].to_vec();
    let texts: Vec<&str> = parts
        .iter()
        .map(|p| p["text"].as_str().unwrap_or_default())
        .collect();
    assert!(texts.len() >= 2, "one view in parts: {texts:#?}");
    assert!(texts[0].starts_with(&format!("Case {r}")), "{}", texts[0]);
    for t in &texts {
        assert!(utf16_len(t) <= MAX_TEXT_UTF16, "{} units", utf16_len(t));
    }
    let whole = squeezed(&texts.concat());
    assert!(whole.contains(&squeezed(&account)), "the whole account");
    assert!(whole.contains(&squeezed(&note)), "the whole note");
    // The case's buttons come with the last part, so they follow the whole text.
    let (last, earlier) = parts.split_last().expect("parts");
    assert!(
        earlier.iter().all(|p| p.get("reply_markup").is_none()),
        "{earlier:#?}"
    );
    assert!(
        last["reply_markup"]["inline_keyboard"].is_array(),
        "{last:#?}"
    );

    // Ten minutes on, the view leaves his chat: every part of it, not only the last.
    let deleted_before = deleted_in(&w, daniel.id).len();
    w.advance(chrono::Duration::minutes(10)).await;
    assert_eq!(
        deleted_in(&w, daniel.id).len() - deleted_before,
        parts.len(),
        "{:?}",
        w.deletions()
    );
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_429_between_the_parts_of_a_case_view_leaves_one_copy_that_is_removed_whole() {
    let w = TgWorld::start().await;
    let (daniel, r, account, _) = long_case(&w).await;
    let deleted_before = deleted_in(&w, daniel.id).len();
    let before = w.sent_to(daniel.id).len();
    // The first part goes; Telegram's flood control refuses the second.
    w.fake
        .refuse_after(1, "sendMessage", daniel.id, Refusal::TooManyRequests(5));
    daniel.says(&format!("/case {r}")).await;
    assert_eq!(
        w.sent_to(daniel.id).len() - before,
        2,
        "one part sent, one refused"
    );
    w.app.clock.advance(chrono::Duration::seconds(5));
    w.deliver().await;

    let attempts = w.sent_to(daniel.id)[before..].to_vec();
    let resent: Vec<&str> = attempts[2..]
        .iter()
        .map(|p| p["text"].as_str().unwrap_or_default())
        .collect();
    assert!(resent.len() >= 2, "{resent:#?}");
    assert!(resent[0].starts_with(&format!("Case {r}")), "{}", resent[0]);
    assert!(squeezed(&resent.concat()).contains(&squeezed(&account)));
    // What was sent before the refusal was taken back: he sees exactly one copy.
    let sent_ok = 1 + resent.len();
    let taken_back = deleted_in(&w, daniel.id).len() - deleted_before;
    assert_eq!(sent_ok - taken_back, resent.len(), "{:?}", w.deletions());

    // Ten minutes on, nothing of the view is left in his chat.
    w.advance(chrono::Duration::minutes(10)).await;
    let deleted = deleted_in(&w, daniel.id).len() - deleted_before;
    assert_eq!(deleted, sent_ok, "{:?}", w.deletions());
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_command_for_another_bot_in_a_group_is_left_to_that_bot() {
    let w = TgWorld::start().await;
    let daniel = w.linked(DANIEL, 5604).await;
    let before = daniel.texts().len();
    daniel.says_in(STAFF_ROOM, "/concern@QuizBot").await;
    assert!(
        w.calls_aimed_at(STAFF_ROOM).is_empty(),
        "{:?}",
        w.fake.calls()
    );
    assert_eq!(daniel.texts().len(), before, "{:#?}", daniel.texts());
    // Without a name, a command is for every bot in the group, Haven included.
    daniel.says_in(STAFF_ROOM, "/concern").await;
    let group = w.sent_to(STAFF_ROOM);
    assert_eq!(group.len(), 1, "{group:#?}");
    daniel.sees("Who is the concern about?");
    w.fake.assert_no_violations();
}
