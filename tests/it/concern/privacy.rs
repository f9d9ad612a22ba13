//! Privacy: the subject of a concern never learns of it, the roster admin never opens one,
//! forged references and buttons reveal nothing, and nothing sensitive reaches the logs or the
//! database file unencrypted.

use super::cases::audit;
use super::*;
use chrono::Duration;
use haven::delivery::SendError;

const REFUSED: &str = "I can't open that case. Either there is no such case, or it isn't one you can open. References look like C-2026-0042.";
const BUTTON_REFUSED: &str = "Sorry, I can't do that. This button isn't one I can act on for you.";

#[tokio::test]
async fn a_staff_subject_who_is_also_a_dsl_sees_nothing_at_all() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let r = report(
        &josie,
        &Report {
            about: STAFF,
            who: Some("Mr Okafor"),
            danger: true,
            ..Report::default()
        },
    )
    .await;
    let daniel = app.person("Daniel Okafor");
    // The urgent alert waited for his name and went around him.
    assert!(daniel.received().is_empty(), "{:?}", daniel.received());

    daniel.says("/cases").await;
    daniel.sees("There are no open cases for you.");
    for typed in [
        format!("/case {r}"),
        format!("/case {r} ack"),
        "/case C-2026-0999".into(),
    ] {
        daniel.says(&typed).await;
        assert_eq!(daniel.last().text, REFUSED, "{typed}");
    }
    for pressed in [
        format!("c.open.{r}"),
        format!("c.ack.{r}"),
        "c.open.C-2026-0999".into(),
    ] {
        daniel.presses_payload(&pressed).await;
        assert_eq!(daniel.last().text, BUTTON_REFUSED, "{pressed}");
    }
    app.advance(Duration::days(3)).await;
    assert!(
        daniel.received().iter().all(|m| !m.text.contains(&r)),
        "the subject never sees the reference"
    );
    assert!(
        who_saw(&app, &r).contains("Hilary Penrose"),
        "escalated past the Head"
    );
    let margaret = app.person("Margaret Thornbury");
    margaret.says(&format!("/case {r}")).await;
    let view = margaret.sees(&format!("Case {r}"));
    assert!(
        view.buttons.iter().any(|b| b.label == "Acknowledge"),
        "Daniel changed nothing"
    );
    let refused = audit(&app, &format!("concern:{r}")).await;
    assert!(refused.iter().filter(|a| *a == "concern.refused").count() >= 4);
}

#[tokio::test]
async fn the_roster_admin_may_report_but_never_open_a_concern_whatever_roles_they_give_themselves()
{
    let app = spawn_app().await;
    let beverley = app.person("Beverley Ashdown");
    let own = report(&beverley, &Report::default()).await;
    beverley.says(&format!("/case {own}")).await;
    assert_eq!(beverley.last().text, REFUSED);

    // The office re-imports the staff list, making Beverley a DSL too.
    let staff = include_str!("../../../examples/staff.csv")
        .replace("roster_admin;staff", "roster_admin;dsl;staff");
    app.import_staff(&staff).await;
    beverley.catch_up();
    let r = report(&app.person("Josie Quennell"), &Report::default()).await;
    beverley.sees_nothing_new();
    beverley.says("/cases").await;
    beverley.sees("There are no open cases for you.");
    beverley.says(&format!("/case {r}")).await;
    assert_eq!(beverley.last().text, REFUSED);
    beverley.presses_payload(&format!("c.open.{r}")).await;
    assert_eq!(beverley.last().text, BUTTON_REFUSED);
    app.advance(Duration::days(3)).await;
    assert!(beverley.received().iter().all(|m| !m.text.contains(&r)));
}

#[tokio::test]
async fn forged_references_and_buttons_are_refused_politely_and_change_nothing() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let not_his = report(
        &josie,
        &Report {
            about: STAFF,
            who: Some("Owen Hartley"),
            ..Report::default()
        },
    )
    .await;
    let daniel = app.person("Daniel Okafor");
    for typed in [
        format!("/case {not_his}"),
        format!("/case {not_his} close"),
        "/case C-2026-0999".into(),
        "/case 42".into(),
        "/case C-2026-0001'; DROP TABLE concerns".into(),
    ] {
        daniel.says(&typed).await;
        assert_eq!(daniel.last().text, REFUSED, "{typed}");
    }
    daniel.says("/case").await;
    daniel.sees("Use /case followed by a reference");
    for pressed in [
        format!("c.ack.{not_his}"),
        format!("c.st.{not_his}.closed"),
        format!("c.hold.{not_his}.on"),
        format!("c.zap.{not_his}"),
        "c.ack.C-2026-0999".into(),
        "c.open".into(),
        "c.".into(),
        "c.open.not-a-ref".into(),
    ] {
        daniel.presses_payload(&pressed).await;
        assert_eq!(daniel.last().text, BUTTON_REFUSED, "{pressed}");
    }
    josie.catch_up();
    josie.does_not_see("has been read");
    let margaret = app.person("Margaret Thornbury");
    margaret.says(&format!("/case {not_his}")).await;
    let view = margaret.sees(&format!("Case {not_his}"));
    assert!(view.text.contains("Legal hold: off") && view.text.contains("· Open"));
    assert!(view.buttons.iter().any(|b| b.label == "Acknowledge"));
}

#[tokio::test]
async fn nothing_sensitive_reaches_the_logs_the_alerts_or_the_database_file() {
    let (logs, _guard) = crate::support::logs::capture();
    let app = spawn_app().await;
    app.chat.fail_next(
        Address::Private("Priya Castellane".into()),
        SendError::Unreachable("blocked the bot".into()),
    );
    let josie = app.person("Josie Quennell");
    let r = report(
        &josie,
        &Report {
            danger: true,
            categories: &[NUDES, PASSWORD],
            ..Report::default()
        },
    )
    .await;
    let daniel = app.person("Daniel Okafor");
    daniel.says(&format!("/case {r}")).await;
    daniel.says(&format!("/case {r} note")).await;
    daniel.presses("Decision").await;
    daniel.says("Told Grace's mother about the gamer").await;
    daniel.says("Mother will unplug the PlayStation").await;
    daniel.presses("Now").await;
    daniel.presses("Submit").await;
    app.advance(Duration::hours(2)).await;
    daniel.says(&format!("/case {r}")).await;

    let secrets = [ACCOUNT, PUPILS, "Grace", "gamer", "PlayStation"];
    let logged = logs.text();
    assert!(
        logged.contains("delivery failed for good"),
        "the logs were captured"
    );
    for s in secrets {
        assert!(!logged.contains(s), "{s:?} was logged");
    }
    // The only messages with details: the reporter's own review, and case views to the DSL.
    for m in app.chat.received() {
        if secrets.iter().any(|s| m.text.contains(s)) {
            let ok = (m.address == Address::Private("Josie Quennell".into())
                && m.text.starts_with("Please check your concern report"))
                || (m.address == Address::Private("Daniel Okafor".into())
                    && (m.text.starts_with(&format!("Case {r}"))
                        || m.text.starts_with("Please check your chronology entry")));
            assert!(ok, "details leaked to {:?}: {}", m.address, m.text);
        }
    }
    // At rest, everything sensitive is sealed.
    let mut bytes = Vec::new();
    for file in ["haven.db", "haven.db-wal"] {
        if let Ok(b) = std::fs::read(app.dir.path().join(file)) {
            bytes.extend(b);
        }
    }
    assert!(bytes.len() > 10_000, "read the database");
    for s in secrets {
        let found = bytes.windows(s.len()).any(|w| w == s.as_bytes());
        assert!(!found, "{s:?} is stored unencrypted");
    }
    let removed = app.chat.removed();
    let from_josie = removed
        .iter()
        .filter(|(a, _)| *a == Address::Private("Josie Quennell".into()))
        .count();
    assert_eq!(
        from_josie, 2,
        "her pupils and her account are removed from the chat"
    );
}
