//! The `/help` text for who is asking. A leaf: linking and account handlers both send it.

use super::message::Message;
use super::people::Person;

/// The help text for who is asking.
pub fn help_for(me: Option<&Person>) -> Message {
    match me {
        None => Message::new("help-unlinked"),
        Some(p) if p.roles.is_school_side() => Message::new("help-staff"),
        Some(_) => Message::new("help-parent"),
    }
}
