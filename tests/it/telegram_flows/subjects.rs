//! A concern about the DSL on Telegram, end to end: the reporter names "our DSL", confirms him
//! with a button, the urgent alert and the concern go to the Headteacher, and the DSL's chat
//! receives nothing at all.

use super::concern::report;
use crate::concern::{reference_in, ABOUT_THESE, ACCOUNT, BULLYING, STAFF};
use crate::support::telegram_fake::Refusal;
use crate::support::telegram_world::TgWorld;

const JOSIE: &str = "STF008";
const DANIEL: &str = "STF002";
const MARGARET: &str = "STF001";
const DANIEL_BUTTON: &str = "Daniel Okafor (Designated Safeguarding Lead)";

#[tokio::test]
async fn an_urgent_concern_about_the_dsl_goes_around_him_on_telegram() {
    let w = TgWorld::start().await;
    let josie = w.linked(JOSIE, 5201).await;
    let daniel = w.linked(DANIEL, 5202).await;
    let margaret = w.linked(MARGARET, 5203).await;
    let daniel_before = daniel.texts().len();

    josie.says("/concern").await;
    josie.taps(STAFF).await;
    josie.taps("Yes").await;
    josie.sees("Tell me who the adult is next");
    let named = josie.writes("our DSL").await;
    josie.sees(ABOUT_THESE);
    josie.taps(DANIEL_BUTTON).await;
    josie.button(&format!("✓ {DANIEL_BUTTON}"));
    josie.taps("Done").await;
    josie.sees("I have alerted the Headteacher that an urgent concern is on its way");
    margaret.sees("URGENT: a member of staff is reporting");

    josie.taps(BULLYING).await;
    josie.taps("Done").await;
    josie.taps("Skip").await;
    josie.writes(ACCOUNT).await;
    josie.taps("Now").await;
    josie.taps("In school").await;
    josie.taps("Skip").await;
    josie.taps("Yes").await;
    josie.taps("No").await;
    josie.sees("Please check your concern report");
    josie.taps("Submit").await;
    let receipt = josie.texts_with("Your concern reference is");
    assert_eq!(receipt.len(), 1, "{receipt:#?}");
    assert!(
        receipt[0].contains("I have alerted the Headteacher now"),
        "{}",
        receipt[0]
    );
    assert!(receipt[0].contains("have not been told"), "{}", receipt[0]);
    let r = reference_in(&receipt[0]);
    margaret.sees(&format!("New concern {r}"));

    // The typed name was taken out of the chat like every other sensitive answer.
    assert!(
        w.deletions().contains(&(josie.id, named)),
        "{:?}",
        w.deletions()
    );
    w.advance(chrono::Duration::hours(2)).await;
    assert_eq!(
        daniel.texts().len(),
        daniel_before,
        "the DSL received nothing: {:#?}",
        daniel.texts()
    );
    daniel.says(&format!("/case {r}")).await;
    daniel.sees("I can't open that case");
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_dsl_team_that_blocked_the_bot_is_passed_over_for_the_head_on_telegram() {
    let w = TgWorld::start().await;
    let josie = w.linked(JOSIE, 5211).await;
    let daniel = w.linked(DANIEL, 5212).await;
    let priya = w.linked("STF003", 5213).await;
    let margaret = w.linked(MARGARET, 5214).await;
    for dsl in [&daniel, &priya] {
        w.fake.refuse_next("sendMessage", dsl.id, Refusal::Blocked);
    }
    josie.says("/concern").await;
    let (_, _, r) = report(&josie, ACCOUNT).await;
    w.deliver().await;
    josie.sees("I couldn't deliver a message to Daniel Okafor");
    josie.sees("I couldn't deliver a message to Priya Castellane");
    assert!(margaret.texts_with(&r).is_empty(), "not yet");

    w.tick().await;
    josie.sees(&format!(
        "Your concern {r} could not reach the people it went to first, so it has now gone to \
         the Headteacher."
    ));
    assert_eq!(margaret.texts_with(&r).len(), 1, "{:#?}", margaret.texts());
    w.fake.assert_no_violations();
}
