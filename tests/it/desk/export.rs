//! Export and transfer of a child protection file on the desk: only the lead DSL gets the print
//! view and the PDF (everyone else, and the subject of a case, get the page a missing case
//! gets), each export is audited, and a transfer and its confirmation of receipt are recorded.

use super::client::*;
use super::desk_app;
use crate::concern::{report, report_about, Report, ACCOUNT, PUPILS};
use crate::support::TestApp;
use haven::core::audit::AuditAction;

const LEAD: &str = "Daniel Okafor";

/// A download: status, content type, disposition and the raw bytes (a PDF is not text).
struct Download {
    status: u16,
    content_type: String,
    disposition: String,
    cache: String,
    bytes: Vec<u8>,
}

/// Sends a request with `b`'s session cookie to the real router and keeps the body as bytes.
async fn download(t: &TestApp, b: &Browser, path: &str, form: Option<&[(&str, &str)]>) -> Download {
    use axum::body::Body;
    use axum::http::Request;
    use tower::ServiceExt;
    let cookie = format!(
        "{}={}",
        haven::web::session::COOKIE,
        b.cookie(haven::web::session::COOKIE).expect("signed in")
    );
    let req = match form {
        None => Request::get(path)
            .header("cookie", cookie)
            .body(Body::empty()),
        Some(form) => {
            let body = form
                .iter()
                .map(|(k, v)| {
                    let v: String = url::form_urlencoded::byte_serialize(v.as_bytes()).collect();
                    format!("{k}={v}")
                })
                .collect::<Vec<_>>()
                .join("&");
            Request::post(path)
                .header("cookie", cookie)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(body))
        }
    };
    let router = haven::web::router(haven::web::WebState::new(t.app.clone()));
    let res = router.oneshot(req.unwrap()).await.expect("answers");
    let header = |name: &str| {
        res.headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    let (status, content_type) = (res.status().as_u16(), header("content-type"));
    let (disposition, cache) = (header("content-disposition"), header("cache-control"));
    let bytes = axum::body::to_bytes(res.into_body(), 1 << 24)
        .await
        .expect("body")
        .to_vec();
    Download {
        status,
        content_type,
        disposition,
        cache,
        bytes,
    }
}

/// The audit actions recorded against case `r`.
async fn audited(t: &TestApp, r: &str) -> Vec<AuditAction> {
    let mut tx = t.store().begin().await.unwrap();
    let trail = tx
        .audit_trail(t.app.ctx.school, &format!("concern:{r}"))
        .await
        .unwrap();
    trail.into_iter().filter_map(|a| a.action).collect()
}

fn count(actions: &[AuditAction], a: AuditAction) -> usize {
    actions.iter().filter(|x| **x == a).count()
}

/// A refused download read as a page (it is one).
/// Where the first form confirming a transfer's receipt on `page` posts to.
fn receipt_action(page: &Page) -> String {
    let at = page
        .body
        .find("/desk/export/transfers/")
        .expect("receipt form");
    let end = page.body[at..].find('"').unwrap();
    page.body[at..at + end].to_string()
}

/// The receiving school's DSL confirms receipt on 18 November, through the form at `action`,
/// returning to case `back`.
async fn confirm_receipt(b: &mut Browser, action: &str, csrf: &str, back: &str) -> Page {
    b.post(
        action,
        &[
            ("csrf", csrf),
            ("confirmed_by", "Wioletta Zawadzka, DSL"),
            ("confirmed_on", "2026-11-18"),
            ("back", back),
        ],
    )
    .await
}

/// Two concerns about Grace Hopper and one about Ada Lovelace, reported by `josie`.
async fn two_about_grace_one_about_ada(
    josie: &crate::support::Person<'_>,
) -> (String, String, String) {
    let first = report(josie, &Report::default()).await;
    let second = report(josie, &Report::default()).await;
    let other = report_about(josie, "Ada Lovelace, Year 6").await;
    (first, second, other)
}

fn as_page(d: Download) -> Page {
    Page {
        status: d.status,
        headers: Default::default(),
        body: String::from_utf8(d.bytes).expect("a refusal is a page"),
    }
}

/// Every way into an export, for one signed-in browser: the answers.
async fn every_export_answer(t: &TestApp, b: &mut Browser, r: &str) -> Vec<Page> {
    let csrf = b.get("/desk").await.field("csrf");
    vec![
        b.get("/desk/export").await,
        b.get(&format!("/desk/export/cases/{r}")).await,
        as_page(download(t, b, &format!("/desk/export/cases/{r}/pdf"), None).await),
        as_page(
            download(
                t,
                b,
                "/desk/export/pupil",
                Some(&[("csrf", &csrf), ("name", "Grace Hopper"), ("format", "pdf")]),
            )
            .await,
        ),
        b.post(
            &format!("/desk/export/cases/{r}/transfer"),
            &[
                ("csrf", &csrf),
                ("receiving_school", "Ysgol Bryn Tawel"),
                ("due_from", "2026-11-16"),
                ("sent_on", "2026-11-17"),
            ],
        )
        .await,
    ]
}

#[tokio::test]
async fn only_the_lead_dsl_exports_a_case_and_every_export_is_audited() {
    let t = desk_app().await;
    let r = report(&t.person("Josie Quennell"), &Report::default()).await;
    // Everyone who may sign in to the desk but the lead DSL.
    for name in super::STAFF_AND_GOVERNORS
        .into_iter()
        .filter(|n| *n != LEAD)
    {
        let mut b = signed_in(&t, &t.person(name)).await;
        let missing = b.get("/desk/cases/C-2099-0999").await;
        for page in every_export_answer(&t, &mut b, &r).await {
            assert_eq!(page.status, 404, "{name}: {}", page.body);
            assert_eq!(page.body, missing.body, "{name}: refused reads as missing");
            assert!(!page.body.contains("Grace"), "{name} saw the pupil");
        }
    }
    assert_eq!(count(&audited(&t, &r).await, AuditAction::ConcernExport), 0);

    let mut b = signed_in(&t, &t.person(LEAD)).await;
    let view = b.get(&format!("/desk/export/cases/{r}")).await;
    assert_eq!(view.status, 200, "{}", view.body);
    assert_eq!(view.header("cache-control"), "no-store");
    for shown in [
        "keep separate from the main pupil file",
        &r,
        PUPILS,
        "Recorded",
        "Refers to",
        "Josie Quennell",
        "Not recorded yet",
        "(if the file is sent today)",
    ] {
        assert!(view.body.contains(shown), "print view lacks {shown}");
    }
    assert!(
        view.body.contains("section class=\"case\""),
        "each case on its own printed page"
    );
    let pdf = download(&t, &b, &format!("/desk/export/cases/{r}/pdf"), None).await;
    assert_eq!(pdf.status, 200);
    assert_eq!(pdf.content_type, "application/pdf");
    assert_eq!(pdf.cache, "no-store");
    assert!(pdf.disposition.contains(&r));
    let doc = lopdf::Document::load_mem(&pdf.bytes).expect("the PDF parses");
    assert_eq!(doc.get_pages().len(), 2, "a cover sheet and the case");
    let actions = audited(&t, &r).await;
    assert_eq!(
        count(&actions, AuditAction::ConcernExport),
        2,
        "{actions:?}"
    );
}

#[tokio::test]
async fn a_transfer_is_recorded_then_its_receipt_confirmed_and_both_are_audited() {
    let t = desk_app().await;
    let r = report(&t.person("Josie Quennell"), &Report::default()).await;
    let mut b = signed_in(&t, &t.person(LEAD)).await;
    let page = b.get(&format!("/desk/export/cases/{r}")).await;
    let csrf = page.field("csrf");
    let refused = b
        .post(
            &format!("/desk/export/cases/{r}/transfer"),
            &[
                ("csrf", "forged"),
                ("receiving_school", "Ysgol Bryn Tawel"),
                ("due_from", "2026-11-16"),
                ("sent_on", "2026-11-17"),
            ],
        )
        .await;
    assert_eq!(refused.status, 400);
    let sent = b
        .post(
            &format!("/desk/export/cases/{r}/transfer"),
            &[
                ("csrf", &csrf),
                ("receiving_school", "Ysgol Bryn Tawel"),
                ("due_from", "2026-11-16"),
                ("sent_on", "2026-11-17"),
            ],
        )
        .await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let page = b.get(&format!("/desk/export/cases/{r}")).await;
    assert!(page.body.contains("Ysgol Bryn Tawel"));
    assert!(page.body.contains("Not confirmed yet"));
    assert!(page.body.contains("16/11/2026"), "counted from");
    let action = receipt_action(&page);
    // Someone else cannot confirm it.
    let mut priya = signed_in(&t, &t.person("Priya Castellane")).await;
    let hers = priya.get("/desk").await;
    assert!(
        !hers.body.contains("href=\"/desk/export\""),
        "a deputy is not offered exports"
    );
    assert!(
        b.get("/desk").await.body.contains("href=\"/desk/export\""),
        "the lead DSL is offered exports in the header"
    );
    let her_csrf = hers.field("csrf");
    let theirs = priya
        .post(
            &action,
            &[
                ("csrf", &her_csrf),
                ("confirmed_by", "Someone"),
                ("confirmed_on", "2026-11-18"),
            ],
        )
        .await;
    assert_eq!(theirs.status, 404);
    let confirmed = confirm_receipt(&mut b, &action, &csrf, &r).await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.body);
    let page = b.get(&format!("/desk/export/cases/{r}")).await;
    assert!(page
        .body
        .contains("By Wioletta Zawadzka, DSL on 18/11/2026"));
    let actions = audited(&t, &r).await;
    assert_eq!(count(&actions, AuditAction::ConcernTransfer), 1);
    assert_eq!(count(&actions, AuditAction::ConcernTransferReceipt), 1);
}

#[tokio::test]
async fn a_pupils_file_holds_the_cases_naming_them_but_never_one_about_the_lead() {
    let t = desk_app().await;
    let josie = t.person("Josie Quennell");
    let (first, second, other) = two_about_grace_one_about_ada(&josie).await;
    let account = format!("{ACCOUNT}. Mr Okafor was there and saw it.");
    let about_the_lead = report(
        &josie,
        &Report {
            account: &account,
            ..Report::default()
        },
    )
    .await;
    let mut b = signed_in(&t, &t.person(LEAD)).await;
    let csrf = b.get("/desk").await.field("csrf");
    let file = b
        .post(
            "/desk/export/pupil",
            &[
                ("csrf", &csrf),
                ("name", "grace hopper"),
                ("format", "html"),
            ],
        )
        .await;
    assert_eq!(file.status, 200, "{}", file.body);
    assert!(file.body.contains(&first) && file.body.contains(&second));
    assert!(!file.body.contains(&other), "another pupil's case");
    assert!(
        !file.body.contains(&about_the_lead),
        "a case about the lead"
    );
    let missing = b.get("/desk/cases/C-2099-0999").await;
    let view = b.get(&format!("/desk/export/cases/{about_the_lead}")).await;
    let pdf = as_page(
        download(
            &t,
            &b,
            &format!("/desk/export/cases/{about_the_lead}/pdf"),
            None,
        )
        .await,
    );
    for page in [view, pdf] {
        assert_eq!(page.status, 404, "the subject exported {about_the_lead}");
        assert_eq!(page.body, missing.body);
    }
    let form = [
        ("csrf", csrf.as_str()),
        ("name", "Grace Hopper"),
        ("format", "pdf"),
    ];
    let pdf = download(&t, &b, "/desk/export/pupil", Some(&form)).await;
    assert_eq!(pdf.content_type, "application/pdf");
    let doc = lopdf::Document::load_mem(&pdf.bytes).expect("the PDF parses");
    assert_eq!(doc.get_pages().len(), 3, "a cover sheet and two cases");
    assert_eq!(
        count(
            &audited(&t, &about_the_lead).await,
            AuditAction::ConcernExport
        ),
        0
    );
    assert_eq!(
        count(&audited(&t, &first).await, AuditAction::ConcernExport),
        2
    );
}

#[tokio::test]
async fn a_transfer_not_confirmed_by_its_deadline_is_flagged_for_the_lead_only() {
    let t = desk_app().await;
    let r = report(&t.person("Josie Quennell"), &Report::default()).await;
    let mut b = signed_in(&t, &t.person(LEAD)).await;
    let start = b.get("/desk/export").await;
    assert!(start.body.contains("None: every transfer was confirmed"));
    let csrf = start.field("csrf");
    let sent = b
        .post(
            &format!("/desk/export/cases/{r}/transfer"),
            &[
                ("csrf", &csrf),
                ("receiving_school", "St Winefride's Primary"),
                ("due_from", "2026-01-05"),
                ("sent_on", "2026-01-06"),
            ],
        )
        .await;
    assert_eq!(sent.status, 303);
    let start = b.get("/desk/export").await;
    assert!(start.body.contains("due by 12/01/2026"), "{}", start.body);
    assert!(start.body.contains(&format!("/desk/export/cases/{r}\"")));
    let file = b.get(&format!("/desk/export/cases/{r}")).await;
    assert!(file
        .body
        .contains("Overdue: the receiving school has not confirmed receipt"));
    let mut priya = signed_in(&t, &t.person("Priya Castellane")).await;
    let hers = priya.get("/desk/export").await;
    assert_eq!(hers.status, 404);
    assert!(!hers.body.contains("St Winefride"));
}

#[tokio::test]
async fn all_of_a_pupils_cases_are_transferred_at_once_and_the_receipt_confirms_them_all() {
    let t = desk_app().await;
    let josie = t.person("Josie Quennell");
    let (first, second, other) = two_about_grace_one_about_ada(&josie).await;
    let mut b = signed_in(&t, &t.person(LEAD)).await;
    let csrf = b.get("/desk").await.field("csrf");
    let file = b
        .post(
            "/desk/export/pupil",
            &[
                ("csrf", &csrf),
                ("name", "Grace Hopper"),
                ("format", "html"),
            ],
        )
        .await;
    assert!(
        file.body.contains("/desk/export/pupil/transfer"),
        "{}",
        file.body
    );
    let transfer = [
        ("csrf", csrf.as_str()),
        ("name", "Grace Hopper"),
        ("receiving_school", "Ysgol Bryn Tawel"),
        ("due_from", "2026-11-16"),
        ("sent_on", "2026-11-17"),
    ];
    let mut forged = transfer;
    forged[0].1 = "forged";
    assert_eq!(
        b.post("/desk/export/pupil/transfer", &forged).await.status,
        400
    );
    let sent = b.post("/desk/export/pupil/transfer", &transfer).await;
    assert_eq!(sent.status, 303, "{}", sent.body);
    let landed = b.get(sent.header("location")).await;
    assert!(
        landed
            .body
            .contains("The transfer of 2 cases to Ysgol Bryn Tawel is recorded."),
        "{}",
        landed.body
    );
    // Shown once (Post/Redirect/Get).
    let again = b.get(sent.header("location")).await;
    assert!(!again.body.contains("The transfer of 2 cases"));

    // Each of the pupil's cases shows the one transfer; the other pupil's case none.
    for r in [&first, &second] {
        let page = b.get(&format!("/desk/export/cases/{r}")).await;
        assert!(page.body.contains("Ysgol Bryn Tawel"), "{r}");
        assert_eq!(
            count(&audited(&t, r).await, AuditAction::ConcernTransfer),
            1
        );
    }
    let page = b.get(&format!("/desk/export/cases/{other}")).await;
    assert!(!page.body.contains("Ysgol Bryn Tawel"));

    // One confirmation of receipt, from the first case's page, confirms the whole transfer.
    let page = b.get(&format!("/desk/export/cases/{first}")).await;
    let action = receipt_action(&page);
    let confirmed = confirm_receipt(&mut b, &action, &csrf, &first).await;
    assert_eq!(confirmed.status, 303, "{}", confirmed.body);
    let page = b.get(&format!("/desk/export/cases/{second}")).await;
    assert!(page
        .body
        .contains("By Wioletta Zawadzka, DSL on 18/11/2026"));
}
