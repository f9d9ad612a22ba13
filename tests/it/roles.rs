//! Safeguarding roles need a second person: an import that gives someone a role on a concern
//! route does not give it until the Headteacher or the Chair confirms it in chat; losing such a
//! role is announced; a holder's new chat account is announced.

use crate::concern::{report, who_saw, Report};
use crate::support::{spawn_app, TestApp};
use haven::core::clock::Clock;
use haven::core::store::Kind;

const STAFF: &str = include_str!("../../examples/staff.csv");
const ASK: &str = "Please confirm a safeguarding role";

/// The audit actions about roles, in order.
async fn role_audit(app: &TestApp) -> Vec<String> {
    let path = app.dir.path().join("haven.db");
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    let rows =
        sqlx::query_scalar("SELECT action FROM audit WHERE action LIKE 'role.%' ORDER BY id")
            .fetch_all(&pool)
            .await
            .unwrap();
    pool.close().await;
    rows
}

#[tokio::test]
async fn the_office_cannot_make_a_second_record_of_itself_a_dsl_and_the_head_and_dsls_are_told() {
    let app = spawn_app().await;
    app.import_staff(&format!("{STAFF}STF099,Bev Ashdown (2),dsl;staff,\n"))
        .await;

    let margaret = app.person("Margaret Thornbury");
    let ask = margaret.sees(ASK);
    assert!(
        ask.text.contains("Bev Ashdown (2) (STF099)"),
        "{}",
        ask.text
    );
    assert!(
        ask.text.contains("Designated Safeguarding Lead"),
        "{}",
        ask.text
    );
    let labels: Vec<&str> = ask.buttons.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, ["Confirm", "Refuse"]);
    app.person("Hilary Penrose").sees(ASK);
    for dsl in ["Daniel Okafor", "Priya Castellane"] {
        app.person(dsl)
            .sees("the school's directory now gives Bev Ashdown (2) (STF099) the role");
    }
    let beverley = app.person("Beverley Ashdown");
    assert!(beverley.received().iter().all(|m| !m.text.contains(ASK)));

    // The office links the second record to another account of its own.
    let code = app.issue_code("STF099").await;
    let second = app.stranger("bev-second-phone");
    second.says(&format!("/link {code}")).await;
    second.says("/whoami").await;
    let me = second.sees("You are Bev Ashdown (2).");
    assert!(me.text.contains("Roles: staff\n"), "{}", me.text);

    // Neither the new record nor the office can confirm it.
    for who in [&second, &beverley] {
        who.presses_payload("role.ok.1").await;
        who.sees("That button belongs to an earlier message");
    }
    let r = report(&app.person("Josie Quennell"), &Report::default()).await;
    assert!(!who_saw(&app, &r).contains("bev-second-phone"));
    second.says("/cases").await;
    assert!(second.received().iter().all(|m| !m.text.contains(&r)));

    margaret.presses("Refuse").await;
    margaret.sees("Margaret Thornbury refused the role");
    app.person("Hilary Penrose").sees(
        "Margaret Thornbury refused the role “Designated Safeguarding Lead” for Bev Ashdown (2)",
    );
    margaret.presses_payload("role.ok.1").await;
    margaret.sees("That button belongs to an earlier message");
    second.says("/whoami").await;
    assert!(second.last().text.contains("Roles: staff\n"));
    assert_eq!(
        role_audit(&app).await,
        ["role.bootstrap", "role.request", "role.refuse"]
    );
}

#[tokio::test]
async fn a_role_confirmed_by_the_head_takes_effect() {
    let app = spawn_app().await;
    let owen_dsl = STAFF.replace(
        "STF006,Owen Hartley,staff;it_lead",
        "STF006,Owen Hartley,staff;it_lead;dsl",
    );
    app.import_staff(&owen_dsl).await;
    let owen = app.person("Owen Hartley");
    owen.says("/whoami").await;
    assert!(!owen.last().text.contains("Designated Safeguarding Lead"));
    let josie = app.person("Josie Quennell");
    let before = report(&josie, &Report::default()).await;
    assert!(!who_saw(&app, &before).contains("Owen Hartley"));

    // Re-importing the same file does not ask again.
    app.import_staff(&owen_dsl).await;
    let margaret = app.person("Margaret Thornbury");
    let asks = margaret
        .received()
        .iter()
        .filter(|m| m.text.contains(ASK))
        .count();
    assert_eq!(asks, 1);

    margaret.presses("Confirm").await;
    margaret.sees("Margaret Thornbury confirmed the role “Designated Safeguarding Lead” for Owen Hartley (STF006)");
    owen.sees("You now hold the role “Designated Safeguarding Lead” in Haven.");
    owen.says("/whoami").await;
    owen.sees("Designated Safeguarding Lead");
    let after = report(&josie, &Report::default()).await;
    let saw = who_saw(&app, &after);
    assert!(
        saw.contains("Owen Hartley"),
        "now on the DSL route: {saw:?}"
    );
    let audit = role_audit(&app).await;
    assert_eq!(audit[1..], ["role.request", "role.confirm"]);
}

#[tokio::test]
async fn the_head_cannot_confirm_their_own_role_only_the_chair_can() {
    let app = spawn_app().await;
    let staff = STAFF.replace("headteacher;slt", "headteacher;slt;dsl");
    app.import_staff(&staff).await;
    let margaret = app.person("Margaret Thornbury");
    assert!(margaret.received().iter().all(|m| !m.text.contains(ASK)));
    margaret.presses_payload("role.ok.1").await;
    margaret.sees("That button belongs to an earlier message");
    let hilary = app.person("Hilary Penrose");
    hilary.sees(ASK);
    hilary.presses("Confirm").await;
    margaret.sees("You now hold the role “Designated Safeguarding Lead”");
}

#[tokio::test]
async fn losing_a_safeguarding_role_or_leaving_with_one_is_announced() {
    let app = spawn_app().await;
    let without_priya_role = STAFF.replace("deputy_dsl;staff", "staff");
    app.import_staff(&without_priya_role).await;
    app.person("Priya Castellane")
        .sees("You no longer hold deputy DSL in Haven");
    for told in ["Margaret Thornbury", "Hilary Penrose", "Daniel Okafor"] {
        app.person(told)
            .sees("Priya Castellane (STF003) no longer holds deputy DSL in Haven");
    }

    let without_owen: String = without_priya_role
        .lines()
        .filter(|l| !l.starts_with("STF006"))
        .map(|l| format!("{l}\n"))
        .collect();
    app.import_staff(&without_owen).await;
    app.person("Margaret Thornbury")
        .sees("Owen Hartley (STF006), who held IT lead, has been marked as a leaver");
    app.person("Daniel Okafor")
        .sees("Owen Hartley (STF006), who held IT lead");
    let audit = role_audit(&app).await;
    assert_eq!(audit[1..], ["role.removed", "role.leaver"]);
}

#[tokio::test]
async fn a_dsl_linking_a_new_account_is_announced_to_their_old_one_and_the_dsl_team() {
    let app = spawn_app().await;
    let code = app.issue_code("STF002").await;
    let phone = app.stranger("daniel-new-phone");
    phone.says(&format!("/link {code}")).await;
    // Same platform: the old account must agree first.
    let daniel = app.person("Daniel Okafor");
    daniel.presses("Yes, move me").await;
    daniel.sees("Your record has been moved to another");
    app.person("Priya Castellane")
        .sees("Daniel Okafor has linked a new Console account to Haven.");
}

/// Imports `staff` as `haven import staff --allow-leavers` does.
async fn import_allowing_leavers(
    app: &TestApp,
    staff: &str,
) -> Result<haven::roster::ImportReport, haven::roster::Refusal> {
    let options = haven::roster::ImportOptions {
        allow_leavers: true,
        ..Default::default()
    };
    let r = haven::roster::import_with(
        app.store().as_ref(),
        app.app.ctx.school,
        Kind::Staff,
        staff.as_bytes(),
        app.clock.now(),
        &options,
    )
    .await
    .unwrap();
    app.deliver().await;
    r
}

/// The example staff file with the rows starting with `drop` left out and `edits` applied.
fn staff_without(drop: &[&str], edits: &[(&str, &str)]) -> String {
    let mut s: String = STAFF
        .lines()
        .filter(|l| drop.iter().all(|d| !l.starts_with(d)))
        .map(|l| format!("{l}\n"))
        .collect();
    for (from, to) in edits {
        s = s.replace(from, to);
    }
    s
}

#[tokio::test]
async fn the_office_cannot_empty_the_school_of_leads_and_then_bootstrap_a_dsl_of_its_own() {
    let app = spawn_app().await;
    // Step A: drop the Head and the Chair, strip the DSLs; even with --allow-leavers.
    let emptied = staff_without(
        &["STF001", "GOV001"],
        &[
            ("dsl;slt;staff", "slt;staff"),
            ("deputy_dsl;staff", "staff"),
        ],
    );
    let refused = import_allowing_leavers(&app, &emptied).await;
    let Err(haven::roster::Refusal::NoLeads(would)) = refused else {
        panic!("refused for want of leads: {refused:?}");
    };
    assert_eq!(would.summary.left, 2, "it says what it would do");
    let daniel = app.person("Daniel Okafor");
    daniel.says("/whoami").await;
    daniel.sees("Designated Safeguarding Lead");
    for who in ["Margaret Thornbury", "Hilary Penrose", "Priya Castellane"] {
        app.person(who).does_not_see("no longer");
    }

    // Step B: a second record of the office as DSL waits for the Head, as any later import.
    app.import_staff(&format!("{STAFF}STF099,Bev Ashdown (2),dsl;staff,\n"))
        .await;
    app.person("Margaret Thornbury").sees(ASK);
    let code = app.issue_code("STF099").await;
    let second = app.stranger("bev-second-phone");
    second.says(&format!("/link {code}")).await;
    second.says("/whoami").await;
    assert!(second.last().text.contains("Roles: staff\n"));
    let r = report(&app.person("Josie Quennell"), &Report::default()).await;
    assert!(!who_saw(&app, &r).contains("bev-second-phone"));
    assert_eq!(role_audit(&app).await, ["role.bootstrap", "role.request"]);
}

#[tokio::test]
async fn the_leads_as_they_were_before_an_import_hear_what_it_took_away() {
    let app = spawn_app().await;
    let stripped = staff_without(
        &["GOV001"],
        &[
            ("dsl;slt;staff", "slt;staff"),
            ("deputy_dsl;staff", "staff"),
        ],
    );
    import_allowing_leavers(&app, &stripped).await.unwrap();
    let daniel = app.person("Daniel Okafor");
    daniel.sees("You no longer hold Designated Safeguarding Lead in Haven");
    // Daniel no longer holds a role, but held one before the import: he hears of the others.
    daniel.sees("Priya Castellane (STF003) no longer holds deputy DSL");
    daniel.sees("Hilary Penrose (GOV001), who held");
    let priya = app.person("Priya Castellane");
    priya.sees("Daniel Okafor (STF002) no longer holds Designated Safeguarding Lead");
    priya.sees("You no longer hold deputy DSL in Haven");
    // The Chair has left: she is told on her own account.
    app.person("Hilary Penrose")
        .sees("You have been marked as a leaver in the school's directory");
    let margaret = app.person("Margaret Thornbury");
    margaret.sees("Daniel Okafor (STF002) no longer holds");

    // A DSL added now waits for the Head; the old DSLs are not asked and nothing bootstraps.
    app.import_staff(&format!("{stripped}STF099,Bev Ashdown (2),dsl;staff,\n"))
        .await;
    margaret.sees(ASK);
    daniel.does_not_see(ASK);
    let audit = role_audit(&app).await;
    assert_eq!(audit.iter().filter(|a| *a == "role.bootstrap").count(), 1);
    assert_eq!(audit.last().map(String::as_str), Some("role.request"));
}
