//! The database's own settings (the `meta` table) and the checks both engines make with them:
//! the safeguarding key's and the directory key's fingerprints, sealing older values in their
//! place, finishing a rotation, and refusing transactions once the database was re-sealed with
//! another key. It never reads or returns sealed content.

use super::sql::{self, first, Conn};
use super::tx::SqlTx;
use super::{relations, sealing};
use crate::crypto::{Cipher, Key};
use crate::store::{KeyChanged, OpenError};
use anyhow::Result;
use std::sync::atomic::{AtomicBool, Ordering};

/// `meta.school_id` of settings that hold for the whole database.
pub(super) const DATABASE_WIDE: i64 = 0;
/// `meta.name` of the fingerprint of the key the sealed columns are written with.
const KEY_FINGERPRINT: &str = "key_fingerprint";
/// `meta.name` of the format the sealed values are written in; absent before values were bound
/// to their place.
const SEAL_FORMAT: &str = "seal_format";
/// [`SEAL_FORMAT`] once every value has been sealed in its place.
const SEALED_IN_PLACE: &str = "2";
/// `meta.name` of the fingerprint of the office's directory key.
const DIRECTORY_KEY_FINGERPRINT: &str = "directory_key_fingerprint";

async fn get(c: &Conn, name: &str) -> Result<Option<String>> {
    sql::optional(
        c,
        "SELECT value FROM meta WHERE school_id = $1 AND name = $2",
        &[&DATABASE_WIDE, &name],
        first,
    )
    .await
}

async fn set(c: &Conn, name: &str, value: &str) -> Result<()> {
    sql::execute(
        c,
        "INSERT INTO meta (school_id, name, value) VALUES ($1, $2, $3) \
         ON CONFLICT (school_id, name) DO UPDATE SET value = excluded.value",
        &[&DATABASE_WIDE, &name, &value],
    )
    .await?;
    Ok(())
}

/// Records the fingerprint of the key the sealed columns are written with.
pub(super) async fn set_fingerprint(c: &Conn, fingerprint: &str) -> Result<()> {
    set(c, KEY_FINGERPRINT, fingerprint).await
}

/// Refuses `tx` with [`KeyChanged`] if the database is no longer sealed with the cipher's key
/// (a rotation that did not wait for this process): nothing is ever sealed with a key the
/// database has left. `warned` is the store's flag, so the error is logged once.
pub(super) async fn refuse_changed_key(
    tx: SqlTx,
    cipher: &Cipher,
    warned: &AtomicBool,
) -> Result<SqlTx> {
    if !cipher.can_seal() {
        return Ok(tx);
    }
    match get(tx.c(), KEY_FINGERPRINT).await? {
        Some(stored) if stored != cipher.fingerprint() => {
            drop(tx);
            if !warned.swap(true, Ordering::SeqCst) {
                tracing::error!(
                    stored = %stored,
                    key = %cipher.fingerprint(),
                    "the database was re-sealed with another key while Haven ran; \
                     refusing every transaction until Haven is restarted with that key"
                );
            }
            Err(KeyChanged { stored }.into())
        }
        _ => Ok(tx),
    }
}

/// Checks the key against the database's, then, in `tx`: seals every value of a database
/// written before values were bound to their place in its place (once; a value that does not
/// open is left for the quarantine and `haven doctor`), and finishes a key rotation if the
/// database was sealed with one of the cipher's old keys. Commits when it changed anything.
pub(super) async fn check_key(tx: SqlTx, cipher: &Cipher) -> Result<()> {
    let stored = get(tx.c(), KEY_FINGERPRINT).await?;
    if let Some(fp) = &stored {
        if !cipher.knows(fp) {
            return Err(OpenError::WrongKey { stored: fp.clone() }.into());
        }
    }
    let mut resealed = false;
    if get(tx.c(), SEAL_FORMAT).await?.as_deref() != Some(SEALED_IN_PLACE) {
        let left = sealing::reseal_all(tx.c(), cipher, sealing::Unopened::Leave).await?;
        if left > 0 {
            tracing::error!(left, "sealed values that could not be opened were left as they were; `haven doctor` lists them");
        }
        set(tx.c(), SEAL_FORMAT, SEALED_IN_PLACE).await?;
        resealed = true;
    }
    match stored {
        Some(fp) if fp != cipher.fingerprint() => {
            if !resealed {
                sealing::reseal_all(tx.c(), cipher, sealing::Unopened::Fail).await?;
            }
            tracing::info!(from = %fp, to = %cipher.fingerprint(), "finished key rotation");
        }
        Some(_) if !resealed => return Ok(()),
        _ => {}
    }
    set_fingerprint(tx.c(), &cipher.fingerprint()).await?;
    tx.commit_now().await
}

/// Seals the relationships older rows still hold plain (see `relations`) and commits.
pub(super) async fn seal_relations(tx: SqlTx, cipher: &Cipher) -> Result<()> {
    let sealed = relations::seal_plain_rows(tx.c(), cipher).await?;
    tx.commit_now().await?;
    if sealed > 0 {
        tracing::info!(rows = sealed, "sealed who reported whom in older rows");
    }
    Ok(())
}

/// Records the directory key's fingerprint on first use and refuses another one afterwards.
pub(super) async fn check_directory(tx: SqlTx, directory: &Key) -> Result<()> {
    let fingerprint = directory.fingerprint();
    match get(tx.c(), DIRECTORY_KEY_FINGERPRINT).await? {
        Some(fp) if fp == fingerprint => Ok(()),
        Some(fp) => Err(OpenError::WrongDirectoryKey { stored: fp }.into()),
        None => {
            sql::execute(
                tx.c(),
                "INSERT INTO meta (school_id, name, value) VALUES ($1, $2, $3)",
                &[&DATABASE_WIDE, &DIRECTORY_KEY_FINGERPRINT, &fingerprint],
            )
            .await?;
            tx.commit_now().await
        }
    }
}

/// Re-seals every sealed column with `rotated`'s current key and records its fingerprint.
pub(super) async fn rotate(tx: SqlTx, rotated: &Cipher) -> Result<()> {
    sealing::reseal_all(tx.c(), rotated, sealing::Unopened::Fail).await?;
    set_fingerprint(tx.c(), &rotated.fingerprint()).await?;
    tx.commit_now().await?;
    tracing::info!(key = %rotated.fingerprint(), "database re-sealed with a new key");
    Ok(())
}
