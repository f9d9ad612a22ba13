//! Whole conversations: Haven started as `haven run` starts it, the fake gateway delivering what
//! people do, and the fake API showing what they see.

use crate::support::discord_app::{buttons, DiscordApp};
use crate::support::discord_fake::{GUILD_ID, STAFF_CHANNEL};
use serenity::all::GatewayIntents;

const DANIEL: &str = "1400000000000000002";
const TOMASZ: &str = "1400000000000000004";

#[tokio::test]
async fn a_linked_person_runs_whoami_in_a_channel_and_gets_the_answer_privately() {
    let app = DiscordApp::start().await;
    let code = app.t.issue_code("STF002").await;
    let daniel = app.user(DANIEL);

    daniel.writes(&format!("/link {code}"));
    daniel
        .sees_in_dm("This account is now linked to Haven Demo School")
        .await;

    daniel.runs_in(STAFF_CHANNEL, "whoami", None);
    daniel
        .sees_privately_in(STAFF_CHANNEL, "I've sent you a private message.")
        .await;
    let me = daniel.sees_in_dm("You are Daniel Okafor.").await;
    assert!(
        me.content.contains("Designated Safeguarding Lead"),
        "{}",
        me.content
    );
    assert!(me.content.contains("Discord"), "{}", me.content);
    assert!(
        app.fake.public_in(STAFF_CHANNEL).is_empty(),
        "nothing is posted for the whole channel: {:?}",
        app.fake.public_in(STAFF_CHANNEL)
    );
    let defer = app.fake.calls_to("/callback").pop().expect("answered");
    assert_eq!(defer.body["type"], 5, "deferred at once");
    assert_eq!(defer.body["data"]["flags"], 64, "ephemeral");
    app.stop().await;
}

#[tokio::test]
async fn commands_are_registered_in_the_school_server_localised_and_intents_are_minimal() {
    let app = DiscordApp::start().await;
    let put = app
        .fake
        .calls_to("PUT /applications/")
        .pop()
        .expect("registered");
    assert!(
        put.path.ends_with(&format!("/guilds/{GUILD_ID}/commands")),
        "{}",
        put.path
    );
    let cmds = put.body.as_array().expect("a list");
    let names: Vec<&str> = cmds.iter().filter_map(|c| c["name"].as_str()).collect();
    for expected in [
        "concern",
        "cases",
        "case",
        "aup",
        "stream",
        "streams",
        "broadcast",
        "campaign",
        "optout",
        "optin",
        "whoami",
        "language",
        "link",
        "help",
        "cancel",
    ] {
        assert!(
            names.contains(&expected),
            "{expected} missing from {names:?}"
        );
    }
    let language = cmds
        .iter()
        .find(|c| c["name"] == "language")
        .expect("language");
    assert_eq!(language["name_localizations"]["pl"], "język");
    assert_eq!(language["description"], "Choose your language");
    assert_eq!(
        language["description_localizations"]["en-GB"],
        "Choose your language"
    );
    assert!(
        language["description_localizations"].get("cy").is_none(),
        "not a Discord locale"
    );
    let stream = cmds.iter().find(|c| c["name"] == "stream").expect("stream");
    assert_eq!(stream["name_localizations"]["pl"], "transmisja");
    assert_eq!(stream["options"][0]["name"], "action");
    assert_eq!(stream["options"][0]["required"], false);

    let intents =
        GatewayIntents::from_bits_truncate(app.fake.gateway.intents().expect("identified"));
    assert_eq!(
        intents,
        GatewayIntents::GUILDS
            | GatewayIntents::DIRECT_MESSAGES
            | GatewayIntents::GUILD_MESSAGES
            | GatewayIntents::MESSAGE_CONTENT
    );
    app.stop().await;
}

#[tokio::test]
async fn link_by_modal_then_choose_a_language_with_buttons_that_disable_after_use() {
    let app = DiscordApp::start().await;
    let code = app.t.issue_code("STF006").await;
    let tomasz = app.user(TOMASZ);

    tomasz.runs("link", None);
    let modal = app.fake.wait_for_call("/callback").await;
    assert_eq!(modal.body["type"], 9, "a modal asks for the code");
    assert_eq!(modal.body["data"]["custom_id"], "haven.cmd.link");
    tomasz.submits("haven.cmd.link", &code);
    tomasz.sees_in_dm("linked to Haven Demo School").await;

    tomasz.runs("language", None);
    let choose = tomasz.sees_in_dm("Which language").await;
    assert_eq!(buttons(&choose).len(), 4);
    tomasz.presses("Polski");
    let update = app
        .fake
        .wait_until(|f| {
            f.calls_to("/callback")
                .into_iter()
                .find(|c| c.body["type"] == 7)
        })
        .await;
    let row = &update.body["data"]["components"][0]["components"];
    assert!(row
        .as_array()
        .expect("buttons")
        .iter()
        .all(|b| b["disabled"] == true));
    let pressed = row
        .as_array()
        .expect("buttons")
        .iter()
        .find(|b| b["label"] == "Polski")
        .expect("Polski");
    assert_eq!(pressed["style"], 3, "the pressed button is highlighted");
    tomasz.sees_in_dm("Polski").await;
    app.stop().await;
}

#[tokio::test]
async fn a_link_code_given_in_a_channel_is_refused_where_only_its_owner_sees() {
    let app = DiscordApp::start().await;
    let code = app.t.issue_code("STF002").await;
    let daniel = app.user(DANIEL);

    daniel.runs_in(STAFF_CHANNEL, "link", Some(("code", &code)));
    daniel
        .sees_privately_in(STAFF_CHANNEL, "link codes only work in a private chat")
        .await;
    assert!(app.fake.public_in(STAFF_CHANNEL).is_empty());

    daniel.runs("whoami", None);
    daniel.sees_in_dm("I don't know who you are yet").await;
    app.stop().await;
}

#[tokio::test]
async fn without_the_message_content_intent_haven_still_serves_commands_and_dms() {
    let app = DiscordApp::start_refusing_message_content().await;
    let intents =
        GatewayIntents::from_bits_truncate(app.fake.gateway.intents().expect("identified"));
    assert_eq!(
        intents,
        GatewayIntents::GUILDS | GatewayIntents::DIRECT_MESSAGES
    );

    let code = app.t.issue_code("STF002").await;
    let daniel = app.user(DANIEL);
    daniel.writes(&format!("/link {code}"));
    daniel.sees_in_dm("now linked").await;
    app.stop().await;
}

#[tokio::test]
async fn a_command_answered_only_in_private_still_closes_its_interaction() {
    let app = DiscordApp::start_with_grace(std::time::Duration::from_millis(300)).await;
    let code = app.t.issue_code("STF002").await;
    let daniel = app.user(DANIEL);
    daniel.writes(&format!("/link {code}"));
    daniel.sees_in_dm("now linked").await;

    daniel.runs_in(STAFF_CHANNEL, "language", None);
    daniel.sees_in_dm("Which language").await;
    daniel
        .sees_privately_in(STAFF_CHANNEL, "I've sent you a private message.")
        .await;
    assert!(app.fake.public_in(STAFF_CHANNEL).is_empty());
    app.stop().await;
}
