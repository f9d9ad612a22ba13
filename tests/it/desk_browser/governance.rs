//! The governors' dashboard and the child protection file, in the browser: the Head sees
//! counts with every number under 5 suppressed, and nobody's name; the lead DSL exports a
//! pupil's file by keyboard, prints it (the browser's own print to PDF), and the export shows in
//! the case's access log; the deputy cannot export.

use super::{sign_in_with_keyboard, site, Site};
use crate::concern::{report, Report, ACCOUNT, PASSWORD};
use crate::support::browser::{self, Browser};
use fantoccini::wd::PrintConfiguration;

async fn signed_in(s: &Site, name: &str) -> Option<Browser> {
    let link = s.ask_link(&s.t.person(name)).await;
    let b = browser::open().await?;
    b.visit(&link).await;
    sign_in_with_keyboard(&b).await;
    Some(b)
}

#[tokio::test]
async fn the_head_sees_the_dashboard_with_small_counts_suppressed() {
    let s = site().await;
    let josie = s.t.person("Josie Quennell");
    // Six bullying concerns (conduct) and one compromised password (data and security).
    for _ in 0..6 {
        report(&josie, &Report::default()).await;
    }
    let password = Report {
        categories: &[PASSWORD],
        ..Report::default()
    };
    report(&josie, &password).await;

    let Some(b) = signed_in(&s, "Margaret Thornbury").await else {
        return;
    };
    b.visit(&format!("{}/desk/dashboard", s.url)).await;
    let page = b.text().await;
    assert!(page.contains("Governors' dashboard"), "{page}");
    assert_eq!(b.find("dd.total").await.text().await.unwrap(), "7");
    assert!(page.contains("fewer than 5"), "{page}");
    assert!(page.contains("hidden"), "{page}");
    let counts = b.all("[data-cell='count']").await;
    for cell in counts {
        let n: u32 = cell.text().await.unwrap().trim().parse().expect("a count");
        assert!(n == 0 || n >= 5, "a count of {n} is shown");
    }
    assert!(!b.all("svg[role='img']").await.is_empty(), "charts");
    for name in ["Grace", "Josie", "Quennell"] {
        assert!(!page.contains(name), "{name} on the dashboard");
    }
    b.screenshot("desk-dashboard").await;
    drop(b);

    let daniel = signed_in(&s, "Daniel Okafor").await.expect("ran above");
    daniel.visit(&format!("{}/desk/dashboard", s.url)).await;
    let refused = daniel.text().await;
    assert!(refused.contains("Case not found"), "{refused}");
    assert!(!refused.contains("fewer than 5"), "{refused}");
}

#[tokio::test]
async fn the_lead_exports_a_pupils_file_prints_it_and_the_export_is_in_the_access_log() {
    let s = site().await;
    let reference = report(&s.t.person("Josie Quennell"), &Report::default()).await;

    let Some(priya) = signed_in(&s, "Priya Castellane").await else {
        return;
    };
    priya
        .visit(&format!("{}/desk/export/cases/{reference}", s.url))
        .await;
    let refused = priya.text().await;
    assert!(refused.contains("Case not found"), "{refused}");
    assert!(!refused.contains(ACCOUNT), "{refused}");
    drop(priya);

    let b = signed_in(&s, "Daniel Okafor").await.expect("ran above");
    b.visit(&format!("{}/desk/export", s.url)).await;
    b.tab_to("Pupil's name", 20).await;
    b.type_text("Grace Hopper").await;
    b.tab_to("Show the file", 5).await;
    b.enter().await;
    let file = b.text().await;
    assert!(file.contains("Child protection file"), "{file}");
    assert!(file.contains(&reference), "{file}");
    assert!(file.contains(ACCOUNT), "{file}");
    b.screenshot("desk-export").await;

    // Printed by the browser: a cover sheet and a page for the case.
    let pdf = b
        .client
        .print(PrintConfiguration::default())
        .await
        .expect("printed");
    assert!(pdf.starts_with(b"%PDF"), "a PDF");
    let text = String::from_utf8_lossy(&pdf);
    let pages = ["/Type /Page\n", "/Type /Page ", "/Type /Page>"]
        .iter()
        .map(|p| text.matches(p).count())
        .sum::<usize>();
    assert!(pages >= 2, "{pages} printed pages");

    b.visit(&format!("{}/desk/access", s.url)).await;
    let log = b.text().await;
    let exported: Vec<&str> = log.lines().filter(|l| l.contains("Exported")).collect();
    assert!(
        exported
            .iter()
            .any(|l| l.contains("Daniel Okafor") && l.contains(&reference)),
        "{log}"
    );
}
