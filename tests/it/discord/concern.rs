//! `/concern` and `/aup` on Discord, end to end: slash commands through the fake gateway, the
//! guided form in the DM with buttons and typed answers, and what each person sees.

use crate::concern::{reference_in, ACCOUNT, BULLYING, PUPIL, PUPILS};
use crate::support::discord_app::DiscordApp;
use crate::support::discord_fake::{Shown, STAFF_CHANNEL};
use crate::support::discord_people::Member;
use haven::core::aup::model::{Audience, Draft, NewVersion, Rule};
use haven::core::aup::publish::publish;
use haven::core::aup::text::SAMPLE_STAFF;
use haven::core::clock::Clock;

const DANIEL: &str = "1400000000000000002";
const JOSIE: &str = "1400000000000000008";

/// Josie fills in the reporter's form in her DM, answering as a person would; returns the
/// review.
async fn fill_the_form(josie: &Member<'_>) -> Shown {
    up_to_the_account(josie).await;
    josie.answers(ACCOUNT, "When did it happen?").await;
    after_the_account(josie).await
}

/// The reporter's form from its first question up to "What happened?".
pub(super) async fn up_to_the_account(josie: &Member<'_>) {
    josie.sees("Who is the concern about?").await;
    josie
        .picks(PUPIL, "Is a child at immediate risk of harm right now?")
        .await;
    josie.picks("No", "What kind of concern is it?").await;
    josie.picks(BULLYING, "What kind of concern is it?").await;
    josie.picks("Done", "Which pupils are involved?").await;
    josie.answers(PUPILS, "What happened?").await;
}

/// The reporter's form after "What happened?", up to the review; returns the review.
pub(super) async fn after_the_account(josie: &Member<'_>) -> Shown {
    josie.picks("Now", "Where did it happen?").await;
    josie.picks("In school", "What have you done so far?").await;
    josie.picks("Skip", "Have you told a DSL in person?").await;
    josie.picks("Yes", "Is there a conflict of interest").await;
    josie.picks("No", "Please check your concern report").await
}

#[tokio::test]
async fn a_concern_started_in_a_staff_channel_is_taken_privately_and_the_dsl_alerted_without_details(
) {
    let app = DiscordApp::start().await;
    let daniel = app.linked("STF002", DANIEL).await;
    let josie = app.linked("STF008", JOSIE).await;

    josie.runs_in(STAFF_CHANNEL, "concern", None);
    josie
        .user
        .sees_privately_in(STAFF_CHANNEL, "I've sent you a private message.")
        .await;
    let review = fill_the_form(&josie).await;
    assert!(review.text().contains(ACCOUNT), "{}", review.text());
    let receipt = josie
        .picks("Submit", "Your concern reference is")
        .await
        .text();
    let r = reference_in(&receipt);
    assert!(
        receipt.contains("I have alerted the DSL team now"),
        "{receipt}"
    );

    let alert = daniel.sees(&format!("New concern {r}")).await.text();
    assert!(alert.contains(&format!("/case {r}")), "{alert}");
    for secret in [ACCOUNT, PUPILS, "Grace", "Josie"] {
        assert!(
            !alert.contains(secret),
            "the alert leaks {secret:?}: {alert}"
        );
    }

    // Discord does not let a bot delete a person's own messages in a DM: Haven says so, once
    // for each typed answer it promised to remove.
    app.fake
        .wait_until(|_| (josie.count("Please delete it yourself") == 2).then_some(()))
        .await;
    for shown in app.channel_messages() {
        assert!(
            shown.only_for.as_deref() == Some(JOSIE),
            "only Josie sees anything in the channel: {shown:?}"
        );
        assert_eq!(shown.text(), "I've sent you a private message.");
    }
    assert!(app.fake.public_in(STAFF_CHANNEL).is_empty());
    for text in daniel.dm_texts() {
        assert!(!text.contains(ACCOUNT) && !text.contains(PUPILS), "{text}");
    }
    app.stop().await;
}

#[tokio::test]
async fn the_aup_is_signed_on_discord_only_after_it_was_read() {
    let app = DiscordApp::start().await;
    let now = app.t.clock.now();
    let draft = Draft {
        title: "Staff Acceptable Use Policy",
        label: "2026.1",
        text: SAMPLE_STAFF,
        audience: Audience::parse("staff").expect("audience"),
        rule: Rule::Annual,
        link: None,
        effective: now,
    };
    let v = NewVersion::parse(app.t.app.ctx.school, draft, None).expect("valid version");
    let mut tx = app.t.store().begin().await.expect("tx");
    publish(&mut *tx, &v, &app.t.settings, now)
        .await
        .expect("stored")
        .expect("published");
    tx.commit().await.expect("commit");

    let daniel = app.linked("STF002", DANIEL).await;
    daniel.runs("aup", None);
    daniel.sees("you have not signed this yet").await;
    daniel
        .picks(
            "I agree",
            "Please read Staff Acceptable Use Policy before you agree to it",
        )
        .await;
    daniel.runs("aup", None);
    daniel.sees("you have not signed this yet").await;

    daniel.presses("Read");
    let first = daniel
        .sees("Staff Acceptable Use Policy, version 2026.1 (1/")
        .await;
    assert!(first.content.chars().count() <= 2000);
    daniel
        .sees("That is the whole of Staff Acceptable Use Policy")
        .await;
    let signed = daniel
        .picks("I agree", "Thank you. You signed")
        .await
        .text();
    assert!(signed.contains("version 2026.1"), "{signed}");

    daniel.runs("aup", None);
    daniel.sees("you signed version 2026.1").await;
    app.stop().await;
}
