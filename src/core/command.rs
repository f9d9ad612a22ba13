//! Commands people type, parsed into one enum. Parsing is pure.

use super::concern::reference::ConcernRef;

/// A command and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    /// `/start [CODE]` (a Telegram deep link carries the link code here).
    Start(String),
    /// `/link CODE`
    Link(String),
    Unlink,
    Whoami,
    /// `/language [TAG]`
    Language(String),
    Help,
    Cancel,
    Back,
    /// `/concern [add REF]`
    Concern(ConcernCommand),
    /// `/cases`
    Cases,
    /// `/case REF [action]`
    Case(String),
    /// `/stream [new|cancel ID|time ID …|attendance ID N|rotate ID|report ID|log]`
    Stream(String),
    /// `/streams`: my upcoming livestreams.
    Streams,
    /// `/aup [report|publish]`
    Aup(String),
    /// `/broadcast [status [ID] | cancel ID]`
    Broadcast(String),
    /// `/campaign sid [date YYYY-MM-DD | theme TEXT | confirm]`
    Campaign(String),
    /// `/optout`: no more non-essential broadcasts (parents).
    OptOut,
    /// `/optin`: non-essential broadcasts again.
    OptIn,
    /// A command Haven does not know.
    Unknown(String),
}

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

impl Command {
    /// Reads a command name (already lower-cased, without slash) and its arguments.
    pub fn parse(name: &str, args: &str) -> Command {
        let args = args.trim().to_string();
        match name {
            "start" => Command::Start(args),
            "link" => Command::Link(args),
            "unlink" => Command::Unlink,
            "whoami" => Command::Whoami,
            "language" | "lang" | "iaith" | "jezyk" => Command::Language(args),
            "help" => Command::Help,
            "cancel" => Command::Cancel,
            "back" => Command::Back,
            "concern" => Command::Concern(ConcernCommand::parse(&args)),
            "cases" => Command::Cases,
            "case" => Command::Case(args),
            "stream" | "livestream" => Command::Stream(args),
            "streams" | "livestreams" => Command::Streams,
            "aup" => Command::Aup(args),
            "broadcast" => Command::Broadcast(args),
            "campaign" => Command::Campaign(args),
            "optout" => Command::OptOut,
            "optin" => Command::OptIn,
            other => Command::Unknown(other.to_string()),
        }
    }

    /// The commands shown in menus, as (name, description key), for staff and for parents.
    pub fn menu(staff: bool) -> Vec<(&'static str, &'static str)> {
        let mut m = vec![
            ("help", "cmd-help"),
            ("whoami", "cmd-whoami"),
            ("language", "cmd-language"),
        ];
        if staff {
            m.insert(0, ("concern", "cmd-concern"));
            m.push(("cases", "cmd-cases"));
            m.push(("stream", "cmd-stream"));
            m.push(("aup", "cmd-aup"));
            m.push(("broadcast", "cmd-broadcast"));
        } else {
            m.push(("optout", "cmd-optout"));
            m.push(("optin", "cmd-optin"));
        }
        m.push(("streams", "cmd-streams"));
        m.push(("cancel", "cmd-cancel"));
        m
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commands_and_their_arguments() {
        assert_eq!(
            Command::parse("link", " ab12 "),
            Command::Link("ab12".into())
        );
        assert_eq!(
            Command::parse("case", "C-2026-0001 ack"),
            Command::Case("C-2026-0001 ack".into())
        );
        assert_eq!(
            Command::parse("iaith", "cy"),
            Command::Language("cy".into())
        );
        assert_eq!(
            Command::parse("aup", " report"),
            Command::Aup("report".into())
        );
        assert_eq!(Command::parse("rm", "-rf"), Command::Unknown("rm".into()));
        assert_eq!(
            Command::parse("broadcast", " cancel 12 "),
            Command::Broadcast("cancel 12".into())
        );
        assert_eq!(Command::parse("optout", ""), Command::OptOut);
    }

    #[test]
    fn concern_reports_or_adds_to_a_reference() {
        use ConcernCommand::*;
        let c = |args: &str| match Command::parse("concern", args) {
            Command::Concern(c) => c,
            other => panic!("{other:?}"),
        };
        let r = ConcernRef::parse("C-2026-0042").unwrap();
        assert_eq!(c(""), Report);
        assert_eq!(c("   "), Report);
        assert_eq!(c("add C-2026-0042"), Add(r));
        assert_eq!(c(" ADD  c-2026-42 "), Add(r));
        assert_eq!(c("add C-2026"), AddNotARef);
        assert_eq!(c("add 42"), AddNotARef);
        assert_eq!(c("add"), Usage);
        assert_eq!(c("add C-2026-0042 he also said"), Usage);
        assert_eq!(c("C-2026-0042"), Usage);
        assert_eq!(c("view C-2026-0042"), Usage);
    }
}
