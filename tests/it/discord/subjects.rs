//! A concern about the DSL on Discord, end to end: named by role in the DM, confirmed with a
//! button, routed to the Headteacher, and nothing of it reaches the DSL.

use super::concern::{after_the_account, up_to_the_account};
use crate::concern::{reference_in, ABOUT_THESE, ACCOUNT, BULLYING, STAFF};
use crate::support::discord_app::DiscordApp;
use crate::support::discord_fake::Refusal;

const DANIEL: &str = "1400000000000000002";
const JOSIE: &str = "1400000000000000008";
const MARGARET: &str = "1400000000000000001";
const PRIYA: &str = "1400000000000000003";
const DANIEL_BUTTON: &str = "Daniel Okafor (Designated Safeguarding Lead)";

#[tokio::test]
async fn an_urgent_concern_about_the_dsl_goes_around_him_on_discord() {
    let app = DiscordApp::start().await;
    let daniel = app.linked("STF002", DANIEL).await;
    let margaret = app.linked("STF001", MARGARET).await;
    let josie = app.linked("STF008", JOSIE).await;
    let daniel_before = daniel.dm_texts().len();

    josie.runs("concern", None);
    josie.sees("Who is the concern about?").await;
    josie
        .picks(STAFF, "Is a child at immediate risk of harm right now?")
        .await;
    josie.picks("Yes", "Tell me who the adult is next").await;
    josie.answers("our DSL", ABOUT_THESE).await;
    josie.picks(DANIEL_BUTTON, ABOUT_THESE).await;
    josie
        .picks(
            "Done",
            "I have alerted the Headteacher that an urgent concern",
        )
        .await;
    margaret
        .sees("URGENT: a member of staff is reporting")
        .await;
    josie.sees("What kind of concern is it?").await;
    josie.picks(BULLYING, "What kind of concern is it?").await;
    josie.picks("Done", "Are any pupils involved?").await;
    josie.picks("Skip", "What happened?").await;
    josie.answers(ACCOUNT, "When did it happen?").await;
    josie.picks("Now", "Where did it happen?").await;
    josie.picks("In school", "What have you done so far?").await;
    josie.picks("Skip", "Have you told a DSL in person?").await;
    josie.picks("Yes", "Is there a conflict of interest").await;
    josie.picks("No", "Please check your concern report").await;
    let receipt = josie
        .picks("Submit", "Your concern reference is")
        .await
        .text();
    assert!(
        receipt.contains("I have alerted the Headteacher now"),
        "{receipt}"
    );
    let r = reference_in(&receipt);
    margaret.sees(&format!("New concern {r}")).await;

    let texts = daniel.dm_texts();
    assert_eq!(
        texts.len(),
        daniel_before,
        "the DSL received nothing: {texts:#?}"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_dsl_team_with_closed_dms_is_passed_over_for_the_head_on_discord() {
    let app = DiscordApp::start().await;
    let daniel = app.linked("STF002", DANIEL).await;
    let priya = app.linked("STF003", PRIYA).await;
    let margaret = app.linked("STF001", MARGARET).await;
    let josie = app.linked("STF008", JOSIE).await;
    for dsl in [&daniel, &priya] {
        let to = format!("POST /channels/{}/messages", dsl.dm());
        app.fake.refuse_next(&to, Refusal::CannotDm);
    }
    josie.runs("concern", None);
    up_to_the_account(&josie).await;
    josie.answers(ACCOUNT, "When did it happen?").await;
    after_the_account(&josie).await;
    let r = reference_in(
        &josie
            .picks("Submit", "Your concern reference is")
            .await
            .text(),
    );
    josie
        .sees("I couldn't deliver a message to Daniel Okafor")
        .await;
    app.t.tick().await;
    josie
        .sees(&format!(
            "Your concern {r} could not reach the people it went to first"
        ))
        .await;
    margaret.sees(&r).await;
    app.stop().await;
}
