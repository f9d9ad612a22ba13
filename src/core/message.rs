//! What the core asks to be said, and to whom.
//!
//! A [`Message`] is a Fluent key with arguments and optional choices (buttons); adapters render
//! it in the recipient's language. Where it goes is a [`Recipient`]. The type parameter of
//! `Message` records whether it may carry sensitive values:
//!
//! - `Message<Public>` carries only ordinary values and may go anywhere;
//! - `Message<Private>` may carry [`Sensitive`] values (concern details, case records, stream
//!   credentials) and can only be addressed to the private chat of a verified person.
//!
//! The only constructors of [`Outgoing`] enforce this, so a group message with a secret in it
//! does not compile:
//!
//! ```compile_fail
//! use haven::core::message::{Message, Outgoing, Private, Sensitive};
//! use haven::core::ids::{GroupChat, Platform};
//! let m = Message::private("form-review")
//!     .secret("passcode", Sensitive::new("123456".to_string()));
//! let _ = Outgoing::to_group(GroupChat::new(Platform::Telegram, "-100"), m);
//! ```

use super::ids::{Account, GroupChat, PersonId, Platform, SchoolId};
use super::local_text::LocalText;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use std::fmt;
use std::marker::PhantomData;

/// Marker: the message carries nothing sensitive and may go to any chat.
#[derive(Debug, Clone, Copy)]
pub struct Public;

/// Marker: the message may carry sensitive values; only a verified person's private chat.
#[derive(Debug, Clone, Copy)]
pub struct Private;

/// A value that must never be shown outside a verified private chat, nor logged.
/// Its `Debug` and `Display` print a redaction mark.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sensitive<T>(T);

impl<T> Sensitive<T> {
    pub fn new(value: T) -> Self {
        Sensitive(value)
    }

    /// The wrapped value. Call only where the value is about to reach its rightful reader.
    pub fn expose(&self) -> &T {
        &self.0
    }

    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> fmt::Debug for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

impl<T> fmt::Display for Sensitive<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[redacted]")
    }
}

/// Marks a label of [`Arg::Lines`] as a heading: shown apart from the labelled lines under it.
pub const HEADING: &str = "§";

/// One argument of a message.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "t", content = "v")]
pub enum Arg {
    /// Plain text, shown as given.
    Text(String),
    /// A whole number (Fluent picks plural forms from it).
    Number(i64),
    /// Another message key, rendered in the recipient's language first.
    Key(String),
    /// Several message keys, rendered and joined with ", ".
    Keys(Vec<String>),
    /// An instant, shown in the school's time zone.
    Time(DateTime<Utc>),
    /// A sensitive text; only in `Message<Private>`.
    Secret(String),
    /// Labelled lines ("label: value"), each label a message key; one line per pair. A label
    /// starting with [`HEADING`] heads the lines after it (a case's chronology entry).
    Lines(Vec<(String, Arg)>),
    /// A list: one line per item, each its own message key and arguments (public values only).
    Items(Vec<(String, Vec<(String, Arg)>)>),
    /// Configured text the school may give per language (its name, a contact), shown in the
    /// recipient's language where the school has the words.
    Local(LocalText),
    /// Text the school wrote in Markdown (an AUP's text), kept as written: each adapter renders
    /// it the way its platform can (headings, lists, emphasis, links), or as plain text.
    Markdown(String),
}

impl fmt::Debug for Arg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Arg::Text(s) => write!(f, "Text({s:?})"),
            Arg::Number(n) => write!(f, "Number({n})"),
            Arg::Key(k) => write!(f, "Key({k})"),
            Arg::Keys(k) => write!(f, "Keys({k:?})"),
            Arg::Time(t) => write!(f, "Time({t})"),
            Arg::Secret(_) => f.write_str("Secret([redacted])"),
            Arg::Lines(l) => f.debug_list().entries(l).finish(),
            Arg::Items(i) => f.debug_list().entries(i).finish(),
            Arg::Local(t) => write!(f, "Local({:?})", t.text),
            Arg::Markdown(s) => write!(f, "Markdown({} chars)", s.chars().count()),
        }
    }
}

/// A value that may appear in any message.
pub enum PublicArg {
    Text(String),
    Number(i64),
    Key(String),
    Keys(Vec<String>),
    Time(DateTime<Utc>),
    Local(LocalText),
}

impl From<LocalText> for PublicArg {
    fn from(t: LocalText) -> Self {
        PublicArg::Local(t)
    }
}
impl From<&str> for PublicArg {
    fn from(s: &str) -> Self {
        PublicArg::Text(s.to_string())
    }
}
impl From<String> for PublicArg {
    fn from(s: String) -> Self {
        PublicArg::Text(s)
    }
}
impl From<&String> for PublicArg {
    fn from(s: &String) -> Self {
        PublicArg::Text(s.clone())
    }
}
impl From<i64> for PublicArg {
    fn from(n: i64) -> Self {
        PublicArg::Number(n)
    }
}
impl From<usize> for PublicArg {
    fn from(n: usize) -> Self {
        PublicArg::Number(n as i64)
    }
}
impl From<u32> for PublicArg {
    fn from(n: u32) -> Self {
        PublicArg::Number(n as i64)
    }
}
impl From<DateTime<Utc>> for PublicArg {
    fn from(t: DateTime<Utc>) -> Self {
        PublicArg::Time(t)
    }
}

impl From<PublicArg> for Arg {
    fn from(a: PublicArg) -> Self {
        match a {
            PublicArg::Text(s) => Arg::Text(s),
            PublicArg::Number(n) => Arg::Number(n),
            PublicArg::Key(k) => Arg::Key(k),
            PublicArg::Keys(k) => Arg::Keys(k),
            PublicArg::Time(t) => Arg::Time(t),
            PublicArg::Local(t) => Arg::Local(t),
        }
    }
}

/// The text on a button.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Label {
    /// A message key, rendered in the recipient's language.
    Key(String),
    /// Text shown as given (a person's name, a date).
    Text(String),
    /// A message key shown with a tick, for options already chosen.
    Ticked(String),
    /// A person: their name, then their roles (message keys), ticked once chosen.
    Person {
        name: String,
        roles: Vec<String>,
        ticked: bool,
    },
}

/// A button: what it says and the payload the adapter hands back when it is pressed.
/// Payloads are at most [`Choice::MAX_PAYLOAD`] bytes (Telegram's callback-data limit).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub label: Label,
    pub payload: String,
}

impl Choice {
    pub const MAX_PAYLOAD: usize = 64;

    pub fn key(label_key: impl Into<String>, payload: impl Into<String>) -> Self {
        Choice {
            label: Label::Key(label_key.into()),
            payload: payload.into(),
        }
    }

    pub fn text(label: impl Into<String>, payload: impl Into<String>) -> Self {
        Choice {
            label: Label::Text(label.into()),
            payload: payload.into(),
        }
    }
}

/// A hint that a message asks for a typed answer (a free-text or typed date/time step of a
/// form), how long it may be, and which question it is. Platform-neutral: an adapter may offer
/// a better place to write it than the chat (on Discord, a modal leaves nothing in the chat's
/// history) or ignore it; typing the answer as a message always works.
///
/// An answer written elsewhere than the chat comes back as
/// [`Input::Answer`](super::event::Input::Answer) with [`TextAnswer::to`], so it answers this
/// question or none: if the form has moved on meanwhile, the person gets their text back.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextAnswer {
    /// Fewest characters accepted (at least 1).
    pub min: usize,
    /// Most characters accepted.
    pub max: usize,
    /// The question's reference: at most [`TextAnswer::MAX_TO`] ASCII letters, digits and
    /// `.`, `_`, `-`, `~`. `None` in messages stored before references existed (an adapter
    /// then offers nothing but the chat).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

impl TextAnswer {
    /// Longest question reference, so that adapters can carry it in their own identifiers.
    pub const MAX_TO: usize = 40;

    /// True when `to` is a well-formed question reference (length and characters).
    pub fn is_reference(to: &str) -> bool {
        (1..=Self::MAX_TO).contains(&to.len())
            && to
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '~'))
    }
}

/// The content of a message, independent of where it goes.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Body {
    pub key: String,
    pub args: Vec<(String, Arg)>,
    pub choices: Vec<Choice>,
    /// True when any argument is sensitive.
    pub sensitive: bool,
    /// Set when the message asks for a typed answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expects_text: Option<TextAnswer>,
}

impl Body {
    /// The argument naming the school a message comes from, shown as its first line (for a
    /// recipient linked in several schools of a trust); no message key uses it.
    pub const FROM_SCHOOL: &'static str = "from_school";

    /// The school the message comes from, when it says.
    pub fn from_school(&self) -> Option<&str> {
        self.args.iter().find_map(|(name, arg)| match arg {
            Arg::Text(t) if name == Self::FROM_SCHOOL => Some(t.as_str()),
            _ => None,
        })
    }
}

impl fmt::Debug for Body {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Body")
            .field("key", &self.key)
            .field("args", &self.args)
            .field("choices", &self.choices.len())
            .field("sensitive", &self.sensitive)
            .field("expects_text", &self.expects_text)
            .finish()
    }
}

/// A message under construction. See the module docs for `Public` and `Private`.
#[derive(Clone, Debug)]
pub struct Message<S = Public> {
    body: Body,
    _s: PhantomData<S>,
}

impl Message<Public> {
    /// A public message with the given Fluent key and no arguments.
    pub fn new(key: impl Into<String>) -> Self {
        Self::with_key(key)
    }
}

impl Message<Private> {
    /// A message for a verified person's private chat; it may carry sensitive values.
    pub fn private(key: impl Into<String>) -> Self {
        Self::with_key(key)
    }
}

impl<S> Message<S> {
    fn with_key(key: impl Into<String>) -> Self {
        Message {
            body: Body {
                key: key.into(),
                args: Vec::new(),
                choices: Vec::new(),
                sensitive: false,
                expects_text: None,
            },
            _s: PhantomData,
        }
    }

    /// Adds an ordinary argument.
    pub fn arg(mut self, name: &str, value: impl Into<PublicArg>) -> Self {
        self.body
            .args
            .push((name.to_string(), Arg::from(value.into())));
        self
    }

    /// Adds text the school wrote in Markdown, for each platform to render as it can.
    pub fn markdown(mut self, name: &str, text: impl Into<String>) -> Self {
        self.body
            .args
            .push((name.to_string(), Arg::Markdown(text.into())));
        self
    }

    /// Adds an argument that is another message key, localised for the recipient.
    pub fn arg_key(mut self, name: &str, key: impl Into<String>) -> Self {
        self.body
            .args
            .push((name.to_string(), Arg::Key(key.into())));
        self
    }

    /// Adds a button.
    pub fn choice(mut self, choice: Choice) -> Self {
        self.body.choices.push(choice);
        self
    }

    /// Adds a list argument: each public message becomes one line, rendered in the
    /// recipient's language.
    pub fn items(mut self, name: &str, items: impl IntoIterator<Item = Message<Public>>) -> Self {
        let items = items
            .into_iter()
            .map(|m| (m.body.key, m.body.args))
            .collect();
        self.body.args.push((name.to_string(), Arg::Items(items)));
        self
    }

    /// Adds several buttons.
    pub fn choices(mut self, choices: impl IntoIterator<Item = Choice>) -> Self {
        self.body.choices.extend(choices);
        self
    }

    /// Marks the message as asking for a typed answer of `min` to `max` characters, to the
    /// question with reference `to` (see [`TextAnswer::to`]).
    pub fn expects_text(mut self, min: usize, max: usize, to: impl Into<String>) -> Self {
        self.body.expects_text = Some(TextAnswer {
            min: min.max(1),
            max: max.max(1),
            to: Some(to.into()),
        });
        self
    }

    /// The Fluent key.
    pub fn key(&self) -> &str {
        &self.body.key
    }

    /// The content, for rendering outside a chat (the command line).
    pub fn body(&self) -> &Body {
        &self.body
    }
}

impl Message<Private> {
    /// Keeps the message sealed at rest and out of logs although no argument is secret (its
    /// buttons name people, say).
    pub fn sealed(mut self) -> Self {
        self.body.sensitive = true;
        self
    }

    /// Adds a sensitive argument. Only a `Message<Private>` can hold one.
    pub fn secret(mut self, name: &str, value: Sensitive<String>) -> Self {
        self.body
            .args
            .push((name.to_string(), Arg::Secret(value.into_inner())));
        self.body.sensitive = true;
        self
    }

    /// Adds labelled lines; any [`Arg::Secret`] among them makes the message sensitive.
    pub fn lines(mut self, name: &str, lines: Vec<(String, Arg)>) -> Self {
        if lines.iter().any(|(_, a)| matches!(a, Arg::Secret(_))) {
            self.body.sensitive = true;
        }
        self.body.args.push((name.to_string(), Arg::Lines(lines)));
        self
    }
}

impl From<Message<Public>> for Message<Private> {
    fn from(m: Message<Public>) -> Self {
        Message {
            body: m.body,
            _s: PhantomData,
        }
    }
}

/// Where a message goes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Recipient {
    /// The private chat of a verified (linked) person; on `via` if given, else their preferred
    /// linked account.
    Person { id: PersonId, via: Option<Platform> },
    /// The private chat of an account that is not (yet) linked to anyone.
    Account(Account),
    /// A group chat or channel.
    Group(GroupChat),
}

/// A message addressed to a recipient: the only way the core asks for something to be sent.
#[derive(Debug, Clone)]
pub struct Outgoing {
    to: Recipient,
    body: Body,
    /// Ask the adapter to remove the message from the chat this long after it was delivered.
    remove_after: Option<Duration>,
    /// Do not deliver before this instant (quiet hours, scheduled sends).
    not_before: Option<DateTime<Utc>>,
    /// Who is told when the message cannot be delivered at all.
    report_to: Option<PersonId>,
    /// What the message belongs to (e.g. `broadcast:12`), for progress and cancelling.
    tag: Option<String>,
    /// Never send twice, even if that means a crash mid-send leaves it unconfirmed.
    at_most_once: bool,
    /// The school the message comes from, when it goes to a chat rather than a person (a
    /// person's messages are their school's): its times are shown in that school's zone.
    school: Option<SchoolId>,
}

impl Outgoing {
    /// To the private chat of a verified person; may carry sensitive values.
    pub fn to_person(id: PersonId, via: Option<Platform>, m: impl Into<Message<Private>>) -> Self {
        Self::build(Recipient::Person { id, via }, m.into().body)
    }

    /// To the private chat of an account not linked to anyone; public content only.
    pub fn to_account(account: Account, m: Message<Public>) -> Self {
        Self::build(Recipient::Account(account), m.body)
    }

    /// To a group chat; public content only.
    pub fn to_group(group: GroupChat, m: Message<Public>) -> Self {
        Self::build(Recipient::Group(group), m.body)
    }

    fn build(to: Recipient, body: Body) -> Self {
        Outgoing {
            to,
            body,
            remove_after: None,
            not_before: None,
            report_to: None,
            tag: None,
            at_most_once: false,
            school: None,
        }
    }

    /// Asks for at-most-once delivery: if the dispatcher dies between handing the message to
    /// the platform and recording that, the message is not sent again (it is settled as
    /// failed, "interrupted"). Without this, such a message is sent again (at least once).
    pub fn at_most_once(mut self) -> Self {
        self.at_most_once = true;
        self
    }

    pub fn is_at_most_once(&self) -> bool {
        self.at_most_once
    }

    /// Files the message under a tag, so its delivery can be followed or cancelled as a group.
    pub fn tagged(mut self, tag: impl Into<String>) -> Self {
        self.tag = Some(tag.into());
        self
    }

    pub fn tag(&self) -> Option<&str> {
        self.tag.as_deref()
    }

    /// Says which school the message comes from, unless it already says.
    pub fn from_school_id(&mut self, school: SchoolId) {
        self.school.get_or_insert(school);
    }

    /// The school the message says it comes from.
    pub fn school(&self) -> Option<SchoolId> {
        self.school
    }

    /// Names the person to tell if this message cannot be delivered at all.
    pub fn report_failure_to(mut self, person: PersonId) -> Self {
        self.report_to = Some(person);
        self
    }

    pub fn failure_contact(&self) -> Option<PersonId> {
        self.report_to
    }

    /// Asks for the delivered message to be removed from the chat after `after`.
    pub fn remove_after(mut self, after: Duration) -> Self {
        self.remove_after = Some(after);
        self
    }

    /// Holds the message until `at`.
    pub fn not_before(mut self, at: DateTime<Utc>) -> Self {
        self.not_before = Some(at);
        self
    }

    pub fn recipient(&self) -> &Recipient {
        &self.to
    }

    /// Names the school the message comes from (its first line as shown).
    pub fn from_school(&mut self, name: String) {
        self.body
            .args
            .push((Body::FROM_SCHOOL.into(), Arg::Text(name)));
    }

    pub fn body(&self) -> &Body {
        &self.body
    }

    pub fn removal_delay(&self) -> Option<Duration> {
        self.remove_after
    }

    pub fn hold_until(&self) -> Option<DateTime<Utc>> {
        self.not_before
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted_in_debug_output() {
        let m = Message::private("form-review").secret("p", Sensitive::new("hunter2".into()));
        let out = Outgoing::to_person(PersonId(1), None, m);
        let shown = format!("{out:?}");
        assert!(!shown.contains("hunter2"), "{shown}");
        assert!(shown.contains("redacted"));
        assert!(out.body().sensitive);
    }

    #[test]
    fn a_text_hint_survives_storage_and_old_bodies_still_read() {
        let m = Message::private("form-review").expects_text(0, 500, "f.Ab3dE6gH.4");
        let json = serde_json::to_string(m.body()).expect("json");
        let back: Body = serde_json::from_str(&json).expect("body");
        assert_eq!(
            back.expects_text,
            Some(TextAnswer {
                min: 1,
                max: 500,
                to: Some("f.Ab3dE6gH.4".into())
            })
        );
        let old = r#"{"key":"form-review","args":[],"choices":[],"sensitive":false}"#;
        let old: Body = serde_json::from_str(old).expect("a body stored before the hint");
        assert_eq!(old.expects_text, None);
        let before_references = r#"{"key":"form-review","args":[],"choices":[],
            "sensitive":false,"expects_text":{"min":1,"max":500}}"#;
        let before: Body = serde_json::from_str(before_references).expect("a hint without to");
        assert_eq!(
            before.expects_text,
            Some(TextAnswer {
                min: 1,
                max: 500,
                to: None
            })
        );
        let plain = serde_json::to_string(Message::new("sent-privately").body()).expect("json");
        assert!(!plain.contains("expects_text"), "{plain}");
    }

    #[test]
    fn question_references_are_short_and_plain() {
        assert!(TextAnswer::is_reference("f.Ab3dE6gH.12"));
        assert!(TextAnswer::is_reference(&"a".repeat(TextAnswer::MAX_TO)));
        assert!(!TextAnswer::is_reference(
            &"a".repeat(TextAnswer::MAX_TO + 1)
        ));
        for bad in ["", "f.a b.1", "f/x", "f.é.1", "f.x.1\n"] {
            assert!(!TextAnswer::is_reference(bad), "{bad:?}");
        }
    }

    #[test]
    fn a_public_message_to_a_group_is_not_sensitive() {
        let m = Message::new("sent-privately").arg("n", 3usize);
        let out = Outgoing::to_group(GroupChat::new(Platform::Console, "staff"), m);
        assert!(!out.body().sensitive);
    }
}
