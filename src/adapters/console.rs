//! The local console: try Haven without any chat platform.
//!
//! Type as anyone in the directory (`/as NAME`), in a private chat or a group
//! (`/in private`, `/in group NAME`); every message Haven delivers to anyone is printed with its
//! recipient. Typing a number presses that button on the last message you received; after a
//! restart, before anything new arrives, on the last message an earlier run showed you (its
//! buttons are remembered sealed in the database, bound to your console account, as a Telegram
//! or Discord chat keeps its buttons), or, for a database that has none remembered, on the
//! question your open form is on, rebuilt by the core from the saved draft. A stale button is
//! answered by the core as on any platform.
//! When stdin
//! is not a terminal the same loop reads a script, so whole conversations can be tested.
//! Console accounts are named after the person, so this adapter is for trying out and testing,
//! never for real pupils' data. A line the database is too busy to take is answered with an
//! apology and a reference, and the console carries on.
//!
//! `/clock` shows and moves the app's clock (never backwards; only a clock made to be moved,
//! such as the console's own, accepts), then runs what fell due at once, as the scheduler
//! would, and prints what was sent. Only the console reads `/clock`; elsewhere Haven refuses it.

mod clock;

use self::clock::ClockRequest;
use crate::adapters::markdown::{self, Style};
use crate::core::clock::Unmoved;
use crate::core::dispatch::new_reference;
use crate::core::event::{Inbound, Input, Place, UpdateKey};
use crate::core::form::driver;
use crate::core::ids::{Account, GroupChat, Platform};
use crate::core::people::Lang;
use crate::core::store::Address;
use crate::core::turn::Ctx;
use crate::delivery::dispatcher::Dispatcher;
use crate::delivery::{Button, Handled, InboundHandler, Rendered, SendError, Transport};
use crate::i18n::I18n;
use async_trait::async_trait;
use futures_util::future::BoxFuture;
use std::collections::HashMap;
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufRead, AsyncBufReadExt};
use tokio::sync::Notify;

type Out = Arc<Mutex<Box<dyn Write + Send>>>;

/// Runs the work that is due now: the app's scheduled work, the same the scheduler runs.
pub type DueWork = Arc<dyn Fn() -> BoxFuture<'static, anyhow::Result<()>> + Send + Sync>;

/// How often the console looks for messages that fell due while nobody typed.
pub const BACKGROUND_POLL: Duration = Duration::from_secs(1);

/// The console as a chat platform: prints what it is sent.
#[derive(Clone)]
pub struct ConsoleChat {
    out: Out,
    i18n: Arc<I18n>,
    buttons: Arc<Mutex<HashMap<Address, Vec<Button>>>>,
    /// The buttons shown since they were last remembered in the database.
    unsaved: Arc<Mutex<HashMap<Address, Vec<String>>>>,
    next_id: Arc<Mutex<u64>>,
}

impl ConsoleChat {
    pub fn new(out: Box<dyn Write + Send>, i18n: Arc<I18n>) -> Self {
        ConsoleChat {
            out: Arc::new(Mutex::new(out)),
            i18n,
            buttons: Arc::default(),
            unsaved: Arc::default(),
            next_id: Arc::default(),
        }
    }

    fn print(&self, text: &str) {
        let mut out = self.out.lock().unwrap_or_else(|e| e.into_inner());
        let _ = writeln!(out, "{text}");
        let _ = out.flush();
    }

    fn say(&self, key: &str, args: &[(&str, String)]) {
        self.print(&self.i18n.text_with(Lang::EnGb, key, args));
    }

    /// The payloads of the buttons on the last message this run sent to `address`; `None`
    /// when it sent that chat nothing (as after a restart).
    fn buttons(&self, address: &Address) -> Option<Vec<String>> {
        let b = self.buttons.lock().unwrap_or_else(|e| e.into_inner());
        Some(b.get(address)?.iter().map(|b| b.payload.clone()).collect())
    }

    /// The buttons shown since the last call, by address.
    fn take_unsaved(&self) -> HashMap<Address, Vec<String>> {
        std::mem::take(&mut *self.unsaved.lock().unwrap_or_else(|e| e.into_inner()))
    }
}

fn heading(a: &Address) -> (&'static str, String) {
    match a {
        Address::Private(name) => ("console-to-private", name.clone()),
        Address::Group(name) => ("console-to-group", name.clone()),
        Address::Everyone => ("console-to-group", String::new()),
    }
}

#[async_trait]
impl Transport for ConsoleChat {
    fn platform(&self) -> Platform {
        Platform::Console
    }

    async fn send(&self, msg: &Rendered) -> Result<Option<String>, SendError> {
        let (key, who) = heading(&msg.address);
        let mut text = format!(
            "{}\n",
            self.i18n.text_with(Lang::EnGb, key, &[("who", who)])
        );
        // Markdown the school wrote is shown as plain text (headings underlined, lists as "• ").
        let body = if msg.pieces.is_empty() {
            msg.text.clone()
        } else {
            markdown::pieces(&msg.pieces, Style::Plain, str::to_string)
        };
        for line in body.lines() {
            text.push_str(&format!("  {line}\n"));
        }
        if !msg.buttons.is_empty() {
            let row: Vec<String> = msg
                .buttons
                .iter()
                .enumerate()
                .map(|(i, b)| format!("[{}] {}", i + 1, b.label))
                .collect();
            text.push_str(&format!("  {}\n", row.join("  ")));
        }
        self.buttons
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(msg.address.clone(), msg.buttons.clone());
        self.unsaved
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .insert(
                msg.address.clone(),
                msg.buttons.iter().map(|b| b.payload.clone()).collect(),
            );
        self.print(text.trim_end());
        let mut id = self.next_id.lock().unwrap_or_else(|e| e.into_inner());
        *id += 1;
        Ok(Some(format!("m{id}")))
    }

    async fn remove(&self, address: &Address, _message_id: &str) -> Result<(), SendError> {
        let (_, who) = heading(address);
        self.say("console-removed", &[("who", who)]);
        Ok(())
    }

    // Command menus: the trait's defaults accept and ignore them; the console has none (`/help`
    // lists the commands).
}

/// One console session: who is typing, and where.
pub struct Console {
    inbound: Arc<dyn InboundHandler>,
    /// The directory, for choosing whom to type as.
    cx: Ctx,
    /// Woken when messages may be waiting in the outbox.
    wake: Arc<Notify>,
    /// What runs at once when `/clock` moves the clock.
    due: DueWork,
    chat: ConsoleChat,
    dispatcher: Dispatcher,
    me: Option<String>,
    place: Place,
    counter: u64,
    /// This run's name, so that lines of different runs are different updates.
    session: String,
}

impl Console {
    /// A session printing through `chat`, whose outbox `dispatcher` delivers; lines go to
    /// `inbound`, and `cx` is read to choose whom to type as; `due` runs what falls due when
    /// `/clock` moves `cx`'s clock.
    pub fn new(
        chat: ConsoleChat,
        dispatcher: Dispatcher,
        inbound: Arc<dyn InboundHandler>,
        cx: Ctx,
        wake: Arc<Notify>,
        due: DueWork,
    ) -> Self {
        Console {
            inbound,
            cx,
            wake,
            due,
            chat,
            dispatcher,
            me: None,
            place: Place::Private,
            counter: 0,
            session: new_reference(),
        }
    }

    /// Reads lines until end of input or `/quit`. With `echo`, each line is printed as typed
    /// (for scripts, so the transcript reads as a conversation).
    ///
    /// What each line causes is delivered before the next line is read. Messages that fall due
    /// while nobody types (a form's reminder, a scheduled broadcast, an escalation) are
    /// delivered when the scheduler wakes the dispatchers, or within [`BACKGROUND_POLL`].
    pub async fn run(mut self, input: impl AsyncBufRead + Unpin, echo: bool) -> anyhow::Result<()> {
        self.chat.say("console-welcome", &[]);
        let mut lines = input.lines();
        let wake = self.wake.clone();
        let mut poll = tokio::time::interval(BACKGROUND_POLL);
        poll.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            // `next_line` is cancel-safe: a line half read when a delivery comes is kept.
            let line = tokio::select! {
                line = lines.next_line() => line?,
                _ = wake.notified() => {
                    self.deliver_or_log().await;
                    continue;
                }
                _ = poll.tick() => {
                    self.deliver_or_log().await;
                    continue;
                }
            };
            let Some(line) = line else { break };
            let line = line.trim().to_string();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if echo {
                let who = self.me.clone().unwrap_or_else(|| "?".into());
                self.chat.print(&format!("{who}> {line}"));
            }
            if line == "/quit" {
                break;
            }
            if let Err(e) = self.line(&line).await {
                self.trouble(&e);
            }
        }
        Ok(())
    }

    /// Says what went wrong with a line (a busy database, a fault) with a reference that is
    /// also in the log, and keeps the console running.
    fn trouble(&self, e: &anyhow::Error) {
        let reference = new_reference();
        tracing::error!(reference = %reference, error = %format!("{e:#}"), "a console line could not be handled");
        let key = if crate::store::is_busy(e) {
            "error-busy"
        } else {
            "error-internal"
        };
        let args = [("reference", reference), ("again", "resend".to_string())];
        self.chat.say(key, &args);
    }

    /// Delivers what is due; if the database is busy, what is due stays for the next try.
    async fn deliver_or_log(&self) {
        if let Err(e) = self.deliver().await {
            tracing::warn!(error = %format!("{e:#}"), "console delivery will be tried again");
        }
    }

    async fn line(&mut self, line: &str) -> anyhow::Result<()> {
        if let Some(name) = line.strip_prefix("/as ") {
            return self.switch_person(name.trim()).await;
        }
        if line == "/in private" {
            self.place = Place::Private;
            self.chat.say("console-now-private", &[]);
            return Ok(());
        }
        if let Some(group) = line.strip_prefix("/in group ") {
            let group = group.trim().to_string();
            self.place = Place::Group(GroupChat::new(Platform::Console, &group));
            self.chat.say("console-now-group", &[("group", group)]);
            return Ok(());
        }
        if line == "/people" {
            return self.list_people().await;
        }
        if let Some(words) = line.strip_prefix("/clock") {
            if words.is_empty() || words.starts_with(' ') {
                return self.clock(words).await;
            }
        }
        let Some(me) = self.me.clone() else {
            self.chat.say("console-choose-person", &[]);
            return Ok(());
        };
        let input = match (line.parse::<usize>(), &self.place) {
            (Ok(n), Place::Private) => match self.button(&me, n).await? {
                Some(payload) => Input::Button(payload),
                None => Input::from_text(line),
            },
            _ => Input::from_text(line),
        };
        self.counter += 1;
        let ev = Inbound {
            from: Account::new(Platform::Console, me),
            place: self.place.clone(),
            input,
            message_id: Some(format!("in{}", self.counter)),
            update: Some(UpdateKey::once(format!(
                "{}.{}",
                self.session, self.counter
            ))),
            org: None,
        };
        if let Handled::Busy(apology) = self.inbound.handle(ev).await {
            self.chat.send(&apology).await?;
            return Ok(());
        }
        self.deliver_or_log().await;
        Ok(())
    }

    /// The payload of button `n` (1-based) on the last message `me` received in their private
    /// chat; when this run sent them nothing yet, on the last message an earlier run showed
    /// them (remembered sealed), or else on the question their open form is on.
    async fn button(&self, me: &str, n: usize) -> anyhow::Result<Option<String>> {
        let shown = match self.chat.buttons(&Address::Private(me.to_string())) {
            Some(shown) => shown,
            None => match self.remembered(me).await? {
                Some(shown) => shown,
                None => {
                    let account = Account::new(Platform::Console, me);
                    driver::open_question_buttons(&self.cx, &account).await?
                }
            },
        };
        Ok(n.checked_sub(1).and_then(|i| shown.get(i)).cloned())
    }

    /// The buttons an earlier run last showed `me`, if it remembered them.
    async fn remembered(&self, me: &str) -> anyhow::Result<Option<Vec<String>>> {
        let mut tx = self.cx.store.begin().await?;
        let shown = tx.routes().console_buttons(self.cx.school, me).await?;
        tx.commit().await?;
        Ok(shown)
    }

    /// Remembers, sealed, the buttons each account was last shown, so that a number still
    /// presses them after a restart.
    async fn remember_buttons(&self) -> anyhow::Result<()> {
        let unsaved = self.chat.take_unsaved();
        if unsaved.is_empty() {
            return Ok(());
        }
        let now = self.cx.clock.now();
        let mut tx = self.cx.store.begin().await?;
        for (address, payloads) in &unsaved {
            if let Address::Private(account) = address {
                tx.routes()
                    .save_console_buttons(self.cx.school, account, payloads, now)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// Delivers everything due, including what delivering causes (failure notices); returns
    /// how many rows went.
    pub async fn deliver(&self) -> anyhow::Result<usize> {
        let mut sent = 0;
        loop {
            match self.dispatcher.run_once().await? {
                0 => break,
                n => sent += n,
            }
        }
        self.remember_buttons().await?;
        Ok(sent)
    }

    /// `/clock [+2h | +3d | +30m | YYYY-MM-DD HH:MM]`: shows the time, or moves the clock
    /// forward, runs what fell due and prints what was sent.
    async fn clock(&mut self, words: &str) -> anyhow::Result<()> {
        let settings = &self.cx.settings;
        let Some(request) = ClockRequest::parse(words, settings.timezone) else {
            self.chat.say("console-clock-usage", &[]);
            return Ok(());
        };
        let now = self.cx.clock.now();
        let time = |t| self.chat.i18n.time(t);
        if request == ClockRequest::Show {
            self.chat.say("console-clock-now", &[("time", time(now))]);
            return Ok(());
        }
        let to = request.target(now);
        match self.cx.clock.move_to(to) {
            Ok(()) => {}
            Err(Unmoved::Backwards) => {
                let args = [("time", time(now)), ("asked", time(to))];
                self.chat.say("console-clock-backwards", &args);
                return Ok(());
            }
            Err(Unmoved::Fixed) => {
                self.chat.say("console-clock-fixed", &[]);
                return Ok(());
            }
        }
        self.chat.say("console-clock-moved", &[("time", time(to))]);
        if let Err(e) = (self.due)().await {
            self.trouble(&e);
        }
        let sent = self.deliver().await?;
        self.chat
            .say("console-clock-sent", &[("count", sent.to_string())]);
        Ok(())
    }

    async fn switch_person(&mut self, name: &str) -> anyhow::Result<()> {
        let people = {
            let mut tx = self.cx.store.begin().await?;
            tx.people(self.cx.school).await?
        };
        let wanted = name.to_lowercase();
        let matches: Vec<_> = people
            .iter()
            .filter(|p| p.name.to_lowercase().contains(&wanted))
            .collect();
        match matches.as_slice() {
            [p] => {
                self.me = Some(p.name.clone());
                self.chat
                    .say("console-now-person", &[("name", p.name.clone())]);
            }
            [] => {
                // Someone not in the directory: an unlinked account.
                self.me = Some(name.to_string());
                self.chat
                    .say("console-now-stranger", &[("name", name.to_string())]);
            }
            many => {
                let names = many
                    .iter()
                    .map(|p| p.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ");
                self.chat.say("console-ambiguous", &[("names", names)]);
            }
        }
        Ok(())
    }

    async fn list_people(&self) -> anyhow::Result<()> {
        let mut tx = self.cx.store.begin().await?;
        for p in tx.people(self.cx.school).await? {
            self.chat
                .print(&format!("  {} — {}", p.name, p.roles.to_list()));
        }
        Ok(())
    }
}
