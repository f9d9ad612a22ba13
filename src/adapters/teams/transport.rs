//! The outgoing side: [`TeamsTransport`] sends each rendered message as an Adaptive Card
//! ([`super::cards`]) to the conversation its address's reference names, opening a person's
//! personal chat first when Haven has only seen them in a group, and deletes the bot's own
//! messages.
//!
//! It refuses to send a protected (sensitive) message to a group chat or channel, whatever the
//! caller; it reports a person who removed the app, or who was never seen, as unreachable; and
//! it says a person's own message cannot be deleted (Teams does not let a bot do that), so the
//! core asks the person to delete it. It never logs message text.

use super::cards;
use super::connector::{send_error, Connector};
use super::inbound::PERSON_MESSAGE;
use super::refs::Refs;
use crate::core::ids::Platform;
use crate::core::routes::ConversationRef;
use crate::core::store::Address;
use crate::delivery::{Rendered, SendError, Transport};
use crate::i18n::I18n;
use async_trait::async_trait;
use std::sync::Arc;

/// Sends to Teams through the Bot Connector.
pub struct TeamsTransport {
    pub connector: Arc<Connector>,
    pub refs: Arc<Refs>,
    i18n: Arc<I18n>,
    /// The bot's Teams id, `28:<app id>`.
    bot_id: String,
}

impl TeamsTransport {
    pub fn new(
        connector: Arc<Connector>,
        refs: Arc<Refs>,
        i18n: Arc<I18n>,
        bot_id: String,
    ) -> Self {
        TeamsTransport {
            connector,
            refs,
            i18n,
            bot_id,
        }
    }

    /// The reference for an address and its conversation id (opening a personal chat when
    /// there is none yet).
    async fn conversation(
        &self,
        address: &Address,
    ) -> Result<(ConversationRef, String), SendError> {
        let r = self
            .refs
            .get(address)
            .await
            .map_err(|e| {
                SendError::Transient(format!("reading the conversation reference: {e:#}"))
            })?
            .ok_or_else(|| SendError::Unreachable("never seen on Teams".into()))?;
        if r.removed {
            return Err(SendError::Unreachable("the person removed the app".into()));
        }
        if let Some(c) = r.conversation.clone() {
            return Ok((r, c));
        }
        let Address::Private(user) = address else {
            return Err(SendError::Unreachable(
                "no conversation for the group".into(),
            ));
        };
        let id = self
            .connector
            .create_personal(&r.service_url, &self.bot_id, user, r.tenant.as_deref())
            .await
            .map_err(send_error)?;
        if id.is_empty() {
            return Err(SendError::Transient("no conversation id came back".into()));
        }
        let mut opened = r.clone();
        opened.conversation = Some(id.clone());
        if let Err(e) = self.refs.put(opened.clone()).await {
            tracing::warn!(error = %format!("{e:#}"), "could not remember a Teams personal chat");
        }
        Ok((opened, id))
    }
}

#[async_trait]
impl Transport for TeamsTransport {
    fn platform(&self) -> Platform {
        Platform::Teams
    }

    async fn send(&self, msg: &Rendered) -> Result<Option<String>, SendError> {
        if msg.protect && matches!(msg.address, Address::Group(_)) {
            tracing::error!("a protected message addressed to a Teams group was not sent");
            return Err(SendError::Forbidden(
                "sensitive content is never sent to a group".into(),
            ));
        }
        let (r, conversation) = self.conversation(&msg.address).await?;
        let activity = cards::activity(msg, &self.i18n, &self.bot_id);
        let id = self
            .connector
            .send(&r.service_url, &conversation, &activity)
            .await
            .map_err(|e| {
                let mapped = send_error(e);
                tracing::warn!(error = %mapped, "Teams refused a message");
                mapped
            })?;
        Ok((!id.is_empty()).then_some(id))
    }

    async fn remove(&self, address: &Address, message_id: &str) -> Result<(), SendError> {
        if message_id.starts_with(PERSON_MESSAGE) {
            return Err(SendError::Forbidden(
                "a bot cannot delete a person's message in Teams".into(),
            ));
        }
        let (r, conversation) = self.conversation(address).await?;
        match self
            .connector
            .delete(&r.service_url, &conversation, message_id)
            .await
        {
            Ok(()) => Ok(()),
            Err(super::connector::ConnectorError::Status { status: 404, .. }) => Ok(()),
            Err(e) => Err(send_error(e)),
        }
    }
}
