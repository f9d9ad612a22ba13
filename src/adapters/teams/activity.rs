//! The parts of a Bot Framework activity Haven reads. Everything else in an activity is
//! ignored; nothing here is logged.

use serde::Deserialize;
use serde_json::Value;

/// An account in a conversation (a person or the bot).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ChannelAccount {
    /// The Teams id (`29:…` for people, `28:<app id>` for bots).
    pub id: String,
    pub name: Option<String>,
    /// The person's Entra ID object id.
    pub aad_object_id: Option<String>,
}

/// A conversation: `personal`, `groupChat` or `channel`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Conversation {
    pub id: String,
    pub conversation_type: Option<String>,
    pub tenant_id: Option<String>,
    pub is_group: Option<bool>,
}

impl Conversation {
    /// True for the one-to-one chat between a person and the bot.
    pub fn is_personal(&self) -> bool {
        match self.conversation_type.as_deref() {
            Some(kind) => kind == "personal",
            None => self.is_group != Some(true),
        }
    }
}

/// One activity.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Activity {
    #[serde(rename = "type")]
    pub kind: String,
    pub id: Option<String>,
    pub service_url: String,
    pub channel_id: Option<String>,
    pub from: ChannelAccount,
    pub conversation: Conversation,
    pub recipient: ChannelAccount,
    pub text: Option<String>,
    /// An Adaptive Card's `Action.Submit` data, merged with its inputs.
    pub value: Option<Value>,
    /// The activity this one answers (a card submit: the card's own activity).
    pub reply_to_id: Option<String>,
    pub attachments: Vec<Value>,
    pub channel_data: Option<Value>,
    pub members_added: Vec<ChannelAccount>,
    pub members_removed: Vec<ChannelAccount>,
    /// `installationUpdate`: `add` or `remove` (or `add-upgrade`, `remove-upgrade`).
    pub action: Option<String>,
    pub locale: Option<String>,
}

impl Activity {
    /// The tenant the activity comes from.
    pub fn tenant(&self) -> Option<String> {
        self.channel_data
            .as_ref()
            .and_then(|d| d.pointer("/tenant/id"))
            .and_then(Value::as_str)
            .map(str::to_string)
            .or_else(|| self.conversation.tenant_id.clone())
    }
}
