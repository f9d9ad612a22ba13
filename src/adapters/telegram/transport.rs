//! The outgoing side: [`TelegramTransport`] sends rendered messages, removes messages and
//! publishes command menus through the Bot API.
//!
//! It never logs message text or the token, never sets `parse_mode` (text is always plain) and
//! never sends a message without first waiting for the rate limiter.

use super::config::TelegramConfig;
use super::errors;
use super::render;
use crate::core::ids::Platform;
use crate::core::store::Address;
use crate::delivery::limits::Limiter;
use crate::delivery::{Menu, MenuScope, Rendered, SendError, Transport};
use async_trait::async_trait;
use secrecy::ExposeSecret;
use std::sync::RwLock;
use std::time::Duration;
use teloxide::payloads::{SendMessageSetters, SetMyCommandsSetters};
use teloxide::prelude::Requester;
use teloxide::types::{
    BotCommand, BotCommandScope, ChatId, LinkPreviewOptions, MessageId, Recipient,
};
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

/// Sends to Telegram within its rate limits. One per bot token.
pub struct TelegramTransport {
    bot: Bot,
    limiter: Limiter,
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
            limiter: Limiter::new(config.rate_limits),
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

    /// Publishes command menus (`setMyCommands`), one call per menu. Invalid entries are logged
    /// and left out; the first failing call stops and is returned.
    pub async fn publish_menus(&self, menus: &[Menu]) -> Result<(), SendError> {
        for menu in menus {
            let commands: Vec<BotCommand> = menu.commands.iter().filter_map(command).collect();
            let mut req = self
                .bot
                .set_my_commands(commands)
                .scope(scope(&menu.scope)?);
            if let Some(code) = menu.lang.as_deref().and_then(language_code) {
                req = req.language_code(code);
            }
            req.await.map_err(|e| errors::send_error(&e))?;
        }
        Ok(())
    }

    async fn send_part(
        &self,
        address: &Address,
        chat: i64,
        text: String,
        markup: Option<teloxide::types::InlineKeyboardMarkup>,
    ) -> Result<MessageId, SendError> {
        // Each part counts against Telegram's limits, so the adapter (not the dispatcher)
        // waits before every part.
        self.limiter.until_ready(address).await;
        let mut req = self
            .bot
            .send_message(ChatId(chat), text)
            .link_preview_options(no_preview());
        if let Some(markup) = markup {
            req = req.reply_markup(markup);
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
        let parts = render::text_parts(msg);
        let mut markup = render::keyboard(msg, self.bot_username().as_deref());
        let last = parts.len().saturating_sub(1);
        let mut ids = Vec::new();
        for (i, part) in parts.into_iter().enumerate() {
            let buttons = if i == last { markup.take() } else { None };
            match self.send_part(&msg.address, chat, part, buttons).await {
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

fn scope(scope: &MenuScope) -> Result<BotCommandScope, SendError> {
    Ok(match scope {
        MenuScope::Default => BotCommandScope::Default,
        MenuScope::Private(account) => {
            let (_, chat) = chat_of(&Address::Private(account.clone()))?;
            BotCommandScope::Chat {
                chat_id: Recipient::Id(ChatId(chat)),
            }
        }
    })
}

/// A menu entry Telegram accepts: 1-32 of `a-z 0-9 _`, description 1-256 characters.
fn command((name, description): &(String, String)) -> Option<BotCommand> {
    let name_ok = (1..=32).contains(&name.len())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    let description = description.trim();
    let len = description.chars().count();
    if !name_ok || !(1..=256).contains(&len) {
        tracing::error!(command = %name, "menu entry Telegram would refuse; left out");
        return None;
    }
    Some(BotCommand::new(name.clone(), description.to_string()))
}

/// Telegram wants a two-letter ISO 639-1 code: `pl-PL` → `pl`, `cy` → `cy`.
fn language_code(tag: &str) -> Option<String> {
    let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
    (primary.len() == 2 && primary.bytes().all(|b| b.is_ascii_lowercase())).then_some(primary)
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

    #[test]
    fn menu_entries_follow_telegrams_rules() {
        assert!(command(&("concern".into(), "Report a concern".into())).is_some());
        assert!(command(&("Concern".into(), "Report".into())).is_none());
        assert!(command(&("aup".into(), " ".into())).is_none());
    }

    #[test]
    fn language_tags_become_two_letter_codes() {
        assert_eq!(language_code("en-GB").as_deref(), Some("en"));
        assert_eq!(language_code("cy").as_deref(), Some("cy"));
        assert_eq!(language_code("fil"), None);
    }
}
