//! Link codes on Telegram: a code posted in a group is deleted from it and dead; a second
//! Telegram account for someone already linked waits for the first to confirm.

use super::STAFF_ROOM;
use crate::support::telegram_world::TgWorld;

#[tokio::test]
async fn a_code_posted_in_a_group_is_deleted_and_dead_afterwards() {
    let w = TgWorld::start().await;
    let code = w.app.issue_code("STF003").await;
    let someone = w.user(6101);
    let posted = someone
        .writes_in(STAFF_ROOM, &format!("Priya, here's your code {code}"))
        .await;
    assert!(
        w.deletions().contains(&(STAFF_ROOM, posted)),
        "{:?}",
        w.deletions()
    );
    let group: Vec<String> = w
        .sent_to(STAFF_ROOM)
        .iter()
        .map(|c| c["text"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(group.len(), 1, "{group:#?}");
    assert!(
        group[0].starts_with("That looked like a link code"),
        "{}",
        group[0]
    );
    assert!(!group[0].contains(&code));

    let thief = w.user(6102);
    thief
        .says(&format!("/start {}", code.replace('-', "")))
        .await;
    thief.sees("That code was cancelled");
    thief.says("/whoami").await;
    thief.sees("I don't know who you are yet");
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_second_telegram_account_waits_for_the_first_to_say_yes() {
    let w = TgWorld::start().await;
    let emma = w.linked("PAR006", 6201).await;
    let code = w.app.issue_code("PAR006").await;
    let other = w.user(6202);
    other.says(&format!("/link {code}")).await;
    other.sees("This person already has an account linked on Telegram");
    emma.sees(
        "Someone has just used a link code for your record from a different Telegram account",
    );
    emma.taps("Yes, move me").await;
    emma.sees("Your record has been moved to another Telegram account");
    other.sees("Thank you, Emma Whitlow. This account is now linked");
    other.says("/whoami").await;
    other.sees("You are Emma Whitlow.");
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn the_head_confirms_a_new_dsl_with_a_button_and_only_then_it_counts() {
    use haven::core::clock::Clock;
    let w = TgWorld::start().await;
    let margaret = w.linked("STF001", 6301).await;
    let owen = w.linked("STF006", 6302).await;
    let staff = include_str!("../../../examples/staff.csv").replace(
        "STF006,Owen Hartley,staff;it_lead",
        "STF006,Owen Hartley,staff;it_lead;dsl",
    );
    haven::roster::import_file(
        w.app.store().as_ref(),
        w.app.app.ctx.school,
        haven::core::store::Kind::Staff,
        staff.as_bytes(),
        w.app.clock.now(),
    )
    .await
    .unwrap()
    .unwrap();
    w.deliver().await;
    margaret.sees("Please confirm a safeguarding role");
    owen.says("/whoami").await;
    assert!(owen
        .texts()
        .iter()
        .all(|t| !t.contains("Designated Safeguarding Lead")));
    margaret.taps("Confirm").await;
    margaret.sees("Margaret Thornbury confirmed the role");
    owen.sees("You now hold the role “Designated Safeguarding Lead” in Haven.");
    w.fake.assert_no_violations();
}
