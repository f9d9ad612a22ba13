//! Importing the school's MIS exports and issuing link codes, against the real store.

use crate::support::spawn_app;
use chrono::Duration;
use haven::core::clock::Clock;
use haven::core::people::Role;
use haven::core::store::Kind;
use haven::roster::{self, InviteFilter};

const STAFF: &str = include_str!("../../examples/staff.csv");
const BAD_STAFF: &str = include_str!("../../examples/staff-with-errors.csv");

#[tokio::test]
async fn a_file_with_bad_rows_imports_nothing_and_names_every_bad_line() {
    let app = spawn_app().await;
    let store = app.store();
    let before = store
        .begin()
        .await
        .unwrap()
        .people(app.app.ctx.school)
        .await
        .unwrap();

    let result = roster::import_file(
        store.as_ref(),
        app.app.ctx.school,
        Kind::Staff,
        BAD_STAFF.as_bytes(),
        app.clock.now(),
    )
    .await
    .unwrap();
    let Err(roster::Refusal::BadRows(errors)) = result else {
        panic!("bad rows are reported")
    };
    let lines: Vec<u64> = errors.iter().map(|e| e.line).collect();
    assert!(errors.len() >= 3, "several bad rows: {lines:?}");
    assert!(lines.iter().all(|l| *l > 1), "header is line 1: {lines:?}");

    let after = store
        .begin()
        .await
        .unwrap()
        .people(app.app.ctx.school)
        .await
        .unwrap();
    assert_eq!(before, after, "nothing changed");
}

#[tokio::test]
async fn re_importing_updates_and_marks_leavers_inactive() {
    let app = spawn_app().await;
    let store = app.store();
    let school = app.app.ctx.school;
    let now = app.clock.now();

    let same = roster::import_file(store.as_ref(), school, Kind::Staff, STAFF.as_bytes(), now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((same.added, same.updated, same.left), (0, 0, 0));

    // Arthur (the visitor) has left; Josie becomes staff as well as a volunteer.
    let changed: String = STAFF
        .lines()
        .filter(|l| !l.starts_with("STF009"))
        .map(|l| {
            if l.starts_with("STF008") {
                "STF008,Josie Quennell,volunteer;staff,".to_string()
            } else {
                l.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n");
    let s = roster::import_file(store.as_ref(), school, Kind::Staff, changed.as_bytes(), now)
        .await
        .unwrap()
        .unwrap();
    assert_eq!((s.added, s.updated, s.left), (0, 1, 1));

    let mut tx = store.begin().await.unwrap();
    let arthur = tx
        .person_by_external_id(school, "STF009")
        .await
        .unwrap()
        .unwrap();
    assert!(!arthur.active, "leavers are kept, inactive");
    let josie = tx
        .person_by_external_id(school, "STF008")
        .await
        .unwrap()
        .unwrap();
    assert!(josie.has(Role::Staff) && josie.has(Role::Volunteer));
    drop(tx);

    // A leaver can no longer use Haven.
    let arthur_chat = app.person("Arthur Delacourt");
    arthur_chat.says("/whoami").await;
    arthur_chat.sees("I don't know who you are yet");
}

/// Codes for everyone without a linked account, as `haven invite` issues them.
async fn unlinked_invites(
    app: &crate::support::TestApp,
    rng: &mut rand::rngs::StdRng,
) -> Vec<roster::Invite> {
    roster::issue(
        roster::Issuer::of(&app.app.ctx),
        InviteFilter::Unlinked,
        Duration::days(30),
        app.clock.now(),
        rng,
    )
    .await
    .unwrap()
    .unwrap()
}

#[tokio::test]
async fn invites_go_to_people_without_an_account_and_the_csv_has_their_codes() {
    let app = spawn_app().await;
    let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::seed_from_u64(1);

    let none = unlinked_invites(&app, &mut rng).await;
    assert!(none.is_empty(), "everyone in the demo school is linked");

    app.person("Emma Whitlow").says("/unlink").await;
    let one = unlinked_invites(&app, &mut rng).await;
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].name, "Emma Whitlow");

    let mut csv = Vec::new();
    roster::write_csv(&one, Some("HavenDemoBot"), app.settings.timezone, &mut csv).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.contains(&one[0].code.display()), "{csv}");
    assert!(csv.contains(&format!(
        "https://t.me/HavenDemoBot?start={}",
        one[0].code.compact()
    )));

    let strange = roster::issue(
        roster::Issuer::of(&app.app.ctx),
        InviteFilter::One("NOPE".into()),
        Duration::days(30),
        app.clock.now(),
        &mut rng,
    )
    .await
    .unwrap();
    assert!(strange.is_err(), "an unknown person gets no code");
}

#[tokio::test]
async fn linked_people_get_no_code_unless_the_office_includes_them() {
    use haven::roster::{issue_with, InviteError, InviteOptions, Issuer};
    let app = spawn_app().await;
    let tz = app.settings.timezone;
    let ttl = Duration::days(30);
    let now = app.clock.now();
    let run = |options: InviteOptions| {
        let cx = app.app.ctx.clone();
        async move {
            let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::from_entropy();
            issue_with(Issuer::of(&cx), &options, ttl, tz, now, &mut rng)
                .await
                .unwrap()
        }
    };
    // Everyone in the demo school is linked on the console.
    let bulk = run(InviteOptions::default()).await.unwrap();
    assert!(bulk.invites.is_empty());
    let one = InviteOptions {
        who: InviteFilter::One("PAR006".into()),
        ..Default::default()
    };
    let refused = run(one.clone()).await.unwrap_err();
    assert_eq!(
        refused,
        InviteError::Linked {
            external_id: "PAR006".into()
        }
    );
    let included = InviteOptions {
        include_linked: true,
        ..one
    };
    assert_eq!(run(included).await.unwrap().invites.len(), 1);
    let everyone = InviteOptions {
        who: InviteFilter::All,
        include_linked: true,
        replace_live: false,
    };
    let all = run(everyone).await.unwrap();
    assert_eq!(all.kept_live, 1, "Emma's code from a moment ago is kept");
    assert_eq!(all.invites.len(), 18);
}
