//! The reporter adding to their own concern (`/concern add REF`, the add button), blind: they
//! never read the case, and anyone else gets the answer a missing case gets.

use super::cases::audit;
use super::*;
use haven::core::concern::addition::add_button;
use haven::core::concern::reference::ConcernRef;

const ADDITION: &str = "Grace told me today the boy has her home address";
const REFUSED: &str = "I can't add to that concern.";
const ADDED_ALERT: &str = "The reporter has added to";

/// Writes an addition through the form the reporter is in, and submits it.
async fn add(p: &Person<'_>, text: &str) {
    p.sees("What would you like to add?");
    p.says(text).await;
    p.presses("Submit").await;
}

/// Everything `name` received from now on, as text.
fn new_texts(p: &Person<'_>, before: usize) -> Vec<String> {
    p.received()[before..]
        .iter()
        .map(|m| m.text.clone())
        .collect()
}

#[tokio::test]
async fn the_reporter_adds_to_their_concern_and_only_the_leads_are_told() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let r = report(&josie, &Report::default()).await;
    let (daniel, priya) = (app.person("Daniel Okafor"), app.person("Priya Castellane"));
    let tomasz = app.person("Tomasz Wiśniewski");
    for p in [&daniel, &priya, &tomasz] {
        p.catch_up();
    }

    josie.says(&format!("/concern add {r}")).await;
    add(&josie, ADDITION).await;
    let saved = josie.sees(&format!("What you wrote has been added to {r}."));
    assert!(saved
        .text
        .contains("The people handling it have been told."));
    assert!(
        app.chat
            .removed()
            .iter()
            .any(|(a, _)| *a == Address::Private("Josie Quennell".into())),
        "the typed addition is removed from the reporter's chat"
    );

    for lead in [&daniel, &priya] {
        let alert = lead.sees(&format!("{ADDED_ALERT} {r}"));
        assert!(!alert.text.contains(ADDITION) && !alert.text.contains("Josie"));
        assert_eq!(alert.buttons[0].label, "Open case");
    }
    tomasz.does_not_see(ADDED_ALERT);
    assert_eq!(
        who_saw(&app, ADDED_ALERT),
        names(&["Daniel Okafor", "Priya Castellane"])
    );
    assert_eq!(who_saw(&app, ADDITION), names(&["Josie Quennell"]));

    daniel.presses("Open case").await;
    let view = daniel.sees(&format!("Case {r}"));
    assert!(
        view.text.contains("Added by the reporter: #2"),
        "{}",
        view.text
    );
    assert!(view.text.contains(ADDITION));

    josie.catch_up();
    josie.says(&format!("/case {r}")).await;
    josie.sees("I can't open that case");
    josie.does_not_see(ADDITION);
    assert_eq!(
        audit(&app, &format!("concern:{r}"))
            .await
            .iter()
            .filter(|a| *a == "concern.reporter_addition")
            .count(),
        1
    );
}

#[tokio::test]
async fn anyone_else_or_a_closed_or_unknown_reference_gets_one_answer_and_nothing_changes() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let r = report(&josie, &Report::default()).await;
    let closed = report(&josie, &Report::default()).await;
    let daniel = app.person("Daniel Okafor");
    daniel.says(&format!("/case {closed} close")).await;
    daniel.presses("No further action").await;
    daniel.says("Resolved with the family").await;
    daniel.presses("Submit").await;
    daniel.sees("is closed");

    let attempts: Vec<(&str, String)> = vec![
        ("Daniel Okafor", r.clone()),
        ("Tomasz Wiśniewski", r.clone()),
        ("Margaret Thornbury", r.clone()),
        ("Beverley Ashdown", r.clone()),
        ("Arthur Delacourt", r.clone()),
        ("Emma Whitlow", r.clone()),
        ("Josie Quennell", closed.clone()),
        ("Josie Quennell", "C-2026-0999".into()),
        ("Josie Quennell", "C-2026".into()),
    ];
    let mut answers = BTreeSet::new();
    for (name, reference) in &attempts {
        let p = app.person(name);
        p.says("/language en").await;
        for pressed in [false, true] {
            let before = p.received().len();
            if pressed {
                p.presses_payload(&format!("c.add.{reference}")).await;
            } else {
                p.says(&format!("/concern add {reference}")).await;
            }
            let got = new_texts(&p, before);
            assert_eq!(got.len(), 1, "{name} {reference}: {got:#?}");
            assert!(got[0].starts_with(REFUSED), "{name} {reference}: {got:#?}");
            assert!(!got[0].contains(&r) && !got[0].contains(&closed));
            answers.insert(got[0].clone());
        }
    }
    assert_eq!(
        answers.len(),
        1,
        "one answer for every refusal: {answers:#?}"
    );
    assert!(messages_with(&app, ADDED_ALERT).is_empty());
    daniel.says(&format!("/case {r}")).await;
    let view = daniel.sees(&format!("Case {r}"));
    assert!(!view.text.contains("Added by the reporter"));
    let refused = audit(&app, &format!("concern:{r}")).await;
    assert_eq!(
        refused.iter().filter(|a| *a == "concern.refused").count(),
        12,
        "every refusal of a real reference is audited"
    );
}

#[tokio::test]
async fn the_add_button_starts_the_form_and_a_case_closed_meanwhile_keeps_nothing() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let r = report(&josie, &Report::default()).await;
    let button = add_button(ConcernRef::parse(&r).unwrap());
    assert_eq!(button.payload, format!("c.add.{r}"));

    josie.presses_payload(&button.payload).await;
    josie.sees("What would you like to add?");
    josie.says("too short").await;
    josie.sees("Please write at least 10");
    josie.says(ADDITION).await;
    let daniel = app.person("Daniel Okafor");
    daniel.says(&format!("/case {r} close")).await;
    daniel.presses("No further action").await;
    daniel.says("Resolved with the family").await;
    daniel.presses("Submit").await;
    daniel.catch_up();
    josie.presses("Submit").await;
    let back = josie.sees("I couldn't save that");
    assert!(back.text.contains(ADDITION), "given back, not lost");
    daniel.sees_nothing_new();
    daniel.says(&format!("/case {r}")).await;
    assert!(!daniel.sees(&format!("Case {r}")).text.contains(ADDITION));
}

#[tokio::test]
async fn other_uses_of_concern_get_its_usage() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    for typed in [
        "/concern add",
        "/concern view C-2026-0001",
        "/concern help me",
    ] {
        josie.says(typed).await;
        josie.sees("To add something to a concern you reported, use /concern add");
        josie.does_not_see("What would you like to add?");
    }
    assert!(app.draft_of("STF008").await.is_none(), "no form opened");
}
