//! A fake Telegram Bot API server on 127.0.0.1 for the adapter's tests.
//!
//! It serves `POST /bot<token>/<method>`, checks every request against the official description
//! (see [`super::telegram_spec`]) and answers 400 to any that breaks it, recording the violation;
//! dropping the fake fails the test if violations were left unexamined. It records every call
//! (command menus included: `setMyCommands`, `deleteMyCommands`, answered `true`) so tests can
//! see what a person received, queues updates for `getUpdates` (a long poll that
//! returns as soon as something is queued), and can be told to refuse the next call to a chat,
//! or to hold it unanswered until the test releases it.

mod wire;

use super::telegram_spec::spec;
use axum::extract::{ConnectInfo, Request, State};
use axum::response::Response;
use axum::Router;
use haven::adapters::telegram::{RateLimits, TelegramConfig, TelegramTransport};
use secrecy::SecretString;
use serde_json::{json, Value};
use std::collections::VecDeque;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;
use tokio::sync::Notify;
use wire::{message, ok, read_params, refuse, refused};

/// The token the fake accepts (shaped like a real one, valid nowhere).
pub const TOKEN: &str = "110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw";
/// The fake bot's user id and username.
pub const BOT_ID: i64 = 110201543;
pub const BOT_USERNAME: &str = "HavenTestBot";
/// How long a test waits for the bot to make a call before failing.
const PATIENCE: Duration = Duration::from_secs(10);
/// The longest a `getUpdates` with nothing queued is held open.
const LONGEST_POLL: Duration = Duration::from_secs(2);

/// One request the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    pub params: Value,
    /// When the request reached the fake (before its body was read).
    pub at: std::time::Instant,
}

/// A scripted refusal for the next matching call.
#[derive(Debug, Clone, Copy)]
pub enum Refusal {
    /// 429 with `retry_after` seconds.
    TooManyRequests(u32),
    /// 403: the person blocked the bot.
    Blocked,
    /// 400: chat not found.
    ChatNotFound,
    /// 400: the message can't be deleted (too old, or no rights).
    CantDelete,
}

/// The running fake. Dropping it stops nothing (the test's runtime does), but checks that no
/// spec violation went unexamined.
pub struct FakeTelegram {
    addr: SocketAddr,
    shared: Arc<Shared>,
}

#[derive(Default)]
struct Shared {
    inner: Mutex<Inner>,
    /// Woken when an update is queued.
    queued: Notify,
    /// Woken when a call is recorded.
    called: Notify,
    /// Woken when held calls are released.
    released: Notify,
}

#[derive(Default)]
struct Inner {
    calls: Vec<Call>,
    violations: Vec<String>,
    updates: VecDeque<Value>,
    last_update_id: i64,
    last_message_id: i64,
    confirmed_offset: i64,
    refusals: Vec<(String, i64, Refusal)>,
    /// Refusals that first let a number of matching calls through.
    later: Vec<(String, i64, usize, Refusal)>,
    revoked: bool,
    /// Calls to hold unanswered: `(method, chat_id)`.
    holds: Vec<(String, i64)>,
    /// Calls held so far, and how many are held now.
    ever_held: usize,
    held: usize,
    /// Bumped by each release; a held call waits for it to move on.
    releases: u64,
    /// `getUpdates` calls being answered now, and the most ever at once (Telegram refuses a
    /// second poller with 409 Conflict).
    polling: usize,
    most_polling: usize,
    /// Every `getUpdates`: the connection it came on, when it arrived and when it ended.
    polls: Vec<PollSpan>,
}

/// One `getUpdates` call's life at the fake.
#[derive(Debug, Clone)]
struct PollSpan {
    peer: SocketAddr,
    start: std::time::Instant,
    end: Option<std::time::Instant>,
}

impl FakeTelegram {
    /// Starts the fake on a free loopback port.
    pub async fn start() -> FakeTelegram {
        let shared = Arc::new(Shared::default());
        let app = Router::new().fallback(answer).with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let addr = listener.local_addr().expect("local address");
        let app = app.into_make_service_with_connect_info::<SocketAddr>();
        tokio::spawn(async move { axum::serve(listener, app).await });
        FakeTelegram { addr, shared }
    }

    /// The Bot API base URL to configure the adapter with.
    pub fn api_url(&self) -> url::Url {
        url::Url::parse(&format!("http://{}", self.addr)).expect("loopback URL")
    }

    /// A polling configuration that talks to this fake, with limits that never slow a test.
    pub fn config(&self) -> TelegramConfig {
        TelegramConfig {
            api_url: Some(self.api_url()),
            rate_limits: RateLimits::unlimited(),
            ..TelegramConfig::polling(SecretString::from(TOKEN))
        }
    }

    /// A transport for [`Self::config`].
    pub fn transport(&self) -> Arc<TelegramTransport> {
        Arc::new(TelegramTransport::new(&self.config()).expect("transport"))
    }

    /// Queues an update (without `update_id`; the fake numbers it) and returns its id.
    pub fn push_update(&self, mut update: Value) -> i64 {
        let id = {
            let mut inner = self.lock();
            inner.last_update_id += 1;
            update["update_id"] = json!(inner.last_update_id);
            inner.updates.push_back(update);
            inner.last_update_id
        };
        self.shared.queued.notify_waiters();
        id
    }

    /// Makes the next `method` call aimed at `chat_id` (or scoped to it, for command menus) fail
    /// with `refusal`.
    pub fn refuse_next(&self, method: &str, chat_id: i64, refusal: Refusal) {
        self.lock().refusals.push((method.into(), chat_id, refusal));
    }

    /// Lets the next `passing` `method` calls aimed at `chat_id` through, then makes the one
    /// after them fail with `refusal` (for a refusal in the middle of a message's parts).
    pub fn refuse_after(&self, passing: usize, method: &str, chat_id: i64, refusal: Refusal) {
        let later = (method.into(), chat_id, passing, refusal);
        self.lock().later.push(later);
    }

    /// Holds the next `method` call aimed at `chat_id` (or scoped to it) unanswered until
    /// [`Self::release_held`] (or, so that nothing hangs, until the fake's patience runs out);
    /// it is recorded when it arrives and then answered as usual.
    pub fn hold_next(&self, method: &str, chat_id: i64) {
        self.lock().holds.push((method.into(), chat_id));
    }

    /// How many calls are held unanswered now.
    pub fn held(&self) -> usize {
        self.lock().held
    }

    /// Waits until `count` calls have been held (whether or not still held).
    pub async fn wait_until_held(&self, count: usize) {
        let waiting = async {
            loop {
                let notified = self.shared.called.notified();
                tokio::pin!(notified);
                notified.as_mut().enable();
                if self.lock().ever_held >= count {
                    return;
                }
                notified.await;
            }
        };
        tokio::time::timeout(PATIENCE, waiting)
            .await
            .unwrap_or_else(|_| panic!("the bot did not make {count} held call(s)"))
    }

    /// Answers every held call.
    pub fn release_held(&self) {
        self.lock().releases += 1;
        self.shared.released.notify_waiters();
    }

    /// From now on every request is answered 401 Unauthorized, as for a revoked token.
    pub fn revoke_token(&self) {
        self.lock().revoked = true;
        // End a waiting long poll now; the next request meets the revoked token.
        self.shared.queued.notify_waiters();
    }

    /// Every call so far, in order.
    pub fn calls(&self) -> Vec<Call> {
        self.lock().calls.clone()
    }

    /// The parameters of every call to `method`, in order.
    pub fn calls_to(&self, method: &str) -> Vec<Value> {
        let inner = self.lock();
        let calls = inner.calls.iter().filter(|c| c.method == method);
        calls.map(|c| c.params.clone()).collect()
    }

    /// The command-menu calls (`setMyCommands`, `deleteMyCommands`) scoped to one chat, in
    /// order.
    pub fn menu_calls_for(&self, chat_id: i64) -> Vec<Call> {
        let inner = self.lock();
        let menus = inner.calls.iter().filter(|c| {
            matches!(c.method.as_str(), "setMyCommands" | "deleteMyCommands")
                && c.params["scope"] == json!({"type": "chat", "chat_id": chat_id})
        });
        menus.cloned().collect()
    }

    /// The texts of the messages sent to `chat_id`, in order.
    pub fn texts_to(&self, chat_id: i64) -> Vec<String> {
        let sent = self.calls_to("sendMessage").into_iter();
        let to_chat = sent.filter(|p| p["chat_id"] == json!(chat_id));
        to_chat
            .map(|p| p["text"].as_str().unwrap_or_default().to_string())
            .collect()
    }

    /// Waits until `method` has been called `count` times; returns those calls' parameters.
    pub async fn wait_for(&self, method: &str, count: usize) -> Vec<Value> {
        let waiting = async {
            loop {
                let notified = self.shared.called.notified();
                tokio::pin!(notified);
                notified.as_mut().enable();
                let calls = self.calls_to(method);
                if calls.len() >= count {
                    return calls;
                }
                notified.await;
            }
        };
        tokio::time::timeout(PATIENCE, waiting)
            .await
            .unwrap_or_else(|_| panic!("the bot did not call {method} {count} time(s)"))
    }

    /// The highest offset the bot has confirmed with `getUpdates`.
    pub fn confirmed_offset(&self) -> i64 {
        self.lock().confirmed_offset
    }

    /// Takes the spec violations recorded so far (so the test may examine them).
    /// The most `getUpdates` calls the fake was ever answering at once.
    pub fn most_concurrent_polls(&self) -> usize {
        self.lock().most_polling
    }

    /// The `getUpdates` calls that were open at the same time as another, in order of
    /// arrival, with their connections and times since `origin` (for a failing test's report).
    pub fn overlapping_polls(&self, origin: std::time::Instant) -> Vec<String> {
        let polls = self.lock().polls.clone();
        let ends = |p: &PollSpan| p.end.unwrap_or_else(std::time::Instant::now);
        let overlaps = |a: &PollSpan, b: &PollSpan| a.start < ends(b) && b.start < ends(a);
        let at = |t: std::time::Instant| t.saturating_duration_since(origin);
        polls
            .iter()
            .enumerate()
            .filter(|(i, a)| {
                polls
                    .iter()
                    .enumerate()
                    .any(|(j, b)| *i != j && overlaps(a, b))
            })
            .map(|(_, p)| format!("{} from {:?} to {:?}", p.peer, at(p.start), p.end.map(at)))
            .collect()
    }

    /// The number of calls to `method` so far.
    pub fn count(&self, method: &str) -> usize {
        self.lock()
            .calls
            .iter()
            .filter(|c| c.method == method)
            .count()
    }

    pub fn take_violations(&self) -> Vec<String> {
        std::mem::take(&mut self.lock().violations)
    }

    /// Fails the test if any request broke the Bot API description.
    pub fn assert_no_violations(&self) {
        let violations = self.take_violations();
        assert!(violations.is_empty(), "Bot API violations: {violations:#?}");
    }

    fn lock(&self) -> MutexGuard<'_, Inner> {
        self.shared.inner.lock().expect("fake state")
    }
}

impl Drop for FakeTelegram {
    fn drop(&mut self) {
        if !std::thread::panicking() {
            self.assert_no_violations();
        }
    }
}

/// Handles every request: route, parse, check, record, then refuse or answer.
async fn answer(
    State(shared): State<Arc<Shared>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    req: Request,
) -> Response {
    let arrived = std::time::Instant::now();
    let path = req.uri().path().to_string();
    let Some((token, method)) = path
        .strip_prefix("/bot")
        .and_then(|rest| rest.rsplit_once('/'))
    else {
        return refuse(404, "Not Found", None);
    };
    if token != TOKEN || shared.inner.lock().expect("state").revoked {
        return refuse(401, "Unauthorized", None);
    }
    // Like Telegram, the fake reads method names without regard to case (teloxide sends
    // `SendMessage`); calls are recorded under the name the description uses.
    let method = spec().method_name(method).unwrap_or(method).to_string();
    let method = method.as_str();
    let params = match read_params(method, req).await {
        Ok(params) => params,
        Err(e) => return violation(&shared, (method, arrived), Value::Null, vec![e]),
    };
    let problems = spec().check(method, &params);
    if !problems.is_empty() {
        return violation(&shared, (method, arrived), params, problems);
    }
    let refusal = record(&shared, (method, arrived), &params);
    let hold = take_hold(&shared, method, &params);
    shared.called.notify_waiters();
    if let Some(before) = hold {
        held_until_released(&shared, before).await;
    }
    if let Some(refusal) = refusal {
        return refused(refusal);
    }
    match method {
        "getUpdates" => {
            let _polling = Polling::start(&shared, peer);
            updates(&shared, &params).await
        }
        other => ok(result_of(&shared, other, &params)),
    }
}

fn violation(
    shared: &Shared,
    (method, at): (&str, std::time::Instant),
    params: Value,
    problems: Vec<String>,
) -> Response {
    let description = format!("Bad Request: {}", problems.join("; "));
    let mut inner = shared.inner.lock().expect("state");
    inner.violations.extend(problems);
    inner.calls.push(Call {
        method: method.into(),
        params,
        at,
    });
    drop(inner);
    shared.called.notify_waiters();
    refuse(400, &description, None)
}

/// The chat a call is aimed at (a command menu's chat is in its scope).
fn chat_of(params: &Value) -> Option<i64> {
    let scoped = || params["scope"]["chat_id"].as_i64();
    params["chat_id"].as_i64().or_else(scoped)
}

/// Takes a matching hold, if any: the call is then counted as held, and the release count it
/// must wait past is returned.
fn take_hold(shared: &Shared, method: &str, params: &Value) -> Option<u64> {
    let mut inner = shared.inner.lock().expect("state");
    let chat = chat_of(params);
    let at = inner
        .holds
        .iter()
        .position(|(m, c)| m == method && Some(*c) == chat)?;
    inner.holds.remove(at);
    inner.ever_held += 1;
    inner.held += 1;
    Some(inner.releases)
}

/// Waits until the test releases held calls (or the fake's patience runs out).
async fn held_until_released(shared: &Shared, before: u64) {
    let waiting = async {
        loop {
            let released = shared.released.notified();
            tokio::pin!(released);
            released.as_mut().enable();
            if shared.inner.lock().expect("state").releases > before {
                return;
            }
            released.await;
        }
    };
    let _ = tokio::time::timeout(PATIENCE, waiting).await;
    shared.inner.lock().expect("state").held -= 1;
}

/// Records the call and takes a matching scripted refusal, if any.
fn record(
    shared: &Shared,
    (method, at): (&str, std::time::Instant),
    params: &Value,
) -> Option<Refusal> {
    let mut inner = shared.inner.lock().expect("state");
    inner.calls.push(Call {
        method: method.into(),
        params: params.clone(),
        at,
    });
    let chat = chat_of(params);
    let at = inner
        .refusals
        .iter()
        .position(|(m, c, _)| m == method && Some(*c) == chat);
    if let Some(at) = at {
        return Some(inner.refusals.remove(at).2);
    }
    let at = inner
        .later
        .iter()
        .position(|(m, c, _, _)| m == method && Some(*c) == chat)?;
    match &mut inner.later[at] {
        (_, _, 0, _) => Some(inner.later.remove(at).3),
        (_, _, passing, _) => {
            *passing -= 1;
            None
        }
    }
}

/// A `getUpdates` being answered, counted until it ends, however it ends (a poller that is
/// killed drops its request).
struct Polling<'a>(&'a Shared, usize);

impl<'a> Polling<'a> {
    fn start(shared: &'a Shared, peer: SocketAddr) -> Self {
        let mut inner = shared.inner.lock().expect("state");
        inner.polling += 1;
        inner.most_polling = inner.most_polling.max(inner.polling);
        let start = std::time::Instant::now();
        inner.polls.push(PollSpan {
            peer,
            start,
            end: None,
        });
        Polling(shared, inner.polls.len() - 1)
    }
}

impl Drop for Polling<'_> {
    fn drop(&mut self) {
        if let Ok(mut inner) = self.0.inner.lock() {
            inner.polling -= 1;
            inner.polls[self.1].end = Some(std::time::Instant::now());
        }
    }
}

/// `getUpdates`: forgets confirmed updates, then returns what is queued, waiting a little when
/// nothing is.
async fn updates(shared: &Shared, params: &Value) -> Response {
    let offset = params["offset"].as_i64().unwrap_or(0);
    let limit = params["limit"].as_u64().unwrap_or(100) as usize;
    let wait = Duration::from_secs(params["timeout"].as_u64().unwrap_or(0)).min(LONGEST_POLL);
    let pending = || {
        let mut inner = shared.inner.lock().expect("state");
        inner.confirmed_offset = inner.confirmed_offset.max(offset);
        inner
            .updates
            .retain(|u| u["update_id"].as_i64().unwrap_or(0) >= offset);
        inner
            .updates
            .iter()
            .take(limit)
            .cloned()
            .collect::<Vec<_>>()
    };
    let notified = shared.queued.notified();
    tokio::pin!(notified);
    notified.as_mut().enable();
    let mut found = pending();
    if found.is_empty() && !wait.is_zero() {
        let _ = tokio::time::timeout(wait, notified).await;
        found = pending();
    }
    ok(Value::Array(found))
}

/// The successful result of a call (`true` for methods whose result tests do not use).
fn result_of(shared: &Shared, method: &str, params: &Value) -> Value {
    match method {
        "getMe" => json!({
            "id": BOT_ID, "is_bot": true, "first_name": "Haven", "username": BOT_USERNAME,
            "can_join_groups": true, "can_read_all_group_messages": false,
            "supports_inline_queries": false, "can_connect_to_business": false,
            "has_main_web_app": false
        }),
        "sendMessage" | "editMessageReplyMarkup" => {
            let mut inner = shared.inner.lock().expect("state");
            inner.last_message_id += 1;
            let id = match params["message_id"].as_i64() {
                Some(edited) => edited,
                None => inner.last_message_id,
            };
            message(
                id,
                params["chat_id"].as_i64().unwrap_or(0),
                params["text"].as_str(),
            )
        }
        _ => json!(true),
    }
}
