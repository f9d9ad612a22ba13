//! The fake Discord gateway: a WebSocket server that says HELLO, accepts IDENTIFY (recording
//! the intents), answers with READY, acknowledges heartbeats, and then dispatches the events a
//! test queues (`INTERACTION_CREATE`, `MESSAGE_CREATE`), in order.

use super::discord_fake::{Dispatched, Shared, APP_ID, BOT_ID, GUILD_ID};
use futures_util::{SinkExt, StreamExt};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use tokio::net::TcpListener;
use tokio::sync::{mpsc, Notify};
use tokio_tungstenite::tungstenite::Message;

/// The gateway side of the fake.
pub struct Gateway {
    pub url: String,
    events: mpsc::UnboundedSender<(String, Value)>,
    /// The intents of the last IDENTIFY.
    pub intents: Arc<Mutex<Option<u64>>>,
    pub identified: Arc<Notify>,
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
    let gw = Gateway {
        url: url.clone(),
        events: tx,
        intents: intents.clone(),
        identified: identified.clone(),
        shared,
    };
    let rx = Arc::new(tokio::sync::Mutex::new(rx));
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let (rx, intents, identified, url) =
                (rx.clone(), intents.clone(), identified.clone(), url.clone());
            tokio::spawn(async move {
                let Ok(ws) = tokio_tungstenite::accept_async(stream).await else {
                    return;
                };
                session(ws, rx, intents, identified, url).await;
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
                *intents.lock().unwrap_or_else(|e| e.into_inner()) = v["d"]["intents"].as_u64();
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
