//! Short passcodes: a warning when one is typed (it is still accepted), and the leak guard
//! protecting it as a whole word, so ordinary words that contain it never trip it.

use super::*;

#[tokio::test]
async fn a_short_passcode_is_kept_with_a_warning_and_guarded_as_a_whole_word() {
    let app = spawn_app().await;
    let rhian = organiser(&app).await;
    let plan = Plan {
        passcode: "art",
        ..Plan::default()
    };
    fill(&rhian, &plan).await;
    let warning = rhian.sees("That passcode is short (fewer than 6 letters or digits)");
    assert!(!warning.text.contains("art"), "{}", warning.text);
    rhian.presses("Submit").await;
    rhian.sees("is set up");
    let emma = app.person("Emma Whitlow");
    emma.sees("Passcode: art");

    for chatter in [
        "Party in the artroom after, and the artwork is smart!",
        "Start time is 2pm",
    ] {
        emma.says_in("Year 3 parents", chatter).await;
    }
    assert!(
        app.group_messages().is_empty(),
        "{:#?}",
        app.group_messages()
    );
    rhian.does_not_see("appeared");

    emma.says_in("Year 3 parents", "The passcode is ART if anyone needs it")
        .await;
    let warning = app.group_messages().pop().expect("a warning");
    assert!(warning
        .text
        .contains("Please don't share livestream joining details"));
    assert!(
        !warning.text.to_lowercase().contains("art "),
        "{}",
        warning.text
    );
    rhian.sees("Warning: the passcode for livestream 1, “Harvest assembly”, appeared");
}

#[tokio::test]
async fn a_long_passcode_gets_no_warning_and_a_short_new_one_does() {
    let app = spawn_app().await;
    let rhian = set_up(&app, &Plan::default()).await;
    let setup = crate::support::transcript(&rhian.received());
    assert!(!setup.contains("That passcode is short"), "{setup}");

    rhian.says("/stream rotate 1").await;
    rhian.sees("First change the passcode in the meeting service");
    rhian.says("4821").await;
    rhian.sees("That passcode is short");
    rhian.presses("Skip").await;
    rhian.presses("Submit").await;
    rhian.sees("I'm sending them privately to 5 parents");
    app.person("Emma Whitlow").sees("4821");
}
