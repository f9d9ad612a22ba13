//! Safer Internet Day: its date in any year and the plan of messages around it. Pure.
//!
//! The day is the Tuesday between 5 and 11 February (second Tuesday of February is not the
//! same rule: 2026's first Tuesday is the 3rd, so the day is the 10th).

use super::content::Template;
use super::settings::{local_instant, PlanAudience, PlanPart};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc, Weekday};
use chrono_tz::Tz;

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

/// The plan's messages for Safer Internet Day on `sid`, in time order, with the parents'
/// messages cut to [`MAX_PARENT_MESSAGES`] (the earliest kept) and duplicates dropped.
pub fn plan(sid: NaiveDate, parts: &[PlanPart], tz: Tz) -> Vec<Planned> {
    let mut all: Vec<Planned> = parts
        .iter()
        .map(|p| Planned {
            name: format!(
                "{}-{}",
                match p.audience {
                    PlanAudience::Staff => "staff",
                    PlanAudience::Parents => "parents",
                },
                p.days_before
            ),
            audience: p.audience,
            template: p.template,
            at: local_instant(sid - Duration::days(p.days_before), p.time, tz),
        })
        .collect();
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
    use chrono::NaiveTime;
    use chrono_tz::Europe::London;

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
    fn the_default_plan_for_2027() {
        let p = plan(date("2027-02-09"), &SidSettings::default().plan, London);
        let shown: Vec<(String, String)> = p
            .iter()
            .map(|p| (p.name.clone(), p.at.to_rfc3339()))
            .collect();
        assert_eq!(
            shown,
            [
                ("staff-7".into(), "2027-02-02T08:30:00+00:00".into()),
                ("parents-2".into(), "2027-02-07T16:00:00+00:00".into()),
                ("parents-0".into(), "2027-02-09T08:30:00+00:00".into()),
            ]
        );
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
        let p = plan(date("2027-02-09"), &parts, London);
        let parents: Vec<&str> = p
            .iter()
            .filter(|p| p.audience == PlanAudience::Parents)
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(parents, ["parents-5", "parents-4", "parents-3"]);
        assert_eq!(p.len(), 4);
    }
}
