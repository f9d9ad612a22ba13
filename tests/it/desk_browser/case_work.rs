//! A DSL works a case in the browser, with the keyboard only: finds it by the pupil's name,
//! reads the chronology, acknowledges it (the other lead is told in their chat), adds a
//! decision with its reason, and closes it with an outcome and a reason.

use super::{sign_in_with_keyboard, site};
use crate::concern::{report, report_about, Report, ACCOUNT};
use crate::support::browser;

#[tokio::test]
async fn a_dsl_finds_a_case_by_pupil_reads_it_decides_and_closes_it_with_the_keyboard() {
    let s = site().await;
    let josie = s.t.person("Josie Quennell");
    let reference = report(&josie, &Report::default()).await;
    let other = report_about(&josie, "Ada Lovelace, Year 6").await;
    let daniel = s.t.person("Daniel Okafor");
    let priya = s.t.person("Priya Castellane");
    priya.catch_up();
    let link = s.ask_link(&daniel).await;
    daniel.catch_up();
    let Some(b) = browser::open().await else {
        return;
    };
    b.visit(&link).await;
    sign_in_with_keyboard(&b).await;

    // Search by the pupil's name: only Grace's case.
    b.tab_to("Search", 12).await;
    b.enter().await;
    b.tab_to("Pupil's name", 20).await;
    b.type_text("Grace Hopper").await;
    b.enter().await;
    let found = b.text().await;
    assert!(found.contains("1 case found"), "{found}");
    assert!(found.contains(&reference), "{found}");
    assert!(!found.contains(&other), "{found}");
    b.screenshot("desk-search").await;

    // The case: the summary and the chronology, each entry with both of its times.
    b.tab_to(&reference, 30).await;
    b.enter().await;
    let case = b.text().await;
    assert!(case.contains(&format!("Case {reference}")), "{case}");
    assert!(case.contains("Grace Hopper, Year 4"), "{case}");
    assert!(case.contains(ACCOUNT), "{case}");
    let first = b.find("ol.chronology li").await.text().await.unwrap();
    // The kind is shown in capitals (CSS); the words are the kind's name.
    assert!(first.to_lowercase().contains("reported #1"), "{first}");
    assert!(
        first.contains("Recorded") && first.contains("Refers to"),
        "{first}"
    );
    b.screenshot("desk-case").await;

    // Acknowledge: the page says so; Priya, the other lead, is told in her chat.
    b.tab_to("Acknowledge", 40).await;
    b.enter().await;
    assert!(b.text().await.contains("You have acknowledged"));
    s.t.deliver().await;
    priya.sees(&format!(
        "{reference} has been acknowledged by Daniel Okafor"
    ));
    daniel.does_not_see("You have acknowledged");

    // A decision with its reason.
    b.tab_to("Kind", 40).await;
    b.type_text("Decision").await;
    b.key(fantoccini::key::Key::Tab).await;
    assert_eq!(b.focused().await, "Details");
    b.type_text("Grace's parents to be told today").await;
    b.key(fantoccini::key::Key::Tab).await;
    assert!(b.focused().await.starts_with("Reason"));
    b.type_text("Contact from an unknown adult online").await;
    b.tab_to("Add the entry", 20).await;
    b.enter().await;
    let decided = b.text().await;
    assert!(decided.contains("Added entry #3"), "{decided}");
    let entries = b.all("ol.chronology li.kind-decision").await;
    assert_eq!(entries.len(), 1, "one decision");
    let decision = entries[0].text().await.unwrap();
    assert!(
        decision.to_lowercase().contains("decision #3"),
        "{decision}"
    );
    assert!(
        decision.contains("Grace's parents to be told today"),
        "{decision}"
    );
    assert!(
        decision.contains("Contact from an unknown adult online"),
        "{decision}"
    );

    // Close with an outcome and a reason.
    b.tab_to("Outcome", 60).await;
    b.type_text("Early help").await;
    b.tab_to("Reason", 5).await;
    b.type_text("Parents engaged; early help offered").await;
    b.tab_to("Close the case", 5).await;
    b.enter().await;
    let closed = b.text().await;
    assert!(
        closed.contains(&format!("{reference} is closed. Outcome: Early help")),
        "{closed}"
    );
    b.screenshot("desk-case-closed").await;
    s.t.deliver().await;
    daniel.does_not_see("is closed");

    b.visit(&format!("{}/desk/closed", s.url)).await;
    assert!(b.text().await.contains(&reference));
    b.visit(&format!("{}/desk", s.url)).await;
    let open = b.text().await;
    assert!(!open.contains(&reference), "{open}");
    assert!(open.contains(&other), "{open}");
}
