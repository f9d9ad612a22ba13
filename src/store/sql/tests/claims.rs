use super::*;
use crate::core::broadcast::store::BroadcastId;
use crate::core::message::{Message, Outgoing, Sensitive};
use crate::core::store::{FailureReason, Fate, Recovered};
use crate::core::tag::Tag;

async fn queue(f: &Fixture, out: Outgoing) {
    let mut tx = f.tx().await;
    assert!(tx.enqueue(&out, at(0)).await.unwrap());
    tx.commit().await.unwrap();
}

async fn due_ids(f: &Fixture) -> Vec<i64> {
    let mut tx = f.tx().await;
    let ids = tx.due(Platform::Telegram, at(1), 100, 100).await.unwrap();
    ids.into_iter().map(|i| i.id).collect()
}

async fn status(f: &Fixture, id: i64) -> (String, Option<String>, bool) {
    f.row(
        "SELECT status, last_error, body_sealed IS NOT NULL FROM outbox WHERE id = $1",
        &[&id],
    )
    .await
}

/// Two parents on Telegram: a broadcast row (at most once) and a sealed reply (at least once).
async fn two_rows(f: &Fixture) -> (i64, i64) {
    let ids = f.parents(&[parent("P1", "Pat"), parent("P2", "Sam")]).await;
    f.link(ids[0], &tg("100"), 0).await;
    f.link(ids[1], &tg("200"), 0).await;
    queue(
        f,
        Outgoing::to_person(ids[0], None, Message::new("news"))
            .tagged("broadcast:1")
            .at_most_once(),
    )
    .await;
    let secret = Message::private("creds").secret("p", Sensitive::new("pw-991".into()));
    queue(f, Outgoing::to_person(ids[1], None, secret)).await;
    let due = due_ids(f).await;
    (due[0], due[1])
}

async fn claimed_rows_are_not_due_cancelled_or_claimed_twice(engine: Engine) {
    let f = Fixture::on(engine).await;
    let (news, reply) = two_rows(&f).await;
    let mut tx = f.tx().await;
    let claimed = tx.claim(&[news, 999], "a", at(1)).await.unwrap();
    assert_eq!(claimed.iter().map(|k| k.id).collect::<Vec<_>>(), [news]);
    assert!(tx.claim(&[news], "b", at(1)).await.unwrap().is_empty());
    assert_eq!(
        tx.cancel_tag(&Tag::Broadcast(BroadcastId(1)), at(1))
            .await
            .unwrap(),
        0,
        "on its way"
    );
    tx.commit().await.unwrap();
    assert_eq!(due_ids(&f).await, [reply]);

    // A retry releases the claim; a settled row cannot be claimed.
    let mut tx = f.tx().await;
    tx.retry_at(news, at(1), "rate limited").await.unwrap();
    tx.settle(reply, &Fate::Sent { message_id: None }, at(1))
        .await
        .unwrap();
    assert!(tx.claim(&[reply], "a", at(1)).await.unwrap().is_empty());
    tx.commit().await.unwrap();
    assert_eq!(due_ids(&f).await, [news]);
}

async fn a_dead_dispatchers_rows_are_interrupted_or_released(engine: Engine) {
    let f = Fixture::on(engine).await;
    let (news, reply) = two_rows(&f).await;
    let mut tx = f.tx().await;
    tx.claim(&[news, reply], "dead", at(1)).await.unwrap();
    // Recovery by the same instance, or on another platform, changes nothing.
    let none = tx
        .recover_claims(Platform::Telegram, "dead", at(2))
        .await
        .unwrap();
    assert_eq!(none, Recovered::default());
    let none = tx
        .recover_claims(Platform::Discord, "new", at(2))
        .await
        .unwrap();
    assert_eq!(none, Recovered::default());
    let r = tx
        .recover_claims(Platform::Telegram, "new", at(2))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        r,
        Recovered {
            released: 1,
            interrupted: 1
        }
    );
    assert_eq!(
        status(&f, news).await,
        (
            "failed".into(),
            Some(FailureReason::Interrupted.as_str().into()),
            false
        )
    );
    assert_eq!(status(&f, reply).await, ("pending".into(), None, true));
    assert_eq!(due_ids(&f).await, [reply], "the reply is sent again");
    let mut tx = f.tx().await;
    let failures = tx
        .tag_failures(&Tag::Broadcast(BroadcastId(1)))
        .await
        .unwrap();
    assert_eq!(failures.len(), 1);
    assert_eq!(failures[0].1, Some(FailureReason::Interrupted));
}

/// An instance judged dead comes back with outcomes of sends it made before: none is recorded
/// over the recovery, nor over a peer's claim, nor over its own later claim of the row.
async fn a_late_outcome_never_settles_over_a_recovery(engine: Engine) {
    let f = Fixture::on(engine).await;
    let (news, reply) = two_rows(&f).await;
    let sent = |m: &str| Fate::Sent {
        message_id: Some(m.into()),
    };
    let mut tx = f.tx().await;
    let a = tx.claim(&[news, reply], "a", at(1)).await.unwrap();
    let (a_news, a_reply) = (&a[0], &a[1]);
    assert_eq!((a_news.id, a_reply.id), (news, reply));
    // a falls silent; b recovers: the broadcast row may have gone, the reply is sent again.
    tx.recover_claims(Platform::Telegram, "b", at(2))
        .await
        .unwrap();
    let b = tx.claim(&[reply], "b", at(2)).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = f.tx().await;
    assert!(!tx
        .settle_claimed(a_news, &sent("late-1"), at(3))
        .await
        .unwrap());
    assert!(!tx
        .settle_claimed(a_reply, &sent("late-2"), at(3))
        .await
        .unwrap());
    assert!(!tx.retry_claimed(a_reply, at(9), "late").await.unwrap());
    tx.commit().await.unwrap();
    let interrupted = Some(FailureReason::Interrupted.as_str().into());
    assert_eq!(
        status(&f, news).await,
        ("failed".into(), interrupted, false)
    );
    let (claimant, message_id): (Option<String>, Option<String>) = f
        .row(
            "SELECT claimed_by, sent_message_id FROM outbox WHERE id = $1",
            &[&reply],
        )
        .await;
    assert_eq!(
        (claimant.as_deref(), message_id),
        (Some("b"), None),
        "b's claim stands"
    );

    // b puts it back; a, back to life, claims it again: only its new claim settles it.
    let mut tx = f.tx().await;
    assert!(tx
        .retry_claimed(&b[0], at(3), "rate limited")
        .await
        .unwrap());
    let again = tx.claim(&[reply], "a", at(4)).await.unwrap();
    assert!(again[0].epoch > a_reply.epoch);
    assert!(!tx
        .settle_claimed(a_reply, &sent("late-3"), at(5))
        .await
        .unwrap());
    assert!(tx
        .settle_claimed(&again[0], &sent("m-4"), at(5))
        .await
        .unwrap());
    tx.commit().await.unwrap();
    let message_id: Option<String> = f
        .scalar(
            "SELECT sent_message_id FROM outbox WHERE id = $1",
            &[&reply],
        )
        .await;
    assert_eq!(message_id.as_deref(), Some("m-4"));
}

both_engines!(
    claimed_rows_are_not_due_cancelled_or_claimed_twice,
    a_dead_dispatchers_rows_are_interrupted_or_released,
    a_late_outcome_never_settles_over_a_recovery,
);
