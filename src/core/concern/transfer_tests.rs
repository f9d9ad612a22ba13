//! Unit tests of the transfer rules: who may export, the five-school-day deadline, matching a
//! pupil's name and when a transfer is overdue.

use super::*;
use crate::core::calendar::{Calendar, DateRange};
use crate::core::concern::transfer_store::{Receipt, Transfer, TransferId};
use crate::core::ids::{PersonId, SchoolId};
use crate::core::people::{Lang, Roles};
use crate::core::settings::SchoolHours;
use chrono_tz::Europe::London;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn person(roles: &[Role], active: bool) -> Person {
    Person {
        id: PersonId(1),
        school: SchoolId(1),
        external_id: "p1".into(),
        name: "Someone".into(),
        roles: Roles::new(roles.iter().copied()),
        lang: Lang::EnGb,
        groups: vec![],
        active,
    }
}

#[test]
fn only_an_active_lead_dsl_leading_the_case_may_export() {
    use Role::*;
    for role in Role::ALL {
        for access in [None, Some(Access::Contributor), Some(Access::Lead)] {
            for active in [true, false] {
                let me = person(&[role], active);
                let expected = role == Dsl && active && access == Some(Access::Lead);
                assert_eq!(
                    may_export(&me, access),
                    expected,
                    "{role:?} {access:?} {active}"
                );
            }
        }
    }
    let deputy_and_head = person(&[DeputyDsl, Headteacher], true);
    assert!(!may_export(&deputy_and_head, Some(Access::Lead)));
    let dsl_admin = person(&[Dsl, RosterAdmin], true);
    assert!(!may_export(&dsl_admin, Some(Access::Lead)));
}

#[test]
fn the_deadline_is_the_fifth_school_day_after_and_skips_weekends_and_holidays() {
    let hours = SchoolHours::default();
    let mut calendar = Calendar::default();
    calendar
        .closures
        .push(DateRange::new(d("2026-12-21"), d("2027-01-01")).unwrap());
    let st = SchoolTime {
        hours: &hours,
        calendar: &calendar,
        tz: London,
    };
    // Monday 7 December: Tue, Wed, Thu, Fri, Mon.
    assert_eq!(deadline(&st, d("2026-12-07")), Some(d("2026-12-14")));
    // Saturday: Mon to Fri.
    assert_eq!(deadline(&st, d("2026-12-05")), Some(d("2026-12-11")));
    // Thursday 17 December, before the holiday: Fri 18, then Mon 4 to Thu 7 January (New
    // Year's Day is inside the closure anyway).
    assert_eq!(deadline(&st, d("2026-12-17")), Some(d("2027-01-07")));
    // In the holiday: the first five days of term.
    assert_eq!(deadline(&st, d("2026-12-23")), Some(d("2027-01-08")));
}

fn transfer(deadline: &str, sent: &str, confirmed: Option<&str>) -> Transfer {
    Transfer {
        id: TransferId(1),
        school: SchoolId(1),
        cases: vec![],
        receiving_school: Sensitive::new("Ysgol y Graig".into()),
        due_from: d("2026-12-01"),
        deadline: d(deadline),
        sent_on: d(sent),
        sent_by: PersonId(1),
        recorded_at: Utc::now(),
        receipt: confirmed.map(|c| Receipt {
            confirmed_by: Sensitive::new("A. Jones".into()),
            confirmed_on: d(c),
            recorded_by: PersonId(1),
            recorded_at: Utc::now(),
        }),
    }
}

#[test]
fn a_transfer_is_overdue_when_sent_late_or_not_confirmed_by_its_deadline() {
    let today = d("2026-12-09");
    assert!(!transfer("2026-12-08", "2026-12-02", Some("2026-12-04")).overdue(today));
    assert!(!transfer("2026-12-09", "2026-12-02", None).overdue(today));
    assert!(transfer("2026-12-08", "2026-12-02", None).overdue(today));
    assert!(transfer("2026-12-08", "2026-12-09", Some("2026-12-09")).overdue(today));
    assert!(transfer("2026-12-08", "2026-12-02", Some("2026-12-09")).overdue(today));
}
