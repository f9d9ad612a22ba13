use super::catalogue::{self, Args, Listed, CATALOGUE};
use super::help::help_for;
use super::*;
use crate::core::concern::reference::ConcernRef;
use crate::core::ids::{PersonId, SchoolId};
use crate::core::message::Arg;
use crate::core::people::{Lang, Person};

#[test]
fn commands_and_their_arguments() {
    assert_eq!(
        Command::parse("link", " ab12 "),
        Command::Link("ab12".into())
    );
    let reference = ConcernRef::parse("C-2026-0001").unwrap();
    assert_eq!(
        Command::parse("case", "C-2026-0001 ack"),
        Command::Case(CaseCommand::On {
            reference,
            action: CaseAction::Ack
        })
    );
    assert_eq!(
        Command::parse("iaith", "cy"),
        Command::Language("cy".into())
    );
    assert_eq!(
        Command::parse("aup", " report"),
        Command::Aup(AupCommand::Report)
    );
    assert_eq!(Command::parse("rm", "-rf"), Command::Unknown("rm".into()));
    assert_eq!(
        Command::parse("broadcast", " cancel 12 "),
        Command::Broadcast(BroadcastCommand::Cancel(
            crate::core::broadcast::store::BroadcastId(12)
        ))
    );
    assert_eq!(
        Command::parse("livestream", "log"),
        Command::Stream(StreamCommand::Log)
    );
    assert_eq!(Command::parse("livestreams", ""), Command::Streams);
    assert_eq!(Command::parse("optout", ""), Command::OptOut);
}

#[test]
fn every_name_and_alias_is_one_command_and_parses_to_it() {
    let mut seen = std::collections::HashSet::new();
    for s in CATALOGUE {
        for name in std::iter::once(&s.name).chain(s.aliases) {
            assert!(seen.insert(*name), "/{name} is in the catalogue twice");
            assert!(!matches!(Command::parse(name, ""), Command::Unknown(_)));
            assert_eq!(catalogue::find(name).map(|f| f.name), Some(s.name));
        }
        assert!(s.description.starts_with("cmd-"), "{}", s.description);
    }
}

fn person(roles: &[Role]) -> Person {
    Person {
        id: PersonId(1),
        school: SchoolId(1),
        external_id: "X1".into(),
        name: "Someone".into(),
        roles: Roles::new(roles.iter().copied()),
        lang: Lang::EnGb,
        groups: vec![],
        active: true,
    }
}

/// The commands a help message lists, in order.
fn listed(p: Option<&Person>) -> Vec<String> {
    listed_where(p, true)
}

/// As [`listed`], in a school whose case desk is on (`desk`) or off.
fn listed_where(p: Option<&Person>, desk: bool) -> Vec<String> {
    let m = help_for(p, desk);
    m.body()
        .args
        .iter()
        .filter_map(|(_, a)| match a {
            Arg::Items(items) => Some(items),
            _ => None,
        })
        .flatten()
        .map(|(_, args)| match &args[0].1 {
            Arg::Text(c) => c.clone(),
            other => panic!("{other:?}"),
        })
        .collect()
}

fn has(list: &[String], command: &str) -> bool {
    list.iter().any(|c| c == command)
}

#[test]
fn help_lists_what_each_person_is_offered() {
    let parent = listed(Some(&person(&[Role::Parent])));
    let teacher = listed(Some(&person(&[Role::Staff])));
    let dsl = listed(Some(&person(&[Role::Staff, Role::Dsl])));
    let office = listed(Some(&person(&[Role::Staff, Role::RosterAdmin])));
    let lead = listed(Some(&person(&[Role::Staff, Role::OnlineSafetyLead])));
    let stranger = listed(None);

    for c in [
        "/streams",
        "/whoami",
        "/language",
        "/optout",
        "/optin",
        "/cancel",
    ] {
        assert!(has(&parent, c), "a parent is offered {c}: {parent:?}");
    }
    for c in [
        "/concern",
        "/cases",
        "/desk",
        "/broadcast",
        "/stream",
        "/aup",
        "/help",
    ] {
        assert!(!has(&parent, c), "a parent is not offered {c}: {parent:?}");
    }
    for c in [
        "/concern",
        "/aup",
        "/desk",
        "/whoami",
        "/language",
        "/cancel",
    ] {
        assert!(has(&teacher, c), "a teacher is offered {c}: {teacher:?}");
    }
    for c in ["/cases", "/broadcast", "/stream", "/optout"] {
        assert!(
            !has(&teacher, c),
            "a teacher is not offered {c}: {teacher:?}"
        );
    }
    assert!(has(&dsl, "/cases") && has(&dsl, "/concern"), "{dsl:?}");
    assert!(!has(&dsl, "/broadcast"), "{dsl:?}");
    assert!(
        has(&office, "/concern") && has(&office, "/desk"),
        "{office:?}"
    );
    assert!(
        has(&dsl, "/desk") && has(&lead, "/desk"),
        "{dsl:?} {lead:?}"
    );
    assert!(
        !has(&office, "/cases"),
        "the office never reads concerns: {office:?}"
    );
    assert!(has(&lead, "/broadcast") && has(&lead, "/cases"), "{lead:?}");
    assert!(stranger.is_empty(), "{stranger:?}");
    assert_eq!(help_for(None, true).key(), "help-unlinked");
    assert_eq!(
        help_for(Some(&person(&[Role::Parent])), true).key(),
        "help-parent"
    );
    assert_eq!(
        help_for(Some(&person(&[Role::Staff])), true).key(),
        "help-staff"
    );
}

#[test]
fn help_offers_the_case_desk_only_where_it_is_on() {
    let dsl = person(&[Role::Staff, Role::Dsl]);
    assert!(has(&listed_where(Some(&dsl), true), "/desk"));
    let off = listed_where(Some(&dsl), false);
    assert!(!has(&off, "/desk"), "{off:?}");
    assert!(has(&off, "/cases"), "{off:?}");
    assert!(!has(&listed(Some(&person(&[Role::Parent]))), "/desk"));
}

#[test]
fn menus_follow_the_catalogue() {
    let names =
        |m: Vec<(&'static str, &'static str)>| m.into_iter().map(|(n, _)| n).collect::<Vec<_>>();
    assert_eq!(
        names(Command::menu(true)),
        [
            "concern",
            "help",
            "whoami",
            "language",
            "cases",
            "desk",
            "stream",
            "aup",
            "broadcast",
            "streams",
            "cancel"
        ]
    );
    assert_eq!(
        names(Command::menu(false)),
        ["help", "whoami", "language", "optout", "optin", "streams", "cancel"]
    );
    assert_eq!(names(menu_for(None)), ["help"]);
    let dsl = Roles::new([Role::Staff, Role::Dsl]);
    assert_eq!(
        names(menu_for(Some(&dsl))),
        ["concern", "help", "whoami", "language", "cases", "desk", "aup", "streams", "cancel"]
    );
    for roles in Role::ALL.map(|r| Roles::new([r])) {
        let menu = names(menu_for(Some(&roles)));
        let help = listed(Some(&Person {
            roles: roles.clone(),
            ..person(&[])
        }));
        let expected: Vec<String> = menu
            .iter()
            .filter(|n| **n != "help")
            .map(|n| format!("/{n}"))
            .collect();
        assert_eq!(help, expected, "help and menu agree for {roles:?}");
    }
}

#[test]
fn argument_shapes_match_what_the_commands_read() {
    for s in CATALOGUE {
        let bare = (s.parse)("");
        match s.args {
            Args::None => assert_eq!((s.parse)("anything at all"), bare, "/{}", s.name),
            Args::Optional | Args::Required => {}
        }
        if s.listed == Listed::Hidden {
            assert!(["start", "clock"].contains(&s.name), "/{}", s.name);
        }
    }
}
