//! Delivery: from the durable outbox to a chat platform, and from a platform into the core.
//!
//! Each platform adapter implements [`Transport`] (send a rendered message, remove a message)
//! and hands what its users send to an [`InboundHandler`]. A dispatcher per platform takes due
//! rows from the outbox, renders them in the recipient's language, sends them within the
//! platform's rate limits (it alone waits for them: transports never do), retries what failed
//! for now and settles what failed for good.

mod chats;
pub mod dispatcher;
pub mod limiter;
pub mod limits;
mod outcome;

use crate::core::event::Inbound;
use crate::core::ids::{Account, Platform};
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
    /// Plain text (adapters escape it for their markup).
    pub text: String,
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

/// Where a platform's command menu applies.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum MenuScope {
    /// Everyone, in every chat.
    Default,
    /// One person's private chat (the platform's account id).
    Private(String),
}

/// A command menu: the commands a kind of person sees, in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Menu {
    pub scope: MenuScope,
    /// A language tag such as `pl`; `None` for the fallback menu.
    pub lang: Option<String>,
    /// Command name (without slash) and its localised description.
    pub commands: Vec<(String, String)>,
}

/// The command menu one person's private chat should show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChatMenu {
    /// No menu of its own: the chat shows the menus for everyone.
    Everyone,
    /// A menu of its own (the staff commands, in the person's language).
    Own(Menu),
}

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

    /// The menu `account`'s private chat should show now, for adapters that keep command menus
    /// in step with who is linked. `None` (the default) means this handler keeps no menus, or
    /// could not tell: the adapter then leaves the chat's menu as it is.
    async fn chat_menu(&self, _account: &Account) -> Option<ChatMenu> {
        None
    }
}
