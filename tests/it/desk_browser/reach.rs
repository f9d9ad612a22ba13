//! Who cannot reach a case by its address: a member of staff, the roster admin, and the
//! person the case is about (here the DSL himself), each signed in, get the page a case that
//! does not exist gets, and the refusal shows in the lead's access log; the leads open it.

use super::{sign_in_with_keyboard, site, Site};
use crate::concern::{report, Report, ACCOUNT, STAFF};
use crate::support::browser::{self, Browser};

/// `name`'s browser, signed in from a link they asked for.
async fn signed_in(s: &Site, name: &str) -> Option<Browser> {
    let link = s.ask_link(&s.t.person(name)).await;
    let b = browser::open().await?;
    b.visit(&link).await;
    sign_in_with_keyboard(&b).await;
    Some(b)
}

/// What `b` reads at the address of case `reference`.
async fn open_case(s: &Site, b: &Browser, reference: &str) -> String {
    b.visit(&format!("{}/desk/cases/{reference}", s.url)).await;
    // The page's title and main content: the header's links differ by role (a lead DSL is
    // offered exports), whatever the case.
    let title = b.find("title").await.html(true).await.unwrap_or_default();
    let main = b.find("main").await.text().await.unwrap_or_default();
    format!("{title}\n{main}")
}

#[tokio::test]
async fn staff_the_roster_admin_and_the_subject_get_not_found_and_the_leads_open_it() {
    let s = site().await;
    let josie = s.t.person("Josie Quennell");
    let about_pupil = report(&josie, &Report::default()).await;
    let about_dsl = report(
        &josie,
        &Report {
            about: STAFF,
            who: Some("Daniel Okafor"),
            ..Report::default()
        },
    )
    .await;

    let Some(missing) = signed_in(&s, "Owen Hartley").await else {
        return;
    };
    let no_such_case = open_case(&s, &missing, "C-2026-0999").await;
    assert!(no_such_case.contains("Case not found"), "{no_such_case}");
    drop(missing);

    let cells = [
        ("Owen Hartley", &about_pupil, "a member of staff"),
        ("Beverley Ashdown", &about_pupil, "the roster admin"),
        ("Daniel Okafor", &about_dsl, "the person it is about"),
    ];
    for (name, reference, who) in cells {
        let b = signed_in(&s, name).await.expect("the browser ran above");
        let page = open_case(&s, &b, reference).await;
        let page_of_nothing = no_such_case.replace("Owen Hartley", name);
        assert_eq!(
            page, page_of_nothing,
            "{who} sees what a missing case shows"
        );
        assert!(!page.contains(ACCOUNT), "{who}: {page}");
        b.visit(&format!("{}/desk/search?reference={reference}", s.url))
            .await;
        let search = b.text().await;
        assert!(search.contains("0 cases found"), "{who}: {search}");
        b.visit(&format!("{}/desk", s.url)).await;
        assert!(!b.text().await.contains(reference.as_str()), "{who}");
        if name == "Owen Hartley" {
            b.screenshot("desk-case-not-found").await;
        }
    }

    // The leads open each case; Daniel's access log shows who was refused his case, and
    // nothing of the case about him.
    let daniel = signed_in(&s, "Daniel Okafor").await.expect("ran above");
    assert!(open_case(&s, &daniel, &about_pupil)
        .await
        .contains("Grace Hopper, Year 4"));
    daniel.visit(&format!("{}/desk/access", s.url)).await;
    let log = daniel.text().await;
    let refused: Vec<&str> = log
        .lines()
        .filter(|l| l.contains("Tried to open it and was refused"))
        .collect();
    assert!(refused.iter().any(|l| l.contains("Owen Hartley")), "{log}");
    assert!(
        refused.iter().any(|l| l.contains("Beverley Ashdown")),
        "{log}"
    );
    assert!(!log.contains(&about_dsl), "{log}");
    daniel.screenshot("desk-access-log").await;
    drop(daniel);

    let head = signed_in(&s, "Margaret Thornbury")
        .await
        .expect("ran above");
    let page = open_case(&s, &head, &about_dsl).await;
    assert!(page.contains(&format!("Case {about_dsl}")), "{page}");
}
