//! `/clock` in the console: reading what follows it. `/clock` shows the time; `/clock +2h`,
//! `+3d`, `+30m` move it forward by so much; `/clock 2027-02-08 09:00` moves it to that time in
//! the school's time zone. Pure: moving the clock and running what fell due is the console's.
//! Nothing here moves a clock, and nothing outside the console reads these words.

use chrono::{DateTime, Duration, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Tz;

/// What `/clock …` asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClockRequest {
    /// `/clock`: what time it is.
    Show,
    /// `/clock +2h`: this much later.
    Ahead(Duration),
    /// `/clock 2027-02-08 09:00`: this instant.
    At(DateTime<Utc>),
}

impl ClockRequest {
    /// Reads the words after `/clock`; `None` when they are neither a step forward nor a time.
    pub fn parse(words: &str, tz: Tz) -> Option<ClockRequest> {
        let words = words.trim();
        if words.is_empty() {
            return Some(ClockRequest::Show);
        }
        if let Some(step) = words.strip_prefix('+') {
            return ahead(step.trim()).map(ClockRequest::Ahead);
        }
        let local = NaiveDateTime::parse_from_str(words, "%Y-%m-%d %H:%M").ok()?;
        // A time skipped when the clocks go forward does not exist; an hour repeated when they
        // go back is read as its first occurrence.
        let at = tz.from_local_datetime(&local).earliest()?;
        Some(ClockRequest::At(at.with_timezone(&Utc)))
    }

    /// The instant this request moves a clock showing `now` to (`now` itself for [`Show`]).
    ///
    /// [`Show`]: ClockRequest::Show
    pub fn target(self, now: DateTime<Utc>) -> DateTime<Utc> {
        match self {
            ClockRequest::Show => now,
            ClockRequest::Ahead(by) => now + by,
            ClockRequest::At(at) => at,
        }
    }
}

/// `30m`, `2h`, `3d`, `1w`: a whole number and a unit.
fn ahead(step: &str) -> Option<Duration> {
    let unit = step.chars().last()?;
    let n: i64 = step[..step.len() - unit.len_utf8()].trim().parse().ok()?;
    if !(1..=10_000).contains(&n) {
        return None;
    }
    match unit.to_ascii_lowercase() {
        'm' => Some(Duration::minutes(n)),
        'h' => Some(Duration::hours(n)),
        'd' => Some(Duration::days(n)),
        'w' => Some(Duration::weeks(n)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::London;

    fn read(words: &str) -> Option<ClockRequest> {
        ClockRequest::parse(words, London)
    }

    #[test]
    fn steps_forward_are_minutes_hours_days_and_weeks() {
        for (words, by) in [
            ("+30m", Duration::minutes(30)),
            ("+2h", Duration::hours(2)),
            ("+3d", Duration::days(3)),
            ("+ 3d", Duration::days(3)),
            ("+1w", Duration::weeks(1)),
            ("+2H", Duration::hours(2)),
        ] {
            assert_eq!(read(words), Some(ClockRequest::Ahead(by)), "{words}");
        }
    }

    #[test]
    fn a_time_is_read_in_the_schools_time_zone() {
        // February: London is on GMT; July: on BST, an hour ahead of UTC.
        let winter = Utc.with_ymd_and_hms(2027, 2, 8, 9, 0, 0).unwrap();
        let summer = Utc.with_ymd_and_hms(2027, 7, 8, 8, 0, 0).unwrap();
        assert_eq!(read("2027-02-08 09:00"), Some(ClockRequest::At(winter)));
        assert_eq!(read("2027-07-08 09:00"), Some(ClockRequest::At(summer)));
    }

    #[test]
    fn nothing_shows_the_time_and_anything_else_is_not_read() {
        assert_eq!(read(""), Some(ClockRequest::Show));
        for words in [
            "+",
            "+h",
            "+2",
            "+2y",
            "+0h",
            "-2h",
            "+-2h",
            "tomorrow",
            "2027-02-08",
            "08/02/2027 09:00",
            "2027-03-28 01:30",
        ] {
            assert_eq!(read(words), None, "{words}");
        }
    }

    #[test]
    fn a_request_names_where_the_clock_goes() {
        let now = Utc.with_ymd_and_hms(2027, 2, 8, 9, 0, 0).unwrap();
        assert_eq!(ClockRequest::Show.target(now), now);
        let two_hours = ClockRequest::Ahead(Duration::hours(2));
        assert_eq!(two_hours.target(now), now + Duration::hours(2));
    }
}
