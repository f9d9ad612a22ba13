//! Post/Redirect/Get: every form on a case answers with a redirect to the case page, which
//! shows what the action said once; reloading that page shows it no more and changes nothing,
//! and another session cannot collect it.

use super::client::*;
use super::desk_app;
use crate::concern::{report, Report};
use crate::support::TestApp;

/// A form's fields but its CSRF token.
type Fields = &'static [(&'static str, &'static str)];

/// How many times `needle` occurs in `hay`.
fn count(hay: &str, needle: &str) -> usize {
    hay.matches(needle).count()
}

#[tokio::test]
async fn adding_an_entry_then_reloading_adds_it_once_and_says_so_once() {
    let t = desk_app().await;
    let r = report(&t.person("Josie Quennell"), &Report::default()).await;
    let daniel = t.person("Daniel Okafor");
    let mut b = signed_in(&t, &daniel).await;
    let csrf = b.get(&format!("/desk/cases/{r}")).await.field("csrf");

    let answer = b
        .post(
            &format!("/desk/cases/{r}/entry"),
            &[
                ("csrf", &csrf),
                ("kind", "note"),
                ("text", "Spoke to the class teacher"),
            ],
        )
        .await;
    assert_eq!(answer.status, 303, "{}", answer.body);
    let to = answer.header("location").to_string();
    assert!(to.starts_with(&format!("/desk/cases/{r}?flash=")), "{to}");
    assert!(!answer.body.contains("Spoke to the class teacher"));

    let first = b.get(&to).await;
    assert_eq!(first.status, 200);
    assert!(first.body.contains("Added entry #2"), "{}", first.body);
    assert_eq!(count(&first.body, "Spoke to the class teacher"), 1);

    // The reload: the same page, without the message, and still one entry.
    let again = b.get(&to).await;
    assert_eq!(again.status, 200);
    assert!(!again.body.contains("Added entry"), "{}", again.body);
    assert!(!again.body.contains("class=\"flash\""));
    assert_eq!(count(&again.body, "Spoke to the class teacher"), 1);
    assert!(!again.body.contains("#3 "), "no second entry");
    assert_eq!(entries(&t, &r).await, 2, "the report and the one note");
}

/// How many entries the case's chronology holds.
async fn entries(t: &TestApp, r: &str) -> usize {
    let r = haven::core::concern::reference::ConcernRef::parse(r).unwrap();
    let mut tx = t.store().begin().await.unwrap();
    let c = tx
        .concerns()
        .concern_by_ref(t.app.ctx.school, r)
        .await
        .unwrap()
        .expect("the case");
    tx.concerns().entries(c.id).await.unwrap().len()
}

#[tokio::test]
async fn every_case_form_redirects_to_the_case_and_its_message_is_only_for_that_session() {
    let t = desk_app().await;
    let r = report(&t.person("Josie Quennell"), &Report::default()).await;
    let mut b = signed_in(&t, &t.person("Daniel Okafor")).await;
    let mut other = signed_in(&t, &t.person("Daniel Okafor")).await;
    let csrf = b.get(&format!("/desk/cases/{r}")).await.field("csrf");
    let forms: [(&str, Fields, &str); 6] = [
        ("ack", &[], "You have acknowledged"),
        ("hold", &[("hold", "on")], "Legal hold is on"),
        ("status", &[("status", "monitoring")], "is now"),
        (
            "entry",
            &[("kind", "note"), ("text", "Called home")],
            "Added entry",
        ),
        (
            "close",
            &[
                ("outcome", "school"),
                ("reason", "Resolved with both families"),
            ],
            "is closed",
        ),
        ("reopen", &[("reason", "A new message arrived")], ""),
    ];
    for (action, fields, said) in forms {
        let mut form = vec![("csrf", csrf.as_str())];
        form.extend_from_slice(fields);
        let answer = b.post(&format!("/desk/cases/{r}/{action}"), &form).await;
        assert_eq!(answer.status, 303, "{action}: {}", answer.body);
        let to = answer.header("location").to_string();
        assert!(
            to.starts_with(&format!("/desk/cases/{r}")),
            "{action}: {to}"
        );
        // Another session (the same person's other browser) gets the page but not the message.
        if !said.is_empty() {
            let elsewhere = other.get(&to).await;
            assert_eq!(elsewhere.status, 200);
            assert!(!elsewhere.body.contains(said), "{action} elsewhere");
        }
        let page = b.get(&to).await;
        assert!(page.body.contains(said), "{action}: {}", page.body);
        let reload = b.get(&to).await;
        if !said.is_empty() {
            assert!(!reload.body.contains(said), "{action} reloaded");
        }
    }
}
