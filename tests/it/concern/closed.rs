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
