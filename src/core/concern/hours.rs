//! Time counted in school hours, for escalation deadlines. Pure.
//!
//! "15 minutes within school hours" from 16:55 on a Friday ends at 08:10 on Monday; "one school
//! day" from 10:00 on a Tuesday ends at 10:00 on Wednesday. Days and hours are read in the
//! school's time zone, so the clock change in spring and autumn moves nothing.

use crate::core::settings::SchoolHours;
use chrono::{DateTime, Datelike, Duration, TimeZone, Utc};
use chrono_tz::Tz;

/// The length of one school day.
pub fn school_day(hours: &SchoolHours) -> Duration {
    (hours.end - hours.start).max(Duration::zero())
}

/// The instant `amount` of school time after `from`. With no school time configured at all, the
/// plain instant `from + amount`.
pub fn add_school_time(
    from: DateTime<Utc>,
    amount: Duration,
    hours: &SchoolHours,
    tz: Tz,
) -> DateTime<Utc> {
    if hours.days.is_empty() || school_day(hours) <= Duration::zero() {
        return from + amount;
    }
    let mut left = amount.max(Duration::zero());
    let mut day = from.with_timezone(&tz).date_naive();
    // Ten years of days is far beyond any deadline; the bound only guards odd settings.
    for _ in 0..3660 {
        if hours.days.contains(&day.weekday()) {
            let at = |t| tz.from_local_datetime(&day.and_time(t)).earliest();
            if let (Some(open), Some(close)) = (at(hours.start), at(hours.end)) {
                let (open, close) = (open.with_timezone(&Utc), close.with_timezone(&Utc));
                let begin = open.max(from);
                if begin < close {
                    if left <= close - begin {
                        return begin + left;
                    }
                    left -= close - begin;
                }
            }
        }
        day = match day.succ_opt() {
            Some(d) => d,
            None => break,
        };
    }
    from + amount
}

/// True when `at` falls within school hours on a school day.
pub fn is_school_time(at: DateTime<Utc>, hours: &SchoolHours, tz: Tz) -> bool {
    let local = at.with_timezone(&tz);
    let time = local.time();
    hours.days.contains(&local.weekday()) && hours.start <= time && time < hours.end
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::London;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn add(from: &str, minutes: i64) -> DateTime<Utc> {
        add_school_time(
            at(from),
            Duration::minutes(minutes),
            &SchoolHours::default(),
            London,
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
        let day = school_day(&SchoolHours::default()).num_minutes();
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
        assert_eq!(
            add_school_time(from, Duration::minutes(15), &hours, London),
            from + Duration::minutes(15)
        );
    }
}
