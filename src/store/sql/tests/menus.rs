//! Menu jobs in the outbox: only the latest for a chat matters, an unchanged one is not queued
//! again, and a backlog of menus never comes before a message.

use super::*;
use crate::core::menu::Menu;
use crate::core::message::{Message, Outgoing};
use crate::core::store::{Address, Fate, Job, MenuJob};

fn staff_menu(description: &str) -> Option<Menu> {
    Some(Menu(vec![("concern".into(), description.into())]))
}

fn job(chat: &str, menu: Option<Menu>, lang: Lang) -> MenuJob {
    MenuJob {
        platform: Platform::Telegram,
        address: Address::Private(chat.into()),
        person: None,
        lang,
        menu,
    }
}

async fn queue(f: &Fixture, job: &MenuJob, minute: i64) -> bool {
    let mut tx = f.tx().await;
    let queued = tx.enqueue_menu(job, at(minute)).await.unwrap();
    tx.commit().await.unwrap();
    queued
}

/// The menus due now, as (outbox id, menu).
async fn due_menus(f: &Fixture, minute: i64) -> Vec<(i64, Option<Menu>)> {
    let mut tx = f.tx().await;
    let due = tx
        .due(Platform::Telegram, at(minute), 500, 500)
        .await
        .unwrap();
    due.into_iter()
        .filter_map(|item| match item.job {
            Job::Menu(menu) => Some((item.id, menu)),
            _ => None,
        })
        .collect()
}

async fn a_newer_menu_supersedes_one_not_yet_sent_and_an_unchanged_one_is_not_queued(
    engine: Engine,
) {
    let f = Fixture::on(engine).await;
    let english = job("7", staff_menu("cmd-concern"), Lang::EnGb);
    let welsh = job("7", staff_menu("cmd-concern"), Lang::Cy);
    assert!(queue(&f, &english, 0).await);
    assert!(!queue(&f, &english, 0).await, "the same again: nothing");
    assert!(queue(&f, &welsh, 0).await);
    let due = due_menus(&f, 0).await;
    assert_eq!(due.len(), 1, "only the latest: {due:?}");

    let mut tx = f.tx().await;
    let sent = Fate::Sent { message_id: None };
    tx.settle(due[0].0, &sent, at(1)).await.unwrap();
    tx.commit().await.unwrap();
    assert!(!queue(&f, &welsh, 2).await, "already shown");
    // Back to English and at once to Welsh again: the chat already shows Welsh.
    assert!(queue(&f, &english, 3).await);
    assert!(!queue(&f, &welsh, 3).await);
    assert!(due_menus(&f, 3).await.is_empty());
}

async fn a_chat_never_given_a_menu_is_not_asked_to_clear_one(engine: Engine) {
    let f = Fixture::on(engine).await;
    let clear = job("8", None, Lang::EnGb);
    assert!(!queue(&f, &clear, 0).await);
    assert!(queue(&f, &job("8", staff_menu("cmd-concern"), Lang::EnGb), 0).await);
    // Cleared before it went out: the waiting menu is cancelled, and that is all.
    assert!(!queue(&f, &clear, 0).await);
    assert!(due_menus(&f, 0).await.is_empty());

    assert!(queue(&f, &job("8", staff_menu("cmd-concern"), Lang::EnGb), 1).await);
    let shown = due_menus(&f, 1).await[0].0;
    let mut tx = f.tx().await;
    tx.settle(shown, &Fate::Sent { message_id: None }, at(1))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert!(queue(&f, &clear, 2).await, "shown, so cleared");
}

async fn menus_for_everyone_are_kept_per_language(engine: Engine) {
    let f = Fixture::on(engine).await;
    let everyone = |lang| MenuJob {
        address: Address::Everyone,
        ..job("", staff_menu("cmd-help"), lang)
    };
    for lang in Lang::ALL {
        assert!(queue(&f, &everyone(lang), 0).await, "{lang:?}");
    }
    assert!(!queue(&f, &everyone(Lang::Pl), 0).await);
    let mut tx = f.tx().await;
    let due = tx.due(Platform::Telegram, at(0), 500, 500).await.unwrap();
    let langs: Vec<Lang> = due.iter().map(|i| i.lang).collect();
    assert_eq!(langs, Lang::ALL);
    assert!(due.iter().all(|i| i.address == Address::Everyone));
}

async fn messages_come_before_a_backlog_of_menus_and_a_menu_waiting_to_retry_holds_none_back(
    engine: Engine,
) {
    let f = Fixture::on(engine).await;
    for chat in 0..50 {
        let menu = job(&chat.to_string(), staff_menu("cmd-concern"), Lang::EnGb);
        queue(&f, &menu, 0).await;
    }
    let mut tx = f.tx().await;
    let stranger = Account::new(Platform::Telegram, "3");
    tx.enqueue(
        &Outgoing::to_account(stranger, Message::new("hello")),
        at(0),
    )
    .await
    .unwrap();
    let due = tx.due(Platform::Telegram, at(0), 500, 500).await.unwrap();
    assert!(matches!(due[0].job, Job::Send(_)), "the message first");
    let menus = due.iter().filter(|i| matches!(i.job, Job::Menu(_)));
    assert_eq!(menus.count(), 20, "then a few menus, not the whole backlog");

    // Chat 3's menu is refused for now: the message to chat 3 still goes.
    let chat_3 = Address::Private("3".into());
    let menu = due
        .iter()
        .find(|i| i.address == chat_3 && matches!(i.job, Job::Menu(_)));
    let menu = menu.expect("chat 3's menu");
    tx.retry_at(menu.id, at(10), "rate limited").await.unwrap();
    let due = tx.due(Platform::Telegram, at(1), 500, 500).await.unwrap();
    assert!(due[0].address == chat_3 && matches!(due[0].job, Job::Send(_)));
}

both_engines!(
    a_newer_menu_supersedes_one_not_yet_sent_and_an_unchanged_one_is_not_queued,
    a_chat_never_given_a_menu_is_not_asked_to_clear_one,
    menus_for_everyone_are_kept_per_language,
    messages_come_before_a_backlog_of_menus_and_a_menu_waiting_to_retry_holds_none_back,
);
