//! The school's directory from the outside: importing staff and parents from the MIS export,
//! and issuing the link codes people use to bind their chat accounts.
//!
//! This module is the roster admin's (the office's) toolkit. It must never read concerns or
//! case records, and it never writes text for people to read: problems and summaries are
//! Fluent keys (`import-*`, `invite-*` in `locales/*/roster.ftl`) that the caller renders.
//!
//! # Import files
//!
//! CSV, comma-separated, UTF-8 (a byte-order mark, as Excel writes, is fine). The first line is
//! a header; columns may come in any order, header names are read without regard to case,
//! surrounding space, or `-`/space versus `_` (`External ID` is `external_id`); columns not
//! listed here are ignored. Cells are trimmed. Rows whose cells are all empty are skipped.
//!
//! **Staff** (`examples/staff.csv`):
//!
//! | column | required | content |
//! |---|---|---|
//! | `external_id` | yes | the MIS id, unique within the file |
//! | `name` | yes | display name |
//! | `roles` | yes | role names separated by `;` (e.g. `staff;dsl`), at least one that is not `parent` |
//! | `language` | no | `en-GB` (default when empty or absent), `cy`, `pl`, `ar` (or `english`, `cymraeg`, `polski`, …) |
//!
//! Role names: `staff`, `volunteer`, `visitor`, `dsl`, `deputy_dsl`, `online_safety_lead`,
//! `headteacher`, `chair_of_governors`, `vice_chair`,
//! `safeguarding_governor`, `governor`, `slt`, `it_lead`, `stream_organiser`,
//! `roster_admin`, `parent`.
//!
//! **Parents** (`examples/parents.csv`):
//!
//! | column | required | content |
//! |---|---|---|
//! | `external_id` | yes | the MIS contact id, unique within the file |
//! | `name` | yes | display name |
//! | `classes` | yes | class groups separated by `;` (e.g. `Year 3;Reception Oak`), at least one |
//! | `language` | no | as for staff |
//!
//! Everyone in a parents file has the role `parent` and nothing else.
//!
//! A file is all or nothing: [`parse`] reports every bad row with its line number (the header is
//! line 1; a quoted cell spanning lines counts each of them), and [`import_file`] writes nothing
//! unless every row is good (see `examples/staff-with-errors.csv`). Importing a file of one kind
//! adds and updates the people in it and marks everyone of that kind who is missing as a leaver.
//! A file with no people is refused, and so is one that would mark more than a set share
//! (20% by default) of a group as leavers, unless the office allows it ([`import_with`]).
//!
//! # Invitations
//!
//! [`issue_with`] gives each chosen person a fresh link code (leaving out people already linked,
//! and people with a code issued earlier the same day that still works, unless asked) and
//! [`write_csv`] writes the office's mail-merge file; its columns are described there.

mod csv_import;
mod import;
mod invite;

pub use csv_import::{parse, RowError, RowProblem};
pub use import::{import_with, Group, GroupShare, ImportOptions, ImportReport, Refusal};
pub use invite::{
    issue, issue_with, write_csv, Invite, InviteError, InviteFilter, InviteOptions, Issued, Issuer,
};

use crate::core::ids::SchoolId;
use crate::core::store::{ImportSummary, Kind, Store};
use chrono::{DateTime, Utc};
use std::io::Read;

/// Reads an import file and, when every row is good and the import would not mark too many of a
/// group as leavers ([`ImportOptions::default`]), stores it in one transaction (with an audit
/// entry). A refused file writes nothing.
pub async fn import_file(
    store: &dyn Store,
    school: SchoolId,
    kind: Kind,
    reader: impl Read + Send,
    now: DateTime<Utc>,
) -> anyhow::Result<Result<ImportSummary, Refusal>> {
    let options = ImportOptions::default();
    let report = import_with(store, school, kind, reader, now, &options).await?;
    Ok(report.map(|r| r.summary))
}

/// The stable name of a kind of file, for the audit log.
fn kind_name(kind: Kind) -> &'static str {
    match kind {
        Kind::Staff => "staff",
        Kind::Parents => "parents",
    }
}

#[cfg(test)]
mod tests;
