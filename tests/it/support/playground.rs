//! Microsoft 365 Agents Playground (npm `@microsoft/m365agentsplayground`, pinned in
//! `tests/playground/package-lock.json`, installed by `scripts/test-deps`) as one person's Teams
//! client, started for a test and killed when dropped. The harness only ever addresses it on
//! 127.0.0.1, though it listens on every interface. It must never be pointed at a bot that is not
//! on loopback, nor given real credentials.
//!
//! What version 0.2.28 does, read from its bundled code and checked by the self-tests
//! (`tests/it/playground_selftest.rs`):
//!
//! - **Start.** `node cli.js -e <bot endpoint> -c msteams -p <port> --su <serviceUrl> --dt` with
//!   `TEAMSAPPTESTER_BROWSER=none` (no browser). A taken port is replaced by a random one, so
//!   the harness reads the port back from the `Listening on <port>` line it prints when stdout
//!   is not a terminal, and starts again when it differs. `--dt` stops its telemetry events;
//!   `APPLICATION_INSIGHTS_NO_STATSBEAT` stops the Application Insights heartbeat. Its log file
//!   (`M365_AGENTS_PLAYGROUND_LOGFILE`) and its mock tenant
//!   (`M365_AGENTS_PLAYGROUND_CONFIG_PATH`, YAML, JSON accepted) live in a temp folder.
//!   `GET /_debug/ping` answers `pong` once it serves.
//! - **Mock tenant.** One tenant, one bot, a current user and exactly five other users, one
//!   personal chat (current user and bot), one group chat, one team with its General channel
//!   (id = team id) and at most one more channel. All messages typed in the client come from
//!   the current user, so one playground is one person's client; several people means several
//!   playgrounds sharing a [`Tenant`](super::playground_people::Tenant).
//! - **To the bot.** Activities are POSTed to the endpoint with **no `Authorization` header**
//!   (only `x-ms-agents-playground: true`), unless it is given `--client-id/--client-secret`
//!   (then it fetches a real token from login.microsoftonline.com: never in tests).
//!   `serviceUrl` is `http://localhost:<port>/_connector` unless `--service-url` says
//!   otherwise; the harness passes `http://127.0.0.1:<port>/_connector`.
//!   `POST /_conversation/v1/conversations/{id}/messages` `{from:{id}, text, textFormat}` stores
//!   the message and forwards it when the chat is personal or the bot is in `mentions`
//!   (`[{mentioned:{id:bot}, text:"<at>Bot</at>"}]`); the activity's `from` is always the
//!   current user. A channel message opens a post: the bot sees conversation
//!   `{channel};messageid={id}` with `conversationType: "channel"`.
//!   `POST /_conversation/v1/submit` `{conversation:{id}, from:{id}, replyToId, value}` sends a
//!   `message` with `value` and `replyToId` (the card's message id), as Teams does for
//!   `Action.Submit`; `value` must be an object. `POST /_internal/v1/customActivities` forwards
//!   any JSON as it is (any `from`, any `serviceUrl`: the bot must check the service host).
//!   `GET /_internal/v1/customActivities/template?conversationId=&type=` builds one.
//!   `POST /_debug/conversation/{id}/installation` sends `installationUpdate` and
//!   `conversationUpdate` (bot added), as the web client does when opened.
//!   `GET /_internal/v1/config` waits up to 15 s for the bot endpoint, then returns the tenant;
//!   `GET /_internal/v1/testConfig` returns it at once.
//! - **Mock Bot Connector** at `/_connector`, with no authentication unless it was given
//!   credentials (an `Authorization` header from the bot is ignored). `POST
//!   /v3/conversations/{id}/activities[/{replyTo}]` answers 201 `{id}`; `PUT
//!   .../activities/{id}` 200 `{id}` (404 for an unknown id); `DELETE` answers **501**; `POST
//!   /v3/conversations` with one member opens (or finds) that user's personal chat and answers
//!   201 `{id}`; an unknown conversation is 404. A message to a channel id opens a new post.
//!   There is no client-credentials token endpoint. Both gaps (no signature, no app token) are
//!   filled by [`BotFramework`](super::playground_signer::BotFramework), which sits between the
//!   playground and the bot.
//! - **WebSocket** `/_ws_conversation/v1/conversations/stream`: the bot's messages as
//!   `{action: "createMessage" | "updateMessage" | "typing", actionConversationId, message:
//!   {messageId, from:{id}, text, textFormat, attachments:[{contentType, content}]}}`, only for
//!   chats the current user is in; events are buffered until a client connects.
//!   `/_ws/log/stream` carries its request log.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};
use tokio::sync::Notify;

/// How long the harness waits for the playground or the bot before failing the test.
pub const PATIENCE: Duration = Duration::from_secs(15);

/// What the bot put in a chat, as the playground's client was told over its WebSocket.
#[derive(Clone, Debug)]
pub struct Shown {
    /// `createMessage` or `updateMessage`.
    pub action: String,
    /// The chat, channel or post it is in.
    pub conversation: String,
    pub message_id: String,
    pub text: String,
    /// The Adaptive Cards it carries (the `content` of each card attachment).
    pub cards: Vec<Value>,
}

impl Shown {
    fn parse(event: &Value) -> Option<Shown> {
        let action = event["action"].as_str()?;
        if action != "createMessage" && action != "updateMessage" {
            return None;
        }
        let m = &event["message"];
        let conversation = m["postConversationId"]
            .as_str()
            .or(event["actionConversationId"].as_str())?;
        let cards = m["attachments"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|a| a["contentType"] == "application/vnd.microsoft.card.adaptive")
            .map(|a| a["content"].clone())
            .collect();
        Some(Shown {
            action: action.into(),
            conversation: conversation.into(),
            message_id: m["messageId"].as_str()?.into(),
            text: m["text"].as_str().unwrap_or_default().into(),
            cards,
        })
    }

    /// The text and every text in its cards, for matching.
    pub fn all_text(&self) -> String {
        let mut out = self.text.clone();
        for card in &self.cards {
            collect_text(card, &mut out);
        }
        out
    }
}

fn collect_text(v: &Value, out: &mut String) {
    match v {
        Value::Object(map) => {
            for (k, v) in map {
                match (k.as_str(), v) {
                    ("text" | "title" | "placeholder" | "label", Value::String(s)) => {
                        out.push('\n');
                        out.push_str(s);
                    }
                    _ => collect_text(v, out),
                }
            }
        }
        Value::Array(items) => items.iter().for_each(|i| collect_text(i, out)),
        _ => {}
    }
}

/// One running playground: one person's Teams client.
pub struct Playground {
    pub port: u16,
    /// The `serviceUrl` it puts in activities: its mock Bot Connector.
    pub service_url: String,
    /// The mock tenant it was started with (`GET /_internal/v1/testConfig`).
    pub config: Value,
    http: reqwest::Client,
    shown: Arc<Mutex<Vec<Shown>>>,
    changed: Arc<Notify>,
    _child: Child,
    _dir: tempfile::TempDir,
}

/// Where `scripts/test-deps` installs the playground.
fn cli_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/playground/node_modules/@microsoft/m365agentsplayground/cli.js")
}

impl Playground {
    /// Starts a playground whose mock tenant is `tenant_json` (the config file's content) and
    /// whose bot is at `bot_endpoint` (which must be on 127.0.0.1), and connects to its
    /// WebSocket.
    pub async fn start(bot_endpoint: &str, tenant_json: &Value) -> Playground {
        assert!(
            bot_endpoint.starts_with("http://127.0.0.1:"),
            "the playground only talks to a bot on loopback, not {bot_endpoint}"
        );
        let cli = cli_path();
        assert!(
            cli.exists(),
            "the Agents Playground is not installed: run scripts/test-deps (or scripts/test), \
             which needs Node 20+ and npm ({} is missing)",
            cli.display()
        );
        let dir = tempfile::tempdir().expect("temp dir");
        let config_path = dir.path().join(".m365agentsplayground.yml");
        std::fs::write(&config_path, tenant_json.to_string()).expect("write tenant");
        for _ in 0..5 {
            let port = free_port();
            let service_url = format!("http://127.0.0.1:{port}/_connector");
            let mut child = Command::new("node")
                .arg(&cli)
                .args(["-e", bot_endpoint, "-c", "msteams", "--dt"])
                .args(["-p", &port.to_string(), "--service-url", &service_url])
                .env("TEAMSAPPTESTER_BROWSER", "none")
                .env("APPLICATION_INSIGHTS_NO_STATSBEAT", "true")
                .env("M365_AGENTS_PLAYGROUND_CONFIG_PATH", &config_path)
                .env("M365_AGENTS_PLAYGROUND_LOGFILE", dir.path().join("log.txt"))
                .current_dir(dir.path())
                .stdin(Stdio::null())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .kill_on_drop(true)
                .spawn()
                .expect("node is needed for the Agents Playground (see scripts/test-deps)");
            let listening = listening_port(&mut child).await;
            if listening != Some(port) {
                continue;
            }
            let mut pg = Playground {
                port,
                service_url,
                config: Value::Null,
                http: reqwest::Client::new(),
                shown: Arc::default(),
                changed: Arc::default(),
                _child: child,
                _dir: dir,
            };
            assert_eq!(pg.get("/_debug/ping").await, json!("pong"));
            pg.config = pg.get("/_internal/v1/testConfig").await["config"].clone();
            pg.connect_websocket().await;
            return pg;
        }
        panic!("the Agents Playground did not start on a free loopback port");
    }

    fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{path}", self.port)
    }

    /// GETs one of its API paths; the answer as JSON (or a JSON string).
    pub async fn get(&self, path: &str) -> Value {
        let res = self.http.get(self.url(path)).send().await.expect("GET");
        read(res, path).await
    }

    /// POSTs JSON to one of its API paths; fails the test unless it answers with success.
    pub async fn post(&self, path: &str, body: &Value) -> Value {
        let res = self
            .http
            .post(self.url(path))
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
            .await
            .expect("POST");
        read(res, path).await
    }

    async fn connect_websocket(&self) {
        use futures_util::StreamExt;
        let url = format!(
            "ws://127.0.0.1:{}/_ws_conversation/v1/conversations/stream",
            self.port
        );
        let (mut ws, _) = tokio_tungstenite::connect_async(url)
            .await
            .expect("playground WebSocket");
        let (shown, changed) = (self.shown.clone(), self.changed.clone());
        tokio::spawn(async move {
            while let Some(Ok(msg)) = ws.next().await {
                let Ok(text) = msg.to_text() else { continue };
                let Ok(event) = serde_json::from_str::<Value>(text) else {
                    continue;
                };
                if let Some(s) = Shown::parse(&event) {
                    shown.lock().unwrap_or_else(|e| e.into_inner()).push(s);
                    changed.notify_waiters();
                }
            }
        });
    }

    /// Everything the bot has put in this person's chats so far, in order.
    pub fn shown(&self) -> Vec<Shown> {
        self.shown.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }

    /// Waits until `probe` finds something in what was shown, or fails the test after
    /// [`PATIENCE`] listing what was shown.
    pub async fn wait_until<T>(&self, what: &str, probe: impl Fn(&[Shown]) -> Option<T>) -> T {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            let changed = self.changed.notified();
            if let Some(t) = probe(&self.shown()) {
                return t;
            }
            if tokio::time::timeout_at(deadline, changed).await.is_err() {
                let log: Vec<String> = self
                    .shown()
                    .iter()
                    .map(|s| format!("{} in {}: {}", s.action, s.conversation, s.all_text()))
                    .collect();
                panic!("never shown: {what}; shown:\n{}", log.join("\n"));
            }
        }
    }
}

async fn read(res: reqwest::Response, path: &str) -> Value {
    let status = res.status();
    let body = res.bytes().await.expect("body");
    assert!(
        status.is_success(),
        "playground {path} answered {status}: {}",
        String::from_utf8_lossy(&body)
    );
    serde_json::from_slice(&body)
        .unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&body).into_owned()))
}

/// A port that was free on loopback a moment ago (the playground picks another if it is not).
fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    l.local_addr().expect("addr").port()
}

/// The port from its `Listening on <port>` line, or `None` if it exits first.
async fn listening_port(child: &mut Child) -> Option<u16> {
    let stdout = child.stdout.take().expect("piped stdout");
    let mut lines = BufReader::new(stdout).lines();
    let found = tokio::time::timeout(PATIENCE, async {
        while let Ok(Some(line)) = lines.next_line().await {
            if let Some(port) = line.strip_prefix("Listening on ") {
                return port.trim().parse().ok();
            }
        }
        None
    })
    .await
    .expect("the Agents Playground did not say where it listens");
    // Keep reading so its writes never block on a full pipe.
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    found
}
