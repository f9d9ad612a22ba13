//! Case handling: opening a case, acknowledging, the chronology, status, closing, legal hold,
//! retention and the governors' report.

use super::*;
use chrono::Duration;
use haven::core::settings::Settings;

/// The audit actions recorded against a subject, oldest first, as the store reads them back
/// (records about a concern are sealed on disk).
pub async fn audit(app: &TestApp, subject: &str) -> Vec<String> {
    let mut tx = app.store().begin().await.unwrap();
    let trail = tx.audit_trail(app.app.ctx.school, subject).await.unwrap();
    trail
        .into_iter()
        .map(|r| r.action.map_or("?".into(), |a| a.as_str().to_string()))
        .collect()
}

/// Adds a chronology entry through the small form.
async fn add_entry(p: &Person<'_>, r: &str, kind: &str, steps: &[&str]) {
    p.says(&format!("/case {r} note")).await;
    p.presses(kind).await;
    for s in steps {
        if p.last().buttons.iter().any(|b| b.label == *s) {
            p.presses(s).await;
        } else {
            p.says(s).await;
        }
    }
    p.presses("Now").await;
    p.presses("Submit").await;
}

#[tokio::test]
async fn a_dsl_reads_acknowledges_records_and_closes_a_case() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let r = report(&josie, &Report::default()).await;
    let daniel = app.person("Daniel Okafor");
    let priya = app.person("Priya Castellane");
    daniel.catch_up();
    priya.catch_up();

    daniel.says(&format!("/case {r}")).await;
    let view = daniel.sees(&format!("Case {r}"));
    for shown in [
        ACCOUNT,
        PUPILS,
        "Reported by: Josie Quennell",
        "Reported: #1",
    ] {
        assert!(
            view.text.contains(shown),
            "{shown} missing from {}",
            view.text
        );
    }
    assert!(!app.chat.removed().iter().any(|(a, _)| *a == daniel_addr()));
    app.advance(Duration::minutes(11)).await;
    assert!(
        app.chat.removed().iter().any(|(a, _)| *a == daniel_addr()),
        "the case view is removed from the chat"
    );

    daniel.presses("Acknowledge").await;
    daniel.sees(&format!("You have acknowledged {r}"));
    let told = josie.sees(&format!("Your concern {r} has been read"));
    assert!(!told.text.contains("Daniel"), "not by whom: {}", told.text);
    priya.sees(&format!("{r} has been acknowledged by Daniel Okafor"));

    add_entry(&daniel, &r, "Action taken", &["Phoned Grace's mother"]).await;
    daniel.sees("Added entry #3");
    add_entry(
        &daniel,
        &r,
        "Referral",
        &[
            "Referred to the front door",
            "Children's social care",
            "CSC-77",
        ],
    )
    .await;
    daniel.sees("Added entry #4");
    add_entry(
        &daniel,
        &r,
        "Decision",
        &["Monitor weekly", "Mother is supervising the games console"],
    )
    .await;
    daniel.sees("Added entry #5");
    add_entry(
        &daniel,
        &r,
        "Correction",
        &["3", "The call was to Grace's father"],
    )
    .await;
    daniel.sees("Added entry #6");

    daniel
        .says(&format!("/case {r} status investigating"))
        .await;
    daniel.sees(&format!("{r} is now: Investigating"));
    daniel.says(&format!("/case {r} status closed")).await;
    daniel.sees("an outcome and a reason are needed");

    daniel.says(&format!("/case {r}")).await;
    let view = daniel.sees(&format!("Case {r}"));
    for shown in [
        "Acknowledged: #2",
        "Action taken: #3",
        "Phoned Grace's mother",
        "Referral: #4",
        "Agency: Children's social care",
        "Agency reference: CSC-77",
        "Decision: #5",
        "Reason: Mother is supervising the games console",
        "Correction: #6",
        "Corrects entry: #3",
        "Status changed: #7",
        "New status: Investigating",
    ] {
        assert!(
            view.text.contains(shown),
            "{shown} missing from {}",
            view.text
        );
    }
    assert!(!view.text.contains("#8"), "nothing more was added");

    daniel.presses("Close case").await;
    daniel.sees("What is the outcome?");
    daniel.presses("Resolved in school").await;
    daniel.says("ok").await;
    daniel.sees("Please write at least 5 characters");
    daniel.says("Support plan in place; parents engaged").await;
    daniel.presses("Submit").await;
    daniel.sees(&format!("{r} is closed. Outcome: Resolved in school."));
    // The other lead is told the reference only; the reporter is not told.
    let told = priya.sees(&format!("{r} has been closed."));
    assert!(!told.text.contains("Resolved"), "{}", told.text);
    assert!(!told.text.contains("Support plan"), "{}", told.text);
    josie.does_not_see("has been closed");
    daniel.does_not_see("has been closed");
    daniel.says("/cases").await;
    daniel.sees("There are no open cases for you.");
    daniel.says(&format!("/case {r} close")).await;
    daniel.sees(&format!("{r} is already closed"));

    let actions = audit(&app, &format!("concern:{r}")).await;
    let count = |a: &str| actions.iter().filter(|x| *x == a).count();
    assert_eq!(count("concern.report"), 1);
    assert_eq!(count("concern.view"), 2);
    assert_eq!(count("concern.ack"), 1);
    assert_eq!(count("concern.entry"), 4);
    assert_eq!(count("concern.status"), 1);
    assert_eq!(count("concern.close"), 1);
}

fn daniel_addr() -> Address {
    Address::Private("Daniel Okafor".into())
}

#[tokio::test]
async fn contributors_read_and_add_but_do_not_lead() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let r = report(&josie, &Report::default()).await;
    let owen = app.person("Owen Hartley");
    owen.catch_up();
    owen.says(&format!("/case {r}")).await;
    owen.sees("I can't open that case");
    let tomasz_is_polish = app.person("Tomasz Wiśniewski");
    tomasz_is_polish.says(&format!("/case {r}")).await;
    let view = tomasz_is_polish.sees(&format!("Sprawa {r}"));
    assert!(view.text.contains(ACCOUNT));
    let labels: Vec<&str> = view.buttons.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["Dodaj do chronologii"], "a contributor only adds");
    tomasz_is_polish.says(&format!("/case {r} ack")).await;
    tomasz_is_polish.sees(&format!("Tylko osoby prowadzące sprawę {r}"));
    let daniel = app.person("Daniel Okafor");
    daniel.says(&format!("/case {r}")).await;
    let view = daniel.sees(&format!("Case {r}"));
    assert!(
        view.buttons.iter().any(|b| b.label == "Acknowledge"),
        "still unacknowledged for the DSL"
    );
}

#[tokio::test]
async fn sexting_cases_show_the_dsl_the_initial_review_questions() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let plain = report(&josie, &Report::default()).await;
    let nudes = report(
        &josie,
        &Report {
            categories: &[NUDES],
            ..Report::default()
        },
    )
    .await;
    let daniel = app.person("Daniel Okafor");
    daniel.says(&format!("/case {plain}")).await;
    daniel.does_not_see("Initial review");
    daniel.says(&format!("/case {nudes}")).await;
    let review = daniel.sees("Initial review");
    assert!(review.text.contains("Are any adults involved?"));
    assert!(review
        .text
        .contains("Never view, copy or forward the images."));
}

#[tokio::test]
async fn closed_cases_are_deleted_after_retention_unless_on_legal_hold() {
    let mut settings = Settings::default();
    settings.concern.retention.data_security_years = 1;
    let app = crate::support::spawn_app_with(settings).await;
    let josie = app.person("Josie Quennell");
    let lost = Report {
        categories: &[DEVICE],
        ..Report::default()
    };
    let a = report(&josie, &lost).await;
    let b = report(&josie, &lost).await;
    let kept = report(&josie, &Report::default()).await;
    let daniel = app.person("Daniel Okafor");
    for r in [&a, &b, &kept] {
        daniel.says(&format!("/case {r} close")).await;
        daniel.presses("No further action").await;
        daniel.says("Device found in the staffroom").await;
        daniel.presses("Submit").await;
        daniel.sees("is closed");
    }
    daniel.says(&format!("/case {b} hold on")).await;
    daniel.sees(&format!("Legal hold is on for {b}"));

    app.advance(Duration::days(300)).await;
    daniel.says(&format!("/case {a}")).await;
    daniel.sees(&format!("Case {a}"));

    app.advance(Duration::days(100)).await;
    daniel.says(&format!("/case {a}")).await;
    daniel.sees("I can't open that case");
    daniel.says(&format!("/case {b}")).await;
    daniel.sees(&format!("Case {b}"));
    daniel.says(&format!("/case {kept}")).await;
    daniel.sees(&format!("Case {kept}"));
    assert!(audit(&app, &format!("concern:{a}"))
        .await
        .contains(&"concern.deleted".to_string()));

    daniel.says(&format!("/case {b} hold off")).await;
    daniel.sees(&format!("Legal hold is off for {b}"));
    app.tick().await;
    daniel.says(&format!("/case {b}")).await;
    daniel.sees("I can't open that case");
}

#[tokio::test]
async fn governors_get_counts_without_names_or_details() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let r = report(&josie, &Report::default()).await;
    report(
        &josie,
        &Report {
            categories: &[PASSWORD, BULLYING],
            danger: true,
            ..Report::default()
        },
    )
    .await;
    app.person("Daniel Okafor")
        .says(&format!("/case {r} ack"))
        .await;
    let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();

    let mut table = Vec::new();
    haven::reports::concerns(
        &app.app,
        day("2026-09-01"),
        day("2026-12-31"),
        false,
        &mut table,
    )
    .await
    .unwrap();
    let table = String::from_utf8(table).unwrap();
    assert!(
        table.contains("Concerns reported from 2026-09-01 to 2026-12-31"),
        "{table}"
    );
    let row = |label: &str| {
        table
            .lines()
            .find(|l| l.trim_start().starts_with(label))
            .unwrap_or_else(|| panic!("no {label} in {table}"))
            .split_whitespace()
            .last()
            .unwrap()
            .to_string()
    };
    assert_eq!(row("Total"), "2");
    assert_eq!(row("Urgent"), "1");
    assert_eq!(row("Conduct"), "2");
    assert_eq!(row("Data and security"), "1");
    assert_eq!(row("2026-11"), "2");
    assert_eq!(row("Within 15 minutes"), "1");
    assert_eq!(row("Not yet acknowledged"), "1");

    let mut csv = Vec::new();
    haven::reports::concerns(
        &app.app,
        day("2026-11-01"),
        day("2026-11-30"),
        true,
        &mut csv,
    )
    .await
    .unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.starts_with("section,key,count\n"), "{csv}");
    assert!(csv.contains("group,conduct,2\n"), "{csv}");
    assert!(csv.contains("status,open,2\n"), "{csv}");
    for out in [&table, &csv] {
        for secret in [ACCOUNT, PUPILS, "Grace", "Josie", "Daniel", "C-2026"] {
            assert!(!out.contains(secret), "report leaks {secret:?}");
        }
    }
    assert_eq!(
        audit(&app, "report:2026-11-01..2026-11-30").await,
        ["concern.export"]
    );

    let mut none = Vec::new();
    let err = haven::reports::concerns(
        &app.app,
        day("2026-12-01"),
        day("2026-11-01"),
        true,
        &mut none,
    )
    .await
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "The start of the period (--from 2026-12-01) is after its end (--to 2026-11-01)."
    );
    assert!(none.is_empty(), "nothing written");
}

#[tokio::test]
async fn a_closed_case_reopens_only_with_a_reason_and_the_other_leads_are_told() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let r = report(&josie, &Report::default()).await;
    let daniel = app.person("Daniel Okafor");
    let priya = app.person("Priya Castellane");
    daniel.says(&format!("/case {r} close")).await;
    daniel.presses("No further action").await;
    daniel.says("Resolved with the class teacher").await;
    daniel.presses("Submit").await;
    daniel.sees("is closed");
    daniel.catch_up();
    priya.catch_up();
    josie.catch_up();

    // A status cannot reopen a closed case, and the view offers Reopen instead.
    daniel.says(&format!("/case {r} status open")).await;
    daniel.sees(&format!("To reopen it, use /case {r} reopen"));
    daniel.says(&format!("/case {r}")).await;
    let view = daniel.sees(&format!("Case {r}"));
    let labels: Vec<&str> = view.buttons.iter().map(|b| b.label.as_str()).collect();
    assert!(labels.contains(&"Reopen case"), "{labels:?}");
    assert!(!labels.contains(&"Set status"), "{labels:?}");
    assert!(!labels.contains(&"Close case"), "{labels:?}");
    daniel.says("/cases").await;
    daniel.sees("There are no open cases for you.");
    priya.sees_nothing_new();

    daniel.presses("Reopen case").await;
    daniel.sees("Why is the case being reopened?");
    daniel
        .says("Grace's mother reports new messages from the same account")
        .await;
    daniel.presses("Submit").await;
    daniel.sees(&format!("{r} is open again"));

    let notice = priya.sees(&format!("{r} has been reopened."));
    assert!(!notice.text.contains("new messages"), "{}", notice.text);
    assert!(!notice.text.contains("Grace"), "{}", notice.text);
    priya.sees_nothing_new();
    josie.sees_nothing_new();
    daniel.does_not_see("has been reopened");

    daniel.says(&format!("/case {r}")).await;
    let view = daniel.sees(&format!("Case {r}"));
    for shown in [
        "New status: Open",
        "Reason: Grace's mother reports new messages from the same account",
    ] {
        assert!(
            view.text.contains(shown),
            "{shown} missing from {}",
            view.text
        );
    }
    daniel.says(&format!("/case {r} reopen")).await;
    daniel.sees(&format!("{r} is not closed"));
}
