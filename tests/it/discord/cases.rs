//! `/cases` and `/case` on Discord, end to end: a DSL alerted to a concern lists the open cases
//! and opens one in the DM (from a channel only a pointer shows), gives the reference in a
//! modal when it was left out, reads a long case whole, and sees the view leave the DM after
//! the school's setting; anyone without a role on the case is refused politely.

use super::concern::{after_the_account, up_to_the_account};
use crate::concern::{reference_in, ACCOUNT, PUPILS};
use crate::support::discord_app::{buttons, DiscordApp};
use crate::support::discord_fake::{Shown, STAFF_CHANNEL};
use crate::support::discord_people::Member;

const DANIEL: &str = "1400000000000000002";
const OWEN: &str = "1400000000000000006";
const JOSIE: &str = "1400000000000000008";

/// Josie reports a concern from her DM, writing `account` in the question's modal; Daniel (the
/// DSL) is alerted. Returns the reference.
async fn reported(
    app: &DiscordApp,
    josie: &Member<'_>,
    daniel: &Member<'_>,
    account: &str,
) -> String {
    josie.runs("concern", None);
    up_to_the_account(josie).await;
    josie
        .writes_in_modal("Write my answer", account, "When did it happen?")
        .await;
    after_the_account(josie).await;
    // A long review comes in parts, its buttons with the last.
    app.fake
        .wait_until(|f| {
            f.dm_messages(josie.id())
                .iter()
                .any(|m| buttons(m).iter().any(|(l, _)| l == "Submit"))
                .then_some(())
        })
        .await;
    let receipt = josie.picks("Submit", "Your concern reference is").await;
    let r = reference_in(&receipt.text());
    daniel.sees(&format!("New concern {r}")).await;
    r
}

/// The case view's parts in the person's DM: from its heading to its closing line.
fn view_parts(m: &Member<'_>, r: &str) -> Vec<Shown> {
    let dm = m.user.dm_messages();
    let start = dm
        .iter()
        .rposition(|s| s.text().starts_with(&format!("Case {r}")))
        .expect("a case view");
    let end = dm[start..]
        .iter()
        .position(|s| s.text().contains("will be removed from this chat"))
        .expect("the view's last part");
    dm[start..=start + end].to_vec()
}

/// Text without its white space, to compare text split at spaces and line breaks.
fn squeezed(s: &str) -> String {
    s.split_whitespace().collect()
}

/// Daniel asks `/whoami` and waits for the answer. A chat's messages go out one after the
/// other, each once the one before was recorded: so every earlier message to his DM has been
/// recorded (a case view's removal is due from then), and, if a removal was due, tried.
async fn round_trip(app: &DiscordApp, daniel: &Member<'_>) {
    let answers = || daniel.count("You are Daniel Okafor.");
    let before = answers();
    daniel.runs("whoami", None);
    app.fake
        .wait_until(|_| (answers() > before).then_some(()))
        .await;
}

/// Moves Haven's clock on and wakes its dispatchers.
fn advance(app: &DiscordApp, by: chrono::Duration) {
    app.t.clock.advance(by);
    app.t.app.wake.notify_waiters();
}

#[tokio::test]
async fn a_dsl_lists_and_opens_cases_in_the_dm_and_others_are_refused() {
    let app = DiscordApp::start().await;
    let daniel = app.linked("STF002", DANIEL).await;
    let josie = app.linked("STF008", JOSIE).await;
    let owen = app.linked("STF006", OWEN).await;
    let r = reported(&app, &josie, &daniel, ACCOUNT).await;

    daniel.runs("cases", None);
    let list = daniel.sees("One open case:").await;
    assert!(list.text().contains(&r), "{}", list.text());
    assert!(
        buttons(&list).iter().any(|(label, _)| *label == r),
        "a button opens it: {:?}",
        list.components
    );

    daniel.runs("case", Some(("details", &r)));
    let view = daniel.sees(&format!("Case {r}")).await;
    for shown in [
        ACCOUNT,
        PUPILS,
        "Reported by: Josie Quennell",
        "Reported: #1",
    ] {
        assert!(
            view.text().contains(shown),
            "{shown} missing: {}",
            view.text()
        );
    }
    assert!(view.only_for.is_none(), "in his DM, for his DM");
    assert!(
        buttons(&view).iter().any(|(l, _)| l == "Acknowledge"),
        "{:?}",
        view.components
    );

    // From a channel: a pointer only Daniel sees there, the list and the case in his DM.
    daniel.runs_in(STAFF_CHANNEL, "cases", None);
    daniel.sees("One open case:").await;
    daniel.runs_in(STAFF_CHANNEL, "case", Some(("details", &r)));
    daniel.sees(&format!("Case {r}")).await;
    let channel = app.channel_messages();
    assert_eq!(
        channel.len(),
        2,
        "one pointer for each command: {channel:?}"
    );
    for shown in channel {
        assert_eq!(shown.only_for.as_deref(), Some(DANIEL), "{shown:?}");
        assert_eq!(shown.text(), "I've sent you a private message.");
    }
    assert!(app.fake.public_in(STAFF_CHANNEL).is_empty());

    // Left out, the reference is asked for in a modal.
    daniel.runs("case", None);
    app.fake
        .wait_until(|f| {
            f.calls_to("/callback")
                .into_iter()
                .find(|c| c.body["type"] == 9 && c.body["data"]["custom_id"] == "haven.cmd.case")
        })
        .await;
    daniel.user.submits("haven.cmd.case", &r);
    let view = daniel.sees(&format!("Case {r}")).await;
    assert!(view.text().contains(ACCOUNT), "{}", view.text());

    // Owen has no role on the case.
    owen.runs("cases", None);
    owen.sees("There are no open cases for you.").await;
    owen.runs("case", Some(("details", &r)));
    owen.sees("I can't open that case.").await;
    for text in owen.dm_texts() {
        assert!(
            !text.contains(ACCOUNT) && !text.contains(PUPILS) && !text.contains(&r),
            "{text}"
        );
    }
    app.stop().await;
}

#[tokio::test]
async fn a_case_view_leaves_the_dm_after_the_schools_setting() {
    let app = DiscordApp::start().await;
    let daniel = app.linked("STF002", DANIEL).await;
    let josie = app.linked("STF008", JOSIE).await;
    let r = reported(&app, &josie, &daniel, ACCOUNT).await;

    daniel.runs("case", Some(("details", &r)));
    let view = daniel.sees(&format!("Case {r}")).await;
    round_trip(&app, &daniel).await;
    let dm = daniel.dm();
    let delete = format!("DELETE /channels/{dm}/messages/{}", view.id);

    // A minute before it is due, the view stays: the DM's next message goes out without it.
    let after = app.t.settings.concern.view_removal();
    advance(&app, after - chrono::Duration::minutes(1));
    round_trip(&app, &daniel).await;
    assert!(
        app.fake
            .calls_to(&format!("DELETE /channels/{dm}/"))
            .is_empty(),
        "not yet"
    );

    advance(&app, chrono::Duration::minutes(2));
    app.fake.wait_for_call(&delete).await;
    assert!(
        !daniel
            .user
            .dm_messages()
            .iter()
            .any(|m| m.text().contains(ACCOUNT)),
        "the view is gone from his DM"
    );
    assert_eq!(
        daniel.count(&format!("New concern {r}")),
        1,
        "the alert stays"
    );
    app.stop().await;
}

#[tokio::test]
async fn a_long_case_view_arrives_whole_in_parts_that_all_leave_the_dm() {
    let app = DiscordApp::start().await;
    let daniel = app.linked("STF002", DANIEL).await;
    let josie = app.linked("STF008", JOSIE).await;
    let line = "Grace said an older pupil kept sending *messages* after school (on the games \
                console), and she showed me. ";
    let account = line.repeat(2600 / line.len());
    let account = account.trim();
    assert!(account.chars().count() > 2000);
    let r = reported(&app, &josie, &daniel, account).await;

    daniel.runs("case", Some(("details", &r)));
    daniel.sees("will be removed from this chat").await;
    let parts = view_parts(&daniel, &r);
    assert!(parts.len() >= 2, "one view in parts: {parts:#?}");
    for p in &parts {
        assert!(p.content.chars().count() <= 2000, "{}", p.content.len());
        assert!(p.only_for.is_none());
    }
    let whole: String = parts.iter().map(Shown::text).collect();
    assert!(
        squeezed(&whole).contains(&squeezed(account)),
        "the whole account"
    );
    let (last, earlier) = parts.split_last().expect("parts");
    assert!(earlier
        .iter()
        .all(|p| p.components.as_array().is_none_or(Vec::is_empty)));
    assert!(
        buttons(last).iter().any(|(l, _)| l == "Acknowledge"),
        "the buttons follow the whole text"
    );
    let followups = app.fake.calls_to("POST /webhooks/");
    assert_eq!(
        followups.len(),
        parts.len() - 1,
        "the first part answers the command, the rest follow it"
    );

    round_trip(&app, &daniel).await;
    advance(
        &app,
        app.t.settings.concern.view_removal() + chrono::Duration::minutes(1),
    );
    let dm = daniel.dm();
    for p in &parts {
        app.fake
            .wait_for_call(&format!("DELETE /channels/{dm}/messages/{}", p.id))
            .await;
    }
    assert!(
        !daniel
            .user
            .dm_messages()
            .iter()
            .any(|m| parts.iter().any(|p| p.id == m.id)),
        "every part is gone"
    );
    app.stop().await;
}
