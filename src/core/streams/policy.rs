//! The livestreaming policy as a pure check: a planned stream in, every reason it may not go
//! ahead out (policy 000 "Livestreaming"). Never touches storage, the clock or a chat.

use crate::core::calendar::SchoolTime;
use crate::core::message::Message;
use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// Whether the stream's chat is on, and watched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chat {
    Off,
    /// On, with an adult actively monitoring it.
    Monitored,
    /// On, with nobody monitoring it.
    Unmonitored,
}

impl Chat {
    /// Reads the set-up form's option value.
    pub fn parse(s: &str) -> Option<Chat> {
        match s {
            "off" => Some(Chat::Off),
            "monitored" => Some(Chat::Monitored),
            "unmonitored" => Some(Chat::Unmonitored),
            _ => None,
        }
    }
}

/// What the organiser says about a planned stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub starts_at: DateTime<Utc>,
    pub ends_at: DateTime<Utc>,
    /// Distinct supervising staff members.
    pub supervisors: usize,
    pub school_account: bool,
    pub recorded: bool,
    pub chat: Chat,
    pub file_sharing: bool,
}

/// A reason a stream may not go ahead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    EndsBeforeItStarts,
    AlreadyStarted,
    OutsideSchoolHours,
    /// Within the hours of a school weekday, but the calendar has the school closed that day
    /// (a holiday, a bank holiday, a closure day).
    SchoolClosed(NaiveDate),
    TooFewSupervisors,
    PersonalAccount,
    Recorded,
    ChatUnmonitored,
    FileSharing,
}

impl Refusal {
    /// The message explaining the refusal.
    pub fn message(self, st: &SchoolTime) -> Message {
        let hours = st.hours;
        match self {
            Refusal::EndsBeforeItStarts => Message::new("stream-refused-end-before-start"),
            Refusal::AlreadyStarted => Message::new("stream-refused-past"),
            Refusal::OutsideSchoolHours => Message::new("stream-refused-hours")
                .arg("from", hours.start.format("%H:%M").to_string())
                .arg("to", hours.end.format("%H:%M").to_string()),
            Refusal::SchoolClosed(day) => {
                let next = day.succ_opt().and_then(|d| st.next_school_day(d));
                Message::new("stream-refused-closed")
                    .arg("date", day.format("%d/%m/%Y").to_string())
                    .arg("has_next", i64::from(next.is_some()))
                    .arg(
                        "next",
                        next.map(|d| d.format("%d/%m/%Y").to_string())
                            .unwrap_or_default(),
                    )
            }
            Refusal::TooFewSupervisors => Message::new("stream-refused-supervisors"),
            Refusal::PersonalAccount => Message::new("stream-refused-account"),
            Refusal::Recorded => Message::new("stream-refused-recorded"),
            Refusal::ChatUnmonitored => Message::new("stream-refused-chat"),
            Refusal::FileSharing => Message::new("stream-refused-files"),
        }
    }
}

/// Every reason `plan` breaks the policy; empty when it may go ahead.
pub fn check(plan: &Plan, st: &SchoolTime, now: DateTime<Utc>) -> Vec<Refusal> {
    let mut out = timing(plan.starts_at, plan.ends_at, st, now);
    if plan.supervisors < 2 {
        out.push(Refusal::TooFewSupervisors);
    }
    if !plan.school_account {
        out.push(Refusal::PersonalAccount);
    }
    if plan.recorded {
        out.push(Refusal::Recorded);
    }
    if plan.chat == Chat::Unmonitored {
        out.push(Refusal::ChatUnmonitored);
    }
    if plan.file_sharing {
        out.push(Refusal::FileSharing);
    }
    out
}

/// The reasons a start and end time may not be used (also when a stream is moved).
pub fn timing(
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    st: &SchoolTime,
    now: DateTime<Utc>,
) -> Vec<Refusal> {
    let mut out = Vec::new();
    if ends_at <= starts_at {
        out.push(Refusal::EndsBeforeItStarts);
    }
    if starts_at <= now {
        out.push(Refusal::AlreadyStarted);
    }
    out.extend(school_hours_refusal(starts_at, ends_at, st));
    out
}

/// Why a stream does not fall inside one school day's hours, if it does not.
fn school_hours_refusal(
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    st: &SchoolTime,
) -> Option<Refusal> {
    let (s, e) = (
        starts_at.with_timezone(&st.tz),
        ends_at.with_timezone(&st.tz),
    );
    let day = s.date_naive();
    let hours = st.hours;
    let in_hours = day == e.date_naive()
        && hours.days.contains(&s.weekday())
        && s.time() >= hours.start
        && e.time() <= hours.end;
    if !in_hours {
        Some(Refusal::OutsideSchoolHours)
    } else if !st.is_school_day(day) {
        Some(Refusal::SchoolClosed(day))
    } else {
        None
    }
}

/// True when the whole stream falls inside one school day's hours.
pub fn within_school_hours(
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    st: &SchoolTime,
) -> bool {
    school_hours_refusal(starts_at, ends_at, st).is_none()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calendar::{Calendar, DateRange};
    use crate::core::settings::SchoolHours;
    use chrono::TimeZone;
    use chrono_tz::Europe::London;

    /// Local London time on a date in 2026.
    fn at(m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        London
            .with_ymd_and_hms(2026, m, d, h, min, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn good() -> Plan {
        Plan {
            starts_at: at(11, 18, 14, 0),
            ends_at: at(11, 18, 15, 0),
            supervisors: 2,
            school_account: true,
            recorded: false,
            chat: Chat::Monitored,
            file_sharing: false,
        }
    }

    fn refusals(p: &Plan) -> Vec<Refusal> {
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
        check(p, &st, at(11, 17, 10, 0))
    }

    #[test]
    fn closure_days_and_holidays_are_refused_by_name() {
        let on = |m, d| Plan {
            starts_at: at(m, d, 10, 0),
            ends_at: at(m, d, 11, 0),
            ..good()
        };
        let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap();
        assert_eq!(
            refusals(&on(11, 27)),
            vec![Refusal::SchoolClosed(day(11, 27))]
        );
        assert_eq!(
            refusals(&on(12, 25)),
            vec![Refusal::SchoolClosed(day(12, 25))]
        );
        assert!(refusals(&on(11, 26)).is_empty());
        let calendar = Calendar::default();
        let hours = SchoolHours::default();
        let st = SchoolTime {
            hours: &hours,
            calendar: &calendar,
            tz: London,
        };
        let m = Refusal::SchoolClosed(day(12, 25)).message(&st);
        assert_eq!(m.key(), "stream-refused-closed");
    }

    #[test]
    fn a_stream_that_keeps_the_policy_may_go_ahead() {
        assert!(refusals(&good()).is_empty());
        assert!(refusals(&Plan {
            chat: Chat::Off,
            supervisors: 5,
            ..good()
        })
        .is_empty());
    }

    #[test]
    fn each_breach_is_named() {
        let cases = [
            (
                Plan {
                    supervisors: 1,
                    ..good()
                },
                Refusal::TooFewSupervisors,
            ),
            (
                Plan {
                    recorded: true,
                    ..good()
                },
                Refusal::Recorded,
            ),
            (
                Plan {
                    chat: Chat::Unmonitored,
                    ..good()
                },
                Refusal::ChatUnmonitored,
            ),
            (
                Plan {
                    file_sharing: true,
                    ..good()
                },
                Refusal::FileSharing,
            ),
            (
                Plan {
                    school_account: false,
                    ..good()
                },
                Refusal::PersonalAccount,
            ),
        ];
        for (plan, why) in cases {
            assert_eq!(refusals(&plan), vec![why]);
        }
    }

    #[test]
    fn school_hours_are_local_time_on_school_days() {
        let evening = Plan {
            starts_at: at(11, 18, 16, 30),
            ends_at: at(11, 18, 17, 30),
            ..good()
        };
        assert_eq!(refusals(&evening), vec![Refusal::OutsideSchoolHours]);
        let saturday = Plan {
            starts_at: at(11, 21, 10, 0),
            ends_at: at(11, 21, 11, 0),
            ..good()
        };
        assert_eq!(refusals(&saturday), vec![Refusal::OutsideSchoolHours]);
        // 07:30-08:30 UTC is 08:30-09:30 in a London July (inside the hours), but 07:30-08:30
        // in a London November (before school starts).
        let utc = |m, d, h, min| Utc.with_ymd_and_hms(2027, m, d, h, min, 0).unwrap();
        let july = Plan {
            starts_at: utc(7, 8, 7, 30),
            ends_at: utc(7, 8, 8, 30),
            ..good()
        };
        assert!(refusals(&july).is_empty());
        let november = Plan {
            starts_at: utc(11, 18, 7, 30),
            ends_at: utc(11, 18, 8, 30),
            ..good()
        };
        assert_eq!(refusals(&november), vec![Refusal::OutsideSchoolHours]);
    }

    #[test]
    fn times_must_be_in_order_and_ahead() {
        let backwards = Plan {
            starts_at: at(11, 18, 14, 0),
            ends_at: at(11, 18, 13, 0),
            ..good()
        };
        assert_eq!(refusals(&backwards), vec![Refusal::EndsBeforeItStarts]);
        let past = Plan {
            starts_at: at(11, 17, 9, 0),
            ends_at: at(11, 17, 9, 30),
            ..good()
        };
        assert_eq!(refusals(&past), vec![Refusal::AlreadyStarted]);
    }
}
