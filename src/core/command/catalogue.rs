//! The one table of commands: each command's name, aliases, argument shape, who it is offered
//! to, its description key and where it is listed. Parsing ([`super::Command::parse`]), `/help`
//! ([`super::help`]), the command menus ([`super::menu_for`]) and Discord's slash commands are
//! all derived from [`CATALOGUE`], so they cannot drift apart.
//!
//! The table says what to *offer*; it never grants anything. Every handler still checks the
//! roles it needs, so a command typed by someone it is not offered to gets that handler's
//! polite refusal.

use super::args::{
    AupCommand, BroadcastCommand, CampaignCommand, CaseCommand, CasesCommand, StreamCommand,
};
use super::{Command, ConcernCommand};
use crate::core::people::{Role, Roles};

/// What a command takes after its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Args {
    /// Nothing.
    None,
    /// Words that may be left out.
    Optional,
    /// Words without which the command cannot work (a link code, a case reference).
    Required,
}

/// Who a command is offered to, as a test on the roles of the person asking (`None`: an
/// account linked to nobody).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    /// Everyone, including an account linked to nobody.
    Anyone,
    /// Anyone linked to a person.
    Linked,
    /// People who work or volunteer for the school, or govern it (not parents as such).
    SchoolSide,
    /// People whose roles can put them on a concern's route: the DSL team, the Headteacher,
    /// governors, the online safety and IT leads. Never a roster admin.
    CaseReaders,
    /// Stream organisers and senior leadership ([`Role::STREAM_ORGANISERS`]).
    StreamOrganisers,
    /// The online safety lead and senior leadership ([`Role::BROADCASTERS`]).
    Broadcasters,
    /// Parents and carers.
    Parents,
}

impl Who {
    /// True when someone with `roles` (`None`: not linked) is offered the command.
    pub fn admits(self, roles: Option<&Roles>) -> bool {
        let Some(r) = roles else {
            return self == Who::Anyone;
        };
        match self {
            Who::Anyone | Who::Linked => true,
            Who::SchoolSide => r.is_school_side(),
            Who::CaseReaders => r.any(&Role::SAFEGUARDING) && !r.has(Role::RosterAdmin),
            Who::StreamOrganisers => r.any(&Role::STREAM_ORGANISERS),
            Who::Broadcasters => r.any(&Role::BROADCASTERS),
            Who::Parents => r.has(Role::Parent),
        }
    }

    /// True when the command is for some member of staff, volunteer or governor.
    pub fn admits_school_side(self) -> bool {
        self != Who::Parents
    }
}

/// Where a command is listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Listed {
    /// In the command menus, in `/help` and among Discord's slash commands.
    Menu,
    /// Among Discord's slash commands only; typed where it is needed (`/case REF`).
    Typed,
    /// Nowhere: a command platforms send themselves (Telegram's `/start`), or one only the
    /// console reads (`/clock`).
    Hidden,
}

/// One command of the catalogue.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// The name people type, without the slash.
    pub name: &'static str,
    /// Other names that mean the same command.
    pub aliases: &'static [&'static str],
    pub args: Args,
    pub who: Who,
    /// Fluent key of its description (`cmd-*`), in menus, `/help` and on Discord.
    pub description: &'static str,
    pub listed: Listed,
    /// Reads the (trimmed) words after the name.
    pub parse: fn(&str) -> Command,
}

impl Spec {
    /// True when `name` (lower-case, without the slash) is this command.
    pub fn is_named(&self, name: &str) -> bool {
        self.name == name || self.aliases.contains(&name)
    }
}

/// Every command Haven knows, in menu order.
pub const CATALOGUE: &[Spec] = &[
    Spec {
        name: "concern",
        aliases: &[],
        args: Args::Optional,
        who: Who::SchoolSide,
        description: "cmd-concern",
        listed: Listed::Menu,
        parse: |a| Command::Concern(ConcernCommand::parse(a)),
    },
    Spec {
        name: "help",
        aliases: &[],
        args: Args::None,
        who: Who::Anyone,
        description: "cmd-help",
        listed: Listed::Menu,
        parse: |_| Command::Help,
    },
    Spec {
        name: "whoami",
        aliases: &[],
        args: Args::None,
        who: Who::Linked,
        description: "cmd-whoami",
        listed: Listed::Menu,
        parse: |_| Command::Whoami,
    },
    Spec {
        name: "language",
        aliases: &["lang", "iaith", "jezyk"],
        args: Args::Optional,
        who: Who::Linked,
        description: "cmd-language",
        listed: Listed::Menu,
        parse: |a| Command::Language(a.to_string()),
    },
    Spec {
        name: "cases",
        aliases: &[],
        args: Args::Optional,
        who: Who::CaseReaders,
        description: "cmd-cases",
        listed: Listed::Menu,
        parse: |a| Command::Cases(CasesCommand::parse(a)),
    },
    Spec {
        name: "case",
        aliases: &[],
        args: Args::Required,
        who: Who::CaseReaders,
        description: "cmd-case",
        listed: Listed::Typed,
        parse: |a| Command::Case(CaseCommand::parse(a)),
    },
    Spec {
        name: "desk",
        aliases: &[],
        args: Args::None,
        who: Who::SchoolSide,
        description: "cmd-desk",
        listed: Listed::Menu,
        parse: |_| Command::Desk,
    },
    Spec {
        name: "stream",
        aliases: &["livestream"],
        args: Args::Optional,
        who: Who::StreamOrganisers,
        description: "cmd-stream",
        listed: Listed::Menu,
        parse: |a| Command::Stream(StreamCommand::parse(a)),
    },
    Spec {
        name: "aup",
        aliases: &[],
        args: Args::Optional,
        who: Who::SchoolSide,
        description: "cmd-aup",
        listed: Listed::Menu,
        parse: |a| Command::Aup(AupCommand::parse(a)),
    },
    Spec {
        name: "broadcast",
        aliases: &[],
        args: Args::Optional,
        who: Who::Broadcasters,
        description: "cmd-broadcast",
        listed: Listed::Menu,
        parse: |a| Command::Broadcast(BroadcastCommand::parse(a)),
    },
    Spec {
        name: "campaign",
        aliases: &[],
        args: Args::Optional,
        who: Who::Broadcasters,
        description: "cmd-campaign",
        listed: Listed::Typed,
        parse: |a| Command::Campaign(CampaignCommand::parse(a)),
    },
    Spec {
        name: "optout",
        aliases: &[],
        args: Args::None,
        who: Who::Parents,
        description: "cmd-optout",
        listed: Listed::Menu,
        parse: |_| Command::OptOut,
    },
    Spec {
        name: "optin",
        aliases: &[],
        args: Args::None,
        who: Who::Parents,
        description: "cmd-optin",
        listed: Listed::Menu,
        parse: |_| Command::OptIn,
    },
    Spec {
        name: "streams",
        aliases: &["livestreams"],
        args: Args::None,
        who: Who::Linked,
        description: "cmd-streams",
        listed: Listed::Menu,
        parse: |_| Command::Streams,
    },
    Spec {
        name: "cancel",
        aliases: &[],
        args: Args::None,
        who: Who::Linked,
        description: "cmd-cancel",
        listed: Listed::Menu,
        parse: |_| Command::Cancel,
    },
    Spec {
        name: "back",
        aliases: &[],
        args: Args::None,
        who: Who::Linked,
        description: "cmd-back",
        listed: Listed::Typed,
        parse: |_| Command::Back,
    },
    Spec {
        name: "link",
        aliases: &[],
        args: Args::Required,
        who: Who::Anyone,
        description: "cmd-link",
        listed: Listed::Typed,
        parse: |a| Command::Link(a.to_string()),
    },
    Spec {
        name: "unlink",
        aliases: &[],
        args: Args::None,
        who: Who::Linked,
        description: "cmd-unlink",
        listed: Listed::Typed,
        parse: |_| Command::Unlink,
    },
    Spec {
        name: "start",
        aliases: &[],
        args: Args::Optional,
        who: Who::Anyone,
        description: "cmd-start",
        listed: Listed::Hidden,
        parse: |a| Command::Start(a.to_string()),
    },
    Spec {
        name: "report",
        aliases: &[],
        args: Args::Optional,
        who: Who::CaseReaders,
        description: "cmd-report",
        listed: Listed::Typed,
        parse: |a| Command::Report(a.to_string()),
    },
    Spec {
        name: "clock",
        aliases: &[],
        args: Args::Optional,
        who: Who::Anyone,
        description: "cmd-clock",
        listed: Listed::Hidden,
        parse: |_| Command::Clock,
    },
];

/// The catalogue's row for a command name or alias (lower-case, without the slash).
pub fn find(name: &str) -> Option<&'static Spec> {
    CATALOGUE.iter().find(|s| s.is_named(name))
}

/// The commands listed in menus that someone with `roles` is offered, in menu order.
pub fn offered(roles: Option<&Roles>) -> impl Iterator<Item = &'static Spec> + '_ {
    CATALOGUE
        .iter()
        .filter(move |s| s.listed == Listed::Menu && s.who.admits(roles))
}
