//! Linking a chat account to a person with a link code.

use crate::support::spawn_app;
use chrono::Duration;

#[tokio::test]
async fn a_parent_links_with_the_code_from_the_office() {
    let app = spawn_app().await;
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
async fn guessing_codes_is_stopped_after_a_few_tries_even_for_a_right_code() {
    let app = spawn_app().await;
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
async fn a_code_typed_in_a_group_is_not_used() {
    let app = spawn_app().await;
    let code = app.issue_code("PAR006").await;
    let emma = app.stranger("emma-phone");
    emma.says_in("Year 3 parents", &format!("/link {code}"))
        .await;
    let group = app.group_messages();
    assert_eq!(group.len(), 1);
    assert!(
        group[0].text.contains("only work in a private chat"),
        "{}",
        group[0].text
    );
    emma.says(&format!("/link {code}")).await;
    emma.sees("This account is now linked");
}

#[tokio::test]
async fn one_account_per_platform_a_new_link_replaces_the_old_one() {
    let app = spawn_app().await;
    let old = app.person("Emma Whitlow");
    old.says("/whoami").await;
    old.sees("You are Emma Whitlow.");

    let code = app.issue_code("PAR006").await;
    let new_phone = app.stranger("emma-new-phone");
    new_phone.says(&format!("/link {code}")).await;
    new_phone.sees("linked");

    old.says("/whoami").await;
    old.sees("I don't know who you are yet");
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
