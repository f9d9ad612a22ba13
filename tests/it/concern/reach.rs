//! Nothing silent: people on a route who cannot be reached are passed over for the next, and
//! the reporter is told the truth about who has their concern, or whom to phone.

use super::*;
use haven::delivery::SendError;

/// The receipt the reporter got for concern `r`.
fn receipt_for(p: &Person<'_>, r: &str) -> String {
    p.received()
        .into_iter()
        .rev()
        .find(|m| m.text.contains(&format!("Your concern reference is {r}")))
        .unwrap_or_else(|| panic!("no receipt for {r}"))
        .text
}

#[tokio::test]
async fn a_dsl_team_without_linked_accounts_is_passed_over_for_the_head() {
    let app = spawn_app().await;
    for name in ["Daniel Okafor", "Priya Castellane"] {
        app.person(name).says("/unlink").await;
    }
    let josie = app.person("Josie Quennell");
    let r = report(&josie, &Report::default()).await;
    let receipt = receipt_for(&josie, &r);
    assert!(
        receipt.contains("I have alerted the Headteacher now"),
        "{receipt}"
    );
    josie.sees("the DSL team could not be reached through Haven");
    assert_eq!(
        who_saw(&app, &r),
        names(&["Josie Quennell", "Margaret Thornbury", "Tomasz Wiśniewski"])
    );
}

#[tokio::test]
async fn an_alert_a_blocked_chat_refuses_moves_the_concern_on_and_the_reporter_is_told() {
    let app = spawn_app().await;
    for name in ["Daniel Okafor", "Priya Castellane"] {
        app.chat.fail_next(
            Address::Private(name.into()),
            SendError::Unreachable("Forbidden: bot was blocked by the user".into()),
        );
    }
    let josie = app.person("Josie Quennell");
    let r = report(&josie, &Report::default()).await;
    app.deliver().await;
    josie.sees("I couldn't deliver a message to Daniel Okafor");
    josie.sees("I couldn't deliver a message to Priya Castellane");
    let margaret = app.person("Margaret Thornbury");
    margaret.sees_nothing_new();

    app.tick().await;
    let moved = josie.sees(&format!("Your concern {r} could not reach"));
    assert!(
        moved.text.contains("now gone to the Headteacher"),
        "{}",
        moved.text
    );
    margaret.sees(&r);
    // It does not climb further while the Head can be reached.
    app.tick().await;
    app.person("Hilary Penrose").sees_nothing_new();
}

#[tokio::test]
async fn when_nobody_can_be_reached_the_reporter_is_given_the_numbers_to_phone() {
    let app = spawn_app().await;
    for name in [
        "Daniel Okafor",
        "Priya Castellane",
        "Margaret Thornbury",
        "Hilary Penrose",
        "Marcus Fenwick-Lowe",
    ] {
        app.person(name).says("/unlink").await;
    }
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    josie.presses(PUPIL).await;
    josie.presses("Yes").await;
    let urgent = josie.sees("I could not alert anyone through Haven");
    assert!(urgent.text.contains("01632 960 001"), "{}", urgent.text);
    josie.says("/cancel").await;
    josie.sees("Nobody could be alerted through Haven: please phone the DSL team now.");

    let r = report(&josie, &Report::default()).await;
    let receipt = receipt_for(&josie, &r);
    assert!(
        receipt.contains("I could not reach anyone who should receive it"),
        "{receipt}"
    );
    for number in ["01632 960 001", "LADO duty line", "emergency duty team"] {
        assert!(receipt.contains(number), "{number}: {receipt}");
    }
    assert!(!receipt.contains("I have alerted"), "{receipt}");
}

#[tokio::test]
async fn receipts_say_who_was_alerted_and_never_offer_the_person_it_is_about() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let head = report(
        &josie,
        &Report {
            about: HEAD,
            who: None,
            categories: &[OTHER],
            ..Report::default()
        },
    )
    .await;
    let receipt = receipt_for(&josie, &head);
    assert!(
        receipt.contains("I have alerted the Chair of Governors now"),
        "{receipt}"
    );
    assert!(!receipt.contains("Headteacher"), "{receipt}");
    assert!(receipt.contains("LADO duty line"), "{receipt}");
    assert!(receipt.contains("have not been told"), "{receipt}");

    josie.catch_up();
    let dsl = report(
        &josie,
        &Report {
            about: STAFF,
            who: Some("Mr Okafor"),
            told_dsl: false,
            ..Report::default()
        },
    )
    .await;
    let receipt = receipt_for(&josie, &dsl);
    assert!(
        receipt.contains("I have alerted the Headteacher now"),
        "{receipt}"
    );
    assert!(
        josie
            .received()
            .iter()
            .all(|m| !m.text.contains("speak to a DSL")),
        "the reporter is not sent to the DSL the concern is about"
    );
}
