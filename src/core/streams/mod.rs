//! Private livestreams: policy-checked set-up, joining details sent one by one to the right
//! parents in private, reminders, cancelling and moving, attendance and the log, and a guard
//! against the details leaking into group chats.
//!
//! Policy 000 "Livestreaming": school accounts only, never recorded, chat only when an adult
//! monitors it, no file sharing, school hours only, at least two supervising staff, and
//! credentials "through the school's current secure parent contact method … and not publicly".
//! Policy 003 "Use of Video Conferencing Technology": links must not be shared; staff record
//! the length, time, date and attendance of sessions.
//!
//! This module must never put a link, meeting id or passcode anywhere but a
//! `Message<Private>` addressed to a verified parent's (or, while typing them, the organiser's)
//! private chat: not in a group, an alert, a log line, an audit subject or an error.
//!
//! | file | use case |
//! |---|---|
//! | [`new`] | `/stream new`: what happens when the set-up form is submitted |
//! | [`form`] | the set-up form's steps and the checks on typed answers |
//! | [`policy`] | the pure policy check |
//! | [`directory`] | class groups, the audience, matching typed staff names (pure) |
//! | [`deliver`] | sending the details to the audience; the delivery report |
//! | [`approval`] | the optional SLT approval step |
//! | [`manage`] | `/stream cancel`, `time`, `attendance`, `report`, `log` |
//! | [`rotate`] | `/stream rotate`: a new passcode, re-sent |
//! | [`parents`] | `/streams`: a parent's upcoming streams and the details again |
//! | [`leak`] | the leak guard for group chats |
//! | [`sweep`] | reports, reminders, attendance prompts, deleting the details |

pub mod approval;
pub mod deliver;
pub mod directory;
pub mod form;
pub mod leak;
pub mod manage;
pub mod new;
pub mod parents;
pub mod policy;
pub mod rotate;
pub mod settings;
pub mod store;
pub mod sweep;

pub use settings::StreamSettings;
pub use sweep::sweep;

use super::message::Message;
use super::people::{Person, Role};
use super::turn::Turn;
use crate::core::fault::Result;
use store::{Stream, StreamId};

/// Prefix of this feature's button payloads: `s.ap.<id>`, `s.dc.<id>`, `s.g.<id>`.
pub const PAYLOAD_PREFIX: &str = "s.";

/// What `/stream …` asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    New,
    Cancel(StreamId),
    Report(StreamId),
    Attendance(StreamId, u32),
    Rotate(StreamId),
    /// Move a stream: the id and the typed new date and times.
    Time(StreamId, String),
    Log,
    /// Not understood: show the usage.
    Usage,
}

impl Action {
    /// Reads the arguments of `/stream`. Pure.
    pub fn parse(args: &str) -> Action {
        let mut words = args.split_whitespace();
        let verb = words.next().unwrap_or("new").to_lowercase();
        let id = words.next().and_then(StreamId::parse);
        let rest: Vec<&str> = words.collect();
        match (verb.as_str(), id, rest.as_slice()) {
            ("new", None, []) => Action::New,
            ("log", None, []) => Action::Log,
            ("cancel", Some(id), []) => Action::Cancel(id),
            ("report", Some(id), []) => Action::Report(id),
            ("rotate", Some(id), []) => Action::Rotate(id),
            ("attendance", Some(id), [n]) => match n.parse() {
                Ok(n) if n <= 100_000 => Action::Attendance(id, n),
                _ => Action::Usage,
            },
            ("time", Some(id), r) if !r.is_empty() => Action::Time(id, r.join(" ")),
            _ => Action::Usage,
        }
    }
}

/// True for the people who may set up and manage streams.
pub fn is_organiser(p: &Person) -> bool {
    p.has(Role::StreamOrganiser) || p.has(Role::Slt)
}

/// True when `p` may manage this stream: its organiser, or a member of the SLT.
pub fn may_manage(p: &Person, s: &Stream) -> bool {
    s.organiser == p.id || p.has(Role::Slt)
}

/// `/stream …`: role-checked; in a group only a pointer, the work goes on in private.
pub async fn command(t: &mut Turn<'_>, args: &str) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    if !t.in_private() {
        t.reply(Message::new("sent-privately"));
    }
    if !is_organiser(&me) {
        t.private(Message::new("stream-organisers-only"));
        return Ok(());
    }
    match Action::parse(args) {
        Action::New => new::start(t).await,
        Action::Cancel(id) => manage::cancel(t, id).await,
        Action::Report(id) => manage::report(t, id).await,
        Action::Attendance(id, n) => manage::attendance(t, id, n).await,
        Action::Rotate(id) => rotate::start(t, id).await,
        Action::Time(id, when) => manage::retime(t, id, &when).await,
        Action::Log => manage::log(t).await,
        Action::Usage => {
            t.private(Message::new("stream-usage"));
            Ok(())
        }
    }
}

/// A button of this feature (`s.…`, prefix already removed). Forged or stale payloads get a
/// polite refusal and change nothing.
pub async fn button(t: &mut Turn<'_>, rest: &str) -> Result<()> {
    let (verb, id) = rest.split_once('.').unwrap_or((rest, ""));
    let Some(id) = StreamId::parse(id) else {
        t.private(Message::new("stream-button-unknown"));
        return Ok(());
    };
    match verb {
        "ap" => approval::decide(t, id, true).await,
        "dc" => approval::decide(t, id, false).await,
        "g" => parents::send_again(t, id).await,
        _ => {
            t.private(Message::new("stream-button-unknown"));
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stream_subcommands_are_read() {
        assert_eq!(Action::parse(""), Action::New);
        assert_eq!(Action::parse("new"), Action::New);
        assert_eq!(Action::parse("CANCEL #3"), Action::Cancel(StreamId(3)));
        assert_eq!(
            Action::parse("attendance 3 27"),
            Action::Attendance(StreamId(3), 27)
        );
        assert_eq!(
            Action::parse("time 4 18/11/2026 13:30-14:30"),
            Action::Time(StreamId(4), "18/11/2026 13:30-14:30".into())
        );
        assert_eq!(Action::parse("log"), Action::Log);
        assert_eq!(Action::parse("rotate 2"), Action::Rotate(StreamId(2)));
    }

    #[test]
    fn bad_subcommands_get_the_usage() {
        for bad in [
            "cancel",
            "cancel x",
            "cancel 0",
            "attendance 3",
            "attendance 3 -1",
            "attendance 3 lots",
            "rotate 2 now",
            "time 3",
            "delete 3",
            "log 3",
        ] {
            assert_eq!(Action::parse(bad), Action::Usage, "{bad}");
        }
    }
}
