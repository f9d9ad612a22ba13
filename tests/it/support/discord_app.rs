//! Haven on Discord for end-to-end tests: the demo school (as [`super::spawn_app`] makes it),
//! the Discord adapter started exactly as `haven run` starts it, pointed at [`FakeDiscord`],
//! and people who act through the fake gateway.

use super::discord_events::{self as ev, Where};
use super::discord_fake::{FakeDiscord, Shown, BOT_ID, GUILD_ID, TOKEN};
use super::{spawn_app, TestApp};
use haven::config::DiscordSection;
use haven::delivery::limits::LimitSettings;
use secrecy::SecretString;
use serde_json::Value;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;
use tokio::sync::watch;
use tokio::task::JoinSet;

/// Haven serving the fake Discord.
pub struct DiscordApp {
    pub t: TestApp,
    pub fake: FakeDiscord,
    stop: watch::Sender<bool>,
    tasks: JoinSet<()>,
    counter: AtomicU64,
    last: Mutex<Option<(String, Value)>>,
}

impl DiscordApp {
    /// Starts Haven's Discord adapter and waits until it has connected and registered its
    /// slash commands.
    pub async fn start() -> DiscordApp {
        Self::start_with(false, haven::adapters::discord::ANSWER_GRACE).await
    }

    /// As [`Self::start`], closing interactions the core did not answer after `grace`.
    pub async fn start_with_grace(grace: std::time::Duration) -> DiscordApp {
        Self::start_with(false, grace).await
    }

    /// As [`Self::start`], with a gateway that refuses the Message Content intent (as Discord
    /// does when it is not enabled in the Developer Portal).
    pub async fn start_refusing_message_content() -> DiscordApp {
        Self::start_with(true, haven::adapters::discord::ANSWER_GRACE).await
    }

    async fn start_with(refuse_message_content: bool, grace: std::time::Duration) -> DiscordApp {
        let t = spawn_app().await;
        let fake = FakeDiscord::start().await;
        fake.gateway
            .refuse_message_content
            .store(refuse_message_content, std::sync::atomic::Ordering::SeqCst);
        let section = DiscordSection {
            token: Some(SecretString::from(TOKEN)),
            guild_id: Some(GUILD_ID.parse().expect("snowflake")),
            api_url: Some(fake.url()),
            read_channels: true,
            limits: LimitSettings::unlimited(),
        };
        let (stop, stopped) = watch::channel(false);
        let mut tasks = JoinSet::new();
        haven::platforms::start_discord(&section, &t.app, stopped, &mut tasks, grace)
            .await
            .expect("the Discord adapter starts");
        fake.wait_for_call("PUT /applications/").await;
        DiscordApp {
            t,
            fake,
            stop,
            tasks,
            counter: AtomicU64::new(0),
            last: Mutex::default(),
        }
    }

    /// Sends a gateway event as Discord does, keeping it for [`Self::redeliver_last`].
    fn dispatch(&self, kind: &str, data: Value) {
        *self.last.lock().expect("last event") = Some((kind.to_string(), data.clone()));
        self.fake.gateway.dispatch(kind, data);
    }

    /// Sends the last gateway event again, unchanged (same id), as Discord may after a
    /// reconnect.
    pub fn redeliver_last(&self) {
        let last = self.last.lock().expect("last event").clone();
        let (kind, data) = last.expect("an event was sent");
        self.fake.gateway.dispatch(&kind, data);
    }

    fn next(&self) -> u64 {
        self.counter.fetch_add(1, Ordering::SeqCst) + 1
    }

    /// Someone on Discord with this user id.
    pub fn user<'a>(&'a self, id: &str) -> DiscordUser<'a> {
        DiscordUser {
            app: self,
            id: id.to_string(),
        }
    }

    /// Stops the adapter and Haven, then starts both again on the same database and the same
    /// fake Discord, as after a redeploy: the adapter remembers nothing of before. Members of
    /// the old instance are gone with it; make them again with [`DiscordApp::member`].
    pub async fn restart(mut self) -> DiscordApp {
        let _ = self.stop.send(true);
        while self.tasks.join_next().await.is_some() {}
        let registered = self.fake.calls_to("PUT /applications/").len();
        let DiscordApp {
            t, fake, counter, ..
        } = self;
        let t = t.restart().await;
        let section = DiscordSection {
            token: Some(SecretString::from(TOKEN)),
            guild_id: Some(GUILD_ID.parse().expect("snowflake")),
            api_url: Some(fake.url()),
            read_channels: true,
            limits: LimitSettings::unlimited(),
        };
        let (stop, stopped) = watch::channel(false);
        let mut tasks = JoinSet::new();
        let grace = haven::adapters::discord::ANSWER_GRACE;
        haven::platforms::start_discord(&section, &t.app, stopped, &mut tasks, grace)
            .await
            .expect("the Discord adapter starts again");
        fake.wait_until(|f| (f.calls_to("PUT /applications/").len() > registered).then_some(()))
            .await;
        DiscordApp {
            t,
            fake,
            stop,
            tasks,
            counter,
            last: Mutex::default(),
        }
    }

    /// Stops the adapter and waits for its tasks.
    pub async fn stop(mut self) {
        let _ = self.stop.send(true);
        while self.tasks.join_next().await.is_some() {}
        self.fake.assert_clean();
    }
}

/// A person acting on the fake Discord.
pub struct DiscordUser<'a> {
    app: &'a DiscordApp,
    pub id: String,
}

impl DiscordUser<'_> {
    /// Their DM channel with the bot (opened by the fake if the bot has not yet).
    pub fn dm(&self) -> String {
        let fake = &self.app.fake;
        match fake.dm_channel(&self.id) {
            Some(c) => c,
            None => fake.open_dm(&self.id),
        }
    }

    /// Types a message in their DM with the bot.
    pub fn writes(&self, text: &str) {
        let dm = self.dm();
        let m = ev::message(self.app.next(), &self.id, Where::Dm(&dm), text);
        self.app.dispatch("MESSAGE_CREATE", m);
    }

    /// Posts a message in a server channel; returns the message's id.
    pub fn writes_in(&self, channel: &str, text: &str) -> String {
        let m = ev::message(self.app.next(), &self.id, Where::Channel(channel), text);
        let id = m["id"].as_str().unwrap_or_default().to_string();
        self.app.dispatch("MESSAGE_CREATE", m);
        id
    }

    /// Runs a slash command in a server channel.
    pub fn runs_in(&self, channel: &str, name: &str, option: Option<(&str, &str)>) {
        let i = ev::slash(
            self.app.next(),
            &self.id,
            Where::Channel(channel),
            name,
            option,
        );
        self.app.dispatch("INTERACTION_CREATE", i);
    }

    /// Runs a slash command in their DM with the bot.
    pub fn runs(&self, name: &str, option: Option<(&str, &str)>) {
        let dm = self.dm();
        let i = ev::slash(self.app.next(), &self.id, Where::Dm(&dm), name, option);
        self.app.dispatch("INTERACTION_CREATE", i);
    }

    /// Submits a modal in their DM.
    pub fn submits(&self, custom_id: &str, text: &str) {
        let dm = self.dm();
        let i = ev::modal(self.app.next(), &self.id, Where::Dm(&dm), custom_id, text);
        self.app.dispatch("INTERACTION_CREATE", i);
    }

    /// Presses the button labelled `label` on the latest DM message that has it.
    pub fn presses(&self, label: &str) {
        self.presses_on(&self.latest_with(label), label);
    }

    /// The latest DM message with a button labelled `label`.
    fn latest_with(&self, label: &str) -> Shown {
        self.dm_messages()
            .into_iter()
            .rev()
            .find(|m| buttons(m).iter().any(|(l, _)| l == label))
            .unwrap_or_else(|| panic!("no button {label:?} in the DM"))
    }

    /// Presses the button labelled `label` on `shown` (a message in their DM); returns the
    /// interaction's id and the message as Discord sends it along.
    pub fn presses_on(&self, shown: &Shown, label: &str) -> (String, Value) {
        let dm = self.dm();
        let custom_id = buttons(shown)
            .into_iter()
            .find(|(l, _)| l == label)
            .map(|(_, id)| id)
            .unwrap_or_else(|| panic!("no button {label:?} on {:?}", shown.text()));
        let message = ev::bot_message(&shown.id, &dm, BOT_ID, shown.components.clone());
        let n = self.app.next();
        let i = ev::button(n, &self.id, Where::Dm(&dm), &custom_id, message.clone());
        self.app.dispatch("INTERACTION_CREATE", i);
        (ev::snowflake(n), message)
    }

    /// Presses the button labelled `label` on the latest DM message that has it and waits for
    /// Haven's immediate answer to the press.
    pub async fn presses_for_answer(&self, label: &str) -> Answered {
        self.answer_to_press(&self.latest_with(label), label).await
    }

    /// Presses the button labelled `label` on `shown` and waits for Haven's immediate answer.
    pub async fn answer_to_press(&self, shown: &Shown, label: &str) -> Answered {
        let (id, message) = self.presses_on(shown, label);
        let call = self
            .app
            .fake
            .wait_for_call(&format!("POST /interactions/{id}/"))
            .await;
        Answered {
            body: call.body,
            message,
        }
    }

    /// Writes `text` in the modal Haven answered a press with, and submits it.
    pub fn submits_modal(&self, modal: &Answered, text: &str) {
        let dm = self.dm();
        let i = ev::modal_from(
            self.app.next(),
            &self.id,
            Where::Dm(&dm),
            modal.custom_id(),
            modal.field()["custom_id"].as_str().unwrap_or_default(),
            text,
            modal.message.clone(),
        );
        self.app.dispatch("INTERACTION_CREATE", i);
    }

    pub fn dm_messages(&self) -> Vec<Shown> {
        self.app.fake.dm_messages(&self.id)
    }

    /// Waits until a DM message contains `needle`; returns it.
    pub async fn sees_in_dm(&self, needle: &str) -> Shown {
        self.app
            .fake
            .wait_until(|f| {
                f.dm_messages(&self.id)
                    .into_iter()
                    .find(|m| m.content.contains(needle))
            })
            .await
    }

    /// Waits until a message only this person can see in `channel` contains `needle`.
    pub async fn sees_privately_in(&self, channel: &str, needle: &str) -> Shown {
        self.app
            .fake
            .wait_until(|f| {
                f.seen_in(channel, &self.id)
                    .into_iter()
                    .find(|m| m.only_for.is_some() && m.content.contains(needle))
            })
            .await
    }
}

/// Haven's immediate answer to a button press (an interaction callback), and the message whose
/// button was pressed.
#[derive(Debug, Clone)]
pub struct Answered {
    /// The callback's body: `type` 9 is a modal, 4 a message, 7 an update of the message.
    pub body: Value,
    message: Value,
}

impl Answered {
    /// The modal's (or message's) `custom_id`.
    pub fn custom_id(&self) -> &str {
        self.body["data"]["custom_id"].as_str().unwrap_or_default()
    }

    /// The modal's title.
    pub fn title(&self) -> &str {
        self.body["data"]["title"].as_str().unwrap_or_default()
    }

    /// The modal's first text field.
    pub fn field(&self) -> &Value {
        &self.body["data"]["components"][0]["components"][0]
    }
}

/// The (label, custom_id) of every button on a shown message.
pub fn buttons(m: &Shown) -> Vec<(String, String)> {
    m.components
        .as_array()
        .into_iter()
        .flatten()
        .flat_map(|row| row["components"].as_array().cloned().unwrap_or_default())
        .map(|b| {
            (
                b["label"].as_str().unwrap_or_default().to_string(),
                b["custom_id"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect()
}
