//! Anonymised counts of concerns for governors: by category group, month, status and time to
//! acknowledge. Pure; built only from [`ConcernFacts`], which hold no names, no narrative and
//! no people, so nothing identifying can reach the report.

use super::store::ConcernFacts;
use super::types::{groups_of, Group, Status};
use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;

/// How long a concern waited to be acknowledged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AckBucket {
    Within15Minutes,
    WithinAnHour,
    WithinADay,
    Longer,
    NotYet,
}

impl AckBucket {
    pub const ALL: [AckBucket; 5] = [
        AckBucket::Within15Minutes,
        AckBucket::WithinAnHour,
        AckBucket::WithinADay,
        AckBucket::Longer,
        AckBucket::NotYet,
    ];

    /// The stable code (CSV).
    pub fn as_str(self) -> &'static str {
        match self {
            AckBucket::Within15Minutes => "15m",
            AckBucket::WithinAnHour => "1h",
            AckBucket::WithinADay => "1d",
            AckBucket::Longer => "longer",
            AckBucket::NotYet => "not_yet",
        }
    }

    /// The Fluent key of the label.
    pub fn label(self) -> &'static str {
        match self {
            AckBucket::Within15Minutes => "concern-report-ack-15m",
            AckBucket::WithinAnHour => "concern-report-ack-1h",
            AckBucket::WithinADay => "concern-report-ack-1d",
            AckBucket::Longer => "concern-report-ack-longer",
            AckBucket::NotYet => "concern-report-ack-not_yet",
        }
    }

    fn of(f: &ConcernFacts) -> AckBucket {
        match f.acknowledged_at.map(|a| a - f.created_at) {
            None => AckBucket::NotYet,
            Some(d) if d <= Duration::minutes(15) => AckBucket::Within15Minutes,
            Some(d) if d <= Duration::hours(1) => AckBucket::WithinAnHour,
            Some(d) if d <= Duration::days(1) => AckBucket::WithinADay,
            Some(_) => AckBucket::Longer,
        }
    }
}

/// The counts for one period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stats {
    pub total: u64,
    pub urgent: u64,
    /// Concerns touching each group (a concern in two groups counts in both).
    pub by_group: Vec<(Group, u64)>,
    /// Concerns reported each month (`2026-11`), every month of the period.
    pub by_month: Vec<(String, u64)>,
    pub by_status: Vec<(Status, u64)>,
    pub by_ack: Vec<(AckBucket, u64)>,
    /// Median minutes to acknowledge, over acknowledged concerns.
    pub median_ack_minutes: Option<i64>,
}

/// The instants a period of school days covers: from the start of `from` to the end of `to`.
pub fn period(from: NaiveDate, to: NaiveDate, tz: Tz) -> (DateTime<Utc>, DateTime<Utc>) {
    let start = |d: NaiveDate| {
        tz.from_local_datetime(&d.and_time(Default::default()))
            .earliest()
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_else(|| d.and_time(Default::default()).and_utc())
    };
    (start(from), start(to.succ_opt().unwrap_or(to)))
}

/// Counts the facts of a period.
pub fn summarise(facts: &[ConcernFacts], from: NaiveDate, to: NaiveDate, tz: Tz) -> Stats {
    let count =
        |pred: &dyn Fn(&ConcernFacts) -> bool| facts.iter().filter(|f| pred(f)).count() as u64;
    let month = |t: DateTime<Utc>| {
        let l = t.with_timezone(&tz);
        format!("{:04}-{:02}", l.year(), l.month())
    };
    let mut ack: Vec<i64> = facts
        .iter()
        .filter_map(|f| f.acknowledged_at.map(|a| (a - f.created_at).num_minutes()))
        .collect();
    ack.sort_unstable();
    Stats {
        total: facts.len() as u64,
        urgent: count(&|f| f.urgent),
        by_group: Group::ALL
            .iter()
            .map(|g| (*g, count(&|f| groups_of(&f.categories).contains(g))))
            .collect(),
        by_month: months(from, to)
            .into_iter()
            .map(|m| {
                let n = count(&|f| month(f.created_at) == m);
                (m, n)
            })
            .collect(),
        by_status: Status::ALL
            .iter()
            .map(|s| (*s, count(&|f| f.status == *s)))
            .collect(),
        by_ack: AckBucket::ALL
            .iter()
            .map(|b| (*b, count(&|f| AckBucket::of(f) == *b)))
            .collect(),
        median_ack_minutes: (!ack.is_empty()).then(|| ack[ack.len() / 2]),
    }
}

fn months(from: NaiveDate, to: NaiveDate) -> Vec<String> {
    let mut out = Vec::new();
    let (mut y, mut m) = (from.year(), from.month());
    while (y, m) <= (to.year(), to.month()) && out.len() < 1200 {
        out.push(format!("{y:04}-{m:02}"));
        (y, m) = if m == 12 { (y + 1, 1) } else { (y, m + 1) };
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::concern::types::Category;
    use chrono_tz::Europe::London;

    fn at(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn fact(
        created: &str,
        cats: &[Category],
        status: Status,
        ack_min: Option<i64>,
    ) -> ConcernFacts {
        let created_at = at(created);
        ConcernFacts {
            created_at,
            categories: cats.to_vec(),
            status,
            urgent: false,
            acknowledged_at: ack_min.map(|m| created_at + Duration::minutes(m)),
        }
    }

    #[test]
    fn counts_by_group_month_status_and_time_to_acknowledge() {
        use Category::*;
        let facts = [
            fact(
                "2026-10-05T09:00:00Z",
                &[Cyberbullying, Grooming],
                Status::Open,
                Some(10),
            ),
            fact(
                "2026-11-02T09:00:00Z",
                &[LostDevice],
                Status::Closed,
                Some(90),
            ),
            fact("2026-11-30T23:30:00Z", &[Cyberbullying], Status::Open, None),
        ];
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let s = summarise(&facts, d("2026-09-01"), d("2026-12-31"), London);
        assert_eq!(s.total, 3);
        let group = |g| s.by_group.iter().find(|(x, _)| *x == g).unwrap().1;
        assert_eq!(group(Group::Conduct), 2);
        assert_eq!(group(Group::Contact), 1);
        assert_eq!(group(Group::DataSecurity), 1);
        assert_eq!(group(Group::Commerce), 0);
        assert_eq!(
            s.by_month,
            [
                ("2026-09".to_string(), 0),
                ("2026-10".to_string(), 1),
                ("2026-11".to_string(), 2),
                ("2026-12".to_string(), 0)
            ]
        );
        let ack = |b| s.by_ack.iter().find(|(x, _)| *x == b).unwrap().1;
        assert_eq!(ack(AckBucket::Within15Minutes), 1);
        assert_eq!(ack(AckBucket::WithinADay), 1);
        assert_eq!(ack(AckBucket::NotYet), 1);
        assert_eq!(s.median_ack_minutes, Some(90));
    }

    #[test]
    fn a_period_runs_from_local_midnight_to_local_midnight() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        let (from, to) = period(d("2026-07-01"), d("2026-07-31"), London);
        assert_eq!(from, at("2026-06-30T23:00:00Z"));
        assert_eq!(to, at("2026-07-31T23:00:00Z"));
    }
}
