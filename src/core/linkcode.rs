//! Link codes: the one-time secret a person uses to bind a chat account to their record.
//!
//! A code is 12 characters from an alphabet without look-alikes (no 0/O, 1/I/L), shown as
//! `ABCD-EFGH-JKMN`: 31^12 ≈ 8 × 10^17 possibilities, so with a handful of wrong guesses allowed
//! per account per hour, guessing is impractical. Only a hash of the code is stored.

use rand::Rng;
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

    /// The stored form: a SHA-256 of the code, hex encoded.
    pub fn hash(&self) -> String {
        hex::encode(Sha256::digest(self.0.as_bytes()))
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
        assert_eq!(LinkCode::parse(code.compact()).unwrap().hash(), code.hash());
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
