//! Saying how soon something starts the way people do: "in about 15 minutes" at 13:46 for
//! 14:00, not "in 13 minutes". Pure; every message that says how long until something happens
//! takes its figure from here, so all four languages round the same way.

use chrono::{DateTime, Utc};

/// How long until something starts, rounded for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Soon {
    /// Minutes, rounded: to the minute under 10, to 5 minutes under an hour, to a quarter of
    /// an hour beyond. At least 1.
    pub minutes: i64,
    /// True when `minutes` was rounded ("in about …").
    pub about: bool,
}

impl Soon {
    /// The Fluent selector of `about`: `yes` or `no`.
    pub fn about_key(self) -> &'static str {
        if self.about {
            "yes"
        } else {
            "no"
        }
    }
}

/// How long from `now` until `at`, rounded for people.
pub fn until(now: DateTime<Utc>, at: DateTime<Utc>) -> Soon {
    let seconds = (at - now).num_seconds().max(0);
    let exact = ((seconds + 30) / 60).max(1);
    let step = match exact {
        0..10 => 1,
        10..60 => 5,
        _ => 15,
    };
    let minutes = ((exact + step / 2) / step * step).max(1);
    Soon {
        minutes,
        about: minutes * 60 != seconds,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, TimeZone};

    fn at(h: u32, m: u32, s: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 7, h, m, s).unwrap()
    }

    #[test]
    fn times_are_rounded_the_way_people_say_them() {
        let start = at(14, 0, 0);
        let cases = [
            (at(13, 46, 0), 15, true),
            (at(13, 45, 0), 15, false),
            (at(13, 46, 40), 15, true),
            (at(13, 52, 0), 8, false),
            (at(13, 48, 0), 10, true),
            (at(13, 57, 0), 3, false),
            (at(13, 59, 50), 1, true),
            (at(13, 30, 0), 30, false),
            (at(13, 32, 0), 30, true),
            (at(12, 50, 0), 75, true),
            (at(14, 0, 0), 1, true),
        ];
        for (now, minutes, about) in cases {
            assert_eq!(until(now, start), Soon { minutes, about }, "at {now}");
        }
    }

    #[test]
    fn a_rounded_figure_is_never_far_from_the_truth_and_only_exact_ones_drop_about() {
        let start = at(14, 0, 0);
        for s in (1..=4 * 3600).step_by(7) {
            let now = start - Duration::seconds(s);
            let soon = until(now, start);
            let err = (soon.minutes * 60 - s).abs();
            let allowed = if s < 30 {
                60
            } else if s < 570 {
                30
            } else if s < 3570 {
                150
            } else {
                450
            };
            assert!(err <= allowed, "{s}s: {soon:?}");
            assert_eq!(soon.about, err != 0, "{s}s: {soon:?}");
        }
    }
}
