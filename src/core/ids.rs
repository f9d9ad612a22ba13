//! Identifiers of schools, people, chat platforms and the places people talk in.
//!
//! Platform identifiers are opaque strings here: only an adapter knows that a Telegram chat id
//! is a number or that a Discord id is a snowflake.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A school (every stored row carries one). One school by default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub struct SchoolId(pub i64);

impl Default for SchoolId {
    fn default() -> Self {
        SchoolId(1)
    }
}

/// A person in the school's directory.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub struct PersonId(pub i64);

impl fmt::Display for PersonId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// A chat platform Haven speaks on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum Platform {
    /// The local console (and the in-memory chat used by tests).
    Console,
    Telegram,
    Discord,
    /// Microsoft Teams (the Bot Framework).
    Teams,
}

impl Platform {
    /// Every platform, in order of preference for reaching a person.
    pub const ALL: [Platform; 4] = [
        Platform::Telegram,
        Platform::Teams,
        Platform::Discord,
        Platform::Console,
    ];

    /// The stable name used in storage and configuration.
    pub fn as_str(self) -> &'static str {
        match self {
            Platform::Console => "console",
            Platform::Telegram => "telegram",
            Platform::Discord => "discord",
            Platform::Teams => "teams",
        }
    }

    /// Parses a stored platform name.
    pub fn parse(s: &str) -> Option<Platform> {
        match s {
            "console" => Some(Platform::Console),
            "telegram" => Some(Platform::Telegram),
            "discord" => Some(Platform::Discord),
            "teams" => Some(Platform::Teams),
            _ => None,
        }
    }
}

impl fmt::Display for Platform {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One account on one platform (a Telegram user, a Discord user, a console name).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
pub struct Account {
    pub platform: Platform,
    /// The platform's own user id, as text.
    pub id: String,
}

impl Account {
    pub fn new(platform: Platform, id: impl Into<String>) -> Self {
        Self {
            platform,
            id: id.into(),
        }
    }
}

/// A group chat, channel or server thread on one platform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct GroupChat {
    pub platform: Platform,
    /// The platform's own chat or channel id, as text.
    pub id: String,
}

impl GroupChat {
    pub fn new(platform: Platform, id: impl Into<String>) -> Self {
        Self {
            platform,
            id: id.into(),
        }
    }
}

/// Where a delivery goes, resolved from a `Recipient` (`core::message`) when it was queued.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Address {
    /// The private chat with this account.
    Private(String),
    /// A group chat.
    Group(String),
    /// Nobody in particular: the command menu everyone sees (in the job's language). Only menu
    /// jobs go here.
    Everyone,
}
