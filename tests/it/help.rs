//! `/help` lists the commands each person is offered by their roles, in their language.

use crate::support::{spawn_app, spawn_app_with};
use haven::core::clock::Clock;
use haven::core::settings::Settings;

/// The commands listed in `text`, one per line that starts with one.
fn commands(text: &str) -> Vec<String> {
    text.lines()
        .filter_map(|l| l.trim_start_matches('\u{200F}').split_whitespace().next())
        .filter(|w| w.starts_with('/'))
        .map(str::to_string)
        .collect()
}

#[tokio::test]
async fn each_person_sees_only_the_commands_their_roles_allow() {
    // The case desk is on at this school.
    let app = spawn_app_with(Settings {
        desk_url: Some("https://haven.example.sch.uk".into()),
        ..Settings::default()
    })
    .await;
    let cases = [
        // (who, offered, never offered)
        (
            "Emma Whitlow",
            &[
                "/streams",
                "/whoami",
                "/language",
                "/optout",
                "/optin",
                "/cancel",
            ][..],
            &[
                "/concern",
                "/cases",
                "/desk",
                "/broadcast",
                "/stream",
                "/aup",
            ][..],
        ),
        (
            "Rhian Prydderch",
            &[
                "/concern", "/stream", "/aup", "/desk", "/streams", "/whoami",
            ][..],
            &["/cases", "/broadcast", "/optout"][..],
        ),
        (
            "Priya Castellane",
            &["/concern", "/cases", "/desk", "/aup"][..],
            &["/broadcast", "/stream", "/optout"][..],
        ),
        (
            "Beverley Ashdown",
            &["/concern", "/aup", "/desk", "/whoami"][..],
            &["/cases", "/broadcast", "/stream", "/optout"][..],
        ),
    ];
    for (name, offered, never) in cases {
        let person = app.person(name);
        person.says("/help").await;
        let listed = commands(&person.last().text);
        for c in offered {
            assert!(
                listed.contains(&c.to_string()),
                "{name} is offered {c}: {listed:?}"
            );
        }
        for c in never.iter().chain(&["/clock"]) {
            assert!(
                !listed.contains(&c.to_string()),
                "{name} is not offered {c}: {listed:?}"
            );
        }
    }

    let stranger = app.stranger("someone new");
    stranger.says("/help").await;
    let help = stranger.sees("Send me your link code from the school office");
    assert_eq!(commands(&help.text), Vec::<String>::new(), "{}", help.text);
    stranger.does_not_see("/concern");
}

#[tokio::test]
async fn where_the_case_desk_is_off_nobody_is_offered_it() {
    let app = spawn_app().await;
    for name in ["Priya Castellane", "Rhian Prydderch", "Beverley Ashdown"] {
        let person = app.person(name);
        person.says("/help").await;
        let listed = commands(&person.last().text);
        assert!(listed.contains(&"/concern".to_string()), "{listed:?}");
        assert!(!listed.contains(&"/desk".to_string()), "{name}: {listed:?}");
    }
}

#[tokio::test]
async fn welsh_and_polish_readers_see_their_commands_in_their_own_language() {
    let app = spawn_app().await;
    // Rhian reads Welsh; Tomasz, Polish; both are staff, and each holds one more role.
    let rhian = app.person("Rhian Prydderch");
    rhian.says("/help").await;
    let welsh = rhian.sees("Dyma beth alla i ei wneud i chi");
    assert!(
        commands(&welsh.text).contains(&"/stream".to_string()),
        "{}",
        welsh.text
    );
    assert!(
        commands(&welsh.text).contains(&"/aup".to_string()),
        "{}",
        welsh.text
    );
    let tomasz = app.person("Tomasz Wiśniewski");
    tomasz.says("/help").await;
    let polish = tomasz.sees("Oto, w czym mogę pomóc");
    for c in ["/broadcast", "/cases", "/aup", "/streams"] {
        assert!(
            commands(&polish.text).contains(&c.to_string()),
            "{c}: {}",
            polish.text
        );
    }
}

#[tokio::test]
async fn the_clock_is_the_consoles_alone_and_is_refused_anywhere_else() {
    let app = spawn_app().await;
    let before = app.clock.now();
    let daniel = app.person("Daniel Okafor");
    daniel.says("/clock +2h").await;
    daniel.sees("/clock moves time only in the local console, for trying Haven out.");
    daniel.says_in("staffroom", "/clock").await;
    let group = app.group_messages();
    assert!(
        group
            .iter()
            .any(|m| m.text.contains("only in the local console")),
        "refused in a group too: {group:?}"
    );
    let stranger = app.stranger("someone new");
    stranger.says("/clock 2027-02-08 09:00").await;
    stranger.sees("only in the local console");
    assert_eq!(app.clock.now(), before, "nobody moved time");
}
