//! What arrives from a chat platform, in the core's own terms.

use super::ids::{Account, GroupChat};

/// The platform's identity of one inbound update (Telegram's `update_id`, a Discord
/// interaction or message id, a console session's line), unique on its platform. The core
/// records it in the transaction of the turn it causes and skips an update seen before.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct UpdateKey {
    pub id: String,
    /// True when the platform delivers the update again until Haven confirms it (Telegram):
    /// an update refused because the database is busy needs no resending by the person.
    pub redelivered: bool,
}

impl UpdateKey {
    /// An update the platform never delivers twice on its own.
    pub fn once(id: impl Into<String>) -> UpdateKey {
        UpdateKey {
            id: id.into(),
            redelivered: false,
        }
    }

    /// An update the platform delivers again until it is confirmed.
    pub fn redelivered(id: impl Into<String>) -> UpdateKey {
        UpdateKey {
            id: id.into(),
            redelivered: true,
        }
    }
}

/// Where a message was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// The one-to-one chat between the bot and the sender.
    Private,
    /// A group chat, channel or server thread.
    Group(GroupChat),
}

/// What was sent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A command such as `/concern`, without the slash, lower-cased, with its arguments.
    Command { name: String, args: String },
    /// Free text.
    Text(String),
    /// Free text written for one question outside the chat (a Discord modal), with the
    /// question's reference from its text hint ([`TextAnswer::to`]). It answers that question
    /// only: if the form has moved on, nothing changes and the person gets their text back.
    /// Platforms where answers are simply typed never produce it.
    ///
    /// [`TextAnswer::to`]: super::message::TextAnswer::to
    Answer { to: String, text: String },
    /// A button press, carrying the payload the button was given.
    Button(String),
    /// A photo, file, sticker, voice note or other non-text message.
    Attachment,
    /// An edit of an earlier message.
    Edited,
}

impl Input {
    /// Reads a typed line: `/name args` is a command (`/name@bot` accepted), anything else text.
    pub fn from_text(text: &str) -> Input {
        let trimmed = text.trim();
        if let Some(rest) = trimmed.strip_prefix('/') {
            let (head, args) = rest.split_once(char::is_whitespace).unwrap_or((rest, ""));
            let name = head.split('@').next().unwrap_or("").to_ascii_lowercase();
            if !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                return Input::Command {
                    name,
                    args: args.trim().to_string(),
                };
            }
        }
        Input::Text(text.to_string())
    }
}

/// One inbound event.
#[derive(Debug, Clone)]
pub struct Inbound {
    /// Who sent it.
    pub from: Account,
    /// Where.
    pub place: Place,
    /// What.
    pub input: Input,
    /// The platform's id of the inbound message (so the core can ask for its removal).
    pub message_id: Option<String>,
    /// The platform's identity of the update, so that a replay is handled only once. `None`
    /// for events no platform can replay (a test's, a benchmark's).
    pub update: Option<UpdateKey>,
    /// The organisation a group belongs to on its platform (a Discord server, a Teams tenant),
    /// when the platform says: a trust's schools are told apart by it.
    pub org: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_are_split_from_their_arguments() {
        assert_eq!(
            Input::from_text("/link  AB12-CD34 "),
            Input::Command {
                name: "link".into(),
                args: "AB12-CD34".into()
            }
        );
        assert_eq!(
            Input::from_text("/Concern@HavenBot"),
            Input::Command {
                name: "concern".into(),
                args: "".into()
            }
        );
    }

    #[test]
    fn text_that_only_looks_like_a_command_stays_text() {
        assert_eq!(Input::from_text("/ hello"), Input::Text("/ hello".into()));
        assert_eq!(
            Input::from_text("and/or maybe"),
            Input::Text("and/or maybe".into())
        );
    }
}
