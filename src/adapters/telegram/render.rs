//! Turning a [`Rendered`] message into what Telegram accepts: text parts of at most 4096
//! UTF-16 code units and an inline keyboard.
//!
//! Pure functions, no I/O. Formatting comes only from Markdown the school wrote (an AUP's
//! text), sent in the HTML parse mode with every other piece escaped ([`html`]); any other
//! message is plain text with no `parse_mode`, so nothing a person typed can turn into markup.
//! They never log the text they split.

use crate::adapters::markdown::{self, Style};
use crate::delivery::{Button, Rendered};
use teloxide::types::{InlineKeyboardButton, InlineKeyboardMarkup};
use url::Url;

/// Telegram's limit on a text message, in UTF-16 code units.
pub const MAX_TEXT_UTF16: usize = 4096;

/// Telegram's limit on `callback_data`, in bytes.
pub const MAX_CALLBACK_BYTES: usize = 64;

/// Right-to-left mark, put before each part of a message to a right-to-left reader so that a
/// part starting with a Latin word or a command still reads right to left.
const RLM: char = '\u{200F}';

/// Splits `text` into parts of at most `limit` UTF-16 code units, preferring to cut at a line
/// break, then at a space, and only then inside a word. No part is empty unless `text` is.
pub fn split_text(text: &str, limit: usize) -> Vec<String> {
    let limit = limit.max(2);
    let mut parts = Vec::new();
    let mut rest = text;
    while utf16_len(rest) > limit {
        let fit = prefix_within(rest, limit);
        let cut = cut_point(&rest[..fit]).unwrap_or(fit);
        let (head, tail) = rest.split_at(cut);
        let head = head.trim_end();
        if !head.is_empty() {
            parts.push(head.to_string());
        }
        rest = tail.trim_start_matches(['\n', '\r', ' ']);
    }
    if !rest.trim().is_empty() || parts.is_empty() {
        parts.push(rest.to_string());
    }
    parts
}

/// The message in Telegram's HTML parse mode, when it holds Markdown the school wrote and fits
/// one message: plain pieces escaped, the Markdown rendered. `None` otherwise (it goes as plain
/// text parts).
pub fn html(msg: &Rendered) -> Option<String> {
    if msg.pieces.is_empty() {
        return None;
    }
    let html = markdown::pieces(&msg.pieces, Style::TelegramHtml, markdown::html_escape);
    let html = if msg.rtl {
        format!("{RLM}{html}")
    } else {
        html
    };
    (utf16_len(&html) <= MAX_TEXT_UTF16).then_some(html)
}

/// The text parts of a rendered message, with a right-to-left mark where the reader needs one.
/// Markdown the school wrote is shown as plain text ([`Style::Plain`]).
pub fn text_parts(msg: &Rendered) -> Vec<String> {
    let limit = if msg.rtl {
        MAX_TEXT_UTF16 - RLM.len_utf16()
    } else {
        MAX_TEXT_UTF16
    };
    let text = if msg.pieces.is_empty() {
        msg.text.clone()
    } else {
        markdown::pieces(&msg.pieces, Style::Plain, str::to_string)
    };
    let parts = split_text(&text, limit);
    if !msg.rtl {
        return parts;
    }
    parts.into_iter().map(|p| format!("{RLM}{p}")).collect()
}

/// The length of `s` as Telegram counts it.
pub fn utf16_len(s: &str) -> usize {
    s.chars().map(char::len_utf16).sum()
}

/// The byte length of the longest prefix of `s` within `limit` UTF-16 code units.
fn prefix_within(s: &str, limit: usize) -> usize {
    let mut units = 0;
    for (i, c) in s.char_indices() {
        units += c.len_utf16();
        if units > limit {
            return i;
        }
    }
    s.len()
}

/// Where to cut `window` (a prefix that fits): after its last line break, else after its last
/// space; `None` when neither would leave something before the cut.
fn cut_point(window: &str) -> Option<usize> {
    let at_line = window
        .rfind('\n')
        .filter(|&i| !window[..i].trim().is_empty());
    let at_space = || {
        window
            .rfind(' ')
            .filter(|&i| !window[..i].trim().is_empty())
    };
    at_line.or_else(at_space).map(|i| i + 1)
}

/// The inline keyboard for a message: one callback button per row, then (for a group) a link
/// to the private chat with the bot. `None` when there is nothing to show.
pub fn keyboard(msg: &Rendered, bot_username: Option<&str>) -> Option<InlineKeyboardMarkup> {
    let mut rows: Vec<Vec<InlineKeyboardButton>> = msg
        .buttons
        .iter()
        .filter_map(callback_button)
        .map(|b| vec![b])
        .collect();
    let is_group = matches!(msg.address, crate::core::store::Address::Group(_));
    if let (true, Some(label), Some(user)) = (is_group, &msg.private_link_label, bot_username) {
        if let Some(url) = private_chat_url(user) {
            rows.push(vec![InlineKeyboardButton::url(label.clone(), url)]);
        }
    }
    (!rows.is_empty()).then(|| InlineKeyboardMarkup::new(rows))
}

/// A callback button, or `None` (logged) when Telegram would refuse it. A payload over 64 bytes
/// is a programming error in whoever built it; the button is dropped rather than the message.
fn callback_button(button: &Button) -> Option<InlineKeyboardButton> {
    let len = button.payload.len();
    if len == 0 || len > MAX_CALLBACK_BYTES {
        tracing::error!(
            payload_bytes = len,
            "button payload must be 1-64 bytes for Telegram; button dropped"
        );
        return None;
    }
    if button.label.trim().is_empty() {
        tracing::error!("button without a label; button dropped");
        return None;
    }
    Some(InlineKeyboardButton::callback(
        button.label.clone(),
        button.payload.clone(),
    ))
}

/// `https://t.me/<username>`: opens the private chat with the bot.
pub fn private_chat_url(bot_username: &str) -> Option<Url> {
    Url::parse(&format!("https://t.me/{bot_username}")).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::store::Address;

    fn rendered(address: Address, text: &str, buttons: &[(&str, &str)]) -> Rendered {
        Rendered {
            address,
            text: text.into(),
            pieces: Vec::new(),
            buttons: buttons
                .iter()
                .map(|(l, p)| Button {
                    label: l.to_string(),
                    payload: p.to_string(),
                })
                .collect(),
            lang: crate::core::people::Lang::EnGb,
            rtl: false,
            private_link_label: Some("Open a private chat".into()),
            expects_text: None,
            protect: false,
        }
    }

    #[test]
    fn short_text_is_one_part() {
        assert_eq!(split_text("hello", 4096), vec!["hello"]);
        assert_eq!(split_text("", 4096), vec![""]);
    }

    #[test]
    fn splits_at_line_breaks_first() {
        let text = "aaaa bbbb\ncccc dddd\neeee";
        assert_eq!(split_text(text, 12), vec!["aaaa bbbb", "cccc dddd", "eeee"]);
    }

    #[test]
    fn splits_at_spaces_when_a_line_is_too_long() {
        assert_eq!(
            split_text("one two three four", 9),
            vec!["one two", "three", "four"]
        );
    }

    #[test]
    fn cuts_inside_a_word_only_when_it_must() {
        assert_eq!(split_text("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn counts_utf16_units_and_never_splits_a_character() {
        // Each emoji is two UTF-16 units; five of them are ten units.
        let text = "😀😀😀😀😀";
        let parts = split_text(text, 4);
        assert_eq!(parts, vec!["😀😀", "😀😀", "😀"]);
        assert!(parts.iter().all(|p| utf16_len(p) <= 4));
    }

    #[test]
    fn every_part_of_a_long_message_fits() {
        let line = "Żółć gęślą jaźń — a line of Polish and English words.\n";
        let text = line.repeat(300);
        let parts = split_text(&text, MAX_TEXT_UTF16);
        assert!(parts.len() > 1);
        assert!(parts.iter().all(|p| utf16_len(p) <= MAX_TEXT_UTF16));
        assert_eq!(parts.concat().replace('\n', ""), text.replace('\n', ""));
    }

    #[test]
    fn right_to_left_parts_start_with_a_mark_and_still_fit() {
        let mut msg = rendered(Address::Private("1".into()), &"ש ".repeat(3000), &[]);
        msg.rtl = true;
        let parts = text_parts(&msg);
        assert!(parts.iter().all(|p| p.starts_with(RLM)));
        assert!(parts.iter().all(|p| utf16_len(p) <= MAX_TEXT_UTF16));
    }

    #[test]
    fn buttons_become_one_row_each_and_oversized_payloads_are_dropped() {
        let long = "x".repeat(65);
        let msg = rendered(
            Address::Private("1".into()),
            "Pick",
            &[("Yes", "aup:sign:3"), ("Bad", &long), ("No", "aup:later")],
        );
        let kb = keyboard(&msg, Some("HavenBot")).unwrap();
        assert_eq!(kb.inline_keyboard.len(), 2);
        assert!(kb.inline_keyboard.iter().all(|row| row.len() == 1));
    }

    #[test]
    fn group_messages_get_a_private_chat_link_when_the_username_is_known() {
        let msg = rendered(
            Address::Group("-100".into()),
            "I've sent you a message",
            &[],
        );
        let kb = keyboard(&msg, Some("HavenBot")).unwrap();
        let json = serde_json::to_value(&kb).unwrap();
        assert_eq!(
            json["inline_keyboard"][0][0]["url"],
            "https://t.me/HavenBot"
        );
        assert!(keyboard(&msg, None).is_none());
        let private = rendered(Address::Private("1".into()), "hi", &[]);
        assert!(keyboard(&private, Some("HavenBot")).is_none());
    }
}
