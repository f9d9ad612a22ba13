//! Livestream settings (`[school.streams]` in `haven.toml`). A leaf: the school's settings
//! hold these, so this module imports nothing else from the core.

use chrono::Duration;
use serde::Deserialize;

/// Livestream settings (`[school.streams]` in `haven.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct StreamSettings {
    /// A member of the SLT must approve a stream before anything is sent.
    pub require_approval: bool,
    /// Minutes before the start when the audience is reminded.
    pub reminder_minutes: i64,
    /// Minutes after the end when the joining details are deleted.
    pub secrets_grace_minutes: i64,
}

impl Default for StreamSettings {
    fn default() -> Self {
        StreamSettings {
            require_approval: false,
            reminder_minutes: 15,
            secrets_grace_minutes: 60,
        }
    }
}

impl StreamSettings {
    pub fn reminder_lead(&self) -> Duration {
        Duration::minutes(self.reminder_minutes.max(1))
    }
    pub fn secrets_grace(&self) -> Duration {
        Duration::minutes(self.secrets_grace_minutes.max(0))
    }
}
