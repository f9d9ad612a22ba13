//! Time counted in school hours on school days, for escalation deadlines. Pure.
//!
//! "15 minutes within school hours" from 16:55 on a Friday ends at 08:10 on Monday; "one school
//! day" from 10:00 on a Tuesday ends at 10:00 on Wednesday, or on the Thursday when Wednesday
//! is a closure day. Days and hours are read in the school's time zone, so the clock change in
//! spring and autumn moves nothing.

use crate::core::calendar::SchoolTime;
use chrono::{DateTime, Duration, Utc};

/// The length of one school day.
pub fn school_day(st: &SchoolTime) -> Duration {
    st.day_length()
}

/// The instant `amount` of school time after `from`. With no school time configured at all, the
/// plain instant `from + amount`.
pub fn add_school_time(from: DateTime<Utc>, amount: Duration, st: &SchoolTime) -> DateTime<Utc> {
    if st.hours.days.is_empty() || school_day(st) <= Duration::zero() {
        return from + amount;
    }
    let mut left = amount.max(Duration::zero());
    // Ten years of days is far beyond any deadline; the bound only guards odd settings.
    for day in st.local_date(from).iter_days().take(3660) {
        if let Some((open, close)) = st.opening(day) {
            let begin = open.max(from);
            if begin < close {
                if left <= close - begin {
                    return begin + left;
                }
                left -= close - begin;
            }
        }
    }
    from + amount
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calendar::{Calendar, DateRange};
    use crate::core::settings::SchoolHours;
    use chrono::NaiveDate;
    use chrono_tz::Europe::London;

    fn view<'a>(hours: &'a SchoolHours, calendar: &'a Calendar) -> SchoolTime<'a> {
        SchoolTime {
            hours,
            calendar,
            tz: London,
        }
    }

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn add(from: &str, minutes: i64) -> DateTime<Utc> {
        let (hours, calendar) = (SchoolHours::default(), Calendar::default());
        add_school_time(
            at(from),
            Duration::minutes(minutes),
            &view(&hours, &calendar),
        )
    }

    #[test]
    fn inside_school_hours_time_runs_as_usual() {
        // Tuesday 17 November 2026, 10:00 GMT.
        assert_eq!(add("2026-11-17T10:00:00Z", 15), at("2026-11-17T10:15:00Z"));
    }

    #[test]
    fn evenings_weekends_and_the_end_of_the_day_wait_for_the_next_school_morning() {
        // Tuesday 20:00 → Wednesday 08:15.
        assert_eq!(add("2026-11-17T20:00:00Z", 15), at("2026-11-18T08:15:00Z"));
        // Friday 16:55 → 5 minutes on Friday, 10 on Monday.
        assert_eq!(add("2026-11-20T16:55:00Z", 15), at("2026-11-23T08:10:00Z"));
        // Saturday → Monday.
        assert_eq!(add("2026-11-21T12:00:00Z", 15), at("2026-11-23T08:15:00Z"));
        // Early morning → the same day's opening.
        assert_eq!(add("2026-11-17T06:00:00Z", 15), at("2026-11-17T08:15:00Z"));
    }

    #[test]
    fn one_school_day_is_the_same_time_next_school_day() {
        let (hours, calendar) = (SchoolHours::default(), Calendar::default());
        let day = school_day(&view(&hours, &calendar)).num_minutes();
        assert_eq!(day, 9 * 60);
        assert_eq!(add("2026-11-17T10:00:00Z", day), at("2026-11-18T10:00:00Z"));
        assert_eq!(add("2026-11-20T10:00:00Z", day), at("2026-11-23T10:00:00Z"));
    }

    #[test]
    fn summer_time_is_school_time_in_london() {
        // Tuesday 14 July 2026, 19:00 BST → Wednesday 08:15 BST = 07:15 UTC.
        assert_eq!(add("2026-07-14T18:00:00Z", 15), at("2026-07-15T07:15:00Z"));
    }

    #[test]
    fn no_school_days_means_plain_time() {
        let hours = SchoolHours {
            days: vec![],
            ..SchoolHours::default()
        };
        let from = at("2026-11-21T12:00:00Z");
        let calendar = Calendar::default();
        assert_eq!(
            add_school_time(from, Duration::minutes(15), &view(&hours, &calendar)),
            from + Duration::minutes(15)
        );
    }

    #[test]
    fn closures_holidays_and_bank_holidays_are_not_school_time() {
        let date = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let calendar = Calendar {
            terms: vec![
                DateRange::new(date("2026-09-02"), date("2026-12-18")).unwrap(),
                DateRange::new(date("2027-01-05"), date("2027-03-26")).unwrap(),
            ],
            closures: vec![DateRange::day(date("2026-11-18"))],
            ..Calendar::default()
        };
        let hours = SchoolHours::default();
        let st = view(&hours, &calendar);
        let day = school_day(&st);
        // Tuesday 10:00 + one school day, with Wednesday closed → Thursday 10:00.
        let add = |from, amount| add_school_time(at(from), amount, &st);
        assert_eq!(add("2026-11-17T10:00:00Z", day), at("2026-11-19T10:00:00Z"));
        // The last afternoon of term → the first morning of the next.
        assert_eq!(
            add("2026-12-18T16:55:00Z", Duration::minutes(15)),
            at("2027-01-05T08:10:00Z")
        );
        // Easter Monday 2027 is after the last term: weekdays count, bank holidays do not.
        assert_eq!(
            add("2027-03-29T10:00:00Z", Duration::minutes(15)),
            at("2027-03-30T07:15:00Z")
        );
    }
}
