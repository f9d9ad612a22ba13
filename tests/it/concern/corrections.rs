//! A correction names the entry it corrects: the number is checked as soon as it is typed and
//! asked again when the case has no such entry, so the text typed after it is never lost.

use super::*;

const WHICH: &str = "Which entry does this correct?";

#[tokio::test]
async fn a_wrong_entry_number_is_asked_again_at_once_and_nothing_typed_is_lost() {
    let app = spawn_app().await;
    let r = report(&app.person("Josie Quennell"), &Report::default()).await;
    let daniel = app.person("Daniel Okafor");
    daniel.says(&format!("/case {r} note")).await;
    daniel.presses("Correction").await;
    daniel.sees(WHICH);

    // The case has entry #1 only: 42 and words are refused before any text is typed.
    for wrong in ["42", "two"] {
        daniel.says(wrong).await;
        daniel.sees(&format!(
            "{r} has no entry with that number. Type a number from 1 to 1"
        ));
        daniel.sees(WHICH);
        daniel.does_not_see("nothing was added");
    }
    daniel.says("#1").await;
    daniel.does_not_see(WHICH);
    daniel.says("The reporter's name was misspelt").await;
    daniel.presses("Now").await;
    let review = daniel.sees("Corrects entry: #1");
    assert!(
        review.text.contains("The reporter's name was misspelt"),
        "{}",
        review.text
    );
    daniel.presses("Submit").await;
    daniel.sees("Added entry #2");

    daniel.says(&format!("/case {r}")).await;
    let view = daniel.sees(&format!("Case {r}"));
    assert!(
        view.text.contains("The reporter's name was misspelt"),
        "{}",
        view.text
    );
}

#[tokio::test]
async fn changing_the_number_from_the_review_checks_it_and_returns_to_the_review() {
    let app = spawn_app().await;
    let r = report(&app.person("Josie Quennell"), &Report::default()).await;
    let daniel = app.person("Daniel Okafor");
    daniel.says(&format!("/case {r} note")).await;
    daniel.presses("Correction").await;
    daniel.says("1").await;
    daniel.says("Wrong year group recorded").await;
    daniel.presses("Now").await;
    daniel.sees("Please check your");

    daniel.presses("Change an answer").await;
    daniel.presses("Corrects entry").await;
    daniel.says("9").await;
    daniel.sees("has no entry with that number");
    daniel.sees(WHICH);
    daniel.says("1").await;
    // Back at the review with the text as typed: nothing asked twice.
    let review = daniel.sees("Please check your");
    assert!(
        review.text.contains("Wrong year group recorded"),
        "{}",
        review.text
    );
    daniel.presses("Submit").await;
    daniel.sees("Added entry #2");
}
