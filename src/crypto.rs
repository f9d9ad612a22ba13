//! At-rest encryption of the sensitive columns (form drafts, sensitive outbox bodies, and later
//! concern records).
//!
//! A [`Key`] is 32 random bytes kept in a `secrecy` box; its [`Key::fingerprint`] is safe to
//! store and log. A [`Cipher`] seals with its current key (XChaCha20-Poly1305, random 24-byte
//! nonce) and opens with whichever of its keys a blob names, so keys can be rotated without
//! losing data. A sealed blob reads:
//!
//! ```text
//! [1 byte format version = 2][8 bytes key id][24 bytes nonce][ciphertext + 16 byte tag]
//! ```
//!
//! The key id is the first 8 bytes of the key's fingerprint hash. The associated data (which is
//! authenticated but not stored) is the version and key id followed by the value's place, a
//! [`Seal`]: its table, column and row identity, each as a 4-byte big-endian length and its
//! UTF-8 bytes. So a blob can be neither relabelled nor moved: copied into another row or
//! column it fails to open, with the same content-free error as a blob that was altered.
//!
//! Format 1 had no place in its associated data. [`Cipher::decrypt`] refuses it; only the
//! one-time upgrade of an older database opens it ([`Cipher::decrypt_any_format`]) to seal it
//! again in format 2.
//!
//! This module must never log, print or `Debug` key material or plaintext.

use base64::engine::general_purpose::STANDARD as B64;
use base64::Engine as _;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use secrecy::{ExposeSecret, SecretBox, SecretString};
use sha2::{Digest, Sha256};
use std::fmt;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Length of a key in bytes.
pub const KEY_LEN: usize = 32;
/// The format version of blobs sealed before values were bound to their place.
const FORMAT_V1: u8 = 1;
/// The format version written in front of every sealed blob: bound to its [`Seal`].
const FORMAT_V2: u8 = 2;
const KEY_ID_LEN: usize = 8;
const NONCE_LEN: usize = 24;
const HEADER_LEN: usize = 1 + KEY_ID_LEN + NONCE_LEN;

/// Why a key could not be read or a blob could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum CryptoError {
    /// The text is not base64 of exactly 32 bytes.
    #[error("a key is 32 bytes written in base64")]
    BadKey,
    /// A key file could not be read or written.
    #[error("key file {path}: {source}")]
    KeyFile {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// The blob is shorter than its header and tag.
    #[error("encrypted value is truncated")]
    Truncated,
    /// The blob was written by an unknown format.
    #[error("encrypted value has unknown format version {0}")]
    UnknownVersion(u8),
    /// None of the cipher's keys has the blob's key id.
    #[error("encrypted value needs the key with fingerprint {0}, which is not configured")]
    UnknownKey(String),
    /// Authentication failed: the blob was altered, moved from another place, or the key is
    /// wrong.
    #[error(
        "encrypted value failed authentication (altered, moved from another place, or wrong key)"
    )]
    Tampered,
    /// The blob is of format 1, which is not bound to a place; only the upgrade opens it.
    #[error("encrypted value predates sealing values to their place and was not upgraded")]
    Unplaced,
    /// The cipher holds no safeguarding key (a directory tool's): it seals and opens nothing.
    #[error(
        "this tool does not hold the safeguarding key, so it cannot seal or open sensitive data"
    )]
    NoKey,
}

/// Where a sealed value lives: its table, column and row identity. It is bound into the value's
/// authentication, so the value opens only with the same place. The row identity must be known
/// when the value is written and must never change while the value is kept (a primary key, or a
/// natural key such as a concern's school, year and number).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seal {
    table: &'static str,
    column: &'static str,
    row: String,
}

impl Seal {
    /// The place of `table.column` in the row named `row`.
    pub fn new(table: &'static str, column: &'static str, row: impl fmt::Display) -> Seal {
        Seal {
            table,
            column,
            row: row.to_string(),
        }
    }

    /// The table the value lives in.
    pub fn table(&self) -> &'static str {
        self.table
    }

    /// The column the value lives in.
    pub fn column(&self) -> &'static str {
        self.column
    }

    /// Associated data of a format 2 blob: its header, then the place.
    fn aad(&self, header: &[u8]) -> Vec<u8> {
        let mut aad = header.to_vec();
        for part in [self.table, self.column, self.row.as_str()] {
            let len = u32::try_from(part.len()).expect("a place is shorter than 4 GiB");
            aad.extend_from_slice(&len.to_be_bytes());
            aad.extend_from_slice(part.as_bytes());
        }
        aad
    }
}

/// A 32-byte secret key. `Debug` shows only the fingerprint.
pub struct Key(SecretBox<[u8; KEY_LEN]>);

impl Key {
    /// A fresh random key from the operating system's generator.
    pub fn generate() -> Key {
        let k = XChaCha20Poly1305::generate_key(&mut OsRng);
        Key::from_bytes(k.into())
    }

    fn from_bytes(bytes: [u8; KEY_LEN]) -> Key {
        Key(SecretBox::new(Box::new(bytes)))
    }

    /// Reads a key written by [`Key::to_base64`] (surrounding space ignored).
    pub fn from_base64(text: &str) -> Result<Key, CryptoError> {
        let raw = B64
            .decode(text.trim().as_bytes())
            .map_err(|_| CryptoError::BadKey)?;
        let bytes: [u8; KEY_LEN] = raw.try_into().map_err(|_| CryptoError::BadKey)?;
        Ok(Key::from_bytes(bytes))
    }

    /// The key in base64, for writing to a key file or a secret store.
    pub fn to_base64(&self) -> SecretString {
        SecretString::from(B64.encode(self.0.expose_secret()))
    }

    /// A short hex name of the key (16 hex digits of a SHA-256), safe to store and log.
    pub fn fingerprint(&self) -> String {
        hex::encode(self.key_id())
    }

    fn key_id(&self) -> [u8; KEY_ID_LEN] {
        let mut h = Sha256::new();
        h.update(b"haven key fingerprint v1\0");
        h.update(self.0.expose_secret());
        let digest = h.finalize();
        let mut id = [0u8; KEY_ID_LEN];
        id.copy_from_slice(&digest[..KEY_ID_LEN]);
        id
    }

    /// Reads a key file holding the base64 key.
    pub fn load_file(path: &Path) -> Result<Key, CryptoError> {
        let text = std::fs::read_to_string(path).map_err(|source| CryptoError::KeyFile {
            path: path.to_path_buf(),
            source,
        })?;
        Key::from_base64(&text)
    }

    /// Generates a key and writes it to a new file readable only by its owner (0600 on unix).
    /// Refuses to overwrite an existing file. The file appears whole or not at all (written
    /// beside it, then linked into place), so a process starting at the same moment never
    /// reads half a key.
    pub fn create_file(path: &Path) -> Result<Key, CryptoError> {
        let key = Key::generate();
        let io_err = |source| CryptoError::KeyFile {
            path: path.to_path_buf(),
            source,
        };
        let mut draft = path.as_os_str().to_owned();
        draft.push(format!(".new-{}", std::process::id()));
        let draft = std::path::PathBuf::from(draft);
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let written = (|| {
            let mut file = opts.open(&draft)?;
            writeln!(file, "{}", key.to_base64().expose_secret())?;
            file.sync_all()?;
            std::fs::hard_link(&draft, path)
        })();
        // The draft goes whether or not it was linked; a leftover one holds no key in use.
        let _ = std::fs::remove_file(&draft);
        written.map_err(io_err)?;
        Ok(key)
    }

    /// The key in the file at `path`, creating the file first when there is none; `true` when
    /// this call created it. Two processes starting together end up with the same key.
    pub fn load_or_create_file(path: &Path) -> Result<(Key, bool), CryptoError> {
        if path.exists() {
            return Ok((Key::load_file(path)?, false));
        }
        match Key::create_file(path) {
            Ok(key) => Ok((key, true)),
            Err(CryptoError::KeyFile { source, .. })
                if source.kind() == std::io::ErrorKind::AlreadyExists =>
            {
                Ok((Key::load_file(path)?, false))
            }
            Err(e) => Err(e),
        }
    }

    /// The key link codes are stored under, derived from this key (the directory key).
    pub fn link_key(&self) -> crate::core::linkcode::LinkKey {
        crate::core::linkcode::LinkKey::derive(self.0.expose_secret())
    }

    fn aead(&self) -> XChaCha20Poly1305 {
        XChaCha20Poly1305::new(self.0.expose_secret().into())
    }
}

impl Clone for Key {
    fn clone(&self) -> Self {
        Key::from_bytes(*self.0.expose_secret())
    }
}

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Key(fingerprint {})", self.fingerprint())
    }
}

/// Seals with the current key; opens with the current key or any older one. A cipher made by
/// [`Cipher::sealed_off`] holds no key at all.
#[derive(Clone)]
pub struct Cipher {
    current: Option<Key>,
    old: Vec<Key>,
}

impl Cipher {
    /// A cipher with one key.
    pub fn new(current: Key) -> Cipher {
        Cipher {
            current: Some(current),
            old: Vec::new(),
        }
    }

    /// A cipher with no key, for the office's directory tools: sealing fails with
    /// [`CryptoError::NoKey`] and nothing sealed can be opened.
    pub fn sealed_off() -> Cipher {
        Cipher {
            current: None,
            old: Vec::new(),
        }
    }

    /// True when the cipher holds a key to seal with.
    pub fn can_seal(&self) -> bool {
        self.current.is_some()
    }

    /// Adds an older key that is still accepted for opening (during a rotation).
    pub fn with_old_key(mut self, old: Key) -> Cipher {
        self.old.push(old);
        self
    }

    /// The cipher after rotating to `new`: the present current key becomes an old key.
    pub fn rotated(&self, new: Key) -> Cipher {
        let mut old: Vec<Key> = self.current.iter().cloned().collect();
        old.extend(self.old.iter().cloned());
        Cipher {
            current: Some(new),
            old,
        }
    }

    /// A keyed pseudonym of `value` (hex HMAC-SHA256 under a key derived from the current key
    /// for `purpose`): equal values give equal pseudonyms, and without the key a pseudonym
    /// says nothing. Changes when the key is rotated.
    pub fn pseudonym(&self, purpose: &str, value: &str) -> Result<String, CryptoError> {
        use hmac::{Hmac, Mac};
        let current = self.current.as_ref().ok_or(CryptoError::NoKey)?;
        let derived = Sha256::new()
            .chain_update(b"haven pseudonym key\0")
            .chain_update(purpose.as_bytes())
            .chain_update(b"\0")
            .chain_update(current.0.expose_secret())
            .finalize();
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(&derived)
            .expect("HMAC takes a key of any length");
        mac.update(value.as_bytes());
        Ok(hex::encode(mac.finalize().into_bytes()))
    }

    /// The fingerprint of the key new blobs are sealed with (empty for a sealed-off cipher).
    pub fn fingerprint(&self) -> String {
        self.current
            .as_ref()
            .map_or_else(String::new, Key::fingerprint)
    }

    /// True when the current key or an older one has this fingerprint.
    pub fn knows(&self, fingerprint: &str) -> bool {
        self.keys().any(|k| k.fingerprint() == fingerprint)
    }

    fn keys(&self) -> impl Iterator<Item = &Key> {
        self.current.iter().chain(self.old.iter())
    }

    /// Seals `plaintext`, which lives at `place`, with the current key and a fresh random
    /// nonce.
    pub fn encrypt(&self, plaintext: &[u8], place: &Seal) -> Result<Vec<u8>, CryptoError> {
        self.seal_as(FORMAT_V2, plaintext, Some(place))
    }

    fn seal_as(
        &self,
        version: u8,
        plaintext: &[u8],
        place: Option<&Seal>,
    ) -> Result<Vec<u8>, CryptoError> {
        let current = self.current.as_ref().ok_or(CryptoError::NoKey)?;
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let mut out = Vec::with_capacity(HEADER_LEN + plaintext.len() + 16);
        out.push(version);
        out.extend_from_slice(&current.key_id());
        let aad = place.map_or_else(|| out.clone(), |p| p.aad(&out));
        out.extend_from_slice(&nonce);
        let sealed = current
            .aead()
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad: &aad,
                },
            )
            .expect("XChaCha20-Poly1305 encryption of an in-memory buffer cannot fail");
        out.extend_from_slice(&sealed);
        Ok(out)
    }

    /// Opens a blob sealed by [`Cipher::encrypt`] for the same `place`, with any key this
    /// cipher holds. A blob of another place fails as [`CryptoError::Tampered`].
    pub fn decrypt(&self, blob: &[u8], place: &Seal) -> Result<Vec<u8>, CryptoError> {
        match blob.first() {
            Some(&FORMAT_V1) if blob.len() >= HEADER_LEN + 16 => Err(CryptoError::Unplaced),
            _ => self.open_as(FORMAT_V2, blob, Some(place)),
        }
    }

    /// Opens a blob of either format: format 2 for `place`, or format 1 (bound to no place).
    /// Only for sealing older values again (the upgrade, and key rotation); everything else
    /// uses [`Cipher::decrypt`].
    pub fn decrypt_any_format(&self, blob: &[u8], place: &Seal) -> Result<Vec<u8>, CryptoError> {
        match blob.first() {
            Some(&FORMAT_V1) => self.open_as(FORMAT_V1, blob, None),
            _ => self.open_as(FORMAT_V2, blob, Some(place)),
        }
    }

    fn open_as(
        &self,
        version: u8,
        blob: &[u8],
        place: Option<&Seal>,
    ) -> Result<Vec<u8>, CryptoError> {
        if blob.len() < HEADER_LEN + 16 {
            return Err(CryptoError::Truncated);
        }
        if blob[0] != version {
            return Err(CryptoError::UnknownVersion(blob[0]));
        }
        let (header, rest) = blob.split_at(1 + KEY_ID_LEN);
        let (nonce, sealed) = rest.split_at(NONCE_LEN);
        let key_id = &header[1..];
        let key = self
            .keys()
            .find(|k| k.key_id() == key_id)
            .ok_or_else(|| CryptoError::UnknownKey(hex::encode(key_id)))?;
        let aad = place.map_or_else(|| header.to_vec(), |p| p.aad(header));
        key.aead()
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: &aad,
                },
            )
            .map_err(|_| CryptoError::Tampered)
    }

    /// Seals in format 1 (no place), as Haven did before values were bound to their place:
    /// for tests of the upgrade only.
    #[cfg(test)]
    pub(crate) fn encrypt_v1(&self, plaintext: &[u8]) -> Result<Vec<u8>, CryptoError> {
        self.seal_as(FORMAT_V1, plaintext, None)
    }
}

/// The fingerprint of the key a sealed blob names in its header (see the module docs), without
/// opening it; `None` when the blob is too short or of an unknown format.
pub fn key_id_of(blob: &[u8]) -> Option<String> {
    if blob.len() < HEADER_LEN + 16 || !matches!(blob[0], FORMAT_V1 | FORMAT_V2) {
        return None;
    }
    Some(hex::encode(&blob[1..1 + KEY_ID_LEN]))
}

impl fmt::Debug for Cipher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Cipher")
            .field("current", &self.current)
            .field("old", &self.old)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The place most tests seal at.
    pub(super) fn here() -> Seal {
        Seal::new("drafts", "state_sealed", 7)
    }

    #[test]
    fn round_trip() {
        let c = Cipher::new(Key::generate());
        let blob = c.encrypt(b"the secret answer", &here()).unwrap();
        assert_eq!(c.decrypt(&blob, &here()).unwrap(), b"the secret answer");
        assert!(!blob.windows(6).any(|w| w == b"secret"));
        assert_eq!(blob[0], FORMAT_V2);
        assert_eq!(hex::encode(&blob[1..9]), c.fingerprint());
    }

    #[test]
    fn nonces_differ_between_encryptions() {
        let c = Cipher::new(Key::generate());
        assert_ne!(
            c.encrypt(b"same", &here()).unwrap(),
            c.encrypt(b"same", &here()).unwrap()
        );
    }

    #[test]
    fn tampering_is_detected_anywhere_in_the_blob() {
        let c = Cipher::new(Key::generate());
        let blob = c.encrypt(b"hello there", &here()).unwrap();
        for i in 0..blob.len() {
            let mut bad = blob.clone();
            bad[i] ^= 0x01;
            assert!(
                c.decrypt(&bad, &here()).is_err(),
                "flip at byte {i} went unnoticed"
            );
        }
        assert!(matches!(
            c.decrypt(&blob[..blob.len() - 1], &here()),
            Err(CryptoError::Tampered)
        ));
        assert!(matches!(
            c.decrypt(&blob[..20], &here()),
            Err(CryptoError::Truncated)
        ));
    }

    #[test]
    fn a_wrong_key_is_refused() {
        let a = Cipher::new(Key::generate());
        let b = Cipher::new(Key::generate());
        let blob = a.encrypt(b"x", &here()).unwrap();
        assert!(matches!(
            b.decrypt(&blob, &here()),
            Err(CryptoError::UnknownKey(_))
        ));

        // Even with the key id forged to match, the wrong key fails authentication.
        let mut forged = blob.clone();
        forged[1..9].copy_from_slice(&hex::decode(b.fingerprint()).unwrap());
        assert!(matches!(
            b.decrypt(&forged, &here()),
            Err(CryptoError::Tampered)
        ));
    }

    #[test]
    fn old_keys_still_open_after_rotation() {
        let first = Cipher::new(Key::generate());
        let old_blob = first.encrypt(b"before", &here()).unwrap();
        let second = first.rotated(Key::generate());
        assert_ne!(second.fingerprint(), first.fingerprint());
        assert!(second.knows(&first.fingerprint()));
        assert_eq!(second.decrypt(&old_blob, &here()).unwrap(), b"before");
        let new_blob = second.encrypt(b"after", &here()).unwrap();
        assert_eq!(&new_blob[1..9], hex::decode(second.fingerprint()).unwrap());
        assert!(first.decrypt(&new_blob, &here()).is_err());
    }

    #[test]
    fn keys_survive_base64_and_files_but_not_debug() {
        let key = Key::generate();
        let text = key.to_base64();
        let back = Key::from_base64(text.expose_secret()).unwrap();
        assert_eq!(back.fingerprint(), key.fingerprint());
        assert!(!format!("{key:?}").contains(text.expose_secret()));
        assert!(matches!(
            Key::from_base64("c2hvcnQ="),
            Err(CryptoError::BadKey)
        ));
        assert!(Key::from_base64("not base64!").is_err());

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("haven.key");
        let made = Key::create_file(&path).unwrap();
        assert_eq!(
            Key::load_file(&path).unwrap().fingerprint(),
            made.fingerprint()
        );
        assert!(Key::create_file(&path).is_err(), "must not overwrite");
        let (again, created) = Key::load_or_create_file(&path).unwrap();
        assert!(!created);
        assert_eq!(
            again.fingerprint(),
            made.fingerprint(),
            "the file's key is kept"
        );
        let others: Vec<_> = std::fs::read_dir(path.parent().unwrap())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .filter(|n| *n != path.file_name().unwrap())
            .collect();
        assert!(
            others.is_empty(),
            "no draft left beside the key: {others:?}"
        );
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
    }
}

#[cfg(test)]
mod key_ids {
    use super::*;

    #[test]
    fn the_key_id_of_a_blob_is_the_fingerprint_of_the_key_that_sealed_it() {
        let first = Cipher::new(Key::generate());
        let second = first.rotated(Key::generate());
        let a = first.encrypt(b"before", &Seal::new("t", "c", 1)).unwrap();
        let b = second.encrypt(b"after", &Seal::new("t", "c", 1)).unwrap();
        assert_eq!(key_id_of(&a), Some(first.fingerprint()));
        assert_eq!(key_id_of(&b), Some(second.fingerprint()));
        assert_eq!(key_id_of(&a[..20]), None);
        let mut unknown = a.clone();
        unknown[0] = 9;
        assert_eq!(key_id_of(&unknown), None);
    }
}

#[cfg(test)]
mod sealed_off {
    use super::tests::here;
    use super::*;

    #[test]
    fn a_sealed_off_cipher_seals_nothing_and_opens_nothing() {
        let real = Cipher::new(Key::generate());
        let blob = real.encrypt(b"concern details", &here()).unwrap();
        let none = Cipher::sealed_off();
        assert!(!none.can_seal());
        assert!(matches!(
            none.encrypt(b"x", &here()),
            Err(CryptoError::NoKey)
        ));
        assert!(matches!(
            none.decrypt(&blob, &here()),
            Err(CryptoError::UnknownKey(_))
        ));
        assert_eq!(none.fingerprint(), "");
    }
}

#[cfg(test)]
mod places {
    use super::*;

    /// Places that differ from each other in one part each, or in where a part ends.
    fn places() -> Vec<Seal> {
        vec![
            Seal::new("concerns", "details_sealed", "1/2025/1"),
            Seal::new("concerns", "details_sealed", "1/2025/2"),
            Seal::new("concerns", "details_sealed", "2/2025/1"),
            Seal::new("concerns", "facts_sealed", "1/2025/1"),
            Seal::new("concern_entries", "details_sealed", "1/2025/1"),
            Seal::new("streams", "link_sealed", 4),
            Seal::new("streams", "passcode_sealed", 4),
            Seal::new("streams", "link_sealed", 5),
            Seal::new("streams", "link_sealed4", ""),
            Seal::new("streamsl", "ink_sealed", 4),
        ]
    }

    #[test]
    fn a_value_opens_only_in_its_own_place() {
        let c = Cipher::new(Key::generate());
        for (i, from) in places().iter().enumerate() {
            let blob = c.encrypt(b"what happened", from).unwrap();
            for (j, to) in places().iter().enumerate() {
                let opened = c.decrypt(&blob, to);
                if i == j {
                    assert_eq!(opened.unwrap(), b"what happened");
                } else {
                    let e = opened.unwrap_err();
                    assert!(matches!(e, CryptoError::Tampered), "{from:?} -> {to:?}");
                    assert!(!e.to_string().contains("what"), "{e}");
                }
            }
        }
    }

    #[test]
    fn format_1_opens_only_through_the_upgrade() {
        let c = Cipher::new(Key::generate());
        let here = Seal::new("outbox", "body_sealed", 3);
        let old = c.encrypt_v1(b"before places").unwrap();
        assert_eq!(old[0], FORMAT_V1);
        assert!(matches!(c.decrypt(&old, &here), Err(CryptoError::Unplaced)));
        assert_eq!(c.decrypt_any_format(&old, &here).unwrap(), b"before places");

        // Relabelling a format 1 blob as format 2 (or back) does not make it open.
        let mut relabelled = old.clone();
        relabelled[0] = FORMAT_V2;
        assert!(c.decrypt(&relabelled, &here).is_err());
        let mut back = c.encrypt(b"x", &here).unwrap();
        back[0] = FORMAT_V1;
        assert!(c.decrypt_any_format(&back, &here).is_err());

        // The upgrade path still checks the place of a format 2 blob, and old keys open both.
        let new = c.encrypt(b"after", &here).unwrap();
        let elsewhere = Seal::new("outbox", "body_sealed", 4);
        assert!(c.decrypt_any_format(&new, &elsewhere).is_err());
        let rotated = c.rotated(Key::generate());
        assert_eq!(
            rotated.decrypt_any_format(&old, &here).unwrap(),
            b"before places"
        );
        assert_eq!(rotated.decrypt_any_format(&new, &here).unwrap(), b"after");
    }
}
