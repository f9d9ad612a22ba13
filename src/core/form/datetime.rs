//! Reading a typed date and time the way people in a UK school write them.
//!
//! Accepted: `now`, `today`, `yesterday`, `tomorrow` (optionally followed by a time; also in
//! Welsh, Polish and Arabic), `21/11/2026`,
//! `21/11/2026 14:30`, `21/11 9:05`, `2026-11-21 14:30`, and a bare time `14:30` (today).
//! Everything is read in the given time zone (Europe/London by default), so a typed "14:30" in
//! July is 13:30 UTC.

use chrono::{
    DateTime, Datelike, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc,
};
use chrono_tz::Tz;

/// Longest typed date and time worth reading ("yesterday 14:30" is 15 characters).
pub const MAX_TYPED: usize = 40;

enum Word {
    Now,
    Today,
    Yesterday,
    Tomorrow,
}

/// The words for now, today, yesterday and tomorrow in every language Haven speaks, so that
/// a person may type the day as they say it.
fn word(w: &str) -> Option<Word> {
    Some(match w {
        "now" | "nawr" | "teraz" | "الآن" => Word::Now,
        "today" | "heddiw" | "dziś" | "dzis" | "dzisiaj" | "اليوم" => Word::Today,
        "yesterday" | "ddoe" | "wczoraj" | "أمس" | "امس" => Word::Yesterday,
        "tomorrow" | "yfory" | "jutro" | "غدا" | "غداً" => Word::Tomorrow,
        _ => return None,
    })
}

/// Parses `input` relative to `now` in `tz`. Returns `None` when it cannot be read.
pub fn parse(input: &str, now: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
    let text = input.trim().to_lowercase();
    let local_now = now.with_timezone(&tz);
    let mut parts = text.split_whitespace();
    let first = parts.next()?;
    let rest: Vec<&str> = parts.collect();
    if rest.len() > 1 {
        return None;
    }
    let time_part = rest.first().copied();

    let (date, time) = match word(first) {
        Some(Word::Now) if time_part.is_none() => return Some(now),
        Some(Word::Today) => (local_now.date_naive(), time_part),
        Some(Word::Yesterday) => (local_now.date_naive() - Duration::days(1), time_part),
        Some(Word::Tomorrow) => (local_now.date_naive() + Duration::days(1), time_part),
        _ => match parse_date(first, local_now.year()) {
            Some(d) => (d, time_part),
            None if time_part.is_none() => (local_now.date_naive(), Some(first)),
            None => return None,
        },
    };

    let time = match time {
        Some(t) => parse_time(t)?,
        None if date == local_now.date_naive() => local_now.time(),
        None => NaiveTime::from_hms_opt(12, 0, 0)?,
    };
    instant(tz, date.and_time(time))
}

/// A bare time of day (`14:30`, `9.05`, `3pm`) on `date`, read in `tz`; `None` for anything else.
pub fn time_on(date: NaiveDate, input: &str, tz: Tz) -> Option<DateTime<Utc>> {
    let time = parse_time(&input.trim().to_lowercase())?;
    instant(tz, date.and_time(time))
}

/// The instant a local date and time names in `tz`. In the autumn hour that happens twice the
/// first is taken. A time the clocks skipped (the spring hour lost when summer time begins) is
/// read as the clock would have shown it an hour on: "01:30" that Sunday in London is 02:30
/// BST, the same instant as 01:30 GMT.
fn instant(tz: Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    let t = match tz.from_local_datetime(&local) {
        LocalResult::None => tz
            .from_local_datetime(&(local + Duration::hours(1)))
            .earliest()?,
        other => other.earliest()?,
    };
    Some(t.with_timezone(&Utc))
}

fn parse_date(s: &str, this_year: i32) -> Option<NaiveDate> {
    if let Ok(d) = NaiveDate::parse_from_str(s, "%Y-%m-%d") {
        return Some(d);
    }
    let nums: Vec<&str> = s.split(['/', '.', '-']).collect();
    let num = |i: usize| nums.get(i).and_then(|n| n.parse::<u32>().ok());
    match nums.len() {
        2 => NaiveDate::from_ymd_opt(this_year, num(1)?, num(0)?),
        3 => {
            let y = num(2)?;
            let y = if y < 100 { 2000 + y } else { y };
            NaiveDate::from_ymd_opt(y as i32, num(1)?, num(0)?)
        }
        _ => None,
    }
}

fn parse_time(s: &str) -> Option<NaiveTime> {
    let s = s.trim();
    let (body, pm) = if let Some(b) = s.strip_suffix("pm") {
        (b, Some(true))
    } else if let Some(b) = s.strip_suffix("am") {
        (b, Some(false))
    } else {
        (s, None)
    };
    let (h, m) = match body.split_once([':', '.']) {
        Some((h, m)) => (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?),
        None => (body.parse::<u32>().ok()?, 0),
    };
    let h = match pm {
        Some(true) if h < 12 => h + 12,
        Some(false) if h == 12 => 0,
        _ => h,
    };
    NaiveTime::from_hms_opt(h, m, 0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::London;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn summer_times_are_read_as_british_summer_time() {
        let now = at("2026-07-10T12:00:00Z");
        assert_eq!(
            parse("14:30", now, London),
            Some(at("2026-07-10T13:30:00Z"))
        );
        assert_eq!(
            parse("09/07/2026 9am", now, London),
            Some(at("2026-07-09T08:00:00Z"))
        );
    }

    #[test]
    fn winter_dates_and_words() {
        let now = at("2026-11-21T16:00:00Z");
        assert_eq!(
            parse("yesterday 3pm", now, London),
            Some(at("2026-11-20T15:00:00Z"))
        );
        assert_eq!(parse("now", now, London), Some(now));
        assert_eq!(
            parse("2026-11-01 08:15", now, London),
            Some(at("2026-11-01T08:15:00Z"))
        );
        assert_eq!(
            parse("20/11", now, London),
            Some(at("2026-11-20T12:00:00Z"))
        );
    }

    #[test]
    fn a_day_on_its_own_is_now_today_and_noon_on_another_day() {
        let now = at("2026-11-21T16:00:00Z");
        assert_eq!(parse("today", now, London), Some(now));
        assert_eq!(
            parse("yesterday", now, London),
            Some(at("2026-11-20T12:00:00Z"))
        );
    }

    #[test]
    fn the_day_may_be_typed_in_welsh_polish_or_arabic() {
        let now = at("2026-11-21T16:00:00Z");
        let yesterday_at_nine = Some(at("2026-11-20T09:00:00Z"));
        for typed in ["ddoe 9:00", "wczoraj 9:00", "Wczoraj 9:00", "أمس 9:00"] {
            assert_eq!(parse(typed, now, London), yesterday_at_nine, "{typed}");
        }
        assert_eq!(
            parse("dziś 14:30", now, London),
            Some(at("2026-11-21T14:30:00Z"))
        );
        assert_eq!(parse("teraz", now, London), Some(now));
    }

    #[test]
    fn a_time_on_a_picked_day_is_a_bare_time_only() {
        let day = NaiveDate::from_ymd_opt(2026, 7, 9).unwrap();
        assert_eq!(
            time_on(day, "14:30", London),
            Some(at("2026-07-09T13:30:00Z"))
        );
        assert_eq!(
            time_on(day, " 3pm ", London),
            Some(at("2026-07-09T14:00:00Z"))
        );
        assert_eq!(time_on(day, "yesterday 14:30", London), None);
        assert_eq!(time_on(day, "09/07/2026", London), None);
    }

    #[test]
    fn a_time_the_clocks_skipped_is_read_an_hour_on_and_on_the_day_picked() {
        // Summer time began in London at 01:00 GMT on Sunday 29 March 2026.
        let sunday = NaiveDate::from_ymd_opt(2026, 3, 29).unwrap();
        assert_eq!(
            time_on(sunday, "1:30", London),
            Some(at("2026-03-29T01:30:00Z"))
        );
        let monday_morning = at("2026-03-30T08:00:00Z");
        assert_eq!(
            parse("yesterday 1:30", monday_morning, London),
            Some(at("2026-03-29T01:30:00Z"))
        );
        // The hour that happens twice in October is read as its first, summer-time, occurrence.
        let autumn = NaiveDate::from_ymd_opt(2026, 10, 25).unwrap();
        assert_eq!(
            time_on(autumn, "1:30", London),
            Some(at("2026-10-25T00:30:00Z"))
        );
    }

    #[test]
    fn nonsense_is_refused() {
        let now = at("2026-11-21T16:00:00Z");
        for bad in [
            "",
            "last tuesday",
            "31/02/2026",
            "25:00",
            "today at noon please",
        ] {
            assert_eq!(parse(bad, now, London), None, "{bad}");
        }
    }
}
