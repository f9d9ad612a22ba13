//! The outgoing side: [`TelegramTransport`] sends rendered messages, removes messages and sets
//! command menus through the Bot API (the menus' entries are checked in [`super::commands`]).
//!
//! It never logs message text or the token, sets `parse_mode` (HTML) only for a message
//! [`render::html`] formatted (Markdown the school wrote, everything else escaped), and
//! never waits for rate limits: the dispatcher does, counting each part of a split message
//! ([`Transport::requests_to_send`]).

use super::config::TelegramConfig;
use super::errors;
use super::{commands, render};
use crate::core::ids::Platform;
use crate::core::people::Lang;
use crate::core::store::Address;
use crate::delivery::{MenuEntries, Rendered, SendError, Transport};
use async_trait::async_trait;
use secrecy::ExposeSecret;
use std::sync::RwLock;
use std::time::Duration;
use teloxide::payloads::{DeleteMyCommandsSetters, SendMessageSetters, SetMyCommandsSetters};
use teloxide::prelude::Requester;
use teloxide::types::{BotCommandScope, ChatId, LinkPreviewOptions, MessageId, Recipient};
use teloxide::{Bot, RequestError};

/// Long-poll wait asked of Telegram, in seconds; the HTTP client waits longer than this.
pub const POLL_TIMEOUT_SECS: u32 = 25;

/// Why the adapter could not start or had to stop.
#[derive(Debug, thiserror::Error)]
pub enum TelegramError {
    /// Telegram refused the token (401): it is wrong or was revoked in BotFather.
    #[error("Telegram refused the bot token (401 Unauthorized); check HAVEN_TELEGRAM__TOKEN")]
    Unauthorized,
    /// The HTTP client could not be built.
    #[error("could not build the HTTP client: {0}")]
    Client(String),
    /// The webhook could not be registered or served.
    #[error("webhook: {0}")]
    Webhook(String),
    /// Another call failed at start-up.
    #[error("Telegram API call failed: {0}")]
    Api(String),
}

impl From<RequestError> for TelegramError {
    fn from(err: RequestError) -> Self {
        if errors::is_unauthorized(&err) {
            TelegramError::Unauthorized
        } else {
            TelegramError::Api(err.to_string())
        }
    }
}

/// Sends to Telegram. One per bot token.
pub struct TelegramTransport {
    bot: Bot,
    username: RwLock<Option<String>>,
}

impl TelegramTransport {
    /// Builds the client for `config` (no network call yet).
    pub fn new(config: &TelegramConfig) -> Result<Self, TelegramError> {
        let client = teloxide::net::default_reqwest_settings()
            .timeout(Duration::from_secs(u64::from(POLL_TIMEOUT_SECS) + 15))
            .build()
            .map_err(|e| TelegramError::Client(e.to_string()))?;
        let mut bot = Bot::with_client(config.token.expose_secret(), client);
        if let Some(url) = &config.api_url {
            bot = bot.set_api_url(url.clone());
        }
        Ok(Self {
            bot,
            username: RwLock::new(config.bot_username.clone()),
        })
    }

    /// The underlying teloxide bot, for the poller and the webhook.
    pub fn bot(&self) -> &Bot {
        &self.bot
    }

    /// The bot's @username (without `@`), configured or learned from [`Self::identify`].
    pub fn bot_username(&self) -> Option<String> {
        self.username.read().ok().and_then(|u| u.clone())
    }

    /// Asks Telegram who the bot is (`getMe`), which also proves the token works. Learns the
    /// username when none was configured, and warns when group privacy mode is on.
    pub async fn identify(&self) -> Result<String, TelegramError> {
        let me = self.bot.get_me().await?;
        let name = me.user.username.clone().unwrap_or_default();
        if !me.can_read_all_group_messages {
            tracing::warn!(
                bot = %name,
                "group privacy mode is on: commands still arrive, but the leak guard cannot see \
                 other group messages (turn privacy off in BotFather and make the bot an admin)"
            );
        }
        if let Ok(mut slot) = self.username.write() {
            slot.get_or_insert_with(|| name.clone());
        }
        tracing::info!(bot = %name, "Telegram bot identified");
        Ok(name)
    }

    async fn send_part(
        &self,
        chat: i64,
        text: String,
        markup: Option<teloxide::types::InlineKeyboardMarkup>,
        protect: bool,
        html: bool,
    ) -> Result<MessageId, SendError> {
        let mut req = self
            .bot
            .send_message(ChatId(chat), text)
            .link_preview_options(no_preview());
        if html {
            req = req.parse_mode(teloxide::types::ParseMode::Html);
        }
        if let Some(markup) = markup {
            req = req.reply_markup(markup);
        }
        if protect {
            // Sensitive content: Telegram stops it being forwarded or saved.
            req = req.protect_content(true);
        }
        let sent = req.await.map_err(|e| {
            let mapped = errors::send_error(&e);
            tracing::warn!(chat, error = %mapped, "Telegram sendMessage failed");
            mapped
        })?;
        Ok(sent.id)
    }

    /// Deletes the parts of a message that could not be sent whole (best effort).
    async fn take_back(&self, chat: i64, sent: &[MessageId]) {
        for id in sent {
            if let Err(e) = self.bot.delete_message(ChatId(chat), *id).await {
                tracing::warn!(chat, error = %e, "could not take back part of a message");
            }
        }
    }
}

#[async_trait]
impl Transport for TelegramTransport {
    fn platform(&self) -> Platform {
        Platform::Telegram
    }

    async fn send(&self, msg: &Rendered) -> Result<Option<String>, SendError> {
        let (_, chat) = chat_of(&msg.address)?;
        let html = render::html(msg);
        let is_html = html.is_some();
        let parts = html.map_or_else(|| render::text_parts(msg), |h| vec![h]);
        let mut markup = render::keyboard(msg, self.bot_username().as_deref());
        let last = parts.len().saturating_sub(1);
        let mut ids = Vec::new();
        for (i, part) in parts.into_iter().enumerate() {
            let buttons = if i == last { markup.take() } else { None };
            match self
                .send_part(chat, part, buttons, msg.protect, is_html)
                .await
            {
                Ok(id) => ids.push(id),
                Err(e) => {
                    // The whole message will be sent again: take back the parts already
                    // sent, so that nobody gets them twice and none is left behind when the
                    // message is removed later.
                    self.take_back(chat, &ids).await;
                    return Err(e);
                }
            }
        }
        Ok(joined(&ids))
    }

    /// One `sendMessage` per part of a long message.
    fn requests_to_send(&self, msg: &Rendered) -> u32 {
        match render::html(msg) {
            Some(_) => 1,
            None => render::text_parts(msg).len().max(1) as u32,
        }
    }

    /// One part per id in a joined id (see [`joined`]).
    fn requests_for(&self, message_id: &str) -> u32 {
        message_id.split(',').count() as u32
    }

    /// Removes every Telegram message one Haven message became (see [`joined`]). A part that
    /// cannot be removed does not stop the others; the first failure is returned.
    async fn remove(&self, address: &Address, message_id: &str) -> Result<(), SendError> {
        let (_, chat) = chat_of(address)?;
        let ids: Vec<i32> = message_id
            .split(',')
            .map(str::parse)
            .collect::<Result<_, _>>()
            .map_err(|_| SendError::Forbidden("not a Telegram message id".into()))?;
        let mut outcome = Ok(());
        for id in ids {
            let removed = match self.bot.delete_message(ChatId(chat), MessageId(id)).await {
                Ok(_) => Ok(()),
                Err(e) => errors::remove_error(&e),
            };
            outcome = outcome.and(removed);
        }
        outcome
    }

    /// `setMyCommands` for the chat's scope, or `deleteMyCommands` there so that the chat
    /// shows the menus for everyone again.
    async fn set_chat_menu(
        &self,
        address: &Address,
        menu: Option<&MenuEntries>,
    ) -> Result<(), SendError> {
        let (_, chat) = chat_of(address)?;
        let scope = BotCommandScope::Chat {
            chat_id: Recipient::Id(ChatId(chat)),
        };
        let result = match menu {
            Some(menu) => {
                let req = self.bot.set_my_commands(commands::entries(menu));
                req.scope(scope).await.map(|_| ())
            }
            None => self.bot.delete_my_commands().scope(scope).await.map(|_| ()),
        };
        result.map_err(|e| {
            let mapped = errors::send_error(&e);
            tracing::warn!(chat, error = %mapped, "could not set a chat's command menu");
            mapped
        })
    }

    /// `setMyCommands` for the default scope: with the language's code, or without one (the
    /// fallback for every language) for the default language.
    async fn set_menu_for_everyone(&self, lang: Lang, menu: &MenuEntries) -> Result<(), SendError> {
        let mut req = self
            .bot
            .set_my_commands(commands::entries(menu))
            .scope(BotCommandScope::Default);
        if lang != Lang::default() {
            if let Some(code) = commands::language_code(lang.tag()) {
                req = req.language_code(code);
            }
        }
        req.await.map(|_| ()).map_err(|e| {
            let mapped = errors::send_error(&e);
            tracing::warn!(error = %mapped, "could not set the command menu for everyone");
            mapped
        })
    }
}

/// The ids of the Telegram messages one Haven message was split into, as one id for the
/// outbox: `"41,42,43"`. Removing it later removes every part.
fn joined(ids: &[MessageId]) -> Option<String> {
    let ids: Vec<String> = ids.iter().map(|m| m.0.to_string()).collect();
    (!ids.is_empty()).then(|| ids.join(","))
}

/// What kind of chat an address names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChatKind {
    Private,
    Group,
}

/// The chat an address names, and its kind.
pub fn chat_of(address: &Address) -> Result<(ChatKind, i64), SendError> {
    let (kind, id) = match address {
        Address::Private(id) => (ChatKind::Private, id),
        Address::Group(id) => (ChatKind::Group, id),
        Address::Everyone => return Err(SendError::Unreachable("not a Telegram chat".into())),
    };
    id.parse()
        .map(|chat| (kind, chat))
        .map_err(|_| SendError::Unreachable("not a Telegram chat id".into()))
}

fn no_preview() -> LinkPreviewOptions {
    LinkPreviewOptions {
        is_disabled: true,
        url: None,
        prefer_small_media: false,
        prefer_large_media: false,
        show_above_text: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_become_chat_ids() {
        assert_eq!(
            chat_of(&Address::Private("42".into())),
            Ok((ChatKind::Private, 42))
        );
        assert_eq!(
            chat_of(&Address::Group("-1001234".into())),
            Ok((ChatKind::Group, -1001234))
        );
        assert!(matches!(
            chat_of(&Address::Group("general".into())),
            Err(SendError::Unreachable(_))
        ));
    }
}
