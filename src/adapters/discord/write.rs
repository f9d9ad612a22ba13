//! Typed answers written in a modal instead of the chat.
//!
//! A DM that asks for a typed answer (its [`Rendered`] carries the core's text hint) gets a
//! "Write my answer" button. Discord lets a bot open a modal only as the immediate answer to an
//! interaction, so the button is that interaction: pressing it opens a modal with one text
//! field within the question's limits, and the modal's text reaches the core as the person's
//! free text, with no message behind it. Nothing stays in the chat's history, so there is
//! nothing to ask the person to delete. Typing the answer as a message keeps working.
//!
//! The button's `custom_id` carries all the modal needs (the reader's language, the limits and
//! a random token), so the modal opens within Discord's three seconds without a look-up. The
//! token ties the button to its message: [`Shown`] remembers, per person, the token of the
//! newest message with buttons Haven sent them, so a button of an earlier question is refused
//! politely instead of opening a modal for a question that has moved on. After a restart
//! nothing is remembered and any well-formed button opens its modal; the core then takes the
//! text as it would a typed message.
//!
//! Nothing here logs what was written, or talks to Discord.

use super::render::truncate;
use crate::core::message::TextAnswer;
use crate::core::people::Lang;
use crate::delivery::Button;
use crate::i18n::I18n;
use rand::distributions::{Alphanumeric, DistString};
use serenity::all::InputTextStyle;
use serenity::builder::{CreateActionRow, CreateInputText, CreateModal};
use std::collections::HashMap;
use std::sync::Mutex;

/// `custom_id` of a write button, and of the modal it opens:
/// `haven.write.<lang>.<min>.<max>.<token>`.
pub const WRITE_PREFIX: &str = "haven.write.";
/// Discord's limit on a text field's length.
pub const MAX_FIELD: usize = 4000;
/// Discord's limit on a modal's title and a text field's label.
pub const MAX_TITLE: usize = 45;
/// Discord's limit on a text field's placeholder.
pub const MAX_PLACEHOLDER: usize = 100;
/// Answers up to this long get a one-line field; longer ones a paragraph.
pub const ONE_LINE: usize = 100;
const TOKEN_LEN: usize = 8;

/// A write button: whose language, which limits, which message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Write {
    pub lang: Lang,
    /// Fewest characters (1 to [`MAX_FIELD`]).
    pub min: u16,
    /// Most characters (`min` to [`MAX_FIELD`]).
    pub max: u16,
    /// Random; tells this button from those on earlier messages.
    pub token: String,
}

impl Write {
    /// A button for a question with `hint`'s limits (capped at Discord's), read in `lang`.
    pub fn new(lang: Lang, hint: TextAnswer) -> Write {
        let token = Alphanumeric.sample_string(&mut rand::thread_rng(), TOKEN_LEN);
        Write::with_token(lang, hint.min, hint.max, token)
    }

    fn with_token(lang: Lang, min: usize, max: usize, token: String) -> Write {
        let max = max.clamp(1, MAX_FIELD);
        let min = min.clamp(1, max);
        Write {
            lang,
            min: min as u16,
            max: max as u16,
            token,
        }
    }

    /// The `custom_id` of the button and of its modal (at most 40 characters).
    pub fn custom_id(&self) -> String {
        format!(
            "{WRITE_PREFIX}{}.{}.{}.{}",
            self.lang.tag(),
            self.min,
            self.max,
            self.token
        )
    }

    /// Reads a write button's `custom_id`; `None` when it is not one or is malformed.
    pub fn parse(custom_id: &str) -> Option<Write> {
        let mut parts = custom_id.strip_prefix(WRITE_PREFIX)?.split('.');
        let lang = Lang::parse(parts.next()?)?;
        let min: usize = parts.next()?.parse().ok()?;
        let max: usize = parts.next()?.parse().ok()?;
        let token = parts.next()?;
        let well_formed = token.len() == TOKEN_LEN
            && token.chars().all(|c| c.is_ascii_alphanumeric())
            && parts.next().is_none();
        well_formed.then(|| Write::with_token(lang, min, max, token.to_string()))
    }

    /// The button, labelled in the reader's language.
    pub fn button(&self, i18n: &I18n) -> Button {
        Button {
            label: i18n.text(self.lang, "discord-write-button"),
            payload: self.custom_id(),
        }
    }

    /// The modal the button opens: one text field within the question's limits.
    pub fn modal(&self, i18n: &I18n) -> CreateModal {
        let text = |key: &str, max: usize| truncate(&i18n.text(self.lang, key), max);
        let style = if usize::from(self.max) <= ONE_LINE {
            InputTextStyle::Short
        } else {
            InputTextStyle::Paragraph
        };
        let field = CreateInputText::new(
            style,
            text("discord-write-label", MAX_TITLE),
            super::inbound::MODAL_FIELD,
        )
        .placeholder(text("discord-write-placeholder", MAX_PLACEHOLDER))
        .min_length(self.min)
        .max_length(self.max)
        .required(true);
        CreateModal::new(self.custom_id(), text("discord-write-title", MAX_TITLE))
            .components(vec![CreateActionRow::InputText(field)])
    }
}

/// The write token of the newest message with buttons sent to each person.
#[derive(Default)]
pub struct Shown {
    newest: Mutex<HashMap<String, Option<String>>>,
}

impl Shown {
    /// Notes a message with buttons sent to `user`: with a write button (`Some(token)`) or
    /// without one. Earlier write buttons are out of date from now on.
    pub fn sent(&self, user: &str, token: Option<&str>) {
        self.lock()
            .insert(user.to_string(), token.map(str::to_string));
    }

    /// True when `user` has since been sent a newer message with buttons than the one with
    /// this write button (unknown when nothing was noted since the start: not out of date).
    pub fn out_of_date(&self, user: &str, token: &str) -> bool {
        self.lock()
            .get(user)
            .is_some_and(|newest| newest.as_deref() != Some(token))
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Option<String>>> {
        self.newest.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::Value;

    fn i18n() -> I18n {
        I18n::load(chrono_tz::Europe::London).expect("locales")
    }

    #[test]
    fn a_custom_id_round_trips_within_discords_limit() {
        let w = Write::new(Lang::Pl, TextAnswer { min: 10, max: 2000 });
        let id = w.custom_id();
        assert!(id.starts_with("haven.write.pl.10.2000."), "{id}");
        assert!(id.chars().count() <= 100);
        assert_eq!(Write::parse(&id), Some(w));
        let other = Write::new(Lang::Pl, TextAnswer { min: 10, max: 2000 });
        assert_ne!(other.token, Write::parse(&id).expect("parsed").token);
    }

    #[test]
    fn limits_are_kept_within_discords_and_forgeries_are_not_read() {
        let w = Write::new(
            Lang::EnGb,
            TextAnswer {
                min: 5000,
                max: 9000,
            },
        );
        assert_eq!((w.min, w.max), (4000, 4000));
        let forged = Write::parse("haven.write.en-GB.0.99999.AbCdEfGh").expect("clamped");
        assert_eq!((forged.min, forged.max), (1, 4000));
        for bad in [
            "haven.write.xx.1.10.AbCdEfGh",
            "haven.write.en-GB.1.ten.AbCdEfGh",
            "haven.write.en-GB.1.10.short",
            "haven.write.en-GB.1.10.AbCdEfGh.more",
            "haven.write.en-GB.1.10.Ab/dEfGh",
            "f.nonce.3.~skip",
        ] {
            assert_eq!(Write::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_modal_is_localised_and_keeps_the_questions_limits() {
        let i18n = i18n();
        let w = Write::new(Lang::Pl, TextAnswer { min: 10, max: 2000 });
        let modal = serde_json::to_value(w.modal(&i18n)).expect("json");
        assert_eq!(modal["custom_id"], Value::from(w.custom_id()));
        let title = modal["title"].as_str().expect("title");
        assert_eq!(title, i18n.text(Lang::Pl, "discord-write-title"));
        assert_ne!(title, i18n.text(Lang::EnGb, "discord-write-title"));
        assert!(title.chars().count() <= MAX_TITLE);
        let field = &modal["components"][0]["components"][0];
        assert_eq!(field["type"], 4);
        assert_eq!(field["style"], 2, "a paragraph");
        assert_eq!(field["custom_id"], super::super::inbound::MODAL_FIELD);
        assert_eq!(
            (field["min_length"].clone(), field["max_length"].clone()),
            (10.into(), 2000.into())
        );
        assert_eq!(field["required"], true);
        assert!(field["label"].as_str().expect("label").chars().count() <= MAX_TITLE);

        let date = Write::new(Lang::EnGb, TextAnswer { min: 1, max: 40 });
        let modal = serde_json::to_value(date.modal(&i18n)).expect("json");
        assert_eq!(
            modal["components"][0]["components"][0]["style"], 1,
            "one line"
        );
    }

    #[test]
    fn the_button_is_labelled_in_the_readers_language() {
        let i18n = i18n();
        let w = Write::new(Lang::Pl, TextAnswer { min: 1, max: 10 });
        let b = w.button(&i18n);
        assert_eq!(b.label, i18n.text(Lang::Pl, "discord-write-button"));
        assert_ne!(b.label, i18n.text(Lang::EnGb, "discord-write-button"));
        assert_eq!(b.payload, w.custom_id());
    }

    #[test]
    fn only_the_newest_write_button_is_current() {
        let shown = Shown::default();
        assert!(!shown.out_of_date("1", "AAAAAAAA"), "nothing known yet");
        shown.sent("1", Some("AAAAAAAA"));
        assert!(!shown.out_of_date("1", "AAAAAAAA"));
        shown.sent("1", Some("BBBBBBBB"));
        assert!(shown.out_of_date("1", "AAAAAAAA"));
        assert!(!shown.out_of_date("1", "BBBBBBBB"));
        shown.sent("1", None);
        assert!(
            shown.out_of_date("1", "BBBBBBBB"),
            "a later question has buttons"
        );
        assert!(
            !shown.out_of_date("2", "BBBBBBBB"),
            "nothing is known of another person yet"
        );
    }
}
