//! What can go wrong in the core: [`StoreError`] from the storage port, and [`Error`], which a
//! handler or a sweep returns.
//!
//! A leaf: it imports nothing else from the core, so every module can name its errors without
//! an import circle. Messages never carry what a person wrote or what a row holds: a stored
//! value that cannot be read is described by its place, an engine's failure by its own error
//! (which the engine keeps content-free).

use std::error::Error as StdError;
use std::fmt;

/// Why the storage port could not do what it was asked.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database stayed busy (another process held its write lock) for longer than a
    /// transaction waits to begin. Nothing was read or written.
    #[error("the database stayed locked by another connection")]
    Busy,
    /// The engine failed (a statement, the connection, a constraint): its own error, which
    /// says what failed and where, never what a row holds.
    #[error(transparent)]
    Engine(Box<dyn StdError + Send + Sync>),
    /// A stored value cannot be opened or read; the message names its place, never its content.
    #[error("a stored value cannot be read: {0}")]
    Unreadable(String),
}

impl StoreError {
    /// An engine failure with this cause.
    pub fn engine(e: impl Into<Box<dyn StdError + Send + Sync>>) -> StoreError {
        StoreError::Engine(e.into())
    }

    /// True when the database was busy.
    pub fn is_busy(&self) -> bool {
        matches!(self, StoreError::Busy)
    }
}

/// Why a handler, a form or a sweep could not finish. Nothing it did is kept.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The storage port failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Something the core relies on did not hold (a form finished without an answer it
    /// requires, a row just written is missing). The message is a fixed description.
    #[error("{0}")]
    Broken(&'static str),
}

impl Error {
    /// True when the database was busy.
    pub fn is_busy(&self) -> bool {
        matches!(self, Error::Store(s) if s.is_busy())
    }
}

/// The result of the core's handlers and sweeps.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Gives `None` a fixed description, as [`Error::Broken`].
pub trait Expect<T> {
    /// The value, or [`Error::Broken`] saying what was missing.
    fn or_broken(self, what: &'static str) -> Result<T>;
}

impl<T> Expect<T> for Option<T> {
    fn or_broken(self, what: &'static str) -> Result<T> {
        self.ok_or(Error::Broken(what))
    }
}

/// An error with every cause after it, `a: b: c`, for a log line.
pub struct Chain<'a>(pub &'a (dyn StdError + 'static));

impl fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)?;
        let mut next = self.0.source();
        while let Some(e) = next {
            write!(f, ": {e}")?;
            next = e.source();
        }
        Ok(())
    }
}

/// The result of the storage port.
pub type StoreResult<T, E = StoreError> = std::result::Result<T, E>;
