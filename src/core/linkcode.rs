//! Link codes: the one-time secret a person uses to bind a chat account to their record.
//!
//! A code is 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as
//! `ABCD-EFGH-JKMN`: 31^12 ≈ 8 × 10^17 possibilities, so with a handful of wrong guesses allowed
//! per account per hour, guessing is impractical. Only an HMAC of the code under the server's
//! [`LinkKey`] is stored, so a copy of the database alone does not let outstanding codes be
//! searched offline. Codes issued before that were stored as a plain SHA-256
//! ([`LinkCode::legacy_hash`]); they are still found until they expire.

use hmac::{Hmac, Mac};
use rand::Rng;
use secrecy::{ExposeSecret, SecretBox};
use sha2::{Digest, Sha256};
use std::fmt;

const ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const LEN: usize = 12;

/// A well-formed link code.
#[derive(Clone, PartialEq, Eq)]
pub struct LinkCode(String);

/// Why a typed code is not even well formed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LinkCodeError {
    #[error("a link code has 12 letters and digits")]
    Malformed,
}

impl LinkCode {
    /// A fresh random code.
    pub fn generate(rng: &mut impl Rng) -> LinkCode {
        let s = (0..LEN)
            .map(|_| ALPHABET[rng.gen_range(0..ALPHABET.len())] as char)
            .collect();
        LinkCode(s)
    }

    /// Reads a typed code: case, spaces and dashes are forgiven; look-alikes are mapped
    /// (`0`→`O` is not in the alphabet, so it is refused rather than guessed).
    pub fn parse(input: &str) -> Result<LinkCode, LinkCodeError> {
        let s: String = input
            .chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if s.len() != LEN || !s.bytes().all(|b| ALPHABET.contains(&b)) {
            return Err(LinkCodeError::Malformed);
        }
        Ok(LinkCode(s))
    }

    /// The stored form: an HMAC-SHA256 of the code under the link key, hex encoded.
    pub fn hash(&self, key: &LinkKey) -> String {
        let mut mac = <Hmac<Sha256> as Mac>::new_from_slice(key.0.expose_secret())
            .expect("HMAC takes a key of any length");
        mac.update(self.0.as_bytes());
        hex::encode(mac.finalize().into_bytes())
    }

    /// The form codes issued before link keys were stored in: a plain SHA-256 of the code, hex
    /// encoded. Only looked up, never written.
    pub fn legacy_hash(&self) -> String {
        hex::encode(Sha256::digest(self.0.as_bytes()))
    }

    /// Every stored form this code may have, newest first.
    pub fn hashes(&self, key: &LinkKey) -> [String; 2] {
        [self.hash(key), self.legacy_hash()]
    }

    /// The code as printed for a person (`ABCD-EFGH-JKMN`).
    pub fn display(&self) -> String {
        format!("{}-{}-{}", &self.0[0..4], &self.0[4..8], &self.0[8..12])
    }

    /// The code without dashes, for deep links (`t.me/bot?start=CODE`).
    pub fn compact(&self) -> &str {
        &self.0
    }
}

/// The server key link codes are stored under, derived from the directory key (which the bot
/// and the office's tools both hold, and the database does not) for this purpose alone.
pub struct LinkKey(SecretBox<[u8; 32]>);

impl LinkKey {
    /// The link key derived from a server secret: SHA-256 of a purpose label and the secret.
    pub fn derive(secret: &[u8]) -> LinkKey {
        let derived = Sha256::new()
            .chain_update(b"haven link codes\0")
            .chain_update(secret)
            .finalize();
        LinkKey(SecretBox::new(Box::new(derived.into())))
    }
}

impl Clone for LinkKey {
    fn clone(&self) -> Self {
        LinkKey(SecretBox::new(Box::new(*self.0.expose_secret())))
    }
}

impl fmt::Debug for LinkKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LinkKey([redacted])")
    }
}

impl fmt::Debug for LinkCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LinkCode([redacted])")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_code_parses_back_in_any_typing() {
        let code = LinkCode::generate(&mut rand::thread_rng());
        let typed = code.display().to_lowercase().replace('-', " ");
        assert_eq!(LinkCode::parse(&typed).unwrap(), code);
        let key = LinkKey::derive(b"server secret");
        assert_eq!(
            LinkCode::parse(code.compact()).unwrap().hash(&key),
            code.hash(&key)
        );
    }

    #[test]
    fn the_stored_form_depends_on_the_key_and_is_not_the_plain_sha256() {
        let mut rng = rand::thread_rng();
        let (a, b) = (LinkKey::derive(b"one"), LinkKey::derive(b"two"));
        for _ in 0..50 {
            let code = LinkCode::generate(&mut rng);
            let stored = code.hash(&a);
            assert_eq!(stored.len(), 64);
            assert_ne!(stored, code.legacy_hash());
            assert_ne!(stored, code.hash(&b));
            assert_eq!(code.hashes(&a), [stored, code.legacy_hash()]);
        }
    }

    #[test]
    fn the_link_key_never_appears_in_debug_output() {
        assert_eq!(
            format!("{:?}", LinkKey::derive(b"secret")),
            "LinkKey([redacted])"
        );
    }

    #[test]
    fn malformed_codes_are_refused() {
        for bad in [
            "",
            "ABCD",
            "ABCD-EFGH-JKM0",
            "ABCD-EFGH-JKMN-P",
            "ABCD-EFGH-JKM!",
        ] {
            assert_eq!(LinkCode::parse(bad), Err(LinkCodeError::Malformed), "{bad}");
        }
    }

    #[test]
    fn the_code_never_appears_in_debug_output() {
        let code = LinkCode::parse("ABCD-EFGH-JKMN").unwrap();
        assert!(!format!("{code:?}").contains("ABCD"));
    }
}
