//! Which key seals what: the census `haven rotate-key --check` prints, and finishing a rotation
//! that was interrupted or left values behind. The census reads only the key id in each sealed
//! value's header; it opens nothing and never returns content.

use super::meta::set_fingerprint;
use super::sealing::{self, Unopened};
use super::sql::{self, first};
use super::tx::SqlTx;
use super::{SqliteStore, ENCRYPTED_COLUMNS};
use crate::crypto::key_id_of;
use crate::crypto::Cipher;
use crate::store::KeyCount;
use anyhow::Result;
use std::collections::BTreeMap;

impl SqliteStore {
    /// How many values each key seals, per sealed column (columns with no value are left out).
    pub async fn key_census(&self) -> Result<Vec<KeyCount>> {
        let tx = self.begin_tx().await?;
        census(tx.c()).await
    }

    /// Re-seals with the current key every value still sealed with another one, and records
    /// the current key's fingerprint. Does nothing when everything is sealed with it already,
    /// so a rotation that was interrupted can simply be run again.
    pub async fn finish_rotation(&self) -> Result<()> {
        finish_rotation(self.begin_unchecked().await?, &self.cipher()).await
    }
}

/// What [`SqliteStore::finish_rotation`] does, in `tx`, on either engine.
pub(super) async fn finish_rotation(tx: SqlTx, cipher: &Cipher) -> Result<()> {
    let current = cipher.fingerprint();
    let stale: usize = census(tx.c())
        .await?
        .iter()
        .filter(|k| k.fingerprint != current)
        .map(|k| k.values)
        .sum();
    if stale > 0 {
        sealing::reseal_all(tx.c(), cipher, Unopened::Fail).await?;
        tracing::info!(values = stale, key = %current, "re-sealed values left with other keys");
    }
    set_fingerprint(tx.c(), &current).await?;
    tx.commit_now().await
}

/// How many values each key seals, per sealed column.
pub(super) async fn census(c: &sql::Conn) -> Result<Vec<KeyCount>> {
    let mut out = Vec::new();
    for sealed in ENCRYPTED_COLUMNS {
        let (table, column) = (sealed.table, sealed.column);
        let blobs: Vec<Vec<u8>> = sql::all(
            c,
            &format!("SELECT {column} FROM {table} WHERE {column} IS NOT NULL"),
            &[],
            first,
        )
        .await?;
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for blob in &blobs {
            *counts
                .entry(key_id_of(blob).unwrap_or_default())
                .or_default() += 1;
        }
        out.extend(counts.into_iter().map(|(fingerprint, values)| KeyCount {
            table,
            column,
            fingerprint,
            values,
        }));
    }
    Ok(out)
}
