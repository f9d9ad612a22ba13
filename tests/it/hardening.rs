//! Smaller hardening: sensitive messages are marked for protection from forwarding, settled
//! message bodies are emptied after a week, and wrong link codes are forgotten after 30 days.

use crate::concern::{report, Report};
use crate::support::{spawn_app, TestApp};
use chrono::Duration;
use haven::core::clock::Clock;

fn raw(app: &TestApp) -> rusqlite::Connection {
    rusqlite::Connection::open(app.dir.path().join("haven.db")).expect("raw connection")
}

fn count(app: &TestApp, sql: &str) -> i64 {
    raw(app).query_row(sql, [], |r| r.get(0)).expect("count")
}

#[tokio::test]
async fn a_case_view_is_protected_and_a_receipt_is_not() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let r = report(&josie, &Report::default()).await;
    assert!(!josie.last().protect, "a receipt holds nothing sensitive");
    let daniel = app.person("Daniel Okafor");
    daniel.says(&format!("/case {r}")).await;
    let view = daniel.sees(crate::concern::ACCOUNT);
    assert!(view.protect, "a case view is sent protected");
}

#[tokio::test]
async fn settled_bodies_are_emptied_after_a_week_and_pending_ones_kept() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    report(&josie, &Report::default()).await;
    // What Haven tells a person is sealed and scrubbed once sent; a group's pointer is plain
    // and kept a week, for the delivery record.
    josie.says_in("staffroom", "/concern").await;
    josie.says("/cancel").await;
    let with_body =
        "SELECT COUNT(*) FROM outbox WHERE body_json IS NOT NULL OR body_sealed IS NOT NULL";
    let settled = "SELECT COUNT(*) FROM outbox WHERE status <> 'pending'";
    assert!(count(&app, with_body) > 0);
    let before = count(&app, settled);

    app.advance(Duration::days(6)).await;
    assert!(count(&app, with_body) > 0, "a week has not passed");
    // A message still waiting keeps its body however old it is.
    raw(&app)
        .execute(
            "UPDATE outbox SET status = 'pending', settled_at = NULL, next_attempt_at = '2999-01-01T00:00:00.000000000Z' \
             WHERE id = (SELECT MAX(id) FROM outbox \
             WHERE body_json IS NOT NULL OR body_sealed IS NOT NULL)",
            [],
        )
        .unwrap();
    app.advance(Duration::days(2)).await;
    let week_ago = (app.clock.now() - Duration::days(7))
        .format("%Y-%m-%dT%H:%M:%S%.9fZ")
        .to_string();
    let old_with_body = format!(
        "SELECT COUNT(*) FROM outbox WHERE status <> 'pending' AND settled_at < '{week_ago}' \
         AND (body_json IS NOT NULL OR body_sealed IS NOT NULL)"
    );
    assert_eq!(
        count(&app, &old_with_body),
        0,
        "old settled bodies are emptied"
    );
    let pending = "SELECT COUNT(*) FROM outbox WHERE status = 'pending' \
                   AND (body_json IS NOT NULL OR body_sealed IS NOT NULL)";
    assert_eq!(
        count(&app, pending),
        1,
        "the waiting message keeps its body"
    );
    let rows = count(&app, "SELECT COUNT(*) FROM outbox");
    assert!(rows >= before, "rows are kept, only their bodies emptied");
}

#[tokio::test]
async fn wrong_link_codes_are_forgotten_after_30_days() {
    let app = spawn_app().await;
    let now = app.clock.now();
    let stamp = |days: i64| {
        (now - Duration::days(days))
            .format("%Y-%m-%dT%H:%M:%S%.9fZ")
            .to_string()
    };
    let c = raw(&app);
    for (account, days) in [("old", 31), ("recent", 29)] {
        c.execute(
            "INSERT INTO failed_links (school_id, platform, account_id, at) VALUES (1, 'console', ?1, ?2)",
            [account, &stamp(days)],
        )
        .unwrap();
    }
    app.tick().await;
    let left: Vec<String> = c
        .prepare("SELECT account_id FROM failed_links")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(left, ["recent"]);
}
