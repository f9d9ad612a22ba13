//! Haven running on Telegram for a test: the app with its demo school, the fake Bot API, the
//! Telegram transport and a dispatcher. Updates go through teloxide's types and the adapter's
//! own update handling; replies go through teloxide to the fake, which checks every request
//! against the official Bot API description.

use super::telegram_fake::FakeTelegram;
use super::telegram_updates as updates;
use super::{spawn_app, TestApp};
use haven::adapters::telegram::{process_update, Received, TelegramTransport};
use haven::core::ids::{Account, Platform};
use haven::delivery::dispatcher::Dispatcher;
use haven::delivery::limits::RateLimits;
use haven::delivery::{Handled, InboundHandler, Transport};
use serde_json::{json, Value};
use std::collections::HashSet;
use std::sync::{Arc, Mutex};

/// Haven on a fake Telegram.
pub struct TgWorld {
    pub app: TestApp,
    pub fake: FakeTelegram,
    pub transport: Arc<TelegramTransport>,
    pub dispatcher: Dispatcher,
    /// Every update handed over, numbered, for replaying.
    handled: Mutex<Vec<Value>>,
}

impl TgWorld {
    pub async fn start() -> TgWorld {
        let app = spawn_app().await;
        let fake = FakeTelegram::start().await;
        let transport = fake.transport();
        transport.identify().await.expect("getMe");
        let dispatcher = app
            .app
            .dispatcher(transport.clone(), RateLimits::unlimited());
        TgWorld {
            app,
            fake,
            transport,
            dispatcher,
            handled: Mutex::default(),
        }
    }

    /// A Telegram user (their private chat id equals their user id).
    pub fn user(&self, id: i64) -> TgUser<'_> {
        TgUser { w: self, id }
    }

    /// Links the demo person with this MIS id to Telegram user `id` through a deep link.
    pub async fn linked(&self, external_id: &str, id: i64) -> TgUser<'_> {
        self.app.first_account_next(external_id).await;
        let code = self.app.issue_code(external_id).await.replace('-', "");
        let user = self.user(id);
        user.says(&format!("/start {code}")).await;
        let account = Account::new(Platform::Telegram, id.to_string());
        let mut tx = self.app.store().begin().await.expect("tx");
        let person = tx.person_by_account(&account).await.expect("lookup");
        assert_eq!(
            person.map(|p| p.external_id).as_deref(),
            Some(external_id),
            "linked through the deep link"
        );
        user
    }

    /// Hands an update to the adapter as the poller would, then delivers what is due
    /// (messages, removals and command menus alike).
    pub async fn push(&self, update: Value) {
        self.handle(update).await;
        self.deliver().await;
    }

    /// Hands an update to the adapter as the poller would, leaving what it causes in the
    /// outbox until the next [`Self::deliver`].
    pub async fn push_undelivered(&self, update: Value) {
        self.handle(update).await;
    }

    async fn handle(&self, update: Value) -> Handled {
        let update = updates::numbered(update);
        self.handled.lock().expect("log").push(update.clone());
        self.handle_numbered(update).await
    }

    /// Hands an update that already has its `update_id` to the adapter, as the poller would
    /// (sending the apology itself when the database is busy), and says what became of it.
    pub async fn handle_numbered(&self, update: Value) -> Handled {
        let received = Received::parse(update).expect("an update");
        let handler: Arc<dyn InboundHandler> = Arc::new(self.app.app.clone());
        let handled = process_update(&self.transport, &handler, &received).await;
        if let Handled::Busy(apology) = &handled {
            self.transport.send(apology).await.expect("apology sent");
        }
        handled
    }

    /// Every update handed over so far, with its `update_id`, in order.
    pub fn updates_so_far(&self) -> Vec<Value> {
        self.handled.lock().expect("log").clone()
    }

    /// Hands `updates` over again exactly as they were (same `update_id`s), as Telegram does
    /// after Haven stopped before confirming them, then delivers what is due.
    pub async fn replay(&self, updates: &[Value]) {
        for u in updates {
            self.handle_numbered(u.clone()).await;
        }
        self.deliver().await;
    }

    /// Delivers everything due through Telegram.
    pub async fn deliver(&self) {
        while self.dispatcher.run_once().await.expect("delivery") > 0 {}
    }

    /// Runs scheduled work (reminders, sweeps) and delivers what it queued through Telegram.
    pub async fn tick(&self) {
        self.app.app.tick().await.expect("tick");
        self.deliver().await;
    }

    /// Moves the clock on, then runs what is due and delivers it.
    pub async fn advance(&self, by: chrono::Duration) {
        self.app.clock.advance(by);
        self.tick().await;
    }

    /// Every call aimed at a chat (any method with that `chat_id`), in order.
    pub fn calls_aimed_at(&self, chat: i64) -> Vec<super::telegram_fake::Call> {
        let calls = self.fake.calls().into_iter();
        calls
            .filter(|c| c.params["chat_id"] == json!(chat))
            .collect()
    }

    /// The `(chat_id, message_id)` of every `deleteMessage` call, in order.
    pub fn deletions(&self) -> Vec<(i64, i64)> {
        let calls = self.fake.calls_to("deleteMessage").into_iter();
        calls
            .filter_map(|p| Some((p["chat_id"].as_i64()?, p["message_id"].as_i64()?)))
            .collect()
    }

    /// The `sendMessage` calls to a chat, in order.
    pub fn sent_to(&self, chat: i64) -> Vec<Value> {
        self.fake
            .calls_to("sendMessage")
            .into_iter()
            .filter(|p| p["chat_id"] == serde_json::json!(chat))
            .collect()
    }
}

/// A Telegram user talking to Haven.
pub struct TgUser<'a> {
    w: &'a TgWorld,
    pub id: i64,
}

impl TgUser<'_> {
    /// Writes in their private chat with the bot.
    pub async fn says(&self, text: &str) {
        self.w.push(updates::text(self.id, self.id, text)).await;
    }

    /// Writes in their private chat; what it causes waits in the outbox until the next
    /// delivery.
    pub async fn says_undelivered(&self, text: &str) {
        let update = updates::text(self.id, self.id, text);
        self.w.push_undelivered(update).await;
    }

    /// Writes in a group (a negative chat id).
    pub async fn says_in(&self, group: i64, text: &str) {
        self.w.push(updates::text(group, self.id, text)).await;
    }

    /// Writes in their private chat and returns the id Telegram gave the message.
    pub async fn writes(&self, text: &str) -> i64 {
        self.writes_in(self.id, text).await
    }

    /// Writes in a chat (their own id for the private chat, a negative id for a group) and
    /// returns the id Telegram gave the message.
    pub async fn writes_in(&self, chat: i64, text: &str) -> i64 {
        let update = updates::text(chat, self.id, text);
        let id = update["message"]["message_id"]
            .as_i64()
            .expect("a message id");
        self.w.push(update).await;
        id
    }

    /// Presses the button labelled `label` as a Telegram client allows: on the latest message
    /// in their private chat whose keyboard has not been pressed yet (Haven takes a pressed
    /// keyboard off its message). Messages are numbered by their place among those sent to
    /// the chat, so the removal of a keyboard can be traced to its message.
    pub async fn taps(&self, label: &str) {
        let pressed: HashSet<i64> = self
            .w
            .fake
            .calls_to("editMessageReplyMarkup")
            .iter()
            .filter(|p| p["chat_id"] == json!(self.id))
            .filter_map(|p| p["message_id"].as_i64())
            .collect();
        let sent = self.w.sent_to(self.id);
        let found = sent
            .iter()
            .enumerate()
            .map(|(i, p)| (p, i as i64 + 1))
            .rev()
            .filter(|(_, id)| !pressed.contains(id))
            .find_map(|(p, id)| button_in(p, label).map(|data| (id, data)));
        let Some((message_id, data)) = found else {
            panic!(
                "no button {label:?} left to press for {}: {:#?}",
                self.id,
                self.texts()
            )
        };
        self.w
            .push(updates::button(self.id, self.id, message_id, &data))
            .await;
    }

    /// The texts sent to their private chat that contain `needle`.
    pub fn texts_with(&self, needle: &str) -> Vec<String> {
        let texts = self.texts().into_iter();
        texts.filter(|t| t.contains(needle)).collect()
    }

    /// Sends a photo in their private chat.
    pub async fn sends_photo(&self) {
        self.w.push(updates::photo(self.id, self.id)).await;
    }

    /// Presses the inline button labelled `label` on the latest message that has it.
    pub async fn presses(&self, label: &str) {
        let data = self.button(label);
        self.w
            .push(updates::button(self.id, self.id, 1, &data))
            .await;
    }

    /// The callback data of the latest button labelled `label` sent to them.
    pub fn button(&self, label: &str) -> String {
        let sent = self.w.sent_to(self.id);
        sent.iter()
            .rev()
            .find_map(|p| {
                p["reply_markup"]["inline_keyboard"]
                    .as_array()?
                    .iter()
                    .flat_map(|row| row.as_array().into_iter().flatten())
                    .find(|b| b["text"] == label)
                    .and_then(|b| b["callback_data"].as_str().map(str::to_string))
            })
            .unwrap_or_else(|| {
                panic!(
                    "no button {label:?} sent to {}: {:#?}",
                    self.id,
                    self.texts()
                )
            })
    }

    /// Every text sent to their private chat.
    pub fn texts(&self) -> Vec<String> {
        self.w.fake.texts_to(self.id)
    }

    /// Asserts some message to them contains `needle`.
    pub fn sees(&self, needle: &str) {
        let texts = self.texts();
        assert!(
            texts.iter().any(|t| t.contains(needle)),
            "user {} did not see {needle:?} in {texts:#?}",
            self.id
        );
    }
}

/// The callback data of the button labelled `label` in a `sendMessage` call, if it has one.
fn button_in(params: &Value, label: &str) -> Option<String> {
    params["reply_markup"]["inline_keyboard"]
        .as_array()?
        .iter()
        .flat_map(|row| row.as_array().into_iter().flatten())
        .find(|b| b["text"] == label)
        .and_then(|b| b["callback_data"].as_str().map(str::to_string))
}
