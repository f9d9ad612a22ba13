//! The livestreaming policy checked at the step each rule depends on (policy 000
//! "Livestreaming": school hours, at least two supervising staff, a school account, not
//! recorded, chat only when monitored, no file sharing), so an organiser hears of a problem when
//! they give the answer that causes it, with all of that step's problems in one message, instead
//! of after typing the link, meeting ID and passcode. `new` checks the whole plan again on
//! submit. Pure: never touches storage, the clock or a chat.

use super::policy::{self, Chat, Refusal};
use crate::core::calendar::SchoolTime;
use crate::core::form::Answers;
use crate::core::message::Message;
use chrono::{DateTime, Utc};

/// The refusals that the answer to `step` already decides. Supervisors are counted by the
/// caller, which matches the names ([`supervisors`]).
pub fn refusals(step: &str, a: &Answers, st: &SchoolTime, now: DateTime<Utc>) -> Vec<Refusal> {
    match step {
        "start" => a
            .time("start")
            .map(|s| policy::timing(s, s, st, now))
            .unwrap_or_default()
            .into_iter()
            .filter(|r| *r != Refusal::EndsBeforeItStarts)
            .collect(),
        "end" => match (a.time("start"), a.time("end")) {
            (Some(s), Some(e)) => policy::timing(s, e, st, now),
            _ => Vec::new(),
        },
        "school_account" if a.yes("school_account") == Some(false) => {
            vec![Refusal::PersonalAccount]
        }
        "recorded" if a.yes("recorded") == Some(true) => vec![Refusal::Recorded],
        "chat" if a.choice("chat").and_then(Chat::parse) == Some(Chat::Unmonitored) => {
            vec![Refusal::ChatUnmonitored]
        }
        "file_sharing" if a.yes("file_sharing") == Some(true) => vec![Refusal::FileSharing],
        _ => Vec::new(),
    }
}

/// The refusal for a number of distinct supervising staff, if too few.
pub fn supervisors(count: usize) -> Vec<Refusal> {
    if count < 2 {
        vec![Refusal::TooFewSupervisors]
    } else {
        Vec::new()
    }
}

/// One message giving every reason, each on its own line; `key` says what happens next
/// (`stream-refused-step`: answer again; `stream-refused`: the whole plan, back to review).
pub fn message(key: &str, refusals: &[Refusal], st: &SchoolTime) -> Message {
    Message::new(key).items("reasons", refusals.iter().map(|r| r.message(st)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::calendar::Calendar;
    use crate::core::form::Answer;
    use crate::core::settings::SchoolHours;
    use chrono::TimeZone;
    use chrono_tz::Europe::London;

    fn at(d: u32, h: u32, m: u32) -> DateTime<Utc> {
        London
            .with_ymd_and_hms(2026, 11, d, h, m, 0)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn answers(pairs: &[(&str, Answer)]) -> Answers {
        let mut a = Answers::default();
        for (k, v) in pairs {
            a.0.insert(k.to_string(), v.clone());
        }
        a
    }

    #[test]
    fn each_rule_is_checked_at_the_step_it_depends_on_and_only_there() {
        let (hours, calendar) = (SchoolHours::default(), Calendar::default());
        let st = SchoolTime {
            hours: &hours,
            calendar: &calendar,
            tz: London,
        };
        let now = at(17, 10, 0);
        let late = answers(&[
            ("start", Answer::DateTime(at(17, 17, 30))),
            ("end", Answer::DateTime(at(17, 18, 30))),
        ]);
        assert_eq!(
            refusals("start", &late, &st, now),
            vec![Refusal::OutsideSchoolHours]
        );
        assert_eq!(
            refusals("end", &late, &st, now),
            vec![Refusal::OutsideSchoolHours]
        );
        assert!(refusals("title", &late, &st, now).is_empty());
        let overrun = answers(&[
            ("start", Answer::DateTime(at(17, 16, 0))),
            ("end", Answer::DateTime(at(17, 17, 30))),
        ]);
        assert!(refusals("start", &overrun, &st, now).is_empty());
        assert_eq!(
            refusals("end", &overrun, &st, now),
            vec![Refusal::OutsideSchoolHours]
        );
        let bad = answers(&[
            ("school_account", Answer::Bool(false)),
            ("recorded", Answer::Bool(true)),
            ("chat", Answer::Choice("unmonitored".into())),
            ("file_sharing", Answer::Bool(true)),
        ]);
        for (step, r) in [
            ("school_account", Refusal::PersonalAccount),
            ("recorded", Refusal::Recorded),
            ("chat", Refusal::ChatUnmonitored),
            ("file_sharing", Refusal::FileSharing),
        ] {
            assert_eq!(refusals(step, &bad, &st, now), vec![r], "{step}");
        }
        assert_eq!(supervisors(1), vec![Refusal::TooFewSupervisors]);
        assert!(supervisors(2).is_empty());
    }
}
