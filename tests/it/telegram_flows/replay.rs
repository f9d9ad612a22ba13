//! Every update handled exactly once on Telegram. After `kill -9` the poller has not confirmed
//! its last batch, so Telegram sends those updates again: replayed, they change nothing, say
//! nothing and misfile nothing. And updates teloxide cannot read are still answered.

use super::concern::JOSIE;
use crate::concern::{ACCOUNT, BULLYING, PUPIL, PUPILS};
use crate::support::telegram_updates as updates;
use crate::support::telegram_world::{TgUser, TgWorld};
use haven::core::concern::reference::ConcernRef;
use haven::core::concern::types::Category;
use serde_json::Value;

/// One thing Josie does in the report form.
#[derive(Debug, Clone, Copy)]
enum Step {
    Tap(&'static str),
    Write(&'static str),
}

/// The whole report, from `/concern` to the receipt: a multiple-choice tick (the category),
/// two typed answers and single choices.
const REPORT: &[Step] = &[
    Step::Write("/concern"),
    Step::Tap(PUPIL),
    Step::Tap("No"),
    Step::Tap(BULLYING),
    Step::Tap("Done"),
    Step::Write(PUPILS),
    Step::Write(ACCOUNT),
    Step::Tap("Now"),
    Step::Tap("In school"),
    Step::Tap("Skip"),
    Step::Tap("Yes"),
    Step::Tap("No"),
    Step::Tap("Submit"),
];

async fn act(josie: &TgUser<'_>, step: Step) {
    match step {
        Step::Tap(label) => josie.taps(label).await,
        Step::Write(text) => {
            josie.writes(text).await;
        }
    }
}

/// What Haven stored and said, to compare a run with replays against one without.
#[derive(Debug, PartialEq)]
struct Outcome {
    categories: Vec<Category>,
    pupils: Option<String>,
    account: Option<String>,
    review: Vec<String>,
    receipts: usize,
}

async fn outcome(w: &TgWorld, josie: &TgUser<'_>) -> Outcome {
    let reference = ConcernRef::parse("C-2026-0001").expect("a reference");
    let mut tx = w.app.store().begin().await.expect("tx");
    let concern = tx
        .concerns()
        .concern_by_ref(w.app.app.ctx.school, reference)
        .await
        .expect("lookup")
        .expect("the concern was stored");
    let details = tx
        .concerns()
        .concern_details(concern.id)
        .await
        .expect("details");
    Outcome {
        categories: concern.categories,
        pupils: details.pupils.map(|s| s.expose().clone()),
        account: details.account.map(|s| s.expose().clone()),
        review: josie.texts_with("Please check your concern report"),
        receipts: josie.texts_with("Your concern reference is").len(),
    }
}

/// Reports with no crash; then again where, after every step, the last `batch` updates come
/// back as after a crash before the offset was confirmed.
async fn report_replaying(batch: usize) -> (Outcome, Outcome) {
    let plain = TgWorld::start().await;
    let josie = plain.linked(JOSIE, 5701).await;
    for step in REPORT {
        act(&josie, *step).await;
    }
    let expected = outcome(&plain, &josie).await;

    let w = TgWorld::start().await;
    let josie = w.linked(JOSIE, 5701).await;
    for step in REPORT {
        act(&josie, *step).await;
        let all = w.updates_so_far();
        let last: Vec<Value> = all[all.len().saturating_sub(batch)..].to_vec();
        let (said, deleted) = (w.fake.calls_to("sendMessage").len(), w.deletions());
        w.replay(&last).await;
        let again = w.fake.calls_to("sendMessage").split_off(said);
        assert!(
            again.is_empty(),
            "a replay says nothing (after {step:?}): {again:#?}"
        );
        assert_eq!(w.deletions(), deleted, "and removes nothing");
    }
    w.fake.assert_no_violations();
    (expected, outcome(&w, &josie).await)
}

#[tokio::test]
async fn the_last_update_replayed_after_every_step_changes_nothing() {
    let (expected, got) = report_replaying(1).await;
    assert_eq!(expected.categories, [Category::Cyberbullying]);
    assert_eq!(expected.pupils.as_deref(), Some(PUPILS));
    assert_eq!(expected.account.as_deref(), Some(ACCOUNT));
    assert_eq!(got, expected);
}

#[tokio::test]
async fn a_replayed_batch_of_updates_misfiles_no_answer_and_flips_no_tick() {
    let (expected, got) = report_replaying(4).await;
    assert_eq!(got, expected);
    assert_eq!(got.receipts, 1, "one concern, one receipt");
}

#[tokio::test]
async fn messages_teloxide_cannot_read_are_answered_in_and_out_of_a_form() {
    let w = TgWorld::start().await;
    let josie = w.linked(JOSIE, 5702).await;
    let stranger = w.user(5703);
    for (what, content) in updates::unreadable_media() {
        let before = stranger.texts().len();
        w.push(updates::media(stranger.id, stranger.id, content.clone()))
            .await;
        let said = stranger.texts()[before..].to_vec();
        assert_eq!(said.len(), 1, "{what}: {said:#?}");
        assert!(
            said[0].contains("I don't know who you are yet"),
            "{what}: {said:#?}"
        );

        let before = josie.texts().len();
        w.push(updates::media(josie.id, josie.id, content.clone()))
            .await;
        let said = josie.texts()[before..].to_vec();
        assert_eq!(
            said,
            ["I can't accept files or pictures. Please don't send images of children here."],
            "{what}"
        );
    }

    josie.says("/concern").await;
    josie.taps(PUPIL).await;
    for (what, content) in updates::unreadable_media() {
        let before = josie.texts().len();
        w.push(updates::media(josie.id, josie.id, content)).await;
        let said = josie.texts()[before..].to_vec();
        assert!(
            said[0].starts_with("Please don't send pictures or files here."),
            "{what}: {said:#?}"
        );
        assert!(
            said[1].contains("Is a child at immediate risk of harm right now?"),
            "{what}: the question again: {said:#?}"
        );
    }
    josie.taps("No").await;
    josie.sees("What kind of concern is it?");
    w.fake.assert_no_violations();
}
