//! Reading terms and closures from the text of an `.ics` or `.csv` file. Pure: the caller reads
//! the file and reports a [`FileError`] with the file's name; nothing here panics on bad input.
//!
//! **iCalendar** (RFC 5545): each `VEVENT` with a `DTSTART` is one entry. All-day dates
//! (`DTSTART;VALUE=DATE:20260902`) run to the day before `DTEND` (which is exclusive); without
//! `DTEND` the event is one day. A timed event covers the dates it touches. An event is a
//! *term* when its `SUMMARY` has the word "term" and none of the words "half", "holiday",
//! "inset", "closed", "closure", "training" or "bank"; every other event is a *closure*
//! (so export the term-dates calendar, not the school's events calendar). The parser is a
//! small line reader with unfolding, so errors can name the line.
//!
//! **CSV**: a header row `kind,start,end,name`, then one row per entry: `kind` is `term` or
//! `closure`, dates are `YYYY-MM-DD`, `end` may be empty for one day, `name` is free text.

use super::{DateRange, EntryKind};
use chrono::{Duration, NaiveDate};

/// One entry read from a file.
pub type Entry = (EntryKind, DateRange);

/// What is wrong with a calendar file, and on which line (1-based).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {problem:?}")]
pub struct FileError {
    pub line: u64,
    pub problem: Problem,
}

/// The kinds of mistake a calendar file can have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// The file name ends neither in `.ics` nor in `.csv`.
    UnknownFormat,
    /// Not an iCalendar file (no `BEGIN:VCALENDAR`).
    NotICalendar,
    /// A `BEGIN:VEVENT` without its `END:VEVENT`.
    UnfinishedEvent,
    /// An event without `DTSTART`.
    NoStart,
    /// A date that cannot be read (the text as written).
    BadDate(String),
    /// An entry that ends before it starts.
    EndBeforeStart,
    /// A CSV file whose first row is not the header `kind,start,end,name`.
    BadHeader,
    /// A CSV kind other than `term` or `closure`.
    UnknownKind(String),
    /// A CSV row that cannot be read (missing columns, bad quoting).
    BadRow,
}

impl Problem {
    /// The Fluent key that explains the problem (arguments: `value`).
    pub fn key(&self) -> &'static str {
        match self {
            Problem::UnknownFormat => "calendar-problem-format",
            Problem::NotICalendar => "calendar-problem-not-ics",
            Problem::UnfinishedEvent => "calendar-problem-unfinished",
            Problem::NoStart => "calendar-problem-no-start",
            Problem::BadDate(_) => "calendar-problem-date",
            Problem::EndBeforeStart => "calendar-problem-end-before-start",
            Problem::BadHeader => "calendar-problem-header",
            Problem::UnknownKind(_) => "calendar-problem-kind",
            Problem::BadRow => "calendar-problem-row",
        }
    }

    /// The text the problem is about, if any.
    pub fn value(&self) -> &str {
        match self {
            Problem::BadDate(v) | Problem::UnknownKind(v) => v,
            _ => "",
        }
    }
}

fn fail<T>(line: u64, problem: Problem) -> Result<T, FileError> {
    Err(FileError { line, problem })
}

/// Reads `text` as the format its file `name` ends in (`.ics` or `.csv`).
pub fn parse(name: &str, text: &str) -> Result<Vec<Entry>, FileError> {
    let lower = name.to_lowercase();
    if lower.ends_with(".ics") {
        ics(text)
    } else if lower.ends_with(".csv") {
        csv(text)
    } else {
        fail(0, Problem::UnknownFormat)
    }
}

/// Logical lines with the physical line each starts on: a line that begins with a space or a
/// tab continues the one before (RFC 5545 folding).
fn unfold(text: &str) -> Vec<(u64, String)> {
    let mut out: Vec<(u64, String)> = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        match (raw.strip_prefix([' ', '\t']), out.last_mut()) {
            (Some(rest), Some((_, last))) => last.push_str(rest),
            _ => out.push((i as u64 + 1, raw.to_string())),
        }
    }
    out
}

/// The date of an iCalendar DATE or DATE-TIME value, and whether it was a bare date; a
/// DATE-TIME exactly at midnight is reported as such so an exclusive end can drop that day.
fn ics_date(value: &str, line: u64) -> Result<(NaiveDate, bool), FileError> {
    let v = value.trim();
    let bad = || FileError {
        line,
        problem: Problem::BadDate(v.to_string()),
    };
    let date = v.get(..8).ok_or_else(bad)?;
    let d = NaiveDate::parse_from_str(date, "%Y%m%d").map_err(|_| bad())?;
    match v.get(8..) {
        Some("") => Ok((d, true)),
        Some(t) if t.starts_with('T') && t.len() >= 7 => Ok((d, t[1..7] == *"000000")),
        _ => Err(bad()),
    }
}

/// True when a summary names a term rather than a closure.
fn is_term(summary: &str) -> bool {
    const CLOSED: [&str; 7] = [
        "half", "holiday", "inset", "closed", "closure", "training", "bank",
    ];
    let lower = summary.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.contains(&"term") && !words.iter().any(|w| CLOSED.contains(w))
}

#[derive(Default)]
struct Event {
    line: u64,
    start: Option<(NaiveDate, bool)>,
    end: Option<(u64, NaiveDate, bool)>,
    summary: String,
}

impl Event {
    fn finish(self) -> Result<Entry, FileError> {
        let Some((start, _)) = self.start else {
            return fail(self.line, Problem::NoStart);
        };
        let last = match self.end {
            None => start,
            // An exclusive end: an all-day event's DTEND, or a timed one ending at midnight.
            Some((_, end, true)) if end > start => end - Duration::days(1),
            Some((_, end, _)) => end,
        };
        let end_line = self.end.map_or(self.line, |(l, _, _)| l);
        let range = DateRange::new(start, last).ok_or(FileError {
            line: end_line,
            problem: Problem::EndBeforeStart,
        })?;
        let kind = if is_term(&self.summary) {
            EntryKind::Term
        } else {
            EntryKind::Closure
        };
        Ok((kind, range))
    }
}

/// Reads an iCalendar file's events.
pub fn ics(text: &str) -> Result<Vec<Entry>, FileError> {
    let lines = unfold(text);
    if !lines
        .iter()
        .any(|(_, l)| l.trim().eq_ignore_ascii_case("BEGIN:VCALENDAR"))
    {
        return fail(1, Problem::NotICalendar);
    }
    let mut out = Vec::new();
    let mut event: Option<Event> = None;
    for (line, text) in lines {
        let Some((head, value)) = text.split_once(':') else {
            continue;
        };
        let name = head.split(';').next().unwrap_or("").to_ascii_uppercase();
        let value_upper = value.trim().to_ascii_uppercase();
        match (name.as_str(), event.as_mut()) {
            ("BEGIN", None) if value_upper == "VEVENT" => {
                event = Some(Event {
                    line,
                    ..Event::default()
                })
            }
            ("BEGIN", Some(e)) if value_upper == "VEVENT" => {
                return fail(e.line, Problem::UnfinishedEvent)
            }
            ("END", Some(_)) if value_upper == "VEVENT" => {
                out.push(event.take().map(Event::finish).transpose()?);
            }
            ("DTSTART", Some(e)) => e.start = Some(ics_date(value, line)?),
            ("DTEND", Some(e)) => {
                let (d, exclusive) = ics_date(value, line)?;
                e.end = Some((line, d, exclusive));
            }
            ("SUMMARY", Some(e)) => e.summary = value.to_string(),
            _ => {}
        }
    }
    if let Some(e) = event {
        return fail(e.line, Problem::UnfinishedEvent);
    }
    Ok(out.into_iter().flatten().collect())
}

fn csv_date(s: &str, line: u64) -> Result<NaiveDate, FileError> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| FileError {
        line,
        problem: Problem::BadDate(s.trim().to_string()),
    })
}

/// Reads a CSV file of `kind,start,end,name` rows.
pub fn csv(text: &str) -> Result<Vec<Entry>, FileError> {
    let mut reader = ::csv::ReaderBuilder::new()
        .trim(::csv::Trim::All)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header_ok = reader.headers().is_ok_and(|h| {
        let names: Vec<String> = h.iter().map(str::to_lowercase).collect();
        names.len() >= 2 && names[0] == "kind" && names[1] == "start"
    });
    if !header_ok {
        return fail(1, Problem::BadHeader);
    }
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(|e| FileError {
            line: e.position().map_or(0, |p| p.line()),
            problem: Problem::BadRow,
        })?;
        let line = record.position().map_or(0, |p| p.line());
        let field = |i| record.get(i).unwrap_or("");
        let (kind, start, end) = (field(0), field(1), field(2));
        if record.iter().all(str::is_empty) {
            continue;
        }
        let kind = match kind.to_lowercase().as_str() {
            "term" => EntryKind::Term,
            "closure" => EntryKind::Closure,
            _ => return fail(line, Problem::UnknownKind(kind.to_string())),
        };
        let start = csv_date(start, line)?;
        let end = match end {
            "" => start,
            e => csv_date(e, line)?,
        };
        let range = DateRange::new(start, end).ok_or(FileError {
            line,
            problem: Problem::EndBeforeStart,
        })?;
        out.push((kind, range));
    }
    Ok(out)
}

#[cfg(test)]
#[path = "import_tests.rs"]
mod tests;
