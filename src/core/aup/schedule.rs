//! Where a person stands on one policy version, and when they are reminded. Pure.
//!
//! Dates are the school's local dates. A person who has not signed the current version owes a
//! signature by its effective date plus `new_version_days`, or, if they joined after it took
//! effect, by the day they were first seen plus `joiner_days`. Someone who signed it owes the
//! next signature by the version's rule (12 months later, or the next fixed date).
//!
//! Reminder points of one such obligation: its start (for a new version or a joiner), each of
//! `remind_days_before` before the due date, the due date, then every `overdue_every_days` up
//! to `overdue_reminders` times. Only the latest point that has come is ever sent, so points
//! missed in quiet hours fold into the next one instead of arriving in a burst.

use super::model::{LastSigned, Version};
use super::settings::AupSettings;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;

/// What the report says about a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Signed the current version; the renewal window has not opened.
    Signed,
    /// Must sign by the due date, which has not passed (signed an earlier version or round).
    Due,
    /// The due date has passed.
    Overdue,
    /// Has never signed any version of this policy; the due date has not passed.
    NeverSigned,
}

impl Status {
    /// The stable name (CSV files) and, prefixed with `aup-status-`, the message key.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Signed => "signed",
            Status::Due => "due",
            Status::Overdue => "overdue",
            Status::NeverSigned => "never_signed",
        }
    }

    /// True when the person has something to sign now.
    pub fn outstanding(self) -> bool {
        self != Status::Signed
    }
}

/// Where a person stands on a version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub status: Status,
    /// True when the person holds a signature of this very version (the obligation is renewal).
    pub renewal: bool,
    /// The day the obligation began: the version's effective day, the joining day, or the
    /// day of the signature being renewed.
    pub since: NaiveDate,
    /// The date by which to sign.
    pub due: NaiveDate,
    /// Their latest signature of this policy, of any version.
    pub last: Option<LastSigned>,
}

/// The school's local date of an instant.
pub fn local_date(t: DateTime<Utc>, tz: Tz) -> NaiveDate {
    t.with_timezone(&tz).date_naive()
}

/// Where someone first seen at `first_seen`, whose latest signature of the policy is `last`,
/// stands on the current version `v` on `today`.
pub fn standing(
    v: &Version,
    first_seen: DateTime<Utc>,
    last: Option<&LastSigned>,
    s: &AupSettings,
    tz: Tz,
    today: NaiveDate,
) -> Standing {
    let signed_this = last.filter(|l| l.version == v.id);
    let (renewal, since, due) = match signed_this {
        Some(l) => {
            let day = local_date(l.at, tz);
            (true, day, v.rule.next_due(day, s.window()))
        }
        None if first_seen > v.starts() => {
            let day = local_date(first_seen, tz);
            (false, day, day + s.joiner())
        }
        None => {
            let day = local_date(v.starts(), tz);
            (false, day, day + s.new_version())
        }
    };
    let status = if today > due {
        Status::Overdue
    } else if renewal && today < due - s.window() {
        Status::Signed
    } else if last.is_none() {
        Status::NeverSigned
    } else {
        Status::Due
    };
    Standing {
        status,
        renewal,
        since,
        due,
        last: last.cloned(),
    }
}

/// Every reminder point of the obligation, in order, without repeats.
pub fn points(st: &Standing, s: &AupSettings) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    if !st.renewal {
        out.push(st.since);
    }
    for d in &s.remind_days_before {
        out.push(st.due - Duration::days(*d));
    }
    out.push(st.due);
    for k in 1..=i32::try_from(s.overdue_reminders).unwrap_or(i32::MAX) {
        out.push(st.due + s.overdue_every() * k);
    }
    // A renewal is never reminded on or before the day it was signed; a new obligation's
    // earlier points are covered by its start.
    out.retain(|p| {
        if st.renewal {
            *p > st.since
        } else {
            *p >= st.since
        }
    });
    out.sort();
    out.dedup();
    out
}

/// The reminder point to act on today, if any: the latest that has come.
pub fn current_point(st: &Standing, s: &AupSettings, today: NaiveDate) -> Option<NaiveDate> {
    if st.status == Status::Signed {
        return None;
    }
    points(st, s).into_iter().rev().find(|p| *p <= today)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::aup::model::{Audience, Rule, VersionId};
    use crate::core::ids::SchoolId;
    use chrono::TimeZone;
    use chrono_tz::Europe::London;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, day).unwrap()
    }

    fn at(m: u32, day: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, m, day, 10, 0, 0).unwrap()
    }

    fn version(rule: Rule) -> Version {
        Version {
            id: VersionId(2),
            school: SchoolId::default(),
            title: "Staff AUP".into(),
            label: "2".into(),
            hash: "ab".into(),
            audience: Audience::parse("staff").unwrap(),
            rule,
            link: None,
            effective: at(11, 17),
            published_at: at(11, 17),
        }
    }

    fn signed(version: i64, on: DateTime<Utc>) -> LastSigned {
        LastSigned {
            person: crate::core::ids::PersonId(1),
            policy_key: "staff aup".into(),
            version: VersionId(version),
            label: version.to_string(),
            hash: String::new(),
            at: on,
            platform: crate::core::ids::Platform::Console,
        }
    }

    #[test]
    fn a_new_version_gives_fourteen_days_and_a_joiner_seven() {
        let s = AupSettings::default();
        let v = version(Rule::Annual);
        let old = signed(1, at(3, 2));
        let st = standing(&v, at(1, 5), Some(&old), &s, London, d(11, 20));
        assert_eq!(
            (st.status, st.due, st.renewal),
            (Status::Due, d(12, 1), false)
        );
        let st = standing(&v, at(1, 5), None, &s, London, d(12, 2));
        assert_eq!(st.status, Status::Overdue);
        let joiner = standing(&v, at(12, 10), None, &s, London, d(12, 10));
        assert_eq!(
            (joiner.status, joiner.due),
            (Status::NeverSigned, d(12, 17))
        );
    }

    #[test]
    fn a_signature_holds_until_the_renewal_window_opens() {
        let s = AupSettings::default();
        let v = version(Rule::Annual);
        let mine = signed(2, at(11, 20));
        let later = |m, day| standing(&v, at(1, 5), Some(&mine), &s, London, d(m, day));
        assert_eq!(later(12, 25).status, Status::Signed);
        let next = NaiveDate::from_ymd_opt(2027, 11, 20).unwrap();
        let st = standing(
            &v,
            at(1, 5),
            Some(&mine),
            &s,
            London,
            next - Duration::days(30),
        );
        assert_eq!((st.status, st.due, st.renewal), (Status::Due, next, true));
        assert_eq!(current_point(&later(12, 25), &s, d(12, 25)), None);
    }

    #[test]
    fn reminder_points_fold_and_stop_at_the_cap() {
        let s = AupSettings::default();
        let v = version(Rule::Annual);
        let st = standing(&v, at(1, 5), None, &s, London, d(11, 17));
        let p = points(&st, &s);
        let dec = |day| d(12, day);
        assert_eq!(
            p,
            vec![
                d(11, 17),
                d(11, 24),
                d(11, 30),
                dec(1),
                dec(8),
                dec(15),
                dec(22),
                dec(29)
            ]
        );
        assert_eq!(current_point(&st, &s, d(11, 23)), Some(d(11, 17)));
        assert_eq!(current_point(&st, &s, d(11, 26)), Some(d(11, 24)));
        let much_later = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        assert_eq!(current_point(&st, &s, much_later), Some(dec(29)));
    }
}
