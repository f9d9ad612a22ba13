//! Whole conversations: Haven started as `haven run` starts it, the fake gateway delivering what
//! people do, and the fake API showing what they see.

use crate::support::discord_app::{buttons, DiscordApp};
use crate::support::discord_fake::{FakeDiscord, Refusal, GUILD_ID, STAFF_CHANNEL, TOKEN};
use crate::support::spawn_app;
use haven::config::{Config, DiscordSection};
use haven::platforms;
use secrecy::SecretString;
use serenity::all::GatewayIntents;
use tokio::sync::watch;

const DANIEL: &str = "1400000000000000002";
const TOMASZ: &str = "1400000000000000004";
const OWEN: &str = "1400000000000000006";

/// True when an interaction callback or follow-up asks for an answer only its person sees.
fn ephemeral(body: &serde_json::Value) -> bool {
    let flags = body["data"]["flags"]
        .as_u64()
        .or(body["flags"].as_u64())
        .unwrap_or(0);
    flags & 64 != 0
}

#[tokio::test]
async fn a_linked_person_runs_whoami_in_a_channel_and_gets_the_answer_privately() {
    let app = DiscordApp::start().await;
    app.t.first_account_next("STF002").await;
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
    app.t.first_account_next("STF006").await;
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
async fn a_link_code_given_in_a_channel_is_revoked_and_the_answer_only_its_owner_sees() {
    let app = DiscordApp::start().await;
    app.t.first_account_next("STF002").await;
    let code = app.t.issue_code("STF002").await;
    let daniel = app.user(DANIEL);

    daniel.runs_in(STAFF_CHANNEL, "link", Some(("code", &code)));
    daniel
        .sees_privately_in(
            STAFF_CHANNEL,
            "That looked like a link code, so it no longer works",
        )
        .await;
    assert!(app.fake.public_in(STAFF_CHANNEL).is_empty());

    // Dead afterwards, even in the DM.
    daniel.writes(&format!("/link {code}"));
    daniel.sees_in_dm("That code was cancelled").await;
    daniel.runs("whoami", None);
    daniel.sees_in_dm("I don't know who you are yet").await;
    app.stop().await;
}

#[tokio::test]
async fn a_link_code_written_in_a_channel_is_deleted_and_dead() {
    let app = DiscordApp::start().await;
    app.t.first_account_next("STF003").await;
    let code = app.t.issue_code("STF003").await;
    let someone = app.member(TOMASZ);
    let posted = someone.writes_in(STAFF_CHANNEL, &format!("Priya, your code: {code}"));
    let delete = format!("DELETE /channels/{STAFF_CHANNEL}/messages/{posted}");
    app.fake.wait_for_call(&delete).await;
    let warning = app
        .fake
        .wait_until(|f| f.public_in(STAFF_CHANNEL).pop())
        .await;
    assert!(
        warning.text().contains("That looked like a link code"),
        "{}",
        warning.text()
    );
    assert!(!warning.text().contains(&code));

    let thief = app.member(OWEN);
    thief.writes(&format!("/link {code}"));
    thief.sees("That code was cancelled").await;
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

    app.t.first_account_next("STF002").await;
    let code = app.t.issue_code("STF002").await;
    let daniel = app.user(DANIEL);
    daniel.writes(&format!("/link {code}"));
    daniel.sees_in_dm("now linked").await;
    app.stop().await;
}

#[tokio::test]
async fn a_command_answered_only_in_private_still_closes_its_interaction() {
    let app = DiscordApp::start_with_grace(std::time::Duration::from_millis(300)).await;
    app.t.first_account_next("STF002").await;
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

#[tokio::test]
async fn help_for_a_dsl_arrives_whole_and_in_a_channel_only_they_see_it() {
    let app = DiscordApp::start().await;
    let daniel = app.linked("STF002", DANIEL).await;
    let helps = || daniel.count("What I can do for you:");
    // Linking ends with the help; then the DSL asks for it.
    app.fake.wait_until(|_| (helps() == 1).then_some(())).await;
    daniel.runs("help", None);
    app.fake.wait_until(|_| (helps() == 2).then_some(())).await;

    let help = daniel
        .user
        .dm_messages()
        .into_iter()
        .rfind(|m| m.text().contains("What I can do for you:"))
        .expect("the help");
    let text = help.text();
    for line in [
        "/concern — Report a concern, privately",
        "/cases — Cases you can see",
        "/stream — Set up or manage a private livestream",
        "/aup — Read and sign the Acceptable Use Policy",
        "/whoami — Who I think you are",
        "/language — Choose your language",
        "/cancel — Stop what you are doing",
    ] {
        assert!(text.contains(line), "{line:?} missing from {text}");
    }
    assert!(!text.contains("/optout"), "a parent's command: {text}");
    assert!(help.only_for.is_none(), "an ordinary message in the DM");
    // The staff help is far below Discord's 2000 characters: it is the interaction's answer,
    // whole, and nothing follows it.
    assert!(help.content.chars().count() < 2000, "{}", help.content);
    let answer = app
        .fake
        .calls_to("PATCH /webhooks/")
        .pop()
        .expect("answered");
    assert_eq!(answer.body["content"], help.content.as_str());
    assert!(
        app.fake.calls_to("POST /webhooks/").is_empty(),
        "no follow-up"
    );

    // In a channel the core answers /help there (it holds nothing private): Discord shows it
    // to Daniel alone.
    daniel.runs_in(STAFF_CHANNEL, "help", None);
    let there = daniel
        .user
        .sees_privately_in(STAFF_CHANNEL, "What I can do for you:")
        .await;
    assert_eq!(there.text(), text);
    assert!(app.fake.public_in(STAFF_CHANNEL).is_empty());
    app.stop().await;
}

#[tokio::test]
async fn link_is_answered_where_only_the_person_sees_it_even_in_a_dm() {
    let app = DiscordApp::start().await;
    app.t.first_account_next("STF006").await;
    let code = app.t.issue_code("STF006").await;
    let owen = app.user(OWEN);
    let dm = owen.dm();

    owen.runs("link", Some(("code", "ABCD-EFGH-JKMN")));
    let wrong = owen.sees_privately_in(&dm, "That code isn't right").await;
    assert_eq!(wrong.only_for.as_deref(), Some(OWEN));

    owen.runs("link", None);
    let modal = app
        .fake
        .wait_until(|f| {
            f.calls_to("/callback")
                .into_iter()
                .find(|c| c.body["type"] == 9)
        })
        .await;
    assert_eq!(modal.body["data"]["custom_id"], "haven.cmd.link");
    owen.submits("haven.cmd.link", &code);
    let done = owen.sees_privately_in(&dm, "now linked").await;
    assert_eq!(done.only_for.as_deref(), Some(OWEN));

    let deferred: Vec<_> = app
        .fake
        .calls_to("/callback")
        .into_iter()
        .filter(|c| c.body["type"] == 5)
        .collect();
    assert_eq!(
        deferred.len(),
        2,
        "the command with its code, and the modal"
    );
    assert!(deferred.iter().all(|c| ephemeral(&c.body)), "{deferred:?}");
    for shown in app.fake.public_in(&dm) {
        let text = shown.text();
        assert!(
            !text.contains("code") && !text.contains("now linked"),
            "the answers about the code are Owen's alone: {text}"
        );
    }

    // Other commands in the DM are answered for the DM as before.
    owen.runs("whoami", None);
    let me = owen.sees_in_dm("You are Owen Hartley.").await;
    assert!(me.only_for.is_none());
    let last = app.fake.calls_to("/callback").pop().expect("deferred");
    assert!(!ephemeral(&last.body), "{}", last.body);
    app.stop().await;
}

#[tokio::test]
async fn during_a_global_rate_limit_presses_and_commands_are_still_answered_at_once() {
    let app = DiscordApp::start().await;
    let daniel = app.linked("STF002", DANIEL).await;
    daniel.runs("language", None);
    daniel.sees("Which language").await;

    // Haven's answer to a typed message is a post, which Discord refuses with a global 429:
    // for a minute no other call may be made, but interaction answers are exempt.
    let posts = app.fake.calls_to("POST /channels/").len();
    app.fake
        .refuse_next("POST /channels/", Refusal::RateLimitedGlobally(60.0));
    daniel.writes("/whoami");
    app.fake
        .wait_until(|f| (f.calls_to("POST /channels/").len() > posts).then_some(()))
        .await;

    let pressed = daniel.user.presses_for_answer("English").await;
    assert_eq!(pressed.body["type"], 7, "the buttons are disabled at once");
    // A command in a channel is deferred at once, and the core's pointer there edits that
    // answer (an interaction webhook, exempt too).
    daniel.runs_in(STAFF_CHANNEL, "whoami", None);
    daniel
        .user
        .sees_privately_in(STAFF_CHANNEL, "I've sent you a private message.")
        .await;
    assert_eq!(
        app.fake.calls_to("POST /channels/").len(),
        posts + 1,
        "nothing was posted while the global limit lasted"
    );
    assert_eq!(daniel.count("You are Daniel Okafor."), 0, "the DM waits");
    app.stop().await;
}

#[tokio::test]
async fn without_a_token_the_discord_adapter_does_not_start() {
    let t = spawn_app().await;
    let fake = FakeDiscord::start().await;
    let mut cfg = Config {
        discord: DiscordSection {
            token: None,
            guild_id: Some(GUILD_ID.parse().expect("snowflake")),
            api_url: Some(fake.url()),
            read_channels: true,
            limits: Default::default(),
        },
        ..Config::default()
    };
    let (stop, stopped) = watch::channel(false);
    let tasks = platforms::start(&cfg, &t.app, stopped.clone())
        .await
        .expect("starts without Discord");
    assert!(tasks.is_empty(), "no dispatcher and no gateway");

    cfg.discord.token = Some(SecretString::from(TOKEN));
    let mut tasks = platforms::start(&cfg, &t.app, stopped)
        .await
        .expect("starts with Discord");
    assert_eq!(tasks.len(), 2, "Discord's dispatcher and gateway");
    fake.wait_for_call("PUT /applications/").await;
    let _ = stop.send(true);
    while tasks.join_next().await.is_some() {}
    assert!(
        fake.calls()
            .iter()
            .all(|c| c.method != "PUT" || c.path.contains(GUILD_ID)),
        "only the second start registered commands: {:?}",
        fake.calls()
    );
    assert_eq!(fake.calls_to("PUT /applications/").len(), 1);
    fake.assert_clean();
}
