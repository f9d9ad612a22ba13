//! Answers written for one question outside the chat (`Input::Answer`, as a Discord modal sends
//! them), driven through `/concern`: taken exactly as typed text while their question is the
//! current one; otherwise the form is left alone and the writer gets their text back, in their
//! private chat only, never stored readable.

use crate::concern::{
    after_the_account, confirm_people, who_saw, Report, ACCOUNT, BULLYING, PUPIL, PUPILS,
};
use crate::support::{spawn_app, Person, TestApp};
use haven::core::form::FormState;
use std::collections::BTreeSet;

const PUPILS_Q: &str = "Which pupils are involved?";
const ACCOUNT_Q: &str = "What happened?";
const WHEN_Q: &str = "When did it happen?";
const WHERE_Q: &str = "Where did it happen?";
const REVIEW: &str = "Please check your concern report";
const MOVED_ON: &str = "The question you wrote this for has moved on";
/// What Josie writes in a modal that is out of date by the time she submits it.
const LATE: &str = "Grace Hopper and Ada Lovelace, both Year 4, written in the old window";

/// Starts Josie's concern form and brings it to "Which pupils are involved?".
async fn up_to_the_pupils(josie: &Person<'_>) {
    josie.says("/concern").await;
    josie.presses(PUPIL).await;
    josie.presses("No").await;
    josie.presses(BULLYING).await;
    josie.presses("Done").await;
    josie.sees(PUPILS_Q);
}

/// Josie's unfinished form, as stored.
async fn josies_draft(app: &TestApp) -> Option<FormState> {
    app.draft_of("STF008").await.map(|d| d.state)
}

/// When Josie's stored form says it happened, if it has that answer yet.
async fn josies_when(app: &TestApp) -> Option<String> {
    let state = josies_draft(app).await?;
    state.answers.time("when").map(|t| t.to_rfc3339())
}

/// Asserts Josie got `text` back with the moved-on notice, and nobody else saw it.
fn given_back_to_josie_only(app: &TestApp, josie: &Person<'_>, text: &str) {
    let back = josie.sees(MOVED_ON);
    assert!(back.text.contains(text), "{}", back.text);
    assert_eq!(
        who_saw(app, text),
        BTreeSet::from(["Josie Quennell".to_string()])
    );
    assert!(app.group_messages().iter().all(|m| !m.text.contains(text)));
}

#[tokio::test]
async fn answers_for_the_current_question_are_recorded_as_if_typed() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    up_to_the_pupils(&josie).await;
    let pupils = josie.question();
    assert!(pupils.starts_with("f."), "{pupils}");

    josie.answers_question(&pupils, PUPILS).await;
    josie.sees(ACCOUNT_Q);
    let account = josie.question();
    assert_ne!(account, pupils, "each question has its own reference");
    josie.answers_question(&account, ACCOUNT).await;
    josie.sees(WHEN_Q);
    let draft = josies_draft(&app).await.expect("a draft");
    assert_eq!(draft.answers.text("pupils"), Some(PUPILS));
    assert_eq!(draft.answers.text("account"), Some(ACCOUNT));

    after_the_account(&josie, &Report::default()).await;
    let review = josie.last().text;
    assert!(
        review.contains(PUPILS) && review.contains(ACCOUNT),
        "{review}"
    );
    assert!(josie.received().iter().all(|m| !m.text.contains(MOVED_ON)));
}

#[tokio::test]
async fn an_answer_for_an_earlier_question_changes_nothing_and_comes_back_privately() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    up_to_the_pupils(&josie).await;
    let pupils = josie.question();

    // She types the answer instead; the modal she had open is submitted afterwards, while the
    // form asks another free-text question.
    josie.says(PUPILS).await;
    josie.sees(ACCOUNT_Q);
    let before = josies_draft(&app).await.expect("a draft");
    josie.answers_question(&pupils, LATE).await;
    given_back_to_josie_only(&app, &josie, LATE);
    josie.sees(ACCOUNT_Q);
    josie.sees_nothing_new();
    assert_eq!(josies_draft(&app).await.as_ref(), Some(&before));

    // Now at a choice: an old account is not thrown away as "use the buttons" either.
    let account = josie.question();
    josie.says(ACCOUNT).await;
    josie.presses("Now").await;
    josie.sees(WHERE_Q);
    let before = josies_draft(&app).await.expect("a draft");
    let late_account = "He asked her again on Tuesday, in the same game";
    josie.answers_question(&account, late_account).await;
    given_back_to_josie_only(&app, &josie, late_account);
    josie.sees(WHERE_Q);
    assert_eq!(josies_draft(&app).await.as_ref(), Some(&before));

    // Sensitive: sealed in the outbox, never stored readable.
    let bytes = String::from_utf8_lossy(&app.db_bytes()).to_string();
    assert!(!bytes.contains(LATE) && !bytes.contains(late_account));

    // The form carries on with what she typed.
    josie.presses("In school").await;
    josie.presses("Skip").await;
    confirm_people(&josie, &Report::default()).await;
    josie.presses("Yes").await;
    josie.presses("No").await;
    let review = josie.sees(REVIEW).text;
    assert!(
        review.contains(PUPILS) && review.contains(ACCOUNT),
        "{review}"
    );
    assert!(!review.contains(LATE) && !review.contains(late_account));
}

#[tokio::test]
async fn an_answer_for_a_closed_form_does_not_fill_the_same_question_of_a_new_one() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    up_to_the_pupils(&josie).await;
    let old = josie.question();
    josie.says("/cancel").await;
    josie.sees("Cancelled.");

    // With nothing open, the text comes back (not "I'm not sure what you mean").
    josie.answers_question(&old, LATE).await;
    given_back_to_josie_only(&app, &josie, LATE);
    josie.sees_nothing_new();

    // A new concern at the very same step: the old form's answer is not taken for it.
    up_to_the_pupils(&josie).await;
    let new = josie.question();
    assert_ne!(old, new);
    assert_eq!(old.rsplit('.').next(), new.rsplit('.').next(), "same step");
    let before = josies_draft(&app).await.expect("a draft");
    let later = "Ada Lovelace, Year 5, from the cancelled report";
    josie.answers_question(&old, later).await;
    given_back_to_josie_only(&app, &josie, later);
    josie.sees(PUPILS_Q);
    assert_eq!(josies_draft(&app).await.as_ref(), Some(&before));
    josie.answers_question(&new, PUPILS).await;
    josie.sees(ACCOUNT_Q);
}

#[tokio::test]
async fn forged_or_malformed_references_are_refused_politely_and_change_nothing() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    up_to_the_pupils(&josie).await;
    let current = josie.question();
    let nonce = current.split('.').nth(1).expect("a nonce").to_string();
    let before = josies_draft(&app).await.expect("a draft");
    let forged = [
        String::new(),
        "garbage".into(),
        "f.".into(),
        format!("f.{nonce}"),
        format!("f.{nonce}."),
        format!("f.{nonce}.x"),
        format!("f.{nonce}.{}", before.step + 1),
        format!("f.{nonce}.{}.~skip", before.step),
        format!("f.{nonce}.99999999999999999999999999"),
        format!("f.{}.{}", nonce.to_lowercase() + "x", before.step),
        "c.ack.1".into(),
        "🙂".repeat(50),
    ];
    for (i, to) in forged.iter().enumerate() {
        let text = format!("Forged answer number {i}");
        josie.answers_question(to, &text).await;
        given_back_to_josie_only(&app, &josie, &text);
        josie.sees(PUPILS_Q);
        assert_eq!(josies_draft(&app).await.as_ref(), Some(&before), "{to:?}");
    }

    // At the review step (no typed question there), even with its own step number.
    josie.says(PUPILS).await;
    josie.says(ACCOUNT).await;
    after_the_account(&josie, &Report::default()).await;
    let at_review = josies_draft(&app).await.expect("a draft");
    let review = format!("f.{nonce}.{}", at_review.step);
    josie
        .answers_question(&review, "Please submit it now")
        .await;
    given_back_to_josie_only(&app, &josie, "Please submit it now");
    josie.sees(REVIEW);
    assert_eq!(josies_draft(&app).await.as_ref(), Some(&at_review));
    assert!(who_saw(&app, "New concern").is_empty(), "nothing submitted");
}

#[tokio::test]
async fn answers_from_a_group_or_an_unknown_account_are_never_shown_there() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    up_to_the_pupils(&josie).await;
    let current = josie.question();
    let before = josies_draft(&app).await.expect("a draft");

    // From a group (Discord never opens a write modal there): nothing in the group, nothing
    // in the form, the text back in private.
    josie.answers_question_in("staff", &current, LATE).await;
    given_back_to_josie_only(&app, &josie, LATE);
    assert_eq!(josies_draft(&app).await.as_ref(), Some(&before));

    // Someone not linked gets the usual pointer, without their text echoed.
    let stranger = app.stranger("someone-new");
    stranger
        .answers_question(&current, "Stranger's secret text")
        .await;
    let reply = stranger.sees("I don't know who you are yet");
    assert!(!reply.text.contains("Stranger's secret text"));
    assert!(who_saw(&app, "Stranger's secret text").is_empty());

    // From a group, the group gets only the pointer to a private chat.
    stranger
        .answers_question_in("staff", &current, "Stranger's secret text")
        .await;
    let pointer = app
        .group_messages()
        .into_iter()
        .last()
        .expect("a pointer in the group");
    assert_eq!(pointer.text, "Please message me privately to get started.");
    assert!(who_saw(&app, "Stranger's secret text").is_empty());
}

#[tokio::test]
async fn an_answer_to_a_form_that_changed_since_is_given_back() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    up_to_the_pupils(&josie).await;
    let current = josie.question();
    {
        let store = app.store();
        let mut tx = store.begin().await.unwrap();
        let me = tx
            .person_by_external_id(app.app.ctx.school, "STF008")
            .await
            .unwrap()
            .unwrap();
        let mut draft = tx.draft(me.id).await.unwrap().expect("a draft");
        draft.state.version += 1;
        tx.save_draft(&draft).await.unwrap();
        tx.commit().await.unwrap();
    }
    josie.answers_question(&current, LATE).await;
    josie.sees("This form has changed since you started it");
    given_back_to_josie_only(&app, &josie, LATE);
    assert_eq!(josies_draft(&app).await, None);
}

#[tokio::test]
async fn an_answer_for_the_date_question_is_not_read_as_the_time_on_a_day_picked_since() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    up_to_the_pupils(&josie).await;
    josie.says(PUPILS).await;
    josie.says(ACCOUNT).await;
    josie.sees(WHEN_Q);
    let date_question = josie.question();

    // Yesterday is pressed; the window opened on the date question is submitted afterwards.
    josie.presses("Yesterday").await;
    josie.sees("At what time on 16/11/2026?");
    let time_question = josie.question();
    assert_ne!(date_question, time_question);
    josie.answers_question(&date_question, "9:15").await;
    josie.sees(MOVED_ON);
    assert_eq!(josies_when(&app).await, None);

    // Back to the date question: an answer written for "At what time on 16/11/2026?" is not
    // taken as a time today either.
    josie.says("/back").await;
    josie.sees(WHEN_Q);
    josie.answers_question(&time_question, "9:15").await;
    josie.sees(MOVED_ON);
    assert_eq!(josies_when(&app).await, None);

    // Written for the question on screen, it is taken.
    josie.presses("Yesterday").await;
    josie.answers_question(&josie.question(), "9:15").await;
    josie.sees(WHERE_Q);
    assert_eq!(
        josies_when(&app).await.as_deref(),
        Some("2026-11-16T09:15:00+00:00")
    );
}

#[tokio::test]
async fn an_answer_that_cannot_be_saved_for_a_fault_on_our_side_comes_back_with_the_apology() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    up_to_the_pupils(&josie).await;
    let question = josie.question();
    // Saving the draft fails, as a full or failing disk would make it.
    let db = rusqlite::Connection::open(app.dir.path().join("haven.db")).unwrap();
    db.execute_batch(
        "CREATE TRIGGER failing_disk BEFORE UPDATE ON drafts \
         BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END;",
    )
    .unwrap();

    josie.answers_question(&question, LATE).await;
    josie.sees("Sorry, something went wrong on our side");
    let back = josie.sees("I could not save the answer you wrote");
    assert!(back.text.contains(LATE), "{}", back.text);
    assert_eq!(
        who_saw(&app, LATE),
        BTreeSet::from(["Josie Quennell".to_string()])
    );
    assert!(
        !contains(&app.db_bytes(), LATE),
        "the text is kept only sealed until it is delivered"
    );
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}
