//! Escalation on the fake clock: unacknowledged concerns move up their route (urgent ones round
//! the clock, others in school time), bundled per person, past people who cannot be reached,
//! and survive a restart.

use super::*;
use chrono::{DateTime, Duration, Utc};

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().into()
}

const ESCALATED: &str = "not been acknowledged in time";

fn urgent() -> Report<'static> {
    Report {
        danger: true,
        ..Report::default()
    }
}

#[tokio::test]
async fn an_urgent_concern_climbs_the_route_every_15_minutes_until_acknowledged() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let r = report(&josie, &urgent()).await;
    let (margaret, hilary) = (
        app.person("Margaret Thornbury"),
        app.person("Hilary Penrose"),
    );
    let daniel = app.person("Daniel Okafor");
    daniel.catch_up();

    app.advance(Duration::minutes(14)).await;
    margaret.sees_nothing_new();
    app.advance(Duration::minutes(2)).await;
    let m = margaret.sees(ESCALATED);
    assert!(
        m.text.contains(&r) && m.text.contains("URGENT"),
        "{}",
        m.text
    );
    assert!(!m.text.contains(ACCOUNT));
    hilary.sees_nothing_new();
    daniel.sees_nothing_new();

    app.advance(Duration::minutes(15)).await;
    hilary.sees(ESCALATED);
    margaret.sees_nothing_new();

    let marcus = app.person("Marcus Fenwick-Lowe");
    app.advance(Duration::minutes(15)).await;
    marcus.sees(ESCALATED);
    hilary.sees_nothing_new();

    // End of the route: everyone on it is reminded, once each.
    app.advance(Duration::minutes(15)).await;
    for p in [&daniel, &margaret, &hilary, &marcus] {
        p.sees(ESCALATED);
        p.sees_nothing_new();
    }
    app.person("Priya Castellane").sees(ESCALATED);

    // The Headteacher now leads the case too, and acknowledging stops it.
    margaret.says(&format!("/case {r} ack")).await;
    margaret.sees(&format!("You have acknowledged {r}"));
    for p in [&daniel, &hilary, &marcus] {
        p.sees(&format!("{r} has been acknowledged by Margaret Thornbury"));
    }
    app.advance(Duration::hours(3)).await;
    for p in [&daniel, &margaret, &hilary, &marcus] {
        p.sees_nothing_new();
    }
}

#[tokio::test]
async fn a_friday_evening_urgent_concern_reaches_the_head_within_30_minutes() {
    let app = spawn_app().await;
    // Friday 20 November 2026, 17:05.
    app.clock.set(at("2026-11-20T17:05:00Z"));
    let josie = app.person("Josie Quennell");
    let r = report(&josie, &urgent()).await;
    let receipt = josie.last();
    assert!(
        receipt
            .text
            .starts_with("You said a child is at immediate risk"),
        "{}",
        receipt.text
    );
    assert!(
        receipt.text.contains("emergency duty team 01632 960 555"),
        "out of hours the reporter is given the duty team: {}",
        receipt.text
    );
    let alert = app
        .person("Daniel Okafor")
        .sees(&format!("New concern {r}"));
    assert!(
        alert
            .text
            .contains("Outside school hours: children's social care emergency duty team"),
        "{}",
        alert.text
    );
    let margaret = app.person("Margaret Thornbury");
    app.advance(Duration::minutes(14)).await;
    margaret.sees_nothing_new();
    app.advance(Duration::minutes(2)).await;
    let escalated = margaret.sees(&r);
    assert!(
        escalated
            .text
            .contains("Outside school hours: children's social care"),
        "whoever is alerted out of hours gets the duty team: {}",
        escalated.text
    );
    app.advance(Duration::minutes(16)).await;
    app.person("Hilary Penrose").sees(&r);
}

#[tokio::test]
async fn out_of_hours_a_normal_concern_waits_for_school_to_open() {
    let app = spawn_app().await;
    app.clock.set(at("2026-11-17T20:00:00Z"));
    let josie = app.person("Josie Quennell");
    let r = report(&josie, &Report::default()).await;
    assert!(
        josie
            .received()
            .iter()
            .all(|m| !m.text.contains("duty team")),
        "a concern that is not urgent gives no emergency number"
    );
    let margaret = app.person("Margaret Thornbury");
    app.advance(Duration::hours(12)).await;
    margaret.sees_nothing_new();
    // A school day after the school opened on Wednesday.
    app.clock.set(at("2026-11-19T08:01:00Z"));
    app.tick().await;
    margaret.sees(&r);
}

#[tokio::test]
async fn a_normal_concern_waits_a_school_day_and_alerts_are_bundled() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let first = report(&josie, &Report::default()).await;
    app.advance(Duration::minutes(5)).await;
    let second = report(&josie, &Report::default()).await;
    let margaret = app.person("Margaret Thornbury");

    app.clock.set(at("2026-11-18T09:59:00Z"));
    app.tick().await;
    margaret.sees_nothing_new();
    app.clock.set(at("2026-11-18T10:06:00Z"));
    app.tick().await;
    let bundle = margaret.sees(ESCALATED);
    assert!(
        bundle.text.contains(&first) && bundle.text.contains(&second),
        "{}",
        bundle.text
    );
    assert!(bundle.text.contains("These 2 concerns"), "{}", bundle.text);
    let buttons: Vec<&str> = bundle.buttons.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(buttons, [first.as_str(), second.as_str()]);
    margaret.sees_nothing_new();

    margaret.presses(&first).await;
    margaret.sees(&format!("Case {first}"));
}

#[tokio::test]
async fn escalation_survives_a_restart() {
    let app = spawn_app().await;
    let r = report(&app.person("Josie Quennell"), &urgent()).await;
    let app = app.restart().await;
    app.advance(Duration::minutes(16)).await;
    app.person("Margaret Thornbury").sees(&r);
}

#[tokio::test]
async fn a_staff_concern_escalates_from_the_head_to_the_chair_and_never_to_the_subject() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let r = report(
        &josie,
        &Report {
            about: STAFF,
            who: Some("Daniel Okafor"),
            danger: true,
            ..Report::default()
        },
    )
    .await;
    app.advance(Duration::minutes(16)).await;
    app.person("Hilary Penrose").sees(&r);
    app.advance(Duration::hours(2)).await;
    let saw = who_saw(&app, &r);
    assert_eq!(
        saw,
        names(&[
            "Josie Quennell",
            "Margaret Thornbury",
            "Hilary Penrose",
            "Marcus Fenwick-Lowe"
        ])
    );
}
