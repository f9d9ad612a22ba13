//! The outgoing side: [`DiscordTransport`] sends rendered messages to direct messages and
//! server channels, answers interactions, and removes messages.
//!
//! A message to an address with an open interaction (see [`super::pending`]) becomes that
//! interaction's answer; anything else is posted: to a person through their DM channel
//! (created on first use and remembered), to a group in its channel. Every message goes out with
//! no mentions allowed and without link previews. A DM asking for a typed answer gets a write
//! button first (see [`super::write`]).
//!
//! It never logs message text, tokens or interaction tokens.

use super::pending::{Open, Pending};
use super::render::{self, Part};
use super::rest::{codes, ApiError, Rest};
use super::write::{self, Write};
use crate::core::ids::Platform;
use crate::core::store::Address;
use crate::delivery::{Rendered, SendError, Transport};
use crate::i18n::I18n;
use async_trait::async_trait;
use reqwest::Method;
use secrecy::{ExposeSecret, SecretString};
use serde_json::{json, Value};
use serenity::all::MessageFlags;
use serenity::builder::{
    CreateAllowedMentions, CreateInteractionResponse, CreateInteractionResponseFollowup,
    CreateMessage, EditInteractionResponse,
};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex, RwLock};

/// Sends to Discord. One per bot token; shared by the dispatcher and the gateway handler.
pub struct DiscordTransport {
    rest: Rest,
    pending: Arc<Pending>,
    i18n: Arc<I18n>,
    writes: write::Shown,
    dm_channels: Mutex<HashMap<String, String>>,
    application_id: RwLock<Option<String>>,
}

impl DiscordTransport {
    /// A transport for the API at `base_url` (`https://discord.com`, or a fake); `i18n` labels
    /// what the adapter adds itself (write buttons).
    pub fn new(
        base_url: &str,
        token: &SecretString,
        pending: Arc<Pending>,
        i18n: Arc<I18n>,
    ) -> Result<Self, ApiError> {
        Ok(DiscordTransport {
            rest: Rest::new(base_url, token)?,
            pending,
            i18n,
            writes: write::Shown::default(),
            dm_channels: Mutex::default(),
            application_id: RwLock::new(None),
        })
    }

    /// The REST client, for command registration.
    pub fn rest(&self) -> &Rest {
        &self.rest
    }

    /// The interactions waiting for an answer.
    pub fn pending(&self) -> &Arc<Pending> {
        &self.pending
    }

    /// Which question each person was last offered a write button for.
    pub fn writes(&self) -> &write::Shown {
        &self.writes
    }

    /// `msg` with a write button first when it asks a person for a typed answer to a question;
    /// notes that question as the person's newest with a write button.
    fn with_write_button<'a>(&self, msg: &'a Rendered) -> Cow<'a, Rendered> {
        let Address::Private(user) = &msg.address else {
            return Cow::Borrowed(msg);
        };
        let Some(w) = msg
            .expects_text
            .as_ref()
            .and_then(|hint| Write::new(msg.lang, hint))
        else {
            return Cow::Borrowed(msg);
        };
        self.writes.sent(user, &w.to);
        let mut with = msg.clone();
        with.buttons.insert(0, w.button(&self.i18n));
        Cow::Owned(with)
    }

    /// Learns the application's id (from READY or an interaction); answers need it.
    pub fn set_application_id(&self, id: String) {
        if let Ok(mut slot) = self.application_id.write() {
            *slot = Some(id);
        }
    }

    /// The application's id, once known.
    pub fn application_id(&self) -> Option<String> {
        self.application_id.read().ok().and_then(|a| a.clone())
    }

    /// Answers an interaction (`POST /interactions/{id}/{token}/callback`).
    pub async fn respond(
        &self,
        id: &str,
        token: &SecretString,
        response: &CreateInteractionResponse,
    ) -> Result<(), ApiError> {
        let path = format!("/interactions/{id}/{}/callback", token.expose_secret());
        self.rest.call(Method::POST, &path, Some(response)).await?;
        Ok(())
    }

    /// Closes an interaction nobody answered: an ephemeral one given a `text` (in a server
    /// channel) shows it, any other one's "thinking…" message is deleted.
    pub async fn close(&self, open: &Open, text: Option<&str>) -> Result<(), ApiError> {
        let path = self.original(open)?;
        match text.filter(|_| open.ephemeral) {
            Some(text) => {
                let edit = EditInteractionResponse::new()
                    .content(render::escape(text))
                    .allowed_mentions(CreateAllowedMentions::new());
                self.rest.call(Method::PATCH, &path, Some(&edit)).await?;
            }
            None => {
                self.rest.call::<()>(Method::DELETE, &path, None).await?;
            }
        }
        Ok(())
    }

    fn original(&self, open: &Open) -> Result<String, ApiError> {
        let app = self
            .application_id()
            .ok_or_else(|| ApiError::Network("the application id is not known yet".into()))?;
        Ok(format!(
            "/webhooks/{app}/{}/messages/@original",
            open.token.expose_secret()
        ))
    }

    /// Sends the parts as the interaction's answer: the first edits the deferred answer, the
    /// rest follow it (ephemeral like it).
    async fn answer(&self, open: &Open, parts: &[Part]) -> Result<Vec<String>, ApiError> {
        let original = self.original(open)?;
        let mut ids = Vec::new();
        for (i, part) in parts.iter().enumerate() {
            let sent = if i == 0 {
                let mut edit = EditInteractionResponse::new()
                    .allowed_mentions(CreateAllowedMentions::new())
                    .components(part.rows.clone());
                if let Some(c) = &part.content {
                    edit = edit.content(c.clone());
                }
                self.rest
                    .call(Method::PATCH, &original, Some(&edit))
                    .await?
            } else {
                let mut f = CreateInteractionResponseFollowup::new()
                    .allowed_mentions(CreateAllowedMentions::new())
                    .ephemeral(open.ephemeral)
                    .components(part.rows.clone());
                if let Some(c) = &part.content {
                    f = f.content(c.clone());
                }
                let app = self.application_id().unwrap_or_default();
                let path = format!("/webhooks/{app}/{}", open.token.expose_secret());
                self.rest.call(Method::POST, &path, Some(&f)).await?
            };
            ids.extend(message_id(&sent));
        }
        Ok(ids)
    }

    /// The DM channel with a user, created on first use.
    async fn dm_channel(&self, user: &str) -> Result<String, ApiError> {
        if let Some(c) = self.dms().get(user) {
            return Ok(c.clone());
        }
        let body = json!({ "recipient_id": user });
        let channel = self
            .rest
            .call(Method::POST, "/users/@me/channels", Some(&body))
            .await?;
        let id = message_id(&channel)
            .ok_or_else(|| ApiError::Network("Discord returned a DM channel without id".into()))?;
        self.dms().insert(user.to_string(), id.clone());
        Ok(id)
    }

    async fn channel_of(&self, address: &Address) -> Result<String, ApiError> {
        match address {
            Address::Private(user) => self.dm_channel(user).await,
            Address::Group(channel) => Ok(channel.clone()),
            Address::Everyone => Err(ApiError::Refused {
                status: 404,
                code: codes::UNKNOWN_CHANNEL,
                message: "a menu for everyone is in no channel".into(),
            }),
        }
    }

    async fn post(&self, channel: &str, parts: &[Part]) -> Result<Vec<String>, ApiError> {
        let mut ids = Vec::new();
        for part in parts {
            let mut m = CreateMessage::new()
                .allowed_mentions(CreateAllowedMentions::new())
                .flags(MessageFlags::SUPPRESS_EMBEDS);
            if let Some(c) = &part.content {
                m = m.content(c.clone());
            }
            if !part.rows.is_empty() {
                m = m.components(part.rows.clone());
            }
            let path = format!("/channels/{channel}/messages");
            match self.rest.call(Method::POST, &path, Some(&m)).await {
                Ok(sent) => ids.extend(message_id(&sent)),
                Err(e) => {
                    // The dispatcher retries the whole message: take back the parts already
                    // posted so the person does not get them twice.
                    for id in &ids {
                        let path = format!("/channels/{channel}/messages/{id}");
                        if self
                            .rest
                            .call::<()>(Method::DELETE, &path, None)
                            .await
                            .is_err()
                        {
                            tracing::warn!("could not take back part of a message that failed");
                        }
                    }
                    return Err(e);
                }
            }
        }
        Ok(ids)
    }

    fn dms(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        self.dm_channels.lock().unwrap_or_else(|e| e.into_inner())
    }
}

fn message_id(v: &Value) -> Option<String> {
    v.get("id").and_then(Value::as_str).map(str::to_string)
}

/// What a failed call means for a delivery.
pub fn send_error(e: ApiError) -> SendError {
    match e {
        ApiError::RateLimited { retry_after, .. } => SendError::RetryAfter(retry_after),
        ApiError::Network(m) => SendError::Transient(m),
        ApiError::Refused {
            status,
            code,
            ref message,
            ..
        } => match code {
            codes::CANNOT_SEND_TO_USER | codes::UNKNOWN_USER | codes::UNKNOWN_CHANNEL => {
                SendError::Unreachable(format!("{message} ({code})"))
            }
            codes::MISSING_PERMISSIONS | codes::MISSING_ACCESS | codes::NOT_IN_DM => {
                SendError::Forbidden(format!("{message} ({code})"))
            }
            _ if status == 401 || status >= 500 || status == 408 => {
                SendError::Transient(e.to_string())
            }
            _ if status == 404 => SendError::Unreachable(e.to_string()),
            _ => SendError::Forbidden(e.to_string()),
        },
    }
}

#[async_trait]
impl Transport for DiscordTransport {
    fn platform(&self) -> Platform {
        Platform::Discord
    }

    async fn send(&self, msg: &Rendered) -> Result<Option<String>, SendError> {
        let parts = render::layout(&self.with_write_button(msg));
        if parts.is_empty() {
            return Ok(None);
        }
        if let Some(open) = self.pending.claim(&msg.address) {
            match self.answer(&open, &parts).await {
                Ok(ids) => return Ok(joined(ids)),
                Err(e) => {
                    tracing::warn!(error = %e, "answering an interaction failed; posting instead")
                }
            }
        }
        let channel = self.channel_of(&msg.address).await.map_err(send_error)?;
        let ids = self.post(&channel, &parts).await.map_err(|e| {
            let mapped = send_error(e);
            tracing::warn!(error = %mapped, "Discord refused a message");
            mapped
        })?;
        Ok(joined(ids))
    }

    async fn remove(&self, address: &Address, message_id: &str) -> Result<(), SendError> {
        let channel = self.channel_of(address).await.map_err(send_error)?;
        for id in message_id.split(',').filter(|s| !s.is_empty()) {
            let path = format!("/channels/{channel}/messages/{id}");
            match self.rest.call::<()>(Method::DELETE, &path, None).await {
                Ok(_) => {}
                Err(e) if e.code() == Some(codes::UNKNOWN_MESSAGE) => {}
                Err(e) => {
                    let mapped = send_error(e);
                    if matches!(mapped, SendError::Forbidden(_))
                        && matches!(address, Address::Group(_))
                    {
                        tracing::warn!(
                            "cannot delete a message: the bot needs the Manage Messages permission in that channel"
                        );
                    }
                    return Err(mapped);
                }
            }
        }
        Ok(())
    }

    // Command menus: the trait's defaults accept and ignore them. Discord's slash commands are
    // registered once for the whole application (`gateway`, from `commands::COMMANDS`), the same
    // for everyone, with descriptions localised when they are registered.
}

/// Several Discord messages make one Haven message; their ids travel together.
fn joined(ids: Vec<String>) -> Option<String> {
    (!ids.is_empty()).then(|| ids.join(","))
}
