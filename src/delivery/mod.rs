//! Delivery: from the durable outbox to a chat platform, and from a platform into the core.
//!
//! Each platform adapter implements [`Transport`] (send a rendered message, remove a message,
//! set a command menu) and hands what its users send to an [`InboundHandler`]. A dispatcher per
//! platform takes due rows from the outbox, renders them in the recipient's language, hands
//! them to the platform within its rate limits (it alone waits for them: transports never do),
//! retries what failed for now and settles what failed for good. Adapters never call back into
//! the application: everything Haven does to a chat is an outbox row.

mod chats;
pub mod dispatcher;
pub mod elected;
pub mod limiter;
pub mod limits;
mod outcome;

use crate::core::event::Inbound;
use crate::core::ids::Platform;
use crate::core::message::TextAnswer;
use crate::core::people::Lang;
use crate::core::store::Address;
use async_trait::async_trait;
use std::time::Duration;

/// A button ready to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Button {
    pub label: String,
    pub payload: String,
}

/// A message rendered for one recipient, ready for a platform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub address: Address,
    /// Plain text (adapters escape it for their markup); Markdown the school wrote appears in it
    /// as written.
    pub text: String,
    /// When the text holds Markdown the school wrote: the text in pieces, so an adapter can
    /// escape the plain ones and render the Markdown ones ([`crate::adapters::markdown`]).
    /// Empty otherwise.
    pub pieces: Vec<Piece>,
    pub buttons: Vec<Button>,
    /// The recipient's language (for anything the adapter adds itself).
    pub lang: Lang,
    /// True when the recipient reads right to left.
    pub rtl: bool,
    /// For group messages: the label of a button that opens the private chat with the bot,
    /// where the platform supports one.
    pub private_link_label: Option<String>,
    /// Set when the message asks for a typed answer: adapters may offer a better place to write
    /// it (Discord: a modal), or ignore it.
    pub expects_text: Option<TextAnswer>,
    /// True when the message carries sensitive values (a case view, stream credentials, a link
    /// code): platforms that can should stop it being forwarded or saved (Telegram:
    /// `protect_content`).
    pub protect: bool,
}

/// A piece of a rendered message's text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// Words of Haven's, or anything a person typed: never formatting.
    Plain(String),
    /// Markdown the school wrote ([`crate::core::message::Arg::Markdown`]).
    Markdown(String),
}

/// A command menu ready for a platform: each command's name (without slash) and its
/// description in the recipient's language.
pub type MenuEntries = [(String, String)];

/// Why a platform call did not succeed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// The platform asked us to wait (HTTP 429 with retry-after).
    #[error("rate limited; retry after {0:?}")]
    RetryAfter(Duration),
    /// A failure that may pass (network error, 5xx).
    #[error("temporary failure: {0}")]
    Transient(String),
    /// The recipient cannot be reached at all (blocked the bot, no such chat, DMs closed).
    #[error("unreachable: {0}")]
    Unreachable(String),
    /// The platform does not allow this (too old to delete, missing permission).
    #[error("not allowed: {0}")]
    Forbidden(String),
}

/// One chat platform's outgoing side.
#[async_trait]
pub trait Transport: Send + Sync {
    fn platform(&self) -> Platform;

    /// Sends a message; returns the platform's id for it when there is one.
    async fn send(&self, msg: &Rendered) -> Result<Option<String>, SendError>;

    /// Removes a message from a chat.
    async fn remove(&self, address: &Address, message_id: &str) -> Result<(), SendError>;

    /// Sets the command menu of the private chat at `address`; `None`: the chat has no menu of
    /// its own and shows the menu for everyone. A platform without per-chat menus accepts it
    /// and does nothing (the default).
    async fn set_chat_menu(
        &self,
        _address: &Address,
        _menu: Option<&MenuEntries>,
    ) -> Result<(), SendError> {
        Ok(())
    }

    /// Sets the menu everyone whose app is in `lang` sees; the default language's menu is the
    /// fallback for every other language. A platform without such menus accepts it and does
    /// nothing (the default).
    async fn set_menu_for_everyone(
        &self,
        _lang: Lang,
        _menu: &MenuEntries,
    ) -> Result<(), SendError> {
        Ok(())
    }

    /// How many platform requests sending `msg` takes (a platform may split a long message).
    /// The dispatcher counts each against the rate limits.
    fn requests_to_send(&self, _msg: &Rendered) -> u32 {
        1
    }

    /// How many platform requests the message with this id took to send, which is also what
    /// removing it takes.
    fn requests_for(&self, _message_id: &str) -> u32 {
        1
    }
}

/// What an adapter must still do after handing over an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handled {
    /// Nothing: the event was handled (or was a replay of one handled before), and anything
    /// it causes is in the outbox.
    Done,
    /// The database was too busy to take the event and nothing was kept. The adapter sends this
    /// apology itself (it needs no database) and leaves the update unconfirmed where the
    /// platform delivers it again (Telegram), so it is handled once the database is free.
    Busy(Rendered),
}

/// Where adapters hand inbound events. Implemented by the application.
#[async_trait]
pub trait InboundHandler: Send + Sync {
    async fn handle(&self, event: Inbound) -> Handled;
}
