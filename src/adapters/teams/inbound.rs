//! What people do in Teams, in the core's terms: pure conversions from activities to
//! [`Inbound`] events.
//!
//! - A `message` in a personal chat is a private event; in a group chat or a channel it is a
//!   group event (the core answers commands there only with a neutral pointer), its
//!   `<at>…</at>` mentions of the bot taken out.
//! - An Adaptive Card's `Action.Submit` arrives as a `message` with a `value`: a button's
//!   payload ([`Input::Button`]), or a typed answer to a question ([`Input::Answer`], never
//!   plain text: the core takes it only while that question is current).
//! - The bot added to a group (`conversationUpdate`) or installed for a person
//!   (`installationUpdate`) is `/start` there: the core welcomes, and in a group answers only
//!   with its neutral pointer.
//!
//! Ids: an account is the person's Teams id (`29:…`), a group is the conversation id without a
//! channel thread's `;messageid=…`. The update key is the activity id, so an activity Teams
//! sends again is handled once. A typed message's id reaches the core as `u:<id>`: a bot cannot
//! delete a person's message in Teams, and the transport says so when asked.
//!
//! Nothing here logs message text.

use super::activity::Activity;
use super::cards::{ANSWER_LANG, ANSWER_TEXT, ANSWER_TO, PAYLOAD};
use crate::core::event::{Inbound, Input, Place, UpdateKey};
use crate::core::ids::{Account, GroupChat, Platform};
use crate::core::people::Lang;
use serde_json::Value;

/// The prefix of a person's message id (the transport cannot delete those).
pub const PERSON_MESSAGE: &str = "u:";

/// A question's card whose typed answer just arrived: it is updated to say so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answered {
    /// The card's activity id.
    pub card: String,
    pub lang: Lang,
}

/// An activity, converted.
#[derive(Debug, Clone, Default)]
pub struct Converted {
    pub inbound: Option<Inbound>,
    pub answered: Option<Answered>,
}

/// The group a conversation id belongs to (a channel thread belongs to its channel).
pub fn group_id(conversation: &str) -> &str {
    conversation
        .split(";messageid=")
        .next()
        .unwrap_or(conversation)
}

/// Where an activity happened.
pub fn place(a: &Activity) -> Place {
    if a.conversation.is_personal() {
        Place::Private
    } else {
        Place::Group(GroupChat::new(
            Platform::Teams,
            group_id(&a.conversation.id),
        ))
    }
}

/// Converts an activity; one Haven does not act on gives nothing.
pub fn convert(a: &Activity) -> Converted {
    let from_bot = a.from.id.is_empty() || a.from.id == a.recipient.id;
    let Some(id) = a.id.clone().filter(|id| !id.is_empty()) else {
        return Converted::default();
    };
    let event = |input: Input, message: Option<String>| Inbound {
        from: Account::new(Platform::Teams, a.from.id.clone()),
        place: place(a),
        input,
        message_id: message,
        update: Some(UpdateKey::once(format!("{}:{id}", a.conversation.id))),
        org: a.tenant(),
    };
    let start = || Input::Command {
        name: "start".into(),
        args: String::new(),
    };
    let personal = a.conversation.is_personal();
    match a.kind.as_str() {
        "message" if !from_bot => {
            if let Some(value) = a.value.as_ref().filter(|v| v.is_object()) {
                return submitted(a, value, |input| event(input, None));
            }
            match typed(a) {
                Some(input) => Converted {
                    inbound: Some(event(input, Some(format!("{PERSON_MESSAGE}{id}")))),
                    answered: None,
                },
                None => Converted::default(),
            }
        }
        "conversationUpdate" if !personal && !from_bot => {
            let added = a.members_added.iter().any(|m| m.id == a.recipient.id);
            Converted {
                inbound: added.then(|| event(start(), None)),
                answered: None,
            }
        }
        "installationUpdate" if personal && !from_bot => {
            let added = a.action.as_deref() == Some("add");
            Converted {
                inbound: added.then(|| event(start(), None)),
                answered: None,
            }
        }
        _ => Converted::default(),
    }
}

/// An Adaptive Card's submit: a button's payload or a typed answer.
fn submitted(a: &Activity, value: &Value, event: impl Fn(Input) -> Inbound) -> Converted {
    if let Some(payload) = value.get(PAYLOAD).and_then(Value::as_str) {
        return Converted {
            inbound: Some(event(Input::Button(payload.to_string()))),
            answered: None,
        };
    }
    let Some(to) = value.get(ANSWER_TO).and_then(Value::as_str) else {
        return Converted::default();
    };
    let text = value
        .get(ANSWER_TEXT)
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let lang = value
        .get(ANSWER_LANG)
        .and_then(Value::as_str)
        .and_then(Lang::parse)
        .unwrap_or_default();
    let answered = a
        .reply_to_id
        .clone()
        .filter(|_| a.conversation.is_personal())
        .map(|card| Answered { card, lang });
    Converted {
        inbound: Some(event(Input::Answer {
            to: to.to_string(),
            text,
        })),
        answered,
    }
}

/// A typed message: a command or text, mentions taken out; files are attachments (in a group
/// their words still arrive as text, for the guards to read).
fn typed(a: &Activity) -> Option<Input> {
    let text = strip_mentions(
        a.text.as_deref().unwrap_or_default(),
        a.recipient.name.as_deref(),
    );
    let files = a
        .attachments
        .iter()
        .filter(|att| {
            let kind = att.get("contentType").and_then(Value::as_str).unwrap_or("");
            kind != "text/html" && kind != super::cards::CARD
        })
        .count();
    let in_group = !a.conversation.is_personal();
    // In a group a file's words still arrive as text, for the guards to read.
    let words_in_group = in_group && !text.is_empty();
    if files > 0 && !words_in_group {
        return Some(Input::Attachment);
    }
    if text.is_empty() {
        return None;
    }
    if files > 0 {
        return Some(Input::Text(text));
    }
    Some(Input::from_text(&text))
}

/// The text without `<at>…</at>` mentions, without the bot's name where it leads the text, and
/// with the few HTML entities Teams uses decoded.
pub fn strip_mentions(text: &str, bot_name: Option<&str>) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<at") {
        out.push_str(&rest[..start]);
        match rest[start..].find("</at>") {
            Some(end) => rest = &rest[start + end + "</at>".len()..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    let mut out = out
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    if let Some(name) = bot_name.filter(|n| !n.is_empty()) {
        let trimmed = out.trim_start();
        if let Some(after) = trimmed.strip_prefix(name) {
            out = after.to_string();
        }
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests;
