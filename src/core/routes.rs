//! The storage port for conversation references: what a platform that addresses a chat by more
//! than an id needs to write to an account or a group later (Microsoft Teams: the service URL of
//! the tenant's region and the conversation's id), remembered when the account or group is first
//! seen so that Haven can write to someone who has not written recently.
//!
//! The core never reads these; only the adapter that needs them does, through the same
//! transactions as everything else. A reference holds no message content. The console keeps
//! here, sealed, the buttons each of its accounts was last shown, so that they still work
//! after a restart as buttons in a Telegram or Discord chat do.

use super::ids::{Address, SchoolId};
use async_trait::async_trait;
use chrono::{DateTime, Utc};

use super::fault::StoreResult as Result;

/// Where and how to reach one account's private chat or one group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConversationRef {
    /// The account (private) or the group, as the core addresses it.
    pub address: Address,
    /// The base URL of the platform's service for this conversation.
    pub service_url: String,
    /// The conversation's id; `None` for an account whose private chat has not been opened yet.
    pub conversation: Option<String>,
    /// The organisation (Teams: the Microsoft 365 tenant) the account or group belongs to.
    pub tenant: Option<String>,
    /// The account's directory id (Teams: the Entra ID object id), when the platform gives one.
    pub directory_id: Option<String>,
    /// True once the person removed the app: nothing can reach them until they add it again.
    pub removed: bool,
}

/// Reading and remembering conversation references.
#[async_trait]
pub trait RoutesTx: Send {
    /// The school's reference for an address, if one was seen.
    async fn conversation_ref(
        &mut self,
        school: SchoolId,
        address: &Address,
    ) -> Result<Option<ConversationRef>>;
    /// Remembers a reference for the school (replacing the one for its address).
    async fn save_conversation_ref(
        &mut self,
        school: SchoolId,
        reference: &ConversationRef,
        now: DateTime<Utc>,
    ) -> Result<()>;
    /// The console: the payloads of the buttons on the latest message with buttons that the
    /// console account received (kept sealed), or `None`.
    async fn console_buttons(
        &mut self,
        school: SchoolId,
        account: &str,
    ) -> Result<Option<Vec<String>>>;
    /// The console: remembers the buttons a console account was last shown.
    async fn save_console_buttons(
        &mut self,
        school: SchoolId,
        account: &str,
        payloads: &[String],
        now: DateTime<Utc>,
    ) -> Result<()>;
}
