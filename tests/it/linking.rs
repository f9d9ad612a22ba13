//! Linking a chat account to a person with a link code.

use crate::support::{spawn_app, TestApp};
use chrono::Duration;
use haven::core::clock::Clock;
use haven::core::linking::relink::{approve, ApproveError};
use haven::core::store::Address;

/// Emma Whitlow (PAR006) as a parent who has not linked any account yet.
async fn unlinked_emma(app: &TestApp) {
    app.person("Emma Whitlow").says("/unlink").await;
}

#[tokio::test]
async fn a_parent_links_with_the_code_from_the_office() {
    let app = spawn_app().await;
    unlinked_emma(&app).await;
    let code = app.issue_code("PAR006").await;
    let phone = app.stranger("emma-phone");

    phone.says("/start").await;
    phone.sees("send me the link code");
    phone.says(&format!("/link {}", code.to_lowercase())).await;
    phone.sees("Thank you, Emma Whitlow. This account is now linked to Haven Demo School.");
    phone.says("/whoami").await;
    let me = phone.sees("You are Emma Whitlow.");
    assert!(me.text.contains("Roles: parent or carer"), "{}", me.text);
}

#[tokio::test]
async fn a_deep_link_start_code_links_too() {
    let app = spawn_app().await;
    unlinked_emma(&app).await;
    let code = app.issue_code("PAR006").await.replace('-', "");
    let phone = app.stranger("emma-phone");
    phone.says(&format!("/start {code}")).await;
    phone.sees("This account is now linked");
}

#[tokio::test]
async fn wrong_expired_and_reused_codes_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let phone = app.stranger("someone");

    phone.says("/link ABCD-EFGH-JKMN").await;
    phone.sees("That code isn't right");
    phone.says("/link not a code at all").await;
    phone.sees("That code isn't right");
    phone.says("/whoami").await;
    phone.sees("I don't know who you are yet");

    let code = app.issue_code("PAR006").await;
    let emma = app.stranger("emma-phone");
    emma.says(&format!("/link {code}")).await;
    emma.sees("linked");
    let thief = app.stranger("thief");
    thief.says(&format!("/link {code}")).await;
    thief.sees("That code has already been used");
    thief.says("/whoami").await;
    thief.sees("I don't know who you are yet");

    let late = app.issue_code("PAR008").await;
    app.clock.advance(Duration::days(31));
    let piotr = app.stranger("piotr-phone");
    piotr.says(&format!("/link {late}")).await;
    piotr.sees("That code has expired");
    piotr.says("/whoami").await;
    piotr.sees("I don't know who you are yet");
}

#[tokio::test]
async fn a_code_replaced_by_a_newer_one_says_so_and_an_expired_one_stays_expired() {
    let app = spawn_app().await;
    unlinked_emma(&app).await;
    let first = app.issue_code("PAR006").await;
    app.clock.advance(Duration::minutes(5));
    let newer = app.issue_code("PAR006").await;
    let phone = app.stranger("emma-phone");
    phone.says(&format!("/link {first}")).await;
    phone.sees("That code was replaced by a newer code the school office issued for you.");
    phone.does_not_see("expired");
    phone.says(&format!("/link {newer}")).await;
    phone.sees("This account is now linked");

    let late = app.issue_code("PAR008").await;
    app.clock.advance(Duration::days(31));
    app.issue_code("PAR008").await;
    let piotr = app.stranger("piotr-phone");
    piotr.says(&format!("/link {late}")).await;
    piotr.sees("That code has expired");
    piotr.does_not_see("replaced");
}

#[tokio::test]
async fn the_last_wrong_try_says_none_are_left_instead_of_zero_more() {
    let app = spawn_app().await;
    let guesser = app.stranger("guesser");
    for left in [
        "4 more tries",
        "3 more tries",
        "2 more tries",
        "one more try",
    ] {
        guesser.says("/link ABCD-EFGH-JKMN").await;
        guesser.sees(&format!(
            "That code isn't right. Please check it and try again ({left} this hour)."
        ));
    }
    guesser.says("/link ABCD-EFGH-JKMN").await;
    let last = guesser.sees("that was the last try for this hour");
    assert!(!last.text.contains('0'), "{}", last.text);
    guesser.says("/link ABCD-EFGH-JKMN").await;
    guesser.sees("Too many wrong codes");
}

#[tokio::test]
async fn guessing_codes_is_stopped_after_a_few_tries_even_for_a_right_code() {
    let app = spawn_app().await;
    unlinked_emma(&app).await;
    let code = app.issue_code("PAR006").await;
    let guesser = app.stranger("guesser");
    for _ in 0..5 {
        guesser.says("/link ABCD-EFGH-JKMN").await;
        guesser.sees("That code isn't right");
    }
    guesser.says(&format!("/link {code}")).await;
    guesser.sees("Too many wrong codes");
    guesser.says("/whoami").await;
    guesser.sees("I don't know who you are yet");

    app.clock.advance(Duration::minutes(61));
    guesser.says(&format!("/link {code}")).await;
    guesser.sees("This account is now linked");
}

#[tokio::test]
async fn a_code_typed_in_a_group_is_dead_at_once_and_its_owner_and_the_office_are_told() {
    let app = spawn_app().await;
    let code = app.issue_code("PAR006").await; // Emma is linked: she can be told
    let bronwen = app.person("Bronwen Teague");
    bronwen
        .says_in("Year 3 parents", &format!("is this Emma's code? {code}"))
        .await;
    let group = app.group_messages();
    assert_eq!(group.len(), 1, "{group:#?}");
    assert!(
        group[0]
            .text
            .starts_with("That looked like a link code, so it no longer works"),
        "{}",
        group[0].text
    );
    assert!(!group[0].text.contains(&code) && !group[0].text.contains("Emma"));
    let removed = app.chat.removed();
    assert!(
        removed
            .iter()
            .any(|(a, _)| *a == Address::Group("Year 3 parents".into())),
        "the message is removed: {removed:?}"
    );
    let emma = app.person("Emma Whitlow");
    emma.sees("Your link code was posted in a group chat, so I have cancelled it");
    let office = app.person("Beverley Ashdown");
    let told = office.sees("The link code of Emma Whitlow (PAR006) was posted in a group chat");
    assert!(
        told.text.contains("haven invite --person PAR006"),
        "{}",
        told.text
    );
    assert!(!told.text.contains(&code));

    // Another member of the group tries it privately: dead.
    let thief = app.stranger("thief");
    thief.says(&format!("/link {code}")).await;
    thief.sees("That code was cancelled because it was seen outside a private chat.");
    thief.says("/whoami").await;
    thief.sees("I don't know who you are yet");
    emma.says("/whoami").await;
    emma.sees("You are Emma Whitlow.");
}

#[tokio::test]
async fn a_code_in_a_link_command_in_a_group_is_dead_too_and_the_group_learns_nothing_more() {
    let app = spawn_app().await;
    unlinked_emma(&app).await;
    let code = app.issue_code("PAR006").await;
    let emma = app.stranger("emma-phone");
    emma.says_in("Year 3 parents", &format!("/link {code}"))
        .await;
    let group = app.group_messages();
    assert_eq!(group.len(), 1, "{group:#?}");
    assert!(group[0].text.starts_with("That looked like a link code"));
    emma.says(&format!("/link {code}")).await;
    emma.sees("That code was cancelled");
    emma.says("/whoami").await;
    emma.sees("I don't know who you are yet");
    // Spent and unknown codes in a group are left alone.
    app.stranger("x")
        .says_in("Year 3 parents", "ABCD-EFGH-JKMN")
        .await;
    assert_eq!(app.group_messages().len(), 1);
}

#[tokio::test]
async fn a_new_account_for_someone_linked_waits_for_the_old_account_to_confirm() {
    let app = spawn_app().await;
    let old = app.person("Emma Whitlow");
    let code = app.issue_code("PAR006").await;
    let new_phone = app.stranger("emma-new-phone");
    new_phone.says(&format!("/link {code}")).await;
    new_phone.sees("This person already has an account linked on");
    new_phone.says("/whoami").await;
    new_phone.sees("I don't know who you are yet");

    let ask = old.sees("Someone has just used a link code for your record");
    assert!(ask.text.contains("different"), "{}", ask.text);
    old.says("/whoami").await;
    old.sees("You are Emma Whitlow.");
    old.presses("Yes, move me").await;
    old.sees("Your record has been moved to another");
    old.says("/whoami").await;
    old.sees("I don't know who you are yet");
    new_phone.sees("Thank you, Emma Whitlow. This account is now linked");
    new_phone.says("/whoami").await;
    new_phone.sees("You are Emma Whitlow.");
}

#[tokio::test]
async fn the_old_account_can_refuse_a_move_and_the_office_is_told() {
    let app = spawn_app().await;
    let old = app.person("Emma Whitlow");
    let code = app.issue_code("PAR006").await;
    let thief = app.stranger("thief");
    thief.says(&format!("/link {code}")).await;
    old.sees("Someone has just used a link code for your record");
    old.presses("No, that wasn't me").await;
    old.sees("Your account stays linked");
    thief.sees("The move was not confirmed");
    thief.says("/whoami").await;
    thief.sees("I don't know who you are yet");
    app.person("Beverley Ashdown")
        .sees("A link code for Emma Whitlow (PAR006) was used from a new");
    // The answer cannot be given twice, nor by anyone else.
    old.presses_payload("link.ok.1").await;
    old.sees("That button belongs to an earlier message");
    old.says("/whoami").await;
    old.sees("You are Emma Whitlow.");
}

#[tokio::test]
async fn the_office_may_approve_a_move_only_after_the_cooling_off_period() {
    let app = spawn_app().await;
    let code = app.issue_code("PAR006").await;
    let new_phone = app.stranger("emma-new-phone");
    new_phone.says(&format!("/link {code}")).await;
    let school = app.app.ctx.school;
    let approve_now = || {
        let store = app.store();
        let now = app.clock.now();
        let settings = app.settings.clone();
        async move {
            let mut tx = store.begin().await.unwrap();
            let r = approve(
                &mut *tx,
                school,
                "PAR006",
                Duration::hours(48),
                &settings,
                now,
            )
            .await
            .unwrap();
            tx.commit().await.unwrap();
            r
        }
    };
    let early = approve_now().await;
    assert!(
        matches!(early, Err(ApproveError::TooSoon { .. })),
        "{early:?}"
    );
    app.advance(Duration::hours(49)).await;
    assert!(approve_now().await.is_ok());
    app.deliver().await;
    new_phone.sees("This account is now linked");
    let old = app.person("Emma Whitlow");
    old.sees("Your record has been moved to another");
    old.says("/whoami").await;
    old.sees("I don't know who you are yet");
    let again = approve_now().await;
    assert!(matches!(again, Err(ApproveError::NothingPending { .. })));
}

#[tokio::test]
async fn unlink_removes_the_binding() {
    let app = spawn_app().await;
    let emma = app.person("Emma Whitlow");
    emma.says("/unlink").await;
    emma.sees("no longer linked to Emma Whitlow");
    emma.says("/whoami").await;
    emma.sees("I don't know who you are yet");
}

#[tokio::test]
async fn unlinked_accounts_get_an_explanation_and_nothing_else() {
    let app = spawn_app().await;
    let stranger = app.stranger("stranger");
    for line in ["/concern", "/cases", "hello", "/language pl"] {
        stranger.says(line).await;
        stranger.sees("I don't know who you are yet");
    }
    stranger.says_in("staffroom", "/concern").await;
    let group = app.group_messages();
    assert_eq!(group.len(), 1);
    assert!(group[0].text.contains("message me privately"));
}

#[tokio::test]
async fn the_last_try_is_counted_in_the_singular() {
    let app = spawn_app().await;
    let guesser = app.stranger("guesser");
    for _ in 0..4 {
        guesser.says("/link ABCD-EFGH-JKMN").await;
    }
    guesser.sees("(one more try this hour)");
}

/// Daniel Okafor's (the DSL's) link code, redeemed by an account on another platform.
async fn dsl_code_used_on_telegram(app: &TestApp) -> crate::support::Person<'_> {
    let code = app.issue_code("STF002").await;
    let phone = app.stranger_on_telegram("tg-4242");
    phone.says(&format!("/link {code}")).await;
    phone.sees("This person holds a safeguarding role");
    phone
}

const ADD_ASK: &str = "Someone has just used a link code for your record from a new Telegram";

#[tokio::test]
async fn a_dsls_code_on_a_new_platform_links_only_when_their_existing_account_confirms() {
    let app = spawn_app().await.with_telegram_in_memory();
    let phone = dsl_code_used_on_telegram(&app).await;
    phone.says("/whoami").await;
    phone.sees("I don't know who you are yet");
    phone.says("/cases").await;
    phone.sees("I don't know who you are yet");

    let daniel = app.person("Daniel Okafor");
    let ask = daniel.sees(ADD_ASK);
    let labels: Vec<&str> = ask.buttons.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["Yes, add it", "No, that wasn't me"]);
    let margaret = app.person("Margaret Thornbury");
    margaret.sees("A link code for Daniel Okafor (STF002) has just been used from a new Telegram");
    let office = app.person("Beverley Ashdown");
    assert!(
        office.received().iter().all(|m| m.buttons.is_empty()),
        "the office is never asked"
    );
    let payload = daniel.button("Yes, add it");
    // Neither the office nor the new account can answer.
    office.presses_payload(&payload).await;
    office.sees("That button belongs to an earlier message");
    phone.presses_payload(&payload).await;
    phone.says("/whoami").await;
    phone.sees("I don't know who you are yet");

    daniel.presses("Yes, add it").await;
    phone.sees("Thank you, Daniel Okafor. This account is now linked");
    phone.says("/whoami").await;
    phone.sees("You are Daniel Okafor.");
    daniel.says("/whoami").await;
    daniel.sees("You are Daniel Okafor.");
    app.person("Priya Castellane")
        .sees("Daniel Okafor has linked a new Telegram account to Haven.");
}

#[tokio::test]
async fn no_from_the_dsl_keeps_the_new_account_unlinked_and_tells_the_dsl_team() {
    let app = spawn_app().await.with_telegram_in_memory();
    let phone = dsl_code_used_on_telegram(&app).await;
    let daniel = app.person("Daniel Okafor");
    daniel.sees(ADD_ASK);
    daniel.presses("No, that wasn't me").await;
    daniel.sees("The new account was not linked. The DSL team");
    phone.sees("The move was not confirmed");
    phone.says("/whoami").await;
    phone.sees("I don't know who you are yet");
    app.person("Priya Castellane").sees(
        "A link code for Daniel Okafor (STF002) was used from a new Telegram account, and Daniel \
         Okafor said it should not be linked",
    );
    let margaret = app.person("Margaret Thornbury");
    margaret.presses("Yes, add it").await;
    margaret.sees("That button belongs to an earlier message");
    phone.says("/whoami").await;
    phone.sees("I don't know who you are yet");
}

#[tokio::test]
async fn the_head_may_confirm_a_dsls_new_account_but_the_office_may_not_approve_one() {
    let app = spawn_app().await.with_telegram_in_memory();
    let phone = dsl_code_used_on_telegram(&app).await;
    let school = app.app.ctx.school;
    app.advance(Duration::hours(49)).await;
    let mut tx = app.store().begin().await.unwrap();
    let r = approve(
        &mut *tx,
        school,
        "STF002",
        Duration::hours(48),
        &app.settings,
        app.clock.now(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    assert!(matches!(r, Err(ApproveError::Guarded { .. })), "{r:?}");
    phone.says("/whoami").await;
    phone.sees("I don't know who you are yet");

    let margaret = app.person("Margaret Thornbury");
    margaret.presses("Yes, add it").await;
    phone.sees("This account is now linked");
    app.person("Daniel Okafor")
        .sees("Your Haven record has just been linked to a Telegram account as well");
}
