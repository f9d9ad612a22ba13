//! A trust: two academies in one database. Each inbound event belongs to one school (a group
//! by the places its school names, a private chat by the account's links, a link code by its
//! school), and nothing of one school is ever shown or sent to the other's people: a matrix of
//! every feature in both directions (the AUP report, in chat and as CSV, among them), and the
//! parent with children at both academies.

mod cases;
mod cli;
mod lead;

use crate::concern::{fill, report, Report, ACCOUNT};
use crate::support::trust::{
    spawn_trust, spawn_trust_south, BOTH, NORTH, NORTH_GROUP, NORTH_ID, SOUTH, SOUTH_GROUP,
    SOUTH_ID,
};
use crate::support::{Person, TestApp};
use chrono::Duration;
use haven::core::aup::model::{Audience, Draft, NewVersion, Rule};
use haven::core::aup::publish::publish;
use haven::core::aup::report::write_csv;
use haven::core::aup::roll::roll;
use haven::core::aup::text::SAMPLE_STAFF;
use haven::core::clock::Clock;
use haven::core::ids::SchoolId;

/// One of the schools' people, by full name.
fn at<'a>(app: &'a TestApp, school: SchoolId, name: &str) -> Person<'a> {
    if school == NORTH_ID {
        app.person(name)
    } else {
        app.south_person(name)
    }
}

fn other(school: SchoolId) -> SchoolId {
    if school == NORTH_ID {
        SOUTH_ID
    } else {
        NORTH_ID
    }
}

fn name_of(school: SchoolId) -> &'static str {
    if school == NORTH_ID {
        NORTH
    } else {
        SOUTH
    }
}

/// What one school's people do, feature by feature.
#[derive(Debug, Clone, Copy)]
enum Feature {
    /// A member of staff reports a concern about a colleague; its alerts and route.
    Concern,
    /// Its escalation when nobody acknowledges it (the scheduled sweeps).
    Escalation,
    /// A broadcast to every parent.
    Broadcast,
    /// An Acceptable Use Policy published, asked for and signed.
    Aup,
    /// A private livestream for Year 3, its joining details sent to the parents invited.
    Stream,
    /// A link code, used by a new account.
    LinkCode,
    /// A command in the school's staffroom group.
    Group,
}

impl Feature {
    const ALL: [Feature; 7] = [
        Feature::Concern,
        Feature::Escalation,
        Feature::Broadcast,
        Feature::Aup,
        Feature::Stream,
        Feature::LinkCode,
        Feature::Group,
    ];

    /// Does it in `school`; returns a text that only what it caused contains.
    async fn act(self, app: &TestApp, school: SchoolId) -> String {
        match self {
            Feature::Concern | Feature::Escalation => {
                let owen = at(app, school, "Owen Hartley");
                let r = report(&owen, &Report::default()).await;
                let dsl = at(app, school, "Daniel Okafor");
                dsl.sees(&r);
                if let Feature::Escalation = self {
                    app.advance(Duration::days(3)).await;
                    app.advance(Duration::days(3)).await;
                }
                r
            }
            Feature::Broadcast => {
                let text = format!("Trip letter from {}", name_of(school));
                let head = at(app, school, "Margaret Thornbury");
                head.says("/broadcast").await;
                head.presses("All parents").await;
                head.presses("Done").await;
                head.presses("My own text").await;
                head.says(&text).await;
                head.presses("No").await;
                head.presses("Send now").await;
                head.presses("Submit").await;
                head.presses("Send").await;
                at(app, school, "Aisha Rahman").sees(&text);
                text
            }
            Feature::Aup => {
                let title = format!("{} online safety agreement", name_of(school));
                publish_aup(app, school, &title).await;
                app.tick().await;
                let owen = at(app, school, "Owen Hartley");
                owen.says("/aup").await;
                owen.sees(&title);
                owen.presses("Read").await;
                owen.presses("I agree").await;
                owen.sees("Thank you. You signed");
                let csv = aup_report_csv(app, school).await;
                assert!(csv.contains(&title), "its own report has it: {csv}");
                title
            }
            Feature::Stream => {
                let passcode = format!("Owl-Tree-48{}", school.0);
                let rhian = at(app, school, "Rhian Prydderch");
                rhian.says("/language en").await;
                rhian.says("/stream new").await;
                rhian.says("Harvest assembly").await;
                rhian.presses("Particular classes").await;
                for answer in ["Year 3", "17/11/2026 14:00", "15:00"] {
                    rhian.says(answer).await;
                }
                rhian.presses("Zoom").await;
                rhian
                    .says("https://zoom.us/j/84512345678?pwd=Harvest2026xyz")
                    .await;
                rhian.says("845 1234 5678").await;
                rhian.says(&passcode).await;
                rhian.says("Rhian Prydderch, Daniel Okafor").await;
                rhian.presses("Yes").await;
                rhian.presses("No").await;
                rhian.presses("Chat on, monitored by an adult").await;
                rhian.says("Priya Castellane").await;
                rhian.presses("No").await;
                rhian.presses("Submit").await;
                rhian.sees("is set up");
                at(app, school, "Emma Whitlow").sees(&passcode);
                passcode
            }
            Feature::LinkCode => {
                let code = app.issue_code_in(school, "PAR006").await;
                let newcomer = at(app, school, "a newcomer");
                newcomer.says(&format!("/link {code}")).await;
                // Emma is linked already: her account in this school is asked to agree.
                newcomer.sees("I've asked that account to confirm the move");
                at(app, school, "Emma Whitlow").sees("Someone has just used a link code");
                code
            }
            Feature::Group => {
                let group = if school == NORTH_ID {
                    NORTH_GROUP
                } else {
                    SOUTH_GROUP
                };
                at(app, school, "Daniel Okafor")
                    .says_in(group, "/concern")
                    .await;
                at(app, school, "Daniel Okafor").sees("Who is the concern about?");
                "Who is the concern about?".into()
            }
        }
    }

    /// Checks that the other school's people can find none of it.
    async fn not_visible(self, app: &TestApp, school: SchoolId, marker: &str) {
        let dsl = at(app, school, "Daniel Okafor");
        dsl.catch_up();
        match self {
            Feature::Concern | Feature::Escalation => {
                dsl.says("/cases").await;
                dsl.does_not_see(marker);
                dsl.says(&format!("/case {marker}")).await;
                dsl.does_not_see(ACCOUNT);
            }
            Feature::Aup => {
                let owen = at(app, school, "Owen Hartley");
                owen.catch_up();
                owen.says("/aup").await;
                owen.does_not_see(marker);
                // The school's AUP report, in chat and as `haven aup report --school --csv`.
                let head = at(app, school, "Margaret Thornbury");
                head.catch_up();
                head.says("/aup report").await;
                head.does_not_see(marker);
                let csv = aup_report_csv(app, school).await;
                assert!(csv.starts_with("policy,"), "{csv}");
                assert!(!csv.contains(marker), "{csv}");
            }
            Feature::Stream => {
                let emma = at(app, school, "Emma Whitlow");
                emma.catch_up();
                emma.says("/streams").await;
                emma.does_not_see("Harvest assembly");
            }
            Feature::Broadcast | Feature::LinkCode | Feature::Group => {
                dsl.says("/whoami").await;
                dsl.sees("You are Daniel Okafor");
            }
        }
    }
}

/// `school`'s AUP report as CSV, as `haven aup report --school … --csv` writes it.
async fn aup_report_csv(app: &TestApp, school: SchoolId) -> String {
    let cx = app.app.school(school).expect("a school");
    let mut tx = app.store().begin().await.expect("tx");
    let now = app.clock.now();
    let rolls = roll(&mut *tx, school, &cx.settings, now, None)
        .await
        .expect("roll");
    let mut out = Vec::new();
    write_csv(&rolls, cx.settings.timezone, &mut out).expect("csv");
    String::from_utf8(out).expect("utf-8")
}

/// Publishes a staff AUP in `school` now, as `haven aup publish --school` does.
async fn publish_aup(app: &TestApp, school: SchoolId, title: &str) {
    let now = app.clock.now();
    let draft = Draft {
        title,
        label: "2026.1",
        text: SAMPLE_STAFF,
        audience: Audience::parse("staff").expect("audience"),
        rule: Rule::Annual,
        link: None,
        effective: now,
    };
    let v = NewVersion::parse(school, draft, None).expect("valid version");
    let cx = app.app.school(school).expect("a school");
    let mut tx = app.store().begin().await.expect("tx");
    publish(&mut *tx, &v, &cx.settings, now)
        .await
        .expect("stored")
        .expect("published");
    tx.commit().await.expect("commit");
}

#[tokio::test]
async fn nothing_one_school_does_reaches_or_shows_to_the_other_schools_people() {
    for feature in Feature::ALL {
        for school in [NORTH_ID, SOUTH_ID] {
            let app = spawn_trust().await;
            let them = other(school);
            let before = app.received_by_school(them);
            let marker = feature.act(&app, school).await;
            let theirs = app.texts_of_school(them);
            assert_eq!(
                theirs.len(),
                before,
                "{feature:?} in {}: the other school's people received:\n{}",
                name_of(school),
                theirs[before..].join("\n---\n")
            );
            feature.not_visible(&app, them, &marker).await;
            assert!(
                app.texts_of_school(them)
                    .iter()
                    .all(|t| !t.contains(&marker)),
                "{feature:?} in {}: {marker:?} reached the other school",
                name_of(school)
            );
        }
    }
}

#[tokio::test]
async fn a_group_no_school_named_is_told_haven_is_not_set_up_there_and_nothing_is_kept() {
    let app = spawn_trust().await;
    let daniel = app.person("Daniel Okafor");
    daniel.says_in("the-parents-chat", "/concern").await;
    let told = app.group_messages();
    assert_eq!(told.len(), 1, "one answer");
    assert!(told[0].text.contains("Haven is not set up for this chat"));
    daniel.says_in("the-parents-chat", ACCOUNT).await;
    assert_eq!(app.group_messages().len(), 1, "plain talk is left alone");
    daniel.sees_nothing_new();
    assert!(
        !String::from_utf8_lossy(&app.db_bytes()).contains("Grace said"),
        "what was said there is not kept"
    );
}

#[tokio::test]
async fn each_school_gets_its_own_scheduled_work() {
    let app = spawn_trust().await;
    for school in [NORTH_ID, SOUTH_ID] {
        let owen = at(&app, school, "Owen Hartley");
        report(&owen, &Report::default()).await;
    }
    app.advance(Duration::days(3)).await;
    for school in [NORTH_ID, SOUTH_ID] {
        // Unacknowledged, each school's concern moves up its own ladder (to its Headteacher).
        at(&app, school, "Margaret Thornbury").sees("C-20");
    }
}

#[tokio::test]
async fn a_parent_at_two_academies_links_both_and_says_which_school_she_means() {
    let app = spawn_trust().await;
    let sophie = app.person(BOTH);
    sophie.says("/whoami").await;
    sophie.sees("You are Sophie Marchbank");

    // Southgate's code, from the account already linked at Northfield, links her there too.
    let code = app.issue_code_in(SOUTH_ID, "PAR004").await;
    sophie.says(&format!("/link {code}")).await;
    sophie.sees(&format!("now linked to {SOUTH}"));

    // Now linked at both, she is asked which school a command is about.
    sophie.says("/whoami").await;
    let asked = sophie.sees("Which school is this about?");
    let labels: Vec<&str> = asked.buttons.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, [NORTH, SOUTH]);
    sophie.presses(SOUTH).await;
    // What she sent is answered in the school she chose, without typing it again.
    let chosen = sophie.sees(&format!("about {SOUTH} for now"));
    assert!(!chosen.text.contains("send that again"), "{}", chosen.text);
    sophie.sees("You are Sophie Marchbank");
    sophie.says("/whoami").await;
    sophie.sees("You are Sophie Marchbank");
    // The choice is remembered: no question this time.
    sophie.does_not_see("Which school");

    // A button for a school she is not linked at (forged) changes nothing.
    sophie.presses_payload("sch.99").await;
    sophie.sees("That button belongs to an earlier message");

    // Some hours later the question comes back.
    app.clock.advance(Duration::hours(9));
    sophie.says("/streams").await;
    sophie.sees("Which school is this about?");
}

#[tokio::test]
async fn a_parent_at_two_academies_hears_from_each_with_its_name_first() {
    let app = spawn_trust().await;
    let sophie = app.person(BOTH);
    let code = app.issue_code_in(SOUTH_ID, "PAR004").await;
    sophie.says(&format!("/link {code}")).await;
    sophie.catch_up();
    for school in [NORTH_ID, SOUTH_ID] {
        let text = format!("Sports day at {}", name_of(school));
        let head = at(&app, school, "Margaret Thornbury");
        head.says("/broadcast").await;
        head.presses("All parents").await;
        head.presses("Done").await;
        head.presses("My own text").await;
        head.says(&text).await;
        head.presses("No").await;
        head.presses("Send now").await;
        head.presses("Submit").await;
        head.presses("Send").await;
        let got = sophie.sees(&text);
        assert!(
            got.text.starts_with(&format!("🏫 {}\n", name_of(school))),
            "{}",
            got.text
        );
        // Someone linked at one school only gets no such line.
        let aisha = at(&app, school, "Aisha Rahman").sees(&text);
        assert!(!aisha.text.contains("🏫"), "{}", aisha.text);
    }
}

#[tokio::test]
async fn a_command_sent_before_choosing_a_school_is_answered_in_the_school_chosen_free_text_is_not_kept(
) {
    let app = spawn_trust().await;
    let sophie = app.person(BOTH);
    let code = app.issue_code_in(SOUTH_ID, "PAR004").await;
    sophie.says(&format!("/link {code}")).await;
    sophie.catch_up();

    // Free text while asked is never kept: she is asked to send it again.
    let private = "My daughter told me something worrying about a boy in her class";
    sophie.says(private).await;
    sophie.sees("Which school is this about?");
    sophie.presses(NORTH).await;
    let chosen = sophie.sees(&format!("about {NORTH} for now"));
    assert!(
        chosen.text.contains("Please send that again"),
        "{}",
        chosen.text
    );
    sophie.sees_nothing_new();
    assert!(
        !String::from_utf8_lossy(&app.db_bytes()).contains("worrying"),
        "free text sent while asked is not stored"
    );

    // A command is answered in the school chosen, once.
    app.clock.advance(Duration::hours(9));
    sophie.says("/streams").await;
    sophie.sees("Which school is this about?");
    let before = sophie.received().len();
    sophie.presses(SOUTH).await;
    sophie.sees(&format!("about {SOUTH} for now"));
    let got = sophie.received()[before..].to_vec();
    assert_eq!(got.len(), 2, "the choice, then /streams answered: {got:?}");
    assert!(!got[1].text.contains("Which school"), "{}", got[1].text);
    let n = sophie.received().len();
    // Pressing the same school again replays nothing more.
    sophie
        .presses_payload(&haven::core::payload::Payload::School(SOUTH_ID).encode())
        .await;
    assert_eq!(
        sophie.received().len(),
        n + 1,
        "only the choice is confirmed"
    );
}

#[tokio::test]
async fn each_school_shows_times_in_its_own_time_zone() {
    // Southgate keeps Warsaw's time, an hour ahead of Northfield's London in winter.
    let zone = chrono_tz::Europe::Warsaw;
    let app = spawn_trust_south(Default::default(), |s| s.timezone = zone).await;
    let now = app.clock.now();
    let london = now
        .with_timezone(&chrono_tz::Europe::London)
        .format("%d/%m/%Y %H:%M")
        .to_string();
    let warsaw = now
        .with_timezone(&zone)
        .format("%d/%m/%Y %H:%M")
        .to_string();
    assert_ne!(london, warsaw);
    for (school, shown, not_shown) in [(NORTH_ID, &london, &warsaw), (SOUTH_ID, &warsaw, &london)] {
        // A concern happening "Now" is reviewed with the time as the school's clocks say it.
        let owen = at(&app, school, "Owen Hartley");
        fill(&owen, &Report::default()).await;
        let review = owen.last();
        assert!(review.text.contains("Please check your concern report"));
        assert!(
            review.text.contains(shown.as_str()),
            "{}: {}",
            name_of(school),
            review.text
        );
        assert!(!review.text.contains(not_shown.as_str()), "{}", review.text);
        owen.presses("Submit").await;
        // The DSL's case view too: recorded and refers-to times in the school's zone.
        let dsl = at(&app, school, "Daniel Okafor");
        let alert = dsl.sees("C-20");
        let reference = crate::concern::reference_in(&alert.text);
        dsl.says(&format!("/case {reference}")).await;
        let case = dsl.sees(&reference);
        assert!(case.text.contains(shown.as_str()), "{}", case.text);
        assert!(!case.text.contains(not_shown.as_str()), "{}", case.text);
    }
}

#[tokio::test]
async fn each_school_reminds_and_expires_unfinished_forms_on_its_own_timings() {
    // Southgate reminds after 10 minutes; Northfield keeps the default half hour.
    let app = spawn_trust_south(Default::default(), |s| s.forms.idle_reminder_minutes = 10).await;
    let north = at(&app, NORTH_ID, "Owen Hartley");
    let south = at(&app, SOUTH_ID, "Owen Hartley");
    for p in [&north, &south] {
        p.says("/concern").await;
        p.sees("Who is the concern about?");
    }
    app.advance(Duration::minutes(15)).await;
    south.sees("You have an unfinished");
    north.does_not_see("You have an unfinished");
    app.advance(Duration::minutes(20)).await;
    north.sees("You have an unfinished");
    south.does_not_see("You have an unfinished");
}
