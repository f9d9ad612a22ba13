//! How long an unfinished concern report is kept. A concern started on Friday afternoon must
//! not vanish over the weekend: its draft is kept until the school closes on the N-th school
//! day after its last answer (`[school.concern] draft_kept_school_days`, 1: the end of the next
//! school day), and its writer is warned `draft_warning_minutes` before. Pure: the form driver
//! deletes and warns.

use crate::core::form::Keeping;
use crate::core::settings::Settings;
use chrono::{DateTime, Duration, Utc};

/// How long a concern report last answered at `last` is kept; `None` when the calendar has no
/// school day ahead (the school's form expiry then applies).
pub fn kept(settings: &Settings, last: DateTime<Utc>) -> Option<Keeping> {
    let st = settings.school_time();
    let mut day = st.local_date(last);
    for _ in 0..settings.concern.draft_kept_school_days.max(1) {
        day = st.next_school_day(day.succ_opt()?)?;
    }
    let (_, until) = st.opening(day)?;
    let warning = Duration::minutes(settings.concern.draft_warning_minutes.max(0));
    Some(Keeping {
        until,
        warn_at: (until - warning).max(last),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use chrono_tz::Europe::London;

    fn london(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        London
            .with_ymd_and_hms(y, m, d, h, min, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    #[test]
    fn a_report_is_kept_to_the_end_of_the_next_school_day() {
        let s = Settings::default();
        let closing = |d| london(2026, 11, d, 17, 0);
        let hours = s.school_hours.end;
        assert_eq!(hours.to_string(), "17:00:00", "the default closing time");
        for (last, until) in [
            // Friday afternoon: Monday's close, never Saturday.
            (london(2026, 11, 20, 15, 0), closing(23)),
            // Saturday and Sunday: Monday too.
            (london(2026, 11, 21, 10, 0), closing(23)),
            (london(2026, 11, 22, 23, 0), closing(23)),
            // Tuesday morning, before school: Wednesday.
            (london(2026, 11, 17, 7, 0), closing(18)),
            (london(2026, 11, 17, 22, 0), closing(18)),
        ] {
            let k = kept(&s, last).unwrap();
            assert_eq!(k.until, until, "last answered {last}");
            assert_eq!(
                k.warn_at,
                until - Duration::hours(2),
                "warned two hours before"
            );
        }
    }

    #[test]
    fn more_school_days_and_a_short_warning_are_configurable() {
        let mut s = Settings::default();
        s.concern.draft_kept_school_days = 3;
        s.concern.draft_warning_minutes = 30;
        let k = kept(&s, london(2026, 11, 20, 15, 0)).unwrap();
        assert_eq!(k.until, london(2026, 11, 25, 17, 0), "Mon, Tue, Wed");
        assert_eq!(k.warn_at, london(2026, 11, 25, 16, 30));
    }

    #[test]
    fn a_warning_is_never_before_the_last_answer() {
        let mut s = Settings::default();
        s.concern.draft_warning_minutes = 60 * 24 * 10;
        let last = london(2026, 11, 17, 10, 0);
        assert_eq!(kept(&s, last).unwrap().warn_at, last);
    }
}
