//! Command menus on Telegram follow linking, `/language`, `/unlink` and imports without a
//! restart: the staff commands in a linked member of staff's private chat, in their language;
//! nothing of their own for parents; nothing sent again when nothing changed. Menu calls are made
//! in the background: a slow one holds up no reply, and a re-sync neither waits for nor undoes
//! a newer change to one chat, and a follow Telegram refused does not keep it from that chat.

use super::STAFF_ROOM;
use crate::support::telegram_fake::{Call, Refusal};
use crate::support::telegram_world::TgWorld;
use haven::core::clock::Clock;
use haven::core::ids::{Account, Platform};
use haven::core::people::Lang;
use haven::core::store::Kind;
use haven::platforms;
use serde_json::{json, Value};

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

#[tokio::test]
async fn a_member_of_staff_gets_the_staff_menu_on_linking_in_their_language_until_unlinking() {
    let w = TgWorld::start().await;
    let daniel = w.linked(DANIEL, 5701).await;

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
        Some("Cases you can see")
    );

    // Nothing changed: nothing is published again, in the private chat or from a group.
    daniel.says("/whoami").await;
    daniel.says("/whoami").await;
    daniel.says_in(STAFF_ROOM, "/whoami@HavenTestBot").await;
    assert_eq!(w.fake.menu_calls_for(daniel.id).len(), 1);

    daniel.says("/language").await;
    daniel.presses("Polski").await;
    let calls = w.fake.menu_calls_for(daniel.id);
    assert_eq!(
        methods(&calls),
        ["setMyCommands", "setMyCommands"],
        "{calls:#?}"
    );
    assert_eq!(
        calls[1].params["scope"],
        json!({"type": "chat", "chat_id": 5701})
    );
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
    emma.says("/language").await;
    emma.presses("Cymraeg").await;
    emma.says("/whoami").await;
    let calls = w.fake.menu_calls_for(emma.id);
    // Her chat was never published to since start: it is cleared once (a staff menu from an
    // earlier run would go), and never given the staff commands.
    assert_eq!(methods(&calls), ["deleteMyCommands"], "{calls:#?}");
    assert!(w.fake.calls_to("setMyCommands").is_empty());
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn menus_published_at_start_are_not_published_again() {
    let w = TgWorld::start().await;
    let school = w.app.app.ctx.school;
    let account = Account::new(Platform::Telegram, "5721");
    let mut tx = w.app.store().begin().await.unwrap();
    let daniel = tx.person_by_external_id(school, DANIEL).await.unwrap();
    let now = w.app.clock.now();
    tx.link_account(daniel.unwrap().id, &account, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let all = platforms::menus(&w.app.app, Platform::Telegram)
        .await
        .unwrap();
    w.transport.publish_menus(&all).await.unwrap();
    assert_eq!(w.fake.menu_calls_for(5721).len(), 1, "published at start");
    w.user(5721).says("/whoami").await;
    w.user(5721).sees("You are Daniel Okafor.");
    assert_eq!(w.fake.menu_calls_for(5721).len(), 1, "nothing new");
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_resync_takes_the_staff_menu_from_a_leaver_and_leaves_the_rest() {
    let w = TgWorld::start().await;
    let daniel = w.linked(DANIEL, 5731).await;
    let priya = w.linked(PRIYA, 5732).await;
    let all = platforms::menus(&w.app.app, Platform::Telegram)
        .await
        .unwrap();
    w.transport.publish_menus(&all).await.unwrap();
    let published = w.fake.calls_to("setMyCommands").len();

    // Daniel leaves the school: the next staff import no longer lists him.
    let staff = include_str!("../../../examples/staff.csv");
    let without: Vec<&str> = staff.lines().filter(|l| !l.starts_with(DANIEL)).collect();
    let store = w.app.store();
    let school = w.app.app.ctx.school;
    let now = w.app.clock.now();
    let csv = without.join("\n");
    haven::roster::import_file(store.as_ref(), school, Kind::Staff, csv.as_bytes(), now)
        .await
        .unwrap()
        .unwrap();

    let resync = || {
        let wanted = platforms::menus(&w.app.app, Platform::Telegram);
        w.transport.resync_menus(wanted)
    };
    assert_eq!(resync().await.unwrap(), 1);
    let calls = w.fake.menu_calls_for(daniel.id);
    assert_eq!(
        methods(&calls),
        ["setMyCommands", "setMyCommands", "deleteMyCommands"],
        "{calls:#?}"
    );
    assert_eq!(
        w.fake.calls_to("setMyCommands").len(),
        published,
        "nothing else sent"
    );
    assert_eq!(w.fake.menu_calls_for(priya.id).len(), 2);
    assert_eq!(resync().await.unwrap(), 0, "in line already");
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_refused_menu_breaks_nothing_and_is_tried_again() {
    let w = TgWorld::start().await;
    let (logs, _guard) = crate::support::logs::capture();
    w.fake
        .refuse_next("setMyCommands", 5741, Refusal::ChatNotFound);
    let daniel = w.linked(DANIEL, 5741).await;
    daniel.sees("Thank you, Daniel Okafor.");
    let logged = logs.text();
    assert!(
        logged.contains("could not update a chat's command menu"),
        "{logged}"
    );
    assert!(!logged.contains("Daniel"), "no names in the log: {logged}");

    daniel.says("/whoami").await;
    daniel.sees("You are Daniel Okafor.");
    let calls = w.fake.menu_calls_for(daniel.id);
    assert_eq!(
        methods(&calls),
        ["setMyCommands", "setMyCommands"],
        "refused, then tried again: {calls:#?}"
    );
    daniel.says("/whoami").await;
    assert_eq!(w.fake.menu_calls_for(daniel.id).len(), 2, "then remembered");
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn replies_do_not_wait_for_a_slow_menu_call() {
    let w = TgWorld::start().await;
    w.fake.hold_next("setMyCommands", 5761);
    w.app.first_account_next(DANIEL).await;
    let code = w.app.issue_code(DANIEL).await.replace('-', "");
    let daniel = w.user(5761);
    daniel.says_leaving_menus(&format!("/start {code}")).await;
    daniel.sees("Thank you, Daniel Okafor.");
    // Linking changed his menu: the call for it is made, and Telegram does not answer it.
    w.fake.wait_until_held(1).await;

    daniel.says_leaving_menus("/whoami").await;
    daniel.sees("You are Daniel Okafor.");
    assert_eq!(
        w.fake.held(),
        1,
        "the reply came while the menu call was still unanswered"
    );

    w.fake.release_held();
    w.transport.menus_settled().await;
    let calls = w.fake.menu_calls_for(daniel.id);
    assert_eq!(methods(&calls), ["setMyCommands"], "{calls:#?}");
    daniel.says("/whoami").await;
    assert_eq!(w.fake.menu_calls_for(daniel.id).len(), 1, "remembered");
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_resync_in_progress_neither_holds_up_nor_undoes_a_newer_change_to_a_chat() {
    let w = TgWorld::start().await;
    let daniel = w.linked(DANIEL, 5771).await;
    let priya = w.linked(PRIYA, 5772).await;
    let all = platforms::menus(&w.app.app, Platform::Telegram)
        .await
        .unwrap();
    w.transport.publish_menus(&all).await.unwrap();

    // Both choose Welsh where the menus cannot see it (as an import would change them).
    let school = w.app.app.ctx.school;
    let mut tx = w.app.store().begin().await.unwrap();
    for id in [DANIEL, PRIYA] {
        let person = tx.person_by_external_id(school, id).await.unwrap().unwrap();
        tx.set_lang(person.id, Lang::Cy).await.unwrap();
    }
    tx.commit().await.unwrap();

    // The re-sync reads the directory, then Telegram keeps it waiting on Daniel's menu.
    w.fake.hold_next("setMyCommands", daniel.id);
    let resync = w
        .transport
        .resync_menus(platforms::menus(&w.app.app, Platform::Telegram));
    let meanwhile = async {
        w.fake.wait_until_held(1).await;
        // Meanwhile Priya picks Polish: her menu follows at once.
        priya.says("/language").await;
        priya.presses("Polski").await;
        let calls = w.fake.menu_calls_for(priya.id);
        let last = calls.last().expect("menu calls");
        assert_eq!(
            described(last, "concern").as_deref(),
            Some("Zgłoś niepokój prywatnie"),
            "{calls:#?}"
        );
        assert_eq!(w.fake.held(), 1, "while the re-sync was still waiting");
        w.fake.release_held();
        calls.len()
    };
    let (done, priyas) = tokio::join!(resync, meanwhile);

    assert_eq!(done.unwrap(), 1, "Daniel's menu only");
    let calls = w.fake.menu_calls_for(daniel.id);
    assert_eq!(calls.len(), 3, "linked, published, re-synced: {calls:#?}");
    assert_eq!(
        described(&calls[2], "concern").as_deref(),
        Some("Rhoi gwybod am bryder, yn breifat")
    );
    // The Welsh menu the re-sync worked out for Priya is older than her Polish one.
    let calls = w.fake.menu_calls_for(priya.id);
    assert_eq!(calls.len(), priyas, "nothing after her change: {calls:#?}");
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_refused_follow_does_not_keep_a_resync_from_putting_that_chat_right() {
    let w = TgWorld::start().await;
    let daniel = w.linked(DANIEL, 5781).await;
    let all = platforms::menus(&w.app.app, Platform::Telegram)
        .await
        .unwrap();
    w.transport.publish_menus(&all).await.unwrap();

    // Daniel chooses Welsh where the menus cannot see it (as an import would change it).
    let school = w.app.app.ctx.school;
    let mut tx = w.app.store().begin().await.unwrap();
    let person = tx.person_by_external_id(school, DANIEL).await.unwrap();
    tx.set_lang(person.unwrap().id, Lang::Cy).await.unwrap();
    tx.commit().await.unwrap();

    // A re-sync begins; while it reads the directory, Daniel sends a command and Telegram
    // refuses the Welsh menu that follows it.
    let wanted = async {
        let wanted = platforms::menus(&w.app.app, Platform::Telegram).await;
        w.fake
            .refuse_next("setMyCommands", daniel.id, Refusal::ChatNotFound);
        daniel.says("/whoami").await;
        wanted
    };
    let done = w.transport.resync_menus(wanted).await.unwrap();

    let calls = w.fake.menu_calls_for(daniel.id);
    assert_eq!(
        calls.len(),
        4,
        "linked, published, refused, re-synced: {calls:#?}"
    );
    assert_eq!(done, 1, "the re-sync put his menu right");
    assert_eq!(
        described(&calls[3], "concern").as_deref(),
        Some("Rhoi gwybod am bryder, yn breifat")
    );
    daniel.says("/whoami").await;
    assert_eq!(w.fake.menu_calls_for(daniel.id).len(), 4, "in line now");
    w.fake.assert_no_violations();
}
