//! `haven doctor`: the rows set aside, the engine's own integrity check (SQLite's here;
//! PostgreSQL's in `postgres.rs`), and a try at opening every sealed value with the key in its
//! own place. It reads only; it never prints or returns content.

use super::sealing::{self, ENCRYPTED_COLUMNS};
use super::sql::{self, first, Conn};
use super::SqliteStore;
use crate::crypto::Cipher;
use crate::store::{Checkup, SealedCount, SetAsideRow};
use anyhow::Result;

impl SqliteStore {
    /// Checks the whole file and lists the rows set aside.
    pub async fn doctor(&self) -> Result<Checkup> {
        let cipher = self.cipher();
        let tx = self.begin_tx().await?;
        let integrity: Vec<String> = sql::all(tx.c(), "PRAGMA integrity_check", &[], first).await?;
        checkup(tx.c(), &cipher, integrity).await
    }
}

/// The sealed values that do not open and the rows set aside, beside the engine's own
/// `integrity` check, on either engine.
pub(super) async fn checkup(c: &Conn, cipher: &Cipher, integrity: Vec<String>) -> Result<Checkup> {
    let mut sealed = Vec::new();
    for col in ENCRYPTED_COLUMNS {
        let rows = sealing::values(c, col).await?;
        let failed = rows
            .iter()
            .filter(|(_, place, value)| cipher.decrypt(value, place).is_err())
            .count();
        sealed.push(SealedCount {
            table: col.table,
            column: col.column,
            values: rows.len(),
            failed,
        });
    }
    let set_aside = sql::all(
        c,
        "SELECT id, table_name, row_key, column_name, what, at, reported FROM quarantine \
             ORDER BY id",
        &[],
        |r| {
            Ok(SetAsideRow {
                reference: format!("Q{}", r.get::<_, i64>(0)?),
                table: r.get(1)?,
                row: r.get(2)?,
                column: r.get(3)?,
                what: r.get(4)?,
                at: r.get(5)?,
                reported: r.get(6)?,
            })
        },
    )
    .await?;
    Ok(Checkup {
        integrity,
        sealed,
        set_aside,
    })
}
