//! Broadcast settings (`[school.broadcast]` in `haven.toml`): parents' quiet hours, whether
//! parents are written to on days the school is closed, and the Safer Internet Day plan. Pure:
//! reading the clock is the caller's business.
//!
//! Quiet sending: a parent's copy due in quiet hours is held until they end, on any day (a
//! Saturday evening message goes on Sunday at 08:00). With `school_days_only`, a non-essential
//! copy due on a day that is not a school day (weekend, holiday, closure, bank holiday) is held
//! until quiet hours end on the next school day; essential messages are never held for that.
//! Staff copies are never held.

use super::content::Template;
use crate::core::calendar::SchoolTime;
use chrono::{DateTime, Duration, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;
use serde::Deserialize;

/// Everything broadcasts can be configured with.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct BroadcastSettings {
    pub quiet_hours: QuietHours,
    /// Hold non-essential parents' copies due on a day the school is closed until the next
    /// school day (off by default: parents read a weekend message at the weekend).
    pub school_days_only: bool,
    pub safer_internet_day: SidSettings,
}

impl BroadcastSettings {
    /// When a parent's copy of a broadcast due at `at` may go: `None` for at once, else the
    /// instant it is held until (see the module's "quiet sending").
    pub fn parent_release(
        &self,
        at: DateTime<Utc>,
        st: &SchoolTime,
        essential: bool,
    ) -> Option<DateTime<Utc>> {
        let quiet = self.quiet_hours.release(at, st.tz);
        if essential || !self.school_days_only {
            return quiet;
        }
        let day = st.local_date(quiet.unwrap_or(at));
        if st.is_school_day(day) {
            return quiet;
        }
        let Some(next) = st.next_school_day(day) else {
            return quiet;
        };
        let q = self.quiet_hours;
        let time = if q.start == q.end {
            st.hours.start
        } else {
            q.end
        };
        Some(local_instant(next, time, st.tz))
    }
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
    fn closed_days_hold_only_when_asked_and_never_essential_messages() {
        use crate::core::calendar::{Calendar, DateRange};
        use crate::core::settings::SchoolHours;
        let calendar = Calendar {
            closures: vec![DateRange::day(
                NaiveDate::from_ymd_opt(2026, 11, 27).unwrap(),
            )],
            ..Calendar::default()
        };
        let hours = SchoolHours::default();
        let st = SchoolTime {
            hours: &hours,
            calendar: &calendar,
            tz: London,
        };
        let mut s = BroadcastSettings::default();
        let saturday_noon = utc("2026-11-21T12:00:00Z");
        let saturday_night = utc("2026-11-21T21:00:00Z");
        let closure_day = utc("2026-11-27T10:00:00Z");
        // By default only quiet hours hold a message, on any day.
        assert_eq!(s.parent_release(saturday_noon, &st, false), None);
        assert_eq!(
            s.parent_release(saturday_night, &st, false),
            Some(utc("2026-11-22T08:00:00Z"))
        );
        s.school_days_only = true;
        let monday_eight = Some(utc("2026-11-23T08:00:00Z"));
        assert_eq!(s.parent_release(saturday_noon, &st, false), monday_eight);
        assert_eq!(s.parent_release(saturday_night, &st, false), monday_eight);
        assert_eq!(
            s.parent_release(closure_day, &st, false),
            Some(utc("2026-11-30T08:00:00Z")),
            "the INSET Friday waits for Monday"
        );
        assert_eq!(
            s.parent_release(saturday_noon, &st, true),
            None,
            "essential"
        );
        assert_eq!(
            s.parent_release(utc("2026-11-26T10:00:00Z"), &st, false),
            None,
            "a school day"
        );
        // Without quiet hours, a held copy goes when school opens.
        s.quiet_hours = QuietHours::off();
        assert_eq!(s.parent_release(saturday_noon, &st, false), monday_eight);
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
