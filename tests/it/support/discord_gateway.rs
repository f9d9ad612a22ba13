//! The fake Discord gateway: a WebSocket server that says HELLO, accepts IDENTIFY (recording
//! the intents), answers with READY, acknowledges heartbeats, and then dispatches the events a
//! test queues (`INTERACTION_CREATE`, `MESSAGE_CREATE`), in order.

use super::discord_fake::{Dispatched, Shared, APP_ID, BOT_ID, GUILD_ID};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, Notify};
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message;

/// The MESSAGE_CONTENT intent bit.
const MESSAGE_CONTENT: u64 = 1 << 15;

/// The gateway side of the fake.
pub struct Gateway {
    pub url: String,
    events: mpsc::UnboundedSender<(String, Value)>,
    /// The intents of the last IDENTIFY.
    pub intents: Arc<Mutex<Option<u64>>>,
    pub identified: Arc<Notify>,
    /// Close with 4014 (disallowed intents) when IDENTIFY asks for message content.
    pub refuse_message_content: Arc<AtomicBool>,
    shared: Arc<Shared>,
}

impl Gateway {
    /// Queues an event for the connected bot.
    pub fn dispatch(&self, kind: &str, data: Value) {
        if kind == "INTERACTION_CREATE" {
            let id = data["id"].as_str().unwrap_or_default().to_string();
            let user = data["member"]["user"]["id"]
                .as_str()
                .or(data["user"]["id"].as_str())
                .unwrap_or_default()
                .to_string();
            let channel = data["channel_id"].as_str().unwrap_or_default().to_string();
            self.shared.lock().interactions.insert(
                id,
                Dispatched {
                    channel,
                    user,
                    ephemeral: false,
                },
            );
        }
        self.events
            .send((kind.to_string(), data))
            .expect("gateway task alive");
    }

    pub fn intents(&self) -> Option<u64> {
        *self.intents.lock().unwrap_or_else(|e| e.into_inner())
    }
}

pub async fn start(shared: Arc<Shared>) -> Gateway {
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let url = format!("ws://{}", listener.local_addr().expect("addr"));
    let (tx, rx) = mpsc::unbounded_channel();
    let intents = Arc::new(Mutex::new(None));
    let identified = Arc::new(Notify::new());
    let refuse = Arc::new(AtomicBool::new(false));
    let gw = Gateway {
        url: url.clone(),
        events: tx,
        intents: intents.clone(),
        identified: identified.clone(),
        refuse_message_content: refuse.clone(),
        shared,
    };
    let rx = Arc::new(tokio::sync::Mutex::new(rx));
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let (rx, intents, identified, url) =
                (rx.clone(), intents.clone(), identified.clone(), url.clone());
            let refuse = refuse.load(Ordering::SeqCst);
            tokio::spawn(async move {
                let Ok(ws) = tokio_tungstenite::accept_async(stream).await else {
                    return;
                };
                session(ws, rx, intents, identified, url, refuse).await;
            });
        }
    });
    gw
}

type Events = Arc<tokio::sync::Mutex<mpsc::UnboundedReceiver<(String, Value)>>>;

async fn session(
    ws: tokio_tungstenite::WebSocketStream<tokio::net::TcpStream>,
    events: Events,
    intents: Arc<Mutex<Option<u64>>>,
    identified: Arc<Notify>,
    url: String,
    refuse_message_content: bool,
) {
    let (mut tx, mut rx) = ws.split();
    let hello = json!({ "op": 10, "d": { "heartbeat_interval": 41250 } });
    if tx.send(Message::Text(hello.to_string())).await.is_err() {
        return;
    }
    let mut seq = 0u64;
    // Wait for IDENTIFY, answering heartbeats.
    loop {
        let Some(Ok(msg)) = rx.next().await else {
            return;
        };
        let Message::Text(text) = msg else { continue };
        let v: Value = serde_json::from_str(&text).unwrap_or_default();
        match v["op"].as_u64() {
            Some(1) => {
                let ack = json!({ "op": 11 }).to_string();
                let _ = tx.send(Message::Text(ack)).await;
            }
            Some(2) => {
                let asked = v["d"]["intents"].as_u64();
                *intents.lock().unwrap_or_else(|e| e.into_inner()) = asked;
                if refuse_message_content && asked.unwrap_or(0) & MESSAGE_CONTENT != 0 {
                    let frame = CloseFrame {
                        code: CloseCode::from(4014),
                        reason: "Disallowed intent(s).".into(),
                    };
                    let _ = tx.send(Message::Close(Some(frame))).await;
                    return;
                }
                break;
            }
            _ => {}
        }
    }
    seq += 1;
    let ready = json!({ "op": 0, "t": "READY", "s": seq, "d": ready(&url) });
    if tx.send(Message::Text(ready.to_string())).await.is_err() {
        return;
    }
    identified.notify_waiters();
    let mut events = events.lock().await;
    loop {
        tokio::select! {
            incoming = rx.next() => {
                let Some(Ok(Message::Text(text))) = incoming else { return };
                let v: Value = serde_json::from_str(&text).unwrap_or_default();
                if v["op"] == 1 {
                    let ack = json!({ "op": 11 }).to_string();
                    if tx.send(Message::Text(ack)).await.is_err() {
                        return;
                    }
                }
            }
            event = events.recv() => {
                let Some((kind, data)) = event else { return };
                seq += 1;
                let frame = json!({ "op": 0, "t": kind, "s": seq, "d": data });
                if tx.send(Message::Text(frame.to_string())).await.is_err() {
                    return;
                }
            }
        }
    }
}

fn ready(url: &str) -> Value {
    json!({
        "v": 10,
        "user": {
            "id": BOT_ID, "username": "Haven", "discriminator": "0", "global_name": null,
            "avatar": null, "bot": true, "verified": true, "mfa_enabled": false, "flags": 0
        },
        "guilds": [{ "id": GUILD_ID, "unavailable": true }],
        "session_id": "fake-session",
        "resume_gateway_url": url,
        "shard": [0, 1],
        "application": { "id": APP_ID, "flags": 0 }
    })
}
