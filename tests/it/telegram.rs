//! The Telegram adapter, driven against the fake Bot API server on loopback.

mod inbound;
mod receive;
mod send;
mod spec;

use async_trait::async_trait;
use haven::core::event::Inbound;
use haven::delivery::{Handled, InboundHandler};
use std::time::Duration;
use tokio::sync::mpsc;

/// An [`InboundHandler`] that passes every event to the test.
pub struct Recorder {
    tx: mpsc::UnboundedSender<Inbound>,
}

/// What the recorder received.
pub struct Received {
    rx: mpsc::UnboundedReceiver<Inbound>,
}

pub fn recorder() -> (std::sync::Arc<Recorder>, Received) {
    let (tx, rx) = mpsc::unbounded_channel();
    (std::sync::Arc::new(Recorder { tx }), Received { rx })
}

#[async_trait]
impl InboundHandler for Recorder {
    async fn handle(&self, event: Inbound) -> Handled {
        let _ = self.tx.send(event);
        Handled::Done
    }
}

impl Received {
    /// The next event, or a failed test if none arrives in good time.
    pub async fn next(&mut self) -> Inbound {
        tokio::time::timeout(Duration::from_secs(10), self.rx.recv())
            .await
            .expect("an event should have reached the handler")
            .expect("the handler is alive")
    }
}
