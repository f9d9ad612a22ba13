//! An unfinished concern report is kept in school days: started on Friday afternoon, it is
//! still there on Monday, its writer is warned before it goes, and other forms keep the
//! school's form expiry.

use super::PUPIL;
use crate::support::spawn_app;
use chrono::{Duration, TimeZone, Utc};

#[tokio::test]
async fn a_concern_started_on_friday_afternoon_is_kept_over_the_weekend() {
    let app = spawn_app().await;
    // Friday 20 November 2026, 15:00 in London (GMT).
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 11, 20, 15, 0, 0).unwrap());
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    josie.sees("kept until 23/11/2026 17:00 (the end of the next school day)");
    josie.presses(PUPIL).await;
    josie.catch_up();

    app.advance(Duration::minutes(31)).await;
    josie.sees("Your answers are kept until 23/11/2026 17:00.");
    // Saturday and Sunday pass: nothing is deleted, nothing more is said.
    for _ in 0..4 {
        app.advance(Duration::hours(12)).await;
    }
    josie.sees_nothing_new();
    assert!(
        app.draft_of("STF008").await.is_some(),
        "kept over the weekend"
    );

    // Monday 15:00: warned once; 17:00: deleted, and told so.
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 11, 23, 15, 0, 0).unwrap());
    app.tick().await;
    josie.sees("will be deleted at 23/11/2026 17:00 unless you carry on");
    app.advance(Duration::minutes(60)).await;
    josie.sees_nothing_new();
    app.advance(Duration::minutes(60)).await;
    josie.sees("Your unfinished concern report was deleted at 23/11/2026 17:00");
    josie.does_not_see("touched for a day");
    assert!(app.draft_of("STF008").await.is_none());
}

#[tokio::test]
async fn answering_after_a_warning_keeps_the_report_another_school_day_and_warns_again() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await; // Tuesday 10:00: kept until Wednesday 17:00.
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 11, 18, 15, 0, 0).unwrap());
    app.tick().await;
    josie.sees("will be deleted at 18/11/2026 17:00");
    josie.presses(PUPIL).await;
    josie.catch_up();
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 11, 19, 15, 0, 0).unwrap());
    app.tick().await;
    josie.sees("will be deleted at 19/11/2026 17:00");
    josie.does_not_see("was deleted");
    assert!(app.draft_of("STF008").await.is_some());
}

#[tokio::test]
async fn other_forms_keep_the_schools_form_expiry() {
    let app = spawn_app().await;
    let rhian = app.person("Rhian Prydderch");
    rhian.says("/language en").await;
    rhian.says("/stream new").await;
    let intro = rhian.sees("Starting:");
    assert!(!intro.text.contains("kept until"), "{}", intro.text);
    app.advance(Duration::hours(23)).await;
    rhian.sees("Unfinished answers are deleted after a day.");
    rhian.does_not_see("will be deleted at");
    app.advance(Duration::hours(2)).await;
    rhian.sees("had not been touched for a day");
}
