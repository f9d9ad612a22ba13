//! The `[school.aup]` settings: deadlines, reminder points, escalation.

use chrono::{Duration, Weekday};
use serde::Deserialize;

/// How long people have to sign, when they are reminded and when the Headteacher is told.
/// Reminders and digests go out only within `school.school_hours` on the calendar's school days.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct AupSettings {
    /// Days everyone in its audience has to sign a new version (from its effective date).
    pub new_version_days: i64,
    /// Days a new joiner (first imported after the version took effect) has to sign.
    pub joiner_days: i64,
    /// Reminders this many days before the due date (the largest also opens the renewal window).
    pub remind_days_before: Vec<i64>,
    /// While overdue, a reminder every this many days…
    pub overdue_every_days: i64,
    /// …at most this many times.
    pub overdue_reminders: u32,
    /// The Headteacher is told about people overdue for at least this many weeks.
    pub escalate_after_weeks: i64,
    /// The day of the week the digest of who is overdue goes out (first working-hours moment).
    pub digest_day: Weekday,
}

impl Default for AupSettings {
    fn default() -> Self {
        AupSettings {
            new_version_days: 14,
            joiner_days: 7,
            remind_days_before: vec![30, 7, 1],
            overdue_every_days: 7,
            overdue_reminders: 4,
            escalate_after_weeks: 2,
            digest_day: Weekday::Mon,
        }
    }
}

impl AupSettings {
    pub fn new_version(&self) -> Duration {
        Duration::days(self.new_version_days.max(1))
    }

    pub fn joiner(&self) -> Duration {
        Duration::days(self.joiner_days.max(1))
    }

    /// How long before the due date a renewal opens (the earliest reminder).
    pub fn window(&self) -> Duration {
        Duration::days(
            self.remind_days_before
                .iter()
                .copied()
                .max()
                .unwrap_or(0)
                .max(0),
        )
    }

    pub fn overdue_every(&self) -> Duration {
        Duration::days(self.overdue_every_days.max(1))
    }

    pub fn escalate_after(&self) -> Duration {
        Duration::weeks(self.escalate_after_weeks.max(0))
    }
}
