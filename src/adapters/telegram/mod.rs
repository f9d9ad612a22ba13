//! The Telegram adapter: Haven's core on Telegram, through the Bot API (teloxide's client).
//!
//! - [`TelegramTransport`] is the outgoing side (the delivery dispatcher's [`Transport`]):
//!   plain-text messages split to Telegram's length limit, inline keyboards for choices, message
//!   removal, command menus (`setMyCommands` per chat or per language, see `commands`: the
//!   menus are outbox jobs the core queues), all within Telegram's rate limits. A message split
//!   into parts
//!   goes whole or not at all (parts sent before a refusal are taken back) and is removed
//!   whole: its id names every part.
//! - [`to_inbound`] turns an update into the core's [`Inbound`] event.
//! - [`run_polling`] and [`run_webhook`] receive updates and hand them to an
//!   [`InboundHandler`]; [`run`] picks one from the configuration.
//!
//! This adapter must never: log message text, tokens or webhook secrets; send formatted text
//! (no `parse_mode`, so nothing a person typed becomes markup); decide what may go to a group
//! (the core's types do that); or let Telegram types leak past this module: the core sees only
//! text ids.
//!
//! [`Transport`]: crate::delivery::Transport
//! [`Inbound`]: crate::core::event::Inbound
//! [`InboundHandler`]: crate::delivery::InboundHandler

mod commands;
mod config;
mod errors;
mod inbound;
mod poller;
mod raw;
mod render;
mod transport;
mod webhook;

pub use config::{ConfigError, RateLimits, TelegramConfig, TelegramMode, WebhookConfig};
pub use inbound::to_inbound;
pub use poller::{process_update, run_polling, ALLOWED_UPDATES};
pub use raw::Received;
pub use render::{split_text, utf16_len, MAX_CALLBACK_BYTES, MAX_TEXT_UTF16};
pub use transport::{TelegramError, TelegramTransport, POLL_TIMEOUT_SECS};
pub use webhook::{run_webhook, serve_webhook, MAX_BODY, SECRET_HEADER};

use crate::delivery::InboundHandler;
use std::future::Future;
use std::sync::Arc;

/// Receives updates in the configured mode until `shutdown` resolves.
pub async fn run(
    config: &TelegramConfig,
    transport: Arc<TelegramTransport>,
    handler: Arc<dyn InboundHandler>,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> Result<(), TelegramError> {
    match &config.mode {
        TelegramMode::Polling => run_polling(transport, handler, shutdown).await,
        TelegramMode::Webhook(hook) => run_webhook(transport, handler, hook, shutdown).await,
    }
}
