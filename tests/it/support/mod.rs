//! The test harness: Haven on a temp SQLite file, a fake clock, and an in-memory chat that
//! records what each person received. Tests read as conversations:
//!
//! ```ignore
//! let app = spawn_app().await;
//! let daniel = app.person("Daniel Okafor");
//! daniel.says("/whoami").await;
//! daniel.sees("You are Daniel Okafor");
//! ```

#![allow(dead_code)]

pub mod binary;
pub mod browser;
pub mod discord_app;
pub mod discord_events;
pub mod discord_fake;
pub mod discord_gateway;
pub mod discord_people;
pub mod discord_spec;
pub mod logs;
pub mod playground;
pub mod playground_people;
pub mod playground_signer;
pub mod postgres;
pub mod teams_app;
pub mod teams_fake;
pub mod telegram_fake;
pub mod telegram_spec;
pub mod telegram_updates;
pub mod telegram_world;
pub mod trust;

use chrono::{DateTime, Duration, TimeZone, Utc};
use haven::adapters::memory::MemoryChat;
use haven::app::App;
use haven::core::clock::{Clock, FakeClock};
use haven::core::event::{Inbound, Input, Place, UpdateKey};
use haven::core::ids::{Account, GroupChat, Platform};
use haven::core::settings::Settings;
use haven::core::store::{Address, Store};
use haven::crypto::{Cipher, Key};
use haven::delivery::dispatcher::Dispatcher;
use haven::delivery::limits::RateLimits;
use haven::delivery::{Handled, Rendered};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use tempfile::TempDir;

/// Tuesday 17 November 2026, 10:00 in London: a school day, in school hours.
pub fn school_morning() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 17, 10, 0, 0).unwrap()
}

/// How long a transaction waits for another process's write lock in tests (5 s in service),
/// so that a test holding the lock sees Haven give up at once.
pub const BUSY_WAIT: std::time::Duration = std::time::Duration::from_millis(50);

/// Haven running for a test.
pub struct TestApp {
    pub app: App,
    pub clock: FakeClock,
    pub chat: MemoryChat,
    pub dispatcher: Dispatcher,
    /// A second platform (Telegram, in memory), for people with accounts on two platforms;
    /// only with [`TestApp::with_telegram_in_memory`].
    pub other_chat: MemoryChat,
    other_dispatcher: Option<Dispatcher>,
    pub dir: Arc<TempDir>,
    /// The database: the temp file's path, or a PostgreSQL URL.
    pub database: String,
    pub key_b64: String,
    /// The office's directory key, which link codes are stored under.
    pub directory_key: Key,
    pub settings: Settings,
    counter: Arc<AtomicU64>,
}

/// Starts Haven with the demo school (every demo person linked to an in-memory account named
/// after them) on a fresh database.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(Settings::default()).await
}

/// As [`spawn_app`], with the given school settings.
pub async fn spawn_app_with(settings: Settings) -> TestApp {
    spawn_app_on(None, settings).await
}

/// As [`spawn_app_with`], on the database `url` names (PostgreSQL) instead of a temp file.
pub async fn spawn_app_on(url: Option<String>, settings: Settings) -> TestApp {
    let dir = Arc::new(tempfile::tempdir().expect("temp dir"));
    let database = url.unwrap_or_else(|| {
        let path = dir.path().join("haven.db");
        path.to_str().expect("utf-8 path").to_string()
    });
    let key = Key::generate();
    let key_b64 = secrecy::ExposeSecret::expose_secret(&key.to_base64()).to_string();
    let clock = FakeClock::at(school_morning());
    let chat = MemoryChat::new(Platform::Console);
    let t = start(
        dir,
        database,
        key_b64,
        Key::generate(),
        clock,
        chat,
        settings,
        Arc::new(AtomicU64::new(0)),
    )
    .await;
    haven::demo::seed(t.store().as_ref(), t.app.ctx.school, t.clock.now())
        .await
        .expect("demo school");
    t
}

#[allow(clippy::too_many_arguments)]
async fn start(
    dir: Arc<TempDir>,
    database: String,
    key_b64: String,
    directory_key: Key,
    clock: FakeClock,
    chat: MemoryChat,
    settings: Settings,
    counter: Arc<AtomicU64>,
) -> TestApp {
    let cipher = Cipher::new(Key::from_base64(&key_b64).expect("key"));
    let store = haven::store::open_waiting(&database, cipher, BUSY_WAIT)
        .await
        .expect("open store");
    let link_key = directory_key.link_key();
    let app = App::new(store, Arc::new(clock.clone()), settings.clone(), link_key).expect("app");
    let dispatcher = app.dispatcher(Arc::new(chat.clone()), RateLimits::unlimited());
    let other_chat = MemoryChat::new(Platform::Telegram);
    let other_dispatcher = None;
    TestApp {
        app,
        clock,
        chat,
        dispatcher,
        other_chat,
        other_dispatcher,
        dir,
        database,
        key_b64,
        directory_key,
        settings,
        counter,
    }
}

impl TestApp {
    /// Also delivers to Telegram accounts, into an in-memory chat (`other_chat`), so that a
    /// test can have accounts on two platforms. Not for the Telegram harness, which delivers
    /// Telegram itself.
    pub fn with_telegram_in_memory(mut self) -> TestApp {
        let chat = Arc::new(self.other_chat.clone());
        self.other_dispatcher = Some(self.app.dispatcher(chat, RateLimits::unlimited()));
        self
    }

    pub fn store(&self) -> Arc<dyn Store> {
        self.app.ctx.store.clone()
    }

    /// Stops this instance (dropping it, undelivered messages and all) and starts a new one on
    /// the same database and key, as after a crash or a redeploy.
    pub async fn restart(self) -> TestApp {
        let TestApp {
            dir,
            database,
            key_b64,
            directory_key,
            clock,
            chat,
            settings,
            counter,
            app,
            dispatcher,
            other_dispatcher,
            ..
        } = self;
        let second = other_dispatcher.is_some();
        drop(dispatcher);
        drop(other_dispatcher);
        drop(app);
        let t = start(
            dir,
            database,
            key_b64,
            directory_key,
            clock,
            chat,
            settings,
            counter,
        )
        .await;
        if second {
            t.with_telegram_in_memory()
        } else {
            t
        }
    }

    /// A demo person (by full name), typing in their private chat.
    pub fn person(&self, name: &str) -> Person<'_> {
        Person {
            app: self,
            account: Account::new(Platform::Console, name),
            seen: Cell::new(0),
        }
    }

    /// An account nobody has linked yet, typing in its private chat.
    pub fn stranger(&self, id: &str) -> Person<'_> {
        self.person(id)
    }

    /// An account on the second platform (Telegram, in memory), typing in its private chat.
    pub fn stranger_on_telegram(&self, id: &str) -> Person<'_> {
        Person {
            app: self,
            account: Account::new(Platform::Telegram, id),
            seen: Cell::new(0),
        }
    }

    /// Issues a link code for the person with this MIS id, as
    /// `haven invite --person ID --include-linked --replace` does.
    pub async fn issue_code(&self, external_id: &str) -> String {
        let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::from_entropy();
        let options = haven::roster::InviteOptions {
            who: haven::roster::InviteFilter::One(external_id.into()),
            include_linked: true,
            replace_live: true,
        };
        let issued = haven::roster::issue_with(
            haven::roster::Issuer::of(&self.app.ctx),
            &options,
            Duration::days(self.settings.linking.code_valid_days),
            self.settings.timezone,
            self.clock.now(),
            &mut rng,
        )
        .await
        .expect("issue")
        .expect("known person");
        issued.invites[0].code.display()
    }

    /// Unlinks the demo console account of the person with this MIS id when they hold a
    /// safeguarding role, so that the account a platform harness links next is their first
    /// (a new account beside an existing one waits for confirmation: `linking::relink`).
    pub async fn first_account_next(&self, external_id: &str) {
        let store = self.store();
        let mut tx = store.begin().await.expect("tx");
        let p = tx
            .person_by_external_id(self.app.ctx.school, external_id)
            .await
            .expect("lookup")
            .unwrap_or_else(|| panic!("no person {external_id}"));
        if haven::core::linking::guarded(&p) {
            let console = Account::new(Platform::Console, &p.name);
            tx.unlink_account(haven::core::ids::SchoolId::default(), &console)
                .await
                .expect("unlink");
        }
        tx.commit().await.expect("commit");
    }

    /// Imports a staff file as the office does (`haven import staff`), then delivers what it
    /// caused (role requests, announcements).
    pub async fn import_staff(&self, csv: &str) {
        haven::roster::import_file(
            self.store().as_ref(),
            self.app.ctx.school,
            haven::core::store::Kind::Staff,
            csv.as_bytes(),
            self.clock.now(),
        )
        .await
        .expect("the import runs")
        .expect("the file is accepted");
        self.deliver().await;
    }

    /// Delivers everything due now.
    pub async fn deliver(&self) {
        loop {
            let mut sent = self.dispatcher.run_once().await.expect("delivery");
            if let Some(other) = &self.other_dispatcher {
                sent += other.run_once().await.expect("delivery");
            }
            if sent == 0 {
                break;
            }
        }
    }

    /// Moves the clock on, runs what is due and delivers.
    pub async fn advance(&self, by: Duration) {
        self.clock.advance(by);
        self.tick().await;
    }

    /// Runs scheduled work and delivers.
    pub async fn tick(&self) {
        self.app.tick().await.expect("tick");
        self.deliver().await;
    }

    /// The unfinished form of the person with this external id, as stored.
    pub async fn draft_of(&self, external_id: &str) -> Option<haven::core::store::Draft> {
        let store = self.store();
        let mut tx = store.begin().await.unwrap();
        let person = tx
            .person_by_external_id(self.app.ctx.school, external_id)
            .await
            .unwrap()
            .unwrap_or_else(|| panic!("no person {external_id}"));
        tx.draft(person.id).await.unwrap()
    }

    /// Everything any group received.
    pub fn group_messages(&self) -> Vec<Rendered> {
        self.chat
            .received()
            .into_iter()
            .filter(|r| matches!(r.address, Address::Group(_)))
            .collect()
    }

    /// Another process's connection to the database file, holding its write lock until it
    /// is dropped (or committed), as an import run beside the bot does.
    pub fn lock_database(&self) -> rusqlite::Connection {
        let other = rusqlite::Connection::open(self.dir.path().join("haven.db")).expect("open");
        other.execute_batch("BEGIN IMMEDIATE").expect("write lock");
        other
    }

    /// Every byte of the database files (main file and write-ahead log), to check that
    /// nothing readable is left at rest.
    pub fn db_bytes(&self) -> Vec<u8> {
        let path = self.dir.path().join("haven.db");
        let mut all = Vec::new();
        for suffix in ["", "-wal"] {
            if let Ok(b) = std::fs::read(format!("{}{suffix}", path.display())) {
                all.extend(b);
            }
        }
        all
    }

    fn next_id(&self) -> String {
        format!("in{}", self.counter.fetch_add(1, Ordering::SeqCst) + 1)
    }

    async fn send(&self, from: &Account, place: Place, input: Input) {
        let ev = self.event(from, place, input);
        self.app.handle(ev).await.expect("handled");
        self.deliver().await;
    }

    /// An event as the in-memory chat delivers it, with a message id and an update id of
    /// its own.
    pub fn event(&self, from: &Account, place: Place, input: Input) -> Inbound {
        let id = self.next_id();
        Inbound {
            from: from.clone(),
            place,
            input,
            message_id: Some(id.clone()),
            update: Some(UpdateKey::once(id)),
            org: None,
        }
    }

    /// Hands `ev` over as it is (again, for a replay) and delivers what it caused.
    pub async fn handle(&self, ev: Inbound) -> Handled {
        let handled = self.app.handle(ev).await.expect("handled");
        self.deliver().await;
        handled
    }
}

/// Someone talking to Haven in a test.
pub struct Person<'a> {
    app: &'a TestApp,
    pub account: Account,
    seen: Cell<usize>,
}

impl Person<'_> {
    fn address(&self) -> Address {
        Address::Private(self.account.id.clone())
    }

    /// Types a line (text or command) in their private chat.
    pub async fn says(&self, text: &str) {
        self.app
            .send(&self.account, Place::Private, Input::from_text(text))
            .await;
    }

    /// Types a line in a group chat.
    pub async fn says_in(&self, group: &str, text: &str) {
        let place = Place::Group(GroupChat::new(Platform::Console, group));
        self.app
            .send(&self.account, place, Input::from_text(text))
            .await;
    }

    /// Sends a photo or file in their private chat.
    pub async fn sends_attachment(&self) {
        self.app
            .send(&self.account, Place::Private, Input::Attachment)
            .await;
    }

    /// Presses a raw button payload (a forged or old button).
    pub async fn presses_payload(&self, payload: &str) {
        self.app
            .send(&self.account, Place::Private, Input::Button(payload.into()))
            .await;
    }

    /// Sends `text` written for the question with reference `to` outside the chat (as a
    /// Discord modal does: no message is left behind), from their private chat.
    pub async fn answers_question(&self, to: &str, text: &str) {
        self.answers_question_at(Place::Private, to, text).await;
    }

    /// As [`Self::answers_question`], from a group chat.
    pub async fn answers_question_in(&self, group: &str, to: &str, text: &str) {
        let place = Place::Group(GroupChat::new(Platform::Console, group));
        self.answers_question_at(place, to, text).await;
    }

    async fn answers_question_at(&self, place: Place, to: &str, text: &str) {
        let ev = Inbound {
            from: self.account.clone(),
            place,
            input: Input::Answer {
                to: to.into(),
                text: text.into(),
            },
            message_id: None,
            update: Some(UpdateKey::once(self.app.next_id())),
            org: None,
        };
        self.app.app.handle(ev).await.expect("handled");
        self.app.deliver().await;
    }

    /// The question reference of the latest message asking them for a typed answer.
    pub fn question(&self) -> String {
        let all = self.received();
        all.iter()
            .rev()
            .find_map(|m| m.expects_text.as_ref()?.to.clone())
            .unwrap_or_else(|| {
                panic!(
                    "no question asks for a typed answer in:\n{}",
                    transcript(&all)
                )
            })
    }

    /// Presses the button labelled `label` on the latest message that has one.
    pub async fn presses(&self, label: &str) {
        let payload = self.button(label);
        self.presses_payload(&payload).await;
    }

    /// The payload of the button labelled `label` on the latest message that has one.
    pub fn button(&self, label: &str) -> String {
        let all = self.received();
        all.iter()
            .rev()
            .find_map(|m| m.buttons.iter().find(|b| b.label == label))
            .unwrap_or_else(|| panic!("no button {label:?} in:\n{}", transcript(&all)))
            .payload
            .clone()
    }

    /// Everything delivered to their private chat.
    pub fn received(&self) -> Vec<Rendered> {
        let chat = match self.account.platform {
            Platform::Telegram => &self.app.other_chat,
            _ => &self.app.chat,
        };
        chat.received_by(&self.address())
    }

    /// The latest message they received.
    pub fn last(&self) -> Rendered {
        self.received().pop().expect("received something")
    }

    /// Asserts that a message they have not yet looked at contains `needle`; returns it and
    /// marks everything up to it as seen.
    pub fn sees(&self, needle: &str) -> Rendered {
        let all = self.received();
        let from = self.seen.get();
        match all
            .iter()
            .enumerate()
            .skip(from)
            .find(|(_, m)| m.text.contains(needle))
        {
            Some((i, m)) => {
                self.seen.set(i + 1);
                m.clone()
            }
            None => panic!(
                "{} did not see {needle:?}. New messages:\n{}",
                self.account.id,
                transcript(&all[from.min(all.len())..])
            ),
        }
    }

    /// Asserts that no message they have not yet looked at contains `needle`.
    pub fn does_not_see(&self, needle: &str) {
        let all = self.received();
        if let Some(m) = all[self.seen.get().min(all.len())..]
            .iter()
            .find(|m| m.text.contains(needle))
        {
            panic!(
                "{} unexpectedly saw {needle:?} in:\n{}",
                self.account.id, m.text
            );
        }
    }

    /// Asserts they received nothing new, and marks everything as seen.
    pub fn sees_nothing_new(&self) {
        let all = self.received();
        let new = &all[self.seen.get().min(all.len())..];
        assert!(
            new.is_empty(),
            "{} received:\n{}",
            self.account.id,
            transcript(new)
        );
        self.seen.set(all.len());
    }

    /// Marks everything received so far as seen.
    pub fn catch_up(&self) {
        self.seen.set(self.received().len());
    }
}

/// Messages as readable text, for failure output.
pub fn transcript(ms: &[Rendered]) -> String {
    ms.iter()
        .map(|m| {
            let buttons: Vec<&str> = m.buttons.iter().map(|b| b.label.as_str()).collect();
            format!("  [{:?}] {} {:?}", m.address, m.text, buttons)
        })
        .collect::<Vec<_>>()
        .join("\n")
}
