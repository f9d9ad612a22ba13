//! Setting aside rows that cannot be opened or read, so that one bad row never stops anyone
//! else's work.
//!
//! A read that meets a row it cannot use (a sealed value that does not open, JSON that does not
//! parse, a stored code Haven does not know) records it in the `quarantine` table, logs it by
//! table, column and row, and goes on without it. A damaged draft is also deleted: its owner
//! starts again with a fresh form. Nothing here ever quotes what a row holds.
//!
//! A record is written in the transaction that met the row, and kept in [`Faults`] too, so a
//! transaction that is rolled back afterwards still leaves its records behind.

use super::codec::ts;
use super::sql::{self, first, Conn};
use crate::crypto::{Cipher, Seal};
use anyhow::Result;
use chrono::Utc;
use serde::de::DeserializeOwned;
use std::sync::{Mutex, PoisonError};

/// Why a stored value could not be used. It names the place and never the content: a JSON
/// parser's own message (which can quote its input) is left out on purpose.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(super) enum Unreadable {
    #[error(
        "opening {table}.{column} of row {row}: it does not open with the key in this place \
         (altered, moved from another place, or sealed with another key)"
    )]
    Sealed {
        table: &'static str,
        column: &'static str,
        row: i64,
    },
    #[error("reading {table}.{column} of row {row}: malformed ({len} bytes)")]
    Malformed {
        table: &'static str,
        column: &'static str,
        row: i64,
        len: usize,
    },
    #[error("reading {table} row {row}: a stored value is not one Haven knows")]
    Row { table: &'static str, row: i64 },
}

impl Unreadable {
    fn place(&self) -> (&'static str, &'static str, i64) {
        match self {
            Unreadable::Sealed { table, column, row }
            | Unreadable::Malformed {
                table, column, row, ..
            } => (table, column, *row),
            Unreadable::Row { table, row } => (table, "*", *row),
        }
    }
}

/// Opens a value sealed at `place`, in the row whose key is `row`. A value moved there from
/// anywhere else does not open.
pub(super) fn open_bytes(
    cipher: &Cipher,
    sealed: &[u8],
    place: &Seal,
    row: i64,
) -> Result<Vec<u8>, Unreadable> {
    cipher
        .decrypt(sealed, place)
        .map_err(|_| Unreadable::Sealed {
            table: place.table(),
            column: place.column(),
            row,
        })
}

/// Opens a JSON value sealed at `place`, in the row whose key is `row`, and reads it.
pub(super) fn open_json<T: DeserializeOwned>(
    cipher: &Cipher,
    sealed: &[u8],
    place: &Seal,
    row: i64,
) -> Result<T, Unreadable> {
    let (table, column) = (place.table(), place.column());
    let json = open_bytes(cipher, sealed, place, row)?;
    serde_json::from_slice(&json).map_err(|_| Unreadable::Malformed {
        table,
        column,
        row,
        len: json.len(),
    })
}

/// A row set aside.
#[derive(Debug, Clone)]
pub(super) struct Fault {
    pub unreadable: Unreadable,
    /// The person the row belongs to, when it is theirs alone (a draft's owner).
    pub owner: Option<i64>,
}

impl Fault {
    /// The fault an error describes; an error that is not an [`Unreadable`] (a missing column,
    /// an unknown code) counts against the whole row, described without its text.
    pub fn of(e: &anyhow::Error, table: &'static str, row: i64) -> Fault {
        let unreadable = e
            .downcast_ref::<Unreadable>()
            .cloned()
            .unwrap_or(Unreadable::Row { table, row });
        Fault {
            unreadable,
            owner: None,
        }
    }
}

/// The rows a transaction set aside.
#[derive(Default)]
pub(super) struct Faults(Mutex<Vec<Fault>>);

impl Faults {
    /// Records `f` in this transaction and remembers it for [`Faults::replay`].
    pub async fn set_aside(&self, c: &Conn, f: Fault) -> Result<()> {
        record(c, &f).await?;
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .push(f);
        Ok(())
    }

    /// Takes what this transaction set aside, to record it again after a rollback.
    pub fn take(&self) -> Vec<Fault> {
        std::mem::take(&mut *self.0.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// The rows `read` could read; the others are set aside. Each item is a row's key and what
    /// reading it gave.
    pub async fn keep_readable<T>(
        &self,
        c: &Conn,
        table: &'static str,
        rows: Vec<(i64, Result<T>)>,
    ) -> Result<Vec<T>> {
        let mut out = Vec::with_capacity(rows.len());
        for (row, read) in rows {
            match read {
                Ok(v) => out.push(v),
                Err(e) => self.set_aside(c, Fault::of(&e, table, row)).await?,
            }
        }
        Ok(out)
    }
}

/// Records again, outside any transaction, what a rolled-back transaction set aside.
pub(super) async fn record_all(c: &Conn, faults: Vec<Fault>) {
    for f in faults {
        if let Err(e) = record(c, &f).await {
            tracing::error!(error = %e, "could not record a row set aside");
        }
    }
}

/// Writes the record (once per row and column), logs it the first time, and deletes a damaged
/// draft so that its owner can start again (a later draft of theirs that is damaged too is a new
/// fault, recorded and reported again).
async fn record(c: &Conn, f: &Fault) -> Result<()> {
    let (table, column, row) = f.unreadable.place();
    let school: i64 = school_of(c, table, row)
        .await
        .unwrap_or(crate::core::ids::SchoolId::default().0);
    let id: Option<i64> = sql::optional(
        c,
        "INSERT INTO quarantine (school_id, table_name, row_key, column_name, what, owner_id, at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7) \
         ON CONFLICT (table_name, row_key, column_name) DO UPDATE SET what = excluded.what, \
         at = excluded.at, reported = FALSE WHERE quarantine.table_name = 'drafts' RETURNING id",
        &[
            &school,
            &table,
            &row,
            &column,
            &f.unreadable.to_string(),
            &f.owner,
            &ts(Utc::now()),
        ],
        first,
    )
    .await?;
    if let Some(id) = id {
        tracing::error!(reference = %format!("Q{id}"), table, column, row, what = %f.unreadable, "a stored row could not be read and was set aside");
    }
    if table == "drafts" {
        sql::execute(c, "DELETE FROM drafts WHERE person_id = $1", &[&row]).await?;
    }
    Ok(())
}

/// The school a row belongs to, when its table says.
async fn school_of(c: &Conn, table: &str, row: i64) -> Option<i64> {
    let key = match table {
        "drafts" => "person_id",
        "concern_urgent_drafts" => "rowid",
        "concerns" | "concern_entries" | "streams" | "outbox" | "people" => "id",
        _ => return None,
    };
    let sql = format!("SELECT school_id FROM {table} WHERE {key} = $1");
    sql::optional(c, &sql, &[&row], first).await.ok().flatten()
}
