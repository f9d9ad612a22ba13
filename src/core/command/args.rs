//! The words after a command, read once into what they ask for. Pure.
//!
//! Each reader returns a value for every input: what could not be understood becomes a
//! `Usage` (or a more precise invalid) variant, whose handler gives the existing localised
//! answer. Handlers match on these values and never read the words again.

use crate::core::broadcast::store::BroadcastId;
use crate::core::concern::reference::ConcernRef;
use crate::core::concern::types::Status;
use crate::core::streams::store::StreamId;
use chrono::NaiveDate;

/// Longest Safer Internet Day theme, in characters.
pub const MAX_THEME: usize = 200;

/// What `/concern` was asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConcernCommand {
    /// `/concern`: report a new concern.
    Report,
    /// `/concern add REF`: the reporter adds to their own concern.
    Add(ConcernRef),
    /// `/concern add` followed by something that is not a reference.
    AddNotARef,
    /// Anything else: how to use `/concern`.
    Usage,
}

impl ConcernCommand {
    /// Reads the arguments of `/concern`.
    pub fn parse(args: &str) -> ConcernCommand {
        let words: Vec<&str> = args.split_whitespace().collect();
        match words.as_slice() {
            [] => ConcernCommand::Report,
            [add, r] if add.eq_ignore_ascii_case("add") => {
                ConcernRef::parse(r).map_or(ConcernCommand::AddNotARef, ConcernCommand::Add)
            }
            _ => ConcernCommand::Usage,
        }
    }
}

/// What can be done to a case, typed (`/case REF ack`) or pressed (a `c.` button).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseAction {
    View,
    Ack,
    Note,
    Review,
    /// Set the status; `None` asks which (a missing or unknown status).
    Status(Option<Status>),
    Close,
    /// Reopen a closed case (a reason is asked for).
    Reopen,
    /// Legal hold on (`true`) or off; `None` when neither was said.
    Hold(Option<bool>),
}

impl CaseAction {
    /// Reads an action's name and the word after it (`status monitoring`, `hold on`); `None`
    /// for a name that is no action.
    pub fn parse(action: &str, value: Option<&str>) -> Option<CaseAction> {
        Some(match action {
            "view" => CaseAction::View,
            "ack" => CaseAction::Ack,
            "note" => CaseAction::Note,
            "review" => CaseAction::Review,
            "status" => CaseAction::Status(value.and_then(Status::parse)),
            "close" => CaseAction::Close,
            "reopen" => CaseAction::Reopen,
            "hold" => CaseAction::Hold(match value.map(str::to_ascii_lowercase).as_deref() {
                Some("on") => Some(true),
                Some("off") => Some(false),
                _ => None,
            }),
            _ => return None,
        })
    }

    /// True for what only a lead of the case may do (everything but reading and adding).
    pub fn lead_only(self) -> bool {
        !matches!(self, CaseAction::View | CaseAction::Note)
    }
}

/// What `/case …` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CaseCommand {
    /// `/case REF [action [value]]` (no action: view).
    On {
        reference: ConcernRef,
        action: CaseAction,
    },
    /// The first word is not a case reference: refused like a case one may not see.
    NotARef,
    /// Nothing after `/case`, or an action Haven does not know: how to use it.
    Usage,
}

impl CaseCommand {
    /// Reads the arguments of `/case`.
    pub fn parse(args: &str) -> CaseCommand {
        let mut words = args.split_whitespace();
        let Some(first) = words.next() else {
            return CaseCommand::Usage;
        };
        let Ok(reference) = ConcernRef::parse(first) else {
            return CaseCommand::NotARef;
        };
        let action = words.next().unwrap_or("view").to_ascii_lowercase();
        match CaseAction::parse(&action, words.next()) {
            Some(action) => CaseCommand::On { reference, action },
            None => CaseCommand::Usage,
        }
    }
}

/// What `/stream …` asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StreamCommand {
    New,
    Cancel(StreamId),
    Report(StreamId),
    /// How many joined; `true` replaces a figure already recorded (`… N replace`).
    Attendance(StreamId, u32, bool),
    /// Who joined, picked by name; `true` replaces a record already made (`… replace`).
    AttendanceNames(StreamId, bool),
    Rotate(StreamId),
    /// Move a stream: the id and the typed new date and times.
    Time(StreamId, String),
    Log,
    /// Not understood: show the usage.
    Usage,
}

impl StreamCommand {
    /// Reads the arguments of `/stream`.
    pub fn parse(args: &str) -> StreamCommand {
        let mut words = args.split_whitespace();
        let verb = words.next().unwrap_or("new").to_lowercase();
        let id = words.next().and_then(StreamId::parse);
        let rest: Vec<&str> = words.collect();
        match (verb.as_str(), id, rest.as_slice()) {
            ("new", None, []) => StreamCommand::New,
            ("log", None, []) => StreamCommand::Log,
            ("cancel", Some(id), []) => StreamCommand::Cancel(id),
            ("report", Some(id), []) => StreamCommand::Report(id),
            ("rotate", Some(id), []) => StreamCommand::Rotate(id),
            ("attendance", Some(id), []) => StreamCommand::AttendanceNames(id, false),
            ("attendance", Some(id), [w]) if w.eq_ignore_ascii_case("replace") => {
                StreamCommand::AttendanceNames(id, true)
            }
            ("attendance", Some(id), [n, more @ ..]) => {
                let replace = match more {
                    [] => Some(false),
                    [w] if w.eq_ignore_ascii_case("replace") => Some(true),
                    _ => None,
                };
                match (n.parse(), replace) {
                    (Ok(n), Some(r)) if n <= 100_000 => StreamCommand::Attendance(id, n, r),
                    _ => StreamCommand::Usage,
                }
            }
            ("time", Some(id), r) if !r.is_empty() => StreamCommand::Time(id, r.join(" ")),
            _ => StreamCommand::Usage,
        }
    }
}

/// What `/aup …` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AupCommand {
    /// `/aup`: where I stand on each policy.
    Status,
    /// `/aup report`: who has signed.
    Report,
    /// `/aup publish`: a new version.
    Publish,
    Usage,
}

impl AupCommand {
    /// Reads the arguments of `/aup`.
    pub fn parse(args: &str) -> AupCommand {
        match args.trim().to_lowercase().as_str() {
            "" => AupCommand::Status,
            "report" => AupCommand::Report,
            "publish" => AupCommand::Publish,
            _ => AupCommand::Usage,
        }
    }
}

/// What `/broadcast …` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BroadcastCommand {
    /// `/broadcast`: write one.
    Write,
    /// `/broadcast status [ID]`: the recent ones, or one.
    Status(Option<BroadcastId>),
    /// `/broadcast cancel ID`.
    Cancel(BroadcastId),
    /// `/broadcast cancel` without a valid id.
    CancelUsage,
    /// Anything else (including `status` with something that is not an id).
    Usage,
}

impl BroadcastCommand {
    /// Reads the arguments of `/broadcast`.
    pub fn parse(args: &str) -> BroadcastCommand {
        let (verb, rest) = args.trim().split_once(' ').unwrap_or((args.trim(), ""));
        match verb.to_lowercase().as_str() {
            "" => BroadcastCommand::Write,
            "status" if rest.trim().is_empty() => BroadcastCommand::Status(None),
            "status" => broadcast_id(rest).map_or(BroadcastCommand::Usage, |id| {
                BroadcastCommand::Status(Some(id))
            }),
            "cancel" => broadcast_id(rest).map_or(BroadcastCommand::CancelUsage, |id| {
                BroadcastCommand::Cancel(id)
            }),
            _ => BroadcastCommand::Usage,
        }
    }
}

/// A broadcast's number as typed (`12` or `#12`).
fn broadcast_id(arg: &str) -> Option<BroadcastId> {
    arg.trim()
        .trim_start_matches('#')
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .map(BroadcastId)
}

/// What `/campaign …` asks for (Safer Internet Day is the only campaign).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CampaignCommand {
    /// `/campaign sid [show]`: the date, theme and plan.
    Show,
    /// `/campaign sid date YYYY-MM-DD`.
    Date(NaiveDate),
    /// `/campaign sid date` with something that is not a date.
    DateUsage,
    /// `/campaign sid theme TEXT` (1 to [`MAX_THEME`] characters).
    Theme(String),
    /// A theme left empty or too long.
    ThemeUsage,
    /// `/campaign sid confirm`.
    Confirm,
    Usage,
}

impl CampaignCommand {
    /// Reads the arguments of `/campaign`.
    pub fn parse(args: &str) -> CampaignCommand {
        let mut words = args.split_whitespace();
        let first = words.next().unwrap_or("sid").to_lowercase();
        if !matches!(first.as_str(), "sid" | "safer-internet-day") {
            return CampaignCommand::Usage;
        }
        let action = words.next().unwrap_or("").to_lowercase();
        let rest = words.collect::<Vec<&str>>().join(" ");
        match action.as_str() {
            "" | "show" => CampaignCommand::Show,
            "date" => NaiveDate::parse_from_str(rest.trim(), "%Y-%m-%d")
                .map_or(CampaignCommand::DateUsage, CampaignCommand::Date),
            "theme" => {
                let theme = rest.trim();
                let len = theme.chars().count();
                if len == 0 || len > MAX_THEME {
                    CampaignCommand::ThemeUsage
                } else {
                    CampaignCommand::Theme(theme.to_string())
                }
            }
            "confirm" => CampaignCommand::Confirm,
            _ => CampaignCommand::Usage,
        }
    }
}

#[cfg(test)]
#[path = "args_tests.rs"]
mod tests;

/// `/cases [closed]`: the open cases the sender may see, or the closed ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CasesCommand {
    Open,
    Closed,
    /// Words that are neither.
    Usage,
}

impl CasesCommand {
    pub fn parse(args: &str) -> CasesCommand {
        match args.trim().to_lowercase().as_str() {
            "" | "open" => CasesCommand::Open,
            "closed" => CasesCommand::Closed,
            _ => CasesCommand::Usage,
        }
    }
}
