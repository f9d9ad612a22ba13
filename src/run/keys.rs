//! The operator's side of the keys: old keys from the configuration, `haven rotate-key` (and
//! its `--check`), warnings about key and database files other users can read, and the
//! operator's words for the store's key errors.
//!
//! This module must never print or log a key, and never widen a file's permissions.

use crate::config::Config;
use crate::core::people::Lang;
use crate::crypto::{Cipher, CryptoError, Key};
use crate::i18n::I18n;
use crate::store::{self, KeyChanged, OpenError};
use anyhow::{anyhow, bail, Context};
use secrecy::ExposeSecret;
use std::path::{Path, PathBuf};

/// The keys listed in `secrets.old_keys`: each the key itself (base64) or a key file's path.
pub fn old_keys(cfg: &Config) -> anyhow::Result<Vec<Key>> {
    let mut keys = Vec::new();
    for (n, entry) in cfg.secrets.old_keys.iter().enumerate() {
        let entry = entry.expose_secret();
        let key = match Key::from_base64(entry) {
            Ok(key) => key,
            Err(CryptoError::BadKey) => match Key::load_file(Path::new(entry)) {
                Ok(key) => key,
                Err(_) => bail!(
                    "{}",
                    text(
                        cfg,
                        "keys-old-key-unreadable",
                        &[("number", (n + 1).to_string())]
                    )?
                ),
            },
            Err(e) => return Err(e.into()),
        };
        keys.push(key);
    }
    Ok(keys)
}

/// `haven rotate-key --new-key-file FILE`: writes the new key file first (owner-only) if it
/// does not exist, then re-seals everything with it, holding the database alone. Run again
/// after an interruption, it finishes the work. With `--check`, says how many values each key
/// still seals and fails unless the current key seals them all.
pub async fn rotate(cfg: &Config, new_key_file: Option<&Path>, check: bool) -> anyhow::Result<()> {
    let cipher = super::load_cipher(cfg, false)?;
    if check {
        return census(cfg, cipher).await;
    }
    let path = new_key_file.context("--new-key-file is needed to rotate")?;
    let new = if path.exists() {
        warn_if_loose(cfg, path)?;
        Key::load_file(path)?
    } else {
        Key::create_file(path)?
    };
    let fingerprint = new.fingerprint();
    store::rotate_key(&cfg.database.url, cipher, new)
        .await
        .map_err(|e| explain(cfg, e))?;
    let args = [
        ("path", path.display().to_string()),
        ("fingerprint", fingerprint),
    ];
    println!("{}", text(cfg, "keys-rotated", &args)?);
    Ok(())
}

async fn census(cfg: &Config, cipher: Cipher) -> anyhow::Result<()> {
    let counts = store::key_census(&cfg.database.url, cipher.clone())
        .await
        .map_err(|e| explain(cfg, e))?;
    let current = cipher.fingerprint();
    for k in &counts {
        let which = if k.fingerprint == current {
            "current"
        } else if cipher.knows(&k.fingerprint) {
            "old"
        } else {
            "unknown"
        };
        let args = [
            ("table", k.table.to_string()),
            ("column", k.column.to_string()),
            ("values", k.values.to_string()),
            ("fingerprint", k.fingerprint.clone()),
            ("which", which.to_string()),
        ];
        println!("{}", text(cfg, "keys-check-line", &args)?);
    }
    let stale: usize = counts
        .iter()
        .filter(|k| k.fingerprint != current)
        .map(|k| k.values)
        .sum();
    let fp = ("fingerprint", current);
    if stale > 0 {
        bail!(
            "{}",
            text(
                cfg,
                "keys-check-stale",
                &[("values", stale.to_string()), fp]
            )?
        );
    }
    let key = if counts.is_empty() {
        "keys-check-none"
    } else {
        "keys-check-current"
    };
    println!("{}", text(cfg, key, &[fp])?);
    Ok(())
}

/// The key files and the database file that other users of this computer can read.
pub fn loose_files(cfg: &Config) -> Vec<(PathBuf, u32)> {
    let mut files = Vec::new();
    if cfg.secrets.key.is_none() {
        files.push(cfg.secrets.key_file.clone());
    }
    if cfg.secrets.directory_key.is_none() {
        files.push(cfg.secrets.directory_key_file.clone());
    }
    files.extend(store::database_file(&cfg.database.url));
    files
        .into_iter()
        .filter_map(|path| mode_if_loose(&path).map(|mode| (path, mode)))
        .collect()
}

/// The operator's warning for each file in [`loose_files`].
pub fn loose_file_warnings(cfg: &Config) -> anyhow::Result<Vec<String>> {
    loose_files(cfg)
        .into_iter()
        .map(|(path, mode)| {
            let args = [
                ("path", path.display().to_string()),
                ("mode", format!("{mode:o}")),
            ];
            text(cfg, "keys-file-readable-by-others", &args)
        })
        .collect()
}

fn warn_if_loose(cfg: &Config, path: &Path) -> anyhow::Result<()> {
    if let Some(mode) = mode_if_loose(path) {
        let args = [
            ("path", path.display().to_string()),
            ("mode", format!("{mode:o}")),
        ];
        tracing::warn!("{}", text(cfg, "keys-file-readable-by-others", &args)?);
    }
    Ok(())
}

/// The file's permission bits when its group or others may read or write it.
#[cfg(unix)]
fn mode_if_loose(path: &Path) -> Option<u32> {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(path).ok()?.permissions().mode() & 0o777;
    (mode & 0o077 != 0).then_some(mode)
}

#[cfg(not(unix))]
fn mode_if_loose(_path: &Path) -> Option<u32> {
    None
}

/// The operator's words for the store's key and lock errors; any other error as it is.
pub fn explain(cfg: &Config, e: anyhow::Error) -> anyhow::Error {
    let said = if let Some(open) = e.downcast_ref::<OpenError>() {
        match open {
            OpenError::WrongKey { stored } => {
                text(cfg, "keys-wrong-key", &[("stored", stored.clone())])
            }
            OpenError::InUse => text(cfg, "keys-in-use", &[]),
            OpenError::Rotating => text(cfg, "keys-rotating", &[]),
            OpenError::InstancesAlive { count, seconds } => text(
                cfg,
                "keys-in-use-instances",
                &[
                    ("count", count.to_string()),
                    ("seconds", seconds.to_string()),
                ],
            ),
            _ => return e,
        }
    } else if let Some(KeyChanged { stored }) = store::key_changed(&e) {
        text(cfg, "keys-changed", &[("stored", stored.clone())])
    } else {
        return e;
    };
    match said {
        Ok(words) => anyhow!(words),
        Err(_) => e,
    }
}

fn text(cfg: &Config, key: &str, args: &[(&str, String)]) -> anyhow::Result<String> {
    Ok(I18n::load(cfg.school.timezone)?.text_with(Lang::EnGb, key, args))
}
