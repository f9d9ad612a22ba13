//! The `[school.concern]` settings: how soon an unacknowledged concern escalates, how long a
//! case view stays in a chat, what the reporter is told, and how long records are kept.

use super::types::RecordType;
use chrono::{DateTime, Duration, Months, Utc};
use serde::Deserialize;

/// Concern handling timings and retention.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct ConcernSettings {
    /// School-hours minutes an urgent concern may wait for acknowledgement before it escalates.
    pub urgent_ack_minutes: i64,
    /// School days a normal concern may wait for acknowledgement before it escalates.
    pub normal_ack_school_days: i64,
    /// Minutes after which a case view is removed from the reader's chat.
    pub view_remove_minutes: i64,
    /// Tell the reporter who acknowledged their concern (by default only that it was read).
    pub tell_reporter_who_acknowledged: bool,
    pub retention: Retention,
    /// School days an unfinished concern report is kept: until the school closes on the N-th
    /// school day after its last answer (the end of the next school day by default).
    pub draft_kept_school_days: i64,
    /// Minutes before an unfinished concern report is deleted when its writer is warned.
    pub draft_warning_minutes: i64,
}

impl Default for ConcernSettings {
    fn default() -> Self {
        ConcernSettings {
            urgent_ack_minutes: 15,
            normal_ack_school_days: 1,
            view_remove_minutes: 10,
            tell_reporter_who_acknowledged: false,
            retention: Retention::default(),
            draft_kept_school_days: 1,
            draft_warning_minutes: 120,
        }
    }
}

impl ConcernSettings {
    pub fn urgent_ack(&self) -> Duration {
        Duration::minutes(self.urgent_ack_minutes.max(1))
    }

    pub fn view_removal(&self) -> Duration {
        Duration::minutes(self.view_remove_minutes.max(1))
    }
}

/// Years a closed case is kept, per kind of record, counted from closing. A case on legal hold
/// is kept whatever these say.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct Retention {
    /// Child protection records (about a pupil, another adult, someone online).
    pub safeguarding_years: u32,
    /// Allegations about staff or the Headteacher.
    pub staff_allegation_years: u32,
    /// Low-level concerns raised about oneself.
    pub low_level_years: u32,
    /// Data and security incidents only.
    pub data_security_years: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Retention {
            safeguarding_years: 25,
            staff_allegation_years: 10,
            low_level_years: 7,
            data_security_years: 6,
        }
    }
}

impl Retention {
    pub fn years(&self, kind: RecordType) -> u32 {
        match kind {
            RecordType::Safeguarding => self.safeguarding_years,
            RecordType::StaffAllegation => self.staff_allegation_years,
            RecordType::LowLevel => self.low_level_years,
            RecordType::DataSecurity => self.data_security_years,
        }
    }

    /// Closed records older than this (at `now`) may be past their retention; younger ones
    /// are not, whatever their kind.
    pub fn candidates_closed_before(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let shortest = [
            RecordType::Safeguarding,
            RecordType::StaffAllegation,
            RecordType::LowLevel,
            RecordType::DataSecurity,
        ]
        .into_iter()
        .map(|k| self.years(k))
        .min()
        .unwrap_or(0);
        now.checked_sub_months(Months::new(12 * shortest))
            .unwrap_or(DateTime::<Utc>::MIN_UTC)
    }

    /// When a record of `kind` closed at `closed` may be deleted.
    pub fn expires(&self, kind: RecordType, closed: DateTime<Utc>) -> DateTime<Utc> {
        closed
            .checked_add_months(Months::new(12 * self.years(kind)))
            .unwrap_or(DateTime::<Utc>::MAX_UTC)
    }
}
