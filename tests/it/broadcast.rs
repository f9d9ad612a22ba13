//! Broadcasts and the Safer Internet Day campaign: who may send, who receives, in which
//! language, when, and that a restart never sends anyone a second copy.

use crate::support::{spawn_app, spawn_app_with, Person, TestApp};
use async_trait::async_trait;
use chrono::{Duration, NaiveTime, TimeZone, Utc};
use haven::adapters::memory::MemoryChat;
use haven::core::broadcast::content::Template;
use haven::core::broadcast::settings::{PlanAudience, PlanPart};
use haven::core::clock::Clock;
use haven::core::ids::{Account, Platform};
use haven::core::settings::Settings;
use haven::core::store::Address;
use haven::delivery::limits::RateLimits;
use haven::delivery::{Rendered, SendError, Transport};
use std::sync::Arc;
use tokio::sync::Notify;

/// The answers to the `/broadcast` form, with English button labels.
#[derive(Default)]
struct Compose<'a> {
    audience: &'a [&'a str],
    classes: Option<&'a str>,
    content: &'a str,
    text: Option<&'a str>,
    essential: bool,
    at: Option<&'a str>,
}

/// Fills in and submits the form; the preview is then the latest message.
async fn compose(p: &Person<'_>, c: Compose<'_>) {
    p.says("/broadcast").await;
    for a in c.audience {
        p.presses(a).await;
    }
    p.presses("Done").await;
    if let Some(classes) = c.classes {
        p.says(classes).await;
    }
    p.presses(c.content).await;
    match c.text {
        Some(t) => p.says(t).await,
        None => p.presses("Skip").await,
    }
    p.presses(if c.essential { "Yes" } else { "No" }).await;
    match c.at {
        None => p.presses("Send now").await,
        Some(at) => {
            p.presses("Send later").await;
            p.says(at).await;
        }
    }
    p.presses("Submit").await;
}

/// Sends a custom text now to the given audience, confirming the preview.
async fn send_text(p: &Person<'_>, audience: &[&str], text: &str, essential: bool) {
    compose(
        p,
        Compose {
            audience,
            content: "My own text",
            text: Some(text),
            essential,
            ..Default::default()
        },
    )
    .await;
    p.presses("Send").await;
}

/// How many messages containing `needle` the person received in total.
fn count(p: &Person<'_>, needle: &str) -> usize {
    p.received()
        .iter()
        .filter(|m| m.text.contains(needle))
        .count()
}

#[tokio::test]
async fn only_the_online_safety_lead_and_senior_leaders_may_broadcast() {
    let app = spawn_app().await;
    for name in ["Owen Hartley", "Emma Whitlow", "Priya Castellane"] {
        let p = app.person(name);
        for cmd in [
            "/broadcast",
            "/broadcast status",
            "/broadcast cancel 1",
            "/campaign sid",
        ] {
            p.says(cmd).await;
            p.sees("Only the online safety lead and senior leadership");
        }
        p.presses_payload("b.sid.2027").await;
        p.sees("Only the online safety lead and senior leadership");
    }
    let owen = app.person("Owen Hartley");
    owen.says("Hello").await;
    owen.sees("I'm not sure what you mean");

    // The online safety lead (in Polish) and senior leaders may.
    let tomasz = app.person("Tomasz Wiśniewski");
    tomasz.says("/broadcast").await;
    tomasz.sees("Kto ma otrzymać wiadomość?");
    for name in ["Margaret Thornbury", "Daniel Okafor"] {
        let p = app.person(name);
        p.says("/broadcast").await;
        p.sees("Who should receive it?");
    }

    // A command in a group gets only the neutral pointer; the form continues in private.
    let margaret = app.person("Margaret Thornbury");
    margaret.says("/cancel").await;
    margaret.catch_up();
    margaret.says_in("staffroom", "/broadcast").await;
    let group = app.group_messages();
    assert_eq!(group.len(), 1);
    assert!(group[0].text.contains("I've sent you a private message"));
    margaret.sees("Who should receive it?");
}

#[tokio::test]
async fn forged_and_stale_buttons_change_nothing() {
    let app = spawn_app().await;
    let margaret = app.person("Margaret Thornbury");
    compose(
        &margaret,
        Compose {
            audience: &["All parents"],
            content: "My own text",
            text: Some("Book fair on Friday"),
            ..Default::default()
        },
    )
    .await;
    margaret.sees("Broadcast #1: it will reach 8 people");
    let send = margaret.button("Send");

    // Daniel may broadcast, but this draft is Margaret's.
    let daniel = app.person("Daniel Okafor");
    for forged in [
        send.as_str(),
        "b.send.999",
        "b.drop.1x",
        "b.sid.abc",
        "b.nonsense",
    ] {
        daniel.presses_payload(forged).await;
        daniel.sees("That button is no longer valid");
    }
    let emma = app.person("Emma Whitlow");
    emma.sees_nothing_new();

    margaret.presses("Send").await;
    margaret.sees("Broadcast #1 is on its way to 8 people.");
    emma.sees("Book fair on Friday");
    // Pressing Send again does not send it twice.
    margaret.presses_payload(&send).await;
    margaret.sees("That button is no longer valid");
    emma.sees_nothing_new();
}

#[tokio::test]
async fn the_audience_is_the_groups_chosen_each_person_once() {
    let app = spawn_app().await;
    let margaret = app.person("Margaret Thornbury");
    margaret.says("/broadcast").await;
    margaret.presses("Parents of some classes").await;
    margaret.presses("Governors").await;
    margaret.presses("Done").await;
    margaret.sees("The class groups are: 1. Reception Oak, 2. Year 3.");
    margaret.says("Year 4").await;
    margaret.sees("I don't know one of those classes");
    margaret.sees("Which classes?");
    // Typed again, by number: Reception Oak.
    margaret.says("1").await;
    margaret.presses("My own text").await;
    margaret.says("Reception Oak trip letter").await;
    margaret.presses("No").await;
    margaret.presses("Send now").await;
    let review = margaret.sees("Please check your broadcast");
    assert!(
        review.text.contains("Classes: Reception Oak"),
        "{}",
        review.text
    );
    margaret.presses("Submit").await;
    margaret.sees("Broadcast #1: it will reach 6 people");
    margaret.presses("Send").await;

    for name in [
        "Katarzyna Nowak",
        "Sophie Marchbank",
        "Yusuf Haddad",
        "Bronwen Teague",
        "Hilary Penrose",
        "Marcus Fenwick-Lowe",
    ] {
        assert_eq!(
            count(&app.person(name), "Reception Oak trip letter"),
            1,
            "{name}"
        );
    }
    for name in [
        "Aisha Rahman",
        "Emma Whitlow",
        "Daniel Okafor",
        "Tomasz Wiśniewski",
    ] {
        assert_eq!(
            count(&app.person(name), "Reception Oak trip letter"),
            0,
            "{name}"
        );
    }

    // Staff: everyone who works or volunteers, not visitors or governors.
    send_text(
        &margaret,
        &["All staff", "All parents"],
        "Staff and parents note",
        false,
    )
    .await;
    margaret.sees("is on its way to 16 people");
    for name in [
        "Josie Quennell",
        "Beverley Ashdown",
        "Priya Castellane",
        "Sophie Marchbank",
    ] {
        assert_eq!(
            count(&app.person(name), "Staff and parents note"),
            1,
            "{name}"
        );
    }
    assert_eq!(
        count(&app.person("Arthur Delacourt"), "Staff and parents note"),
        0
    );
    assert_eq!(
        count(&app.person("Hilary Penrose"), "Staff and parents note"),
        0
    );
}

#[tokio::test]
async fn each_recipient_reads_it_in_their_own_language() {
    let app = spawn_app().await;
    let tomasz = app.person("Tomasz Wiśniewski");
    tomasz.says("/broadcast").await;
    tomasz.presses("Wszyscy pracownicy").await;
    tomasz.presses("Wszyscy rodzice").await;
    tomasz.presses("Gotowe").await;
    tomasz
        .presses("Dzień Bezpiecznego Internetu (rodzice)")
        .await;
    tomasz.says("Apel w środę o 9:00.").await;
    tomasz.presses("Nie").await;
    tomasz.presses("Wyślij teraz").await;
    tomasz.presses("Wyślij").await;

    // The preview is in Tomasz's Polish, with counts per platform and language.
    tomasz.sees("Tak wygląda wiadomość");
    tomasz.sees("bierze udział w Dniu Bezpiecznego Internetu 09/02/2027");
    let preview = tomasz.sees("Komunikat nr 1 – odbiorcy: 16");
    for line in [
        "• Konsola: 16",
        "• English: 8",
        "• Polski: 3",
        "• Cymraeg: 3",
    ] {
        assert!(preview.text.contains(line), "{line} in {}", preview.text);
    }
    assert!(preview.text.contains("العربية"), "{}", preview.text);
    tomasz.presses("Wyślij").await;
    tomasz.sees("Komunikat nr 1 jest wysyłany (odbiorcy: 16).");

    let katarzyna = app.person("Katarzyna Nowak");
    let m = katarzyna.sees("w Dniu Bezpiecznego Internetu 09/02/2027");
    assert!(m.text.contains("Apel w środę o 9:00."), "details as typed");
    assert!(m.text.contains("wyślij /optout"), "{}", m.text);
    app.person("Piotr Zieliński")
        .sees("Dziecko będzie rozmawiać w szkole o bezpieczeństwie w sieci");
    let aisha = app.person("Aisha Rahman").sees("يوم الإنترنت الآمن");
    assert!(aisha.rtl);
    app.person("Rhian Prydderch")
        .sees("Diwrnod Defnyddio'r Rhyngrwyd yn Fwy Diogel");
    let emma = app
        .person("Emma Whitlow")
        .sees("is taking part in Safer Internet Day on 09/02/2027");
    assert!(emma.text.contains("send /optout"));
    let daniel = app.person("Daniel Okafor").sees("Safer Internet Day");
    assert!(
        daniel.text.contains("speak to the online safety lead"),
        "staff footer"
    );

    // Custom text goes as written; only the frame is translated.
    let margaret = app.person("Margaret Thornbury");
    send_text(&margaret, &["All parents"], "Book fair: Friday 3pm!", false).await;
    let k = katarzyna.sees("Book fair: Friday 3pm!");
    assert!(k.text.contains("📣 Wiadomość ze szkoły"), "{}", k.text);
    assert!(k.text.contains("— Margaret Thornbury, Haven Demo School"));
    app.person("Gareth Llewellyn").sees("📣 Neges gan yr ysgol");
}

#[tokio::test]
async fn a_scheduled_broadcast_waits_for_its_time_and_then_reports() {
    let app = spawn_app().await;
    let margaret = app.person("Margaret Thornbury");
    compose(
        &margaret,
        Compose {
            audience: &["Governors"],
            content: "Acceptable Use Policy reminder",
            essential: false,
            at: Some("18/11/2026 14:00"),
            ..Default::default()
        },
    )
    .await;
    margaret.sees("at 18/11/2026 14:00");
    margaret.presses("Send").await;
    margaret.sees("Broadcast #1 is scheduled for 18/11/2026 14:00");
    margaret.says("/broadcast status").await;
    margaret.sees("Broadcast #1 (scheduled): Acceptable Use Policy reminder");

    let hilary = app.person("Hilary Penrose");
    app.advance(Duration::hours(27)).await; // 18/11 13:00
    hilary.sees_nothing_new();
    app.advance(Duration::hours(1)).await; // 14:00
    hilary.sees("please read the Acceptable Use Policy");
    app.person("Marcus Fenwick-Lowe")
        .sees("please read the Acceptable Use Policy");

    // The sender's final report comes once everything has settled, once.
    app.tick().await;
    let report = margaret.sees("Broadcast #1 (Acceptable Use Policy reminder) has finished.");
    assert!(report.text.contains("Delivered: 2"), "{}", report.text);
    app.advance(Duration::minutes(5)).await;
    assert_eq!(count(&margaret, "has finished"), 1);
    margaret.says("/broadcast status 1").await;
    let status = margaret.sees("Broadcast #1 (Acceptable Use Policy reminder) has finished.");
    assert_eq!(status.text, report.text, "status says what the report said");
}

#[tokio::test]
async fn the_report_counts_who_could_not_be_reached() {
    let app = spawn_app().await;
    app.person("Yusuf Haddad").says("/unlink").await;
    app.chat.fail_next(
        Address::Private("Bronwen Teague".into()),
        SendError::Unreachable("bot blocked".into()),
    );
    let margaret = app.person("Margaret Thornbury");
    compose(
        &margaret,
        Compose {
            audience: &["All parents"],
            content: "My own text",
            text: Some("Sports day"),
            ..Default::default()
        },
    )
    .await;
    let preview = margaret.sees("it will reach 7 people");
    assert!(preview.text.contains("not reached): 1"), "{}", preview.text);
    margaret.presses("Send").await;
    app.tick().await;
    let r = margaret.sees("has finished");
    for part in [
        "Delivered: 6",
        "Could not be reached: 2 (no linked chat account: 1; blocked the bot or closed messages: 1)",
        "Failed: 0",
    ] {
        assert!(r.text.contains(part), "{part} in {}", r.text);
    }
}

#[tokio::test]
async fn a_scheduled_or_queued_broadcast_can_be_cancelled() {
    let app = spawn_app().await;
    let margaret = app.person("Margaret Thornbury");
    compose(
        &margaret,
        Compose {
            audience: &["All parents"],
            content: "Parent online-safety workshop",
            at: Some("tomorrow 09:00"),
            ..Default::default()
        },
    )
    .await;
    margaret.presses("Send").await;
    margaret.says("/broadcast cancel 1").await;
    margaret.sees("Broadcast #1 is cancelled. Nothing had been sent.");
    margaret.says("/broadcast cancel 1").await;
    margaret.sees("was already cancelled");
    app.advance(Duration::days(1)).await;
    let emma = app.person("Emma Whitlow");
    assert_eq!(count(&emma, "workshop"), 0);

    // Queued in the evening: parents' copies wait for the morning and can still be stopped.
    app.advance(Duration::hours(10)).await; // 18/11 20:00
    send_text(
        &margaret,
        &["All parents", "Governors"],
        "Evening note",
        false,
    )
    .await;
    margaret.sees("8 parents will get it when their quiet hours end");
    app.person("Hilary Penrose").sees("Evening note");
    margaret.says("/broadcast cancel 2").await;
    margaret.sees("8 messages not yet delivered were stopped");
    app.advance(Duration::hours(13)).await;
    assert_eq!(count(&emma, "Evening note"), 0);
    margaret.says("/broadcast cancel 999").await;
    margaret.sees("There is no broadcast number 999.");
}

#[tokio::test]
async fn parents_quiet_hours_hold_their_copy_until_the_morning() {
    let app = spawn_app().await;
    let margaret = app.person("Margaret Thornbury");
    compose(
        &margaret,
        Compose {
            audience: &["All staff", "All parents"],
            content: "My own text",
            text: Some("Late news"),
            at: Some("today 21:00"),
            ..Default::default()
        },
    )
    .await;
    margaret.presses("Send").await;
    let (daniel, emma) = (app.person("Daniel Okafor"), app.person("Emma Whitlow"));
    app.advance(Duration::hours(11)).await; // 21:00
    daniel.sees("Late news");
    emma.sees_nothing_new();
    margaret.says("/broadcast status 1").await;
    margaret.sees("held for quiet hours: 8");
    app.advance(Duration::hours(10)).await; // 07:00
    emma.sees_nothing_new();
    app.advance(Duration::hours(1)).await; // 08:00
    emma.sees("Late news");

    // Once the final report is in, status says the same and nothing is held any more.
    app.advance(Duration::minutes(1)).await;
    let report = margaret.sees("Broadcast #1 (My own text) has finished.");
    margaret.says("/broadcast status 1").await;
    let status = margaret.sees("Broadcast #1");
    assert_eq!(status.text, report.text);
    assert!(!status.text.contains("sending"), "{}", status.text);
    assert!(!status.text.contains("held"), "{}", status.text);
}

#[tokio::test]
async fn quiet_hours_are_configurable() {
    let mut settings = Settings::default();
    settings.broadcast.quiet_hours.start = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
    settings.broadcast.quiet_hours.end = NaiveTime::from_hms_opt(12, 0, 0).unwrap();
    let app = spawn_app_with(settings).await;
    send_text(
        &app.person("Margaret Thornbury"),
        &["All parents"],
        "Noon note",
        false,
    )
    .await;
    let emma = app.person("Emma Whitlow");
    emma.sees_nothing_new();
    app.advance(Duration::hours(2)).await;
    emma.sees("Noon note");
}

#[tokio::test]
async fn parents_may_opt_out_of_all_but_essential_messages() {
    let app = spawn_app().await;
    let emma = app.person("Emma Whitlow");
    emma.says_in("Year 3 parents", "/optout").await;
    assert!(app.group_messages()[0]
        .text
        .contains("I've sent you a private message"));
    emma.sees("you won't receive non-essential school broadcasts");
    app.person("Daniel Okafor").says("/optout").await;
    app.person("Daniel Okafor").sees("Only parents can opt out");

    let margaret = app.person("Margaret Thornbury");
    compose(
        &margaret,
        Compose {
            audience: &["All parents"],
            content: "My own text",
            text: Some("Cake sale"),
            ..Default::default()
        },
    )
    .await;
    let preview = margaret.sees("it will reach 7 people");
    assert!(
        preview.text.contains("opted out (not reached): 1"),
        "{}",
        preview.text
    );
    margaret.presses("Send").await;
    assert_eq!(count(&emma, "Cake sale"), 0);
    app.person("Sophie Marchbank").sees("Cake sale");

    send_text(&margaret, &["All parents"], "Road closed at the gate", true).await;
    let m = emma.sees("Road closed at the gate");
    assert!(
        m.text.contains("Essential message from the school"),
        "{}",
        m.text
    );
    assert!(m.text.contains("marked this message as essential"));

    emma.says("/optin").await;
    emma.sees("you will receive school broadcasts again");
    send_text(&margaret, &["All parents"], "Second cake sale", false).await;
    emma.sees("Second cake sale");
}

#[tokio::test]
async fn opting_out_drops_the_copies_already_held_for_quiet_hours_but_not_essential_ones() {
    let app = spawn_app().await;
    let margaret = app.person("Margaret Thornbury");
    let (emma, sophie) = (app.person("Emma Whitlow"), app.person("Sophie Marchbank"));
    app.advance(Duration::hours(11)).await; // 21:00: parents' copies wait for the morning
    send_text(&margaret, &["All parents"], "Cake sale tomorrow", false).await;
    send_text(&margaret, &["All parents"], "School closed: snow", true).await;
    margaret.says("/broadcast status 1").await;
    margaret.sees("held for quiet hours: 8");

    app.advance(Duration::hours(1)).await; // 22:00
    emma.says("/optout").await;
    emma.sees("you won't receive non-essential school broadcasts");

    app.advance(Duration::hours(10)).await; // 08:00
    sophie.sees("Cake sale tomorrow");
    sophie.sees("School closed: snow");
    emma.sees("School closed: snow");
    assert_eq!(count(&emma, "Cake sale"), 0, "dropped when she opted out");

    app.advance(Duration::minutes(1)).await;
    let report = margaret.sees("Broadcast #1 (");
    assert!(report.text.contains("Delivered: 7"), "{}", report.text);
    assert!(
        report.text.contains("Parents who opted out: 1"),
        "{}",
        report.text
    );
    assert!(
        report.text.contains("Cancelled before delivery: 0"),
        "{}",
        report.text
    );
    margaret.says("/broadcast status 2").await;
    let essential = margaret.sees("Broadcast #2");
    assert!(
        essential.text.contains("Delivered: 8"),
        "{}",
        essential.text
    );
    assert!(
        essential.text.contains("opted out: 0"),
        "{}",
        essential.text
    );
}

#[tokio::test]
async fn a_person_linked_on_two_platforms_gets_it_once() {
    let app = spawn_app().await;
    {
        let mut tx = app.store().begin().await.unwrap();
        let emma = tx
            .person_by_external_id(app.app.ctx.school, "PAR006")
            .await
            .unwrap()
            .unwrap();
        let later = app.clock.now() + Duration::seconds(1);
        tx.link_account(emma.id, &Account::new(Platform::Telegram, "555"), later)
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    let margaret = app.person("Margaret Thornbury");
    compose(
        &margaret,
        Compose {
            audience: &["All parents", "Parents of some classes"],
            classes: Some("Year 3, Reception Oak"),
            content: "My own text",
            text: Some("Once only"),
            ..Default::default()
        },
    )
    .await;
    let preview = margaret.sees("it will reach 8 people");
    assert!(preview.text.contains("• Console: 7"), "{}", preview.text);
    assert!(preview.text.contains("• Telegram: 1"), "{}", preview.text);
    margaret.presses("Send").await;
    let mut tx = app.store().begin().await.unwrap();
    let s = tx
        .tag_summary(&haven::core::tag::Tag::parse("broadcast:1").unwrap())
        .await
        .unwrap();
    assert_eq!(s.pending + s.sent, 8, "one row per person: {s:?}");
    assert_eq!(
        count(&app.person("Emma Whitlow"), "Once only"),
        0,
        "sent on Telegram"
    );
}

/// A platform that takes every message but never answers for one recipient's copy of one
/// message: the dispatcher is stuck between sending and recording when it is stopped.
#[derive(Clone)]
struct Stalling {
    inner: MemoryChat,
    stall_for: Address,
    stall_on: &'static str,
    stalled: Arc<Notify>,
}

#[async_trait]
impl Transport for Stalling {
    fn platform(&self) -> Platform {
        self.inner.platform()
    }

    async fn send(&self, msg: &Rendered) -> Result<Option<String>, SendError> {
        let id = self.inner.send(msg).await?;
        if msg.address == self.stall_for && msg.text.contains(self.stall_on) {
            self.stalled.notify_one();
            std::future::pending::<()>().await;
        }
        Ok(id)
    }

    async fn remove(&self, address: &Address, message_id: &str) -> Result<(), SendError> {
        self.inner.remove(address, message_id).await
    }
}

async fn schedule_text(app: &TestApp, text: &str) {
    compose(
        &app.person("Margaret Thornbury"),
        Compose {
            audience: &["All staff", "All parents"],
            content: "My own text",
            text: Some(text),
            at: Some("today 11:00"),
            ..Default::default()
        },
    )
    .await;
    app.person("Margaret Thornbury").presses("Send").await;
}

#[tokio::test]
async fn a_restart_mid_broadcast_resumes_without_sending_anyone_a_second_copy() {
    let app = spawn_app().await;
    schedule_text(&app, "First news").await;
    schedule_text(&app, "Second news").await;
    // 11:00: both are queued (one row per recipient each) but not delivered yet.
    app.clock.advance(Duration::hours(1));
    app.app.tick().await.unwrap();

    let stalled = Arc::new(Notify::new());
    let stalling = Stalling {
        inner: app.chat.clone(),
        stall_for: Address::Private("Emma Whitlow".into()),
        stall_on: "First news",
        stalled: stalled.clone(),
    };
    let dying = app
        .app
        .dispatcher(Arc::new(stalling), RateLimits::unlimited());
    let task = tokio::spawn(async move { dying.run_once().await });
    stalled.notified().await;
    task.abort();
    assert!(task.await.unwrap_err().is_cancelled());
    let emma_before = count(&app.person("Emma Whitlow"), "First news");
    assert_eq!(emma_before, 1, "Emma's copy reached the platform");
    assert_eq!(
        count(&app.person("Daniel Okafor"), "Second news"),
        0,
        "not yet"
    );

    let app = app.restart().await;
    app.deliver().await;
    app.tick().await;
    for name in [
        "Emma Whitlow",
        "Daniel Okafor",
        "Aisha Rahman",
        "Tomasz Wiśniewski",
        "Hilary Penrose",
    ] {
        let p = app.person(name);
        let expected = usize::from(name != "Hilary Penrose");
        assert_eq!(count(&p, "First news"), expected, "{name}: first");
        assert_eq!(count(&p, "Second news"), expected, "{name}: second");
    }
    // The first broadcast's copies were in flight: not resent, and reported as unconfirmed.
    let margaret = app.person("Margaret Thornbury");
    let first = margaret.sees("Broadcast #1 (My own text) has finished.");
    assert!(first.text.contains("unconfirmed"), "{}", first.text);
    let second = margaret.sees("Broadcast #2 (My own text) has finished.");
    assert!(second.text.contains("Delivered: 16"), "{}", second.text);
}

fn five_parent_messages() -> Settings {
    let mut s = Settings::default();
    let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
    s.broadcast.safer_internet_day.plan = (0..5)
        .map(|d| PlanPart {
            audience: PlanAudience::Parents,
            days_before: d,
            time: nine,
            template: Template::SidToday,
        })
        .collect();
    s
}

#[tokio::test]
async fn parents_never_get_more_than_three_messages_from_one_campaign() {
    let app = spawn_app_with(five_parent_messages()).await;
    let tomasz = app.person("Tomasz Wiśniewski");
    tomasz.says("/campaign sid").await;
    tomasz.sees("Dzień Bezpiecznego Internetu 2027: 09/02/2027");
    tomasz.says("/campaign sid confirm").await;
    tomasz.sees("Zaplanowano wiadomości: 3.");
    // Sent as planned until the 7th, then the date moves and the plan is confirmed again.
    app.clock
        .set(Utc.with_ymd_and_hms(2027, 2, 7, 10, 0, 0).unwrap());
    app.tick().await;
    tomasz.says("/campaign sid date 2027-02-16").await;
    tomasz.sees("Wiadomości zaplanowane na starą datę zostały anulowane");
    tomasz.presses("Potwierdź i zaplanuj").await;
    tomasz.sees("Dzień Bezpiecznego Internetu 2027 został potwierdzony.");
    app.clock
        .set(Utc.with_ymd_and_hms(2027, 2, 20, 10, 0, 0).unwrap());
    app.tick().await;
    for name in ["Emma Whitlow", "Katarzyna Nowak", "Aisha Rahman"] {
        let p = app.person(name);
        let n = p.received().len();
        assert_eq!(
            n,
            3,
            "{name} got {n}:\n{}",
            crate::support::transcript(&p.received())
        );
    }
}

#[tokio::test]
async fn the_default_campaign_reaches_staff_a_week_before_and_parents_twice() {
    let app = spawn_app().await;
    let tomasz = app.person("Tomasz Wiśniewski");
    tomasz
        .says("/campaign sid theme Razem dla lepszego internetu")
        .await;
    tomasz.sees("Temat został ustawiony.");
    tomasz.says("/campaign sid confirm").await;
    tomasz.sees("Zaplanowano wiadomości: 3.");
    tomasz.says("/broadcast status").await;
    tomasz.sees("Komunikat nr 3 (zaplanowany)");

    let (daniel, emma) = (app.person("Daniel Okafor"), app.person("Emma Whitlow"));
    app.clock
        .set(Utc.with_ymd_and_hms(2027, 2, 2, 8, 30, 0).unwrap());
    app.tick().await;
    let staff = daniel.sees(
        "Safer Internet Day is on 09/02/2027. This year's theme is “Razem dla lepszego internetu”.",
    );
    assert!(
        staff.text.contains("https://saferinternet.org.uk"),
        "classroom resources"
    );
    emma.sees_nothing_new();
    // Two days before is Sunday 7 February: parents get it on Friday the 5th instead.
    app.clock
        .set(Utc.with_ymd_and_hms(2027, 2, 5, 15, 59, 0).unwrap());
    app.tick().await;
    emma.sees_nothing_new();
    app.clock
        .set(Utc.with_ymd_and_hms(2027, 2, 5, 16, 0, 0).unwrap());
    app.tick().await;
    emma.sees("Haven Demo School is taking part in Safer Internet Day on 09/02/2027.");
    app.clock
        .set(Utc.with_ymd_and_hms(2027, 2, 9, 8, 30, 0).unwrap());
    app.tick().await;
    emma.sees("Today is Safer Internet Day.");
    app.advance(Duration::days(2)).await;
    assert_eq!(emma.received().len(), 2);
    assert_eq!(count(&daniel, "Safer Internet Day"), 1);
}

#[tokio::test]
async fn in_january_the_coordinator_is_asked_once_to_confirm() {
    let app = spawn_app().await;
    let tomasz = app.person("Tomasz Wiśniewski");
    app.clock
        .set(Utc.with_ymd_and_hms(2027, 1, 4, 9, 0, 0).unwrap());
    app.tick().await;
    tomasz.sees("W lutym przypada Dzień Bezpiecznego Internetu 2027.");
    let plan =
        tomasz.sees("Dzień Bezpiecznego Internetu 2027: 09/02/2027 (wtorek między 5 a 11 lutego).");
    assert!(
        plan.text.contains("Jeszcze niepotwierdzone"),
        "{}",
        plan.text
    );
    app.advance(Duration::days(1)).await;
    app.advance(Duration::days(10)).await;
    tomasz.sees_nothing_new();
    assert_eq!(
        count(&app.person("Margaret Thornbury"), "Safer Internet Day"),
        0
    );

    tomasz.presses("Potwierdź i zaplanuj").await;
    tomasz.sees("Zaplanowano wiadomości: 3.");
    tomasz.presses_payload("b.sid.2026").await;
    tomasz.sees("Dzień Bezpiecznego Internetu 2026 już się odbył");
    tomasz.presses_payload("b.sid.2099").await;
    tomasz.sees("Ten przycisk jest już nieaktualny");
    let mut tx = app.store().begin().await.unwrap();
    let school = app.app.ctx.school;
    assert!(tx
        .broadcasts()
        .campaign_broadcasts(school, 2099)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(
        tx.broadcasts()
            .campaign_broadcasts(school, 2027)
            .await
            .unwrap()
            .len(),
        3
    );
}

#[tokio::test]
async fn campaign_dates_and_themes_are_checked() {
    let app = spawn_app().await;
    let margaret = app.person("Margaret Thornbury");
    for (cmd, answer) in [
        ("/campaign sid date 9 Feb", "Give the date like this"),
        (
            "/campaign sid date 2026-01-01",
            "That date has already passed",
        ),
        ("/campaign sid theme", "Type the theme after the command"),
        ("/campaign fete", "Use /campaign sid to see"),
        ("/broadcast launch", "Use /broadcast to write a new message"),
        ("/broadcast status 77", "There is no broadcast number 77."),
    ] {
        margaret.says(cmd).await;
        margaret.sees(answer);
    }
    margaret.says("/campaign sid date 2027-02-16").await;
    margaret.sees("Safer Internet Day 2027: 16/02/2027 (date set by the school)");
}

#[test]
fn every_broadcast_message_is_translated() {
    let mine = |key: &str| {
        key.starts_with("b-") || ["cmd-broadcast", "cmd-optout", "cmd-optin"].contains(&key)
    };
    // Problems read "cy lacks KEY" or "cy has KEY, which en-GB does not".
    let problems: Vec<String> = haven::i18n::parity_problems()
        .into_iter()
        .filter(|p| {
            p.split_whitespace()
                .nth(2)
                .is_some_and(|k| mine(k.trim_end_matches(',')))
        })
        .collect();
    assert!(problems.is_empty(), "{problems:?}");
}
