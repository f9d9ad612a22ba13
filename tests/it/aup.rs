//! AUP re-signing: publishing, reading and signing, deadlines, reminders on the fake clock,
//! quiet hours, escalation, the report, and everything in the reader's language.
//!
//! The demo school's staff audience is Margaret (Headteacher), Daniel, Priya, Tomasz (the
//! online safety lead, reads Polish), Rhian (reads Welsh), Owen and Beverley. Tests start on
//! Tuesday 17 November 2026 at 10:00 in London, so a version published then is due on
//! Tuesday 1 December.

use crate::support::{spawn_app, Person, TestApp};
use chrono::{Datelike, Duration, NaiveDate};
use chrono_tz::Europe::London;
use haven::core::aup::model::{content_hash, Audience, Draft, NewVersion, Rule, VersionId};
use haven::core::aup::publish::publish;
use haven::core::aup::report::write_csv;
use haven::core::aup::roll::roll;
use haven::core::aup::text::SAMPLE_STAFF;
use haven::core::clock::Clock;
use haven::core::ids::{Account, Platform};
use haven::core::store::Kind;
use haven::delivery::Rendered;

mod markdown;
mod reply;

const TITLE: &str = "Staff Acceptable Use Policy";
const STAFF: &str = include_str!("../../examples/staff.csv");

/// Publishes a version now, as `haven aup publish` does.
pub(crate) async fn publish_now(
    app: &TestApp,
    label: &str,
    audience: &str,
    text: &str,
) -> VersionId {
    let now = app.clock.now();
    let draft = Draft {
        title: TITLE,
        label,
        text,
        audience: Audience::parse(audience).expect("audience"),
        rule: Rule::Annual,
        link: None,
        effective: now,
    };
    let v = NewVersion::parse(app.app.ctx.school, draft, None).expect("valid version");
    let mut tx = app.store().begin().await.expect("tx");
    let p = publish(&mut *tx, &v, &app.settings, now)
        .await
        .expect("stored")
        .expect("published");
    tx.commit().await.expect("commit");
    p.id
}

/// The report as `haven aup report --csv` writes it.
async fn csv(app: &TestApp) -> String {
    let mut tx = app.store().begin().await.expect("tx");
    let now = app.clock.now();
    let rolls = roll(&mut *tx, app.app.ctx.school, &app.settings, now, None)
        .await
        .expect("roll");
    let mut out = Vec::new();
    write_csv(&rolls, London, &mut out).expect("csv");
    String::from_utf8(out).expect("utf-8")
}

/// The CSV row of one person, split into cells.
fn row(csv: &str, name: &str) -> Option<Vec<String>> {
    csv.lines()
        .find(|l| l.contains(name))
        .map(|l| l.split(',').map(str::to_string).collect())
}

/// Presses the button whose payload ends with `suffix` on the latest message that has one.
async fn press_ending(p: &Person<'_>, suffix: &str) {
    let payload = p
        .received()
        .iter()
        .rev()
        .find_map(|m| m.buttons.iter().find(|b| b.payload.ends_with(suffix)))
        .map(|b| b.payload.clone())
        .unwrap_or_else(|| panic!("no button ending {suffix}"));
    p.presses_payload(&payload).await;
}

/// Reads and signs the policy through `/aup`, in English.
async fn sign(p: &Person<'_>) {
    p.says("/aup").await;
    p.presses("Read").await;
    p.presses("I agree").await;
    p.sees("Thank you. You signed");
}

fn date(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, m, d).unwrap()
}

fn today(app: &TestApp) -> NaiveDate {
    app.clock.now().with_timezone(&London).date_naive()
}

fn new_since(p: &Person<'_>, n: usize) -> Vec<Rendered> {
    p.received().into_iter().skip(n).collect()
}

#[tokio::test]
async fn the_lead_publishes_in_polish_and_only_the_audience_is_asked_in_its_language() {
    let app = spawn_app().await;
    let daniel = app.person("Daniel Okafor");
    daniel.says("/aup publish").await;
    daniel.sees("Only the online safety lead can publish");

    let tomasz = app.person("Tomasz Wiśniewski");
    tomasz.says("/aup publish").await;
    tomasz.sees("Jak nazywają się zasady?");
    tomasz.says(TITLE).await;
    tomasz.sees("Jak nazywa się ta wersja?");
    tomasz.says("2026.1").await;
    tomasz.sees("Kto musi podpisać?");
    tomasz.says("staff").await;
    tomasz.sees("Kiedy trzeba podpisać ponownie?");
    tomasz.says("1").await;
    tomasz.sees("Jaki tekst mają mieć zasady?");
    tomasz.says("1").await;
    tomasz.sees("Od kiedy obowiązują?");
    press_ending(&tomasz, "~skip").await;
    press_ending(&tomasz, "~submit").await;
    let done = tomasz.sees("Opublikowano Staff Acceptable Use Policy, wersja 2026.1");
    assert!(
        done.text.contains("7 osób musi podpisać do 01/12/2026"),
        "{}",
        done.text
    );

    // Publishing the same label again is refused, and the form stays open to correct it.
    tomasz.says("/aup publish").await;
    for answer in [TITLE, "2026.1", "staff", "1", "1"] {
        tomasz.says(answer).await;
    }
    press_ending(&tomasz, "~skip").await;
    press_ending(&tomasz, "~submit").await;
    tomasz.sees("Te zasady mają już wersję o tym oznaczeniu");
    tomasz.says("/cancel").await;
    tomasz.sees("Anulowano");

    app.tick().await;
    let rhian = app.person("Rhian Prydderch");
    rhian.sees("Cyn i chi ddefnyddio systemau'r ysgol, darllenwch a llofnodwch Staff Acceptable Use Policy (fersiwn 2026.1) erbyn 01/12/2026.");
    daniel.sees("Before you use school systems, please read and sign Staff Acceptable Use Policy (version 2026.1) by 01/12/2026.");
    tomasz.sees("Zanim skorzystasz z systemów szkoły, przeczytaj i podpisz");
    for outside in [
        "Josie Quennell",
        "Arthur Delacourt",
        "Hilary Penrose",
        "Emma Whitlow",
    ] {
        let p = app.person(outside);
        p.sees_nothing_new();
        p.says("/aup").await;
        p.sees("There is no Acceptable Use Policy for you to sign");
    }
}

#[tokio::test]
async fn agreeing_before_reading_is_refused_and_a_signature_binds_the_version_and_its_hash() {
    let app = spawn_app().await;
    publish_now(&app, "2026.1", "staff", SAMPLE_STAFF).await;
    let daniel = app.person("Daniel Okafor");
    daniel.says("/aup").await;
    daniel.sees("you have not signed this yet. Please read and sign it by 01/12/2026");
    daniel.presses("I agree").await;
    daniel.sees("Please read Staff Acceptable Use Policy before you agree to it");
    assert_eq!(
        row(&csv(&app).await, "Daniel Okafor").unwrap()[6],
        "never_signed"
    );

    daniel.presses("Read").await;
    daniel.sees("Staff Acceptable Use Policy, version 2026.1 (1/");
    daniel.sees("I will report any concern about a child's safety");
    let done = daniel.sees("That is the whole of Staff Acceptable Use Policy, version 2026.1");
    let read = crate::support::transcript(&daniel.received());
    assert!(read.contains("I have read and understood this policy."));
    assert!(!read.contains("Written for Haven"), "notes are not signed");
    let hash = content_hash(SAMPLE_STAFF.trim());
    assert!(done.text.contains(&hash[..12]), "{}", done.text);
    daniel.presses("I agree").await;
    let signed = daniel.sees("Thank you. You signed Staff Acceptable Use Policy, version 2026.1");
    assert!(signed
        .text
        .contains("You will be asked to sign it again by 17/11/2027."));

    daniel.says("/aup").await;
    daniel.sees("you signed version 2026.1 on 17/11/2026 10:00");
    daniel.presses("Read").await;
    daniel.sees("You have already signed it.");

    let report = csv(&app).await;
    let r = row(&report, "Daniel Okafor").expect("Daniel is in the report");
    let expected = [
        "signed",
        "2026.1",
        "2026-11-17 10:00",
        hash.as_str(),
        "console",
        "2027-11-17",
    ];
    assert_eq!(r[6..12], expected);
    assert_eq!(r[2], hash, "the version in force has the same hash");
    assert_eq!(row(&report, "Priya Castellane").unwrap()[6], "never_signed");
}

#[tokio::test]
async fn forged_foreign_and_superseded_buttons_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let v1 = publish_now(&app, "2026.1", "staff", SAMPLE_STAFF).await;
    let daniel = app.person("Daniel Okafor");
    daniel.says("/aup").await;
    daniel.presses("Read").await;
    let before = csv(&app).await;

    for forged in ["a.y.999", "a.y.abc", "a.x.1", "a.y.", "a.y.-3"] {
        daniel.presses_payload(forged).await;
        daniel.sees("that button isn't for a policy you need to sign");
    }
    let emma = app.person("Emma Whitlow");
    emma.presses_payload(&format!("a.y.{}", v1.0)).await;
    emma.sees("that button isn't for a policy you need to sign");
    let josie = app.person("Josie Quennell");
    josie.presses_payload(&format!("a.r.{}", v1.0)).await;
    josie.sees("that button isn't for a policy you need to sign");
    assert_eq!(csv(&app).await, before, "nothing changed");

    let old_agree = daniel.button("I agree");
    publish_now(&app, "2026.2", "staff", "Version two of the policy text.").await;
    daniel.presses_payload(&old_agree).await;
    daniel.sees("That button was for version 2026.1 of Staff Acceptable Use Policy, which has been replaced by version 2026.2.");
    daniel.sees("(version 2026.2): you have not signed this yet");
    let now = csv(&app).await;
    assert_eq!(row(&now, "Daniel Okafor").unwrap()[6], "never_signed");
}

#[tokio::test]
async fn a_year_of_reminders_stops_at_the_cap_and_at_signing_until_the_next_round() {
    let app = spawn_app().await;
    publish_now(&app, "2026.1", "staff", SAMPLE_STAFF).await;
    let daniel = app.person("Daniel Okafor");
    let owen = app.person("Owen Hartley");
    app.tick().await;
    let mut daniel_log = vec![(today(&app), daniel.last().text)];
    let mut owen_log = vec![(today(&app), owen.last().text)];

    let end = NaiveDate::from_ymd_opt(2027, 11, 23).unwrap();
    while today(&app) < end {
        let (d0, o0) = (daniel.received().len(), owen.received().len());
        app.advance(Duration::days(1)).await;
        if today(&app) == date(11, 20) {
            sign(&owen).await;
            owen.catch_up();
        }
        let day = today(&app);
        daniel_log.extend(new_since(&daniel, d0).into_iter().map(|m| (day, m.text)));
        if day != date(11, 20) {
            owen_log.extend(new_since(&owen, o0).into_iter().map(|m| (day, m.text)));
        }
    }

    let days: Vec<NaiveDate> = daniel_log.iter().map(|(d, _)| *d).collect();
    let dec = |d| date(12, d);
    assert_eq!(
        days,
        [
            date(11, 17),
            date(11, 24),
            date(11, 30),
            dec(1),
            dec(8),
            dec(15),
            dec(22),
            dec(29)
        ],
        "first notice, 7 and 1 days before, on the day, then weekly up to four times"
    );
    let texts: Vec<&str> = daniel_log.iter().map(|(_, t)| t.as_str()).collect();
    assert!(
        texts[1].contains("by 01/12/2026 (7 days left)"),
        "{}",
        texts[1]
    );
    assert!(texts[2].contains("(one day left)"), "{}", texts[2]);
    assert!(texts[3].contains("is due today"), "{}", texts[3]);
    assert!(
        texts[4].contains("was due on 01/12/2026, 7 days ago"),
        "{}",
        texts[4]
    );
    assert!(texts[7].contains("28 days ago"), "{}", texts[7]);

    // Owen signed on Friday 20 November: nothing until the renewal window a year later. The
    // reminder point on Saturday 13 November folds into Monday 15 November; the due date,
    // Saturday 20 November, into Monday 22 November.
    let y = |m, d| NaiveDate::from_ymd_opt(2027, m, d).unwrap();
    let owen_days: Vec<NaiveDate> = owen_log.iter().map(|(d, _)| *d).collect();
    assert_eq!(
        owen_days,
        [date(11, 17), y(10, 21), y(11, 15), y(11, 19), y(11, 22)]
    );
    assert!(owen_log[1].1.contains("It is time to sign Staff Acceptable Use Policy again: you last signed it on 20/11/2026 10:00. Please read and sign version 2026.1 by 20/11/2027."), "{}", owen_log[1].1);
    assert!(owen_log[2].1.contains("(5 days left)"));
    assert!(owen_log[4].1.contains("was due on 20/11/2027, 2 days ago"));
    assert!(owen_days
        .iter()
        .all(|d| ![6, 7].contains(&d.weekday().number_from_monday())));
}

#[tokio::test]
async fn reminders_due_at_night_or_at_the_weekend_wait_for_working_hours() {
    let app = spawn_app().await;
    let daniel = app.person("Daniel Okafor");
    // Tuesday 20:00: published, but nobody is messaged at night.
    app.clock.advance(Duration::hours(10));
    publish_now(&app, "2026.1", "staff", SAMPLE_STAFF).await;
    app.tick().await;
    app.advance(Duration::hours(11) + Duration::minutes(59))
        .await;
    daniel.sees_nothing_new();
    app.advance(Duration::minutes(1)).await;
    daniel.sees("Before you use school systems");
    sign(&daniel).await;

    // Saturday 10:00: a new version. Nothing on Saturday, Sunday or early on Monday.
    app.clock.advance(Duration::days(3) + Duration::hours(2));
    assert_eq!(app.clock.now().weekday(), chrono::Weekday::Sat);
    publish_now(&app, "2026.2", "staff", "The second version of the policy.").await;
    for hours in [0, 3, 24, 18] {
        app.advance(Duration::hours(hours)).await;
    }
    assert_eq!(app.clock.now().weekday(), chrono::Weekday::Mon);
    daniel.sees_nothing_new();
    app.clock.advance(Duration::hours(1));
    app.tick().await;
    daniel.sees("There is a new version of Staff Acceptable Use Policy (version 2026.2). Please read and sign it by 05/12/2026.");
    app.tick().await;
    daniel.sees_nothing_new();
}

#[tokio::test]
async fn a_new_version_resets_everyone_and_a_joiner_gets_seven_days() {
    let app = spawn_app().await;
    publish_now(&app, "2026.1", "staff", SAMPLE_STAFF).await;
    let daniel = app.person("Daniel Okafor");
    sign(&daniel).await;
    assert_eq!(row(&csv(&app).await, "Daniel Okafor").unwrap()[6], "signed");

    app.clock.advance(Duration::days(2));
    publish_now(&app, "2026.2", "staff", "Version two: shorter and clearer.").await;
    let report = csv(&app).await;
    let r = row(&report, "Daniel Okafor").unwrap();
    assert_eq!(r[6..8], ["due", "2026.1"], "signed the old version only");
    assert_eq!(r[11], "2026-12-03");
    app.tick().await;
    daniel.sees("There is a new version of Staff Acceptable Use Policy (version 2026.2). Please read and sign it by 03/12/2026.");
    daniel.says("/aup").await;
    daniel.sees("please read and sign it by 03/12/2026. You last signed version 2026.1 on 17/11/2026 10:00.");
    daniel.presses("Read").await;
    daniel.sees("Version two: shorter and clearer.");
    daniel.presses("I agree").await;
    daniel.sees("You signed Staff Acceptable Use Policy, version 2026.2");

    // Friday 27 November: Nia joins and is linked.
    app.clock.advance(Duration::days(8));
    let staff = format!("{STAFF}STF010,Nia Evans,staff,cy\n");
    let school = app.app.ctx.school;
    let now = app.clock.now();
    haven::roster::import_file(
        app.store().as_ref(),
        school,
        Kind::Staff,
        staff.as_bytes(),
        now,
    )
    .await
    .unwrap()
    .unwrap();
    let mut tx = app.store().begin().await.unwrap();
    let nia_id = tx
        .person_by_external_id(school, "STF010")
        .await
        .unwrap()
        .unwrap()
        .id;
    tx.link_account(nia_id, &Account::new(Platform::Console, "Nia Evans"), now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    app.tick().await;
    let nia = app.person("Nia Evans");
    nia.sees(
        "darllenwch a llofnodwch Staff Acceptable Use Policy (fersiwn 2026.2) erbyn 04/12/2026.",
    );
    let report = csv(&app).await;
    assert_eq!(row(&report, "Nia Evans").unwrap()[11], "2026-12-04");
    assert_eq!(row(&report, "Priya Castellane").unwrap()[11], "2026-12-03");

    app.advance(Duration::days(7)).await;
    nia.sees("Nodyn atgoffa: mae Staff Acceptable Use Policy (fersiwn 2026.2) i fod heddiw.");
}

#[tokio::test]
async fn the_lead_then_the_headteacher_get_weekly_digests_of_who_is_overdue() {
    let mut app = spawn_app().await;
    publish_now(&app, "2026.1", "staff", SAMPLE_STAFF).await;
    sign(&app.person("Priya Castellane")).await;
    let lead_digest = "osób nie podpisało w terminie";
    let head_digest = "been overdue signing for 2 weeks or more";

    let mut mondays = Vec::new();
    while today(&app) < date(12, 22) {
        app.advance(Duration::days(1)).await;
        if today(&app).weekday() == chrono::Weekday::Mon {
            mondays.push(today(&app));
            if today(&app) == date(12, 7) {
                app = app.restart().await;
                app.tick().await;
            }
            let tomasz = app.person("Tomasz Wiśniewski");
            let margaret = app.person("Margaret Thornbury");
            let lead = tomasz
                .received()
                .iter()
                .filter(|m| m.text.contains(lead_digest))
                .count();
            let head = margaret
                .received()
                .iter()
                .filter(|m| m.text.contains(head_digest))
                .count();
            let expected = match today(&app).day() {
                23 | 30 => (0, 0),
                7 => (1, 0),
                14 => (2, 0),
                21 => (3, 1),
                other => panic!("unexpected Monday {other}"),
            };
            assert_eq!((lead, head), expected, "on {}", today(&app));
        }
    }
    assert_eq!(mondays.len(), 5);
    let tomasz = app.person("Tomasz Wiśniewski");
    let digest = tomasz.sees(lead_digest);
    assert!(digest.text.contains("Daniel Okafor: Staff Acceptable Use Policy (wersja 2026.1), termin 01/12/2026, 6 dni po terminie"), "{}", digest.text);
    assert!(
        !digest.text.contains("Priya"),
        "Priya signed: {}",
        digest.text
    );
    assert!(
        digest.text.starts_with("Zasady korzystania: 6 osób"),
        "{}",
        digest.text
    );
    let margaret = app.person("Margaret Thornbury");
    let head = margaret.sees(head_digest);
    assert!(head.text.contains("Rhian Prydderch: Staff Acceptable Use Policy (version 2026.1), due 01/12/2026, 20 days overdue"), "{}", head.text);
}

#[tokio::test]
async fn the_report_is_for_the_lead_and_headteacher_and_leavers_drop_out() {
    let app = spawn_app().await;
    publish_now(&app, "2026.1", "staff,visitor", SAMPLE_STAFF).await;
    sign(&app.person("Owen Hartley")).await;
    for refused in ["Daniel Okafor", "Beverley Ashdown", "Emma Whitlow"] {
        let p = app.person(refused);
        p.says("/aup report").await;
        p.sees("Only the online safety lead and the Headteacher can see");
    }

    let margaret = app.person("Margaret Thornbury");
    margaret.says_in("staffroom", "/aup report").await;
    let group = app.group_messages();
    assert_eq!(group.len(), 1);
    assert_eq!(group[0].text, "I've sent you a private message.");
    let report = margaret.sees("Staff Acceptable Use Policy, version 2026.1: 8 to sign; 1 signed, 0 due, 0 overdue, 7 never signed.");
    assert!(report
        .text
        .contains("Owen Hartley: signed version 2026.1 on 17/11/2026 10:00; next due 17/11/2027"));
    assert!(report
        .text
        .contains("Arthur Delacourt: never signed; due by 01/12/2026"));
    assert!(!report.text.contains("Josie") && !report.text.contains("Emma"));

    let tomasz = app.person("Tomasz Wiśniewski");
    tomasz.says("/aup report").await;
    tomasz.sees(
        "Owen Hartley: podpisano wersję 2026.1 dnia 17/11/2026 10:00; kolejny termin 17/11/2027",
    );

    // The CSV says the same, one row per person in the audience.
    let before = csv(&app).await;
    assert_eq!(before.lines().count(), 1 + 8);
    let owen = row(&before, "Owen Hartley").unwrap();
    assert_eq!(owen[6..9], ["signed", "2026.1", "2026-11-17 10:00"]);
    assert!(row(&before, "Arthur Delacourt").is_some());

    // Arthur leaves (not in the next import): he drops out of the report.
    let without_arthur: String = STAFF
        .lines()
        .filter(|l| !l.contains("Arthur"))
        .map(|l| format!("{l}\n"))
        .collect();
    let now = app.clock.now();
    haven::roster::import_file(
        app.store().as_ref(),
        app.app.ctx.school,
        Kind::Staff,
        without_arthur.as_bytes(),
        now,
    )
    .await
    .unwrap()
    .unwrap();
    let after = csv(&app).await;
    assert!(row(&after, "Arthur Delacourt").is_none(), "{after}");
    assert_eq!(after.lines().count(), 1 + 7);
    margaret.says("/aup report").await;
    margaret.does_not_see("Arthur");
}

#[tokio::test]
async fn a_question_goes_to_the_lead_instead_of_signing() {
    let app = spawn_app().await;
    publish_now(&app, "2026.1", "staff", SAMPLE_STAFF).await;
    let rhian = app.person("Rhian Prydderch");
    rhian.says("/aup").await;
    rhian.sees("dydych chi ddim wedi llofnodi hwn eto");
    rhian.presses("Gofyn cwestiwn").await;
    rhian.sees("Beth hoffech chi ei ofyn i'r arweinydd diogelwch ar-lein?");
    rhian
        .says("May I use my own laptop for the Year 3 livestream?")
        .await;
    press_ending(&rhian, "~submit").await;
    rhian.sees("Diolch. Mae eich cwestiwn wedi mynd at yr arweinydd diogelwch ar-lein.");

    let tomasz = app.person("Tomasz Wiśniewski");
    let q = tomasz.sees("Rhian Prydderch ma pytanie o Staff Acceptable Use Policy (wersja 2026.1) przed podpisaniem:");
    assert!(q
        .text
        .contains("May I use my own laptop for the Year 3 livestream?"));
    assert_eq!(
        row(&csv(&app).await, "Rhian Prydderch").unwrap()[6],
        "never_signed"
    );
}

#[tokio::test]
async fn aup_in_a_group_points_to_the_private_chat_and_parents_sign_only_when_named() {
    let app = spawn_app().await;
    publish_now(&app, "2026.1", "staff", SAMPLE_STAFF).await;
    let owen = app.person("Owen Hartley");
    owen.says_in("staffroom", "/aup").await;
    let group = app.group_messages();
    assert_eq!(group.len(), 1);
    assert_eq!(group[0].text, "I've sent you a private message.");
    owen.sees("Staff Acceptable Use Policy (version 2026.1): you have not signed this yet");

    let emma = app.person("Emma Whitlow");
    emma.says("/aup").await;
    emma.sees("There is no Acceptable Use Policy for you to sign");
    let draft = Draft {
        title: "Parent and Carer Agreement",
        label: "1",
        text: "I will support the school's approach to online safety.",
        audience: Audience::parse("parents").unwrap(),
        rule: Rule::parse("fixed:09-01").unwrap(),
        link: Some("https://example.org/agreement".into()),
        effective: app.clock.now(),
    };
    let v = NewVersion::parse(app.app.ctx.school, draft, None).unwrap();
    let mut tx = app.store().begin().await.unwrap();
    publish(&mut *tx, &v, &app.settings, app.clock.now())
        .await
        .unwrap()
        .unwrap();
    tx.commit().await.unwrap();
    emma.says("/aup").await;
    emma.sees("Parent and Carer Agreement (version 1): you have not signed this yet");
    emma.presses("Read").await;
    emma.sees("You can also read it online: https://example.org/agreement");
    emma.presses("I agree").await;
    emma.sees("You will be asked to sign it again by 01/09/2027.");
    owen.says("/aup").await;
    owen.does_not_see("Parent and Carer Agreement");
}

#[tokio::test]
async fn reminders_are_not_sent_twice_across_restarts() {
    let app = spawn_app().await;
    publish_now(&app, "2026.1", "staff", SAMPLE_STAFF).await;
    app.tick().await;
    let count = |app: &TestApp| app.chat.received().len();
    let sent = count(&app);
    assert!(sent >= 7, "everyone in the audience was asked");
    let app = app.restart().await;
    app.tick().await;
    app.tick().await;
    assert_eq!(count(&app), sent);
}

#[tokio::test]
async fn the_command_line_publishes_refuses_bad_input_and_writes_the_csv_report() {
    use haven::cli::{AupAction, Cli, Command, ImportKind};
    use secrecy::ExposeSecret;
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("haven.toml");
    let key = haven::crypto::Key::generate().to_base64();
    let office_key = haven::crypto::Key::generate().to_base64();
    let db = dir.path().join("haven.db");
    std::fs::write(
        &config,
        format!(
            "[database]\nurl = {:?}\n[secrets]\nkey = {:?}\ndirectory_key = {:?}\n",
            db.display().to_string(),
            key.expose_secret(),
            office_key.expose_secret()
        ),
    )
    .unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let run = |command| {
        haven::run::execute(Cli {
            config: Some(config.clone()),
            log_format: None,
            school: None,
            command: Some(command),
        })
    };
    let publish = |audience: &str, rule: &str| Command::Aup {
        action: AupAction::Publish {
            file: root.join("policies/aup-staff.md"),
            title: TITLE.into(),
            label: "2026.1".into(),
            audience: audience.into(),
            rule: rule.into(),
            effective: Some("2026-11-17".into()),
            link: None,
        },
    };
    let staff = root.join("examples/staff.csv");
    run(Command::Import {
        kind: ImportKind::Staff,
        file: staff,
        dry_run: false,
        allow_leavers: false,
    })
    .await
    .unwrap();
    let err = run(publish("staff,pupils", "annual")).await.unwrap_err();
    assert!(
        err.to_string().contains("“pupils” is not an audience"),
        "{err}"
    );
    let err = run(publish("staff", "fortnightly")).await.unwrap_err();
    assert!(
        err.to_string().contains("is not a re-signing rule"),
        "{err}"
    );
    run(publish("staff,volunteer", "fixed:09-01"))
        .await
        .unwrap();
    let err = run(publish("staff", "annual")).await.unwrap_err();
    assert!(
        err.to_string()
            .contains("already has a version with that label"),
        "{err}"
    );

    let out = dir.path().join("report.csv");
    let report = Command::Aup {
        action: AupAction::Report {
            csv: true,
            out: Some(out.clone()),
        },
    };
    run(report).await.unwrap();
    let text = std::fs::read_to_string(&out).unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("policy,version,version_hash,external_id,name,roles,status,signed_version,signed_at,signed_hash,signed_via,due_on")
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 8, "seven staff and one volunteer:\n{text}");
    assert!(
        rows.iter().all(|r| r.contains(",never_signed,,,,,")),
        "{text}"
    );
    assert!(rows
        .iter()
        .any(|r| r.contains("STF008,Josie Quennell,volunteer,")));
    assert!(rows
        .iter()
        .any(|r| r.contains("STF002,Daniel Okafor,staff;dsl;slt,")));
    assert!(rows
        .iter()
        .all(|r| r.contains(&content_hash(SAMPLE_STAFF.trim()))));
}

#[tokio::test]
async fn a_reminder_still_undelivered_when_the_person_signs_is_never_sent() {
    use haven::core::store::Address;
    use haven::delivery::SendError;
    let app = spawn_app().await;
    publish_now(&app, "2026.1", "staff", SAMPLE_STAFF).await;
    let address = Address::Private("Daniel Okafor".into());
    app.chat
        .fail_next(address, SendError::Transient("network down".into()));
    app.tick().await;
    let daniel = app.person("Daniel Okafor");
    daniel.sees_nothing_new();

    // Daniel's chat is held behind the reminder waiting for its retry, so he signs with the
    // buttons of the first version (read, then agree) before seeing anything.
    daniel.presses_payload("a.r.1").await;
    daniel.presses_payload("a.y.1").await;
    app.advance(Duration::hours(1)).await;
    daniel.sees("Thank you. You signed");
    let all = daniel.received();
    assert!(
        !all.iter()
            .any(|m| m.text.contains("Before you use school systems")),
        "the cancelled reminder never arrived"
    );
    daniel.sees_nothing_new();
}
