//! Allegations and low-level concerns about adults (Keeping Children Safe in Education, part
//! four), policy 002's "urgent advised" with its immediate-referral criteria, and the sexting
//! initial review recorded as a structured chronology entry, for case leads only.

use super::cases::audit;
use super::*;

const BOUNDARIES: &str =
    "Adults: professional boundaries or an inappropriate relationship with a pupil";
const LOW_LEVEL: &str = "Adults: low-level concern about an adult";
const GROOMING: &str = "Contact: grooming";
const COERCION: &str = "Contact: coercion, blackmail or sextortion";
const CRITERIA: &str = "Urgent advised for";

#[tokio::test]
async fn concerns_about_adults_have_their_own_group_and_route_by_who() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let visitor = report(
        &josie,
        &Report {
            about: ADULT,
            who: Some("a visitor at pick-up"),
            categories: &[BOUNDARIES],
            ..Report::default()
        },
    )
    .await;
    let staff = report(
        &josie,
        &Report {
            about: STAFF,
            who: Some("Priya Castellane"),
            categories: &[LOW_LEVEL],
            ..Report::default()
        },
    )
    .await;
    assert_eq!(
        who_saw(&app, &format!("New concern {visitor}")),
        names(&["Daniel Okafor", "Priya Castellane"]),
        "not the online safety lead: concerns about adults are not online"
    );
    assert_eq!(
        who_saw(&app, &format!("New concern {staff}")),
        names(&["Margaret Thornbury"])
    );
    for r in [&visitor, &staff] {
        let alert = &messages_with(&app, &format!("New concern {r}"))[0];
        assert!(alert.contains("Concerns about adults"), "{alert}");
    }
}

#[tokio::test]
async fn urgent_advised_concerns_show_the_lead_policy_002s_referral_criteria() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let filed = |about: &'static str,
                 categories: &'static [&'static str],
                 who: Option<&'static str>| Report {
        about,
        categories,
        who,
        ..Report::default()
    };
    let cases = [
        (filed(PUPIL, &[GROOMING], Some(PUPILS)), true),
        (filed(PUPIL, &[COERCION, BULLYING], Some(PUPILS)), true),
        (filed(ADULT, &[NUDES], Some("a parent at the gate")), true),
        (filed(PUPIL, &[NUDES], Some(PUPILS)), false),
        (filed(PUPIL, &[BULLYING], Some(PUPILS)), false),
    ];
    let daniel = app.person("Daniel Okafor");
    for (r, advised) in cases {
        let reference = report(&josie, &r).await;
        daniel.catch_up();
        daniel.says(&format!("/case {reference}")).await;
        daniel.sees(&format!("Case {reference}"));
        if advised {
            let criteria = daniel.sees(&format!("{CRITERIA} {reference}"));
            for quoted in [
                "Policy 002",
                "the incident involves an adult",
                "coerced, blackmailed or groomed",
                "immediate risk of harm",
            ] {
                assert!(criteria.text.contains(quoted), "{}", criteria.text);
            }
        } else {
            daniel.does_not_see(CRITERIA);
        }
    }
}

/// Answers the initial review: the four criteria, then the optional questions (`None` skips).
async fn review(p: &Person<'_>, criteria: [bool; 4], rest: [Option<bool>; 7], note: &str) {
    p.sees("1. Are any adults involved");
    for yes in criteria {
        p.presses(if yes { "Yes" } else { "No" }).await;
    }
    for answer in rest {
        p.presses(match answer {
            Some(true) => "Yes",
            Some(false) => "No",
            None => "Skip",
        })
        .await;
    }
    p.says(note).await;
    p.presses("Submit").await;
}

#[tokio::test]
async fn the_sexting_initial_review_is_a_structured_entry_for_leads_only() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let r = report(
        &josie,
        &Report {
            categories: &[NUDES],
            ..Report::default()
        },
    )
    .await;
    let daniel = app.person("Daniel Okafor");
    daniel.says(&format!("/case {r}")).await;
    daniel.sees(&format!("Case {r}"));
    daniel.sees("Record the review's answers with the Initial review button");
    daniel.presses("Initial review").await;
    let none = None;
    review(
        &daniel,
        [false, true, false, false],
        [
            Some(true),
            Some(true),
            none,
            none,
            Some(true),
            none,
            Some(true),
        ],
        "Met with Grace and her mother; the images were sent under pressure",
    )
    .await;
    daniel.sees(&format!(
        "Added the initial review to the chronology of {r} as entry #2. Policy 002: refer to \
         the police and/or children's social care now."
    ));

    daniel.says(&format!("/case {r} review")).await;
    review(&daniel, [false; 4], [none; 7], "Reviewed again").await;
    daniel.sees("Policy 002: no immediate-referral criterion met");

    daniel.says(&format!("/case {r}")).await;
    let view = daniel.sees(&format!("Case {r}"));
    for shown in [
        "Initial review: #2",
        "An adult is involved: No",
        "Coerced, blackmailed or groomed, or capacity to consent in doubt: Yes",
        "Shared widely: Yes",
        "Images to be deleted or removed now: Yes",
        "Policy 002: refer to the police and/or children's social care now",
        "sent under pressure",
        "Initial review: #3",
        "Policy 002: no immediate-referral criterion met",
    ] {
        assert!(
            view.text.contains(shown),
            "{shown} missing from {}",
            view.text
        );
    }
    assert!(!view.text.contains("Happened before"), "skipped stays out");
    daniel.does_not_see("Record the review's answers");

    let tomasz = app.person("Tomasz Wiśniewski");
    tomasz.says("/language en").await;
    tomasz.says(&format!("/case {r}")).await;
    let theirs = tomasz.sees(&format!("Case {r}"));
    assert!(!theirs.buttons.iter().any(|b| b.label == "Initial review"));
    for (name, answer) in [
        ("Tomasz Wiśniewski", "Only the people leading case"),
        ("Margaret Thornbury", "I can't open that case"),
        ("Josie Quennell", "I can't open that case"),
    ] {
        let p = app.person(name);
        p.says(&format!("/case {r} review")).await;
        p.sees(answer);
        p.presses_payload(&format!("c.review.{r}")).await;
        p.does_not_see("Are any adults involved");
    }
    let actions = audit(&app, &format!("concern:{r}")).await;
    assert_eq!(actions.iter().filter(|a| *a == "concern.review").count(), 2);
}
