//! Commands people type, parsed once into one enum. Parsing is pure.
//!
//! - [`catalogue`]: the one table of commands, from which parsing, `/help`, the menus and
//!   Discord's slash commands are derived;
//! - [`args`]: the words after a command, read into typed sub-commands;
//! - [`help`]: `/help`, one line per command the person is offered.

pub mod args;
pub mod catalogue;
pub mod help;

pub use args::{
    AupCommand, BroadcastCommand, CampaignCommand, CaseAction, CaseCommand, CasesCommand,
    ConcernCommand, StreamCommand,
};

use crate::core::people::{Role, Roles};

/// A command and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `/start [CODE]` (a Telegram deep link carries the link code here).
    Start(String),
    /// `/link CODE`
    Link(String),
    Unlink,
    Whoami,
    /// `/desk`: a sign-in link for the case desk.
    Desk,
    /// `/language [TAG]`
    Language(String),
    Help,
    Cancel,
    Back,
    /// `/concern [add REF]`
    Concern(ConcernCommand),
    /// `/cases [closed]`
    Cases(CasesCommand),
    /// `/case REF [action]`
    Case(CaseCommand),
    /// `/stream [new|cancel ID|time ID …|attendance ID N|rotate ID|report ID|log]`
    Stream(StreamCommand),
    /// `/streams`: my upcoming livestreams.
    Streams,
    /// `/aup [report|publish]`
    Aup(AupCommand),
    /// `/broadcast [status [ID] | cancel ID]`
    Broadcast(BroadcastCommand),
    /// `/campaign sid [date YYYY-MM-DD | theme TEXT | confirm]`
    Campaign(CampaignCommand),
    /// `/optout`: no more non-essential broadcasts (parents).
    OptOut,
    /// `/optin`: non-essential broadcasts again.
    OptIn,
    /// `/clock …`: read by the console alone; anywhere else it is refused.
    Clock,
    /// A command Haven does not know.
    Unknown(String),
}

impl Command {
    /// Reads a command name (already lower-cased, without slash) and its arguments.
    pub fn parse(name: &str, args: &str) -> Command {
        match catalogue::find(name) {
            Some(spec) => (spec.parse)(args.trim()),
            None => Command::Unknown(name.to_string()),
        }
    }

    /// The commands shown in menus, as (name, description key): for staff, every command
    /// offered to some member of staff; otherwise a parent's. Prefer [`menu_for`].
    pub fn menu(staff: bool) -> Vec<(&'static str, &'static str)> {
        if !staff {
            return menu_for(Some(&Roles::new([Role::Parent])));
        }
        catalogue::CATALOGUE
            .iter()
            .filter(|s| s.listed == catalogue::Listed::Menu && s.who.admits_school_side())
            .map(|s| (s.name, s.description))
            .collect()
    }
}

/// The menu of someone with `roles` (`None`: an account linked to nobody), as (name,
/// description key), in menu order: only the commands their roles are offered.
pub fn menu_for(roles: Option<&Roles>) -> Vec<(&'static str, &'static str)> {
    catalogue::offered(roles)
        .map(|s| (s.name, s.description))
        .collect()
}

#[cfg(test)]
#[path = "tests.rs"]
mod tests;
