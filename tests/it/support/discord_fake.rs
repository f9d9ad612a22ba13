//! A fake Discord on 127.0.0.1 for the adapter's tests: the HTTP API under `/api/v10` and a
//! gateway (see [`super::discord_gateway`]).
//!
//! Every HTTP request is checked against Discord's OpenAPI description
//! ([`super::discord_spec`]); a request that breaks it is recorded as a violation and answered
//! with 400. Tests call [`FakeDiscord::assert_clean`]; dropping the fake with unexamined
//! violations fails the test too. The fake remembers what each channel shows (posted messages
//! and interaction answers, ephemeral ones only to their person), and can be told to refuse
//! the next matching call the ways Discord does. Like Discord, it refuses (50003) a bot's
//! attempt to delete someone else's message in a DM, and after a global 429 it refuses (and
//! records as a violation) every request but interaction answers until its `retry_after` passed.

mod wire;

use super::discord_gateway::{self, Gateway};
use axum::Router;
use serde_json::Value;
use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::sync::Notify;

/// The token the fake expects (shaped like a real one, valid nowhere).
pub const TOKEN: &str = "MTEwMDAwMDAwMDAwMDAwMDAw.GhAvEn.fake-token-for-tests-only";
pub const APP_ID: &str = "1100000000000000000";
pub const BOT_ID: &str = "1100000000000000000";
pub const GUILD_ID: &str = "1200000000000000000";
/// A staff channel in the school's server.
pub const STAFF_CHANNEL: &str = "1300000000000000001";
/// How long a test waits for the bot before failing.
pub const PATIENCE: Duration = Duration::from_secs(10);

/// One HTTP request the bot made (path relative to `/api/v10`).
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub path: String,
    pub body: Value,
}

/// A message as a person sees it in a channel.
#[derive(Debug, Clone)]
pub struct Shown {
    pub channel: String,
    pub id: String,
    pub content: String,
    pub components: Value,
    /// Set for an ephemeral answer: only this user sees it.
    pub only_for: Option<String>,
}

impl Shown {
    /// The text as the person reads it (Haven's markdown escapes taken out).
    pub fn text(&self) -> String {
        let mut out = String::with_capacity(self.content.len());
        let mut chars = self.content.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\\' {
                if let Some(&next) = chars.peek() {
                    if next.is_ascii_punctuation() {
                        out.push(next);
                        chars.next();
                        continue;
                    }
                }
            }
            out.push(c);
        }
        out
    }
}

/// A scripted refusal of the next call whose `METHOD path` contains the pattern.
#[derive(Debug, Clone, Copy)]
pub enum Refusal {
    /// 429 with this `retry_after` (seconds) in the body.
    RateLimited(f64),
    /// 403, code 50007: the person does not accept DMs from the bot.
    CannotDm,
    /// 403, code 50013: the bot lacks a permission (Manage Messages).
    MissingPermissions,
    /// Not a refusal: answered, but with the route's bucket empty for this many seconds.
    Exhausts(f64),
    /// 429 with `"global": true` and this `retry_after`: for that long the fake, like Discord,
    /// refuses every request but those answering interactions (which Discord exempts from its
    /// global limit), and records each one as a violation.
    RateLimitedGlobally(f64),
}

/// An interaction the fake dispatched, so its answers land in the right place.
#[derive(Debug, Clone)]
pub struct Dispatched {
    pub channel: String,
    pub user: String,
    pub ephemeral: bool,
}

#[derive(Default)]
pub(super) struct Inner {
    pub calls: Vec<Call>,
    pub violations: Vec<String>,
    pub examined: bool,
    /// (pattern, matching calls to let through first, refusal)
    refusals: Vec<(String, u32, Refusal)>,
    next_id: u64,
    dms: HashMap<String, String>,
    pub shown: Vec<Shown>,
    pub interactions: HashMap<String, Dispatched>,
    /// Until when the fake's global rate limit holds (after a [`Refusal::RateLimitedGlobally`]).
    global_until: Option<std::time::Instant>,
}

/// State shared by the HTTP server, the gateway and the test.
#[derive(Default)]
pub struct Shared {
    inner: Mutex<Inner>,
    pub called: Notify,
}

impl Shared {
    pub(super) fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The running fake.
pub struct FakeDiscord {
    addr: SocketAddr,
    pub shared: Arc<Shared>,
    pub gateway: Gateway,
}

impl FakeDiscord {
    pub async fn start() -> FakeDiscord {
        let shared = Arc::new(Shared::default());
        let gateway = discord_gateway::start(shared.clone()).await;
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        let app = Router::new()
            .fallback(wire::serve)
            .with_state((shared.clone(), gateway.url.clone()));
        tokio::spawn(async move { axum::serve(listener, app).await.ok() });
        FakeDiscord {
            addr,
            shared,
            gateway,
        }
    }

    /// What replaces `https://discord.com`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    pub fn calls(&self) -> Vec<Call> {
        self.shared.lock().calls.clone()
    }

    /// Calls whose `METHOD path` contains `pattern`.
    pub fn calls_to(&self, pattern: &str) -> Vec<Call> {
        self.calls()
            .into_iter()
            .filter(|c| format!("{} {}", c.method, c.path).contains(pattern))
            .collect()
    }

    /// Waits until a call matching `pattern` has been made; returns the latest such call.
    pub async fn wait_for_call(&self, pattern: &str) -> Call {
        self.wait_until(|f| f.calls_to(pattern).pop()).await
    }

    /// Waits until `probe` finds something, or fails the test after [`PATIENCE`].
    pub async fn wait_until<T>(&self, probe: impl Fn(&Self) -> Option<T>) -> T {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            let called = self.shared.called.notified();
            if let Some(t) = probe(self) {
                return t;
            }
            if tokio::time::timeout_at(deadline, called).await.is_err() {
                panic!(
                    "the bot did not do what was expected in time; calls:\n{}",
                    self.log()
                );
            }
        }
    }

    /// Makes the next call whose `METHOD path` contains `pattern` fail with `refusal`.
    pub fn refuse_next(&self, pattern: &str, refusal: Refusal) {
        self.shared
            .lock()
            .refusals
            .push((pattern.into(), 0, refusal));
    }

    /// Lets `pass` matching calls through, then fails the next one with `refusal`.
    pub fn refuse_after(&self, pass: u32, pattern: &str, refusal: Refusal) {
        self.shared
            .lock()
            .refusals
            .push((pattern.into(), pass, refusal));
    }

    /// The DM channel the fake gave a user (after the bot opened one).
    pub fn dm_channel(&self, user: &str) -> Option<String> {
        self.shared.lock().dms.get(user).cloned()
    }

    /// The DM channel with a user, opened now if it does not exist yet.
    pub fn open_dm(&self, user: &str) -> String {
        let mut inner = self.shared.lock();
        if let Some(c) = inner.dms.get(user) {
            return c.clone();
        }
        let id = wire::next_id(&mut inner);
        inner.dms.insert(user.to_string(), id.clone());
        id
    }

    /// True when `channel` is someone's DM with the bot.
    pub fn is_dm_channel(&self, channel: &str) -> bool {
        self.shared.lock().dms.values().any(|c| c == channel)
    }

    /// Messages a user sees in their DM with the bot.
    pub fn dm_messages(&self, user: &str) -> Vec<Shown> {
        let Some(dm) = self.dm_channel(user) else {
            return vec![];
        };
        self.seen_in(&dm, user)
    }

    /// Messages `user` sees in `channel` (public ones and their own ephemeral ones).
    pub fn seen_in(&self, channel: &str, user: &str) -> Vec<Shown> {
        self.shared
            .lock()
            .shown
            .iter()
            .filter(|s| s.channel == channel && s.only_for.as_deref().is_none_or(|u| u == user))
            .cloned()
            .collect()
    }

    /// Messages everyone sees in `channel`.
    pub fn public_in(&self, channel: &str) -> Vec<Shown> {
        let all = self.shared.lock().shown.clone();
        all.into_iter()
            .filter(|s| s.channel == channel && s.only_for.is_none())
            .collect()
    }

    /// Takes the violations recorded so far (marking them examined).
    pub fn violations(&self) -> Vec<String> {
        let mut inner = self.shared.lock();
        inner.examined = true;
        std::mem::take(&mut inner.violations)
    }

    /// Fails the test if any request broke Discord's API description.
    pub fn assert_clean(&self) {
        let v = self.violations();
        assert!(
            v.is_empty(),
            "requests that break Discord's API:\n{}",
            v.join("\n")
        );
    }

    fn log(&self) -> String {
        self.calls()
            .iter()
            .map(|c| format!("  {} {} {}", c.method, c.path, c.body))
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl Drop for FakeDiscord {
    fn drop(&mut self) {
        let inner = self.shared.lock();
        if !std::thread::panicking() && !inner.violations.is_empty() {
            panic!(
                "unexamined Discord API violations:\n{}",
                inner.violations.join("\n")
            );
        }
    }
}
