//! The governors' dashboard on the desk: the Headteacher, the Chair and the safeguarding
//! governor see it, everyone else gets "not found"; numbers fewer than 5 never appear, and each
//! view is audited.

use super::client::*;
use super::desk_app;
use crate::concern::{report, Report, PASSWORD};
use haven::core::audit::AuditAction;

const MAY_SEE: [&str; 3] = [
    "Margaret Thornbury",
    "Hilary Penrose",
    "Marcus Fenwick-Lowe",
];
#[tokio::test]
async fn governors_see_counts_with_small_numbers_suppressed_and_no_one_else_sees_them() {
    let t = desk_app().await;
    let josie = t.person("Josie Quennell");
    // Six bullying concerns (conduct) and one compromised password (data and security).
    for _ in 0..6 {
        report(&josie, &Report::default()).await;
    }
    report(
        &josie,
        &Report {
            categories: &[PASSWORD],
            ..Report::default()
        },
    )
    .await;
    for name in super::STAFF_AND_GOVERNORS
        .into_iter()
        .filter(|n| !MAY_SEE.contains(n))
    {
        let mut b = signed_in(&t, &t.person(name)).await;
        let missing = b.get("/desk/cases/C-2099-0999").await;
        let page = b.get("/desk/dashboard").await;
        assert_eq!(page.status, 404, "{name}");
        assert_eq!(page.body, missing.body, "{name}");
        assert!(
            !missing.body.contains("href=\"/desk/dashboard\""),
            "{name} is not offered the dashboard"
        );
    }
    for name in MAY_SEE {
        let mut b = signed_in(&t, &t.person(name)).await;
        let page = b.get("/desk/dashboard").await;
        assert_eq!(page.status, 200, "{name}: {}", page.body);
        assert_eq!(page.header("cache-control"), "no-store");
        let open = b.get("/desk").await;
        assert!(
            open.body.contains("href=\"/desk/dashboard\""),
            "{name} is offered the dashboard in the header"
        );
        let body = &page.body;
        assert!(
            body.contains("<dd class=\"total\">7</dd>"),
            "the total: {body}"
        );
        // The single data incident is "fewer than 5", and the six conduct concerns are hidden
        // with it, so the 1 cannot be worked out from the total of 7.
        assert!(
            body.contains("data-cell=\"fewer-than-5\">fewer than 5<"),
            "{body}"
        );
        assert!(body.contains("data-cell=\"hidden\">hidden<"), "{body}");
        for small in 1..5 {
            assert!(
                !body.contains(&format!("data-cell=\"count\">{small}<")),
                "{name} sees a count of {small}"
            );
        }
        assert!(body.contains("<svg"), "charts");
        assert!(body.contains("role=\"img\""), "charts are labelled images");
        assert!(!body.contains("Grace"), "no names");
    }
    let mut tx = t.store().begin().await.unwrap();
    let to = t
        .app
        .ctx
        .settings
        .school_time()
        .local_date(t.app.ctx.clock.now());
    let from = chrono::NaiveDate::from_ymd_opt(
        if chrono::Datelike::month(&to) >= 9 {
            chrono::Datelike::year(&to)
        } else {
            chrono::Datelike::year(&to) - 1
        },
        9,
        1,
    )
    .unwrap();
    let trail = tx
        .audit_trail(t.app.ctx.school, &format!("dashboard:{from}..{to}"))
        .await
        .unwrap();
    let views = trail
        .iter()
        .filter(|a| a.action == Some(AuditAction::ConcernExport))
        .count();
    assert_eq!(views, MAY_SEE.len(), "each view audited, refusals not");
}
