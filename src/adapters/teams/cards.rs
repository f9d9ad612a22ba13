//! Haven's messages as Adaptive Cards (schema 1.5): the text as wrapped text blocks (right to
//! left for readers of Arabic; Markdown the school wrote, an AUP's text, in the cards' own
//! Markdown: bold headings, lists, emphasis, links), choices as `Action.Submit` buttons whose data is
//! `{"haven": payload}`, and, in a personal chat, a question answered in words as an
//! `Input.Text` field within the question's limits with a button that submits it: the answer
//! then arrives in the submit's `value` and never becomes a chat message.
//!
//! A card for a group chat or channel never has an input field, and the transport refuses to
//! send a protected (sensitive) message there at all.
//!
//! Nothing here talks to Teams or logs text.

use crate::adapters::markdown::{self, Style};
use crate::core::people::Lang;
use crate::core::store::Address;
use crate::delivery::Rendered;
use crate::i18n::I18n;
use serde_json::{json, Value};

/// The content type of an Adaptive Card attachment.
pub const CARD: &str = "application/vnd.microsoft.card.adaptive";
/// The key of a button's payload in a submit's data.
pub const PAYLOAD: &str = "haven";
/// The key of the question's reference in a typed answer's submit.
pub const ANSWER_TO: &str = "haven_answer";
/// The key of the reader's language in a typed answer's submit.
pub const ANSWER_LANG: &str = "haven_lang";
/// The id of the text field (the key of its value in the submit).
pub const ANSWER_TEXT: &str = "haven_text";
/// Teams' longest text field.
pub const MAX_FIELD: usize = 4000;
/// Answers up to this long get a one-line field.
pub const ONE_LINE: usize = 100;

/// The message activity for a rendered message; `bot_id` (`28:<app id>`) makes the group
/// pointer's button open the personal chat with the bot.
pub fn activity(msg: &Rendered, i18n: &I18n, bot_id: &str) -> Value {
    message(card(msg, i18n, bot_id))
}

/// A message activity carrying one card.
pub fn message(card: Value) -> Value {
    json!({
        "type": "message",
        "attachments": [{ "contentType": CARD, "content": card }],
    })
}

/// The card for a rendered message.
pub fn card(msg: &Rendered, i18n: &I18n, bot_id: &str) -> Value {
    // Markdown the school wrote becomes the cards' own Markdown, the words around it escaped.
    let text = if msg.pieces.is_empty() {
        msg.text.clone()
    } else {
        markdown::pieces(&msg.pieces, Style::Teams, markdown::markdown_escape)
    };
    let mut body: Vec<Value> = text
        .split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(text_block)
        .collect();
    let mut actions: Vec<Value> = Vec::new();
    let private = matches!(msg.address, Address::Private(_));
    if let Some(hint) = msg.expects_text.as_ref().filter(|_| private) {
        if let Some(to) = hint
            .to
            .as_deref()
            .filter(|to| crate::core::message::TextAnswer::is_reference(to))
        {
            let max = hint.max.clamp(1, MAX_FIELD);
            let min = hint.min.clamp(1, max);
            body.push(json!({
                "type": "Input.Text",
                "id": ANSWER_TEXT,
                "label": i18n.text(msg.lang, "teams-answer-label"),
                "placeholder": i18n.text(msg.lang, "teams-answer-placeholder"),
                "isMultiline": max > ONE_LINE,
                "maxLength": max,
                "isRequired": true,
                "regex": format!("^[\\s\\S]{{{min},{max}}}$"),
                "errorMessage": i18n.text_with(
                    msg.lang,
                    "teams-answer-length",
                    &[("min", min.to_string()), ("max", max.to_string())],
                ),
            }));
            actions.push(json!({
                "type": "Action.Submit",
                "title": i18n.text(msg.lang, "teams-answer-send"),
                "style": "positive",
                "data": { ANSWER_TO: to, ANSWER_LANG: msg.lang.tag() },
            }));
        }
    }
    actions.extend(msg.buttons.iter().map(|b| {
        json!({
            "type": "Action.Submit",
            "title": b.label,
            "data": { PAYLOAD: b.payload },
            // The typed answer's field is required; a button needs no answer.
            "associatedInputs": "none",
        })
    }));
    if let (Some(label), false) = (&msg.private_link_label, private) {
        actions.push(json!({
            "type": "Action.OpenUrl",
            "title": label,
            "url": format!("https://teams.microsoft.com/l/chat/0/0?users={bot_id}"),
        }));
    }
    let mut card = json!({
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": "1.5",
        "body": body,
    });
    if !actions.is_empty() {
        card["actions"] = Value::Array(actions);
    }
    if msg.rtl {
        card["rtl"] = json!(true);
    }
    card
}

/// The card that replaces a question once its typed answer has been received: it says so,
/// and holds neither the question's field nor the answer.
pub fn received(i18n: &I18n, lang: Lang) -> Value {
    let mut card = json!({
        "type": "AdaptiveCard",
        "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
        "version": "1.5",
        "body": [text_block(&i18n.text(lang, "teams-answer-received"))],
    });
    if lang.is_rtl() {
        card["rtl"] = json!(true);
    }
    card
}

fn text_block(text: &str) -> Value {
    json!({ "type": "TextBlock", "text": text, "wrap": true })
}

#[cfg(test)]
mod tests;
