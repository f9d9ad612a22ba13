//! `/concern` on Telegram: typed in the staff group, carried on in the private chat with
//! inline buttons and typed answers, the typed answers taken out of the chat, the receipt, and
//! a DSL alert with the reference and none of the account.

use super::STAFF_ROOM;
use crate::concern::{reference_in, ACCOUNT, BULLYING, PUPIL, PUPILS};
use crate::support::telegram_world::{TgUser, TgWorld};

/// Josie Quennell, a volunteer who reads English.
pub const JOSIE: &str = "STF008";
/// Daniel Okafor, the DSL (English).
pub const DANIEL: &str = "STF002";

/// Answers the whole report form in the private chat, from the first question to the receipt,
/// telling `account`. Returns the ids of the two typed answers (who is involved, what
/// happened) and the reference.
pub async fn report(josie: &TgUser<'_>, account: &str) -> (i64, i64, String) {
    josie.sees("Who is the concern about?");
    josie.taps(PUPIL).await;
    josie.sees("Is a child at immediate risk of harm right now?");
    josie.taps("No").await;
    josie.taps(BULLYING).await;
    josie.taps("Done").await;
    let who = josie.writes(PUPILS).await;
    let account = josie.writes(account).await;
    josie.taps("Now").await;
    josie.taps("In school").await;
    josie.taps("Skip").await;
    josie.taps("Yes").await;
    josie.taps("No").await;
    josie.sees("Please check your concern report");
    josie.taps("Submit").await;
    let receipt = josie.texts_with("Your concern reference is");
    assert_eq!(receipt.len(), 1, "one receipt: {receipt:#?}");
    (who, account, reference_in(&receipt[0]))
}

#[tokio::test]
async fn a_concern_typed_in_the_staff_group_goes_on_privately_and_the_dsl_gets_no_details() {
    let w = TgWorld::start().await;
    let josie = w.linked(JOSIE, 5101).await;
    let daniel = w.linked(DANIEL, 5102).await;

    josie.says_in(STAFF_ROOM, "/concern@HavenTestBot").await;
    josie.sees("Starting: concern report");
    let (who, account, r) = report(&josie, ACCOUNT).await;
    assert_eq!(r, "C-2026-0001");

    // The group got the neutral pointer and nothing else, whatever the method.
    let group: Vec<String> = w
        .calls_aimed_at(STAFF_ROOM)
        .iter()
        .map(|c| format!("{} {}", c.method, c.params["text"]))
        .collect();
    assert_eq!(
        group,
        ["sendMessage \"I've sent you a private message.\""],
        "everything the group received"
    );

    // Both typed answers were taken out of Josie's chat, and nothing else was.
    let deleted = w.deletions();
    assert!(deleted.contains(&(josie.id, who)), "{deleted:?}");
    assert!(deleted.contains(&(josie.id, account)), "{deleted:?}");
    assert_eq!(deleted.len(), 2, "{deleted:?}");

    // The receipt carries the reference; the alert carries it and nothing of the account.
    josie.sees(&format!("Your concern reference is {r}"));
    let alerts = daniel.texts_with(&format!("New concern {r}"));
    assert_eq!(alerts.len(), 1, "{:#?}", daniel.texts());
    let alert = &alerts[0];
    assert!(alert.contains(&format!("/case {r}")), "{alert}");
    for secret in [ACCOUNT, PUPILS, "Grace", "Josie", "older boy"] {
        assert!(
            !alert.contains(secret),
            "the alert leaks {secret:?}: {alert}"
        );
    }

    // The account was sent to nobody but the reporter, in her own review.
    for call in w.fake.calls_to("sendMessage") {
        let text = call["text"].as_str().unwrap_or_default();
        if text.contains(ACCOUNT) || text.contains(PUPILS) {
            assert_eq!(call["chat_id"], josie.id, "sent elsewhere: {text}");
            assert!(
                text.starts_with("Please check your concern report"),
                "{text}"
            );
        }
    }

    // The DSL opens the case in his own private chat and acknowledges it with a button.
    daniel.says(&format!("/case {r}")).await;
    let view = daniel.texts_with(&format!("Case {r}"));
    assert!(view.iter().any(|v| v.contains(ACCOUNT)), "{view:#?}");
    daniel.taps("Acknowledge").await;
    daniel.sees(&format!("You have acknowledged {r}"));
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_refused_account_is_taken_out_of_the_chat_too_and_given_back_for_a_while() {
    let w = TgWorld::start().await;
    let josie = w.linked(JOSIE, 5101).await;
    josie.says("/concern").await;
    josie.taps(PUPIL).await;
    josie.taps("No").await;
    josie.taps(BULLYING).await;
    josie.taps("Done").await;
    let who = josie.writes(PUPILS).await;
    let short = josie.writes("too short").await;
    josie.sees("Please write at least 10 characters");
    josie.sees("I have removed your answer from the chat.");
    let deleted = w.deletions();
    assert!(deleted.contains(&(josie.id, who)), "{deleted:?}");
    assert!(
        deleted.contains(&(josie.id, short)),
        "refused, still removed: {deleted:?}"
    );
    assert_eq!(deleted.len(), 2, "{deleted:?}");
    w.advance(chrono::Duration::minutes(11)).await;
    assert_eq!(w.deletions().len(), 3, "the copy given back goes too");
    w.fake.assert_no_violations();
}
