//! A broadcast on Telegram: composed with the buttons, sent to every parent's private chat,
//! and a 429 in the middle waited out so that everyone gets exactly one copy.

use crate::support::telegram_fake::Refusal;
use crate::support::telegram_world::{TgUser, TgWorld};
use chrono::Duration;

const TEXT: &str = "Book fair: Friday 3pm!";

#[tokio::test]
async fn a_429_in_the_middle_of_a_broadcast_is_waited_out_and_everyone_gets_one_copy() {
    let w = TgWorld::start().await;
    let margaret = w.linked("STF001", 5500).await;
    let mut parents = Vec::new();
    for (i, id) in (1..=8).map(|n| (n, 5500 + n)) {
        parents.push(w.linked(&format!("PAR00{i}"), id).await);
    }

    margaret.says("/broadcast").await;
    margaret.taps("All parents").await;
    margaret.taps("Done").await;
    margaret.taps("My own text").await;
    margaret.says(TEXT).await;
    margaret.taps("No").await;
    margaret.taps("Send now").await;
    margaret.taps("Submit").await;
    let preview = margaret.texts_with("Broadcast #1: it will reach 8 people");
    assert_eq!(preview.len(), 1, "{:#?}", margaret.texts());
    assert!(preview[0].contains("Telegram: 8"), "{}", preview[0]);

    // Telegram's flood control answers one of the sends in the middle with 429.
    let refused = &parents[3];
    w.fake
        .refuse_next("sendMessage", refused.id, Refusal::TooManyRequests(30));
    margaret.taps("Send").await;
    margaret.sees("Broadcast #1 is on its way to 8 people.");
    // Attempts to each chat (the fake records the refused one too).
    let copies = |p: &TgUser<'_>| p.texts_with(TEXT).len();
    for p in &parents {
        assert_eq!(copies(p), 1, "{}: {:#?}", p.id, p.texts());
    }

    w.app.clock.advance(Duration::seconds(29));
    w.deliver().await;
    assert_eq!(copies(refused), 1, "not before Telegram allows");

    w.app.clock.advance(Duration::seconds(1));
    w.deliver().await;
    assert_eq!(copies(refused), 2, "the refused attempt, then the copy");

    w.advance(Duration::hours(1)).await;
    for p in &parents {
        let expected = if p.id == refused.id { 2 } else { 1 };
        assert_eq!(copies(p), expected, "{}: {:#?}", p.id, p.texts());
    }
    w.fake.assert_no_violations();
}
