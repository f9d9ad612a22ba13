//! The trust's safeguarding lead: every school's anonymised report, each and in total, and the
//! escalation level above a school's Chair when the trust says so.

use crate::concern::{report, Report, ACCOUNT};
use crate::support::trust::{spawn_trust_south, spawn_trust_with, NORTH_ID, SOUTH};
use chrono::Duration;
use haven::core::clock::Clock;
use haven::schools::TrustConfig;

fn lead(escalate_above_chair: bool) -> TrustConfig {
    TrustConfig {
        safeguarding_leads: vec!["north:STF003".into()],
        escalate_above_chair,
    }
}

#[tokio::test]
async fn an_unacknowledged_concern_goes_above_the_chair_to_the_trust_lead_when_configured() {
    for above_chair in [true, false] {
        let app = spawn_trust_with(lead(above_chair)).await;
        let priya = app.person("Priya Castellane");
        let north_before = app.texts_of_school(NORTH_ID).len();
        let owen = app.south_person("Owen Hartley");
        let r = report(&owen, &Report::default()).await;
        for _ in 0..8 {
            app.advance(Duration::days(2)).await;
        }
        if above_chair {
            let told = priya.sees(&format!("Concern {r} at {SOUTH} has not been acknowledged"));
            assert!(!told.text.contains(ACCOUNT), "no details: {}", told.text);
        } else {
            priya.does_not_see(&r);
        }
        // Nobody else at Northfield hears of it.
        let north: Vec<String> = app.texts_of_school(NORTH_ID)[north_before..]
            .iter()
            .filter(|t| !t.contains("has not been acknowledged by anyone on its route"))
            .cloned()
            .collect();
        assert!(north.is_empty(), "{north:?}");
        // Southgate's Chair was reached before the trust.
        app.south_person("Hilary Penrose").sees(&r);
    }
}

#[tokio::test]
async fn the_trust_report_counts_each_school_and_all_of_them_without_a_name() {
    let app = spawn_trust_with(lead(false)).await;
    report(&app.person("Owen Hartley"), &Report::default()).await;
    for _ in 0..2 {
        report(&app.south_person("Owen Hartley"), &Report::default()).await;
    }
    let day = app.clock.now().date_naive();
    let mut csv = Vec::new();
    haven::reports::trust_concerns(&app.app, day, day, true, &mut csv)
        .await
        .expect("report");
    let csv = String::from_utf8(csv).unwrap();
    for row in ["north,total,all,1", "south,total,all,2", "all,total,all,3"] {
        assert!(csv.lines().any(|l| l == row), "{row} in:\n{csv}");
    }
    assert!(csv.starts_with("school,section,key,count\n"), "{csv}");
    assert!(!csv.contains("Owen") && !csv.contains("Grace"), "{csv}");

    let mut table = Vec::new();
    haven::reports::trust_concerns(&app.app, day, day, false, &mut table)
        .await
        .expect("report");
    let table = String::from_utf8(table).unwrap();
    for heading in [
        "== Northfield Academy ==",
        "== Southgate Academy ==",
        "== All schools ==",
    ] {
        assert!(table.contains(heading), "{heading} in:\n{table}");
    }
}

#[tokio::test]
async fn the_trust_lead_asks_for_the_report_in_chat_and_nobody_else_gets_one() {
    let app = spawn_trust_with(lead(false)).await;
    report(&app.person("Owen Hartley"), &Report::default()).await;
    for _ in 0..2 {
        report(&app.south_person("Owen Hartley"), &Report::default()).await;
    }
    let priya = app.person("Priya Castellane");
    priya.catch_up();
    priya.says("/report").await;
    let got = priya.sees("at every school of the trust (anonymised counts)");
    let text = got.text;
    let blocks: Vec<&str> = text.split("== ").skip(1).collect();
    assert_eq!(blocks.len(), 3, "{text}");
    for (block, (school, total)) in blocks.iter().zip([
        ("Northfield Academy ==", 1),
        ("Southgate Academy ==", 2),
        ("All schools ==", 3),
    ]) {
        assert!(block.starts_with(school), "{block}");
        assert!(block.contains(&format!("• Total: {total}\n")), "{block}");
        assert!(block.contains("Time to acknowledge"), "{block}");
    }
    assert!(!text.contains(ACCOUNT) && !text.contains("Owen"), "{text}");

    priya.says("/report 2026-12-31 2026-01-01").await;
    priya.sees("or /report FROM TO with two dates");

    // In a group, even the lead is refused; so is each school's Head, Chair and DSL.
    let refusal = "there is no report here for you";
    priya.says_in("north-staffroom", "/report").await;
    let group = app.group_messages();
    assert!(
        group.last().is_some_and(|m| m.text.contains(refusal)),
        "{group:?}"
    );
    for p in [
        app.person("Margaret Thornbury"),
        app.south_person("Hilary Penrose"),
        app.south_person("Daniel Okafor"),
        app.person("Sophie Marchbank"),
    ] {
        p.says("/report").await;
        p.sees(refusal);
        p.does_not_see("Total");
    }
}

#[tokio::test]
async fn the_trust_report_counts_each_schools_days_in_its_own_time_zone() {
    // Southgate keeps Tokyo's time: at 20:00 in London on 14 January it is already the 15th.
    let app = spawn_trust_south(lead(false), |s| s.timezone = chrono_tz::Asia::Tokyo).await;
    app.clock.set("2027-01-14T20:00:00Z".parse().unwrap());
    report(&app.person("Owen Hartley"), &Report::default()).await;
    report(&app.south_person("Owen Hartley"), &Report::default()).await;
    let priya = app.person("Priya Castellane");
    priya.catch_up();
    for (period, north, south) in [
        ("2027-01-10 2027-01-14", 1, 0),
        ("2027-01-15 2027-01-20", 0, 1),
    ] {
        priya.says(&format!("/report {period}")).await;
        let text = priya.sees("anonymised counts").text;
        let blocks: Vec<&str> = text.split("== ").skip(1).collect();
        assert!(
            blocks[0].contains(&format!("• Total: {north}\n")),
            "{period}: {text}"
        );
        assert!(
            blocks[1].contains(&format!("• Total: {south}\n")),
            "{period}: {text}"
        );
    }
}
