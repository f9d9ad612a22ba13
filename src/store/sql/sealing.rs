//! Where each sealed value lives, and sealing it there.
//!
//! Every sealed value is bound to its place, a [`Seal`] of table, column and row identity (see
//! `crate::crypto`), so a value copied into another row or column does not open. This module
//! is the one list of those places: [`ENCRYPTED_COLUMNS`] gives each sealed column with an SQL
//! expression of its row identity (for key rotation, the upgrade and `haven doctor`), and the
//! functions below build the same identity in Rust for the code that writes and reads the
//! column. The two must agree; the store's tests seal through the code and re-seal through the
//! list, which fails if they do not.
//!
//! A row identity is known when the value is written and never changes while it is kept:
//! a draft's person, a concern's school, year and number, a chronology entry's concern and
//! number, an urgent draft's reference, a stream's or outbox row's id (the row is inserted
//! first and its sealed values set in the same transaction).
//!
//! Nothing here logs or returns content. Only [`reseal_all`] opens values of the format before
//! places ([`Cipher::decrypt_any_format`]).

use super::sql::{self, Conn};
use crate::core::concern::reference::ConcernRef;
use crate::core::concern::store::ConcernId;
use crate::core::ids::{PersonId, SchoolId};
use crate::core::streams::store::StreamId;
use crate::crypto::{Cipher, Seal};
use anyhow::{Context, Result};

/// A sealed column: where it is, how its rows are named, and the identity its values are bound
/// to.
#[derive(Debug, Clone, Copy)]
pub struct SealedColumn {
    pub table: &'static str,
    pub column: &'static str,
    /// The integer column that names a row (for updating it and in a quarantine record).
    pub key: &'static str,
    /// An SQL expression of the row identity the values are sealed with: the same text the
    /// functions of this module build.
    pub row: &'static str,
}

const fn by_id(table: &'static str, column: &'static str) -> SealedColumn {
    SealedColumn {
        table,
        column,
        key: "id",
        row: "id",
    }
}

/// Every sealed column. Key rotation and the upgrade re-seal exactly these, and `haven doctor`
/// tries them; a feature that adds a sealed column must add it here, with its row identity. All
/// of them are sealed with the safeguarding key, which the office's directory tools never hold
/// (`SqliteStore::open_directory`): nothing the directory needs is sealed.
pub const ENCRYPTED_COLUMNS: &[SealedColumn] = &[
    SealedColumn {
        table: "drafts",
        column: "state_sealed",
        key: "person_id",
        row: "person_id",
    },
    by_id("outbox", "body_sealed"),
    SealedColumn {
        table: "concerns",
        column: "details_sealed",
        key: "id",
        row: "school_id || '/' || year || '/' || seq",
    },
    SealedColumn {
        table: "concerns",
        column: "facts_sealed",
        key: "id",
        row: "school_id || '/' || year || '/' || seq",
    },
    SealedColumn {
        table: "concern_entries",
        column: "body_sealed",
        key: "id",
        row: "concern_id || '/' || n",
    },
    SealedColumn {
        table: "concern_entries",
        column: "facts_sealed",
        key: "id",
        row: "concern_id || '/' || n",
    },
    by_id("audit", "sealed"),
    by_id("concern_alerts", "alert_sealed"),
    SealedColumn {
        table: "concern_urgent_drafts",
        column: "people_sealed",
        key: "rowid",
        row: "draft_ref",
    },
    by_id("streams", "link_sealed"),
    by_id("streams", "meeting_id_sealed"),
    by_id("streams", "passcode_sealed"),
    by_id("concern_transfers", "details_sealed"),
];

/// A person's form draft.
pub(super) fn draft(person: PersonId) -> Seal {
    Seal::new("drafts", "state_sealed", person.0)
}

/// The body of outbox row `id`.
pub(super) fn outbox_body(id: i64) -> Seal {
    Seal::new("outbox", "body_sealed", id)
}

/// A sealed column of the concern `school` numbers `reference`.
pub(super) fn concern(column: &'static str, school: SchoolId, reference: ConcernRef) -> Seal {
    let row = format!("{}/{}/{}", school.0, reference.year(), reference.seq());
    Seal::new("concerns", column, row)
}

/// A sealed column of entry `n` of a concern's chronology.
pub(super) fn entry(column: &'static str, concern: ConcernId, n: u32) -> Seal {
    Seal::new("concern_entries", column, format!("{}/{n}", concern.0))
}

/// The people of the urgent alert raised from draft `draft_ref`.
pub(super) fn urgent_draft(draft_ref: &str) -> Seal {
    Seal::new("concern_urgent_drafts", "people_sealed", draft_ref)
}

/// A sealed column (link, meeting id or passcode) of stream `id`.
pub(super) fn stream(column: &'static str, id: StreamId) -> Seal {
    Seal::new("streams", column, id.0)
}

/// The receiving school and confirmer of transfer `id`.
pub(super) fn transfer(id: i64) -> Seal {
    Seal::new("concern_transfers", "details_sealed", id)
}

/// Seals `value` as JSON at `place`.
pub(super) fn seal_json<T: serde::Serialize>(
    cipher: &Cipher,
    place: &Seal,
    value: &T,
) -> Result<Vec<u8>> {
    Ok(cipher.encrypt(&serde_json::to_vec(value)?, place)?)
}

/// Every sealed value of `col`, as (row key, place, blob).
pub(super) async fn values(c: &Conn, col: &SealedColumn) -> Result<Vec<(i64, Seal, Vec<u8>)>> {
    let SealedColumn {
        table,
        column,
        key,
        row,
    } = *col;
    let rows: Vec<(i64, String, Vec<u8>)> = sql::all(
        c,
        &format!(
            "SELECT {key} AS row_key, CAST(({row}) AS TEXT) AS place, {column} FROM {table} \
             WHERE {column} IS NOT NULL ORDER BY row_key"
        ),
        &[],
        sql::tuple,
    )
    .await?;
    Ok(rows
        .into_iter()
        .map(|(k, place, blob)| (k, Seal::new(table, column, place), blob))
        .collect())
}

/// What [`reseal_all`] does with a value it cannot open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Unopened {
    /// Fail, changing nothing (key rotation: a value left under the old key would be lost).
    Fail,
    /// Leave it as it is and log its place (the upgrade: it was unreadable before, and stays
    /// for the quarantine and `haven doctor` to report).
    Leave,
}

/// Opens every sealed value (of either format) with any key `cipher` holds and seals it again
/// in its place with the current key. Returns how many values were left unopened.
pub(super) async fn reseal_all(c: &Conn, cipher: &Cipher, unopened: Unopened) -> Result<usize> {
    // The chronology's trigger lets a re-sealing through while this row exists, and nothing
    // else; it is removed again below, in the same transaction.
    sql::execute(
        c,
        "INSERT INTO meta (school_id, name, value) VALUES (0, 'resealing', '1') \
         ON CONFLICT (school_id, name) DO UPDATE SET value = excluded.value",
        &[],
    )
    .await?;
    let mut left = 0;
    for col in ENCRYPTED_COLUMNS {
        let (table, column, key) = (col.table, col.column, col.key);
        for (row, place, blob) in values(c, col).await? {
            let plain = match cipher.decrypt_any_format(&blob, &place) {
                Ok(plain) => plain,
                Err(e) if unopened == Unopened::Leave => {
                    tracing::error!(table, column, row, error = %e, "a sealed value could not be opened to seal it in its place; left as it was");
                    left += 1;
                    continue;
                }
                Err(e) => {
                    return Err(e)
                        .with_context(|| format!("opening {table}.{column} of {key} {row}"))
                }
            };
            sql::execute(
                c,
                &format!("UPDATE {table} SET {column} = $1 WHERE {key} = $2"),
                &[&cipher.encrypt(&plain, &place)?, &row],
            )
            .await?;
        }
    }
    super::relations::rekey_audit(c, cipher).await?;
    sql::execute(
        c,
        "DELETE FROM meta WHERE school_id = 0 AND name = 'resealing'",
        &[],
    )
    .await?;
    Ok(left)
}

/// The person and level of concern alert `id`.
pub(super) fn alert(id: i64) -> Seal {
    Seal::new("concern_alerts", "alert_sealed", id)
}

/// The sealed part of audit record `id`.
pub(super) fn audit(id: i64) -> Seal {
    Seal::new("audit", "sealed", id)
}
