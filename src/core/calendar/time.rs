//! School time: the school's hours on the calendar's school days, in its time zone. Every rule
//! that waits for "school time" (concern deadlines, AUP reminders, streams, the Safer Internet
//! Day plan) asks this view, so none of them counts a holiday. Pure.

use super::Calendar;
use crate::core::settings::{SchoolHours, Settings};
use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

/// How far a search for a school day looks (ten years), so odd settings cannot loop forever.
const SEARCH_DAYS: usize = 3660;

/// The school's hours, calendar and time zone, read together.
#[derive(Debug, Clone, Copy)]
pub struct SchoolTime<'a> {
    pub hours: &'a SchoolHours,
    pub calendar: &'a Calendar,
    pub tz: Tz,
}

impl Settings {
    /// The school-time view of these settings.
    pub fn school_time(&self) -> SchoolTime<'_> {
        SchoolTime {
            hours: &self.school_hours,
            calendar: &self.calendar,
            tz: self.timezone,
        }
    }
}

impl SchoolTime<'_> {
    /// The school's local date at `at`.
    pub fn local_date(&self, at: DateTime<Utc>) -> NaiveDate {
        at.with_timezone(&self.tz).date_naive()
    }

    /// True when `d` is a school day: one of the school's weekdays, and open on the calendar.
    pub fn is_school_day(&self, d: NaiveDate) -> bool {
        self.hours.days.contains(&d.weekday()) && self.calendar.is_open(d)
    }

    /// True when `at` falls within school hours on a school day.
    pub fn in_hours(&self, at: DateTime<Utc>) -> bool {
        let local = at.with_timezone(&self.tz);
        let t = local.time();
        self.is_school_day(local.date_naive()) && t >= self.hours.start && t < self.hours.end
    }

    /// The length of one school day.
    pub fn day_length(&self) -> Duration {
        (self.hours.end - self.hours.start).max(Duration::zero())
    }

    /// When school opens and closes on `d`, if it is a school day.
    pub fn opening(&self, d: NaiveDate) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
        if !self.is_school_day(d) {
            return None;
        }
        let at = |t| self.tz.from_local_datetime(&d.and_time(t)).earliest();
        let (open, close) = (at(self.hours.start)?, at(self.hours.end)?);
        Some((open.with_timezone(&Utc), close.with_timezone(&Utc)))
    }

    /// The first school day on or after `d`.
    pub fn next_school_day(&self, d: NaiveDate) -> Option<NaiveDate> {
        d.iter_days()
            .take(SEARCH_DAYS)
            .find(|d| self.is_school_day(*d))
    }

    /// The last school day on or before `d`.
    pub fn previous_school_day(&self, d: NaiveDate) -> Option<NaiveDate> {
        d.iter_days()
            .rev()
            .take(SEARCH_DAYS)
            .find(|d| self.is_school_day(*d))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calendar::DateRange;
    use chrono_tz::Europe::London;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn calendar() -> Calendar {
        Calendar {
            terms: vec![
                DateRange::new(d("2026-09-02"), d("2026-12-18")).unwrap(),
                DateRange::new(d("2027-01-05"), d("2027-03-26")).unwrap(),
            ],
            closures: vec![DateRange::day(d("2026-11-27"))],
            ..Calendar::default()
        }
    }

    #[test]
    fn school_days_are_weekdays_the_calendar_keeps_open() {
        let (hours, cal) = (SchoolHours::default(), calendar());
        let st = SchoolTime {
            hours: &hours,
            calendar: &cal,
            tz: London,
        };
        assert!(st.is_school_day(d("2026-11-26")));
        assert!(!st.is_school_day(d("2026-11-27")), "closure");
        assert!(!st.is_school_day(d("2026-11-28")), "Saturday");
        assert_eq!(st.next_school_day(d("2026-11-27")), Some(d("2026-11-30")));
        assert_eq!(st.next_school_day(d("2026-12-19")), Some(d("2027-01-05")));
        assert_eq!(
            st.previous_school_day(d("2027-01-04")),
            Some(d("2026-12-18"))
        );
        assert_eq!(
            st.previous_school_day(d("2026-11-30")),
            Some(d("2026-11-30"))
        );
        // Within hours only on school days, 08:00 to 17:00 local time.
        assert!(st.in_hours(utc("2026-11-26T08:00:00Z")));
        assert!(!st.in_hours(utc("2026-11-26T17:00:00Z")));
        assert!(!st.in_hours(utc("2026-11-27T10:00:00Z")));
        assert!(!st.in_hours(utc("2026-12-25T10:00:00Z")));
        // Summer time: 08:00 BST is 07:00 UTC (after the last term, weekdays count).
        assert!(st.in_hours(utc("2027-07-14T07:00:00Z")));
        assert_eq!(
            st.opening(d("2027-07-14")),
            Some((utc("2027-07-14T07:00:00Z"), utc("2027-07-14T16:00:00Z")))
        );
        assert_eq!(st.opening(d("2027-07-17")), None);
    }

    #[test]
    fn no_school_days_at_all_finds_none() {
        let hours = SchoolHours {
            days: vec![],
            ..SchoolHours::default()
        };
        let cal = Calendar::default();
        let st = SchoolTime {
            hours: &hours,
            calendar: &cal,
            tz: London,
        };
        assert_eq!(st.next_school_day(d("2026-11-26")), None);
        assert_eq!(st.previous_school_day(d("2026-11-26")), None);
    }
}
