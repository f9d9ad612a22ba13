//! Safer Internet Day: its date in any year and the plan of messages around it. Pure.
//!
//! The day is the Tuesday between 5 and 11 February (second Tuesday of February is not the
//! same rule: 2026's first Tuesday is the 3rd, so the day is the 10th). A parents' message
//! whose day is not a school day (a weekend, a holiday, a closure) moves to the school day
//! before, at the same time; one that would say "today is Safer Internet Day" then names the
//! date instead. Staff messages keep their day.

use super::content::Template;
use super::settings::{local_instant, PlanAudience, PlanPart};
use crate::core::calendar::SchoolTime;
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};

/// Parents never get more than this many messages from one campaign.
pub const MAX_PARENT_MESSAGES: usize = 3;

/// Safer Internet Day in `year`: the Tuesday between 5 and 11 February.
pub fn day(year: i32) -> Option<NaiveDate> {
    (5..=11)
        .filter_map(|d| NaiveDate::from_ymd_opt(year, 2, d))
        .find(|d| d.weekday() == Weekday::Tue)
}

/// One message of a year's plan, placed in time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Planned {
    /// Stable within the plan (`staff-7`, `parents-0`), so confirming again finds it.
    pub name: String,
    pub audience: PlanAudience,
    pub template: Template,
    pub at: DateTime<Utc>,
}

/// The day and template of one part: parents' messages move off days that are not school days.
fn placed(sid: NaiveDate, p: &PlanPart, st: &SchoolTime) -> (NaiveDate, Template) {
    let day = sid - Duration::days(p.days_before);
    if p.audience == PlanAudience::Staff || st.is_school_day(day) {
        return (day, p.template);
    }
    match st.previous_school_day(day) {
        Some(earlier) if p.template == Template::SidToday => (earlier, Template::SidParents),
        Some(earlier) => (earlier, p.template),
        None => (day, p.template),
    }
}

fn name_of(p: &PlanPart) -> String {
    let who = match p.audience {
        PlanAudience::Staff => "staff",
        PlanAudience::Parents => "parents",
    };
    format!("{who}-{}", p.days_before)
}

/// The plan's messages for Safer Internet Day on `sid`, in time order: parents' messages moved
/// to school days, at most one a day for them (the one nearest the day kept), cut to
/// [`MAX_PARENT_MESSAGES`] (the earliest kept), and duplicates dropped.
pub fn plan(sid: NaiveDate, parts: &[PlanPart], st: &SchoolTime) -> Vec<Planned> {
    let mut placed: Vec<(i64, NaiveDate, Planned)> = parts
        .iter()
        .map(|p| {
            let (day, template) = placed(sid, p, st);
            let at = local_instant(day, p.time, st.tz);
            let planned = Planned {
                name: name_of(p),
                audience: p.audience,
                template,
                at,
            };
            (p.days_before, day, planned)
        })
        .collect();
    placed.sort_by_key(|(before, _, p)| (*before, p.at));
    let mut parent_days = Vec::new();
    placed.retain(|(_, day, p)| {
        if p.audience == PlanAudience::Staff {
            return true;
        }
        let fresh = !parent_days.contains(day);
        parent_days.push(*day);
        fresh
    });
    let mut all: Vec<Planned> = placed.into_iter().map(|(_, _, p)| p).collect();
    all.sort_by_key(|p| p.at);
    let mut names = Vec::new();
    all.retain(|p| {
        let fresh = !names.contains(&p.name);
        names.push(p.name.clone());
        fresh
    });
    let mut parents = 0;
    all.retain(|p| {
        if p.audience == PlanAudience::Parents {
            parents += 1;
            parents <= MAX_PARENT_MESSAGES
        } else {
            true
        }
    });
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::broadcast::settings::SidSettings;
    use crate::core::calendar::{BankHolidays, Calendar, DateRange};
    use crate::core::settings::SchoolHours;
    use chrono::NaiveTime;
    use chrono_tz::Europe::London;

    /// Plans on Safer Internet Day `sid` with `calendar` and the usual weekdays, or every day.
    fn plan_with(
        sid: &str,
        parts: &[PlanPart],
        calendar: &Calendar,
        every_day: bool,
    ) -> Vec<Planned> {
        let mut hours = SchoolHours::default();
        if every_day {
            hours.days.extend([Weekday::Sat, Weekday::Sun]);
        }
        let st = SchoolTime {
            hours: &hours,
            calendar,
            tz: London,
        };
        plan(date(sid), parts, &st)
    }

    fn shown(p: &[Planned]) -> Vec<(String, String, Template)> {
        p.iter()
            .map(|p| (p.name.clone(), p.at.to_rfc3339(), p.template))
            .collect()
    }

    fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn safer_internet_day_2024_to_2030() {
        let expected = [
            (2024, "2024-02-06"),
            (2025, "2025-02-11"),
            (2026, "2026-02-10"),
            (2027, "2027-02-09"),
            (2028, "2028-02-08"),
            (2029, "2029-02-06"),
            (2030, "2030-02-05"),
        ];
        for (year, d) in expected {
            let got = day(year).unwrap();
            assert_eq!(got, date(d), "{year}");
            assert_eq!(got.weekday(), Weekday::Tue);
            assert!((5..=11).contains(&got.day()));
        }
        // Every year has exactly one such Tuesday.
        for year in 1990..2100 {
            let n = (5..=11)
                .filter(|d| NaiveDate::from_ymd_opt(year, 2, *d).unwrap().weekday() == Weekday::Tue)
                .count();
            assert_eq!(n, 1);
            assert!(day(year).is_some());
        }
    }

    #[test]
    fn the_default_plan_for_2027_moves_the_sunday_message_to_friday() {
        let parts = SidSettings::default().plan;
        let p = plan_with("2027-02-09", &parts, &Calendar::default(), false);
        assert_eq!(
            shown(&p),
            [
                (
                    "staff-7".into(),
                    "2027-02-02T08:30:00+00:00".into(),
                    Template::SidStaff
                ),
                (
                    "parents-2".into(),
                    "2027-02-05T16:00:00+00:00".into(),
                    Template::SidParents
                ),
                (
                    "parents-0".into(),
                    "2027-02-09T08:30:00+00:00".into(),
                    Template::SidToday
                ),
            ]
        );
    }

    #[test]
    fn a_closure_on_the_day_moves_the_parents_message_and_its_wording() {
        let calendar = Calendar {
            closures: vec![DateRange::day(date("2027-02-09"))],
            bank_holidays: BankHolidays::None,
            ..Calendar::default()
        };
        let p = plan_with("2027-02-09", &SidSettings::default().plan, &calendar, false);
        assert_eq!(
            shown(&p),
            [
                (
                    "staff-7".into(),
                    "2027-02-02T08:30:00+00:00".into(),
                    Template::SidStaff
                ),
                (
                    "parents-2".into(),
                    "2027-02-05T16:00:00+00:00".into(),
                    Template::SidParents
                ),
                // Monday, and no longer "today is Safer Internet Day".
                (
                    "parents-0".into(),
                    "2027-02-08T08:30:00+00:00".into(),
                    Template::SidParents
                ),
            ]
        );
    }

    #[test]
    fn parents_get_one_message_a_day_the_one_nearest_the_day() {
        let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
        let parts: Vec<PlanPart> = [4, 3, 2]
            .map(|d| PlanPart {
                audience: PlanAudience::Parents,
                days_before: d,
                time: nine,
                template: Template::SidParents,
            })
            .to_vec();
        // Friday 5th, Saturday 6th and Sunday 7th: all three land on Friday; Sunday's stays.
        let p = plan_with("2027-02-09", &parts, &Calendar::default(), false);
        let names: Vec<&str> = p.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["parents-2"]);
        assert_eq!(p[0].at.to_rfc3339(), "2027-02-05T09:00:00+00:00");
    }

    #[test]
    fn parents_never_get_more_than_three() {
        let nine = NaiveTime::from_hms_opt(9, 0, 0).unwrap();
        let parts: Vec<PlanPart> = (0..6)
            .map(|d| PlanPart {
                audience: PlanAudience::Parents,
                days_before: d,
                time: nine,
                template: Template::SidParents,
            })
            .chain([PlanPart {
                audience: PlanAudience::Staff,
                days_before: 7,
                time: nine,
                template: Template::SidStaff,
            }])
            .collect();
        let p = plan_with("2027-02-09", &parts, &Calendar::default(), true);
        let parents: Vec<&str> = p
            .iter()
            .filter(|p| p.audience == PlanAudience::Parents)
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(parents, ["parents-5", "parents-4", "parents-3"]);
        assert_eq!(p.len(), 4);
    }
}
