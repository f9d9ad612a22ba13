//! Broadcasts on Discord, end to end: composed with `/broadcast` in the DM, delivered one DM at
//! a time through Discord's rate limits, reported to the sender; `/optout` and `/optin`.

use crate::support::discord_app::DiscordApp;
use crate::support::discord_fake::Refusal;
use crate::support::discord_people::Member;

const MARGARET: &str = "1400000000000000001";
const KATARZYNA: &str = "1400000000000000102";
const SOPHIE: &str = "1400000000000000104";
const EMMA: &str = "1400000000000000106";
const PIOTR: &str = "1400000000000000108";
const TEXT: &str = "Book fair on Friday at 3pm";

/// Margaret writes a broadcast of her own text to all parents, up to its preview, which says
/// how many people it will reach.
async fn compose(margaret: &Member<'_>, reach: usize) {
    margaret.runs("broadcast", None);
    margaret.sees("Who should receive it?").await;
    margaret
        .picks("All parents", "Who should receive it?")
        .await;
    margaret.picks("Done", "What should it say?").await;
    margaret.picks("My own text", "Type your message").await;
    margaret.answers(TEXT, "Is this message essential?").await;
    margaret.picks("No", "When should it go?").await;
    margaret
        .picks("Send now", "Please check your broadcast")
        .await;
    margaret
        .picks(
            "Submit",
            &format!("Broadcast #1: it will reach {reach} people"),
        )
        .await;
}

/// How many times the bot tried to post the broadcast's text with a call matching `pattern`.
fn tries(app: &DiscordApp, pattern: &str) -> usize {
    app.fake
        .calls_to(pattern)
        .iter()
        .filter(|c| c.body["content"].as_str().is_some_and(|t| t.contains(TEXT)))
        .count()
}

/// Waits for the sender's final report (the sweep sends it once every delivery has settled,
/// the console's included).
async fn final_report(app: &DiscordApp, margaret: &Member<'_>) -> String {
    app.t.deliver().await;
    app.settled("broadcast:1").await;
    app.t.tick().await;
    margaret
        .sees("Broadcast #1 (My own text) has finished.")
        .await
        .text()
}

#[tokio::test]
async fn a_429_in_the_middle_is_waited_out_and_everyone_gets_exactly_one_copy() {
    let app = DiscordApp::start().await;
    let emma = app.linked("PAR006", EMMA).await;
    let sophie = app.linked("PAR004", SOPHIE).await;
    let piotr = app.linked("PAR008", PIOTR).await;
    let margaret = app.linked("STF001", MARGARET).await;
    compose(&margaret, 8).await;

    let to_sophie = format!("POST /channels/{}/messages", sophie.dm());
    app.fake.refuse_next(&to_sophie, Refusal::RateLimited(0.2));
    margaret
        .picks("Send", "Broadcast #1 is on its way to 8 people")
        .await;
    emma.sees(TEXT).await;
    piotr.sees(TEXT).await;
    app.fake.wait_for_call(&to_sophie).await;
    app.advance_until(|_| (sophie.count(TEXT) > 0).then_some(()))
        .await;

    let report = final_report(&app, &margaret).await;
    assert!(report.contains("Delivered: 8"), "{report}");
    assert!(report.contains("Failed: 0"), "{report}");
    for parent in [&emma, &sophie, &piotr] {
        assert_eq!(parent.count(TEXT), 1, "{:?}", parent.dm_texts());
    }
    assert_eq!(
        tries(&app, &to_sophie),
        2,
        "refused once with 429, then sent once"
    );
    assert!(
        piotr
            .dm_texts()
            .iter()
            .any(|t| t.contains("Wiadomość ze szkoły")),
        "the frame is in Piotr's Polish"
    );
    app.t.person("Aisha Rahman").sees(TEXT);
    app.stop().await;
}

#[tokio::test]
async fn a_parent_with_closed_dms_is_counted_in_the_senders_report() {
    let app = DiscordApp::start().await;
    let emma = app.linked("PAR006", EMMA).await;
    let sophie = app.linked("PAR004", SOPHIE).await;
    let margaret = app.linked("STF001", MARGARET).await;
    compose(&margaret, 8).await;

    let to_emma = format!("POST /channels/{}/messages", emma.dm());
    app.fake.refuse_next(&to_emma, Refusal::CannotDm);
    margaret
        .picks("Send", "Broadcast #1 is on its way to 8 people")
        .await;
    sophie.sees(TEXT).await;

    let report = final_report(&app, &margaret).await;
    for part in [
        "Delivered: 7",
        "Could not be reached: 1 (no linked chat account: 0; blocked the bot or closed messages: 1)",
        "Failed: 0",
    ] {
        assert!(report.contains(part), "{part} in {report}");
    }
    assert_eq!(emma.count(TEXT), 0);
    assert_eq!(tries(&app, &to_emma), 1, "not tried again");
    app.stop().await;
}

#[tokio::test]
async fn parents_opt_out_and_back_in_with_slash_commands() {
    let app = DiscordApp::start().await;
    let katarzyna = app.linked("PAR002", KATARZYNA).await;
    let emma = app.linked("PAR006", EMMA).await;
    emma.runs("optout", None);
    emma.sees("you won't receive non-essential school broadcasts")
        .await;

    let margaret = app.linked("STF001", MARGARET).await;
    compose(&margaret, 7).await;
    margaret
        .picks("Send", "Broadcast #1 is on its way to 7 people")
        .await;
    katarzyna.sees(TEXT).await;
    let report = final_report(&app, &margaret).await;
    assert!(report.contains("Parents who opted out: 1"), "{report}");
    assert_eq!(emma.count(TEXT), 0);

    emma.runs("optin", None);
    emma.sees("you will receive school broadcasts again").await;
    app.stop().await;
}

#[tokio::test]
async fn safer_internet_day_is_planned_with_campaign() {
    let app = DiscordApp::start().await;
    let margaret = app.linked("STF001", MARGARET).await;
    margaret.runs("campaign", Some(("action", "sid")));
    let plan = margaret.sees("Safer Internet Day 2027: 09/02/2027").await;
    assert!(
        plan.components.to_string().contains("Confirm and schedule"),
        "{:?}",
        plan.components
    );
    margaret.runs("campaign", Some(("action", "sid date 2027-02-16")));
    margaret.sees("The date is set.").await;

    let parent = app.linked("PAR006", EMMA).await;
    parent.runs("campaign", Some(("action", "sid")));
    parent
        .sees("Only the online safety lead and senior leadership")
        .await;
    app.stop().await;
}
