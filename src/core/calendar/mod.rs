//! The school calendar (`[school.calendar]`): term dates, closure days and the bank holidays
//! that decide which dates are school days. Pure: files named in `files` are read by the
//! application at start and their text handed to [`import`]; nothing here reads a file, the
//! clock or storage.
//!
//! A date is open when it is not a closure, not a bank holiday (unless switched off) and, when
//! terms are configured, inside a term. Dates before the first configured term or after the
//! last one count as term time, so a calendar nobody renewed never silences Haven; with no terms
//! configured every date counts. Whether an open date is a school day also depends on the
//! weekdays in `school_hours` (see [`time::SchoolTime`]).

pub mod bank;
pub mod import;
pub mod time;

use chrono::{Datelike, NaiveDate};
use serde::de::{self, Deserializer, MapAccess, Visitor};
use serde::Deserialize;
use std::fmt;
use std::path::PathBuf;

pub use time::SchoolTime;

/// Days from `start` to `end`, both included. In `haven.toml`: one date (`"2026-11-27"`) or
/// a table (`{ start = "2026-12-21", end = "2027-01-01" }`); TOML's bare dates work too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DateRange {
    start: NaiveDate,
    end: NaiveDate,
}

/// The key under which the TOML reader hands over a bare date.
const TOML_DATE: &str = "$__toml_private_datetime";

fn parse_date<E: de::Error>(s: &str) -> Result<NaiveDate, E> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| E::custom(format!("`{s}` is not a date: write YYYY-MM-DD")))
}

/// One date, written as a string or a TOML date.
struct DateValue(NaiveDate);

impl<'de> Deserialize<'de> for DateValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RangeVisitor).and_then(|r| {
            (r.start == r.end)
                .then_some(DateValue(r.start))
                .ok_or_else(|| de::Error::custom("expected one date, not a range"))
        })
    }
}

struct RangeVisitor;

impl<'de> Visitor<'de> for RangeVisitor {
    type Value = DateRange;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date (YYYY-MM-DD) or { start = YYYY-MM-DD, end = YYYY-MM-DD }")
    }

    fn visit_str<E: de::Error>(self, s: &str) -> Result<DateRange, E> {
        parse_date(s).map(DateRange::day)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DateRange, A::Error> {
        let (mut start, mut end) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                TOML_DATE => return parse_date(&map.next_value::<String>()?).map(DateRange::day),
                "start" => start = Some(map.next_value::<DateValue>()?.0),
                "end" => end = Some(map.next_value::<DateValue>()?.0),
                other => return Err(de::Error::unknown_field(other, &["start", "end"])),
            }
        }
        let start = start.ok_or_else(|| de::Error::missing_field("start"))?;
        let end = end.ok_or_else(|| de::Error::missing_field("end"))?;
        DateRange::new(start, end).ok_or_else(|| {
            de::Error::custom(format!("the range ends ({end}) before it starts ({start})"))
        })
    }
}

impl<'de> Deserialize<'de> for DateRange {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RangeVisitor)
    }
}

impl DateRange {
    /// The days from `start` to `end` included; `None` when `end` comes before `start`.
    pub fn new(start: NaiveDate, end: NaiveDate) -> Option<DateRange> {
        (start <= end).then_some(DateRange { start, end })
    }

    /// One day.
    pub fn day(d: NaiveDate) -> DateRange {
        DateRange { start: d, end: d }
    }

    pub fn start(&self) -> NaiveDate {
        self.start
    }

    pub fn end(&self) -> NaiveDate {
        self.end
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        self.start <= d && d <= self.end
    }
}

/// Which bank holidays close the school.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BankHolidays {
    /// England and Wales (computed for every year).
    #[default]
    EnglandAndWales,
    /// None: the school lists its closed days itself.
    None,
}

/// The school calendar as configured, with the entries of its files once they are read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct Calendar {
    /// Term dates; empty means every date counts as term time.
    pub terms: Vec<DateRange>,
    /// Days the school is closed although in term (INSET days, snow days, half terms).
    pub closures: Vec<DateRange>,
    pub bank_holidays: BankHolidays,
    /// `.ics` or `.csv` files with more terms and closures, read at start (relative paths are
    /// read from the configuration file's folder).
    pub files: Vec<PathBuf>,
}

/// Whether an imported entry is a term or a closure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    Term,
    Closure,
}

impl Calendar {
    /// Adds the entries read from a file.
    pub fn extend(&mut self, entries: impl IntoIterator<Item = (EntryKind, DateRange)>) {
        for (kind, range) in entries {
            match kind {
                EntryKind::Term => self.terms.push(range),
                EntryKind::Closure => self.closures.push(range),
            }
        }
    }

    /// True when `d` is a bank holiday the school closes for.
    pub fn is_bank_holiday(&self, d: NaiveDate) -> bool {
        match self.bank_holidays {
            BankHolidays::EnglandAndWales => bank::england_and_wales(d.year()).contains(&d),
            BankHolidays::None => false,
        }
    }

    /// True when `d` is inside a term, or outside the span the configured terms cover.
    pub fn in_term(&self, d: NaiveDate) -> bool {
        let (Some(first), Some(last)) = (
            self.terms.iter().map(DateRange::start).min(),
            self.terms.iter().map(DateRange::end).max(),
        ) else {
            return true;
        };
        d < first || d > last || self.terms.iter().any(|t| t.contains(d))
    }

    /// True when the school is open on `d` as far as the calendar goes (weekdays aside).
    pub fn is_open(&self, d: NaiveDate) -> bool {
        self.in_term(d) && !self.closures.iter().any(|c| c.contains(d)) && !self.is_bank_holiday(d)
    }

    /// The last day of the last configured term.
    pub fn last_term_day(&self) -> Option<NaiveDate> {
        self.terms.iter().map(DateRange::end).max()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn range(a: &str, b: &str) -> DateRange {
        DateRange::new(d(a), d(b)).unwrap()
    }

    fn autumn_and_spring() -> Calendar {
        Calendar {
            terms: vec![
                range("2026-09-02", "2026-12-18"),
                range("2027-01-05", "2027-03-26"),
            ],
            closures: vec![
                DateRange::day(d("2026-11-27")),
                range("2026-10-26", "2026-10-30"),
            ],
            ..Calendar::default()
        }
    }

    #[test]
    fn terms_closures_and_bank_holidays_decide_open_days() {
        let c = autumn_and_spring();
        let open = |s| c.is_open(d(s));
        assert!(open("2026-09-02"), "first day of term");
        assert!(open("2026-12-18"), "last day of term");
        assert!(!open("2026-12-21"), "Christmas holidays");
        assert!(!open("2027-01-04"), "the day before term");
        assert!(open("2027-01-05"));
        assert!(!open("2026-11-27"), "INSET day");
        assert!(!open("2026-10-28"), "half term");
        assert!(open("2026-11-26") && open("2026-11-30"));
        // Before the first term and after the last one, dates count as term time…
        assert!(open("2026-07-15") && open("2027-06-15"));
        // …but bank holidays still close the school.
        assert!(!open("2027-05-31"), "spring bank holiday");
        assert!(
            !open("2027-03-26"),
            "Good Friday, the last day of spring term"
        );
    }

    #[test]
    fn no_terms_means_every_date_is_term_time_and_bank_holidays_can_be_switched_off() {
        let mut c = Calendar::default();
        assert!(c.is_open(d("2026-08-14")));
        assert!(!c.is_open(d("2026-08-31")), "summer bank holiday");
        c.bank_holidays = BankHolidays::None;
        assert!(c.is_open(d("2026-08-31")));
        assert!(c.is_open(d("2026-12-25")));
    }

    #[test]
    fn ranges_refuse_to_end_before_they_start() {
        assert!(DateRange::new(d("2026-01-02"), d("2026-01-01")).is_none());
        assert_eq!(
            DateRange::day(d("2026-01-02")),
            range("2026-01-02", "2026-01-02")
        );
    }
}
