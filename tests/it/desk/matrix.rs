//! The desk shows each person exactly the cases the chat lets them open: a generated matrix of
//! every member of staff, volunteer, visitor and governor against concerns of several kinds
//! (and the subject of a concern, however the reporter named them). Wherever the chat refuses
//! `/case REF`, the desk answers every case URL and every form with the page a missing case
//! gets, lists nothing, finds nothing, and changes nothing.

use super::client::*;
use super::desk_app;
use crate::concern::{report, Report, ACCOUNT, BULLYING, PASSWORD, PUPILS, STAFF, UNKNOWN_ADULT};
use crate::support::TestApp;

/// Every form on a case page, with what it sends.
const FORMS: [(&str, &[(&str, &str)]); 6] = [
    ("ack", &[]),
    (
        "entry",
        &[("kind", "note"), ("text", "A note from the desk")],
    ),
    ("status", &[("status", "monitoring")]),
    (
        "close",
        &[("outcome", "nfa"), ("reason", "No further action needed")],
    ),
    ("reopen", &[("reason", "New information came in")]),
    ("hold", &[("hold", "on")]),
];

/// What the case is now: its chronology's length, status, acknowledgement and hold.
async fn state_of(t: &TestApp, r: &str) -> String {
    let mut tx = t.store().begin().await.unwrap();
    let r = haven::core::concern::reference::ConcernRef::parse(r).unwrap();
    let c = tx
        .concerns()
        .concern_by_ref(t.app.ctx.school, r)
        .await
        .unwrap()
        .expect("the case");
    let n = tx.concerns().entries(c.id).await.unwrap().len();
    format!(
        "{n} {:?} {:?} {}",
        c.status, c.acknowledged_at, c.legal_hold
    )
}

/// True when `/case REF` in the chat opens the case for `name` (read in English).
async fn chat_opens(t: &TestApp, name: &str, r: &str) -> bool {
    let p = t.person(name);
    p.says("/language en-GB").await;
    p.catch_up();
    p.says(&format!("/case {r}")).await;
    let answer =
        p.received().into_iter().rev().find(|m| {
            m.text.contains(&format!("Case {r}")) || m.text.contains("can't open that case")
        });
    let text = answer.map(|m| m.text).unwrap_or_default();
    text.contains(&format!("Case {r}"))
}

/// Checks, for `name`, that the desk opens case `r` exactly when the chat does, and that when
/// it does not, nothing about the case reaches them and nothing they post changes it.
async fn desk_agrees_with_chat(t: &TestApp, name: &str, r: &str) -> bool {
    let chat = chat_opens(t, name, r).await;
    let mut b = signed_in(t, &t.person(name)).await;
    let page = b.get(&format!("/desk/cases/{r}")).await;
    let missing = b.get("/desk/cases/C-2099-0999").await;
    assert_eq!(missing.status, 404);
    let desk = page.status == 200;
    assert_eq!(
        desk, chat,
        "{name} on {r}: desk {}, chat {chat}",
        page.status
    );
    let listed = [
        b.get("/desk").await.body,
        b.get("/desk/closed").await.body,
        b.get(&format!("/desk/search?reference={r}")).await.body,
        b.get(&format!("/desk/search?pupil={}", "Grace")).await.body,
        b.get("/desk/access").await.body,
    ];
    if desk {
        return true;
    }
    assert_eq!(page.status, 404, "{name} on {r}");
    assert_eq!(page.body, missing.body, "{name}: refused reads as missing");
    for l in &listed {
        assert!(
            !l.contains(&format!("/desk/cases/{r}\"")),
            "{name} sees {r} listed"
        );
    }
    let csrf = missing.field("csrf");
    let before = state_of(t, r).await;
    for (action, fields) in FORMS {
        let mut form = vec![("csrf", csrf.as_str())];
        form.extend_from_slice(fields);
        let answer = b.post(&format!("/desk/cases/{r}/{action}"), &form).await;
        assert_eq!(answer.status, 404, "{name} posting {action} to {r}");
        assert_eq!(answer.body, missing.body, "{name} posting {action}");
    }
    assert_eq!(state_of(t, r).await, before, "{name} changed {r}");
    false
}

#[tokio::test]
async fn every_person_sees_on_the_desk_exactly_the_cases_the_chat_opens_for_them() {
    let t = desk_app().await;
    let josie = t.person("Josie Quennell");
    let concerns = [
        Report::default(),
        Report {
            categories: &[PASSWORD],
            ..Report::default()
        },
        Report {
            categories: &[UNKNOWN_ADULT],
            danger: true,
            ..Report::default()
        },
    ];
    let mut refs = Vec::new();
    for c in &concerns {
        refs.push(report(&josie, c).await);
    }
    let mut opened = 0;
    for r in &refs {
        for name in super::STAFF_AND_GOVERNORS {
            if desk_agrees_with_chat(&t, name, r).await {
                opened += 1;
            }
        }
    }
    assert!(opened >= refs.len() * 2, "the matrix opened cases too");
    // Among those refused everywhere: the roster admin, the reporter and a visitor.
    for r in &refs {
        for name in ["Beverley Ashdown", "Josie Quennell", "Arthur Delacourt"] {
            assert!(!chat_opens(&t, name, r).await);
        }
    }
}

/// The ways a reporter may name the person a concern is about (as the subject-protection
/// tests do).
const NAMINGS: [(&str, &str); 6] = [
    ("full name", "Daniel Okafor"),
    ("title and surname", "Mr Okafor"),
    ("misspelt", "Mr Okafur"),
    ("role word", "our DSL"),
    (
        "another adult",
        "Daniel Okafor, who was visiting as a parent",
    ),
    ("only in the account", ""),
];

#[tokio::test]
async fn the_subject_of_a_concern_gets_not_found_however_they_were_named() {
    for (how, who) in NAMINGS {
        let t = desk_app().await;
        let account = if who.is_empty() {
            format!("{ACCOUNT}. Mr Okafor was there and saw it.")
        } else {
            ACCOUNT.to_string()
        };
        let (about, who) = match (how, who) {
            (_, "") => (crate::concern::PUPIL, PUPILS),
            ("another adult", w) => (crate::concern::ADULT, w),
            (_, w) => (STAFF, w),
        };
        let r = report(
            &t.person("Josie Quennell"),
            &Report {
                about,
                who: Some(who),
                account: &account,
                categories: &[BULLYING],
                ..Report::default()
            },
        )
        .await;
        assert!(
            !desk_agrees_with_chat(&t, "Daniel Okafor", &r).await,
            "the subject ({how}) opened {r}"
        );
        assert!(
            desk_agrees_with_chat(&t, "Margaret Thornbury", &r).await,
            "the rung above opens it ({how})"
        );
    }
}
