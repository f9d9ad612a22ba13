//! Attendance by name (policy 003: record attendance): the organiser ticks the parents the
//! joining details went to; the count follows; the names reach the organiser and the senior
//! leadership team in `/stream report`, and nobody else; a record is never silently replaced.

use super::*;

/// Set up and held: the stream has ended (15:01) and the prompt to record attendance came.
async fn held(app: &TestApp) -> Person<'_> {
    let rhian = set_up(app, &Plan::default()).await;
    app.advance(Duration::minutes(5 * 60 + 1)).await; // 15:01
    rhian.sees("Please record who joined: /stream attendance 1");
    rhian
}

#[tokio::test]
async fn the_organiser_ticks_the_parents_who_joined_and_only_leads_see_the_names() {
    let app = spawn_app().await;
    let rhian = held(&app).await;
    rhian.says("/stream attendance 1").await;
    let question = rhian.sees("Which parents joined?");
    for name in YEAR_3 {
        assert!(
            question.buttons.iter().any(|b| b.label == name),
            "{name} not offered: {question:#?}"
        );
    }
    for name in RECEPTION_ONLY.iter().chain(STAFF.iter()) {
        assert!(
            !question.buttons.iter().any(|b| b.label.contains(name)),
            "{name} was not invited but is offered"
        );
    }
    assert!(!question
        .buttons
        .iter()
        .any(|b| b.label.contains("not sure")));
    rhian.presses("Emma Whitlow").await;
    rhian.says("zieli").await; // part of a name ticks whoever it matches
    rhian.presses("Done").await;
    let review = rhian.sees("Joined");
    assert!(review.text.contains("Emma Whitlow"), "{}", review.text);
    assert!(review.text.contains("Piotr Zieliński"), "{}", review.text);
    assert!(!review.text.contains("Aisha Rahman"), "{}", review.text);
    rhian.presses("Submit").await;
    rhian.sees(
        "Recorded: 2 joined “Harvest assembly” (17/11/2026 14:00): Emma Whitlow, Piotr Zieliński.",
    );

    rhian.says("/stream log").await;
    let entry = rhian.sees("1. “Harvest assembly”");
    assert!(entry.text.contains("Attendance: 2"), "{}", entry.text);
    assert!(!entry.text.contains("Emma Whitlow"), "the log names nobody");

    rhian.says("/stream report 1").await;
    rhian.sees("Delivery report for livestream 1");
    rhian.sees("Attendance at “Harvest assembly”: 2 joined: Emma Whitlow, Piotr Zieliński.");
    let daniel = app.person("Daniel Okafor"); // senior leadership team
    daniel.catch_up();
    daniel.says("/stream report 1").await;
    daniel.sees("Attendance at “Harvest assembly”: 2 joined: Emma Whitlow, Piotr Zieliński.");

    let owen = app.person("Owen Hartley"); // staff, not an organiser
    owen.says("/stream report 1").await;
    owen.sees("Only livestream organisers");
    owen.does_not_see("Zieliński");
    for parent in YEAR_3.iter().chain(RECEPTION_ONLY.iter()) {
        let p = app.person(parent);
        p.says("/stream report 1").await;
        p.says("/stream attendance 1").await;
        for other in YEAR_3.iter().filter(|o| *o != parent) {
            p.does_not_see(other);
        }
        p.does_not_see("joined:");
    }
}

#[tokio::test]
async fn a_recorded_attendance_is_never_silently_replaced_by_names_or_a_count() {
    let app = spawn_app().await;
    let rhian = held(&app).await;
    rhian.says("/stream attendance 1 23").await;
    rhian.sees("Recorded: 23 joined");
    rhian.says("/stream attendance 1").await;
    rhian.sees("Attendance for “Harvest assembly” is already recorded as 23, so I have kept it. To record who joined by name instead, send: /stream attendance 1 replace");
    rhian.does_not_see("Which parents joined?");

    rhian.says("/stream attendance 1 replace").await;
    rhian.presses("Aisha Rahman").await;
    rhian.presses("Done").await;
    rhian.presses("Submit").await;
    rhian.sees("Recorded: 1 joined “Harvest assembly” (17/11/2026 14:00): Aisha Rahman. This replaces the 23 recorded before.");

    // The same figure again keeps the names; a different one needs replace, and drops them.
    rhian.says("/stream attendance 1 1").await;
    rhian.sees("Recorded: 1 joined");
    rhian.says("/stream report 1").await;
    rhian.sees("1 joined: Aisha Rahman.");
    rhian.says("/stream attendance 1 4").await;
    rhian.sees("already recorded as 1, so I have kept it");
    rhian.says("/stream attendance 1 4 replace").await;
    rhian.sees("This replaces the 1 recorded before.");
    rhian.says("/stream report 1").await;
    rhian.sees("Attendance at “Harvest assembly”: 4 joined (recorded as a number).");
}

#[tokio::test]
async fn nobody_joining_is_recorded_as_none_and_names_wait_until_the_stream_starts() {
    let app = spawn_app().await;
    let rhian = set_up(&app, &Plan::default()).await;
    rhian.says("/stream attendance 1").await;
    rhian.sees("can be recorded once it has started");
    rhian.does_not_see("Which parents joined?");
    app.advance(Duration::minutes(5 * 60 + 1)).await;
    rhian.says("/stream attendance 1").await;
    rhian.sees("Which parents joined?");
    rhian.presses("Done").await;
    rhian.sees("Tap the people, then press Done; or press \"None of them\".");
    rhian.presses("None of them").await;
    rhian.presses("Submit").await;
    rhian.sees("Recorded: 0 joined “Harvest assembly” (17/11/2026 14:00).");
    rhian.says("/stream log").await;
    rhian.sees("Attendance: 0");
}
