//! AUP signing on Telegram: the online safety lead publishes with the chat form (in Polish),
//! staff are asked on Telegram, read with the buttons and sign; agreeing before reading is
//! refused, and the signature records that it was given on Telegram.

use crate::support::telegram_world::{TgUser, TgWorld};
use chrono::Duration;
use chrono_tz::Europe::London;
use haven::core::aup::report::write_csv;
use haven::core::aup::roll::roll;
use haven::core::clock::Clock;

const TITLE: &str = "Staff Acceptable Use Policy";
const ASKED: &str = "Before you use school systems, please read and sign Staff Acceptable Use Policy (version 2026.1) by 01/12/2026.";

/// Tomasz, the online safety lead, publishes version 2026.1 of the sample policy for staff.
pub async fn publish_by_chat(tomasz: &TgUser<'_>) {
    tomasz.says("/aup publish").await;
    tomasz.sees("Jak nazywają się zasady?");
    tomasz.says(TITLE).await;
    tomasz.says("2026.1").await;
    tomasz.sees("Kto musi podpisać?");
    tomasz.says("staff").await;
    tomasz.says("1").await;
    tomasz.sees("Jaki tekst mają mieć zasady?");
    tomasz.says("1").await;
    tomasz.sees("Od kiedy obowiązują?");
    tomasz.taps("Pomiń").await;
    tomasz.taps("Wyślij").await;
    tomasz.sees("Opublikowano Staff Acceptable Use Policy, wersja 2026.1");
}

/// One person's row of the `haven aup report --csv` report, split into cells.
async fn report_row(w: &TgWorld, name: &str) -> Vec<String> {
    let mut tx = w.app.store().begin().await.expect("tx");
    let now = w.app.clock.now();
    let rolls = roll(&mut *tx, w.app.app.ctx.school, &w.app.settings, now, None)
        .await
        .expect("roll");
    let mut out = Vec::new();
    write_csv(&rolls, London, &mut out).expect("csv");
    let csv = String::from_utf8(out).expect("utf-8");
    let line = csv
        .lines()
        .find(|l| l.contains(name))
        .expect("in the report");
    line.split(',').map(str::to_string).collect()
}

#[tokio::test]
async fn staff_read_and_sign_on_telegram_and_agreeing_before_reading_is_refused() {
    let w = TgWorld::start().await;
    let tomasz = w.linked("STF004", 5201).await;
    let daniel = w.linked("STF002", 5202).await;
    let owen = w.linked("STF006", 5203).await;
    let josie = w.linked("STF008", 5204).await;
    publish_by_chat(&tomasz).await;
    w.tick().await;
    daniel.sees(ASKED);
    owen.sees(ASKED);
    assert!(
        josie.texts_with(TITLE).is_empty(),
        "a volunteer is not in the staff audience: {:#?}",
        josie.texts()
    );

    daniel.says("/aup").await;
    daniel.sees("you have not signed this yet");
    daniel.taps("I agree").await;
    daniel.sees("Please read Staff Acceptable Use Policy before you agree to it");
    assert_eq!(report_row(&w, "Daniel Okafor").await[6], "never_signed");

    daniel.taps("Read").await;
    daniel.sees("Staff Acceptable Use Policy, version 2026.1 (1/");
    daniel.sees("I will report any concern about a child's safety");
    daniel.sees("That is the whole of Staff Acceptable Use Policy, version 2026.1");
    daniel.taps("I agree").await;
    daniel.sees("Thank you. You signed Staff Acceptable Use Policy, version 2026.1");
    let row = report_row(&w, "Daniel Okafor").await;
    assert_eq!(
        [row[6].as_str(), row[7].as_str(), row[10].as_str()],
        ["signed", "2026.1", "telegram"],
        "{row:?}"
    );

    // A week on, Owen is reminded on Telegram; Daniel, who signed, is not.
    let daniel_before = daniel.texts().len();
    for _ in 0..7 {
        w.advance(Duration::days(1)).await;
    }
    owen.sees("by 01/12/2026 (7 days left)");
    assert_eq!(daniel.texts().len(), daniel_before, "{:#?}", daniel.texts());
    w.fake.assert_no_violations();
}
