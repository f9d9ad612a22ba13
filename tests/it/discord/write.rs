//! Free-text answers written in a modal: the write button on a question answered by typing,
//! the modal it opens (Discord's interaction callback type 9), the answer reaching the form
//! with nothing left in the chat to delete, what an out-of-date button does, and what happens
//! to a modal's text when its question has moved on meanwhile (it comes back, the form is left
//! alone), a restart in between included.

use super::concern::{after_the_account, up_to_the_account};
use crate::concern::{reference_in, ACCOUNT, BULLYING, PUPIL, PUPILS};
use crate::support::discord_app::{buttons, DiscordApp};
use crate::support::discord_fake::{Shown, STAFF_CHANNEL};
use crate::support::discord_people::Member;
use haven::core::concern::reporting::ACCOUNT_MAX;
use haven::core::form::FormState;

const DANIEL: &str = "1400000000000000002";
const TOMASZ: &str = "1400000000000000004";
const JOSIE: &str = "1400000000000000008";
const WRITE: &str = "Write my answer";
const MOVED_ON: &str = "The question you wrote this for has moved on";
/// What Josie writes in a modal whose question has moved on by the time she submits it.
const LATE: &str = "Grace Hopper and Ada Lovelace, both Year 4, written in the modal";

/// The unfinished form of the demo person with this MIS id, as stored.
async fn draft_of(app: &DiscordApp, external_id: &str) -> Option<FormState> {
    let store = app.t.store();
    let mut tx = store.begin().await.expect("tx");
    let who = tx
        .person_by_external_id(app.t.app.ctx.school, external_id)
        .await
        .expect("lookup")
        .expect("a demo person");
    tx.draft(who.id).await.expect("draft").map(|d| d.state)
}

/// How many modals Haven opened (interaction callbacks of type 9).
fn modals_opened(app: &DiscordApp) -> usize {
    app.fake
        .calls_to("/callback")
        .into_iter()
        .filter(|c| c.body["type"] == 9)
        .count()
}

/// Brings Josie's concern form to "Which pupils are involved?".
async fn up_to_the_pupils(josie: &Member<'_>) {
    josie.sees("Who is the concern about?").await;
    josie
        .picks(PUPIL, "Is a child at immediate risk of harm right now?")
        .await;
    josie.picks("No", "What kind of concern is it?").await;
    josie.picks(BULLYING, "What kind of concern is it?").await;
    josie.picks("Done", "Which pupils are involved?").await;
}

/// The latest "Which pupils are involved?" in the person's DM, as Discord shows it.
fn pupils_question(member: &Member<'_>) -> Shown {
    member
        .user
        .dm_messages()
        .into_iter()
        .rev()
        .find(|m| m.text().contains("Which pupils are involved?"))
        .expect("the question")
}

/// The removals Haven asked of Discord in a DM. A removal goes out before any later message
/// to the same chat, so once a later question was seen, every removal an answer caused has
/// been asked for.
fn removals_in(app: &DiscordApp, dm: &str) -> usize {
    app.fake
        .calls_to(&format!("DELETE /channels/{dm}/messages"))
        .len()
}

#[tokio::test]
async fn a_concern_from_a_staff_channel_answered_in_modals_leaves_nothing_to_delete() {
    let app = DiscordApp::start().await;
    let daniel = app.linked("STF002", DANIEL).await;
    let josie = app.linked("STF008", JOSIE).await;

    josie.runs_in(STAFF_CHANNEL, "concern", None);
    josie
        .user
        .sees_privately_in(STAFF_CHANNEL, "I've sent you a private message.")
        .await;
    up_to_the_pupils(&josie).await;
    let pupils = josie.writes_in_modal(WRITE, PUPILS, "What happened?").await;
    assert_eq!(pupils.title(), "Write your answer");
    assert_eq!(pupils.field()["max_length"], 500);

    let narrative = josie
        .writes_in_modal(WRITE, ACCOUNT, "When did it happen?")
        .await;
    assert_eq!(narrative.body["type"], 9, "an interaction callback MODAL");
    assert_eq!(narrative.title(), "Write your answer");
    assert_eq!(narrative.field()["type"], 4, "a text input");
    assert_eq!(narrative.field()["style"], 2, "a paragraph");
    assert_eq!(narrative.field()["label"], "Your answer");
    assert_eq!(narrative.field()["max_length"], ACCOUNT_MAX);
    assert_eq!(narrative.field()["min_length"], 10);
    assert_eq!(narrative.field()["required"], true);

    // Submitting disables the question's buttons, the write button highlighted.
    let update = app
        .fake
        .wait_until(|f| {
            f.calls_to("/callback")
                .into_iter()
                .find(|c| c.body["type"] == 7 && c.body.to_string().contains(WRITE))
        })
        .await;
    let row = update.body["data"]["components"][0]["components"].clone();
    assert!(row
        .as_array()
        .expect("buttons")
        .iter()
        .all(|b| b["disabled"] == true));
    assert_eq!(row[0]["label"], WRITE);
    assert_eq!(row[0]["style"], 3, "the pressed button is highlighted");

    josie.picks("Now", "Where did it happen?").await;
    josie.picks("In school", "What have you done so far?").await;
    josie.picks("Skip", "Have you told a DSL in person?").await;
    josie.picks("Yes", "Is there a conflict of interest").await;
    let review = josie.picks("No", "Please check your concern report").await;
    assert!(review.text().contains(ACCOUNT), "{}", review.text());
    assert!(review.text().contains(PUPILS), "{}", review.text());
    let receipt = josie
        .picks("Submit", "Your concern reference is")
        .await
        .text();
    let r = reference_in(&receipt);
    let alert = daniel.sees(&format!("New concern {r}")).await.text();
    assert!(
        !alert.contains(ACCOUNT) && !alert.contains(PUPILS),
        "{alert}"
    );

    assert_eq!(
        removals_in(&app, &josie.dm()),
        0,
        "nothing of Josie's was there to remove"
    );
    assert_eq!(josie.count("Please delete it yourself"), 0);
    app.stop().await;
}

#[tokio::test]
async fn typing_still_works_and_makes_the_earlier_write_button_out_of_date() {
    let app = DiscordApp::start().await;
    let josie = app.linked("STF008", JOSIE).await;
    josie.runs("concern", None);
    up_to_the_pupils(&josie).await;
    let pupils_question = pupils_question(&josie);
    assert_eq!(buttons(&pupils_question)[0].0, WRITE);

    josie.answers(PUPILS, "What happened?").await;
    let stale = josie.user.answer_to_press(&pupils_question, WRITE).await;
    assert_eq!(stale.body["type"], 4, "a message, not a modal");
    assert_eq!(stale.body["data"]["flags"], 64, "only Josie sees it");
    josie
        .sees("That button belongs to an earlier question")
        .await;

    // The newest question's button still opens its modal.
    josie
        .writes_in_modal(WRITE, ACCOUNT, "When did it happen?")
        .await;
    assert_eq!(modals_opened(&app), 1, "the stale press opened nothing");
    assert_eq!(
        removals_in(&app, &josie.dm()),
        1,
        "only the typed answer was in the chat to remove"
    );
    app.fake
        .wait_until(|_| (josie.count("Please delete it yourself") == 1).then_some(()))
        .await;
    app.stop().await;
}

#[tokio::test]
async fn a_polish_speaker_writes_in_a_polish_modal() {
    let app = DiscordApp::start().await;
    let tomasz = app.linked("STF004", TOMASZ).await;
    tomasz.runs("concern", None);
    tomasz.sees("Kogo dotyczy zgłoszenie?").await;
    tomasz
        .picks(
            "Ucznia lub uczniów",
            "Czy dziecku grozi teraz bezpośrednia krzywda?",
        )
        .await;
    tomasz
        .picks("Nie", "Jakiego rodzaju jest to zgłoszenie?")
        .await;
    tomasz
        .picks(
            "Zachowanie: cyberprzemoc",
            "Jakiego rodzaju jest to zgłoszenie?",
        )
        .await;
    let question = tomasz.picks("Gotowe", "Których uczniów to dotyczy?").await;
    assert!(
        buttons(&question)
            .iter()
            .any(|(l, _)| l == "Napisz odpowiedź"),
        "{:?}",
        buttons(&question)
    );
    assert!(!buttons(&question).iter().any(|(l, _)| l == WRITE));

    let modal = tomasz
        .writes_in_modal("Napisz odpowiedź", PUPILS, "Co się stało?")
        .await;
    assert_eq!(modal.title(), "Napisz swoją odpowiedź");
    assert_eq!(modal.field()["label"], "Twoja odpowiedź");
    app.stop().await;
}

#[tokio::test]
async fn an_alert_in_between_does_not_make_the_current_write_button_out_of_date() {
    let app = DiscordApp::start().await;
    let daniel = app.linked("STF002", DANIEL).await;
    let josie = app.linked("STF008", JOSIE).await;

    // Daniel, a DSL, is halfway through a form of his own.
    daniel.runs("concern", None);
    up_to_the_pupils(&daniel).await;

    // Josie's concern alerts him meanwhile, with a button of its own.
    josie.runs("concern", None);
    up_to_the_account(&josie).await;
    josie.answers(ACCOUNT, "When did it happen?").await;
    after_the_account(&josie).await;
    let r = reference_in(
        &josie
            .picks("Submit", "Your concern reference is")
            .await
            .text(),
    );
    let alert = daniel.sees(&format!("New concern {r}")).await;
    assert!(!buttons(&alert).is_empty(), "the alert has a button");
    assert!(!buttons(&alert).iter().any(|(l, _)| l == WRITE));

    // His question's write button still opens its modal, and the answer is taken.
    daniel
        .writes_in_modal(WRITE, PUPILS, "What happened?")
        .await;
    assert_eq!(
        draft_of(&app, "STF002")
            .await
            .expect("his draft")
            .answers
            .text("pupils"),
        Some(PUPILS)
    );
    assert_eq!(
        daniel.count("That button belongs to an earlier question"),
        0
    );
    app.stop().await;
}

#[tokio::test]
async fn a_modal_submitted_after_the_answer_was_typed_changes_nothing_and_comes_back() {
    let app = DiscordApp::start().await;
    let josie = app.linked("STF008", JOSIE).await;
    josie.runs("concern", None);
    up_to_the_pupils(&josie).await;

    // She opens the modal, then types the answer in the chat instead and the form moves on
    // to another free-text question.
    let modal = josie.user.presses_for_answer(WRITE).await;
    assert_eq!(modal.body["type"], 9, "a modal opens");
    josie.answers(PUPILS, "What happened?").await;
    let before = draft_of(&app, "STF008").await.expect("a draft");

    // Then she submits the modal she left open.
    josie.user.submits_modal(&modal, LATE);
    let back = josie.sees(MOVED_ON).await;
    assert!(back.text().contains(LATE), "{}", back.text());
    josie.sees("What happened?").await;
    assert_eq!(draft_of(&app, "STF008").await.as_ref(), Some(&before));
    assert!(
        app.channel_messages()
            .iter()
            .all(|m| !m.text().contains(LATE)),
        "only in her DM"
    );

    // The current question's button still works, and the form goes on with what she typed.
    josie
        .writes_in_modal(WRITE, ACCOUNT, "When did it happen?")
        .await;
    let review = after_the_account(&josie).await.text();
    assert!(
        review.contains(PUPILS) && review.contains(ACCOUNT),
        "{review}"
    );
    assert!(!review.contains(LATE), "{review}");
    app.stop().await;
}

#[tokio::test]
async fn after_a_restart_an_old_questions_modal_does_not_fill_a_new_form() {
    let app = DiscordApp::start().await;
    let josie = app.linked("STF008", JOSIE).await;
    josie.runs("concern", None);
    up_to_the_pupils(&josie).await;
    let old_question = pupils_question(&josie);

    // She cancels and starts again, up to the very same question of a new form.
    josie.runs("cancel", None);
    josie.sees("Cancelled.").await;
    josie.runs("concern", None);
    up_to_the_pupils(&josie).await;
    let before = draft_of(&app, "STF008").await.expect("a draft");

    // Haven restarts: the adapter no longer knows which write button is the newest.
    drop(josie);
    let app = app.restart().await;
    let josie = app.member(JOSIE);
    josie.catch_up();

    // The old question's button opens its modal, but its text does not fill the new form.
    let modal = josie.user.answer_to_press(&old_question, WRITE).await;
    assert_eq!(modal.body["type"], 9, "nothing remembered: the modal opens");
    josie.user.submits_modal(&modal, LATE);
    let back = josie.sees(MOVED_ON).await;
    assert!(back.text().contains(LATE), "{}", back.text());
    josie.sees("Which pupils are involved?").await;
    assert_eq!(draft_of(&app, "STF008").await.as_ref(), Some(&before));

    // The new form's own question takes its answer.
    josie.writes_in_modal(WRITE, PUPILS, "What happened?").await;
    assert_eq!(
        draft_of(&app, "STF008")
            .await
            .expect("a draft")
            .answers
            .text("pupils"),
        Some(PUPILS)
    );
    app.stop().await;
}
