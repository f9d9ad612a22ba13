//! The livestreaming policy as a pure check: a planned stream in, every reason it may not go
//! ahead out (policy 000 "Livestreaming"). Never touches storage, the clock or a chat.

use crate::core::message::Message;
use crate::core::settings::SchoolHours;
use chrono::{DateTime, Datelike, Utc};
use chrono_tz::Tz;

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
    TooFewSupervisors,
    PersonalAccount,
    Recorded,
    ChatUnmonitored,
    FileSharing,
}

impl Refusal {
    /// The message explaining the refusal.
    pub fn message(self, hours: &SchoolHours) -> Message {
        match self {
            Refusal::EndsBeforeItStarts => Message::new("stream-refused-end-before-start"),
            Refusal::AlreadyStarted => Message::new("stream-refused-past"),
            Refusal::OutsideSchoolHours => Message::new("stream-refused-hours")
                .arg("from", hours.start.format("%H:%M").to_string())
                .arg("to", hours.end.format("%H:%M").to_string()),
            Refusal::TooFewSupervisors => Message::new("stream-refused-supervisors"),
            Refusal::PersonalAccount => Message::new("stream-refused-account"),
            Refusal::Recorded => Message::new("stream-refused-recorded"),
            Refusal::ChatUnmonitored => Message::new("stream-refused-chat"),
            Refusal::FileSharing => Message::new("stream-refused-files"),
        }
    }
}

/// Every reason `plan` breaks the policy; empty when it may go ahead.
pub fn check(plan: &Plan, hours: &SchoolHours, tz: Tz, now: DateTime<Utc>) -> Vec<Refusal> {
    let mut out = timing(plan.starts_at, plan.ends_at, hours, tz, now);
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
    hours: &SchoolHours,
    tz: Tz,
    now: DateTime<Utc>,
) -> Vec<Refusal> {
    let mut out = Vec::new();
    if ends_at <= starts_at {
        out.push(Refusal::EndsBeforeItStarts);
    }
    if starts_at <= now {
        out.push(Refusal::AlreadyStarted);
    }
    if !within_school_hours(starts_at, ends_at, hours, tz) {
        out.push(Refusal::OutsideSchoolHours);
    }
    out
}

/// True when the whole stream falls inside one school day's hours.
pub fn within_school_hours(
    starts_at: DateTime<Utc>,
    ends_at: DateTime<Utc>,
    hours: &SchoolHours,
    tz: Tz,
) -> bool {
    let (s, e) = (starts_at.with_timezone(&tz), ends_at.with_timezone(&tz));
    s.date_naive() == e.date_naive()
        && hours.days.contains(&s.weekday())
        && s.time() >= hours.start
        && e.time() <= hours.end
}

#[cfg(test)]
mod tests {
    use super::*;
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
        check(p, &SchoolHours::default(), London, at(11, 17, 10, 0))
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
