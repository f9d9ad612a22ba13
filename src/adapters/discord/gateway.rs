//! The incoming side: serenity's gateway connection, and what Haven does with each event.
//!
//! On READY the slash commands are registered (in the school's server when `guild_id` is set,
//! else globally). Each interaction is answered at once (deferred, disabled buttons, a modal, or
//! a refusal only the person sees) and then handed to the core; direct messages (and server messages, when channels are read)
//! go to the core as text.
//!
//! It never logs message text, interaction tokens or the bot token.

use super::commands;
use super::inbound::{self, Answer, Converted};
use super::pending::Open;
use super::render;
use super::rest::ApiError;
use super::transport::DiscordTransport;
use crate::core::people::Lang;
use crate::core::store::Address;
use crate::delivery::{Handled, InboundHandler, Transport};
use crate::i18n::I18n;
use async_trait::async_trait;
use reqwest::Method;
use secrecy::{ExposeSecret, SecretString};
use serenity::all::{
    ActionRow, ClientBuilder, Context, EventHandler, GatewayError, GatewayIntents, HttpBuilder,
    Interaction, Message, Ready,
};
use serenity::builder::{
    CreateAllowedMentions, CreateInteractionResponse, CreateInteractionResponseMessage,
};
use std::sync::Arc;
use tokio::sync::watch;

/// The gateway intents Haven asks for: server list, direct messages, and (only when server
/// channels are read for the leak guard) server messages with their text, which is privileged.
pub fn intents(read_channels: bool) -> GatewayIntents {
    let mut i = GatewayIntents::GUILDS | GatewayIntents::DIRECT_MESSAGES;
    if read_channels {
        i |= GatewayIntents::GUILD_MESSAGES | GatewayIntents::MESSAGE_CONTENT;
    }
    i
}

/// Registers Haven's slash commands (bulk overwrite), in one server or globally.
pub async fn register(
    transport: &DiscordTransport,
    i18n: &I18n,
    guild_id: Option<u64>,
) -> Result<(), ApiError> {
    let app = transport
        .application_id()
        .ok_or_else(|| ApiError::Network("the application id is not known yet".into()))?;
    let path = match guild_id {
        Some(g) => format!("/applications/{app}/guilds/{g}/commands"),
        None => format!("/applications/{app}/commands"),
    };
    let defs = commands::definitions(i18n);
    transport
        .rest()
        .call(Method::PUT, &path, Some(&defs))
        .await?;
    tracing::info!(
        commands = defs.len(),
        scope = if guild_id.is_some() {
            "server"
        } else {
            "global"
        },
        "Discord slash commands registered"
    );
    Ok(())
}

/// Serenity's event handler for Haven.
#[derive(Clone)]
pub struct Handler {
    pub transport: Arc<DiscordTransport>,
    pub inbound: Arc<dyn InboundHandler>,
    pub i18n: Arc<I18n>,
    pub guild_id: Option<u64>,
}

#[async_trait]
impl EventHandler for Handler {
    async fn ready(&self, _ctx: Context, ready: Ready) {
        self.transport
            .set_application_id(ready.application.id.to_string());
        tracing::info!(bot = %ready.user.name, servers = ready.guilds.len(), "connected to Discord");
        if let Some(g) = self.guild_id {
            if !ready.guilds.iter().any(|s| s.id.get() == g) {
                tracing::warn!(guild_id = g, "the bot is not in the configured server; invite it with the applications.commands and bot scopes");
            }
        }
        if let Err(e) = register(&self.transport, &self.i18n, self.guild_id).await {
            tracing::error!(error = %e, "registering Discord slash commands failed");
        }
    }

    async fn interaction_create(&self, _ctx: Context, interaction: Interaction) {
        self.interaction(interaction).await;
    }

    async fn message(&self, _ctx: Context, msg: Message) {
        if let Some(ev) = inbound::from_message(&msg) {
            let handled = self.inbound.handle(ev).await;
            self.busy(handled).await;
        }
    }
}

impl Handler {
    /// Answers an interaction at once, then hands it to the core.
    pub async fn interaction(&self, interaction: Interaction) {
        let (converted, id, token, locale, rows) = match &interaction {
            Interaction::Command(c) => (inbound::from_command(c), c.id, &c.token, &c.locale, None),
            Interaction::Component(c) => (
                inbound::from_component(c),
                c.id,
                &c.token,
                &c.locale,
                Some(&c.message.components),
            ),
            Interaction::Modal(m) => (
                inbound::from_modal(m),
                m.id,
                &m.token,
                &m.locale,
                m.message.as_ref().map(|msg| &msg.components),
            ),
            _ => return,
        };
        if let Some(app) = application_id(&interaction) {
            self.transport.set_application_id(app);
        }
        let (id, token) = (id.to_string(), SecretString::from(token.clone()));
        let response = self.response(&converted, locale, rows.map(Vec::as_slice));
        let answered = self.transport.respond(&id, &token, &response).await;
        if let Err(e) = &answered {
            tracing::warn!(error = %e, "answering a Discord interaction failed");
        }
        let Converted {
            inbound,
            answer,
            reply_to,
        } = converted;
        let Some(event) = inbound else { return };
        let Answer::Defer { ephemeral } = answer else {
            let handled = self.inbound.handle(event).await;
            self.busy(handled).await;
            return;
        };
        if answered.is_ok() {
            let open = Open::new(id.clone(), token, ephemeral, locale.clone());
            self.transport.pending().open(reply_to.clone(), open);
        }
        let handled = self.inbound.handle(event).await;
        // The apology answers the deferred interaction, as the core's reply would have.
        self.busy(handled).await;
        self.transport.pending().handled(&reply_to, &id);
        self.close_later(reply_to, id, locale.clone());
    }

    fn response(
        &self,
        converted: &Converted,
        locale: &str,
        rows: Option<&[ActionRow]>,
    ) -> CreateInteractionResponse {
        match &converted.answer {
            Answer::Defer { ephemeral } => CreateInteractionResponse::Defer(
                CreateInteractionResponseMessage::new().ephemeral(*ephemeral),
            ),
            Answer::DisableButtons { pressed } => CreateInteractionResponse::UpdateMessage(
                CreateInteractionResponseMessage::new()
                    .components(render::disabled(rows.unwrap_or_default(), pressed)),
            ),
            Answer::AskInModal { command } => match commands::find(command) {
                Some(c) => CreateInteractionResponse::Modal(commands::modal(
                    &self.i18n,
                    inbound::lang_of(locale),
                    c,
                )),
                None => CreateInteractionResponse::Acknowledge,
            },
            Answer::Write(w) => match &converted.reply_to {
                Address::Private(user) if !self.transport.writes().out_of_date(user, &w.to) => {
                    CreateInteractionResponse::Modal(w.modal(&self.i18n))
                }
                _ => self.refusal(w.lang, "discord-write-stale"),
            },
            Answer::Refuse { key } => self.refusal(inbound::lang_of(locale), key),
            Answer::Ignore => CreateInteractionResponse::Acknowledge,
        }
    }

    /// Sends the apology for an event the busy database could not take, directly (the outbox
    /// needs the database). Discord does not deliver the event again: the apology asks the
    /// person to.
    async fn busy(&self, handled: Handled) {
        if let Handled::Busy(apology) = handled {
            if let Err(e) = self.transport.send(&apology).await {
                tracing::warn!(error = %e, "could not send the apology for a busy database");
            }
        }
    }

    /// A message only the person sees, saying why nothing happens.
    fn refusal(&self, lang: Lang, key: &str) -> CreateInteractionResponse {
        CreateInteractionResponse::Message(
            CreateInteractionResponseMessage::new()
                .content(render::escape(&self.i18n.text(lang, key)))
                .allowed_mentions(CreateAllowedMentions::new())
                .ephemeral(true),
        )
    }

    /// Closes the interaction if the core's answer has not claimed it within the grace period:
    /// in a server channel with the neutral pointer, in a DM (where a pointer to the DM would
    /// make no sense) by deleting its "thinking…".
    fn close_later(&self, reply_to: Address, id: String, locale: String) {
        let transport = self.transport.clone();
        let text = matches!(reply_to, Address::Group(_))
            .then(|| self.i18n.text(inbound::lang_of(&locale), "sent-privately"));
        tokio::spawn(async move {
            tokio::time::sleep(transport.pending().grace()).await;
            if let Some(open) = transport.pending().take(&reply_to, &id) {
                if let Err(e) = transport.close(&open, text.as_deref()).await {
                    tracing::warn!(error = %e, "closing an unanswered Discord interaction failed");
                }
            }
        });
    }
}

fn application_id(i: &Interaction) -> Option<String> {
    match i {
        Interaction::Command(c) => Some(c.application_id.to_string()),
        Interaction::Component(c) => Some(c.application_id.to_string()),
        Interaction::Modal(m) => Some(m.application_id.to_string()),
        _ => None,
    }
}

/// Connects to the gateway and serves events until `stop` turns true. `api_url` replaces
/// `https://discord.com` for the HTTP calls serenity makes (the gateway address).
///
/// If Discord refuses the privileged Message Content intent (not enabled in the Developer
/// Portal), Haven carries on without reading server channels and says so in the log.
pub async fn run(
    token: SecretString,
    api_url: Option<String>,
    mut intents: GatewayIntents,
    handler: Handler,
    stop: watch::Receiver<bool>,
) {
    let channel_text = GatewayIntents::GUILD_MESSAGES | GatewayIntents::MESSAGE_CONTENT;
    loop {
        let result = connect(
            &token,
            api_url.clone(),
            intents,
            handler.clone(),
            stop.clone(),
        )
        .await;
        match result {
            Ok(()) => return,
            Err(serenity::Error::Gateway(GatewayError::DisallowedGatewayIntents))
                if intents.contains(GatewayIntents::MESSAGE_CONTENT) =>
            {
                tracing::error!(
                    "Discord refused the Message Content intent: enable it for the bot in the \
                     Developer Portal. Until then Haven serves slash commands and direct \
                     messages but cannot see server channel messages (the leak guard is blind)"
                );
                intents.remove(channel_text);
            }
            Err(e) => {
                tracing::error!(error = %e, "the Discord gateway stopped");
                return;
            }
        }
    }
}

async fn connect(
    token: &SecretString,
    api_url: Option<String>,
    intents: GatewayIntents,
    handler: Handler,
    mut stop: watch::Receiver<bool>,
) -> Result<(), serenity::Error> {
    let mut http = HttpBuilder::new(token.expose_secret());
    if let Some(url) = api_url {
        // serenity only honours a proxy with its own rate limiter off; it makes one call here.
        http = http.proxy(url).ratelimiter_disabled(true);
    }
    let mut client = ClientBuilder::new_with_http(http.build(), intents)
        .event_handler(handler)
        .await?;
    let shards = client.shard_manager.clone();
    let watcher = tokio::spawn(async move {
        while !*stop.borrow() {
            if stop.changed().await.is_err() {
                break;
            }
        }
        shards.shutdown_all().await;
    });
    let result = client.start().await;
    watcher.abort();
    result
}
