//! Bank holidays in England and Wales, computed for any year. Pure.
//!
//! The regular pattern only: New Year's Day, Good Friday, Easter Monday, the early May bank
//! holiday (first Monday of May), the spring bank holiday (last Monday of May), the summer bank
//! holiday (last Monday of August), Christmas Day and Boxing Day, with substitute weekdays when a
//! fixed day falls at a weekend. One-off days proclaimed for a single year (a coronation, a
//! jubilee, the moved May holiday of 2020) are not known here: a school adds them as closures.
//!
//! Easter is computed with the anonymous Gregorian algorithm (Meeus/Jones/Butcher); no
//! maintained crate offers it, and ten lines with tests against published dates are enough.

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Easter Sunday of `year` in the Gregorian calendar.
pub fn easter_sunday(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let (b, c) = (year.div_euclid(100), year.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The first `weekday` of `month`, or the last when `last`.
fn nth_weekday(year: i32, month: u32, weekday: Weekday, last: bool) -> Option<NaiveDate> {
    if last {
        let next = if month == 12 {
            NaiveDate::from_ymd_opt(year + 1, 1, 1)
        } else {
            NaiveDate::from_ymd_opt(year, month + 1, 1)
        }?;
        let mut d = next.pred_opt()?;
        while d.weekday() != weekday {
            d = d.pred_opt()?;
        }
        Some(d)
    } else {
        NaiveDate::from_weekday_of_month_opt(year, month, weekday, 1)
    }
}

/// Fixed-date holidays with their substitutes: a day at a weekend moves to the next weekday
/// that is not already a holiday (Christmas on a Saturday → Monday 27th, Boxing Day on the
/// Sunday → Tuesday 28th).
fn with_substitutes(days: &[NaiveDate]) -> Vec<NaiveDate> {
    let mut taken: Vec<NaiveDate> = days.iter().copied().filter(|d| !is_weekend(*d)).collect();
    for d in days.iter().copied().filter(|d| is_weekend(*d)) {
        let mut x = d;
        while is_weekend(x) || taken.contains(&x) {
            x += Duration::days(1);
        }
        taken.push(x);
    }
    taken
}

/// The bank holidays of `year` in England and Wales, in date order.
pub fn england_and_wales(year: i32) -> Vec<NaiveDate> {
    let ymd = |m, d| NaiveDate::from_ymd_opt(year, m, d);
    let mut out = Vec::new();
    out.extend(
        ymd(1, 1)
            .map(|d| with_substitutes(&[d]))
            .unwrap_or_default(),
    );
    if let Some(easter) = easter_sunday(year) {
        out.push(easter - Duration::days(2));
        out.push(easter + Duration::days(1));
    }
    out.extend(nth_weekday(year, 5, Weekday::Mon, false));
    out.extend(nth_weekday(year, 5, Weekday::Mon, true));
    out.extend(nth_weekday(year, 8, Weekday::Mon, true));
    if let (Some(christmas), Some(boxing)) = (ymd(12, 25), ymd(12, 26)) {
        out.extend(with_substitutes(&[christmas, boxing]));
    }
    out.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(list: &[&str]) -> Vec<NaiveDate> {
        list.iter()
            .map(|s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
            .collect()
    }

    #[test]
    fn easter_sunday_2024_to_2030() {
        let known = [
            "2024-03-31",
            "2025-04-20",
            "2026-04-05",
            "2027-03-28",
            "2028-04-16",
            "2029-04-01",
            "2030-04-21",
        ];
        for (year, want) in (2024..).zip(dates(&known)) {
            assert_eq!(easter_sunday(year), Some(want), "{year}");
        }
        // Every Easter is a Sunday between 22 March and 25 April.
        for year in 1900..2200 {
            let e = easter_sunday(year).unwrap();
            assert_eq!(e.weekday(), Weekday::Sun, "{year}");
            let (lo, hi) = (ymd(year, 3, 22), ymd(year, 4, 25));
            assert!(lo <= e && e <= hi, "{year}: {e}");
        }
    }

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_published_bank_holidays_2025_to_2027() {
        let published = [
            (
                2025,
                [
                    "2025-01-01",
                    "2025-04-18",
                    "2025-04-21",
                    "2025-05-05",
                    "2025-05-26",
                    "2025-08-25",
                    "2025-12-25",
                    "2025-12-26",
                ],
            ),
            (
                2026,
                [
                    "2026-01-01",
                    "2026-04-03",
                    "2026-04-06",
                    "2026-05-04",
                    "2026-05-25",
                    "2026-08-31",
                    "2026-12-25",
                    // Boxing Day is a Saturday: its substitute is Monday.
                    "2026-12-28",
                ],
            ),
            (
                2027,
                [
                    "2027-01-01",
                    "2027-03-26",
                    "2027-03-29",
                    "2027-05-03",
                    "2027-05-31",
                    "2027-08-30",
                    // Christmas on a Saturday, Boxing Day on the Sunday.
                    "2027-12-27",
                    "2027-12-28",
                ],
            ),
        ];
        for (year, want) in published {
            assert_eq!(england_and_wales(year), dates(&want), "{year}");
        }
    }

    #[test]
    fn substitutes_for_new_year_and_a_sunday_christmas() {
        // 1 January 2028 is a Saturday, 2033's a Saturday too; 2022's Christmas was a Sunday.
        assert!(england_and_wales(2028).contains(&ymd(2028, 1, 3)));
        assert!(!england_and_wales(2028).contains(&ymd(2028, 1, 1)));
        let y2022 = england_and_wales(2022);
        assert!(y2022.contains(&ymd(2022, 12, 26)) && y2022.contains(&ymd(2022, 12, 27)));
        // 2020: Christmas on a Friday, Boxing Day's substitute on Monday 28th.
        let y2020 = england_and_wales(2020);
        assert!(y2020.contains(&ymd(2020, 12, 25)) && y2020.contains(&ymd(2020, 12, 28)));
    }

    #[test]
    fn every_year_has_eight_weekday_holidays() {
        for year in 1990..2100 {
            let days = england_and_wales(year);
            assert_eq!(days.len(), 8, "{year}");
            assert!(days.iter().all(|d| !is_weekend(*d)), "{year}");
            let mut unique = days.clone();
            unique.dedup();
            assert_eq!(unique.len(), 8, "{year}");
        }
    }
}
