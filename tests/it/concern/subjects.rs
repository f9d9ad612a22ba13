//! The person a concern is about never hears of it: a generated matrix over every route role
//! (DSL, deputy, online safety lead, IT lead, Headteacher, a Head who is also the DSL, Chair,
//! vice-chair and safeguarding governor), every way a reporter names them (full name, title and
//! surname, a misspelling, a role word, as "another adult", only in the account of what
//! happened), normal and urgent, and every ending (submitted, cancelled, left to expire,
//! escalated to the end of its route).
//!
//! In every cell the subject receives nothing, cannot open the case, and someone appropriate
//! (the next rung up) does receive it. One cell is inherent and asserted as such: an urgent
//! concern about a pupil alerts the DSL team at once, before the account is written; if the
//! account then names a DSL as a subject, that content-free alert (a draft number, no name, no
//! reference) is all they ever receive.

use super::*;
use crate::support::transcript;
use chrono::Duration;
use std::collections::BTreeSet;

/// One route-role holder and the ways a reporter might name them.
struct Subject {
    name: &'static str,
    titled: &'static str,
    misspelt: &'static str,
    role_word: &'static str,
    /// Who must receive a concern about them (the next rung up).
    above: &'static str,
    /// On the DSL team, so alerted at once by an urgent concern about a pupil.
    on_dsl_team: bool,
}

const DSL: Subject = Subject {
    name: "Daniel Okafor",
    titled: "Mr Okafor",
    misspelt: "Mr Okafur",
    role_word: "our DSL",
    above: "Margaret Thornbury",
    on_dsl_team: true,
};
const DEPUTY: Subject = Subject {
    name: "Priya Castellane",
    titled: "Ms Castellane",
    misspelt: "Priya Castelane",
    role_word: "the deputy DSL",
    above: "Margaret Thornbury",
    on_dsl_team: true,
};
const ONLINE_LEAD: Subject = Subject {
    name: "Tomasz Wiśniewski",
    titled: "Mr Wisniewski",
    misspelt: "Mr Wisniewsky",
    role_word: "the online safety lead",
    above: "Margaret Thornbury",
    on_dsl_team: false,
};
const IT_LEAD: Subject = Subject {
    name: "Owen Hartley",
    titled: "Mr Hartley",
    misspelt: "Mr Hartly",
    role_word: "the IT person",
    above: "Margaret Thornbury",
    on_dsl_team: false,
};
const HEADTEACHER: Subject = Subject {
    name: "Margaret Thornbury",
    titled: "Mrs Thornbury",
    misspelt: "Mrs Thornbery",
    role_word: "the head",
    above: "Hilary Penrose",
    on_dsl_team: false,
};
/// In a school where the Head is also the DSL (see [`head_is_dsl`]).
const HEAD_WHO_IS_DSL: Subject = Subject {
    name: "Margaret Thornbury",
    titled: "Mrs Thornbury",
    misspelt: "Margret Thornbury",
    role_word: "our DSL",
    above: "Hilary Penrose",
    on_dsl_team: true,
};
const CHAIR: Subject = Subject {
    name: "Hilary Penrose",
    titled: "Mrs Penrose",
    misspelt: "Mrs Penrise",
    role_word: "the chair of governors",
    above: "Marcus Fenwick-Lowe",
    on_dsl_team: false,
};
const GOVERNOR: Subject = Subject {
    name: "Marcus Fenwick-Lowe",
    titled: "Mr Fenwick-Lowe",
    misspelt: "Mr Fenwik-Lowe",
    role_word: "the safeguarding governor",
    above: "Hilary Penrose",
    on_dsl_team: false,
};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Naming {
    FullName,
    Titled,
    Misspelt,
    RoleWord,
    AnotherAdult,
    OnlyInAccount,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Ending {
    Submitted,
    Cancelled,
    Expired,
    Escalated,
}

const NAMINGS: [Naming; 6] = [
    Naming::FullName,
    Naming::Titled,
    Naming::Misspelt,
    Naming::RoleWord,
    Naming::AnotherAdult,
    Naming::OnlyInAccount,
];
const ENDINGS: [Ending; 4] = [
    Ending::Submitted,
    Ending::Cancelled,
    Ending::Expired,
    Ending::Escalated,
];

const REPORTER: &str = "Josie Quennell";

/// The demo school with the Headteacher as its DSL (and the former DSL as plain staff).
async fn head_is_dsl(app: &TestApp) {
    let staff = include_str!("../../../examples/staff.csv")
        .replace("headteacher;slt", "headteacher;dsl;slt")
        .replace("dsl;slt;staff", "slt;staff");
    app.import_staff(&staff).await;
    // The Head's new role waits for the Chair, who confirms it.
    app.person("Hilary Penrose").presses("Confirm").await;
}

/// Files (or leaves) one concern about `s`, named one way; returns the reference when one
/// was given.
async fn concern(
    app: &TestApp,
    s: &Subject,
    naming: Naming,
    urgent: bool,
    ending: Ending,
) -> Option<String> {
    let who = match naming {
        Naming::FullName => s.name.to_string(),
        Naming::Titled => s.titled.to_string(),
        Naming::Misspelt => s.misspelt.to_string(),
        Naming::RoleWord => s.role_word.to_string(),
        Naming::AnotherAdult => format!("{}, who was visiting as a parent", s.name),
        Naming::OnlyInAccount => PUPILS.to_string(),
    };
    let account = match naming {
        Naming::OnlyInAccount => format!("{ACCOUNT}. {} was there and saw it.", s.titled),
        _ => ACCOUNT.to_string(),
    };
    let about = match naming {
        Naming::AnotherAdult => ADULT,
        Naming::OnlyInAccount => PUPIL,
        _ => STAFF,
    };
    let r = Report {
        danger: urgent,
        about,
        who: Some(&who),
        account: &account,
        ..Report::default()
    };
    let josie = app.person(REPORTER);
    match ending {
        Ending::Submitted | Ending::Escalated => {
            let reference = report(&josie, &r).await;
            if ending == Ending::Escalated {
                for _ in 0..8 {
                    app.advance(Duration::days(1)).await;
                }
            }
            Some(reference)
        }
        Ending::Cancelled | Ending::Expired => {
            fill(&josie, &r).await;
            if ending == Ending::Cancelled {
                josie.says("/cancel").await;
                app.tick().await;
            } else {
                // Kept to the end of the next school day (Wednesday, 17:00), then deleted.
                app.advance(Duration::hours(32)).await;
                app.tick().await;
            }
            None
        }
    }
}

/// The reference of the urgent draft the reporter's alert carried, if any went out.
fn draft_of(app: &TestApp) -> Option<String> {
    app.chat.received().into_iter().find_map(|m| {
        let at = m.text.find("draft D-")?;
        Some(m.text[at + 6..at + 16].to_string())
    })
}

async fn check(s: &Subject, variant_head_is_dsl: bool) {
    for naming in NAMINGS {
        for urgent in [false, true] {
            for ending in ENDINGS {
                let app = spawn_app().await;
                if variant_head_is_dsl {
                    head_is_dsl(&app).await;
                }
                let cell = format!("{} named {naming:?}, urgent {urgent}, {ending:?}", s.name);
                let before = app.person(s.name).received().len();
                let everyone_before = app.chat.received().len();
                let reference = concern(&app, s, naming, urgent, ending).await;
                let draft = draft_of(&app);
                let subject = app.person(s.name);
                let got = subject.received()[before..].to_vec();
                // The one inherent exception: the alert raised before the account named them.
                let early = urgent && naming == Naming::OnlyInAccount && s.on_dsl_team;
                if early {
                    assert_eq!(got.len(), 1, "{cell}: {}", transcript(&got));
                    let alert = &got[0].text;
                    assert!(alert.starts_with("URGENT: a member of staff"), "{cell}");
                    assert!(
                        !alert.contains(REPORTER) && !alert.contains("C-20"),
                        "{cell}"
                    );
                } else {
                    assert!(got.is_empty(), "{cell}: {}", transcript(&got));
                }
                if let Some(r) = &reference {
                    subject.says("/language en").await;
                    subject.says("/cases").await;
                    subject.sees("There are no open cases for you.");
                    subject.says(&format!("/case {r}")).await;
                    subject.sees("I can't open that case");
                    let saw = who_saw(&app, r);
                    assert!(saw.contains(s.above), "{cell}: {saw:?}");
                    assert!(!saw.contains(s.name), "{cell}: {saw:?}");
                } else if urgent {
                    let draft = draft.clone().unwrap_or_else(|| panic!("{cell}: no alert"));
                    let told = who_saw(&app, &format!("{draft} was not submitted"));
                    assert!(told.contains(s.above), "{cell}: {told:?}");
                    assert!(!told.contains(s.name), "{cell}: {told:?}");
                    let closed = app
                        .person(REPORTER)
                        .sees("Your unfinished concern report was closed and not saved");
                    assert!(closed.text.contains("had already gone to"), "{cell}");
                } else {
                    let told: BTreeSet<String> = app.chat.received()[everyone_before..]
                        .iter()
                        .filter_map(|m| match &m.address {
                            Address::Private(a) => Some(a.clone()),
                            Address::Group(_) | Address::Everyone => None,
                        })
                        .collect();
                    assert_eq!(told, names(&[REPORTER]), "{cell}: nothing was sent");
                }
                if let Some(d) = &draft {
                    for m in subject.received()[before..].iter().skip(usize::from(early)) {
                        assert!(!m.text.contains(d.as_str()), "{cell}: {}", m.text);
                    }
                }
            }
        }
    }
}

#[tokio::test]
async fn a_concern_never_reaches_the_dsl_it_is_about() {
    check(&DSL, false).await;
}

#[tokio::test]
async fn a_concern_never_reaches_the_deputy_it_is_about() {
    check(&DEPUTY, false).await;
}

#[tokio::test]
async fn a_concern_never_reaches_the_online_safety_lead_it_is_about() {
    check(&ONLINE_LEAD, false).await;
}

#[tokio::test]
async fn a_concern_never_reaches_the_it_lead_it_is_about() {
    check(&IT_LEAD, false).await;
}

#[tokio::test]
async fn a_concern_never_reaches_the_headteacher_it_is_about() {
    check(&HEADTEACHER, false).await;
}

#[tokio::test]
async fn a_concern_never_reaches_a_head_who_is_also_the_dsl() {
    check(&HEAD_WHO_IS_DSL, true).await;
}

#[tokio::test]
async fn a_concern_never_reaches_the_chair_it_is_about() {
    check(&CHAIR, false).await;
}

#[tokio::test]
async fn a_concern_never_reaches_the_governor_it_is_about() {
    check(&GOVERNOR, false).await;
}

#[tokio::test]
async fn an_urgent_form_left_before_its_named_people_are_confirmed_is_not_followed_up_with_them() {
    let app = spawn_app().await;
    let josie = app.person(REPORTER);
    josie.says("/concern").await;
    josie.presses(PUPIL).await;
    josie.presses("Yes").await;
    josie.presses(BULLYING).await;
    josie.presses("Done").await;
    josie.says(PUPILS).await;
    josie
        .says(&format!("{ACCOUNT}. Mr Okafor was there and saw it."))
        .await;
    josie.sees("When did it happen?");
    // Left before being asked whether it is about Mr Okafor: he counts as a subject.
    josie.says("/cancel").await;
    app.tick().await;
    assert_eq!(
        who_saw(&app, "was not submitted"),
        names(&["Margaret Thornbury"]),
        "the follow-up goes around the DSL named in the account"
    );
    josie.sees("I have told the Headteacher that you started the urgent concern report");
    let daniel = app.person("Daniel Okafor").received();
    assert_eq!(daniel.len(), 1, "{}", transcript(&daniel));
    assert!(daniel[0].text.starts_with("URGENT: a member of staff"));
    assert!(!daniel[0].text.contains(REPORTER));
}
