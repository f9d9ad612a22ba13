//! Reads a staff or parents CSV file (the formats are described in [`crate::roster`]) into
//! [`PersonRecord`]s, or into the complete list of what is wrong with it.
//!
//! Parsing is pure: no storage, no clock, no text for people to read (problems are Fluent keys
//! with arguments). It never stops at the first bad row: the office fixes a file in one go.

use crate::core::people::{Lang, Role, Roles};
use crate::core::store::{Kind, PersonRecord};
use csv::{ByteRecord, StringRecord};
use std::collections::HashMap;
use std::io::Read;

/// One thing wrong with an import file, at a line of that file as an editor numbers it (the
/// header is line 1; blank lines and the lines of a quoted cell that spans several are counted).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    pub line: u64,
    pub problem: RowProblem,
}

/// What is wrong with a row (or with the header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    /// The header lacks a required column.
    MissingColumn {
        column: &'static str,
    },
    /// The row has a different number of fields from the header (often an unquoted comma).
    FieldCount {
        expected: usize,
        found: usize,
    },
    /// The row could not be read as UTF-8 CSV text.
    Unreadable,
    EmptyExternalId,
    EmptyName,
    UnknownRole {
        role: String,
    },
    /// A staff row whose roles are all parent-side (or empty).
    NoStaffRole,
    UnknownLanguage {
        language: String,
    },
    /// A parent row with no class.
    NoClass,
    /// The external id was already used on an earlier line of the same file.
    DuplicateExternalId {
        external_id: String,
        first_line: u64,
    },
}

impl RowProblem {
    /// The Fluent message key that explains the problem (in `locales/*/roster.ftl`).
    pub fn key(&self) -> &'static str {
        match self {
            RowProblem::MissingColumn { .. } => "import-error-missing-column",
            RowProblem::FieldCount { .. } => "import-error-field-count",
            RowProblem::Unreadable => "import-error-unreadable",
            RowProblem::EmptyExternalId => "import-error-empty-external-id",
            RowProblem::EmptyName => "import-error-empty-name",
            RowProblem::UnknownRole { .. } => "import-error-unknown-role",
            RowProblem::NoStaffRole => "import-error-no-staff-role",
            RowProblem::UnknownLanguage { .. } => "import-error-unknown-language",
            RowProblem::NoClass => "import-error-no-class",
            RowProblem::DuplicateExternalId { .. } => "import-error-duplicate-external-id",
        }
    }

    /// The arguments the message named by [`RowProblem::key`] takes.
    pub fn args(&self) -> Vec<(&'static str, String)> {
        match self {
            RowProblem::MissingColumn { column } => vec![("column", column.to_string())],
            RowProblem::FieldCount { expected, found } => {
                vec![
                    ("expected", expected.to_string()),
                    ("found", found.to_string()),
                ]
            }
            RowProblem::UnknownRole { role } => vec![("role", role.clone())],
            RowProblem::UnknownLanguage { language } => vec![("language", language.clone())],
            RowProblem::DuplicateExternalId {
                external_id,
                first_line,
            } => vec![
                ("external_id", external_id.clone()),
                ("first_line", first_line.to_string()),
            ],
            RowProblem::Unreadable
            | RowProblem::EmptyExternalId
            | RowProblem::EmptyName
            | RowProblem::NoStaffRole
            | RowProblem::NoClass => Vec::new(),
        }
    }
}

/// Reads a whole import file of one kind. Either every row is good, or every problem found is
/// returned, in file order.
pub fn parse(kind: Kind, mut reader: impl Read) -> Result<Vec<PersonRecord>, Vec<RowError>> {
    let mut text = Vec::new();
    if reader.read_to_end(&mut text).is_err() {
        return Err(vec![at(1, RowProblem::Unreadable)]);
    }
    let lines = LineIndex::new(&text);
    let mut csv = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_slice());
    let header_line = lines.record_line(0);
    let header = match csv.byte_headers() {
        Ok(header) => header.clone(),
        Err(_) => return Err(vec![at(header_line, RowProblem::Unreadable)]),
    };
    let mut file = FileParser {
        kind,
        columns: Columns::find(kind, &header, header_line)?,
        first_seen: HashMap::new(),
        records: Vec::new(),
        errors: Vec::new(),
    };
    for row in csv.byte_records() {
        // Read from memory by a flexible reader, a row cannot fail; should one, stop there.
        let line = lines.record_line(match &row {
            Ok(row) => row.position().map_or(0, |p| p.byte()),
            Err(e) => e.position().map_or(0, |p| p.byte()),
        });
        match row {
            Ok(row) => file.row(row, line),
            Err(_) => {
                file.errors.push(at(line, RowProblem::Unreadable));
                break;
            }
        }
    }
    if file.errors.is_empty() {
        Ok(file.records)
    } else {
        Err(file.errors)
    }
}

/// Physical line numbers, as a text editor or spreadsheet shows them. (The CSV reader's own line
/// count skips blank lines, so it cannot be shown to people.)
struct LineIndex<'a> {
    text: &'a [u8],
    /// The byte offset at which each line starts; `\n`, `\r\n` and a lone `\r` end a line.
    starts: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    fn new(text: &'a [u8]) -> Self {
        let breaks = text
            .iter()
            .enumerate()
            .filter(|&(i, &b)| b == b'\n' || (b == b'\r' && text.get(i + 1) != Some(&b'\n')));
        let starts = std::iter::once(0)
            .chain(breaks.map(|(i, _)| i + 1))
            .collect();
        LineIndex { text, starts }
    }

    /// The line of a record the reader places at byte `from`: the reader may place it at the end
    /// of the previous record, so line breaks (blank lines) are skipped first.
    fn record_line(&self, from: u64) -> u64 {
        let from = usize::try_from(from)
            .unwrap_or(usize::MAX)
            .min(self.text.len());
        let skipped = self.text[from..]
            .iter()
            .take_while(|b| matches!(b, b'\r' | b'\n'))
            .count();
        self.starts.partition_point(|&s| s <= from + skipped) as u64
    }
}

fn at(line: u64, problem: RowProblem) -> RowError {
    RowError { line, problem }
}

/// Where the columns this kind of file needs sit in its header.
struct Columns {
    external_id: usize,
    name: usize,
    /// `roles` in a staff file, `classes` in a parents file.
    list: usize,
    language: Option<usize>,
    width: usize,
}

impl Columns {
    fn find(kind: Kind, header: &ByteRecord, line: u64) -> Result<Columns, Vec<RowError>> {
        let names: Vec<String> = header.iter().map(header_name).collect();
        let index = |wanted: &str| names.iter().position(|n| n == wanted);
        let list_column = match kind {
            Kind::Staff => "roles",
            Kind::Parents => "classes",
        };
        let required = ["external_id", "name", list_column];
        match required.map(index) {
            [Some(external_id), Some(name), Some(list)] => Ok(Columns {
                external_id,
                name,
                list,
                language: index("language"),
                width: names.len(),
            }),
            found => Err(required
                .into_iter()
                .zip(found)
                .filter(|(_, i)| i.is_none())
                .map(|(column, _)| at(line, RowProblem::MissingColumn { column }))
                .collect()),
        }
    }
}

/// A header cell as compared with the documented names: no BOM, no surrounding space, lower
/// case, with spaces and dashes read as underscores ("External ID" is `external_id`).
fn header_name(raw: &[u8]) -> String {
    String::from_utf8_lossy(raw)
        .trim_start_matches('\u{feff}')
        .trim()
        .to_lowercase()
        .replace([' ', '-'], "_")
}

/// The state of one pass over a file.
struct FileParser {
    kind: Kind,
    columns: Columns,
    /// The line each external id was first seen on.
    first_seen: HashMap<String, u64>,
    records: Vec<PersonRecord>,
    errors: Vec<RowError>,
}

impl FileParser {
    fn row(&mut self, raw: ByteRecord, line: u64) {
        let Ok(row) = StringRecord::from_byte_record(raw) else {
            self.errors.push(at(line, RowProblem::Unreadable));
            return;
        };
        if row.iter().all(|f| f.trim().is_empty()) {
            return; // Spreadsheets often leave rows of empty cells at the end.
        }
        if row.len() != self.columns.width {
            let (expected, found) = (self.columns.width, row.len());
            self.errors
                .push(at(line, RowProblem::FieldCount { expected, found }));
            return; // The fields are misaligned: anything else found would be noise.
        }
        let checked = check_row(self.kind, &self.columns, &row);
        let duplicate = self.note_external_id(&row, line);
        match (checked, duplicate) {
            (Ok(record), None) => self.records.push(record),
            (checked, duplicate) => {
                let problems = checked.err().into_iter().flatten().chain(duplicate);
                self.errors.extend(problems.map(|p| at(line, p)));
            }
        }
    }

    /// Remembers the row's external id; a duplicate names the line it was first used on.
    fn note_external_id(&mut self, row: &StringRecord, line: u64) -> Option<RowProblem> {
        let external_id = field(row, self.columns.external_id);
        if external_id.is_empty() {
            return None;
        }
        match self.first_seen.get(external_id) {
            Some(&first_line) => Some(RowProblem::DuplicateExternalId {
                external_id: external_id.to_string(),
                first_line,
            }),
            None => {
                self.first_seen.insert(external_id.to_string(), line);
                None
            }
        }
    }
}

fn field(row: &StringRecord, index: usize) -> &str {
    row.get(index).unwrap_or("").trim()
}

/// Checks one well-shaped row on its own, reporting every problem in it.
fn check_row(
    kind: Kind,
    columns: &Columns,
    row: &StringRecord,
) -> Result<PersonRecord, Vec<RowProblem>> {
    let external_id = field(row, columns.external_id);
    let name = field(row, columns.name);
    let list = field(row, columns.list);
    let (roles, groups) = match kind {
        Kind::Staff => (staff_roles(list), Ok(Vec::new())),
        Kind::Parents => (Ok(Roles::new([Role::Parent])), classes(list)),
    };
    let lang = language(columns.language.map_or("", |i| field(row, i)));
    match (roles, groups, lang) {
        (Ok(roles), Ok(groups), Ok(lang)) if !external_id.is_empty() && !name.is_empty() => {
            Ok(PersonRecord {
                external_id: external_id.to_string(),
                name: name.to_string(),
                roles,
                lang,
                groups,
            })
        }
        (roles, groups, lang) => {
            let mut problems = Vec::new();
            if external_id.is_empty() {
                problems.push(RowProblem::EmptyExternalId);
            }
            if name.is_empty() {
                problems.push(RowProblem::EmptyName);
            }
            problems.extend(roles.err());
            problems.extend(groups.err());
            problems.extend(lang.err());
            Err(problems)
        }
    }
}

/// A staff row's roles: all known, and at least one of them school-side.
fn staff_roles(list: &str) -> Result<Roles, RowProblem> {
    let roles = Roles::parse_list(list).map_err(|role| RowProblem::UnknownRole { role })?;
    if roles.is_school_side() {
        Ok(roles)
    } else {
        Err(RowProblem::NoStaffRole)
    }
}

/// A parent row's classes: `;`-separated, trimmed, without repeats, at least one.
fn classes(list: &str) -> Result<Vec<String>, RowProblem> {
    let mut out: Vec<String> = Vec::new();
    for class in list.split(';').map(str::trim).filter(|c| !c.is_empty()) {
        if !out.iter().any(|c| c == class) {
            out.push(class.to_string());
        }
    }
    if out.is_empty() {
        Err(RowProblem::NoClass)
    } else {
        Ok(out)
    }
}

/// A row's language; an empty cell (or no language column) means the default, en-GB.
fn language(cell: &str) -> Result<Lang, RowProblem> {
    if cell.is_empty() {
        return Ok(Lang::default());
    }
    Lang::parse(cell).ok_or_else(|| RowProblem::UnknownLanguage {
        language: cell.to_string(),
    })
}

#[cfg(test)]
mod tests;
