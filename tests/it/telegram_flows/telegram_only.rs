//! What only Telegram needs: a photo sent during `/concern` gets the indecent-images warning,
//! and a message longer than Telegram's 4096 UTF-16 code units arrives in parts that fit.

use super::concern::{report, DANIEL, JOSIE};
use crate::concern::PUPIL;
use crate::support::telegram_world::TgWorld;
use haven::adapters::telegram::{utf16_len, MAX_TEXT_UTF16};

#[tokio::test]
async fn a_photo_sent_during_a_concern_gets_the_indecent_images_warning() {
    let w = TgWorld::start().await;
    let josie = w.linked(JOSIE, 5601).await;
    josie.says("/concern").await;
    josie.taps("No").await;
    josie.sees("Who is the concern about?");
    let before = josie.texts().len();
    josie.sends_photo().await;
    let after = josie.texts()[before..].to_vec();
    assert!(
        after[0].starts_with("Please don't send pictures or files here. Never view, copy, forward or screenshot an indecent image of a child"),
        "{after:#?}"
    );
    assert!(
        after[1].contains("Who is the concern about?"),
        "the question again: {after:#?}"
    );
    // The form carries on from where it was.
    josie.taps(PUPIL).await;
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

#[tokio::test]
async fn a_case_view_longer_than_telegram_allows_arrives_in_parts_that_fit() {
    let w = TgWorld::start().await;
    let josie = w.linked(JOSIE, 5602).await;
    let daniel = w.linked(DANIEL, 5603).await;
    let account = long_account();
    assert!(utf16_len(&account) < MAX_TEXT_UTF16, "Telegram takes it");
    josie.says("/concern").await;
    let (_, _, r) = report(&josie, &account).await;

    daniel.says(&format!("/case {r} note")).await;
    daniel.taps("Action taken").await;
    let note = "Phoned the family; 📞 they will keep the tablet downstairs. ".repeat(25);
    daniel.says(note.trim()).await;
    daniel.taps("Now").await;
    daniel.taps("Submit").await;
    daniel.sees("Added entry #");

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
    let whole = texts.concat();
    let squeeze = |s: &str| s.split_whitespace().collect::<String>();
    assert!(
        squeeze(&whole).contains(&squeeze(&account)),
        "the whole account"
    );
    assert!(squeeze(&whole).contains(&squeeze(&note)), "the whole note");
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
    let in_his_chat = || {
        let all = w.deletions().into_iter();
        all.filter(|(chat, _)| *chat == daniel.id).count()
    };
    let deleted_before = in_his_chat();
    w.advance(chrono::Duration::minutes(10)).await;
    assert_eq!(
        in_his_chat() - deleted_before,
        parts.len(),
        "{:?}",
        w.deletions()
    );
    w.fake.assert_no_violations();
}
