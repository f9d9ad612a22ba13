//! Haven on PostgreSQL, end to end: a whole conversation, from `/concern` to the DSL team's
//! alert, with the app's store on a fresh PostgreSQL database (the storage suite runs every
//! engine test on both engines; this proves the app runs on it too).

use crate::concern::{names, reference_in, who_saw, Report, ACCOUNT, PUPIL};
use crate::support::postgres::fresh_database;
use crate::support::spawn_app_on;
use haven::core::settings::Settings;

#[tokio::test]
async fn an_urgent_concern_goes_from_the_reporter_to_the_dsl_team_on_postgres() {
    let Some(url) = fresh_database().await else {
        return;
    };
    let app = spawn_app_on(Some(url), Settings::default()).await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    josie.sees("Who is the concern about?");
    josie.presses(PUPIL).await;
    josie.presses("Yes").await;
    josie.sees("If a child is in danger now, call 999.");
    josie.sees("I have alerted the DSL team that an urgent concern is on its way");
    let urgent = who_saw(&app, "URGENT: a member of staff is reporting");
    assert_eq!(urgent, names(&["Daniel Okafor", "Priya Castellane"]));

    crate::concern::kinds_and_people(&josie, &Report::default()).await;
    josie.says(ACCOUNT).await;
    crate::concern::after_the_account(&josie, &Report::default()).await;
    josie.presses("Submit").await;
    let r = reference_in(&josie.sees("Your concern reference is").text);
    assert_eq!(r, "C-2026-0001");

    let alert = app
        .person("Daniel Okafor")
        .sees(&format!("New concern {r}"));
    assert!(alert.text.contains("URGENT"), "{}", alert.text);
    assert_eq!(
        who_saw(&app, &format!("New concern {r}")),
        names(&["Daniel Okafor", "Priya Castellane"]),
        "the DSL team, and nobody else, is alerted"
    );
    assert!(
        who_saw(&app, ACCOUNT)
            .iter()
            .all(|who| who == "Josie Quennell"),
        "what happened is shown to the reporter alone, never in an alert"
    );

    // A restart on the same database keeps the case and its numbering.
    let app = app.restart().await;
    let josie = app.person("Josie Quennell");
    crate::concern::report(&josie, &Report::default()).await;
    let receipts: Vec<String> = josie
        .received()
        .into_iter()
        .filter(|m| m.text.contains("Your concern reference is"))
        .map(|m| reference_in(&m.text))
        .collect();
    assert_eq!(receipts, ["C-2026-0001", "C-2026-0002"]);
}
