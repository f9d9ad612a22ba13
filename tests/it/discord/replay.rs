//! Every update handled exactly once on Discord: an interaction or a message delivered again
//! (same id, as after a gateway reconnect) changes nothing and says nothing.

use super::concern::after_the_account;
use crate::concern::{ACCOUNT, BULLYING, PUPIL, PUPILS};
use crate::support::discord_app::DiscordApp;
use haven::core::concern::reference::ConcernRef;
use haven::core::concern::types::Category;

const JOSIE: &str = "1400000000000000008";

#[tokio::test]
async fn interactions_and_messages_delivered_twice_are_handled_once() {
    let app = DiscordApp::start().await;
    let josie = app.linked("STF008", JOSIE).await;

    josie.user.runs("concern", None);
    josie.sees("Who is the concern about?").await;
    app.redeliver_last();
    josie
        .picks(PUPIL, "Is a child at immediate risk of harm right now?")
        .await;
    app.redeliver_last();
    josie.picks("No", "What kind of concern is it?").await;
    josie.picks(BULLYING, "What kind of concern is it?").await;
    // The tick again: it must not take the category off.
    app.redeliver_last();
    josie.picks("Done", "Which pupils are involved?").await;
    josie.answers(PUPILS, "What happened?").await;
    // The names again: they must not become the account.
    app.redeliver_last();
    josie.answers(ACCOUNT, "When did it happen?").await;
    app.redeliver_last();
    let review = after_the_account(&josie).await;
    let review = review.text();
    assert!(
        review.contains(PUPILS) && review.contains(ACCOUNT),
        "{review}"
    );
    josie.picks("Submit", "Your concern reference is").await;

    let mut tx = app.t.store().begin().await.expect("tx");
    let reference = ConcernRef::parse("C-2026-0001").expect("a reference");
    let concern = tx
        .concerns()
        .concern_by_ref(app.t.app.ctx.school, reference)
        .await
        .expect("lookup")
        .expect("stored");
    let details = tx
        .concerns()
        .concern_details(concern.id)
        .await
        .expect("details");
    drop(tx);
    assert_eq!(concern.categories, [Category::Cyberbullying]);
    assert_eq!(
        details.pupils.map(|s| s.expose().clone()).as_deref(),
        Some(PUPILS)
    );
    assert_eq!(
        details.account.map(|s| s.expose().clone()).as_deref(),
        Some(ACCOUNT)
    );
    for (said, times) in [
        ("Who is the concern about?", 1),
        ("Is a child at immediate risk of harm right now?", 1),
        ("Which pupils are involved?", 1),
        ("What happened?", 1),
        ("When did it happen?", 1),
        ("You already have an unfinished", 0),
        ("Your concern reference is", 1),
    ] {
        assert_eq!(
            josie.count(said),
            times,
            "{said:?}: {:#?}",
            josie.dm_texts()
        );
    }
}

#[tokio::test]
async fn an_interaction_the_busy_database_cannot_take_is_answered_with_the_apology() {
    let app = DiscordApp::start().await;
    let josie = app.linked("STF008", JOSIE).await;
    let lock = app.t.lock_database();
    josie.user.runs("whoami", None);
    let said = josie
        .sees("Sorry, Haven is very busy and could not take your message just now")
        .await;
    assert!(
        said.text().contains("Please send it again in a minute."),
        "Discord does not bring it back: {}",
        said.text()
    );
    drop(lock);
    josie.user.runs("whoami", None);
    josie.sees("You are Josie Quennell.").await;
    assert_eq!(josie.count("You are Josie Quennell."), 1);
}
