//! The trust's safeguarding lead works a case escalated to the trust: chosen with the school's
//! button, opened, acknowledged and added to, in that case's school only; never a case that was
//! not escalated to them, nor one about an account of theirs; and nothing else of that school.

use crate::concern::{report, who_saw, Report, ACCOUNT, STAFF};
use crate::support::trust::{
    school_of_account, spawn_trust_with, NORTH, NORTH_ID, SOUTH, SOUTH_ID,
};
use crate::support::TestApp;
use chrono::Duration;
use haven::core::clock::Clock;
use haven::core::ids::{Account, Platform};
use haven::core::payload::Payload;
use haven::schools::TrustConfig;

/// Priya Castellane, Northfield's deputy DSL, is the trust's safeguarding lead.
pub const LEAD: &str = "Priya Castellane";

pub fn lead(escalate_above_chair: bool) -> TrustConfig {
    TrustConfig {
        safeguarding_leads: vec!["north:STF003".into()],
        escalate_above_chair,
    }
}

/// What Southgate's reporter wrote: only its case shows it.
const SOUTH_ACCOUNT: &str = "At Southgate a pupil was sent threatening messages after the match";

/// Lets every unacknowledged concern climb the whole of its school's ladder (and past it).
async fn past_the_chair(app: &TestApp) {
    for _ in 0..8 {
        app.advance(Duration::days(2)).await;
    }
}

/// The payload of the button choosing a school.
fn choose(school: haven::core::ids::SchoolId) -> String {
    Payload::School(school).encode()
}

#[tokio::test]
async fn the_trust_lead_opens_acknowledges_and_works_a_case_escalated_to_the_trust() {
    let app = spawn_trust_with(lead(true)).await;
    let priya = app.person(LEAD);
    // Northfield has a case with the same reference, which Priya leads there as a deputy DSL.
    let north_case = report(&app.person("Josie Quennell"), &Report::default()).await;
    let owen = app.south_person("Owen Hartley");
    let south = Report {
        account: SOUTH_ACCOUNT,
        ..Report::default()
    };
    let r = report(&owen, &south).await;
    assert_eq!(r, north_case, "each school numbers its own concerns");
    // Another Southgate concern, acknowledged there, never reaches the trust.
    let kept = report(&app.south_person("Josie Quennell"), &south).await;
    let south_dsl = app.south_person("Daniel Okafor");
    south_dsl.says(&format!("/case {kept} ack")).await;
    south_dsl.sees(&format!("You have acknowledged {kept}"));
    // Northfield's own case is acknowledged at Northfield, so it stays there.
    app.person("Daniel Okafor")
        .says(&format!("/case {north_case} ack"))
        .await;
    priya.catch_up();
    // Her own school's commands are her own school's, without a question.
    priya.says("/whoami").await;
    priya.sees("You are Priya Castellane");
    priya.does_not_see("Which school is this about?");
    // Case work may be about any school: she is asked.
    priya.says("/cases").await;
    priya.sees("Which school is this about?");
    priya.catch_up();
    past_the_chair(&app).await;

    let told = priya.sees(&format!("Concern {r} at {SOUTH} has not been acknowledged"));
    assert!(!told.text.contains(SOUTH_ACCOUNT), "{}", told.text);
    let labels: Vec<&str> = told.buttons.iter().map(|b| b.label.as_str()).collect();
    assert_eq!(labels, [SOUTH]);
    priya.presses(SOUTH).await;
    priya.sees(&format!("about {SOUTH} for now"));

    priya.says("/cases").await;
    let listed = priya.sees("One open case");
    assert!(listed.text.contains(&r), "{}", listed.text);
    priya.says(&format!("/case {r}")).await;
    let case = priya.sees(&format!("Case {r}"));
    assert!(case.text.contains(SOUTH_ACCOUNT), "{}", case.text);
    assert!(
        !case.text.contains(ACCOUNT),
        "not Northfield's: {}",
        case.text
    );

    owen.catch_up();
    priya.presses("Acknowledge").await;
    priya.sees(&format!("You have acknowledged {r}"));
    owen.sees(&format!("Your concern {r} has been read"));
    app.south_person("Margaret Thornbury")
        .sees(&format!("{r} has been acknowledged by {LEAD}"));

    priya.says(&format!("/case {r} note")).await;
    priya.presses("Action taken").await;
    priya.says("Phoned Southgate's Headteacher").await;
    priya.presses("Now").await;
    priya.presses("Submit").await;
    priya.says(&format!("/case {r}")).await;
    let case = priya.sees(&format!("Case {r}"));
    assert!(
        case.text.contains("Phoned Southgate's Headteacher"),
        "{}",
        case.text
    );

    // Nothing else of Southgate is open to her, nor its case that was not escalated.
    for other in ["/broadcast", "/aup", "/streams", "/whoami", "/help"] {
        priya.says(other).await;
        priya.sees(&format!(
            "At {SOUTH} you can open the cases escalated to the trust"
        ));
    }
    priya.says(&format!("/case {kept}")).await;
    priya.sees("I can't open that case");

    // Back at her own school, the reference is Northfield's case.
    priya.presses_payload(&choose(NORTH_ID)).await;
    priya.sees(&format!("about {NORTH} for now"));
    priya.says(&format!("/case {r}")).await;
    let case = priya.sees(&format!("Case {r}"));
    assert!(case.text.contains(ACCOUNT), "{}", case.text);
    assert!(!case.text.contains(SOUTH_ACCOUNT), "{}", case.text);
    let saw = who_saw(&app, SOUTH_ACCOUNT);
    assert!(
        saw.iter()
            .all(|a| a == LEAD || school_of_account(a) == SOUTH_ID),
        "only the trust lead at Northfield saw Southgate's case: {saw:?}"
    );
}

#[tokio::test]
async fn a_form_about_one_school_waits_while_the_lead_writes_about_the_other() {
    let app = spawn_trust_with(lead(true)).await;
    let priya = app.person(LEAD);
    let r = report(&app.south_person("Owen Hartley"), &Report::default()).await;
    past_the_chair(&app).await;
    priya.presses_payload(&choose(SOUTH_ID)).await;
    priya.says(&format!("/case {r} note")).await;
    priya.presses("Action taken").await;
    // She turns to her own school mid-form: the note waits, and nothing she types there goes
    // into Southgate's case.
    priya.presses_payload(&choose(NORTH_ID)).await;
    priya.catch_up();
    priya.says("A Northfield matter").await;
    priya.sees("You have an unfinished form about another school");
    priya.says("/concern").await;
    priya.sees("You have an unfinished form about another school");
    priya.presses_payload(&choose(SOUTH_ID)).await;
    priya.says("Spoke to the DSL").await;
    priya.presses("Now").await;
    priya.presses("Submit").await;
    priya.says(&format!("/case {r}")).await;
    let case = priya.sees(&format!("Case {r}"));
    assert!(case.text.contains("Spoke to the DSL"), "{}", case.text);
    assert!(!case.text.contains("A Northfield matter"), "{}", case.text);
}

/// Whom a Southgate concern is about, and whether the trust lead's account is linked there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Subject {
    /// A colleague; the lead's account is not linked at Southgate (she visits).
    Colleague,
    /// A colleague; the lead's account is also Southgate's Priya Castellane's.
    ColleagueLinked,
    /// Southgate's Priya Castellane, whose account is the trust lead's too.
    TheLead,
}

/// One cell: the case, the trust's setting, and the school chosen for her conversation.
#[derive(Debug, Clone, Copy)]
struct Cell {
    subject: Subject,
    /// Left unacknowledged until it is escalated past Southgate's Chair.
    escalated: bool,
    /// The trust is the escalation level above the Chair.
    above_chair: bool,
    chosen: haven::core::ids::SchoolId,
}

impl Cell {
    fn may_open(self) -> bool {
        self.escalated
            && self.above_chair
            && self.subject != Subject::TheLead
            && self.chosen == SOUTH_ID
    }
}

fn cells() -> Vec<Cell> {
    let mut out = Vec::new();
    for subject in [
        Subject::Colleague,
        Subject::ColleagueLinked,
        Subject::TheLead,
    ] {
        for escalated in [true, false] {
            for above_chair in [true, false] {
                for chosen in [SOUTH_ID, NORTH_ID] {
                    out.push(Cell {
                        subject,
                        escalated,
                        above_chair,
                        chosen,
                    });
                }
            }
        }
    }
    out
}

#[tokio::test]
async fn the_trust_lead_opens_exactly_the_cases_escalated_to_her_in_their_school_never_one_about_herself(
) {
    for cell in cells() {
        let app = spawn_trust_with(lead(cell.above_chair)).await;
        let priya = app.person(LEAD);
        if cell.subject != Subject::Colleague {
            let mut tx = app.store().begin().await.expect("tx");
            let southern = tx
                .people(SOUTH_ID)
                .await
                .expect("people")
                .into_iter()
                .find(|p| p.name == LEAD)
                .expect("Southgate's Priya");
            let account = Account::new(Platform::Console, LEAD);
            tx.link_account(southern.id, &account, app.clock.now())
                .await
                .expect("link");
            tx.commit().await.expect("commit");
        }
        let who = match cell.subject {
            Subject::TheLead => LEAD,
            _ => "Rhian Prydderch",
        };
        let concern = Report {
            about: STAFF,
            who: Some(who),
            account: SOUTH_ACCOUNT,
            ..Report::default()
        };
        let r = report(&app.south_person("Josie Quennell"), &concern).await;
        if !cell.escalated {
            let head = app.south_person("Margaret Thornbury");
            head.says(&format!("/case {r} ack")).await;
            head.sees(&format!("You have acknowledged {r}"));
        }
        past_the_chair(&app).await;
        let told = priya
            .received()
            .iter()
            .any(|m| m.text.contains(&format!("Concern {r} at {SOUTH}")));
        let expect_told = cell.escalated && cell.above_chair && cell.subject != Subject::TheLead;
        assert_eq!(told, expect_told, "{cell:?}: told of the escalation");

        priya.presses_payload(&choose(cell.chosen)).await;
        priya.says("/language en").await;
        priya.catch_up();
        let may = cell.may_open();
        priya.says("/cases").await;
        assert_eq!(priya.last().text.contains(&r), may, "{cell:?}: /cases");
        let steps: [(String, &[&str], &[&str]); 4] = [
            (
                format!("/case {r}"),
                &["Case C-"],
                &["I can't open that case"],
            ),
            (
                format!("/case {r} ack"),
                &["You have acknowledged"],
                &["I can't open that case"],
            ),
            (
                format!("c.ack.{r}"),
                &["has already been acknowledged"],
                &["This button isn't one I can act on"],
            ),
            (
                format!("/case {r} note"),
                &["What are you recording?"],
                &["I can't open that case"],
            ),
        ];
        for (input, allowed, refused) in steps {
            let before = priya.received().len();
            if input.starts_with('/') {
                priya.says(&input).await;
            } else {
                priya.presses_payload(&input).await;
            }
            let got: Vec<String> = priya.received()[before..]
                .iter()
                .map(|m| m.text.clone())
                .collect();
            let want = if may { allowed } else { refused };
            assert!(
                got.iter().any(|t| want.iter().any(|w| t.contains(w))),
                "{cell:?} {input}: expected one of {want:?}, got {got:#?}"
            );
            if !may {
                assert!(
                    got.iter().all(|t| !t.contains(SOUTH_ACCOUNT)),
                    "{cell:?} {input}: {got:#?}"
                );
            }
        }
        if cell.subject == Subject::TheLead {
            assert!(
                priya
                    .received()
                    .iter()
                    .all(|m| !m.text.contains(&r) && !m.text.contains(SOUTH_ACCOUNT)),
                "{cell:?}: the account the concern is about learnt of it"
            );
        }
    }
}
