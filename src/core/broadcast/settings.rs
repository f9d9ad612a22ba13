//! Broadcast settings (`[school.broadcast]` in `haven.toml`): parents' quiet hours and the
//! Safer Internet Day plan. Pure: reading the clock is the caller's business.

use super::content::Template;
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Deserialize;

/// Everything broadcasts can be configured with.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct BroadcastSettings {
    pub quiet_hours: QuietHours,
    pub safer_internet_day: SidSettings,
}

/// When parents are not sent broadcasts, in the school's time zone; a message due then is held
/// until they end. Equal start and end switch quiet hours off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct QuietHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl Default for QuietHours {
    fn default() -> Self {
        QuietHours {
            start: NaiveTime::from_hms_opt(20, 0, 0).unwrap_or_default(),
            end: NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default(),
        }
    }
}

impl QuietHours {
    /// Quiet hours switched off.
    pub fn off() -> Self {
        QuietHours {
            start: NaiveTime::MIN,
            end: NaiveTime::MIN,
        }
    }

    /// When a message due at `at` may go: `None` when `at` is outside quiet hours, else the end
    /// of the quiet period it falls in.
    pub fn release(&self, at: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
        if self.start == self.end {
            return None;
        }
        let local = at.with_timezone(&tz);
        let (date, time) = (local.date_naive(), local.time());
        let end_day = if self.start < self.end {
            (self.start <= time && time < self.end).then_some(date)?
        } else if time >= self.start {
            date.succ_opt()?
        } else if time < self.end {
            date
        } else {
            return None;
        };
        Some(local_instant(end_day, self.end, tz))
    }
}

/// A local date and time as an instant (a time skipped by the clocks going forward is read an
/// hour later).
pub fn local_instant(day: NaiveDate, time: NaiveTime, tz: Tz) -> DateTime<Utc> {
    let naive = day.and_time(time);
    tz.from_local_datetime(&naive)
        .earliest()
        .or_else(|| {
            tz.from_local_datetime(&(naive + Duration::hours(1)))
                .earliest()
        })
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| Utc.from_utc_datetime(&naive))
}

/// Who a part of the campaign plan goes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PlanAudience {
    Staff,
    Parents,
}

/// One message of the Safer Internet Day plan.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct PlanPart {
    pub audience: PlanAudience,
    /// Days before Safer Internet Day (0 = on the day).
    pub days_before: i64,
    /// Local time of day.
    pub time: NaiveTime,
    pub template: Template,
}

/// The Safer Internet Day campaign.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(default)]
pub struct SidSettings {
    /// The messages sent for it. Parents never get more than three, whatever this says.
    pub plan: Vec<PlanPart>,
}

impl Default for SidSettings {
    fn default() -> Self {
        let at = |h, m| NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default();
        SidSettings {
            plan: vec![
                PlanPart {
                    audience: PlanAudience::Staff,
                    days_before: 7,
                    time: at(8, 30),
                    template: Template::SidStaff,
                },
                PlanPart {
                    audience: PlanAudience::Parents,
                    days_before: 2,
                    time: at(16, 0),
                    template: Template::SidParents,
                },
                PlanPart {
                    audience: PlanAudience::Parents,
                    days_before: 0,
                    time: at(8, 30),
                    template: Template::SidToday,
                },
            ],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::London;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    #[test]
    fn evenings_and_early_mornings_are_held_until_eight_london_time() {
        let q = QuietHours::default();
        // 21:00 in November (GMT) waits for 08:00 the next day.
        assert_eq!(
            q.release(utc("2026-11-17T21:00:00Z"), London),
            Some(utc("2026-11-18T08:00:00Z"))
        );
        // 06:30 in July (BST) waits for 08:00 BST the same day.
        assert_eq!(
            q.release(utc("2026-07-10T05:30:00Z"), London),
            Some(utc("2026-07-10T07:00:00Z"))
        );
        assert_eq!(q.release(utc("2026-11-17T10:00:00Z"), London), None);
        assert_eq!(q.release(utc("2026-11-17T19:59:00Z"), London), None);
        assert_eq!(
            QuietHours::off().release(utc("2026-11-17T23:00:00Z"), London),
            None
        );
    }

    #[test]
    fn a_daytime_quiet_period_works_too() {
        let q = QuietHours {
            start: NaiveTime::from_hms_opt(12, 0, 0).unwrap(),
            end: NaiveTime::from_hms_opt(13, 0, 0).unwrap(),
        };
        assert_eq!(
            q.release(utc("2026-11-17T12:30:00Z"), London),
            Some(utc("2026-11-17T13:00:00Z"))
        );
        assert_eq!(q.release(utc("2026-11-17T13:00:00Z"), London), None);
    }
}
