//! Typed answers written in a modal instead of the chat.
//!
//! A DM that asks for a typed answer (its [`Rendered`] carries the core's text hint) gets a
//! "Write my answer" button. Discord lets a bot open a modal only as the immediate answer to an
//! interaction, so the button is that interaction: pressing it opens a modal with one text
//! field within the question's limits. The modal's text reaches the core as an answer to that
//! question ([`Input::Answer`], with the question's reference from the hint), with no message
//! behind it: nothing stays in the chat's history, so there is nothing to ask the person to
//! delete. Typing the answer as a message keeps working.
//!
//! The button's `custom_id` carries all the modal needs (the reader's language, the limits and
//! the question's reference), so the modal opens within Discord's three seconds without a
//! look-up; the modal's `custom_id` is the same, so its submission names its question. The core
//! takes the text only while that question is the current one, and otherwise gives it back to
//! the person: a form that moved on while the modal was open (answered by typing or on another
//! device, `/back`, expiry, a restart) is never filled from an older question's modal.
//!
//! [`Shown`] remembers, per person, the newest question offered with a write button, so that
//! pressing the button of a question asked before it is refused politely at once rather than
//! opening a modal whose answer would only come back. Other messages with buttons in between
//! (a new-concern alert, say) do not make the current question's button out of date. The
//! adapter cannot see every move of a form (to a question answered with buttons, a submit, a
//! cancel), nor anything from before a restart: such a button still opens its modal, and the
//! core's check on submit gives the text back instead of saving it.
//!
//! Nothing here logs what was written, or talks to Discord.
//!
//! [`Input::Answer`]: crate::core::event::Input::Answer

use super::render::truncate;
use crate::core::message::TextAnswer;
use crate::core::people::Lang;
use crate::delivery::Button;
use crate::i18n::I18n;
use serenity::all::InputTextStyle;
use serenity::builder::{CreateActionRow, CreateInputText, CreateModal};
use std::collections::HashMap;
use std::sync::Mutex;

/// `custom_id` of a write button, and of the modal it opens:
/// `haven.write.<lang>.<min>.<max>.<question>` (at most 68 characters, within Discord's 100).
pub const WRITE_PREFIX: &str = "haven.write.";
/// Discord's limit on a text field's length.
pub const MAX_FIELD: usize = 4000;
/// Discord's limit on a modal's title and a text field's label.
pub const MAX_TITLE: usize = 45;
/// Discord's limit on a text field's placeholder.
pub const MAX_PLACEHOLDER: usize = 100;
/// Answers up to this long get a one-line field; longer ones a paragraph.
pub const ONE_LINE: usize = 100;
/// Discord's limit on a component's `custom_id`.
pub const MAX_CUSTOM_ID: usize = 100;

/// A write button: whose language, which limits, which question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Write {
    pub lang: Lang,
    /// Fewest characters (1 to [`MAX_FIELD`]).
    pub min: u16,
    /// Most characters (`min` to [`MAX_FIELD`]).
    pub max: u16,
    /// The question's reference, as the core's text hint gave it
    /// ([`TextAnswer::to`]); the modal's text goes back with it.
    pub to: String,
}

impl Write {
    /// A button for the question of `hint` (its limits capped at Discord's), read in `lang`;
    /// `None` when the hint names no well-formed question (a message stored before questions
    /// had references): then the person types the answer.
    pub fn new(lang: Lang, hint: &TextAnswer) -> Option<Write> {
        let to = hint
            .to
            .as_deref()
            .filter(|to| TextAnswer::is_reference(to))?;
        Some(Write::with(lang, hint.min, hint.max, to.to_string()))
    }

    fn with(lang: Lang, min: usize, max: usize, to: String) -> Write {
        let max = max.clamp(1, MAX_FIELD);
        let min = min.clamp(1, max);
        Write {
            lang,
            min: min as u16,
            max: max as u16,
            to,
        }
    }

    /// The `custom_id` of the button and of its modal (at most 68 characters).
    pub fn custom_id(&self) -> String {
        format!(
            "{WRITE_PREFIX}{}.{}.{}.{}",
            self.lang.tag(),
            self.min,
            self.max,
            self.to
        )
    }

    /// Reads a write button's (or its modal's) `custom_id`; `None` when it is not one or is
    /// malformed.
    pub fn parse(custom_id: &str) -> Option<Write> {
        let mut parts = custom_id.strip_prefix(WRITE_PREFIX)?.splitn(4, '.');
        let lang = Lang::parse(parts.next()?)?;
        let min: usize = parts.next()?.parse().ok()?;
        let max: usize = parts.next()?.parse().ok()?;
        let to = parts.next().filter(|to| TextAnswer::is_reference(to))?;
        Some(Write::with(lang, min, max, to.to_string()))
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

/// The question of the newest write button sent to each person.
#[derive(Default)]
pub struct Shown {
    newest: Mutex<HashMap<String, String>>,
}

impl Shown {
    /// Notes a write button for the question `to` sent to `user`: write buttons of earlier
    /// questions are out of date from now on. (Messages without a write button change
    /// nothing: the question still waits for its answer.)
    pub fn sent(&self, user: &str, to: &str) {
        self.lock().insert(user.to_string(), to.to_string());
    }

    /// True when `user` has since been sent a write button for another question (unknown
    /// when nothing was noted since the start: not out of date; the core checks on submit).
    pub fn out_of_date(&self, user: &str, to: &str) -> bool {
        self.lock().get(user).is_some_and(|newest| newest != to)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
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

    fn hint(min: usize, max: usize, to: &str) -> TextAnswer {
        TextAnswer {
            min,
            max,
            to: Some(to.into()),
        }
    }

    fn write(lang: Lang, min: usize, max: usize) -> Write {
        Write::new(lang, &hint(min, max, "f.Ab3dE6gH.4")).expect("a write button")
    }

    #[test]
    fn a_custom_id_carries_the_question_and_round_trips() {
        let w = write(Lang::Pl, 10, 2000);
        let id = w.custom_id();
        assert_eq!(id, "haven.write.pl.10.2000.f.Ab3dE6gH.4");
        assert_eq!(Write::parse(&id), Some(w.clone()));
        assert_eq!(Write::parse(&id).expect("parsed").to, "f.Ab3dE6gH.4");
        let other = Write::new(Lang::Pl, &hint(10, 2000, "f.Ab3dE6gH.5")).expect("button");
        assert_ne!(other.custom_id(), id, "another question, another button");
    }

    #[test]
    fn the_longest_question_reference_stays_within_discords_limit() {
        let longest = "~".repeat(TextAnswer::MAX_TO);
        let w = Write::new(Lang::EnGb, &hint(4000, 4000, &longest)).expect("fits");
        let id = w.custom_id();
        assert!(id.len() <= MAX_CUSTOM_ID, "{} > {MAX_CUSTOM_ID}", id.len());
        assert_eq!(Write::parse(&id), Some(w));

        let too_long = "a".repeat(TextAnswer::MAX_TO + 1);
        assert_eq!(Write::new(Lang::EnGb, &hint(1, 10, &too_long)), None);
        assert_eq!(
            Write::parse(&format!("haven.write.en-GB.1.10.{too_long}")),
            None
        );
    }

    #[test]
    fn a_hint_without_a_well_formed_question_gets_no_button() {
        let stored_before = TextAnswer {
            min: 1,
            max: 10,
            to: None,
        };
        assert_eq!(Write::new(Lang::EnGb, &stored_before), None);
        assert_eq!(Write::new(Lang::EnGb, &hint(1, 10, "")), None);
        assert_eq!(Write::new(Lang::EnGb, &hint(1, 10, "f.a b.1")), None);
    }

    #[test]
    fn limits_are_kept_within_discords_and_forgeries_are_not_read() {
        let w = write(Lang::EnGb, 5000, 9000);
        assert_eq!((w.min, w.max), (4000, 4000));
        let forged = Write::parse("haven.write.en-GB.0.99999.f.AbCdEfGh.2").expect("clamped");
        assert_eq!((forged.min, forged.max), (1, 4000));
        for bad in [
            "haven.write.xx.1.10.f.AbCdEfGh.2",
            "haven.write.en-GB.1.ten.f.AbCdEfGh.2",
            "haven.write.en-GB.1.10",
            "haven.write.en-GB.1.10.",
            "haven.write.en-GB.1.10.f.Ab/dEfGh.2",
            "haven.write.en-GB.1.10.f.Ab dEfGh.2",
            "haven.write.en-GB.1.f.AbCdEfGh.2",
            "f.nonce.3.~skip",
        ] {
            assert_eq!(Write::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_modal_is_localised_and_keeps_the_questions_limits_and_reference() {
        let i18n = i18n();
        let w = write(Lang::Pl, 10, 2000);
        let modal = serde_json::to_value(w.modal(&i18n)).expect("json");
        assert_eq!(modal["custom_id"], Value::from(w.custom_id()));
        assert_eq!(
            Write::parse(modal["custom_id"].as_str().expect("id")).map(|m| m.to),
            Some("f.Ab3dE6gH.4".to_string())
        );
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

        let date = write(Lang::EnGb, 1, 40);
        let modal = serde_json::to_value(date.modal(&i18n)).expect("json");
        assert_eq!(
            modal["components"][0]["components"][0]["style"], 1,
            "one line"
        );
    }

    #[test]
    fn the_button_is_labelled_in_the_readers_language() {
        let i18n = i18n();
        let w = write(Lang::Pl, 1, 10);
        let b = w.button(&i18n);
        assert_eq!(b.label, i18n.text(Lang::Pl, "discord-write-button"));
        assert_ne!(b.label, i18n.text(Lang::EnGb, "discord-write-button"));
        assert_eq!(b.payload, w.custom_id());
    }

    #[test]
    fn only_the_newest_questions_write_button_is_current() {
        let shown = Shown::default();
        assert!(!shown.out_of_date("1", "f.A.1"), "nothing known yet");
        shown.sent("1", "f.A.1");
        assert!(!shown.out_of_date("1", "f.A.1"));
        shown.sent("1", "f.A.2");
        assert!(shown.out_of_date("1", "f.A.1"));
        assert!(!shown.out_of_date("1", "f.A.2"));
        shown.sent("1", "f.B.2");
        assert!(shown.out_of_date("1", "f.A.2"), "another form's question");
        assert!(
            !shown.out_of_date("2", "f.A.1"),
            "nothing is known of another person yet"
        );
    }
}
