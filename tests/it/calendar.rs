//! The school calendar governs school time: AUP reminders and digests wait out the Christmas
//! holidays and closure days, a normal concern's deadline skips a closure day, and the Safer
//! Internet Day plan moves a parents' message off a closed day onto the school day before.
//!
//! The calendar: autumn term 2 September–18 December 2026, spring term 5 January–26 March
//! 2027, an INSET day on Tuesday 24 November, a staff training day on Wednesday 18 November,
//! and a snow closure on Safer Internet Day itself (Tuesday 9 February 2027). Tests start on
//! Tuesday 17 November 2026 at 10:00 in London.

use crate::concern::{report, Report};
use crate::support::{spawn_app_with, Person, TestApp};
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Europe::London;
use haven::core::aup::text::SAMPLE_STAFF;
use haven::core::calendar::{Calendar, DateRange};
use haven::core::clock::Clock;
use haven::core::settings::Settings;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn term_calendar() -> Settings {
    let range = |a, b| DateRange::new(a, b).unwrap();
    Settings {
        calendar: Calendar {
            terms: vec![
                range(day(2026, 9, 2), day(2026, 12, 18)),
                range(day(2027, 1, 5), day(2027, 3, 26)),
            ],
            closures: vec![
                DateRange::day(day(2026, 11, 18)),
                DateRange::day(day(2026, 11, 24)),
                DateRange::day(day(2027, 2, 9)),
            ],
            ..Calendar::default()
        },
        ..Settings::default()
    }
}

fn today(app: &TestApp) -> NaiveDate {
    app.clock.now().with_timezone(&London).date_naive()
}

/// Publishes the staff AUP now, as `haven aup publish` does.
async fn publish_staff_aup(app: &TestApp) {
    crate::aup::publish_now(app, "2026.1", "staff", SAMPLE_STAFF).await;
}

/// The days on which each person received anything, day by day at 10:00 until `end`.
async fn days_messaged(
    app: &TestApp,
    people: &[&Person<'_>],
    end: NaiveDate,
) -> Vec<Vec<NaiveDate>> {
    let mut log = vec![Vec::new(); people.len()];
    let mut seen: Vec<usize> = people.iter().map(|p| p.received().len()).collect();
    while today(app) < end {
        app.advance(Duration::days(1)).await;
        for (i, p) in people.iter().enumerate() {
            let n = p.received().len();
            if n > seen[i] {
                log[i].push(today(app));
                seen[i] = n;
            }
        }
    }
    log
}

#[tokio::test]
async fn aup_reminders_and_digests_wait_out_closures_and_the_christmas_holidays() {
    let app = spawn_app_with(term_calendar()).await;
    let daniel = app.person("Daniel Okafor");
    let tomasz = app.person("Tomasz Wiśniewski");
    publish_staff_aup(&app).await;
    app.tick().await;
    daniel.sees("Before you use school systems");
    tomasz.catch_up();

    let log = days_messaged(&app, &[&daniel, &tomasz], day(2027, 1, 20)).await;
    let (d, t) = (&log[0], &log[1]);
    let nov = |n| day(2026, 11, n);
    let dec = |n| day(2026, 12, n);
    // Due 1 December. The reminder 7 days before falls on the INSET day and comes the day
    // after; the overdue reminders of 22 and 29 December fold into one on the first day of
    // spring term.
    assert_eq!(
        *d,
        [nov(25), nov(30), dec(1), dec(8), dec(15), day(2027, 1, 5)],
        "Daniel"
    );
    let last = daniel.last();
    assert!(last.text.contains("was due on 01/12/2026"), "{}", last.text);
    // The online safety lead's weekly digest: Mondays in term, none in the holidays; the
    // week of 4 January is done on Tuesday the 5th, the first school day.
    let holiday = |x: &&NaiveDate| (dec(19)..day(2027, 1, 5)).contains(*x);
    assert_eq!(d.iter().filter(holiday).count(), 0);
    assert_eq!(t.iter().filter(holiday).count(), 0, "Tomasz: {t:?}");
    assert!(!t.contains(&nov(24)) && !d.contains(&nov(24)), "INSET day");
    assert!(t.contains(&day(2027, 1, 5)), "Tomasz: {t:?}");
    assert!(t.contains(&day(2027, 1, 11)), "Tomasz: {t:?}");
    assert!(
        !d.contains(&dec(25)) && !t.contains(&dec(25)),
        "Christmas Day"
    );
    // Nor is the coordinator asked about Safer Internet Day on New Year's Day.
    assert!(!t.contains(&day(2027, 1, 1)), "Tomasz: {t:?}");
    assert!(tomasz.received().iter().any(|m| m
        .text
        .contains("W lutym przypada Dzień Bezpiecznego Internetu 2027.")));
}

#[tokio::test]
async fn a_normal_concern_waits_a_school_day_and_skips_the_closure_day() {
    let app = spawn_app_with(term_calendar()).await;
    let josie = app.person("Josie Quennell");
    let r = report(&josie, &Report::default()).await;
    let margaret = app.person("Margaret Thornbury");
    let at = |d, h, m| Utc.with_ymd_and_hms(2026, 11, d, h, m, 0).unwrap();

    // Wednesday 18 November is a training day: the school day it waits for is Thursday's.
    for (d, h, m) in [(18, 10, 5), (18, 16, 59), (19, 9, 59)] {
        app.clock.set(at(d, h, m));
        app.tick().await;
        margaret.sees_nothing_new();
    }
    app.clock.set(at(19, 10, 1));
    app.tick().await;
    let m = margaret.sees("not been acknowledged in time");
    assert!(m.text.contains(&r), "{}", m.text);
}

#[tokio::test]
async fn the_parents_message_planned_for_a_closed_safer_internet_day_goes_the_day_before() {
    let app = spawn_app_with(term_calendar()).await;
    let tomasz = app.person("Tomasz Wiśniewski");
    tomasz.says("/campaign sid confirm").await;
    tomasz.sees("Zaplanowano wiadomości: 3.");
    let emma = app.person("Emma Whitlow");
    let daniel = app.person("Daniel Okafor");
    daniel.catch_up();
    let at = |d, h, m| Utc.with_ymd_and_hms(2027, 2, d, h, m, 0).unwrap();
    let taking_part = "Haven Demo School is taking part in Safer Internet Day on 09/02/2027.";

    // The message for Sunday 7 February goes on Friday the 5th at 16:00.
    app.clock.set(at(5, 15, 59));
    app.tick().await;
    emma.sees_nothing_new();
    app.clock.set(at(5, 16, 0));
    app.tick().await;
    emma.sees(taking_part);

    // Safer Internet Day is a snow day: its message goes on Monday the 8th at 08:30, and it
    // no longer says "today".
    app.clock.set(at(8, 8, 29));
    app.tick().await;
    emma.sees_nothing_new();
    app.clock.set(at(8, 8, 30));
    app.tick().await;
    emma.sees(taking_part);
    app.clock.set(at(10, 10, 0));
    app.tick().await;
    emma.sees_nothing_new();
    emma.does_not_see("Today is Safer Internet Day");
    assert_eq!(emma.received().len(), 2);
    // Staff messages keep their day (Tuesday 2 February).
    let staff = daniel.received();
    assert_eq!(staff.len(), 1, "{}", crate::support::transcript(&staff));
}
