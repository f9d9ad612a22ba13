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
//! - [`start`] runs both for a configuration; a missing token means it is never called.
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

use crate::app::App;
use crate::config::DiscordSection;
use crate::delivery::limits::LimitSettings;
use crate::i18n::I18n;
use anyhow::Context;
use pending::Pending;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;
use tokio::task::JoinSet;

/// How long after its turn an interaction may still be answered by the core's message; after
/// that the adapter closes it itself.
pub const ANSWER_GRACE: Duration = Duration::from_secs(10);
/// How often the dispatcher looks at the outbox when nothing woke it.
pub const POLL: Duration = Duration::from_secs(1);

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

/// Starts the Discord dispatcher and gateway for `app`; both stop when `stop` turns true.
pub fn start(
    section: &DiscordSection,
    app: &App,
    stop: watch::Receiver<bool>,
    tasks: &mut JoinSet<()>,
) -> anyhow::Result<Arc<DiscordTransport>> {
    start_with_grace(section, app, stop, tasks, ANSWER_GRACE)
}

/// As [`start`], closing unanswered interactions `grace` after their turn (tests shorten it).
pub fn start_with_grace(
    section: &DiscordSection,
    app: &App,
    stop: watch::Receiver<bool>,
    tasks: &mut JoinSet<()>,
    grace: Duration,
) -> anyhow::Result<Arc<DiscordTransport>> {
    let transport = Arc::new(transport(section, grace, app.i18n.clone())?);
    let limits = section.limits.over(&LimitSettings::DISCORD);
    let dispatcher = app.dispatcher(transport.clone(), limits);
    tasks.spawn(dispatcher.run(app.wake.clone(), stop.clone(), POLL));
    let handler = gateway::Handler {
        transport: transport.clone(),
        inbound: Arc::new(app.clone()),
        i18n: app.i18n.clone(),
        guild_id: section.guild_id,
    };
    let token = section.token.clone().context("no Discord token")?;
    tasks.spawn(gateway::run(
        token,
        section.api_url.clone(),
        gateway::intents(section.read_channels),
        handler,
        stop,
    ));
    Ok(transport)
}
