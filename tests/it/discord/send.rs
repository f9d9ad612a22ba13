//! The transport against the fake HTTP API: what people receive, how Discord's limits and
//! refusals become delivery outcomes, and that every request matches Discord's description.

use crate::support::discord_fake::{FakeDiscord, Refusal, APP_ID, STAFF_CHANNEL, TOKEN};
use crate::support::discord_spec::spec;
use haven::adapters::discord::pending::Pending;
use haven::adapters::discord::rest::ApiError;
use haven::adapters::discord::DiscordTransport;
use haven::core::store::Address;
use haven::delivery::{Button, Rendered, SendError, Transport};
use haven::i18n::I18n;
use reqwest::Method;
use secrecy::SecretString;
use serde_json::json;
use std::sync::Arc;
use std::time::Duration;

const PERSON: &str = "1400000000000000004";

fn transport(fake: &FakeDiscord) -> DiscordTransport {
    let pending = Arc::new(Pending::new(Duration::from_secs(10)));
    let i18n = Arc::new(I18n::load(chrono_tz::Europe::London).expect("locales"));
    let t = DiscordTransport::new(&fake.url(), &SecretString::from(TOKEN), pending, i18n)
        .expect("client");
    t.set_application_id(APP_ID.into());
    t
}

fn to(address: Address, text: &str, buttons: Vec<Button>) -> Rendered {
    Rendered {
        address,
        text: text.into(),
        pieces: Vec::new(),
        buttons,
        lang: haven::core::people::Lang::EnGb,
        rtl: false,
        private_link_label: None,
        expects_text: None,
        protect: false,
    }
}

fn buttons(n: usize) -> Vec<Button> {
    (0..n)
        .map(|i| Button {
            label: format!("Option {i}"),
            payload: format!("f.n0nce.2.o{i}"),
        })
        .collect()
}

#[tokio::test]
async fn a_direct_message_opens_the_dm_and_cannot_format_or_mention() {
    let fake = FakeDiscord::start().await;
    let t = transport(&fake);
    let text = "Hello @everyone, **read** <@123> and https://meet.example/j_1";
    let id = t
        .send(&to(Address::Private(PERSON.into()), text, vec![]))
        .await
        .expect("sent");

    let open = fake.calls_to("POST /users/@me/channels");
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].body["recipient_id"], PERSON);
    let shown = fake.dm_messages(PERSON);
    assert_eq!(shown.len(), 1);
    assert_eq!(Some(shown[0].id.clone()), id);
    assert_eq!(
        shown[0].content,
        r"Hello \@everyone, \*\*read\*\* \<\@123\> and https://meet.example/j_1"
    );
    let post = fake.calls_to("/messages").pop().expect("a message");
    assert_eq!(post.body["allowed_mentions"]["parse"], json!([]));

    t.send(&to(Address::Private(PERSON.into()), "again", vec![]))
        .await
        .expect("sent");
    assert_eq!(
        fake.calls_to("POST /users/@me/channels").len(),
        1,
        "the DM channel is remembered"
    );
    fake.assert_clean();
}

#[tokio::test]
async fn long_text_is_split_at_2000_characters() {
    let fake = FakeDiscord::start().await;
    let t = transport(&fake);
    let paragraph = format!("{}\n", "Keep children safe online. ".repeat(30));
    let text = paragraph.repeat(6);
    assert!(text.chars().count() > 4000);
    let id = t
        .send(&to(Address::Group(STAFF_CHANNEL.into()), &text, vec![]))
        .await
        .expect("sent");

    let shown = fake.public_in(STAFF_CHANNEL);
    assert_eq!(shown.len(), 3, "three messages");
    assert!(shown.iter().all(|m| m.content.chars().count() <= 2000));
    let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    let rejoined: Vec<String> = shown.iter().flat_map(|m| words(&m.content)).collect();
    assert_eq!(rejoined, words(&text), "nothing lost or added");
    assert!(
        shown[0].content.ends_with("online."),
        "split between paragraphs"
    );
    let ids: Vec<String> = shown.iter().map(|m| m.id.clone()).collect();
    assert_eq!(id, Some(ids.join(",")), "every part's id, for removal");
    fake.assert_clean();
}

#[tokio::test]
async fn a_refusal_between_parts_takes_back_the_parts_already_posted() {
    let fake = FakeDiscord::start().await;
    let t = transport(&fake);
    let paragraph = format!("{}\n", "Keep children safe online. ".repeat(30));
    let text = paragraph.repeat(6);
    fake.refuse_after(1, "POST /channels/", Refusal::RateLimited(2.0));
    let first = t
        .send(&to(Address::Group(STAFF_CHANNEL.into()), &text, vec![]))
        .await;
    assert!(matches!(first, Err(SendError::RetryAfter(_))), "{first:?}");
    assert!(
        fake.public_in(STAFF_CHANNEL).is_empty(),
        "the first part was taken back"
    );
    t.send(&to(Address::Group(STAFF_CHANNEL.into()), &text, vec![]))
        .await
        .expect("sent on the retry");
    assert_eq!(fake.public_in(STAFF_CHANNEL).len(), 3, "one whole copy");
    fake.assert_clean();
}

#[tokio::test]
async fn more_than_25_buttons_go_over_several_messages_of_5_rows() {
    let fake = FakeDiscord::start().await;
    let t = transport(&fake);
    t.send(&to(
        Address::Private(PERSON.into()),
        "Choose a class",
        buttons(30),
    ))
    .await
    .expect("sent");

    let shown = fake.dm_messages(PERSON);
    assert_eq!(shown.len(), 2);
    assert_eq!(shown[0].content, "Choose a class");
    let rows = shown[0].components.as_array().expect("rows");
    assert_eq!(rows.len(), 5);
    assert!(rows
        .iter()
        .all(|r| r["components"].as_array().map(Vec::len) == Some(5)));
    assert_eq!(rows[0]["components"][0]["custom_id"], "f.n0nce.2.o0");
    assert_eq!(rows[0]["components"][0]["label"], "Option 0");
    let more = shown[1].components.as_array().expect("rows");
    assert_eq!(more.len(), 1);
    assert_eq!(more[0]["components"][4]["custom_id"], "f.n0nce.2.o29");
    assert_eq!(shown[1].content, "", "the second page is buttons only");
    fake.assert_clean();
}

#[tokio::test]
async fn a_429_asks_the_dispatcher_to_retry_after_the_bodys_retry_after() {
    let fake = FakeDiscord::start().await;
    let t = transport(&fake);
    fake.refuse_next("POST /channels/", Refusal::RateLimited(2.5));
    let err = t
        .send(&to(
            Address::Group(STAFF_CHANNEL.into()),
            "Reminder",
            vec![],
        ))
        .await;
    assert_eq!(err, Err(SendError::RetryAfter(Duration::from_millis(2500))));
    let again = t
        .send(&to(
            Address::Group(STAFF_CHANNEL.into()),
            "Reminder",
            vec![],
        ))
        .await;
    assert!(
        matches!(again, Err(SendError::RetryAfter(d)) if d > Duration::from_secs(2)),
        "the route stays blocked without asking Discord again: {again:?}"
    );
    assert_eq!(fake.calls_to("POST /channels/").len(), 1);
    fake.assert_clean();
}

#[tokio::test]
async fn closed_dms_make_the_person_unreachable() {
    let fake = FakeDiscord::start().await;
    let t = transport(&fake);
    fake.refuse_next("POST /channels/", Refusal::CannotDm);
    let err = t
        .send(&to(
            Address::Private(PERSON.into()),
            "Your stream details",
            vec![],
        ))
        .await;
    assert!(matches!(err, Err(SendError::Unreachable(_))), "{err:?}");
    fake.assert_clean();
}

#[tokio::test]
async fn removing_without_manage_messages_is_forbidden() {
    let fake = FakeDiscord::start().await;
    let t = transport(&fake);
    let group = Address::Group(STAFF_CHANNEL.into());
    fake.refuse_next("DELETE /channels/", Refusal::MissingPermissions);
    let err = t.remove(&group, "1500000000000000077").await;
    assert!(matches!(err, Err(SendError::Forbidden(_))), "{err:?}");
    let del = fake.calls_to("DELETE").pop().expect("a delete");
    assert_eq!(
        del.path,
        format!("/channels/{STAFF_CHANNEL}/messages/1500000000000000077")
    );

    let id = t
        .send(&to(group.clone(), "a b", vec![]))
        .await
        .expect("sent")
        .expect("id");
    t.remove(&group, &id).await.expect("removed");
    assert!(fake.public_in(STAFF_CHANNEL).is_empty());
    fake.assert_clean();
}

#[tokio::test]
async fn the_fake_rejects_what_discord_does_not_know() {
    assert!(spec()
        .check(
            "POST",
            "/channels/1/messages",
            Some(&json!({ "content": "hi" }))
        )
        .is_empty());
    let unknown = spec().check(
        "POST",
        "/channels/1/messages",
        Some(&json!({ "content": "hi", "colour": "red" })),
    );
    assert!(
        unknown
            .iter()
            .any(|e| e.contains("body.colour: unknown property")),
        "{unknown:?}"
    );
    let wrong_type = spec().check(
        "POST",
        "/channels/1/messages",
        Some(&json!({ "content": 5 })),
    );
    assert!(!wrong_type.is_empty());
    let too_long = spec().check(
        "PATCH",
        "/webhooks/1/t/messages/@original",
        Some(&json!({ "content": "x".repeat(2001) })),
    );
    assert!(!too_long.is_empty());
    assert!(!spec().check("POST", "/channels/1/shout", None).is_empty());
    let no_name = spec().check(
        "PUT",
        "/applications/1/guilds/2/commands",
        Some(&json!([{ "type": 1, "description": "Report a concern" }])),
    );
    assert!(
        no_name
            .iter()
            .any(|e| e.contains("required property name is missing")),
        "{no_name:?}"
    );
    let no_body = spec().check("POST", "/users/@me/channels", None);
    assert!(
        no_body.iter().any(|e| e.ends_with("body: missing")),
        "{no_body:?}"
    );
    assert!(spec().check("GET", "/channels/1/messages", None).is_empty());
    let wrong_method = spec().check("PUT", "/channels/1/messages", Some(&json!({})));
    assert!(
        wrong_method.iter().any(|e| e.contains("no such route")),
        "{wrong_method:?}"
    );

    let fake = FakeDiscord::start().await;
    let t = transport(&fake);
    posts_a_field_discord_does_not_know(&t).await;
    let v = fake.violations();
    assert!(
        v.iter().any(|e| e.contains("body.shout: unknown property")),
        "{v:?}"
    );
}

#[tokio::test]
async fn an_empty_bucket_waits_for_its_reset_without_asking_discord() {
    let fake = FakeDiscord::start().await;
    let t = transport(&fake);
    let group = Address::Group(STAFF_CHANNEL.into());
    fake.refuse_next("POST /channels/", Refusal::Exhausts(30.0));
    t.send(&to(group.clone(), "one", vec![]))
        .await
        .expect("sent");
    let err = t.send(&to(group.clone(), "two", vec![])).await;
    assert!(
        matches!(err, Err(SendError::RetryAfter(d)) if d > Duration::from_secs(25)),
        "{err:?}"
    );
    assert_eq!(
        fake.calls_to("POST /channels/").len(),
        1,
        "Discord was not asked again"
    );
    t.send(&to(
        Address::Group("1300000000000000099".into()),
        "elsewhere",
        vec![],
    ))
    .await
    .expect("another channel has its own bucket");
    fake.assert_clean();
}

#[tokio::test]
async fn a_question_answered_by_typing_gets_a_write_button_in_a_dm_only() {
    use haven::core::message::TextAnswer;
    let fake = FakeDiscord::start().await;
    let t = transport(&fake);
    let skip = Button {
        label: "Skip".into(),
        payload: "f.n0nce.9.~skip".into(),
    };
    let mut question = to(
        Address::Private(PERSON.into()),
        "What have you done so far?",
        vec![skip],
    );
    question.expects_text = Some(TextAnswer {
        min: 2,
        max: 1000,
        to: Some("f.n0nce.9".into()),
    });
    t.send(&question).await.expect("sent");

    let shown = fake.dm_messages(PERSON);
    let row = &shown[0].components[0]["components"];
    assert_eq!(row[0]["label"], "Write my answer");
    assert_eq!(row[0]["style"], 1, "the write button stands out");
    let id = row[0]["custom_id"].as_str().expect("custom_id");
    assert_eq!(
        id, "haven.write.en-GB.2.1000.f.n0nce.9",
        "the question goes along"
    );
    assert!(id.chars().count() <= 100);
    assert_eq!(
        row[1]["custom_id"], "f.n0nce.9.~skip",
        "the step's own buttons follow"
    );

    let mut in_channel = to(Address::Group(STAFF_CHANNEL.into()), "A question", vec![]);
    in_channel.expects_text = Some(TextAnswer {
        min: 1,
        max: 10,
        to: Some("f.n0nce.9".into()),
    });
    t.send(&in_channel).await.expect("sent");
    let posted = fake.public_in(STAFF_CHANNEL);
    assert!(posted[0].components.is_null(), "{:?}", posted[0].components);

    // A question stored before questions had references: typed answers only.
    let mut stored_before = to(Address::Private(PERSON.into()), "An old question", vec![]);
    stored_before.expects_text = Some(TextAnswer {
        min: 1,
        max: 10,
        to: None,
    });
    t.send(&stored_before).await.expect("sent");
    let shown = fake.dm_messages(PERSON);
    assert!(shown[1].components.is_null(), "{:?}", shown[1].components);
    fake.assert_clean();
}

/// Posts a message with a field Discord does not know; the fake refuses it as Discord would.
async fn posts_a_field_discord_does_not_know(t: &DiscordTransport) {
    let sent = t
        .rest()
        .call(
            Method::POST,
            "/channels/1/messages",
            Some(&json!({ "content": "hi", "shout": true })),
        )
        .await;
    assert!(
        matches!(sent, Err(ApiError::Refused { status: 400, .. })),
        "{sent:?}"
    );
}

#[tokio::test]
#[should_panic(expected = "unexamined Discord API violations")]
async fn a_violation_nobody_examined_fails_the_test() {
    let fake = FakeDiscord::start().await;
    let t = transport(&fake);
    posts_a_field_discord_does_not_know(&t).await;
    // The test ends without looking at the violation: dropping the fake fails it.
}

#[tokio::test]
async fn a_global_429_stops_every_call_until_its_retry_after() {
    let fake = FakeDiscord::start().await;
    let t = transport(&fake);
    let group = Address::Group(STAFF_CHANNEL.into());
    fake.refuse_next("POST /channels/", Refusal::RateLimitedGlobally(60.0));
    let first = t.send(&to(group.clone(), "one", vec![])).await;
    assert_eq!(first, Err(SendError::RetryAfter(Duration::from_secs(60))));

    let long_wait = |r: &Result<_, SendError>| matches!(r, Err(SendError::RetryAfter(d)) if *d > Duration::from_secs(50));
    let other = Address::Group("1300000000000000099".into());
    let elsewhere = t.send(&to(other, "two", vec![])).await;
    assert!(
        long_wait(&elsewhere),
        "another channel waits: {elsewhere:?}"
    );
    let dm = t
        .send(&to(Address::Private(PERSON.into()), "three", vec![]))
        .await;
    assert!(long_wait(&dm), "a DM (and opening it) waits: {dm:?}");
    let removal = t.remove(&group, "1500000000000000077").await;
    assert!(
        matches!(removal, Err(SendError::RetryAfter(d)) if d > Duration::from_secs(50)),
        "a removal waits: {removal:?}"
    );
    assert_eq!(
        fake.calls().len(),
        1,
        "Discord was asked nothing after its global 429: {:?}",
        fake.calls()
    );
    fake.assert_clean();
}

#[tokio::test]
async fn after_a_short_global_429_every_message_waits_it_out_and_goes_once() {
    let fake = FakeDiscord::start().await;
    let t = transport(&fake);
    let group = Address::Group(STAFF_CHANNEL.into());
    let other = "1300000000000000099";
    fake.refuse_next("POST /channels/", Refusal::RateLimitedGlobally(1.0));
    let first = t.send(&to(group.clone(), "one", vec![])).await;
    assert_eq!(first, Err(SendError::RetryAfter(Duration::from_secs(1))));

    // The dispatcher tries again at once, with other messages: each waits for the global limit
    // (the fake, like Discord, would refuse and record any request made before it ended).
    let one = to(group, "one", vec![]);
    let two = to(Address::Group(other.into()), "two", vec![]);
    let three = to(Address::Private(PERSON.into()), "three", vec![]);
    let (a, b, c) = tokio::join!(t.send(&one), t.send(&two), t.send(&three));
    for sent in [a, b, c] {
        assert!(matches!(sent, Ok(Some(_))), "{sent:?}");
    }

    let texts = |shown: Vec<crate::support::discord_fake::Shown>| -> Vec<String> {
        shown.into_iter().map(|m| m.content).collect()
    };
    assert_eq!(texts(fake.public_in(STAFF_CHANNEL)), ["one"]);
    assert_eq!(texts(fake.public_in(other)), ["two"]);
    assert_eq!(texts(fake.dm_messages(PERSON)), ["three"]);
    let posts = fake.calls_to("POST /channels/");
    assert_eq!(posts.len(), 4, "the refused one, then each message once");
    assert_eq!(
        posts[0].body["content"], "one",
        "the refused call came first"
    );
    fake.assert_clean();
}

/// A core that answers nothing, so every interaction is left to the adapter to close.
struct Silent;

#[async_trait::async_trait]
impl haven::delivery::InboundHandler for Silent {
    async fn handle(&self, _event: haven::core::event::Inbound) -> haven::delivery::Handled {
        haven::delivery::Handled::Done
    }
}

#[tokio::test]
async fn an_unanswered_interaction_is_closed_with_a_pointer_in_a_channel_and_deleted_in_a_dm() {
    use crate::support::discord_events::{self as ev, Where};
    use haven::adapters::discord::gateway::Handler;
    let fake = FakeDiscord::start().await;
    let i18n = Arc::new(I18n::load(chrono_tz::Europe::London).expect("locales"));
    let pending = Arc::new(Pending::new(Duration::ZERO));
    let t = DiscordTransport::new(
        &fake.url(),
        &SecretString::from(TOKEN),
        pending,
        i18n.clone(),
    )
    .expect("client");
    t.set_application_id(APP_ID.into());
    let handler = Handler {
        transport: Arc::new(t),
        inbound: Arc::new(Silent),
        i18n,
        guild_id: None,
    };
    let interaction = |v| serde_json::from_value(v).expect("an interaction");

    // `/link` in a DM was deferred ephemerally; a pointer to the DM would make no sense there.
    let dm = fake.open_dm(PERSON);
    let link = ev::slash(
        1,
        PERSON,
        Where::Dm(&dm),
        "link",
        Some(("code", "ABCD-EFGH-JKMN")),
    );
    handler.interaction(interaction(link)).await;
    let original = |n| {
        format!(
            "/webhooks/{APP_ID}/token-{}/messages/@original",
            ev::snowflake(n)
        )
    };
    fake.wait_for_call(&format!("DELETE {}", original(1))).await;
    assert!(fake.calls_to("PATCH").is_empty(), "{:?}", fake.calls());

    let whoami = ev::slash(2, PERSON, Where::Channel(STAFF_CHANNEL), "whoami", None);
    handler.interaction(interaction(whoami)).await;
    let closed = fake.wait_for_call(&format!("PATCH {}", original(2))).await;
    assert_eq!(closed.body["content"], "I've sent you a private message.");
    fake.assert_clean();
}
