//! The database's lock file and owner-only files.
//!
//! Every process that opens a database with the safeguarding key (the bot, reports, `haven
//! doctor`) holds a shared advisory lock on `<database>.lock` for as long as the store is open;
//! `haven rotate-key` holds it exclusively. So a rotation cannot start while the bot runs, and
//! the bot cannot start while a rotation runs: neither waits, both refuse with
//! [`OpenError::InUse`] or [`OpenError::Rotating`]. The operating system releases the lock
//! when its process ends, however it ends.
//!
//! The database file is created owner-only (0600 on unix) before SQLite opens it; SQLite gives
//! its `-wal` and `-shm` files the database file's permissions.
//!
//! This module must never widen a file's permissions, and never wait for a lock.

use crate::store::OpenError;
use anyhow::{Context, Result};
use std::fs::{File, OpenOptions, TryLockError};
use std::path::{Path, PathBuf};

/// How a process holds the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LockMode {
    /// Beside others that share it: the bot and the tools that read with the key.
    Shared,
    /// Alone: a key rotation.
    Exclusive,
}

/// A held lock on a database's lock file; released when dropped.
#[derive(Debug)]
pub struct DbLock {
    _file: File,
}

/// The lock file beside a database file.
pub fn lock_path(database: &Path) -> PathBuf {
    let mut name = database.as_os_str().to_os_string();
    name.push(".lock");
    PathBuf::from(name)
}

impl DbLock {
    /// Takes the lock on `database`'s lock file in `mode`, or refuses at once if another
    /// process holds it in a way that conflicts.
    pub fn take(database: &Path, mode: LockMode) -> Result<DbLock> {
        let path = lock_path(database);
        let file = private_options()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .with_context(|| format!("opening the lock file {}", path.display()))?;
        let taken = match mode {
            LockMode::Shared => file.try_lock_shared(),
            LockMode::Exclusive => file.try_lock(),
        };
        match taken {
            Ok(()) => Ok(DbLock { _file: file }),
            Err(TryLockError::WouldBlock) => Err(match mode {
                LockMode::Shared => OpenError::Rotating,
                LockMode::Exclusive => OpenError::InUse,
            }
            .into()),
            Err(TryLockError::Error(e)) => {
                Err(e).with_context(|| format!("locking {}", path.display()))
            }
        }
    }
}

/// Creates the database file readable and writable by its owner only, if it does not exist yet,
/// so that SQLite (and its `-wal` and `-shm` files) never start wider.
pub fn create_private(database: &Path) -> Result<()> {
    match private_options()
        .write(true)
        .create_new(true)
        .open(database)
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(e).with_context(|| format!("creating {}", database.display())),
    }
}

fn private_options() -> OpenOptions {
    #[allow(unused_mut)]
    let mut options = OpenOptions::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shared_locks_share_and_an_exclusive_one_stands_alone() {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join("haven.db");
        let bot = DbLock::take(&db, LockMode::Shared).unwrap();
        let report = DbLock::take(&db, LockMode::Shared).unwrap();
        let refused = DbLock::take(&db, LockMode::Exclusive).unwrap_err();
        assert!(matches!(refused.downcast_ref(), Some(OpenError::InUse)));
        drop((bot, report));
        let rotation = DbLock::take(&db, LockMode::Exclusive).unwrap();
        let refused = DbLock::take(&db, LockMode::Shared).unwrap_err();
        assert!(matches!(refused.downcast_ref(), Some(OpenError::Rotating)));
        drop(rotation);
        DbLock::take(&db, LockMode::Shared).unwrap();
    }
}
