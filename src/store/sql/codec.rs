//! Conversions between domain values and their stored form (see the conventions at the top of
//! `migrations/sqlite/0001_foundation.sql`).

use crate::core::ids::Platform;
use crate::core::people::Lang;
use crate::core::store::Kind;
use anyhow::{anyhow, Context, Result};
use chrono::{DateTime, Utc};

/// An instant as stored: RFC 3339 UTC with nine fractional digits, so text order is time order.
pub(super) fn ts(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.9fZ").to_string()
}

/// Reads an instant written by [`ts`].
pub(super) fn parse_ts(s: &str) -> Result<DateTime<Utc>> {
    Ok(DateTime::parse_from_rfc3339(s)
        .with_context(|| format!("stored time {s:?} is not RFC 3339"))?
        .with_timezone(&Utc))
}

pub(super) fn parse_platform(s: &str) -> Result<Platform> {
    Platform::parse(s).ok_or_else(|| anyhow!("unknown stored platform {s:?}"))
}

pub(super) fn parse_lang(s: &str) -> Result<Lang> {
    Lang::parse(s).ok_or_else(|| anyhow!("unknown stored language {s:?}"))
}

/// The stored name of a kind of person.
pub(super) fn kind_str(kind: Kind) -> &'static str {
    match kind {
        Kind::Staff => "staff",
        Kind::Parents => "parent",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn stored_times_round_trip_and_sort_as_text() {
        let a = Utc.with_ymd_and_hms(2025, 2, 11, 9, 30, 0).unwrap();
        let b = a + chrono::Duration::nanoseconds(1);
        let c = a + chrono::Duration::days(400);
        assert_eq!(parse_ts(&ts(a)).unwrap(), a);
        assert_eq!(parse_ts(&ts(b)).unwrap(), b);
        assert_eq!(ts(a), "2025-02-11T09:30:00.000000000Z");
        assert!(ts(a) < ts(b) && ts(b) < ts(c));
    }
}
