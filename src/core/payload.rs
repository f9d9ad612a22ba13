//! Button payloads: one enum, one encoder ([`Payload::encode`]) and one decoder
//! ([`Payload::decode`]) for every button Haven puts under a message.
//!
//! The wire strings are those Haven has always sent (buttons already in people's chats keep
//! working), and every one fits Telegram's 64 bytes of `callback_data` (and so Discord's 100
//! characters of `custom_id`):
//!
//! | payload | what it is |
//! |---|---|
//! | `lang.<tag>` | a language choice |
//! | `role.ok.<id>`, `role.no.<id>` | confirming or refusing a role request |
//! | `link.ok.<id>`, `link.no.<id>` | an existing account answering a new one |
//! | `c.<action>.<REF>[.<value>]`, `c.add.<REF>` | a case action; the reporter's "add" |
//! | `s.ap.<id>`, `s.dc.<id>`, `s.g.<id>` | approving or declining a stream; the details again |
//! | `a.r.<id>`, `a.y.<id>`, `a.q.<id>` | read, agree to or ask about an AUP version |
//! | `a.re.<id>.<question>` | the lead replies to a question about an AUP version |
//! | `b.send.<id>`, `b.drop.<id>`, `b.sid.<year>` | a broadcast preview; confirming Safer Internet Day |
//! | `sch.<id>` | which school a private conversation is about (an account linked in several) |
//! | `f.<nonce>.<step>.<value>` | a form's answer |
//!
//! Decoding never fails and never panics: a payload of a known feature that does not read is
//! [`Payload::Invalid`] (the feature's polite refusal), anything else [`Payload::Unknown`].
//! Nothing here trusts a payload: handlers check every id against what the presser may do.

use super::aup::model::VersionId;
use super::broadcast::store::BroadcastId;
use super::command::CaseAction;
use super::concern::reference::ConcernRef;
use super::ids::SchoolId;
use super::people::Lang;
use super::streams::store::StreamId;

/// The prefix of a form's payloads and of a form question's reference.
pub const FORM_PREFIX: &str = "f.";

/// What a button asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Payload {
    Language(Lang),
    /// A role request confirmed (`yes`) or refused.
    Role {
        request: i64,
        yes: bool,
    },
    /// A pending link to a new account allowed (`yes`) or declined.
    Relink {
        pending: i64,
        yes: bool,
    },
    Case(CaseButton),
    Stream(StreamButton),
    Aup {
        action: AupAction,
        version: VersionId,
    },
    /// The lead replies to question `question` about AUP version `version` (checked against
    /// the audit log: asked, not yet answered, and the presser a lead).
    AupReply {
        version: VersionId,
        question: i64,
    },
    Broadcast(BroadcastButton),
    /// The school a private conversation is about (checked against the presser's links).
    School(SchoolId),
    /// A case desk sign-in confirmed (`yes`) or refused by its person, by the code sent with
    /// the question (checked against the presser's waiting sessions).
    Desk {
        code: String,
        yes: bool,
    },
    /// An answer to step `step` of the form with `nonce`.
    Form {
        nonce: String,
        step: usize,
        value: String,
    },
    /// A payload with a feature's prefix that does not read: forged, or from an older Haven.
    Invalid(Feature),
    /// No feature's payload.
    Unknown,
}

/// The feature a payload belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Feature {
    Language,
    Role,
    Relink,
    Case,
    Stream,
    Aup,
    Broadcast,
    School,
    Desk,
}

/// A button on a case, or the reporter's "add to my concern".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseButton {
    Act {
        reference: ConcernRef,
        action: CaseAction,
    },
    /// The reporter adds to their concern (`None`: the reference did not read).
    Add(Option<ConcernRef>),
}

/// A stream's buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StreamButton {
    Approve(StreamId),
    Decline(StreamId),
    /// A parent asks for the joining details again.
    SendAgain(StreamId),
}

/// What an AUP button asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AupAction {
    Read,
    Agree,
    Ask,
}

impl AupAction {
    const ALL: [AupAction; 3] = [AupAction::Read, AupAction::Agree, AupAction::Ask];

    fn code(self) -> &'static str {
        match self {
            AupAction::Read => "r",
            AupAction::Agree => "y",
            AupAction::Ask => "q",
        }
    }
}

/// A broadcast's buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BroadcastButton {
    /// Send the previewed broadcast.
    Send(BroadcastId),
    /// Drop the previewed broadcast.
    Drop(BroadcastId),
    /// Confirm Safer Internet Day of this year.
    ConfirmSid(i32),
}

impl Payload {
    /// The payload as sent with the button.
    pub fn encode(&self) -> String {
        match self {
            Payload::Language(l) => format!("lang.{}", l.tag()),
            Payload::Role { request, yes } => format!("role.{}.{request}", ok(*yes)),
            Payload::Relink { pending, yes } => format!("link.{}.{pending}", ok(*yes)),
            Payload::Case(b) => encode_case(b),
            Payload::Stream(b) => match b {
                StreamButton::Approve(id) => format!("s.ap.{id}"),
                StreamButton::Decline(id) => format!("s.dc.{id}"),
                StreamButton::SendAgain(id) => format!("s.g.{id}"),
            },
            Payload::Aup { action, version } => format!("a.{}.{}", action.code(), version.0),
            Payload::AupReply { version, question } => format!("a.re.{}.{question}", version.0),
            Payload::Broadcast(b) => match b {
                BroadcastButton::Send(id) => format!("b.send.{}", id.0),
                BroadcastButton::Drop(id) => format!("b.drop.{}", id.0),
                BroadcastButton::ConfirmSid(year) => format!("b.sid.{year}"),
            },
            Payload::School(id) => format!("sch.{}", id.0),
            Payload::Desk { code, yes } => format!("dsk.{}.{code}", ok(*yes)),
            Payload::Form { nonce, step, value } => format!("{FORM_PREFIX}{nonce}.{step}.{value}"),
            // Never put under a button; encoded as something that decodes to the same.
            Payload::Invalid(f) => format!("{}~", prefix(*f)),
            Payload::Unknown => String::new(),
        }
    }

    /// Reads a pressed button's payload. Never fails: see [`Payload::Invalid`].
    pub fn decode(p: &str) -> Payload {
        let feature = [
            Feature::Language,
            Feature::Role,
            Feature::Relink,
            Feature::Case,
            Feature::Stream,
            Feature::Aup,
            Feature::Broadcast,
            Feature::School,
            Feature::Desk,
        ]
        .into_iter()
        .find_map(|f| Some((f, p.strip_prefix(prefix(f))?)));
        let Some((feature, rest)) = feature else {
            return decode_form(p).unwrap_or(Payload::Unknown);
        };
        let read = match feature {
            Feature::Language => Lang::parse(rest).map(Payload::Language),
            Feature::Role => yes_no(rest).map(|(yes, request)| Payload::Role { request, yes }),
            Feature::Relink => yes_no(rest).map(|(yes, pending)| Payload::Relink { pending, yes }),
            Feature::Case => decode_case(rest).map(Payload::Case),
            Feature::Stream => decode_stream(rest).map(Payload::Stream),
            Feature::Aup => decode_aup(rest),
            Feature::Broadcast => decode_broadcast(rest).map(Payload::Broadcast),
            Feature::School => rest
                .parse::<i64>()
                .ok()
                .filter(|n| *n > 0)
                .map(|n| Payload::School(SchoolId(n))),
            Feature::Desk => decode_desk(rest),
        };
        read.unwrap_or(Payload::Invalid(feature))
    }
}

fn prefix(f: Feature) -> &'static str {
    match f {
        Feature::Language => "lang.",
        Feature::Role => "role.",
        Feature::Relink => "link.",
        Feature::Case => "c.",
        Feature::Stream => "s.",
        Feature::Aup => "a.",
        Feature::Broadcast => "b.",
        Feature::School => "sch.",
        Feature::Desk => "dsk.",
    }
}

/// `ok.<code>` or `no.<code>`, the code as Haven makes it (hex, [`DESK_CODE_LEN`] long).
fn decode_desk(rest: &str) -> Option<Payload> {
    let (answer, code) = rest.split_once('.')?;
    let yes = match answer {
        "ok" => true,
        "no" => false,
        _ => return None,
    };
    let hex = code.len() == DESK_CODE_LEN && code.bytes().all(|b| b.is_ascii_hexdigit());
    hex.then(|| Payload::Desk {
        code: code.to_string(),
        yes,
    })
}

/// The length of a desk sign-in's confirmation code (64 bits in hex).
pub const DESK_CODE_LEN: usize = 16;

fn ok(yes: bool) -> &'static str {
    if yes {
        "ok"
    } else {
        "no"
    }
}

/// `ok.<id>` or `no.<id>`.
fn yes_no(rest: &str) -> Option<(bool, i64)> {
    let (answer, id) = rest.split_once('.')?;
    let id = id.parse::<i64>().ok()?;
    match answer {
        "ok" => Some((true, id)),
        "no" => Some((false, id)),
        _ => None,
    }
}

fn encode_case(b: &CaseButton) -> String {
    let (reference, action) = match b {
        CaseButton::Add(Some(r)) => return format!("c.add.{r}"),
        CaseButton::Add(None) => return "c.add.".into(),
        CaseButton::Act { reference, action } => (reference, action),
    };
    let (name, value) = match action {
        CaseAction::View => ("open", None),
        CaseAction::Ack => ("ack", None),
        CaseAction::Note => ("note", None),
        CaseAction::Review => ("review", None),
        CaseAction::Status(None) => ("status", None),
        CaseAction::Status(Some(s)) => ("st", Some(s.as_str())),
        CaseAction::Close => ("close", None),
        CaseAction::Reopen => ("reopen", None),
        CaseAction::Hold(None) => ("hold", None),
        CaseAction::Hold(Some(on)) => ("hold", Some(if *on { "on" } else { "off" })),
    };
    match value {
        Some(v) => format!("c.{name}.{reference}.{v}"),
        None => format!("c.{name}.{reference}"),
    }
}

/// `<action>.<REF>[.<value>]` (`open` is `view`, `st` is `status`), or `add.<REF>`.
fn decode_case(rest: &str) -> Option<CaseButton> {
    let mut parts = rest.splitn(3, '.');
    let (action, r, value) = (parts.next()?, parts.next()?, parts.next());
    if action == "add" {
        return Some(CaseButton::Add(ConcernRef::parse(r).ok()));
    }
    let reference = ConcernRef::parse(r).ok()?;
    let action = match action {
        "open" => "view",
        "st" => "status",
        a => a,
    };
    let action = CaseAction::parse(action, value)?;
    Some(CaseButton::Act { reference, action })
}

fn decode_stream(rest: &str) -> Option<StreamButton> {
    let (verb, id) = rest.split_once('.')?;
    let id = StreamId::parse(id)?;
    match verb {
        "ap" => Some(StreamButton::Approve(id)),
        "dc" => Some(StreamButton::Decline(id)),
        "g" => Some(StreamButton::SendAgain(id)),
        _ => None,
    }
}

fn decode_aup(rest: &str) -> Option<Payload> {
    if let Some(ids) = rest.strip_prefix("re.") {
        let (v, q) = ids.split_once('.')?;
        let positive = |s: &str| s.parse::<i64>().ok().filter(|n| *n > 0);
        return Some(Payload::AupReply {
            version: VersionId(positive(v)?),
            question: positive(q)?,
        });
    }
    let (code, id) = rest.split_once('.')?;
    let action = AupAction::ALL.into_iter().find(|a| a.code() == code)?;
    let id = id.parse::<i64>().ok().filter(|n| *n > 0)?;
    Some(Payload::Aup {
        action,
        version: VersionId(id),
    })
}

fn decode_broadcast(rest: &str) -> Option<BroadcastButton> {
    let number = |prefix: &str| rest.strip_prefix(prefix)?.parse::<i64>().ok();
    if let Some(id) = number("send.") {
        return Some(BroadcastButton::Send(BroadcastId(id)));
    }
    if let Some(id) = number("drop.") {
        return Some(BroadcastButton::Drop(BroadcastId(id)));
    }
    let year = i32::try_from(number("sid.")?).ok()?;
    Some(BroadcastButton::ConfirmSid(year))
}

/// `f.<nonce>.<step>.<value>`.
fn decode_form(p: &str) -> Option<Payload> {
    let mut parts = p.strip_prefix(FORM_PREFIX)?.splitn(3, '.');
    let nonce = parts.next()?.to_string();
    let step = parts.next()?.parse().ok()?;
    let value = parts.next()?.to_string();
    Some(Payload::Form { nonce, step, value })
}

#[cfg(test)]
#[path = "payload_tests.rs"]
mod tests;
