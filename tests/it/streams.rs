//! Private livestreams: policy-checked set-up, one-to-one delivery of the joining details in
//! each parent's language, reports, reminders, cancelling, the leak guard and the record.

use crate::support::{logs, spawn_app, spawn_app_with, Person, TestApp};
use chrono::Duration;
use haven::core::clock::Clock;
use haven::core::ids::{Account, Platform};
use haven::core::settings::Settings;
use haven::core::store::Address;
use haven::core::streams::store::StreamId;
use haven::core::streams::StreamSettings;
use haven::delivery::SendError;

mod attendance;
mod passcodes;

const LINK: &str = "https://zoom.us/j/84512345678?pwd=Harvest2026xyz";
const MEETING_ID: &str = "845 1234 5678";
const PASSCODE: &str = "Owl-Tree-4821";

const YEAR_3: [&str; 5] = [
    "Aisha Rahman",
    "Gareth Llewellyn",
    "Sophie Marchbank",
    "Emma Whitlow",
    "Piotr Zieliński",
];
const RECEPTION_ONLY: [&str; 3] = ["Katarzyna Nowak", "Yusuf Haddad", "Bronwen Teague"];
const STAFF: [&str; 4] = [
    "Margaret Thornbury",
    "Daniel Okafor",
    "Tomasz Wiśniewski",
    "Owen Hartley",
];

/// What the organiser types into `/stream new`.
struct Plan {
    title: &'static str,
    classes: Option<&'static str>,
    start: &'static str,
    end: &'static str,
    supervisors: &'static str,
    school_account: &'static str,
    recorded: &'static str,
    chat: &'static str,
    monitor: &'static str,
    files: &'static str,
    passcode: &'static str,
}

impl Default for Plan {
    fn default() -> Self {
        Plan {
            title: "Harvest assembly",
            classes: Some("Year 3"),
            start: "17/11/2026 14:00",
            end: "15:00",
            supervisors: "Rhian Prydderch, Daniel Okafor",
            school_account: "Yes",
            recorded: "No",
            chat: "Chat on, monitored by an adult",
            monitor: "Priya Castellane",
            files: "No",
            passcode: PASSCODE,
        }
    }
}

/// Rhian Prydderch, the demo school's livestream organiser, reading English for these tests.
async fn organiser(app: &TestApp) -> Person<'_> {
    let rhian = app.person("Rhian Prydderch");
    rhian.says("/language en").await;
    rhian.catch_up();
    rhian
}

/// Walks the set-up form up to its review step.
async fn fill(who: &Person<'_>, p: &Plan) {
    who.says("/stream new").await;
    who.says(p.title).await;
    match p.classes {
        Some(classes) => {
            who.presses("Particular classes").await;
            who.says(classes).await;
        }
        None => who.presses("The whole school").await,
    }
    who.says(p.start).await;
    who.says(p.end).await;
    who.presses("Zoom").await;
    who.says(LINK).await;
    who.says(MEETING_ID).await;
    who.says(p.passcode).await;
    who.says(p.supervisors).await;
    who.presses(p.school_account).await;
    who.presses(p.recorded).await;
    who.presses(p.chat).await;
    if p.chat == "Chat on, monitored by an adult" {
        who.says(p.monitor).await;
    }
    who.presses(p.files).await;
}

/// Sets up a stream that keeps the policy, submits it, and returns the organiser.
async fn set_up<'a>(app: &'a TestApp, p: &Plan) -> Person<'a> {
    let rhian = organiser(app).await;
    fill(&rhian, p).await;
    rhian.presses("Submit").await;
    rhian.sees("is set up");
    rhian
}

fn secrets_in(text: &str) -> bool {
    text.contains("84512345678")
        || text.contains(MEETING_ID)
        || text.contains(PASSCODE)
        || text.to_lowercase().contains("harvest2026xyz")
}

fn assert_no_group_saw_a_secret(app: &TestApp) {
    for m in app.group_messages() {
        assert!(!secrets_in(&m.text), "a group saw: {}", m.text);
    }
}

async fn secrets_stored(app: &TestApp, id: i64) -> bool {
    let mut tx = app.store().begin().await.unwrap();
    tx.streams()
        .stream_secrets(StreamId(id))
        .await
        .unwrap()
        .is_some()
}

/// One answer in the set-up form: typed, or a button pressed.
#[derive(Clone, Copy)]
enum A {
    Say(&'static str),
    Press(&'static str),
}

/// The set-up form's answers for `p`, each with the step it answers.
fn answers(p: &Plan) -> Vec<(&'static str, A)> {
    use A::{Press, Say};
    vec![
        ("title", Say(p.title)),
        ("audience", Press("Particular classes")),
        ("classes", Say("Year 3")),
        ("start", Say(p.start)),
        ("end", Say(p.end)),
        ("service", Press("Zoom")),
        ("link", Say(LINK)),
        ("meeting_id", Say(MEETING_ID)),
        ("passcode", Say(p.passcode)),
        ("supervisors", Say(p.supervisors)),
        ("school_account", Press(p.school_account)),
        ("recorded", Press(p.recorded)),
        ("chat", Press(p.chat)),
        ("chat_monitor", Say(p.monitor)),
        ("file_sharing", Press(p.files)),
    ]
}

async fn give(who: &Person<'_>, a: A) {
    match a {
        A::Say(s) => who.says(s).await,
        A::Press(s) => who.presses(s).await,
    }
}

#[tokio::test]
async fn each_breach_of_the_policy_is_refused_at_the_step_it_depends_on() {
    let cases: [(Plan, &str, &str); 7] = [
        (
            Plan {
                start: "17/11/2026 17:30",
                ..Plan::default()
            },
            "start",
            "during school hours (08:00–17:00",
        ),
        (
            Plan {
                start: "17/11/2026 16:30",
                end: "17:30",
                ..Plan::default()
            },
            "end",
            "during school hours (08:00–17:00",
        ),
        (
            Plan {
                supervisors: "Rhian",
                ..Plan::default()
            },
            "supervisors",
            "At least two members of staff",
        ),
        (
            Plan {
                recorded: "Yes",
                ..Plan::default()
            },
            "recorded",
            "It must not be recorded",
        ),
        (
            Plan {
                chat: "Chat on, nobody monitoring it",
                ..Plan::default()
            },
            "chat",
            "Chat may only be on when an adult actively monitors it",
        ),
        (
            Plan {
                files: "Yes",
                ..Plan::default()
            },
            "file_sharing",
            "File sharing must be switched off",
        ),
        (
            Plan {
                school_account: "No",
                ..Plan::default()
            },
            "school_account",
            "hosted on a school account",
        ),
    ];
    let good = answers(&Plan::default());
    for (plan, step, reason) in cases {
        let app = spawn_app().await;
        let rhian = organiser(&app).await;
        rhian.says("/stream new").await;
        let bad = answers(&plan);
        let link_asked = |who: &Person<'_>| {
            crate::support::transcript(&who.received()).contains("Please type the joining link")
        };
        for (i, (id, a)) in good.iter().enumerate() {
            if *id == step {
                let asked = rhian.last().text;
                give(&rhian, bad[i].1).await;
                let refusal =
                    rhian.sees("That answer would break the school's livestreaming policy");
                assert!(refusal.text.contains(reason), "{step}: {}", refusal.text);
                assert!(
                    refusal.text.contains("Please answer again."),
                    "{}",
                    refusal.text
                );
                assert_eq!(rhian.last().text, asked, "{step} is asked again");
                let before_link = i < 6;
                assert_eq!(link_asked(&rhian), !before_link, "{step}");
                for name in YEAR_3 {
                    app.person(name).sees_nothing_new();
                }
            }
            give(&rhian, *a).await;
        }
        rhian.presses("Submit").await;
        rhian.sees("is set up");
        app.person("Emma Whitlow").sees(PASSCODE);
    }
}

#[tokio::test]
async fn the_whole_plan_is_checked_again_on_submit_with_every_reason_in_one_message() {
    let app = spawn_app().await;
    let rhian = organiser(&app).await;
    fill(&rhian, &Plan::default()).await;
    rhian.sees("Please check your");
    app.clock.advance(Duration::hours(5)); // 15:00: the stream would have started
    rhian.presses("Submit").await;
    let refused = rhian.sees("I can't set up this livestream");
    assert!(
        refused.text.contains("Its start time has already passed."),
        "{}",
        refused.text
    );
    rhian.sees("Please check your livestream set-up");
    rhian.does_not_see("is set up");
    assert!(!secrets_stored(&app, 1).await, "refused stream was stored");
}

#[tokio::test]
async fn typed_classes_and_supervisors_are_checked_against_the_directory() {
    let app = spawn_app().await;
    let rhian = organiser(&app).await;
    rhian.says("/stream new").await;
    rhian.says("Harvest assembly").await;
    rhian.presses("Particular classes").await;
    rhian.sees("The classes are: Reception Oak, Year 3.");
    rhian.says("Year 9").await;
    rhian.sees("I don't know the class “Year 9”");
    rhian.says("year 3").await;
    rhian.sees("When does it start?");
    rhian.says("17/11/2026 14:00").await;
    rhian.says("13:00").await;
    rhian.sees("isn't after the start");
    rhian.says("15:00").await;
    rhian.presses("Zoom").await;
    rhian.says("zoom.us/j/1").await;
    rhian.sees("doesn't look like a joining link");
    rhian.says(LINK).await;
    rhian.presses("Skip").await;
    rhian.presses("Skip").await;
    rhian.says("Rhian, Josie Quennell, Mr Nobody").await;
    rhian.sees("Josie Quennell is not a member of staff");
    rhian.sees("I can't find a member of staff called “Mr Nobody”");
    rhian.says("rhian, okafor").await;
    rhian.sees("Is it hosted on a school account");
    // The typed link was removed from the organiser's own chat.
    assert!(app
        .chat
        .removed()
        .iter()
        .any(|(a, _)| a == &Address::Private("Rhian Prydderch".into())));
}

#[tokio::test]
async fn only_organisers_can_set_up_streams_and_groups_get_a_pointer() {
    let app = spawn_app().await;
    for name in ["Emma Whitlow", "Owen Hartley"] {
        let p = app.person(name);
        p.says("/stream new").await;
        p.sees("Only livestream organisers");
    }
    let tomasz = app.person("Tomasz Wiśniewski");
    tomasz.says("/stream new").await;
    tomasz.sees("mogą planować i zmieniać tylko ich organizatorzy");
    let rhian = organiser(&app).await;
    rhian.says_in("Staff room", "/stream new").await;
    let group = app.group_messages();
    assert_eq!(group.len(), 1);
    assert_eq!(group[0].text, "I've sent you a private message.");
    rhian.sees("What is the livestream called?");
}

#[tokio::test]
async fn the_details_go_privately_to_the_audience_only_in_each_language() {
    let app = spawn_app().await;
    let (log, _guard) = logs::capture();
    set_up(&app, &Plan::default()).await;
    for name in YEAR_3 {
        let m = app.person(name).sees(PASSCODE);
        assert!(
            m.text.contains(LINK) && m.text.contains(MEETING_ID),
            "{}",
            m.text
        );
        assert_eq!(m.address, Address::Private(name.into()));
    }
    app.person("Emma Whitlow")
        .sees("don't share the link or passcode");
    app.person("Piotr Zieliński")
        .sees("Prywatna transmisja na żywo ze szkoły");
    app.person("Piotr Zieliński").sees("nie jest nagrywana");
    let aisha = app.person("Aisha Rahman").last();
    assert!(
        aisha.text.contains("بث مباشر خاص من المدرسة"),
        "{}",
        aisha.text
    );
    assert!(aisha.rtl);
    app.person("Gareth Llewellyn")
        .sees("Ffrwd fyw breifat gan yr ysgol");
    for name in RECEPTION_ONLY.iter().chain(STAFF.iter()) {
        app.person(name).sees_nothing_new();
    }

    set_up(
        &app,
        &Plan {
            title: "Reception nativity",
            classes: Some("Reception Oak"),
            ..Plan::default()
        },
    )
    .await;
    app.person("Katarzyna Nowak")
        .sees("Prywatna transmisja na żywo ze szkoły: „Reception nativity”");
    assert_no_group_saw_a_secret(&app);
    assert!(!secrets_in(&log.text()), "a secret was logged");
}

#[tokio::test]
async fn a_parent_linked_on_two_platforms_is_sent_the_details_once() {
    let app = spawn_app().await;
    {
        let mut tx = app.store().begin().await.unwrap();
        let aisha = tx
            .person_by_account(&Account::new(Platform::Console, "Aisha Rahman"))
            .await
            .unwrap()
            .unwrap();
        let phone = Account::new(Platform::Telegram, "7001");
        tx.link_account(aisha.id, &phone, app.clock.now())
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    set_up(&app, &Plan::default()).await;
    let mut tx = app.store().begin().await.unwrap();
    let s = tx
        .tag_summary(&haven::core::tag::Tag::parse("stream:1").unwrap())
        .await
        .unwrap();
    assert_eq!(s.sent + s.pending, 5, "{s:?}");
    assert!(app.person("Aisha Rahman").received().len() <= 1);
}

#[tokio::test]
async fn the_organiser_learns_who_could_not_be_reached() {
    let app = spawn_app().await;
    let emma = app.person("Emma Whitlow");
    emma.says("/unlink").await;
    app.chat.fail_next(
        Address::Private("Gareth Llewellyn".into()),
        SendError::Unreachable("bot was blocked by the user".into()),
    );
    let rhian = set_up(&app, &Plan::default()).await;
    app.tick().await;
    let report = rhian.sees("Delivery report for livestream 1, “Harvest assembly”");
    assert!(
        report
            .text
            .contains("Sent: 3. Failed: 1. Still waiting: 0."),
        "{}",
        report.text
    );
    assert!(report
        .text
        .contains("(they may have blocked the bot): Gareth Llewellyn"));
    assert!(report.text.contains("No linked chat account: Emma Whitlow"));
    assert!(!secrets_in(&report.text));
    app.tick().await;
    rhian.does_not_see("Delivery report");
    rhian.says("/stream report 1").await;
    rhian.sees("Sent: 3. Failed: 1.");
    emma.does_not_see(PASSCODE);
}

#[tokio::test]
async fn an_approval_step_comes_before_anything_is_sent_when_configured() {
    let settings = Settings {
        streams: StreamSettings {
            require_approval: true,
            ..StreamSettings::default()
        },
        ..Settings::default()
    };
    let app = spawn_app_with(settings).await;
    let rhian = organiser(&app).await;
    fill(&rhian, &Plan::default()).await;
    rhian.presses("Submit").await;
    rhian.sees("is saved and waiting for approval");
    let emma = app.person("Emma Whitlow");
    emma.sees_nothing_new();

    let owen = app.person("Owen Hartley");
    owen.presses_payload("s.ap.1").await;
    owen.sees("Only members of the senior leadership team");
    emma.sees_nothing_new();

    let margaret = app.person("Margaret Thornbury");
    let request = margaret.sees("Rhian Prydderch asks you to approve a private livestream");
    assert!(request
        .text
        .contains("Supervising staff: Rhian Prydderch, Daniel Okafor"));
    assert!(!secrets_in(&request.text), "{}", request.text);
    margaret.presses("Approve").await;
    margaret.sees("Approved.");
    rhian.sees("Margaret Thornbury approved livestream 1");
    for name in YEAR_3 {
        app.person(name).sees(PASSCODE);
    }
    let daniel = app.person("Daniel Okafor");
    daniel.presses("Decline").await;
    daniel.sees("has already been decided");

    fill(&rhian, &Plan::default()).await;
    rhian.presses("Submit").await;
    daniel.presses("Decline").await;
    rhian.sees("Daniel Okafor declined livestream 2");
    assert!(!secrets_stored(&app, 2).await);
    emma.catch_up();
    margaret.presses_payload("s.ap.2").await;
    margaret.sees("has already been decided");
    emma.sees_nothing_new();
}

#[tokio::test]
async fn the_audience_is_reminded_once_before_the_start() {
    let app = spawn_app().await;
    set_up(&app, &Plan::default()).await;
    let emma = app.person("Emma Whitlow");
    let katarzyna = app.person("Katarzyna Nowak");
    emma.catch_up();
    app.advance(Duration::minutes(3 * 60 + 44)).await; // 13:44
    emma.sees_nothing_new();
    app.advance(Duration::minutes(2)).await; // 13:46
    let r = emma.sees("Reminder: “Harvest assembly” starts at 14:00, in about 15 minutes.");
    assert!(!secrets_in(&r.text));
    assert!(!r.text.contains("14 minutes"), "{}", r.text);
    app.person("Piotr Zieliński")
        .sees("Przypomnienie: „Harvest assembly” zaczyna się o 14:00, za około 15 min.");
    app.advance(Duration::minutes(5)).await;
    emma.sees_nothing_new();
    katarzyna.sees_nothing_new();
}

#[tokio::test]
async fn streams_sends_the_details_again_only_to_the_audience() {
    let app = spawn_app().await;
    set_up(&app, &Plan::default()).await;
    let emma = app.person("Emma Whitlow");
    emma.catch_up();
    emma.says("/streams").await;
    emma.sees("“Harvest assembly”: 17/11/2026 14:00–15:00, on Zoom.");
    emma.presses("Send me the joining details").await;
    emma.sees("As you asked, the joining details");
    assert!(emma.last().text.contains(PASSCODE));

    let katarzyna = app.person("Katarzyna Nowak");
    katarzyna.says("/language en").await;
    katarzyna.says("/streams").await;
    katarzyna.sees("There are no upcoming livestreams for you.");
    for forged in ["s.g.1", "s.g.99", "s.g.x", "s.zz.1"] {
        katarzyna.presses_payload(forged).await;
    }
    assert!(katarzyna.received().iter().all(|m| !secrets_in(&m.text)));
    katarzyna.sees("I can only send a livestream's joining details to the parents it is for");

    let tomasz = app.person("Tomasz Wiśniewski");
    tomasz.presses_payload("s.g.1").await;
    assert!(tomasz.received().iter().all(|m| !secrets_in(&m.text)));
}

#[tokio::test]
async fn cancelling_stops_pending_details_and_tells_the_audience() {
    let app = spawn_app().await;
    app.chat.fail_next(
        Address::Private("Piotr Zieliński".into()),
        SendError::Transient("network down".into()),
    );
    let rhian = set_up(&app, &Plan::default()).await;
    let emma = app.person("Emma Whitlow");
    emma.sees(PASSCODE);
    rhian.says("/stream cancel 1").await;
    rhian.sees("is cancelled. Parents told: 5. Unsent messages stopped: 1.");
    emma.sees("“Harvest assembly” (17/11/2026 14:00) has been cancelled.");
    app.advance(Duration::minutes(30)).await;
    let piotr = app.person("Piotr Zieliński");
    piotr.sees("została odwołana");
    assert!(piotr.received().iter().all(|m| !secrets_in(&m.text)));
    assert!(!secrets_stored(&app, 1).await);
    rhian.says("/stream cancel 1").await;
    rhian.sees("has ended or been cancelled");
}

#[tokio::test]
async fn moving_a_stream_is_checked_and_tells_the_audience() {
    let app = spawn_app().await;
    let rhian = set_up(&app, &Plan::default()).await;
    rhian.says("/stream time 1 next week sometime").await;
    rhian.sees("I couldn't read that. Type the date and times like this");
    rhian.says("/stream delete 1").await;
    rhian.sees("How to use /stream:");
    rhian.says("/stream time 7 18/11/2026 13:30-14:30").await;
    rhian.sees("There is no livestream number 7");
    rhian.says("/stream time 1 18/11/2026 18:00-19:00").await;
    rhian.sees("during school hours");
    rhian.says("/stream time 1 18/11/2026 13:30-14:30").await;
    rhian.sees("now runs 18/11/2026 13:30–14:30. Parents told: 5.");
    app.person("Emma Whitlow")
        .sees("“Harvest assembly” has moved: it now runs 18/11/2026 13:30–14:30.");
    let daniel = app.person("Daniel Okafor");
    daniel.says("/stream cancel 1").await;
    daniel.sees("Livestream 1, “Harvest assembly”, is cancelled");
    app.person("Owen Hartley").says("/stream cancel 1").await;
    app.person("Owen Hartley")
        .sees("Only livestream organisers");
}

#[tokio::test]
async fn a_leaked_secret_is_removed_the_group_warned_and_the_organiser_alerted() {
    let app = spawn_app().await;
    let rhian = set_up(&app, &Plan::default()).await;
    let emma = app.person("Emma Whitlow");
    emma.says_in("Year 3 parents", "Lovely assembly tomorrow, see you all!")
        .await;
    let group = Address::Group("Year 3 parents".into());
    let removed_from_group = || {
        app.chat
            .removed()
            .iter()
            .filter(|(a, _)| a == &group)
            .count()
    };
    assert!(app.group_messages().is_empty());
    assert_eq!(removed_from_group(), 0);

    emma.says_in(
        "Year 3 parents",
        "for anyone who missed it the code is owl tree 4821",
    )
    .await;
    assert_eq!(removed_from_group(), 1);
    let warning = app.group_messages().pop().expect("a warning");
    assert!(warning
        .text
        .contains("Please don't share livestream joining details"));
    let alert = rhian.sees("Warning: the passcode for livestream 1, “Harvest assembly”, appeared");
    assert!(!secrets_in(&alert.text), "{}", alert.text);

    let gareth = app.person("Gareth Llewellyn");
    gareth
        .says_in(
            "Year 3 parents",
            "HTTPS://ZOOM.US/J/84512345678?PWD=HARVEST2026XYZ",
        )
        .await;
    assert_eq!(removed_from_group(), 2);
    rhian.sees("the joining link, the meeting ID");
    assert_no_group_saw_a_secret(&app);

    app.chat.refuse_removals(true);
    emma.says_in("Year 3 parents", "meeting 845-1234-5678")
        .await;
    rhian.sees("couldn't remove");
}

#[tokio::test]
async fn rotating_the_passcode_sends_new_details_to_the_audience() {
    let app = spawn_app().await;
    let rhian = set_up(&app, &Plan::default()).await;
    let parents: Vec<Person> = YEAR_3.iter().map(|n| app.person(n)).collect();
    for p in &parents {
        p.sees(PASSCODE);
    }
    rhian.says_in("Staff room", "/stream rotate 1").await;
    rhian.sees("First change the passcode in the meeting service");
    rhian.says("Badger-Moon-7731").await;
    rhian.presses("Skip").await;
    rhian.presses("Submit").await;
    rhian.sees("I'm sending them privately to 5 parents");
    for p in &parents {
        let m = p.sees("Badger-Moon-7731");
        assert!(m.text.contains(LINK));
        p.sees_nothing_new();
    }
    app.person("Katarzyna Nowak").sees_nothing_new();
    assert!(app
        .group_messages()
        .iter()
        .all(|m| !m.text.contains("Badger")));
    // The old passcode no longer counts as the secret; the new one does.
    app.person("Emma Whitlow")
        .says_in("Year 3 parents", "Badger Moon 7731")
        .await;
    assert_eq!(
        app.chat
            .removed()
            .iter()
            .filter(|(a, _)| matches!(a, Address::Group(_)))
            .count(),
        1
    );
}

#[tokio::test]
async fn attendance_is_recorded_in_the_log_after_the_stream() {
    let app = spawn_app().await;
    let rhian = set_up(&app, &Plan::default()).await;
    rhian.says("/stream attendance 1 23").await;
    rhian.sees("can be recorded once it has started");
    rhian.says("/stream log").await;
    rhian.sees("60 minutes, for Year 3 (scheduled)");
    app.advance(Duration::minutes(4 * 60 + 30)).await; // 14:30
    rhian.says("/stream log").await;
    rhian.sees("60 minutes, for Year 3 (under way)");
    app.advance(Duration::minutes(31)).await; // 15:01
    rhian.sees("“Harvest assembly” has ended (60 minutes). Please record who joined: /stream attendance 1 to tick the parents by name, or /stream attendance 1 N for a number.");
    rhian.says("/stream attendance 1 23").await;
    let recorded = rhian.sees("Recorded: 23 joined “Harvest assembly”");
    assert!(!recorded.text.contains("replaces"), "{}", recorded.text);
    rhian.says("/stream attendance 1 32").await;
    rhian.sees("Attendance for “Harvest assembly” is already recorded as 23, so I have kept it. To record 32 instead, send: /stream attendance 1 32 replace");
    rhian.says("/stream log").await;
    rhian.sees("Attendance: 23");
    rhian.says("/stream attendance 1 25 replace").await;
    rhian.sees("Recorded: 25 joined “Harvest assembly” (17/11/2026 14:00). This replaces the 23 recorded before.");
    rhian.says("/stream attendance 1 25").await;
    rhian.sees("Recorded: 25 joined");
    rhian.says("/stream log").await;
    let entry =
        rhian.sees("1. “Harvest assembly”: 17/11/2026 14:00–15:00, 60 minutes, for Year 3 (held)");
    assert!(entry
        .text
        .contains("Supervising staff: Rhian Prydderch, Daniel Okafor"));
    assert!(entry.text.contains("Attendance: 25"));
    app.person("Emma Whitlow").says("/stream log").await;
    app.person("Emma Whitlow")
        .sees("Only livestream organisers");
}

#[tokio::test]
async fn the_secrets_are_gone_after_the_grace_period_and_never_at_rest_in_clear() {
    let app = spawn_app().await;
    let (log, _guard) = logs::capture();
    set_up(&app, &Plan::default()).await;
    app.tick().await;
    assert!(secrets_stored(&app, 1).await);
    app.advance(Duration::minutes(5 * 60 + 30)).await; // 15:30, within the grace
    assert!(secrets_stored(&app, 1).await);
    app.advance(Duration::minutes(31)).await; // 16:01
    assert!(!secrets_stored(&app, 1).await);
    let app = app.restart().await;
    let bytes = String::from_utf8_lossy(&app.db_bytes()).to_lowercase();
    for needle in [
        "84512345678",
        "845 1234 5678",
        "owl-tree-4821",
        "harvest2026xyz",
    ] {
        assert!(
            !bytes.contains(needle),
            "{needle} found in the database files"
        );
    }
    assert!(
        log.text().contains("stream joining details deleted"),
        "logs were captured"
    );
    assert!(!secrets_in(&log.text()));
    // The record without the secret stays.
    let mut tx = app.store().begin().await.unwrap();
    let sent = tx.streams().stream_deliveries(StreamId(1)).await.unwrap();
    assert_eq!(sent.len(), 5);
}

#[tokio::test]
async fn the_organiser_is_spoken_to_in_welsh() {
    let app = spawn_app().await;
    let rhian = app.person("Rhian Prydderch");
    rhian.says("/stream new").await;
    rhian.sees("Beth yw enw'r ffrwd fyw?");
}
