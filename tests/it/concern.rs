//! `/concern`: reporting, routing and alerts, told as conversations with the demo school.
//! Case handling, escalation and privacy live in the submodules.

mod adults;
mod at_rest;
mod cases;
mod closed;
mod corrections;
mod escalation;
mod kept;
mod local_words;
mod matrix;
mod privacy;
mod reach;
mod referrals;
mod reporter;
mod subjects;

use crate::support::{spawn_app, Person, TestApp};
use haven::core::store::Address;
use std::collections::BTreeSet;

pub const PUPIL: &str = "A pupil or pupils";
pub const STAFF: &str = "A member of staff, volunteer or contractor";
pub const HEAD: &str = "The Headteacher";
pub const ADULT: &str = "Another adult (parent, visitor)";
pub const ONLINE: &str = "Someone unknown online";
pub const MYSELF: &str = "Myself (a low-level concern about my own conduct)";

pub const BULLYING: &str = "Conduct: cyberbullying";
pub const NUDES: &str = "Conduct: sharing nude or semi-nude images";
pub const UNKNOWN_ADULT: &str = "Contact: contact from an unknown adult";
pub const PASSWORD: &str = "Data: password compromised";
pub const DEVICE: &str = "Data: lost or stolen device";
pub const OTHER: &str = "Other";

pub const NOT_SURE: &str = "I'm not sure";
pub const NONE_OF_THEM: &str = "None of them";
/// The start of the question asking whether a concern is about people found in the directory.
pub const ABOUT_THESE: &str = "Is this concern about any of these people?";
pub const NAMES_THESE: &str = "Your report names these people.";

/// What a test reporter says; the account is the part that must never leak.
pub const ACCOUNT: &str =
    "Grace said an older boy in a game asked her for photos and told her to keep it secret";
pub const PUPILS: &str = "Grace Hopper, Year 4";

/// One way through the reporter's form.
#[derive(Clone, Copy)]
pub struct Report<'a> {
    pub danger: bool,
    pub about: &'a str,
    pub categories: &'a [&'a str],
    /// The pupils (about a pupil) or the person (staff, adult, online).
    pub who: Option<&'a str>,
    pub account: &'a str,
    pub told_dsl: bool,
    pub conflict: bool,
    /// The button pressed when asked whether the concern is about people found in the
    /// directory ("I'm not sure", "None of them", or a person's button label).
    pub confirm: &'a str,
}

impl Default for Report<'_> {
    fn default() -> Self {
        Report {
            danger: false,
            about: PUPIL,
            categories: &[BULLYING],
            who: Some(PUPILS),
            account: ACCOUNT,
            told_dsl: true,
            conflict: false,
            confirm: NOT_SURE,
        }
    }
}

fn yes_no(b: bool) -> &'static str {
    if b {
        "Yes"
    } else {
        "No"
    }
}

/// Fills in the whole form up to the review step.
pub async fn fill(p: &Person<'_>, r: &Report<'_>) {
    p.says("/concern").await;
    p.presses(r.about).await;
    p.presses(yes_no(r.danger)).await;
    kinds_and_people(p, r).await;
    p.says(r.account).await;
    after_the_account(p, r).await;
}

/// Who the adult is (confirming anyone it could mean), the categories, then the pupils.
pub async fn kinds_and_people(p: &Person<'_>, r: &Report<'_>) {
    if [STAFF, ADULT, ONLINE].contains(&r.about) {
        p.says(r.who.expect("who the concern names")).await;
        confirm_people(p, r).await;
    }
    for c in r.categories {
        p.presses(c).await;
    }
    p.presses("Done").await;
    if r.about == PUPIL {
        p.says(r.who.expect("the pupils")).await;
    }
    if [STAFF, HEAD, ADULT, ONLINE].contains(&r.about) {
        p.presses("Skip").await;
    }
}

/// Answers the question whether the concern is about people found in the directory, when it
/// is asked.
pub async fn confirm_people(p: &Person<'_>, r: &Report<'_>) {
    let asked = p.last().text;
    if asked.starts_with(ABOUT_THESE) || asked.starts_with(NAMES_THESE) {
        p.presses(r.confirm).await;
        if ![NOT_SURE, NONE_OF_THEM].contains(&r.confirm) {
            p.presses("Done").await;
        }
    }
}

/// When, where, what was done, anyone the account names, told a DSL, conflict of interest:
/// up to the review.
pub async fn after_the_account(p: &Person<'_>, r: &Report<'_>) {
    p.presses("Now").await;
    p.presses("In school").await;
    p.presses("Skip").await;
    confirm_people(p, r).await;
    p.presses(yes_no(r.told_dsl)).await;
    p.presses(yes_no(r.conflict)).await;
    p.sees("Please check your concern report");
}

/// Files a concern about another pupil than the default's (`who`, as a reporter names them)
/// and returns its reference.
pub async fn report_about(p: &Person<'_>, who: &str) -> String {
    let r = Report {
        who: Some(who),
        ..Report::default()
    };
    report(p, &r).await
}

/// Files a concern and returns its reference from the receipt.
pub async fn report(p: &Person<'_>, r: &Report<'_>) -> String {
    fill(p, r).await;
    p.presses("Submit").await;
    let receipt = p.sees("Your concern reference is");
    reference_in(&receipt.text)
}

/// The first concern reference in a text.
pub fn reference_in(text: &str) -> String {
    let at = text
        .find("C-20")
        .unwrap_or_else(|| panic!("no reference in {text:?}"));
    text[at..at + 11].to_string()
}

/// Everyone whose private chat received a message containing `needle`.
pub fn who_saw(app: &TestApp, needle: &str) -> BTreeSet<String> {
    app.chat
        .received()
        .into_iter()
        .filter(|m| m.text.contains(needle))
        .filter_map(|m| match m.address {
            Address::Private(a) => Some(a),
            Address::Group(_) | Address::Everyone => None,
        })
        .collect()
}

/// Every message anyone received that contains `needle`.
pub fn messages_with(app: &TestApp, needle: &str) -> Vec<String> {
    app.chat
        .received()
        .into_iter()
        .filter(|m| m.text.contains(needle))
        .map(|m| m.text)
        .collect()
}

pub fn names(v: &[&str]) -> BTreeSet<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[tokio::test]
async fn every_kind_of_concern_goes_to_exactly_the_right_people_without_details() {
    struct Case<'a> {
        reporter: &'a str,
        report: Report<'a>,
        alerted: &'a [&'a str],
        lado: bool,
    }
    let base = Report::default();
    let cases = [
        Case {
            reporter: "Josie Quennell",
            report: base,
            alerted: &["Daniel Okafor", "Priya Castellane", "Tomasz Wiśniewski"],
            lado: false,
        },
        Case {
            reporter: "Josie Quennell",
            report: Report {
                categories: &[PASSWORD],
                ..base
            },
            alerted: &["Daniel Okafor", "Priya Castellane", "Owen Hartley"],
            lado: false,
        },
        Case {
            reporter: "Josie Quennell",
            report: Report {
                about: STAFF,
                who: Some("Mr Wisniewski"),
                ..base
            },
            alerted: &["Margaret Thornbury"],
            lado: true,
        },
        Case {
            reporter: "Josie Quennell",
            report: Report {
                about: HEAD,
                who: None,
                categories: &[OTHER],
                ..base
            },
            alerted: &["Hilary Penrose"],
            lado: true,
        },
        Case {
            reporter: "Josie Quennell",
            report: Report {
                about: ADULT,
                who: Some("a visitor at pick-up"),
                categories: &[OTHER],
                ..base
            },
            alerted: &["Daniel Okafor", "Priya Castellane"],
            lado: false,
        },
        Case {
            reporter: "Owen Hartley",
            report: Report {
                about: ONLINE,
                who: Some("gamer tag shadowfox99"),
                categories: &[UNKNOWN_ADULT],
                ..base
            },
            alerted: &["Daniel Okafor", "Priya Castellane", "Tomasz Wiśniewski"],
            lado: false,
        },
        Case {
            reporter: "Josie Quennell",
            report: Report {
                about: MYSELF,
                who: None,
                categories: &[DEVICE],
                ..base
            },
            alerted: &["Daniel Okafor", "Priya Castellane", "Owen Hartley"],
            lado: false,
        },
        Case {
            reporter: "Josie Quennell",
            report: Report {
                conflict: true,
                ..base
            },
            alerted: &["Hilary Penrose"],
            lado: true,
        },
    ];
    for case in cases {
        let app = spawn_app().await;
        let reporter = app.person(case.reporter);
        let r = report(&reporter, &case.report).await;
        assert_eq!(r, "C-2026-0001");
        let mut expected = names(case.alerted);
        expected.insert(case.reporter.to_string());
        assert_eq!(
            who_saw(&app, &r),
            expected,
            "{} {}",
            case.reporter,
            case.report.about
        );
        for text in messages_with(&app, &format!("New concern {r}")) {
            assert!(text.contains(&format!("/case {r}")), "{text}");
            for secret in [
                ACCOUNT,
                PUPILS,
                "Wisniewski",
                "shadowfox",
                "pick-up",
                case.reporter,
            ] {
                assert!(!text.contains(secret), "alert leaks {secret:?}: {text}");
            }
            assert_eq!(text.contains("LADO: LADO duty line"), case.lado, "{text}");
        }
        assert!(app.group_messages().is_empty());
    }
}

#[tokio::test]
async fn the_reporter_is_told_the_reference_and_what_happens_next() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let r = report(
        &josie,
        &Report {
            told_dsl: false,
            ..Report::default()
        },
    )
    .await;
    let received = josie.received();
    let receipt = &received[received.len() - 2].text;
    assert!(
        receipt.contains(&format!("Your concern reference is {r}")),
        "{receipt}"
    );
    assert!(
        receipt.contains("I have alerted the DSL team now"),
        "{receipt}"
    );
    assert!(
        !receipt.contains("have not been told"),
        "nobody named, so nobody is said to be kept away: {receipt}"
    );
    josie.sees("speak to a DSL in person today");
    let second = report(&josie, &Report::default()).await;
    assert_eq!(
        (r.as_str(), second.as_str()),
        ("C-2026-0001", "C-2026-0002")
    );
}

#[tokio::test]
async fn the_numbering_starts_again_each_year() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    assert_eq!(report(&josie, &Report::default()).await, "C-2026-0001");
    app.clock.set(
        chrono::DateTime::parse_from_rfc3339("2027-01-05T10:00:00Z")
            .unwrap()
            .into(),
    );
    assert_eq!(report(&josie, &Report::default()).await, "C-2027-0001");
}

#[tokio::test]
async fn an_urgent_concern_about_a_pupil_alerts_the_dsl_team_at_once() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    josie.sees("Who is the concern about?");
    josie.presses(PUPIL).await;
    josie.presses("Yes").await;
    let numbers = josie.sees("If a child is in danger now, call 999.");
    assert!(numbers.text.contains("01632 960 001"), "{}", numbers.text);
    let told = josie.sees("I have alerted the DSL team that an urgent concern is on its way");
    assert!(!told.text.contains("outside school hours"), "{}", told.text);
    let urgent = who_saw(&app, "URGENT: a member of staff is reporting");
    assert_eq!(urgent, names(&["Daniel Okafor", "Priya Castellane"]));
    let draft = app.person("Daniel Okafor").sees("draft D-").text;
    assert!(
        !draft.contains("Josie"),
        "the early alert names nobody: {draft}"
    );

    // Going back and answering again does not alert twice.
    josie.says("/back").await;
    josie.presses("Yes").await;
    assert_eq!(messages_with(&app, "URGENT: a member of staff").len(), 2);

    kinds_and_people(&josie, &Report::default()).await;
    josie.says(ACCOUNT).await;
    after_the_account(&josie, &Report::default()).await;
    josie.presses("Submit").await;
    let r = reference_in(&josie.sees("Your concern reference is").text);
    josie.sees("call 999");
    let daniel = app.person("Daniel Okafor");
    let alert = daniel.sees(&format!("New concern {r}"));
    assert!(alert.text.contains("URGENT"), "{}", alert.text);
    assert!(alert.text.contains("(draft D-"), "{}", alert.text);
}

#[tokio::test]
async fn an_urgent_concern_about_a_member_of_staff_waits_for_their_name_and_goes_around_them() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    josie.presses(STAFF).await;
    josie.presses("Yes").await;
    josie.sees("Tell me who the adult is next");
    assert!(who_saw(&app, "URGENT").is_empty(), "not before the name");
    josie.says("our DSL").await;
    let asked = josie.sees(ABOUT_THESE);
    let labels: Vec<&str> = asked.buttons.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Daniel Okafor (Designated Safeguarding Lead)",
            NONE_OF_THEM,
            NOT_SURE,
            "Done"
        ]
    );
    assert!(
        who_saw(&app, "URGENT").is_empty(),
        "not before it is confirmed"
    );
    josie
        .presses("Daniel Okafor (Designated Safeguarding Lead)")
        .await;
    josie.presses("Done").await;
    josie.sees("I have alerted the Headteacher that an urgent concern is on its way");
    assert_eq!(
        who_saw(&app, "URGENT: a member of staff"),
        names(&["Margaret Thornbury"])
    );
    josie.says("/cancel").await;
    let closed = josie.sees("Your unfinished concern report was closed and not saved.");
    assert!(
        closed.text.contains("had already gone to the Headteacher"),
        "{}",
        closed.text
    );
    app.tick().await;
    assert_eq!(
        who_saw(&app, "was not submitted"),
        names(&["Margaret Thornbury"]),
        "the follow-up goes only to the people alerted"
    );
    let daniel = app.person("Daniel Okafor");
    assert!(daniel.received().is_empty(), "{:?}", daniel.received());
}

#[tokio::test]
async fn an_urgent_form_left_unfinished_is_followed_up_with_the_dsl_team() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says("/concern").await;
    josie.presses(PUPIL).await;
    josie.presses("Yes").await;
    josie.says("/cancel").await;
    josie.sees("The urgent alert had already gone to the DSL team");
    app.tick().await;
    let daniel = app.person("Daniel Okafor");
    let follow_up = daniel.sees("was not submitted");
    assert!(
        follow_up.text.contains("Josie Quennell"),
        "{}",
        follow_up.text
    );
    app.tick().await;
    assert_eq!(
        messages_with(&app, "was not submitted").len(),
        2,
        "once each"
    );
}

#[tokio::test]
async fn a_submitted_urgent_concern_is_not_followed_up_as_unfinished() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    report(
        &josie,
        &Report {
            danger: true,
            ..Report::default()
        },
    )
    .await;
    app.tick().await;
    assert!(messages_with(&app, "was not submitted").is_empty());
}

#[tokio::test]
async fn parents_and_unlinked_accounts_are_told_how_to_reach_the_school() {
    let app = spawn_app().await;
    let emma = app.person("Emma Whitlow");
    emma.says("/concern").await;
    let m = emma.sees("please contact the school office on 01632 960 000");
    assert!(m.buttons.is_empty());
    emma.says("a child in my daughter's class is being bullied")
        .await;
    emma.sees("I'm not sure what you mean");

    let stranger = app.stranger("someone");
    stranger.says("/concern").await;
    stranger.sees("contact the school office on 01632 960 000");

    emma.says_in("Year 3 parents", "/concern").await;
    let group: Vec<String> = app.group_messages().into_iter().map(|m| m.text).collect();
    assert_eq!(group, ["I've sent you a private message."]);
    emma.sees("Concerns from parents and carers go straight to the school");
    assert!(who_saw(&app, "New concern").is_empty());
}

#[tokio::test]
async fn concern_in_a_group_only_points_to_the_private_chat() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    josie.says_in("staffroom", "/concern").await;
    josie.sees("Starting: concern report");
    josie.sees("Who is the concern about?");
    let r = report(&josie, &Report::default()).await;
    let daniel = app.person("Daniel Okafor");
    daniel.says_in("staffroom", "/cases").await;
    daniel.says_in("staffroom", &format!("/case {r}")).await;
    daniel.says_in("staffroom", &format!("/case {r} ack")).await;
    daniel.says_in("staffroom", "/case C-2026-0999").await;
    for m in app.group_messages() {
        assert_eq!(m.text, "I've sent you a private message.");
        assert!(m.buttons.is_empty());
    }
    assert_eq!(app.group_messages().len(), 5);
    daniel.sees(&format!("Case {r}"));
    daniel.sees(&format!("You have acknowledged {r}"));
}

#[tokio::test]
async fn every_message_the_forms_and_cases_use_exists_in_english() {
    use haven::core::form::StepKind;
    let app = spawn_app().await;
    let i18n = &app.app.i18n;
    for id in ["concern", "case-entry", "case-close"] {
        let spec = app.app.ctx.forms.get(id).expect("registered").spec();
        assert!(i18n.has(spec.title));
        for s in &spec.steps {
            for key in [s.prompt, s.label, s.help] {
                assert!(i18n.has(key), "{key}");
            }
            if let StepKind::Choice(o) | StepKind::Multi { options: o, .. } = &s.kind {
                for o in o {
                    assert!(i18n.has(o.label), "{}", o.label);
                }
            }
        }
    }
    use haven::core::concern::stats::AckBucket;
    use haven::core::concern::types::{EntryKind, Group, Status};
    let labels = Status::ALL
        .iter()
        .map(|s| s.label())
        .chain(Group::ALL.iter().map(|g| g.label()))
        .chain(EntryKind::ALL.iter().map(|k| k.label()))
        .chain(AckBucket::ALL.iter().map(|b| b.label()));
    for key in labels {
        assert!(i18n.has(key), "{key}");
    }
}

#[tokio::test]
async fn a_reporter_on_the_route_is_left_off_it_and_an_empty_route_falls_back() {
    let app = spawn_app().await;
    let daniel = app.person("Daniel Okafor");
    let r = report(&daniel, &Report::default()).await;
    let alerted = who_saw(&app, &format!("New concern {r}"));
    assert_eq!(
        alerted,
        names(&["Priya Castellane"]),
        "Tomasz's alert is in Polish"
    );
    assert!(who_saw(&app, &r).contains("Tomasz Wiśniewski"));

    // The Chair reports about the Headteacher: the vice-chair and safeguarding governor take
    // it, with the LADO contact.
    let hilary = app.person("Hilary Penrose");
    let r = report(
        &hilary,
        &Report {
            about: HEAD,
            who: None,
            categories: &[OTHER],
            ..Report::default()
        },
    )
    .await;
    assert_eq!(
        who_saw(&app, &r),
        names(&["Hilary Penrose", "Marcus Fenwick-Lowe"])
    );
    let alert = app
        .person("Marcus Fenwick-Lowe")
        .sees(&format!("New concern {r}"));
    assert!(
        alert.text.contains("LADO: LADO duty line"),
        "{}",
        alert.text
    );
}

#[tokio::test]
async fn the_reporter_can_be_told_who_read_their_concern_when_the_school_chooses() {
    let mut settings = haven::core::settings::Settings::default();
    settings.concern.tell_reporter_who_acknowledged = true;
    let app = crate::support::spawn_app_with(settings).await;
    let josie = app.person("Josie Quennell");
    let r = report(&josie, &Report::default()).await;
    app.person("Priya Castellane")
        .says(&format!("/case {r} ack"))
        .await;
    josie.sees(&format!(
        "Your concern {r} has been read by Priya Castellane"
    ));
}
