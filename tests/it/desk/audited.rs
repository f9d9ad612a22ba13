//! Every desk page is audited, not only case pages and exports: the open and closed lists, a
//! search, the access log and the governors' dashboard each leave a record of who looked and
//! when, and none of those records carries case content or what was typed into a search.

use super::client::*;
use super::desk_app;
use crate::concern::{report, Report};
use crate::support::TestApp;
use haven::core::audit::AuditAction;

/// Who (whether anyone) did what under `subject`.
async fn trail(t: &TestApp, subject: &str) -> Vec<Option<AuditAction>> {
    let mut tx = t.store().begin().await.unwrap();
    let rows = tx.audit_trail(t.app.ctx.school, subject).await.unwrap();
    assert!(
        rows.iter().all(|r| r.actor.is_some()),
        "{subject}: by someone"
    );
    rows.into_iter().map(|r| r.action).collect()
}

/// Every stored audit subject, as written.
fn subjects(t: &TestApp) -> Vec<String> {
    let c = rusqlite::Connection::open(t.dir.path().join("haven.db")).unwrap();
    let mut q = c.prepare("SELECT subject FROM audit ORDER BY id").unwrap();
    let rows = q.query_map([], |r| r.get(0)).unwrap();
    rows.map(Result::unwrap).collect()
}

#[tokio::test]
async fn lists_search_the_access_log_and_the_dashboard_are_audited_without_case_content() {
    let t = desk_app().await;
    let r = report(&t.person("Josie Quennell"), &Report::default()).await;
    let mut b = signed_in(&t, &t.person("Daniel Okafor")).await;
    for (path, subject) in [
        ("/desk", "desk:open"),
        ("/desk/closed", "desk:closed"),
        ("/desk/access", "desk:access"),
    ] {
        assert!(trail(&t, subject).await.is_empty(), "{subject} before");
        assert_eq!(b.get(path).await.status, 200, "{path}");
        assert_eq!(trail(&t, subject).await, vec![Some(AuditAction::DeskView)]);
    }

    // Searches by pupil and by reference: recorded as searches, nothing typed kept.
    assert!(trail(&t, "desk:search").await.is_empty());
    let by_pupil = b.get("/desk/search?pupil=Grace").await;
    assert!(by_pupil.body.contains(&r), "found: {}", by_pupil.body);
    b.get(&format!("/desk/search?reference={r}")).await;
    assert_eq!(
        trail(&t, "desk:search").await,
        vec![Some(AuditAction::DeskSearch); 2]
    );
    // An empty search form is not a search.
    b.get("/desk/search").await;
    assert_eq!(trail(&t, "desk:search").await.len(), 2);

    // The dashboard, for the Headteacher.
    let mut head = signed_in(&t, &t.person("Margaret Thornbury")).await;
    assert_eq!(head.get("/desk/dashboard").await.status, 200);
    let all = subjects(&t);
    assert!(
        all.iter().any(|s| s.starts_with("dashboard:")),
        "the dashboard view: {all:?}"
    );
    for s in &all {
        assert!(!s.contains("Grace"), "no pupil's name in the audit: {s}");
        if s.starts_with("desk:") || s.starts_with("dashboard:") {
            assert!(!s.contains(&r), "no reference in a page's record: {s}");
        }
    }
}
