use super::*;
use crate::core::ids::GroupChat;
use crate::core::message::{Arg, Message, Outgoing, Private, Public, Sensitive};
use crate::core::store::{Address, FailureReason, Fate, Job, OutboxItem};

fn hello() -> Message<Private> {
    Message::<Public>::new("hello").arg("n", 3usize).into()
}

pub(super) fn credentials(pass: &str) -> Message<Private> {
    Message::private("stream-credentials").secret("passcode", Sensitive::new(pass.into()))
}

async fn enqueue(f: &Fixture, out: Outgoing, minute: i64) -> bool {
    let mut tx = f.tx().await;
    let queued = tx.enqueue(&out, at(minute)).await.unwrap();
    tx.commit().await.unwrap();
    queued
}

async fn due(f: &Fixture, platform: Platform, minute: i64) -> Vec<OutboxItem> {
    let mut tx = f.tx().await;
    let items = tx.due(platform, at(minute), 100, 100).await.unwrap();
    tx.commit().await.unwrap();
    items
}

async fn settle(f: &Fixture, id: i64, fate: Fate, minute: i64) {
    let mut tx = f.tx().await;
    tx.settle(id, &fate, at(minute)).await.unwrap();
    tx.commit().await.unwrap();
}

async fn pending(f: &Fixture) -> u64 {
    f.tx().await.pending_count().await.unwrap()
}

fn sent(id: &str) -> Fate {
    Fate::Sent {
        message_id: Some(id.into()),
    }
}

/// A parent with a Telegram account, speaking Polish.
async fn pat(f: &Fixture) -> PersonId {
    let mut r = parent("P1", "Pat");
    r.lang = Lang::Pl;
    let id = f.parents(&[r]).await[0];
    f.link(id, &tg("100"), 0).await;
    id
}

async fn a_message_goes_from_enqueue_to_due_to_sent(engine: Engine) {
    let f = Fixture::on(engine).await;
    let pat = pat(&f).await;
    let out = Outgoing::to_person(pat, None, hello()).report_failure_to(pat);
    assert!(enqueue(&f, out.clone(), 1).await);
    assert_eq!(pending(&f).await, 1);
    assert!(due(&f, Platform::Discord, 1).await.is_empty());

    let items = due(&f, Platform::Telegram, 1).await;
    assert_eq!(items.len(), 1);
    let item = &items[0];
    assert_eq!(item.address, Address::Private("100".into()));
    assert_eq!(
        (item.person, item.lang, item.attempts),
        (Some(pat), Lang::Pl, 0)
    );
    assert_eq!(item.report_to, Some(pat));
    assert!(matches!(&item.job, Job::Send(b) if b == out.body()));

    settle(&f, item.id, sent("m-1"), 2).await;
    assert_eq!(pending(&f).await, 0);
    assert!(due(&f, Platform::Telegram, 3).await.is_empty());
    let mid: Option<String> = f
        .scalar(
            "SELECT sent_message_id FROM outbox WHERE id = $1",
            &[&item.id],
        )
        .await;
    assert_eq!(mid.as_deref(), Some("m-1"));
    let mut tx = f.tx().await;
    assert!(
        tx.settle(item.id, &sent("again"), at(4)).await.is_err(),
        "settled once only"
    );
}

/// A dispatcher reading again gets only the rows it does not hold yet, opened; the rows it holds
/// come back as their addresses alone, so they still count towards its per-chat reading.
async fn rows_a_dispatcher_holds_are_not_opened_again(engine: Engine) {
    let f = Fixture::on(engine).await;
    let pat = pat(&f).await;
    for _ in 0..3 {
        enqueue(&f, Outgoing::to_person(pat, None, hello()), 1).await;
    }
    let first = due(&f, Platform::Telegram, 1).await;
    let held: std::collections::HashSet<i64> = first[..2].iter().map(|i| i.id).collect();
    let mut tx = f.tx().await;
    let again = tx
        .due_except(Platform::Telegram, at(1), (100, 100), &held)
        .await
        .unwrap();
    let ids: Vec<i64> = again.items.iter().map(|i| i.id).collect();
    assert_eq!(ids, [first[2].id]);
    assert_eq!(again.held, vec![Address::Private("100".into()); 2]);
    // Per chat, held rows count: with two a chat, the two held rows are all there is.
    let capped = tx
        .due_except(Platform::Telegram, at(1), (100, 2), &held)
        .await
        .unwrap();
    assert!(capped.items.is_empty());
    assert_eq!(capped.held.len(), 2);
}

/// A backlog in one chat never hides another chat's rows: with more rows due than a read takes,
/// each chat gives at most `per_chat`, oldest first.
async fn one_chats_backlog_leaves_room_for_the_others(engine: Engine) {
    let f = Fixture::on(engine).await;
    let pat = pat(&f).await;
    for _ in 0..5 {
        enqueue(&f, Outgoing::to_person(pat, None, hello()), 1).await;
    }
    let other = Outgoing::to_account(tg("555"), Message::new("link-help"));
    enqueue(&f, other, 1).await;
    for (limit, per_chat) in [(3, 2), (100, 2)] {
        let mut tx = f.tx().await;
        let none = std::collections::HashSet::new();
        let due = tx
            .due_except(Platform::Telegram, at(1), (limit, per_chat), &none)
            .await
            .unwrap();
        let to: Vec<&Address> = due.items.iter().map(|i| &i.address).collect();
        let (p, o) = (
            Address::Private("100".into()),
            Address::Private("555".into()),
        );
        assert_eq!(to, [&p, &p, &o], "limit {limit}, {per_chat} a chat");
    }
}

async fn a_held_message_waits_for_its_time(engine: Engine) {
    let f = Fixture::on(engine).await;
    let pat = pat(&f).await;
    enqueue(
        &f,
        Outgoing::to_person(pat, None, hello()).not_before(at(60)),
        1,
    )
    .await;
    // A hold in the past means "now".
    enqueue(
        &f,
        Outgoing::to_person(pat, None, hello()).not_before(at(-60)),
        1,
    )
    .await;
    assert_eq!(due(&f, Platform::Telegram, 1).await.len(), 1);
    assert_eq!(due(&f, Platform::Telegram, 60).await.len(), 2);
    let first = due(&f, Platform::Telegram, 60).await;
    assert!(first[0].id < first[1].id, "oldest first");
}

/// SQLite only: it reads the database file's bytes at rest.
#[tokio::test]
async fn a_sensitive_body_is_sealed_and_scrubbed_once_sent() {
    let f = Fixture::new().await;
    let pat = pat(&f).await;
    let pass = "zoom-pass-8841";
    assert!(enqueue(&f, Outgoing::to_person(pat, None, credentials(pass)), 1).await);

    let (plain, sealed): (Option<String>, Option<Vec<u8>>) = f
        .row("SELECT body_json, body_sealed FROM outbox", &[])
        .await;
    assert!(plain.is_none());
    assert!(!contains(sealed.as_deref().unwrap(), pass));
    assert!(
        !contains(&f.file_bytes(), pass),
        "nowhere in the database files"
    );

    let item = due(&f, Platform::Telegram, 1).await.remove(0);
    let Job::Send(body) = &item.job else {
        panic!("a send")
    };
    assert!(body.sensitive);
    assert_eq!(body.args[0].1, Arg::Secret(pass.into()));

    settle(&f, item.id, sent("m-9"), 2).await;
    let (plain, sealed): (Option<String>, Option<Vec<u8>>) = f
        .row("SELECT body_json, body_sealed FROM outbox", &[])
        .await;
    assert_eq!((plain, sealed), (None, None), "scrubbed after sending");
}

async fn a_person_with_two_accounts_gets_one_row_via_wins_else_most_recent(engine: Engine) {
    let f = Fixture::on(engine).await;
    let pat = pat(&f).await; // telegram at minute 0
    f.link(pat, &Account::new(Platform::Discord, "d-5"), 5)
        .await;

    enqueue(
        &f,
        Outgoing::to_person(pat, Some(Platform::Telegram), hello()),
        6,
    )
    .await;
    enqueue(&f, Outgoing::to_person(pat, None, hello()), 6).await;
    enqueue(
        &f,
        Outgoing::to_person(pat, Some(Platform::Console), hello()),
        6,
    )
    .await;
    assert_eq!(pending(&f).await, 3, "one row per message");

    let on_tg = due(&f, Platform::Telegram, 6).await;
    let on_dc = due(&f, Platform::Discord, 6).await;
    assert_eq!(on_tg.len(), 1, "via Telegram");
    assert_eq!(
        on_dc.len(),
        2,
        "most recently linked, also when `via` has no account"
    );
    assert_eq!(on_dc[0].address, Address::Private("d-5".into()));
}

async fn unreachable_people_queue_nothing(engine: Engine) {
    let f = Fixture::on(engine).await;
    let ids = f.parents(&[parent("P1", "Pat"), parent("P2", "Sam")]).await;
    f.link(ids[1], &tg("200"), 0).await;
    assert!(
        !enqueue(&f, Outgoing::to_person(ids[0], None, hello()), 1).await,
        "no account"
    );
    assert!(
        !enqueue(&f, Outgoing::to_person(PersonId(999), None, hello()), 1).await,
        "nobody"
    );
    f.parents(&[parent("P1", "Pat")]).await; // Sam leaves
    assert!(
        !enqueue(&f, Outgoing::to_person(ids[1], None, hello()), 1).await,
        "a leaver"
    );
    assert_eq!(pending(&f).await, 0);
}

async fn accounts_and_groups_are_addressed_directly_in_english(engine: Engine) {
    let f = Fixture::on(engine).await;
    let group = GroupChat::new(Platform::Discord, "staff-room");
    enqueue(&f, Outgoing::to_group(group, Message::new("pointer")), 0).await;
    enqueue(
        &f,
        Outgoing::to_account(tg("555"), Message::new("link-help")),
        0,
    )
    .await;
    let dc = due(&f, Platform::Discord, 0).await;
    let tg = due(&f, Platform::Telegram, 0).await;
    assert_eq!(
        (&dc[0].address, dc[0].lang, dc[0].person),
        (&Address::Group("staff-room".into()), Lang::EnGb, None)
    );
    assert_eq!(
        (&tg[0].address, tg[0].lang),
        (&Address::Private("555".into()), Lang::EnGb)
    );
}

async fn a_sent_message_with_remove_after_queues_its_removal(engine: Engine) {
    let f = Fixture::on(engine).await;
    let pat = pat(&f).await;
    let out = Outgoing::to_person(pat, None, credentials("p"))
        .remove_after(Duration::minutes(90))
        .report_failure_to(pat);
    enqueue(&f, out.clone(), 0).await;
    enqueue(&f, out, 0).await;
    let items = due(&f, Platform::Telegram, 0).await;
    assert_eq!(items[0].remove_after_secs, Some(5400));
    settle(&f, items[0].id, sent("m-1"), 10).await;
    // No message id came back: nothing to remove.
    settle(&f, items[1].id, Fate::Sent { message_id: None }, 10).await;

    assert_eq!(pending(&f).await, 1, "the removal");
    assert!(due(&f, Platform::Telegram, 99).await.is_empty());
    let removal = due(&f, Platform::Telegram, 100).await.remove(0);
    assert!(matches!(&removal.job, Job::Remove { message_id } if message_id == "m-1"));
    assert_eq!(removal.address, Address::Private("100".into()));
    assert_eq!(
        (removal.report_to, removal.remove_after_secs),
        (Some(pat), None)
    );
}

async fn retries_count_attempts_and_failures_end_the_delivery(engine: Engine) {
    let f = Fixture::on(engine).await;
    let pat = pat(&f).await;
    enqueue(&f, Outgoing::to_person(pat, None, hello()), 0).await;
    let id = due(&f, Platform::Telegram, 0).await[0].id;
    let mut tx = f.tx().await;
    tx.retry_at(id, at(5), "timeout").await.unwrap();
    tx.commit().await.unwrap();
    assert!(due(&f, Platform::Telegram, 4).await.is_empty());
    assert_eq!(due(&f, Platform::Telegram, 5).await[0].attempts, 1);

    settle(
        &f,
        id,
        Fate::Failed {
            reason: FailureReason::Unreachable,
        },
        6,
    )
    .await;
    assert_eq!(pending(&f).await, 0);
    let (status, error): (String, String) = f
        .row(
            "SELECT status, last_error FROM outbox WHERE id = $1",
            &[&id],
        )
        .await;
    assert_eq!((status.as_str(), error.as_str()), ("failed", "unreachable"));
}

async fn a_removal_can_be_queued_directly(engine: Engine) {
    let f = Fixture::on(engine).await;
    let mut tx = f.tx().await;
    tx.enqueue_removal(
        Platform::Discord,
        Address::Group("g".into()),
        "m-3",
        at(7),
        None,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    assert!(due(&f, Platform::Discord, 6).await.is_empty());
    let item = due(&f, Platform::Discord, 7).await.remove(0);
    assert!(matches!(item.job, Job::Remove { ref message_id } if message_id == "m-3"));
}

async fn pending_rows_survive_reopening_the_file(engine: Engine) {
    let mut f = Fixture::on(engine).await;
    let pat = pat(&f).await;
    enqueue(
        &f,
        Outgoing::to_person(pat, None, credentials("keep-me")),
        0,
    )
    .await;
    enqueue(&f, Outgoing::to_person(pat, None, hello()), 0).await;
    f.reopen(Cipher::new(f.key.clone())).await.unwrap();
    assert_eq!(pending(&f).await, 2);
    let items = due(&f, Platform::Telegram, 0).await;
    let Job::Send(body) = &items[0].job else {
        panic!("a send")
    };
    assert_eq!(body.args[0].1, Arg::Secret("keep-me".into()));
}

/// SQLite only: it looks at the SQLite connection's lock.
#[tokio::test]
async fn a_transaction_dropped_without_commit_changes_nothing_and_frees_its_turn() {
    let f = Fixture::new().await;
    let pat = pat(&f).await;
    let mut tx = f.tx().await;
    assert!(tx
        .enqueue(&Outgoing::to_person(pat, None, hello()), at(0))
        .await
        .unwrap());
    assert!(
        f.store.sqlite().conn.try_lock().is_err(),
        "transactions take turns"
    );
    drop(tx);
    assert!(f.store.sqlite().conn.try_lock().is_ok());
    assert_eq!(pending(&f).await, 0);
}

async fn an_unreadable_row_is_given_up_without_blocking_the_queue(engine: Engine) {
    let f = Fixture::on(engine).await;
    let pat = pat(&f).await;
    enqueue(&f, Outgoing::to_person(pat, None, credentials("x")), 0).await;
    enqueue(&f, Outgoing::to_person(pat, None, hello()), 0).await;
    f.execute(
        "UPDATE outbox SET body_sealed = $1 WHERE id = (SELECT MIN(id) FROM outbox)",
        &[&vec![1u8; 60]],
    )
    .await
    .unwrap();
    let items = due(&f, Platform::Telegram, 0).await;
    assert_eq!(items.len(), 1, "the readable one still goes");
    assert_eq!(
        pending(&f).await,
        1,
        "the unreadable one is settled as failed"
    );
}

async fn a_person_blocked_on_one_platform_is_reached_on_another(engine: Engine) {
    let f = Fixture::on(engine).await;
    let pat = pat(&f).await;
    let discord = Account::new(Platform::Discord, "200");
    f.link(pat, &discord, 1).await;
    let failed = || Fate::Failed {
        reason: FailureReason::Forbidden,
    };
    let reachable = || async {
        let mut tx = f.tx().await;
        !tx.unreachable(pat).await.unwrap()
    };
    assert!(reachable().await, "never written to");

    // Telegram refuses: the next message without a platform goes to Discord.
    enqueue(
        &f,
        Outgoing::to_person(pat, Some(Platform::Telegram), hello()),
        2,
    )
    .await;
    let item = due(&f, Platform::Telegram, 2).await.remove(0);
    settle(&f, item.id, failed(), 2).await;
    assert!(reachable().await, "Discord still works");
    enqueue(&f, Outgoing::to_person(pat, None, hello()), 3).await;
    assert_eq!(due(&f, Platform::Discord, 3).await.len(), 1);
    assert!(due(&f, Platform::Telegram, 3).await.is_empty());

    // Discord refuses too: nobody can reach Pat now.
    let item = due(&f, Platform::Discord, 3).await.remove(0);
    settle(&f, item.id, failed(), 3).await;
    assert!(!reachable().await);
}

both_engines!(
    a_message_goes_from_enqueue_to_due_to_sent,
    rows_a_dispatcher_holds_are_not_opened_again,
    one_chats_backlog_leaves_room_for_the_others,
    a_held_message_waits_for_its_time,
    a_person_with_two_accounts_gets_one_row_via_wins_else_most_recent,
    unreachable_people_queue_nothing,
    accounts_and_groups_are_addressed_directly_in_english,
    a_sent_message_with_remove_after_queues_its_removal,
    retries_count_attempts_and_failures_end_the_delivery,
    a_removal_can_be_queued_directly,
    pending_rows_survive_reopening_the_file,
    an_unreadable_row_is_given_up_without_blocking_the_queue,
    a_person_blocked_on_one_platform_is_reached_on_another,
);
