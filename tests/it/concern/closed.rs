//! `/cases closed`: the closed cases a reader may open, with the same access rules as `/cases`.

use super::*;

#[tokio::test]
async fn closed_cases_are_listed_to_those_who_may_open_them_and_to_nobody_else() {
    let app = spawn_app().await;
    let r = report(&app.person("Josie Quennell"), &Report::default()).await;
    let daniel = app.person("Daniel Okafor");
    daniel.says("/cases closed").await;
    daniel.sees("There are no closed cases for you.");

    daniel.says(&format!("/case {r} close")).await;
    daniel.presses("Resolved in school").await;
    daniel.says("Support plan in place; parents engaged").await;
    daniel.presses("Submit").await;
    daniel.sees(&format!("{r} is closed."));

    daniel.says("/cases").await;
    daniel.sees("There are no open cases for you.");
    daniel.says("/cases closed").await;
    let list = daniel.sees("One closed case:");
    assert!(list.text.contains(&r), "{}", list.text);
    assert_eq!(list.buttons.len(), 1, "one button to open it");
    daniel.presses(&r).await;
    daniel.sees(&format!("Case {r}"));

    // The same rules as /cases: a deputy on the route sees it; staff and parents do not.
    app.person("Priya Castellane").says("/cases closed").await;
    app.person("Priya Castellane").sees("One closed case:");
    for name in [
        "Josie Quennell",
        "Rhian Prydderch",
        "Emma Whitlow",
        "Beverley Ashdown",
    ] {
        let p = app.person(name);
        p.says("/language en").await;
        p.catch_up();
        p.says("/cases closed").await;
        p.does_not_see(&r);
    }

    daniel.says("/cases shut").await;
    daniel.sees("or /cases closed for the closed ones");
}

#[tokio::test]
async fn a_case_view_heads_each_entry_and_shows_when_it_was_recorded_and_what_time_it_refers_to() {
    let app = spawn_app().await;
    let r = report(&app.person("Josie Quennell"), &Report::default()).await;
    let daniel = app.person("Daniel Okafor");
    daniel.says(&format!("/case {r} note")).await;
    daniel.presses("Note").await;
    daniel
        .says("Grace mentioned this to her form tutor last week")
        .await;
    daniel.says("10/11/2026 09:00").await;
    daniel.presses("Submit").await;
    daniel.sees("Added entry #2");

    daniel.says(&format!("/case {r}")).await;
    let view = daniel.sees(&format!("Case {r}"));
    let text = &view.text;
    let first = text
        .find("▸ Reported: #1")
        .unwrap_or_else(|| panic!("{text}"));
    let second = text
        .find("▸ Note: #2 · Daniel Okafor")
        .unwrap_or_else(|| panic!("{text}"));
    assert!(first < second, "in the order recorded: {text}");
    let note = &text[second..];
    assert!(note.contains("• Recorded: 17/11/2026 10:00"), "{text}");
    assert!(
        note.contains("• Refers to: 10/11/2026 09:00"),
        "back-dated: {text}"
    );
    assert!(
        !text[first..second].contains("Refers to"),
        "an entry recorded as it happened has no second time: {text}"
    );
}
