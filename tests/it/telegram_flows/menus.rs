//! Command menus on Telegram are outbox jobs, queued in the transaction that changed them:
//! linking, `/language`, `/unlink` and imports. A linked member of staff gets the staff
//! commands in their private chat, in their language; a parent gets no menu of their own;
//! nothing is published again when nothing changed, and of two quick changes only the latest.
//! A refused menu is retried like a message, and holds up no message. At start the menus for
//! everyone are queued, never waited for: Haven answers while menus are still waiting.

use super::STAFF_ROOM;
use crate::support::telegram_fake::{Call, FakeTelegram, Refusal};
use crate::support::telegram_updates as tg;
use crate::support::telegram_world::TgWorld;
use crate::support::{spawn_app, TestApp};
use chrono::Duration;
use haven::adapters::telegram::RateLimits;
use haven::core::clock::Clock;
use haven::core::ids::{Account, Platform};
use haven::core::people::{Lang, Role, Roles};
use haven::core::store::{Kind, PersonRecord};
use serde_json::{json, Value};
use tokio::sync::watch;
use tokio::task::JoinSet;

const DANIEL: &str = "STF002";
const PRIYA: &str = "STF003";
const EMMA: &str = "PAR006";

/// The (command, description) pairs of a `setMyCommands` call.
fn commands(call: &Call) -> Vec<(String, String)> {
    let listed = call.params["commands"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    let text = |v: &Value| v.as_str().unwrap_or_default().to_string();
    listed
        .iter()
        .map(|c| (text(&c["command"]), text(&c["description"])))
        .collect()
}

fn described(call: &Call, name: &str) -> Option<String> {
    let found = commands(call).into_iter().find(|(n, _)| n == name);
    found.map(|(_, description)| description)
}

fn methods(calls: &[Call]) -> Vec<&str> {
    calls.iter().map(|c| c.method.as_str()).collect()
}

/// Menu jobs still waiting in the outbox.
fn menus_waiting(app: &TestApp) -> i64 {
    let db = rusqlite::Connection::open(app.dir.path().join("haven.db")).expect("raw connection");
    let sql = "SELECT COUNT(*) FROM outbox WHERE job = 'menu' AND status = 'pending'";
    db.query_row(sql, [], |r| r.get(0)).expect("count")
}

#[tokio::test]
async fn a_teacher_who_links_gets_the_staff_menu_in_their_language_until_they_unlink() {
    let w = TgWorld::start().await;
    let daniel = w.linked(DANIEL, 5701).await;
    daniel.sees("Thank you, Daniel Okafor.");

    let calls = w.fake.menu_calls_for(daniel.id);
    assert_eq!(methods(&calls), ["setMyCommands"], "{calls:#?}");
    let staff = &calls[0];
    assert_eq!(
        staff.params["scope"],
        json!({"type": "chat", "chat_id": 5701})
    );
    assert!(staff.params.get("language_code").is_none(), "{staff:?}");
    assert_eq!(
        described(staff, "concern").as_deref(),
        Some("Report a concern, privately")
    );
    assert_eq!(
        described(staff, "cases").as_deref(),
        Some("Cases you can see (/cases closed: the closed ones)")
    );
    assert_eq!(
        described(staff, "desk").as_deref(),
        Some("Sign in to the case desk")
    );

    // Nothing changed: nothing is published again, in the private chat or from a group.
    daniel.says("/whoami").await;
    daniel.says_in(STAFF_ROOM, "/whoami@HavenTestBot").await;
    assert_eq!(w.fake.menu_calls_for(daniel.id).len(), 1);

    daniel.says("/language").await;
    daniel.presses("Polski").await;
    let calls = w.fake.menu_calls_for(daniel.id);
    assert_eq!(methods(&calls), ["setMyCommands"; 2], "{calls:#?}");
    assert_eq!(
        described(&calls[1], "concern").as_deref(),
        Some("Zgłoś niepokój prywatnie")
    );
    assert_eq!(
        commands(&calls[1]).len(),
        commands(&calls[0]).len(),
        "the same commands, in Polish"
    );

    daniel.says("/unlink").await;
    let calls = w.fake.menu_calls_for(daniel.id);
    assert_eq!(
        methods(&calls),
        ["setMyCommands", "setMyCommands", "deleteMyCommands"],
        "{calls:#?}"
    );
    assert_eq!(
        calls[2].params,
        json!({"scope": {"type": "chat", "chat_id": 5701}})
    );
    daniel.says("/whoami").await;
    assert_eq!(w.fake.menu_calls_for(daniel.id).len(), 3, "cleared once");
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_parent_who_links_gets_no_menu_of_their_own() {
    let w = TgWorld::start().await;
    let emma = w.linked(EMMA, 5711).await;
    emma.sees("Thank you");
    emma.says("/language").await;
    emma.presses("Cymraeg").await;
    emma.says("/whoami").await;
    let calls = w.fake.menu_calls_for(emma.id);
    assert!(calls.is_empty(), "{calls:#?}");
    assert!(w.fake.calls_to("setMyCommands").is_empty());
    assert_eq!(menus_waiting(&w.app), 0, "and none waiting");
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_teacher_an_import_no_longer_lists_loses_the_staff_menu_and_the_others_keep_theirs() {
    let w = TgWorld::start().await;
    let daniel = w.linked(DANIEL, 5731).await;
    let priya = w.linked(PRIYA, 5732).await;

    // Daniel leaves the school: the office's next staff import no longer lists him.
    let staff = include_str!("../../../examples/staff.csv");
    let without: Vec<&str> = staff.lines().filter(|l| !l.starts_with(DANIEL)).collect();
    let school = w.app.app.ctx.school;
    let now = w.app.clock.now();
    let csv = without.join("\n");
    let store = w.app.store();
    haven::roster::import_file(store.as_ref(), school, Kind::Staff, csv.as_bytes(), now)
        .await
        .unwrap()
        .unwrap();
    w.deliver().await;

    let calls = w.fake.menu_calls_for(daniel.id);
    assert_eq!(
        methods(&calls),
        ["setMyCommands", "deleteMyCommands"],
        "{calls:#?}"
    );
    assert_eq!(w.fake.menu_calls_for(priya.id).len(), 1, "Priya's stays");
    assert_eq!(
        w.fake.calls_to("setMyCommands").len(),
        2,
        "nothing else sent"
    );
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn of_two_quick_language_changes_only_the_latest_menu_is_published() {
    let w = TgWorld::start().await;
    let daniel = w.linked(DANIEL, 5741).await;

    // Two changes before the dispatcher's next round.
    daniel.says_undelivered("/language pl").await;
    daniel.says_undelivered("/language cy").await;
    w.deliver().await;

    let calls = w.fake.menu_calls_for(daniel.id);
    assert_eq!(methods(&calls), ["setMyCommands"; 2], "{calls:#?}");
    assert_eq!(
        described(&calls[1], "concern").as_deref(),
        Some("Rhoi gwybod am bryder, yn breifat"),
        "the Welsh menu, and never the Polish one"
    );
    assert_eq!(
        daniel.texts_with("Polski").len(),
        1,
        "both changes answered"
    );
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_refused_menu_is_retried_like_a_message_and_holds_up_no_message() {
    let w = TgWorld::start().await;
    let (logs, _guard) = crate::support::logs::capture();
    w.fake
        .refuse_next("setMyCommands", 5751, Refusal::TooManyRequests(3));
    let daniel = w.linked(DANIEL, 5751).await;
    daniel.sees("Thank you, Daniel Okafor.");
    daniel.says("/whoami").await;
    daniel.sees("You are Daniel Okafor.");
    assert_eq!(
        w.fake.menu_calls_for(daniel.id).len(),
        1,
        "refused, waiting"
    );
    assert_eq!(menus_waiting(&w.app), 1);

    // Telegram's retry-after passes: the menu goes, once.
    w.advance(Duration::seconds(3)).await;
    let calls = w.fake.menu_calls_for(daniel.id);
    assert_eq!(methods(&calls), ["setMyCommands"; 2], "{calls:#?}");
    assert_eq!(menus_waiting(&w.app), 0);
    daniel.says("/whoami").await;
    assert_eq!(w.fake.menu_calls_for(daniel.id).len(), 2, "then remembered");
    let logged = logs.text();
    assert!(!logged.contains("Daniel"), "no names in the log: {logged}");
    assert!(
        !logged.contains("Report a concern"),
        "no menu text: {logged}"
    );
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_menu_refused_for_good_is_given_up_and_leaves_the_chat_reachable() {
    let w = TgWorld::start().await;
    w.fake
        .refuse_next("setMyCommands", 5761, Refusal::ChatNotFound);
    let daniel = w.linked(DANIEL, 5761).await;
    assert_eq!(menus_waiting(&w.app), 0, "given up");
    let mut tx = w.app.store().begin().await.unwrap();
    let me = tx
        .person_by_external_id(w.app.app.ctx.school, DANIEL)
        .await
        .unwrap()
        .unwrap();
    assert!(!tx.unreachable(me.id).await.unwrap(), "still reachable");
    drop(tx);
    daniel.says("/whoami").await;
    daniel.sees("You are Daniel Okafor.");
    w.fake.assert_no_violations();
}

/// Telegram's real overall limit, so that publishing many menus takes a while.
fn at_telegrams_pace(fake: &FakeTelegram) -> haven::adapters::telegram::TelegramConfig {
    haven::adapters::telegram::TelegramConfig {
        rate_limits: RateLimits::telegram(),
        ..fake.config()
    }
}

/// `count` members of staff, each linked to Telegram (chat `100_000 + i`).
async fn linked_staff(app: &TestApp, count: usize) {
    let records: Vec<PersonRecord> = (0..count)
        .map(|i| PersonRecord {
            external_id: format!("T{i}"),
            name: format!("Teacher {i}"),
            roles: Roles::new([Role::Staff]),
            lang: Lang::ALL[i % Lang::ALL.len()],
            groups: Vec::new(),
        })
        .collect();
    let (school, now) = (app.app.ctx.school, app.clock.now());
    let mut tx = app.store().begin().await.unwrap();
    tx.import_people(school, Kind::Staff, &records, now)
        .await
        .unwrap();
    for i in 0..count {
        let p = tx.person_by_external_id(school, &format!("T{i}")).await;
        let account = Account::new(Platform::Telegram, (100_000 + i).to_string());
        tx.link_account(p.unwrap().unwrap().id, &account, now)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn after_a_start_with_300_staff_menus_to_publish_a_start_is_answered_before_they_are_all_out()
{
    let app = spawn_app().await;
    linked_staff(&app, 300).await;
    let fake = FakeTelegram::start().await;
    let (stop, stopped) = watch::channel(false);
    let mut tasks = JoinSet::new();
    haven::platforms::start_telegram(&at_telegrams_pace(&fake), &app.app, stopped, &mut tasks)
        .await
        .expect("Telegram starts");
    assert_eq!(
        menus_waiting(&app),
        304,
        "300 chats and 4 languages, queued"
    );

    // Someone new writes as soon as Haven is up.
    fake.push_update(tg::text(4242, 4242, "/start"));
    fake.wait_for("sendMessage", 1).await;
    assert!(
        fake.texts_to(4242)[0].contains("Hello! I'm the school's Haven assistant"),
        "{:?}",
        fake.texts_to(4242)
    );
    let waiting = menus_waiting(&app);
    assert!(waiting > 0, "answered while menus were still waiting");
    assert!(
        fake.calls_to("setMyCommands").len() < 300,
        "answered before the menus were out"
    );
    let _ = stop.send(true);
    while tasks.join_next().await.is_some() {}
    fake.assert_no_violations();
}

#[tokio::test]
async fn the_menus_for_everyone_are_published_at_the_first_start_and_not_again() {
    let app = spawn_app().await;
    let fake = FakeTelegram::start().await;
    for round in 1..=2 {
        let (stop, stopped) = watch::channel(false);
        let mut tasks = JoinSet::new();
        haven::platforms::start_telegram(&fake.config(), &app.app, stopped, &mut tasks)
            .await
            .expect("Telegram starts");
        let chat = 4300 + round;
        fake.push_update(tg::text(chat, chat, "/start"));
        fake.wait_for("sendMessage", round as usize).await;
        let defaults = fake.wait_for("setMyCommands", 4).await;
        let _ = stop.send(true);
        while tasks.join_next().await.is_some() {}
        assert_eq!(defaults.len(), 4, "one per language, once: {defaults:#?}");
    }
    let defaults = fake.calls_to("setMyCommands");
    assert!(defaults
        .iter()
        .all(|c| c["scope"] == json!({"type": "default"})));
    let codes: Vec<&Value> = defaults.iter().map(|c| &c["language_code"]).collect();
    assert_eq!(
        codes,
        [&Value::Null, &json!("cy"), &json!("pl"), &json!("ar")],
        "English is the fallback for every other language"
    );
    assert!(defaults
        .iter()
        .all(|c| described_json(c, "concern").is_none()));
    assert!(described_json(&defaults[1], "help").is_some_and(|d| d == "Beth alla i ei wneud"));
    fake.assert_no_violations();
}

fn described_json(params: &Value, name: &str) -> Option<String> {
    let call = Call {
        method: "setMyCommands".into(),
        params: params.clone(),
        at: std::time::Instant::now(),
    };
    described(&call, name)
}
