//! Commands people type, parsed into one enum. Parsing is pure.

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
    /// `/concern`
    Concern,
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
    /// A command Haven does not know.
    Unknown(String),
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
            "concern" => Command::Concern,
            "cases" => Command::Cases,
            "case" => Command::Case(args),
            "stream" | "livestream" => Command::Stream(args),
            "streams" | "livestreams" => Command::Streams,
            "aup" => Command::Aup(args),
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
    }
}
