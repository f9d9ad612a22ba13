//! The Discord adapter: Haven in the school's staff workspace (a server with staff channels and
//! direct messages), through serenity's gateway and Discord's HTTP API.
//!
//! - [`DiscordTransport`] is the outgoing side (the dispatcher's [`Transport`]): direct and
//!   channel messages split at 2000 characters, choices as buttons, interaction answers,
//!   message removal, within Discord's rate limits.
//! - [`inbound`] turns interactions and messages into the core's [`Inbound`] events.
//! - [`write`]: a question answered by typing gets a button that opens a modal, so the answer
//!   leaves nothing in the chat's history.
//! - [`gateway`] connects, registers the slash commands of [`commands::COMMANDS`] and answers
//!   every interaction within Discord's three seconds.
//! - [`gateway()`] runs the gateway for a configuration; the composition root (`platforms`)
//!   starts it with the transport's dispatcher. A missing token means it is never called.
//!
//! This adapter must never: log message text, the token or interaction tokens; send text that
//! can format or mention (markdown is escaped, no mentions are allowed); post in a channel what
//! the core addressed to a person; or let snowflakes past its edges: the core sees user and
//! channel ids as text.
//!
//! [`Transport`]: crate::delivery::Transport
//! [`Inbound`]: crate::core::event::Inbound

pub mod commands;
pub mod gateway;
pub mod inbound;
pub mod pending;
pub mod render;
pub mod rest;
mod transport;
pub mod write;

pub use transport::{send_error, DiscordTransport};

use crate::config::DiscordSection;
use crate::delivery::InboundHandler;
use crate::i18n::I18n;
use anyhow::Context;
use pending::Pending;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;

/// How long after its turn an interaction may still be answered by the core's message; after
/// that the adapter closes it itself.
pub const ANSWER_GRACE: Duration = Duration::from_secs(10);

/// Builds the transport for a configuration (no network call yet).
pub fn transport(
    section: &DiscordSection,
    grace: Duration,
    i18n: Arc<I18n>,
) -> anyhow::Result<DiscordTransport> {
    let token = section
        .token
        .as_ref()
        .context("no Discord token (HAVEN_DISCORD__TOKEN)")?;
    let base = section.api_url.as_deref().unwrap_or(rest::DISCORD_URL);
    DiscordTransport::new(base, token, Arc::new(Pending::new(grace)), i18n)
        .map_err(|e| anyhow::anyhow!("building the Discord client: {e}"))
}

/// The gateway for a configuration: connects, registers the slash commands and hands every
/// interaction and message to `inbound`, until `stop` turns true. (Its dispatcher and command
/// menus are started by the composition root, `platforms`, as every platform's are.)
pub fn gateway(
    section: &DiscordSection,
    transport: Arc<DiscordTransport>,
    inbound: Arc<dyn InboundHandler>,
    i18n: Arc<I18n>,
    stop: watch::Receiver<bool>,
) -> anyhow::Result<impl Future<Output = ()> + Send + 'static> {
    let handler = gateway::Handler {
        transport,
        inbound,
        i18n,
        guild_id: section.guild_id,
    };
    let token = section.token.clone().context("no Discord token")?;
    Ok(gateway::run(
        token,
        section.api_url.clone(),
        gateway::intents(section.read_channels),
        handler,
        stop,
    ))
}
