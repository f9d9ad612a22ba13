//! Concern references: `C-2026-0042`, numbered in sequence per school per year.
//!
//! A [`ConcernRef`] can only be made by [`ConcernRef::parse`] (from what someone typed or a
//! button carried) or [`ConcernRef::new`] (when a concern is saved), so anything holding one
//! holds a well-formed reference. A well-formed reference says nothing about whether the case
//! exists or who may open it.

use std::fmt;

/// A well-formed concern reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ConcernRef {
    year: i32,
    seq: u32,
}

/// Why a text is not a concern reference.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("not a concern reference")]
pub struct NotARef;

impl ConcernRef {
    /// The reference of the `seq`th concern of `year` (both must be in range).
    pub fn new(year: i32, seq: u32) -> Result<ConcernRef, NotARef> {
        if (2000..=9999).contains(&year) && (1..=999_999).contains(&seq) {
            Ok(ConcernRef { year, seq })
        } else {
            Err(NotARef)
        }
    }

    /// Reads `C-2026-0042` (case and surrounding space ignored; `C20260042` and `c-2026-42` too).
    pub fn parse(text: &str) -> Result<ConcernRef, NotARef> {
        let t = text.trim().to_ascii_uppercase();
        let rest = t.strip_prefix('C').ok_or(NotARef)?;
        let rest = rest.strip_prefix('-').unwrap_or(rest);
        if rest.len() < 5 || !rest.is_char_boundary(4) {
            return Err(NotARef);
        }
        let (year, seq) = rest.split_at(4);
        let seq = seq.strip_prefix('-').unwrap_or(seq);
        let digits =
            |s: &str| !s.is_empty() && s.len() <= 6 && s.bytes().all(|b| b.is_ascii_digit());
        if !digits(year) || !digits(seq) {
            return Err(NotARef);
        }
        let year = year.parse().map_err(|_| NotARef)?;
        let seq = seq.parse().map_err(|_| NotARef)?;
        ConcernRef::new(year, seq)
    }

    pub fn year(self) -> i32 {
        self.year
    }

    pub fn seq(self) -> u32 {
        self.seq
    }
}

impl fmt::Display for ConcernRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "C-{}-{:04}", self.year, self.seq)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_read_the_way_people_type_them() {
        let r = ConcernRef::new(2026, 42).unwrap();
        assert_eq!(r.to_string(), "C-2026-0042");
        for typed in [
            "C-2026-0042",
            " c-2026-0042 ",
            "C20260042",
            "C-2026-42",
            "c2026-0042",
        ] {
            assert_eq!(ConcernRef::parse(typed), Ok(r), "{typed}");
        }
        assert_eq!(
            ConcernRef::new(2026, 12345).unwrap().to_string(),
            "C-2026-12345"
        );
    }

    #[test]
    fn anything_else_is_refused() {
        for bad in [
            "",
            "C-",
            "C-2026",
            "C-2026-",
            "C-2026-0000",
            "D-2026-0042",
            "C-1999-0001",
            "C-2026-0042; DROP TABLE",
            "C-2026--1",
            "C-ab12-0001",
            "C-2026-1234567",
            "Cé-2026-0001",
            "C-20ż6-0001",
        ] {
            assert_eq!(ConcernRef::parse(bad), Err(NotARef), "{bad}");
        }
    }
}
