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
//! | [`manage`] | `/stream cancel`, `time`, `report`, `log` |
//! | [`attendance`] | `/stream attendance`: a count, or the invited parents ticked by name |
//! | [`rotate`] | `/stream rotate`: a new passcode, re-sent |
//! | [`parents`] | `/streams`: a parent's upcoming streams and the details again |
//! | [`leak`] | the leak guard for group chats |
//! | [`sweep`] | reports, reminders, attendance prompts, deleting the details |

pub mod approval;
pub mod attendance;
pub mod deliver;
pub mod directory;
pub mod early;
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

use super::command::StreamCommand;
use super::message::Message;
use super::payload::StreamButton;
use super::people::{Person, Role};
use super::turn::Turn;
use crate::core::fault::Result;
use store::Stream;

/// True for the people who may set up and manage streams.
pub fn is_organiser(p: &Person) -> bool {
    p.roles.any(&Role::STREAM_ORGANISERS)
}

/// True when `p` may manage this stream: its organiser, or a member of the SLT.
pub fn may_manage(p: &Person, s: &Stream) -> bool {
    s.organiser == p.id || p.has(Role::Slt)
}

/// `/stream …`: role-checked; in a group only a pointer, the work goes on in private.
pub async fn command(t: &mut Turn<'_>, cmd: StreamCommand) -> Result<()> {
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
    match cmd {
        StreamCommand::New => new::start(t).await,
        StreamCommand::Cancel(id) => manage::cancel(t, id).await,
        StreamCommand::Report(id) => manage::report(t, id).await,
        StreamCommand::Attendance(id, n, replace) => attendance::count(t, id, n, replace).await,
        StreamCommand::AttendanceNames(id, replace) => attendance::names(t, id, replace).await,
        StreamCommand::Rotate(id) => rotate::start(t, id).await,
        StreamCommand::Time(id, when) => manage::retime(t, id, &when).await,
        StreamCommand::Log => manage::log(t).await,
        StreamCommand::Usage => {
            t.private(Message::new("stream-usage"));
            Ok(())
        }
    }
}

/// A button of this feature; `None` for one that does not read. Forged or stale payloads get
/// a polite refusal and change nothing.
pub async fn button(t: &mut Turn<'_>, b: Option<StreamButton>) -> Result<()> {
    match b {
        Some(StreamButton::Approve(id)) => approval::decide(t, id, true).await,
        Some(StreamButton::Decline(id)) => approval::decide(t, id, false).await,
        Some(StreamButton::SendAgain(id)) => parents::send_again(t, id).await,
        None => {
            t.private(Message::new("stream-button-unknown"));
            Ok(())
        }
    }
}
