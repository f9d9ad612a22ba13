//! The roll: for every policy in force, everyone in its audience and where they stand. The
//! reminders, the digest, the report and `/aup` all read it, so they always agree.
//!
//! Leavers (inactive people) are never on it. It only reads.

use super::model::{LastSigned, Version};
use super::schedule::{local_date, standing, Standing};
use crate::core::fault::Result;
use crate::core::ids::SchoolId;
use crate::core::people::Person;
use crate::core::settings::Settings;
use crate::core::store::Tx;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// One person on the roll of one version.
#[derive(Debug, Clone)]
pub struct Entry {
    pub person: Person,
    pub standing: Standing,
}

/// A version in force and everyone who must sign it, by name.
#[derive(Debug, Clone)]
pub struct PolicyRoll {
    pub version: Version,
    pub entries: Vec<Entry>,
}

/// The version in force of each policy at `now` (the latest to have taken effect), by title.
pub fn in_force(versions: &[Version], now: DateTime<Utc>) -> Vec<Version> {
    let mut by_policy: BTreeMap<String, &Version> = BTreeMap::new();
    for v in versions.iter().filter(|v| v.effective <= now) {
        let key = v.policy_key();
        match by_policy.get(&key) {
            Some(cur) if (cur.effective, cur.id) > (v.effective, v.id) => {}
            _ => {
                by_policy.insert(key, v);
            }
        }
    }
    by_policy.into_values().cloned().collect()
}

/// The roll of every policy in force; with `only`, just that person's entries (and only the
/// policies whose audience includes them).
pub async fn roll(
    tx: &mut dyn Tx,
    school: SchoolId,
    settings: &Settings,
    now: DateTime<Utc>,
    only: Option<&Person>,
) -> Result<Vec<PolicyRoll>> {
    let versions = in_force(&tx.aup().aup_versions(school).await?, now);
    if versions.is_empty() {
        return Ok(Vec::new());
    }
    let who = only.map(|p| p.id);
    let people = match only {
        Some(p) if p.active => vec![p.clone()],
        Some(_) => Vec::new(),
        None => tx.people(school).await?,
    };
    let first_seen = tx.aup().aup_first_seen(school, who).await?;
    let signed = tx.aup().aup_last_signed(school, who).await?;
    let last = |p: &Person, key: &str| -> Option<&LastSigned> {
        signed
            .iter()
            .find(|s| s.person == p.id && s.policy_key == key)
    };
    let tz = settings.timezone;
    let today = local_date(now, tz);
    let rolls = versions
        .into_iter()
        .map(|v| {
            let key = v.policy_key();
            let entries = people
                .iter()
                .filter(|p| v.audience.includes(&p.roles))
                .map(|p| {
                    let seen = first_seen.get(&p.id).copied().unwrap_or(v.effective);
                    let st = standing(&v, seen, last(p, &key), &settings.aup, tz, today);
                    Entry {
                        person: p.clone(),
                        standing: st,
                    }
                })
                .collect();
            PolicyRoll {
                version: v,
                entries,
            }
        })
        .filter(|r| only.is_none() || !r.entries.is_empty())
        .collect();
    Ok(rolls)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::aup::model::{Audience, Rule, VersionId};
    use chrono::{Duration, TimeZone};

    fn v(id: i64, title: &str, effective_in_days: i64) -> Version {
        let t0 = Utc.with_ymd_and_hms(2026, 11, 17, 10, 0, 0).unwrap();
        Version {
            id: VersionId(id),
            school: SchoolId::default(),
            title: title.into(),
            label: id.to_string(),
            hash: String::new(),
            audience: Audience::parse("staff").unwrap(),
            rule: Rule::Annual,
            link: None,
            effective: t0 + Duration::days(effective_in_days),
            published_at: t0,
        }
    }

    #[test]
    fn the_latest_version_to_take_effect_is_in_force_for_each_policy() {
        let now = Utc.with_ymd_and_hms(2026, 11, 20, 10, 0, 0).unwrap();
        let all = [
            v(1, "Staff AUP", -30),
            v(2, "staff  aup", 0),
            v(3, "Staff AUP", 10),
            v(4, "Visitor AUP", -1),
        ];
        let ids: Vec<i64> = in_force(&all, now).iter().map(|v| v.id.0).collect();
        assert_eq!(ids, vec![2, 4]);
        assert!(in_force(&all[2..3], now).is_empty(), "not yet in effect");
    }
}
