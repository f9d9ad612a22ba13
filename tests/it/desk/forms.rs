//! The desk's forms act through the core: each changes exactly what the same action in the
//! chat changes, and the others on the case hear of it as they would; the actor sees the
//! result on the page, not in their chat. A form without its CSRF token changes nothing.

use super::client::*;
use super::desk_app;
use crate::concern::{report, Report};
use crate::support::TestApp;

/// Kinds, statuses and outcomes of the case's chronology, and its state.
async fn record(t: &TestApp, r: &str) -> Vec<String> {
    let mut tx = t.store().begin().await.unwrap();
    let r = haven::core::concern::reference::ConcernRef::parse(r).unwrap();
    let c = tx
        .concerns()
        .concern_by_ref(t.app.ctx.school, r)
        .await
        .unwrap()
        .expect("the case");
    let mut out = vec![format!(
        "{:?} ack:{} hold:{} {:?}",
        c.status,
        c.acknowledged_at.is_some(),
        c.legal_hold,
        c.outcome
    )];
    for e in tx.concerns().entries(c.id).await.unwrap() {
        out.push(format!(
            "#{} {:?} {:?} {:?} {:?} {:?} {:?}",
            e.n,
            e.kind,
            e.status,
            e.outcome,
            e.body.text.map(|s| s.expose().clone()),
            e.body.reason.map(|s| s.expose().clone()),
            e.author.is_some()
        ));
    }
    out
}

/// What everyone but `actor` received since the concern was reported.
fn others_received(t: &TestApp, actor: &str, from: usize) -> Vec<String> {
    t.chat.received()[from..]
        .iter()
        .filter(|m| m.address != haven::core::store::Address::Private(actor.into()))
        .map(|m| format!("{:?}: {}", m.address, m.text))
        .collect()
}

#[tokio::test]
async fn acknowledging_on_the_desk_does_what_the_chat_does_and_tells_the_same_people() {
    // The same case, acknowledged in the chat in one school and on the desk in another.
    let chat = desk_app().await;
    let r = report(&chat.person("Josie Quennell"), &Report::default()).await;
    let from = chat.chat.received().len();
    chat.person("Daniel Okafor")
        .says(&format!("/case {r} ack"))
        .await;
    chat.person("Daniel Okafor")
        .says(&format!("/case {r} hold on"))
        .await;
    chat.person("Daniel Okafor")
        .says(&format!("/case {r} status monitoring"))
        .await;
    let chat_others = others_received(&chat, "Daniel Okafor", from);

    let t = desk_app().await;
    let r2 = report(&t.person("Josie Quennell"), &Report::default()).await;
    assert_eq!(r, r2);
    let from = t.chat.received().len();
    let daniel = t.person("Daniel Okafor");
    let mut b = signed_in(&t, &daniel).await;
    daniel.catch_up();
    let page = b.get(&format!("/desk/cases/{r}")).await;
    assert_eq!(page.status, 200);
    let csrf = page.field("csrf");

    // Without the form's token: refused, nothing changed.
    let before = record(&t, &r).await;
    for action in ["ack", "hold", "status"] {
        let answer = b.post(&format!("/desk/cases/{r}/{action}"), &[]).await;
        assert_eq!(answer.status, 403);
        let answer = b
            .post(&format!("/desk/cases/{r}/{action}"), &[("csrf", "ab12")])
            .await;
        assert_eq!(answer.status, 403);
    }
    assert_eq!(record(&t, &r).await, before);

    let done = b
        .submit(&format!("/desk/cases/{r}/ack"), &[("csrf", &csrf)])
        .await;
    assert_eq!(done.status, 200);
    assert!(done.body.contains(&format!("You have acknowledged {r}")));
    let done = b
        .submit(
            &format!("/desk/cases/{r}/hold"),
            &[("csrf", &csrf), ("hold", "on")],
        )
        .await;
    assert!(done.body.contains("Legal hold is on"));
    let done = b
        .submit(
            &format!("/desk/cases/{r}/status"),
            &[("csrf", &csrf), ("status", "monitoring")],
        )
        .await;
    assert!(done.body.contains(&format!("{r} is now")));
    t.deliver().await;
    daniel.sees_nothing_new();
    assert_eq!(others_received(&t, "Daniel Okafor", from), chat_others);
    assert_eq!(record(&t, &r).await, record(&chat, &r).await);
    assert!(chat_others
        .iter()
        .any(|m| m.contains("has been acknowledged by Daniel Okafor")));
}

#[tokio::test]
async fn a_decision_with_its_reason_and_closing_are_recorded_as_the_chat_records_them() {
    let t = desk_app().await;
    let r = report(&t.person("Josie Quennell"), &Report::default()).await;
    let daniel = t.person("Daniel Okafor");
    let mut b = signed_in(&t, &daniel).await;
    daniel.catch_up();
    let csrf = b.get(&format!("/desk/cases/{r}")).await.field("csrf");
    let before = record(&t, &r).await;

    // A decision needs its reason: refused with the reason why, nothing saved.
    let page = b
        .submit(
            &format!("/desk/cases/{r}/entry"),
            &[
                ("csrf", &csrf),
                ("kind", "decision"),
                ("text", "Speak to both pupils"),
            ],
        )
        .await;
    assert!(page.body.contains("A decision needs its reason"));
    assert_eq!(record(&t, &r).await, before);

    let page = b
        .submit(
            &format!("/desk/cases/{r}/entry"),
            &[
                ("csrf", &csrf),
                ("kind", "decision"),
                ("text", "Speak to both pupils"),
                ("reason", "Both are in Year 4 and it started in class"),
                ("when", "2026-11-17T09:15"),
            ],
        )
        .await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("Added entry #2"), "{}", page.body);
    assert!(page
        .body
        .contains("Both are in Year 4 and it started in class"));
    assert!(page.body.contains("kind-decision"));

    // Closing: outcome and reason, as the chat's close form asks.
    let page = b
        .submit(
            &format!("/desk/cases/{r}/close"),
            &[("csrf", &csrf), ("outcome", "school"), ("reason", "x")],
        )
        .await;
    assert!(page.body.contains("Please give the reason"));
    let page = b
        .submit(
            &format!("/desk/cases/{r}/close"),
            &[
                ("csrf", &csrf),
                ("outcome", "school"),
                ("reason", "Resolved with both families"),
            ],
        )
        .await;
    assert!(
        page.body.contains(&format!("{r} is closed")),
        "{}",
        page.body
    );
    daniel.sees_nothing_new();

    // The chat reads what the desk wrote.
    daniel.says(&format!("/case {r}")).await;
    let view = daniel.sees(&format!("Case {r}"));
    assert!(view.text.contains("Resolved with both families"));
    assert!(view
        .text
        .contains("Both are in Year 4 and it started in class"));
    let rec = record(&t, &r).await;
    assert!(rec[0].starts_with("Closed"), "{rec:?}");
    assert!(rec.iter().any(|e| e.contains("Decision")));

    // Every page view and change is in the audit Haven keeps.
    let mut tx = t.store().begin().await.unwrap();
    let trail: Vec<String> = tx
        .audit_trail(t.app.ctx.school, &format!("concern:{r}"))
        .await
        .unwrap()
        .into_iter()
        .filter_map(|a| a.action.map(|a| a.as_str().to_string()))
        .collect();
    drop(tx);
    for action in ["concern.view", "concern.entry", "concern.close"] {
        assert!(trail.contains(&action.to_string()), "{action} in {trail:?}");
    }
}

#[tokio::test]
async fn a_contributor_may_add_entries_but_not_act_as_a_lead() {
    let t = desk_app().await;
    let r = report(&t.person("Josie Quennell"), &Report::default()).await;
    // The online safety lead contributes to a cyberbullying case.
    let tomasz = t.person("Tomasz Wiśniewski");
    tomasz.says("/language en-GB").await;
    let mut b = signed_in(&t, &tomasz).await;
    let page = b.get(&format!("/desk/cases/{r}")).await;
    assert_eq!(page.status, 200);
    assert!(
        !page.body.contains("/close\""),
        "no close form for a contributor"
    );
    let csrf = page.field("csrf");
    let before = record(&t, &r).await;
    let page = b
        .submit(
            &format!("/desk/cases/{r}/close"),
            &[
                ("csrf", &csrf),
                ("outcome", "nfa"),
                ("reason", "Not mine to close"),
            ],
        )
        .await;
    assert!(page.body.contains("Only"), "{}", page.body);
    assert_eq!(record(&t, &r).await, before);
}
