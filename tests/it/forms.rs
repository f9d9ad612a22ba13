//! The guided-form engine, driven through `/concern`: back, cancel, review and change, restart,
//! idle reminder and expiry, forged and old buttons, over-long and invisible answers,
//! attachments.

use crate::concern::{
    after_the_account, confirm_people, fill, kinds_and_people, reference_in, Report, ABOUT_THESE,
    ACCOUNT, BULLYING, PUPIL, PUPILS, STAFF,
};
use crate::support::{school_morning, spawn_app};
use chrono::Duration;
use haven::core::store::Address;

const FIRST: &str = "Is a child at immediate risk of harm right now?";
const ABOUT: &str = "Who is the concern about?";
const KINDS: &str = "What kind of concern is it?";

#[tokio::test]
async fn back_goes_to_the_previous_question_and_stops_at_the_first() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    josie.sees(ABOUT);
    josie.says("/back").await;
    josie.sees("This is the first question");
    josie.presses(PUPIL).await;
    josie.presses("No").await;
    josie.sees(KINDS);
    josie.says("/back").await;
    josie.sees(FIRST);
    josie.says("/back").await;
    josie.sees(ABOUT);
    josie.presses(PUPIL).await;
    josie.sees(FIRST);
}

#[tokio::test]
async fn cancel_keeps_nothing() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    josie.presses(PUPIL).await;
    josie.presses("No").await;
    let old_button = josie.button(BULLYING);
    josie.says("/cancel").await;
    josie.sees("Cancelled. Nothing from this concern report has been kept.");
    josie.says(PUPILS).await;
    josie.sees("I'm not sure what you mean");
    josie.presses_payload(&old_button).await;
    josie.sees("That button belongs to an earlier message");
    josie.says("/cancel").await;
    josie.sees("There is nothing in progress");

    // Cancelling from the review step keeps nothing either.
    fill(&josie, &Report::default()).await;
    josie.presses("Cancel").await;
    josie.sees("Cancelled.");
    assert!(crate::concern::who_saw(&app, "New concern").is_empty());
}

#[tokio::test]
async fn an_answer_changed_from_the_review_asks_what_newly_applies_and_routes_by_it() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    fill(&josie, &Report::default()).await;
    josie.presses("Change an answer").await;
    josie.sees("Which answer would you like to change?");
    josie.presses("About").await;
    josie.sees(ABOUT);
    josie.presses(STAFF).await;
    josie.sees("Which member of staff");
    josie.says("Owen Hartley").await;
    let asked = josie.sees(ABOUT_THESE);
    assert!(
        asked
            .buttons
            .iter()
            .any(|b| b.label == "Owen Hartley (IT lead)"),
        "{:?}",
        asked.buttons
    );
    josie.presses("Owen Hartley (IT lead)").await;
    josie.presses("Done").await;
    josie.sees("Are any pupils involved?");
    josie.presses("Skip").await;
    let review = josie.sees("Please check your concern report");
    assert!(
        review.text.contains("About: A member of staff"),
        "{}",
        review.text
    );
    assert!(
        review.text.contains("Member of staff: Owen Hartley"),
        "{}",
        review.text
    );
    assert!(
        !review.text.contains(PUPILS),
        "the pupils answer no longer applies"
    );
    josie.presses("Submit").await;
    let r = reference_in(&josie.sees("Your concern reference is").text);
    assert_eq!(
        crate::concern::who_saw(&app, &r),
        crate::concern::names(&["Josie Quennell", "Margaret Thornbury"])
    );
}

#[tokio::test]
async fn a_restart_in_the_middle_resumes_the_form() {
    let app = spawn_app().await;
    {
        let josie = app.person("Josie Quennell");
        josie.says("/concern").await;
        josie.presses(PUPIL).await;
        josie.presses("No").await;
        josie.presses(BULLYING).await;
    }
    let app = app.restart().await;
    let josie = app.person("Josie Quennell");
    josie.catch_up();
    josie.presses("Done").await;
    josie.sees("Which pupils are involved?");
    josie.says(PUPILS).await;
    josie.says(ACCOUNT).await;
    after_the_account(&josie, &Report::default()).await;
    let review = josie.last();
    assert!(
        review.text.contains("Conduct: cyberbullying"),
        "{}",
        review.text
    );
    josie.presses("Submit").await;
    josie.sees("Your concern reference is C-2026-0001");

    // /concern while a form is open shows the open one instead of starting another.
    josie.says("/concern").await;
    josie.says("/concern").await;
    josie.sees("You already have an unfinished concern report");
}

#[tokio::test]
async fn an_idle_concern_is_reminded_warned_then_deleted_at_the_end_of_the_next_school_day() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    // Tuesday 10:00: kept until Wednesday when school closes.
    josie.sees(
        "your unfinished answers are kept until 18/11/2026 17:00 (the end of the next school day)",
    );
    josie.presses(PUPIL).await;
    josie.presses("Yes").await;
    josie.catch_up();
    app.advance(Duration::minutes(31)).await;
    josie.sees("You have an unfinished concern report. Carry on whenever you're ready, or type /cancel. Your answers are kept until 18/11/2026 17:00.");
    app.advance(Duration::minutes(31)).await;
    app.advance(Duration::hours(3)).await;
    josie.sees_nothing_new();
    // Wednesday 14:59: nothing yet; 15:00, two hours before, one warning.
    app.clock
        .set(school_morning() + Duration::hours(28) + Duration::minutes(59));
    app.tick().await;
    josie.sees_nothing_new();
    app.advance(Duration::minutes(1)).await;
    josie.sees(
        "Your unfinished concern report will be deleted at 18/11/2026 17:00 unless you carry on.",
    );
    app.advance(Duration::minutes(30)).await;
    josie.sees_nothing_new();
    app.advance(Duration::minutes(90)).await;
    // An urgent draft is deleted like any other, with the note that the alert had gone.
    let closed = josie.sees(
        "Your unfinished concern report was closed and not saved because it was not touched \
         again by the time it was kept to.",
    );
    assert!(
        closed
            .text
            .contains("The urgent alert had already gone to the DSL team"),
        "{}",
        closed.text
    );
    // The urgent alert it raised is followed up, so the DSL team knows to ask, and she is
    // told so once it has been.
    josie.sees("I have told the DSL team that you started the urgent concern report");
    josie.sees_nothing_new();
    josie.says(PUPILS).await;
    josie.sees("I'm not sure what you mean");
    app.person("Daniel Okafor").sees("was not submitted");
}

#[tokio::test]
async fn forged_and_old_buttons_are_refused_politely() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    let first = josie.button(PUPIL);
    josie.presses(PUPIL).await;
    josie.sees(FIRST);
    for forged in [
        first.clone(),
        "f.AAAAAAAA.1.pupil".into(),
        "f.x".into(),
        format!("{first}x"),
    ] {
        josie.presses_payload(&forged).await;
        josie.sees("That button belongs to an earlier message");
        josie.sees(FIRST);
    }
    let nonce = first.split('.').nth(1).unwrap().to_string();
    josie.presses_payload(&format!("f.{nonce}.1.admin")).await;
    josie.sees("Please choose one of the buttons.");
    josie.presses("No").await;
    josie.sees(KINDS);
}

#[tokio::test]
async fn an_over_long_answer_is_refused_with_the_limit_and_kept_out_of_the_chat() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    josie.presses(PUPIL).await;
    josie.presses("No").await;
    kinds_and_people(&josie, &Report::default()).await;
    josie.sees("What happened?");
    let removed_from_josie = || {
        app.chat
            .removed()
            .into_iter()
            .filter(|(a, _)| *a == Address::Private("Josie Quennell".into()))
            .count()
    };
    let before = removed_from_josie();
    josie.says(&"x".repeat(3001)).await;
    josie.sees("That is 3001 characters; the limit here is 3000.");
    let back = josie.sees("I have removed your answer from the chat.");
    assert!(back.text.contains(&"x".repeat(3001)), "given back whole");
    josie.sees("What happened?");
    assert_eq!(
        removed_from_josie(),
        before + 1,
        "refused, and still removed"
    );
    josie.says("too short").await;
    josie.sees("Please write at least 10 characters");
    josie.sees("I have removed your answer from the chat.");
    assert_eq!(removed_from_josie(), before + 2);
    josie.says(&"y".repeat(3000)).await;
    josie.sees("When did it happen?");
    assert_eq!(removed_from_josie(), before + 3, "accepted, and removed");
    // The copies given back leave the chat ten minutes later.
    app.advance(Duration::minutes(11)).await;
    assert_eq!(removed_from_josie(), before + 5);
}

#[tokio::test]
async fn answers_made_of_invisible_characters_are_too_short() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    josie.presses(PUPIL).await;
    josie.presses("No").await;
    josie.presses(BULLYING).await;
    josie.presses("Done").await;
    josie.sees("Which pupils are involved?");
    josie.says(&"\u{200B}".repeat(4)).await;
    josie.sees("Please write at least 2 characters");
    josie.says(PUPILS).await;
    josie.sees("What happened?");
    josie.says(&"\u{200B}".repeat(12)).await;
    josie.sees("Please write at least 10 characters");
    josie.says(&format!("\u{200B}{ACCOUNT}\u{2060}")).await;
    josie.sees("When did it happen?");
}

#[tokio::test]
async fn pictures_are_refused_with_a_warning_about_indecent_images() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    josie.presses(PUPIL).await;
    josie.sends_attachment().await;
    let warning = josie.sees("Please don't send pictures or files here.");
    assert!(warning
        .text
        .contains("Never view, copy, forward or screenshot"));
    josie.sees(FIRST);
}

#[tokio::test]
async fn help_explains_the_current_question() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    josie.says("/help").await;
    josie.sees("The person it is about is never told");
    josie.presses(PUPIL).await;
    josie.says("/help").await;
    josie.sees("alert the right people straight away");
}

#[tokio::test]
async fn the_form_speaks_the_reporters_language() {
    let app = spawn_app().await;
    let rhian = app.person("Rhian Prydderch");
    rhian.says("/concern").await;
    rhian.sees("Am bwy mae'r pryder?");
    rhian.presses("Disgybl neu ddisgyblion").await;
    rhian.sees("A yw plentyn mewn perygl uniongyrchol o niwed ar hyn o bryd?");
    rhian.presses("Na").await;
    rhian.sees("Pa fath o bryder yw e?");
}

#[tokio::test]
async fn yesterday_then_a_time_is_recorded_as_that_time_yesterday() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let r = Report::default();
    josie.says("/concern").await;
    josie.presses(r.about).await;
    josie.presses("No").await;
    kinds_and_people(&josie, &r).await;
    josie.says(r.account).await;
    let when = josie.sees("When did it happen?");
    assert!(
        ["Now", "Earlier today", "Yesterday"]
            .iter()
            .all(|label| when.buttons.iter().any(|b| b.label == *label)),
        "{:?}",
        when.buttons
    );
    josie.presses("Yesterday").await;
    josie.sees("At what time on 16/11/2026? Type it like 14:30.");
    josie.says("teatime").await;
    josie.sees("I couldn't read that date.");
    josie.says("15:45").await;
    josie.sees("Where did it happen?");
    josie.presses("In school").await;
    josie.presses("Skip").await;
    confirm_people(&josie, &r).await;
    josie.presses("No").await;
    josie.presses("No").await;
    let review = josie.sees("Please check your concern report");
    assert!(review.text.contains("16/11/2026 15:45"), "{}", review.text);
}

#[tokio::test]
async fn a_polish_speaker_picks_the_day_in_polish_and_may_type_it_too() {
    let app = spawn_app().await;
    let tomasz = app.person("Tomasz Wiśniewski");
    tomasz.says("/concern").await;
    tomasz.presses("Ucznia lub uczniów").await;
    tomasz.presses("Nie").await;
    tomasz.presses("Zachowanie: cyberprzemoc").await;
    tomasz.presses("Gotowe").await;
    tomasz.says(PUPILS).await;
    tomasz.says(ACCOUNT).await;
    tomasz.presses("Wczoraj").await;
    tomasz.sees("O której godzinie w dniu 16/11/2026?");
    tomasz.says("/back").await;
    let day_again = tomasz.sees("Kiedy");
    assert_eq!(
        day_again
            .buttons
            .iter()
            .map(|b| b.label.as_str())
            .collect::<Vec<_>>(),
        ["Teraz", "Dziś, wcześniej", "Wczoraj"],
        "back from the time asks for the day again"
    );
    tomasz.says("wczoraj 8:30").await;
    tomasz.presses("W szkole").await;
    tomasz.presses("Pomiń").await;
    tomasz.presses("Nie").await;
    tomasz.presses("Nie").await;
    tomasz.sees("16/11/2026 08:30");
}

/// Rewrites Josie's stored draft as if it had been started on another version of its form (or
/// on a form that no longer exists), as after an upgrade that changed the questions.
async fn make_josies_draft_outdated(app: &crate::support::TestApp, form: Option<&str>) {
    let mut draft = app.draft_of("STF008").await.expect("a draft in progress");
    let store = app.store();
    let mut tx = store.begin().await.unwrap();
    draft.state.version += 1;
    if let Some(form) = form {
        draft.state.form = form.into();
    }
    tx.save_draft(&draft).await.unwrap();
    tx.commit().await.unwrap();
}

async fn josie_has_a_draft(app: &crate::support::TestApp) -> bool {
    app.draft_of("STF008").await.is_some()
}

const OUTDATED: &str = "This form has changed since you started it";

#[tokio::test]
async fn an_answer_to_a_form_that_changed_since_is_cleared_politely_and_it_starts_again() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    josie.presses(PUPIL).await;
    josie.sees(FIRST);
    let old_button = josie.button("No");
    make_josies_draft_outdated(&app, None).await;

    // Her next answer (a button of the old form) is not applied to the new one.
    josie.presses_payload(&old_button).await;
    josie.sees(OUTDATED);
    josie.does_not_see(KINDS);
    josie.sees_nothing_new();
    assert!(!josie_has_a_draft(&app).await, "the old answers are gone");

    // Nothing is left open: a typed answer now is not taken for the form.
    josie.says(PUPILS).await;
    josie.sees("I'm not sure what you mean");

    // She can start again, from the first question, and finish.
    josie.says("/concern").await;
    josie.does_not_see("You already have an unfinished concern report");
    josie.sees(ABOUT);
    josie.presses(PUPIL).await;
    josie.presses("No").await;
    josie.sees(KINDS);
}

#[tokio::test]
async fn typed_text_or_a_command_for_an_outdated_or_unknown_form_gets_the_same_answer() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    josie.presses(PUPIL).await;
    josie.catch_up();
    make_josies_draft_outdated(&app, None).await;
    josie.says(PUPILS).await;
    josie.sees(OUTDATED);
    josie.sees_nothing_new();
    assert!(!josie_has_a_draft(&app).await);

    // A draft of a form this version of Haven no longer has at all.
    josie.says("/concern").await;
    josie.presses(PUPIL).await;
    josie.catch_up();
    make_josies_draft_outdated(&app, Some("retired-form")).await;
    josie.says("/back").await;
    josie.sees(OUTDATED);
    josie.sees_nothing_new();
    assert!(!josie_has_a_draft(&app).await);
    josie.says("/cancel").await;
    josie.sees("There is nothing in progress");
}

#[tokio::test]
async fn starting_a_form_over_an_outdated_draft_starts_afresh() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    josie.presses(PUPIL).await;
    josie.presses("No").await;
    josie.catch_up();
    make_josies_draft_outdated(&app, None).await;

    josie.says("/concern").await;
    josie.does_not_see("You already have an unfinished concern report");
    josie.does_not_see(KINDS);
    josie.sees(ABOUT);
    josie.presses(PUPIL).await;
    josie.sees(FIRST);

    // The new draft is the one kept (and reminded about when left idle).
    app.advance(Duration::minutes(31)).await;
    josie.sees("You have an unfinished concern report");
}

#[tokio::test]
async fn an_outdated_urgent_form_still_says_that_its_alert_went() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    josie.presses(PUPIL).await;
    josie.presses("Yes").await;
    josie.sees("I have alerted the DSL team");
    make_josies_draft_outdated(&app, None).await;
    josie.says(PUPILS).await;
    josie.sees(OUTDATED);
    josie.sees("The urgent alert had already gone to the DSL team");
}
