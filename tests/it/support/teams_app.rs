//! Haven on Microsoft Teams for end-to-end tests: the demo school (as [`super::spawn_app`]
//! makes it), the Teams adapter started as `haven run` starts it, pointed at [`FakeTeams`]
//! for its keys, token and connector, and people whose activities are posted to Haven's
//! endpoint with tokens the fake signs.

use super::teams_fake::{Call, FakeTeams, APP_ID, APP_SECRET, TENANT};
use super::{spawn_app, TestApp};
use haven::adapters::teams::TeamsSection;
use haven::core::ids::{Account, Platform};
use haven::delivery::limits::RateLimits;
use secrecy::SecretString;
use serde_json::{json, Value};
use std::cell::Cell;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicU64, Ordering};
use tokio::sync::watch;
use tokio::task::JoinSet;

/// The team channel used in tests.
pub const CHANNEL: &str = "19:staff@thread.tacv2";

/// Haven serving the fake Teams.
pub struct TeamsApp {
    pub t: TestApp,
    pub fake: FakeTeams,
    pub addr: SocketAddr,
    /// The transport the adapter's dispatcher uses.
    pub transport: std::sync::Arc<haven::adapters::teams::TeamsTransport>,
    http: reqwest::Client,
    counter: AtomicU64,
    _stop: watch::Sender<bool>,
    _tasks: JoinSet<()>,
}

/// The configuration tests use: everything Microsoft's pointed at the fake, loopback allowed.
pub fn section(fake: &FakeTeams) -> TeamsSection {
    TeamsSection {
        app_id: Some(SecretString::from(APP_ID)),
        app_password: Some(SecretString::from(APP_SECRET)),
        tenants: vec![TENANT.into()],
        listen: "127.0.0.1:0".parse().expect("address"),
        openid_metadata_url: fake.url("/openid"),
        token_authority: fake.url("/token"),
        service_hosts: Vec::new(),
        allow_loopback: true,
        limits: Some(RateLimits::unlimited()),
        ..TeamsSection::default()
    }
}

impl TeamsApp {
    pub async fn start() -> TeamsApp {
        let t = spawn_app().await;
        let fake = FakeTeams::start().await;
        let (stop, stopped) = watch::channel(false);
        let mut tasks = JoinSet::new();
        let started = haven::platforms::start_teams(&section(&fake), &t.app, stopped, &mut tasks)
            .await
            .expect("the Teams adapter starts");
        TeamsApp {
            t,
            fake,
            addr: started.addr,
            transport: started.transport,
            http: reqwest::Client::new(),
            counter: AtomicU64::new(0),
            _stop: stop,
            _tasks: tasks,
        }
    }

    /// Posts an activity to Haven's endpoint with this `Authorization` header; the status.
    pub async fn post_with(&self, activity: &Value, authorization: Option<String>) -> u16 {
        let mut req = self
            .http
            .post(format!("http://{}/api/messages", self.addr))
            .json(activity);
        if let Some(a) = authorization {
            req = req.header("authorization", a);
        }
        req.send().await.expect("Haven answers").status().as_u16()
    }

    /// Posts an activity as the Bot Framework does (a valid token); it must be accepted.
    pub async fn post(&self, activity: &Value) {
        let token = self.fake.token(json!({}));
        let status = self
            .post_with(activity, Some(format!("Bearer {token}")))
            .await;
        assert_eq!(status, 200, "Haven refused a valid activity");
    }

    /// A new activity id.
    pub fn next_id(&self) -> String {
        format!(
            "{}",
            1_700_000_000_000 + self.counter.fetch_add(1, Ordering::SeqCst)
        )
    }

    /// A person with this Teams id.
    pub fn user<'a>(&'a self, id: &str) -> TeamsUser<'a> {
        TeamsUser {
            app: self,
            id: id.to_string(),
            seen: Cell::new(0),
        }
    }

    /// The demo person with this MIS id, linked to the Teams user `id` with a link code typed
    /// in their personal chat; the confirmation counts as seen.
    pub async fn linked(&self, external_id: &str, id: &str) -> TeamsUser<'_> {
        self.t.first_account_next(external_id).await;
        let code = self.t.issue_code(external_id).await;
        let u = self.user(id);
        u.says(&format!("/link {code}")).await;
        u.sees("linked").await;
        let mut tx = self.t.store().begin().await.expect("tx");
        let who = tx
            .person_by_account(&Account::new(Platform::Teams, id))
            .await
            .expect("lookup")
            .map(|p| p.external_id);
        assert_eq!(who.as_deref(), Some(external_id));
        u
    }
}

/// A person on Teams.
pub struct TeamsUser<'a> {
    pub app: &'a TeamsApp,
    pub id: String,
    seen: Cell<usize>,
}

impl TeamsUser<'_> {
    /// Their personal chat's conversation id.
    pub fn chat(&self) -> String {
        format!("a:personal-{}", self.id)
    }

    /// An activity from this person in a conversation.
    pub fn activity(&self, kind: &str, conversation: &str, conversation_type: &str) -> Value {
        json!({
            "type": kind,
            "id": self.app.next_id(),
            "channelId": "msteams",
            "serviceUrl": self.app.fake.service_url(),
            "from": { "id": self.id, "name": self.id, "aadObjectId": format!("aad-{}", self.id) },
            "recipient": { "id": format!("28:{APP_ID}"), "name": "Haven" },
            "conversation": { "id": conversation, "conversationType": conversation_type, "tenantId": TENANT },
            "channelData": { "tenant": { "id": TENANT } },
        })
    }

    /// A message in their personal chat, as it would be posted.
    pub fn message(&self, text: &str) -> Value {
        let mut a = self.activity("message", &self.chat(), "personal");
        a["text"] = json!(text);
        a
    }

    pub async fn says(&self, text: &str) {
        self.app.post(&self.message(text)).await;
    }

    /// Writes in a channel, mentioning the bot.
    pub async fn says_in_channel(&self, text: &str) {
        let mut a = self.activity("message", &format!("{CHANNEL};messageid=1"), "channel");
        a["text"] = json!(format!("<at>Haven</at> {text}"));
        a["channelData"]["team"] = json!({ "id": "19:team@thread.tacv2" });
        self.app.post(&a).await;
    }

    /// Submits a card (its `Action.Submit` data merged with its inputs) in their personal chat.
    pub async fn submits(&self, card: &str, value: Value) {
        let mut a = self.activity("message", &self.chat(), "personal");
        a["value"] = value;
        a["replyToId"] = json!(card);
        self.app.post(&a).await;
    }

    /// Presses the button labelled `label` on the newest card showing one.
    pub async fn presses(&self, label: &str) {
        let (card, payload) = self
            .app
            .fake
            .posted_to(&self.chat())
            .iter()
            .rev()
            .find_map(|c| {
                c.card()["actions"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .find_map(|a| {
                        (a["title"] == label).then(|| (c.clone(), a["data"]["haven"].clone()))
                    })
            })
            .unwrap_or_else(|| panic!("no button {label}"));
        self.submits(&card.id, json!({ "haven": payload })).await;
    }

    /// Waits for a message in their personal chat, newer than the last one seen, containing
    /// `needle`; everything up to it counts as seen.
    pub async fn sees(&self, needle: &str) -> Call {
        let chat = self.chat();
        let from = self.seen.get();
        let (at, call) = self
            .app
            .fake
            .wait_until(|f| {
                f.posted_to(&chat)
                    .into_iter()
                    .enumerate()
                    .skip(from)
                    .find(|(_, c)| c.text().contains(needle))
            })
            .await;
        self.seen.set(at + 1);
        call
    }

    /// Presses a button, then waits for `next`.
    pub async fn picks(&self, label: &str, next: &str) -> Call {
        self.presses(label).await;
        self.sees(next).await
    }

    /// Types an answer in their personal chat, then waits for `next`.
    pub async fn answers(&self, text: &str, next: &str) -> Call {
        self.says(text).await;
        self.sees(next).await
    }

    /// Writes `text` in the answer field of the newest card that has one and submits it, then
    /// waits for `next`. Returns the card that asked.
    pub async fn answers_in_card(&self, text: &str, next: &str) -> Call {
        let card = self
            .chat_messages()
            .into_iter()
            .rev()
            .find(|c| field(c).is_some())
            .expect("a card with an answer field");
        let submit = card.card()["actions"][0]["data"].clone();
        assert!(submit.get("haven_answer").is_some(), "{submit}");
        let mut value = submit;
        value["haven_text"] = json!(text);
        self.submits(&card.id, value).await;
        self.sees(next).await;
        card
    }

    /// Every message in their personal chat so far.
    pub fn chat_messages(&self) -> Vec<Call> {
        self.app.fake.posted_to(&self.chat())
    }
}

/// A card's answer field, if it has one.
pub fn field(call: &Call) -> Option<Value> {
    call.card()["body"]
        .as_array()?
        .iter()
        .find(|b| b["type"] == "Input.Text")
        .cloned()
}
