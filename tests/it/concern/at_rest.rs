//! At rest, without the key: a database full of concerns, dumped table by table, gives away no
//! name or narrative a reporter typed, no category, and no pair of who reported whom.

use super::*;
use rusqlite::types::ValueRef;

/// Every row of every table, as text, one line a row.
fn dump(app: &TestApp) -> String {
    let c = rusqlite::Connection::open(app.dir.path().join("haven.db")).expect("raw connection");
    let tables: Vec<String> = c
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let mut out = String::new();
    for table in tables {
        let mut stmt = c.prepare(&format!("SELECT * FROM \"{table}\"")).unwrap();
        let n = stmt.column_count();
        let mut rows = stmt.query([]).unwrap();
        while let Some(row) = rows.next().unwrap() {
            out.push_str(&table);
            for i in 0..n {
                out.push('|');
                match row.get_ref(i).unwrap() {
                    ValueRef::Null => out.push_str("NULL"),
                    ValueRef::Integer(v) => out.push_str(&v.to_string()),
                    ValueRef::Real(v) => out.push_str(&v.to_string()),
                    ValueRef::Text(t) | ValueRef::Blob(t) => {
                        out.push_str(&String::from_utf8_lossy(t))
                    }
                }
            }
            out.push('\n');
        }
    }
    out
}

/// The rows of `table` that have a value in any of `columns`.
fn plain_in(app: &TestApp, table: &str, columns: &[&str]) -> i64 {
    let c = rusqlite::Connection::open(app.dir.path().join("haven.db")).expect("raw connection");
    let filter = columns
        .iter()
        .map(|c| format!("{c} IS NOT NULL"))
        .collect::<Vec<_>>()
        .join(" OR ");
    c.query_row(
        &format!("SELECT COUNT(*) FROM {table} WHERE {filter}"),
        [],
        |r| r.get(0),
    )
    .unwrap()
}

#[tokio::test]
async fn without_the_key_a_database_full_of_concerns_gives_away_no_name_story_category_or_pair() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let owen = app.person("Owen Hartley");
    report(&josie, &Report::default()).await;
    let about_dsl = report(
        &josie,
        &Report {
            about: STAFF,
            who: Some("Mr Okafor"),
            danger: true,
            categories: &[NUDES],
            ..Report::default()
        },
    )
    .await;
    report(
        &owen,
        &Report {
            about: HEAD,
            who: None,
            categories: &[DEVICE],
            ..Report::default()
        },
    )
    .await;
    // An urgent form left open, and case work: opened and acknowledged.
    josie.says("/concern").await;
    josie.presses(PUPIL).await;
    josie.presses("Yes").await;
    let margaret = app.person("Margaret Thornbury");
    margaret.says(&format!("/case {about_dsl}")).await;
    margaret.says(&format!("/case {about_dsl} ack")).await;
    margaret.sees("You have acknowledged");
    app.tick().await;

    let dump = dump(&app);
    assert!(dump.contains("Josie Quennell"), "the directory is read");
    let bytes = app.db_bytes();
    for secret in [
        ACCOUNT,
        PUPILS,
        "Mr Okafor",
        "d_bully",
        "d_nudes",
        "s_device",
        "concern-receipt",
        "concern-alert",
    ] {
        assert!(!dump.contains(secret), "{secret:?} is in a table");
        assert!(
            !bytes.windows(secret.len()).any(|w| w == secret.as_bytes()),
            "{secret:?} is in the file"
        );
    }
    // Nothing that names who reported, who it is about, what kind or how it ended is plain.
    let checks: &[(&str, &[&str])] = &[
        (
            "concerns",
            &[
                "reporter_id",
                "about",
                "categories",
                "place",
                "occurred_at",
                "draft_ref",
                "outcome",
                "acknowledged_by",
            ],
        ),
        (
            "concern_entries",
            &["kind", "author_id", "agency", "status", "outcome"],
        ),
        ("concern_urgent_drafts", &["reporter_id"]),
        ("concern_subjects", &["person_id"]),
        ("concern_alerts", &["person_id", "level"]),
    ];
    for (table, columns) in checks {
        assert_eq!(plain_in(&app, table, columns), 0, "{table} {columns:?}");
    }
    let c = rusqlite::Connection::open(app.dir.path().join("haven.db")).unwrap();
    let concern_audit: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM audit WHERE subject LIKE 'concern:%' OR subject LIKE 'draft:%' \
             OR (subject = 'sealed' AND actor_id IS NOT NULL)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(concern_audit, 0, "who did what to which case is sealed");
    let settled_with_reporter: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM outbox WHERE status <> 'pending' AND report_to IS NOT NULL",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        settled_with_reporter, 0,
        "a delivered alert no longer names whom to tell on failure"
    );
    let sealed_audit: i64 = c
        .query_row(
            "SELECT COUNT(*) FROM audit WHERE subject = 'sealed'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(sealed_audit >= 5, "{sealed_audit}");

    // With the key, everything is still there.
    assert!(cases::audit(&app, &format!("concern:{about_dsl}"))
        .await
        .contains(&"concern.view".to_string()));
    let mut tx = app.store().begin().await.unwrap();
    let r = haven::core::concern::reference::ConcernRef::parse(&about_dsl).unwrap();
    let c = tx
        .concerns()
        .concern_by_ref(app.app.ctx.school, r)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(c.categories.len(), 1);
    assert!(!c.subjects.is_empty());
}
