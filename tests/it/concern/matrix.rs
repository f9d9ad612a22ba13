//! The authorisation matrix: every role × every case action, typed and pressed, on a pupil
//! concern (DSL team leading, online safety and IT leads contributing) and on a concern about a
//! member of staff who is a deputy DSL (the Headteacher alone may open it).

use super::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum May {
    /// Everything.
    Lead,
    /// Read and add to the chronology.
    Help,
    /// Nothing, and no sign the case exists.
    No,
}

const ACTIONS: [&str; 7] = ["view", "ack", "note", "review", "status", "close", "hold"];

/// What each action shows when it is allowed.
fn allowed_marker(action: &str) -> &'static [&'static str] {
    match action {
        "view" => &["Case C-"],
        "ack" => &["You have acknowledged", "has already been acknowledged"],
        "note" => &["What are you recording?"],
        "review" => &["1. Are any adults involved"],
        "status" => &["Choose the new status"],
        "close" => &["What is the outcome?"],
        _ => &["Legal hold is on"],
    }
}

fn expected(may: May, action: &str) -> &'static [&'static str] {
    match (may, action) {
        (May::Lead, a) | (May::Help, a @ ("view" | "note")) => allowed_marker(a),
        (May::Help, _) => &["Only the people leading case"],
        (May::No, _) => &[
            "I can't open that case",
            "This button isn't one I can act on",
        ],
    }
}

fn payload(action: &str, r: &str) -> String {
    match action {
        "view" => format!("c.open.{r}"),
        "hold" => format!("c.hold.{r}.on"),
        a => format!("c.{a}.{r}"),
    }
}

async fn check(app: &TestApp, r: &str, table: &[(&str, May)]) {
    for (name, may) in table {
        let p = app.person(name);
        p.says("/language en").await;
        p.says("/cases").await;
        let listed = p.last().text.contains(r);
        assert_eq!(listed, *may != May::No, "{name} /cases for {r}");
        for action in ACTIONS {
            for typed in [true, false] {
                let before = p.received().len();
                if typed {
                    let value = if action == "hold" { " on" } else { "" };
                    p.says(&format!("/case {r} {action}{value}")).await;
                } else {
                    p.presses_payload(&payload(action, r)).await;
                }
                let got: Vec<String> = p.received()[before..]
                    .iter()
                    .map(|m| m.text.clone())
                    .collect();
                let want = expected(*may, action);
                assert!(
                    got.iter().any(|t| want.iter().any(|w| t.contains(w))),
                    "{name} ({may:?}) {action} typed={typed} on {r}: expected one of {want:?}, \
                     got {got:#?}"
                );
                if *may == May::No {
                    assert!(
                        got.iter().all(|t| !t.contains(r)),
                        "{name} learnt of {r}: {got:#?}"
                    );
                }
                p.says("/cancel").await;
            }
        }
    }
}

#[tokio::test]
async fn every_role_and_every_case_action() {
    use May::*;
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let pupil = report(
        &josie,
        &Report {
            categories: &[BULLYING, PASSWORD],
            ..Report::default()
        },
    )
    .await;
    let about_priya = report(
        &josie,
        &Report {
            about: STAFF,
            who: Some("Priya Castellane"),
            ..Report::default()
        },
    )
    .await;

    check(
        &app,
        &pupil,
        &[
            ("Margaret Thornbury", No),
            ("Daniel Okafor", Lead),
            ("Priya Castellane", Lead),
            ("Tomasz Wiśniewski", Help),
            ("Owen Hartley", Help),
            ("Rhian Prydderch", No),
            ("Beverley Ashdown", No),
            ("Josie Quennell", No),
            ("Arthur Delacourt", No),
            ("Hilary Penrose", No),
            ("Marcus Fenwick-Lowe", No),
            ("Emma Whitlow", No),
        ],
    )
    .await;
    check(
        &app,
        &about_priya,
        &[
            ("Margaret Thornbury", Lead),
            ("Daniel Okafor", No),
            ("Priya Castellane", No),
            ("Tomasz Wiśniewski", No),
            ("Owen Hartley", No),
            ("Rhian Prydderch", No),
            ("Beverley Ashdown", No),
            ("Josie Quennell", No),
            ("Arthur Delacourt", No),
            ("Hilary Penrose", No),
            ("Marcus Fenwick-Lowe", No),
            ("Emma Whitlow", No),
        ],
    )
    .await;
}
