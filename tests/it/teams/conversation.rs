//! Whole conversations on Teams: installing and linking in the personal chat, a `/concern`
//! started in a channel (answered there only with the pointer) whose typed answers travel in
//! card submits, and a member of staff who removed the app reported to the reporter.

use crate::concern::{reference_in, ACCOUNT, BULLYING, PUPIL, PUPILS};
use crate::support::teams_app::{field, TeamsApp, TeamsUser, CHANNEL};
use crate::support::teams_fake::Call;

const DANIEL: &str = "29:daniel";
const JOSIE: &str = "29:josie";

#[tokio::test]
async fn a_person_installs_the_app_and_links_their_account_in_the_personal_chat() {
    let app = TeamsApp::start().await;
    let alice = app.user("29:alice");
    let mut install = alice.activity("installationUpdate", &alice.chat(), "personal");
    install["action"] = serde_json::json!("add");
    app.post(&install).await;
    alice.sees("link code the school office gave you").await;
    let code = app.t.issue_code("STF008").await;
    app.t.first_account_next("STF008").await;
    alice.says(&format!("/link {code}")).await;
    alice.sees("linked").await;
    alice.says("/whoami").await;
    alice.sees("Microsoft Teams").await;
}

/// Josie's form from "Who is the concern about?" to the review, typed answers in cards.
async fn fill_the_form(josie: &TeamsUser<'_>) -> Vec<Call> {
    josie.sees("Who is the concern about?").await;
    josie
        .picks(PUPIL, "Is a child at immediate risk of harm right now?")
        .await;
    josie.picks("No", "What kind of concern is it?").await;
    josie.picks(BULLYING, "What kind of concern is it?").await;
    josie.picks("Done", "Which pupils are involved?").await;
    let pupils = josie.answers_in_card(PUPILS, "What happened?").await;
    let account = josie.answers_in_card(ACCOUNT, "When did it happen?").await;
    josie.picks("Now", "Where did it happen?").await;
    josie.picks("In school", "What have you done so far?").await;
    josie.picks("Skip", "Have you told a DSL in person?").await;
    josie.picks("Yes", "Is there a conflict of interest").await;
    josie.picks("No", "Please check your concern report").await;
    vec![pupils, account]
}

#[tokio::test]
async fn a_concern_started_in_a_channel_is_taken_privately_with_answers_in_cards() {
    let app = TeamsApp::start().await;
    let daniel = app.linked("STF002", DANIEL).await;
    let josie = app.linked("STF008", JOSIE).await;

    josie.says_in_channel("/concern").await;
    let questions = fill_the_form(&josie).await;
    let receipt = josie
        .picks("Submit", "Your concern reference is")
        .await
        .text();
    let r = reference_in(&receipt);
    let alert = daniel.sees(&format!("New concern {r}")).await.text();
    for secret in [ACCOUNT, PUPILS, "Grace", "Josie"] {
        assert!(
            !alert.contains(secret),
            "the alert leaks {secret:?}: {alert}"
        );
    }

    // Each question's card was updated to say its answer arrived, without the answer.
    for q in &questions {
        let limits = field(q).expect("an answer field");
        assert!(limits["maxLength"].as_u64().expect("a limit") >= ACCOUNT.len() as u64);
        let update = app.fake.wait_until(|f| {
            f.calls_to(&format!(
                "PUT /v3/conversations/{}/activities/{}",
                josie.chat(),
                q.id
            ))
            .pop()
        });
        let update = update.await;
        assert!(
            update.text().contains("Answer received"),
            "{}",
            update.text()
        );
        let body = update.body.to_string();
        assert!(!body.contains(ACCOUNT) && !body.contains(PUPILS), "{body}");
    }
    // Answers given in cards were never chat messages: nothing asks Josie to delete them.
    assert!(josie
        .chat_messages()
        .iter()
        .all(|m| !m.text().contains("delete it yourself")));
    // The channel heard only the pointer.
    let channel = app.fake.posted_to(CHANNEL);
    assert_eq!(channel.len(), 1, "{channel:#?}");
    assert_eq!(channel[0].text(), "I've sent you a private message.");
    assert!(field(&channel[0]).is_none());
    for m in daniel.chat_messages() {
        assert!(
            !m.text().contains(ACCOUNT) && !m.text().contains(PUPILS),
            "{}",
            m.text()
        );
    }
}

#[tokio::test]
async fn a_typed_answer_in_the_chat_still_works_and_josie_is_asked_to_delete_it() {
    let app = TeamsApp::start().await;
    let _daniel = app.linked("STF002", DANIEL).await;
    let josie = app.linked("STF008", JOSIE).await;
    josie.says("/concern").await;
    josie.sees("Who is the concern about?").await;
    josie
        .picks(PUPIL, "Is a child at immediate risk of harm right now?")
        .await;
    josie.picks("No", "What kind of concern is it?").await;
    josie.picks(BULLYING, "What kind of concern is it?").await;
    josie.picks("Done", "Which pupils are involved?").await;
    josie.answers(PUPILS, "What happened?").await;
    josie.sees("Please delete it yourself").await;
}

#[tokio::test]
async fn a_dsl_who_removed_the_app_is_reported_to_the_reporter() {
    for uninstalled in [false, true] {
        let app = TeamsApp::start().await;
        let daniel = app.linked("STF002", DANIEL).await;
        let josie = app.linked("STF008", JOSIE).await;
        if uninstalled {
            // Teams says so (installationUpdate), and Haven remembers: no call is even tried.
            let mut remove = daniel.activity("installationUpdate", &daniel.chat(), "personal");
            remove["action"] = serde_json::json!("remove");
            app.post(&remove).await;
        } else {
            // The connector says so when Haven writes (403).
            let chat = format!("POST /v3/conversations/{}/activities", daniel.chat());
            app.fake.refuse_next(&chat, 403, None);
        }
        josie.says("/concern").await;
        fill_the_form(&josie).await;
        josie.picks("Submit", "Your concern reference is").await;
        josie
            .sees("I couldn't deliver a message to Daniel Okafor on Microsoft Teams")
            .await;
        let to_daniel = daniel.chat_messages();
        assert!(
            to_daniel.iter().all(|m| !m.text().contains("New concern")),
            "uninstalled: {uninstalled}"
        );
    }
}

#[tokio::test]
async fn a_command_typed_in_a_channel_is_answered_there_only_with_the_pointer() {
    let app = TeamsApp::start().await;
    let josie = app.linked("STF008", JOSIE).await;
    for command in ["/whoami", "/cases", "/concern"] {
        josie.says_in_channel(command).await;
    }
    josie.sees("You are").await;
    let channel = app
        .fake
        .wait_until(|f| Some(f.posted_to(CHANNEL)).filter(|c| c.len() == 3))
        .await;
    for m in channel {
        assert_eq!(m.text(), "I've sent you a private message.");
        assert!(field(&m).is_none());
    }
}

#[tokio::test]
async fn a_protected_message_is_never_sent_to_a_group() {
    use haven::core::people::Lang;
    use haven::core::store::Address;
    use haven::delivery::{Rendered, SendError, Transport};
    let app = TeamsApp::start().await;
    let josie = app.linked("STF008", JOSIE).await;
    josie.says_in_channel("/help").await;
    app.fake
        .wait_until(|f| Some(()).filter(|_| !f.posted_to(CHANNEL).is_empty()))
        .await;
    let transport = app.transport.clone();
    let credentials = Rendered {
        address: Address::Group(CHANNEL.into()),
        text: "Passcode: Owl-Tree-4821".into(),
        pieces: Vec::new(),
        buttons: Vec::new(),
        lang: Lang::EnGb,
        rtl: false,
        private_link_label: None,
        expects_text: None,
        protect: true,
    };
    let sent = transport.send(&credentials).await;
    assert!(matches!(sent, Err(SendError::Forbidden(_))), "{sent:?}");
    assert!(app
        .fake
        .posted_to(CHANNEL)
        .iter()
        .all(|m| !m.text().contains("Owl-Tree")));
}
