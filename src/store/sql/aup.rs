//! AUP re-signing: versions, openings, signatures and the record of reminders and digests
//! (tables from `migrations/sqlite/0003_aup.sql`). Nothing here is sealed: policy texts,
//! signatures and reminder dates are not sensitive.

use super::codec::{parse_platform, parse_ts, ts};
use super::sql::Row;
use super::sql::{self, first};
use super::tx::SqlTx;
use crate::core::aup::model::{
    policy_key, Audience, LastSigned, NewVersion, Rule, Signature, Version, VersionId,
};
use crate::core::aup::store::{AupTx, ReminderKey};
use crate::core::ids::{PersonId, SchoolId};
use crate::core::store::Result as StoreResult;
use anyhow::{anyhow, Result};
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::{HashMap, HashSet};

const VERSION_COLUMNS: &str = "id, school_id, title, label, content_hash, audience, rule, link, \
     effective_at, published_at";

fn version(row: &Row<'_>) -> Result<Version> {
    let audience: String = row.get("audience")?;
    let rule: String = row.get("rule")?;
    Ok(Version {
        id: VersionId(row.get("id")?),
        school: SchoolId(row.get("school_id")?),
        title: row.get("title")?,
        label: row.get("label")?,
        hash: row.get("content_hash")?,
        audience: Audience::parse(&audience)
            .map_err(|g| anyhow!("unknown stored audience group {g:?}"))?,
        rule: Rule::parse(&rule).ok_or_else(|| anyhow!("unknown stored rule {rule:?}"))?,
        link: row.get("link")?,
        effective: parse_ts(&row.get::<_, String>("effective_at")?)?,
        published_at: parse_ts(&row.get::<_, String>("published_at")?)?,
    })
}

fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn parse_date(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| anyhow!("stored date {s:?}: {e}"))
}

#[async_trait]
impl AupTx for SqlTx {
    async fn aup_insert_version(
        &mut self,
        v: &NewVersion,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<VersionId>> {
        let id: Option<i64> = sql::optional(
            self.c(),
            "INSERT INTO aup_versions (school_id, policy_key, title, label, body, content_hash, \
             audience, rule, link, effective_at, published_at, published_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
             ON CONFLICT (school_id, policy_key, label) DO NOTHING RETURNING id",
            &[
                &v.school.0,
                &policy_key(&v.title),
                &v.title,
                &v.label,
                &v.text,
                &v.hash,
                &v.audience.to_list(),
                &v.rule.as_string(),
                &v.link,
                &ts(v.effective),
                &ts(now),
                &v.published_by.map(|p| p.0),
            ],
            first,
        )
        .await?;
        Ok(id.map(VersionId))
    }

    async fn aup_versions(&mut self, school: SchoolId) -> StoreResult<Vec<Version>> {
        Ok(sql::all(
            self.c(),
            &format!(
                "SELECT {VERSION_COLUMNS} FROM aup_versions WHERE school_id = $1 \
                 ORDER BY effective_at, id"
            ),
            &[&school.0],
            version,
        )
        .await?)
    }

    async fn aup_version(&mut self, id: VersionId) -> StoreResult<Option<Version>> {
        Ok(sql::optional(
            self.c(),
            &format!("SELECT {VERSION_COLUMNS} FROM aup_versions WHERE id = $1"),
            &[&id.0],
            version,
        )
        .await?)
    }

    async fn aup_text(&mut self, id: VersionId) -> StoreResult<Option<String>> {
        Ok(sql::optional(
            self.c(),
            "SELECT body FROM aup_versions WHERE id = $1",
            &[&id.0],
            first,
        )
        .await?)
    }

    async fn aup_record_opening(
        &mut self,
        person: PersonId,
        version: VersionId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        sql::execute(
            self.c(),
            "INSERT INTO aup_openings (school_id, person_id, version_id, opened_at) \
             SELECT school_id, $2, $1, $3 FROM aup_versions WHERE id = $1",
            &[&version.0, &person.0, &ts(now)],
        )
        .await?;
        Ok(())
    }

    async fn aup_last_opened(
        &mut self,
        person: PersonId,
        version: VersionId,
    ) -> StoreResult<Option<DateTime<Utc>>> {
        let at: Option<String> = sql::one(
            self.c(),
            "SELECT MAX(opened_at) FROM aup_openings WHERE person_id = $1 AND version_id = $2",
            &[&person.0, &version.0],
            first,
        )
        .await?;
        Ok(at.as_deref().map(parse_ts).transpose()?)
    }

    async fn aup_sign(&mut self, s: &Signature) -> StoreResult<()> {
        let done = sql::execute(
            self.c(),
            "INSERT INTO aup_signatures (school_id, person_id, version_id, content_hash, \
             signed_at, platform) \
             SELECT school_id, $2, $1, $3, $4, $5 FROM aup_versions WHERE id = $1",
            &[
                &s.version.0,
                &s.person.0,
                &s.hash,
                &ts(s.at),
                &s.platform.as_str(),
            ],
        )
        .await?;
        if done != 1 {
            return Err(anyhow!("no policy version {}", s.version).into());
        }
        Ok(())
    }

    async fn aup_last_signed(
        &mut self,
        school: SchoolId,
        person: Option<PersonId>,
    ) -> StoreResult<Vec<LastSigned>> {
        let rows = sql::all(
            self.c(),
            "SELECT s.person_id, v.policy_key, s.version_id, v.label, s.content_hash, \
             s.signed_at, s.platform \
             FROM aup_signatures s JOIN aup_versions v ON v.id = s.version_id \
             WHERE s.school_id = $1 AND ($2 IS NULL OR s.person_id = $2) \
             ORDER BY s.signed_at, s.id",
            &[&school.0, &person.map(|p| p.0)],
            |row| {
                Ok(LastSigned {
                    person: PersonId(row.get("person_id")?),
                    policy_key: row.get("policy_key")?,
                    version: VersionId(row.get("version_id")?),
                    label: row.get("label")?,
                    hash: row.get("content_hash")?,
                    at: parse_ts(&row.get::<_, String>("signed_at")?)?,
                    platform: parse_platform(&row.get::<_, String>("platform")?)?,
                })
            },
        )
        .await?;
        let mut latest: HashMap<(i64, String), LastSigned> = HashMap::new();
        for s in rows {
            latest.insert((s.person.0, s.policy_key.clone()), s);
        }
        Ok(latest.into_values().collect())
    }

    async fn aup_first_seen(
        &mut self,
        school: SchoolId,
        person: Option<PersonId>,
    ) -> StoreResult<HashMap<PersonId, DateTime<Utc>>> {
        let rows: Vec<(i64, String)> = sql::all(
            self.c(),
            "SELECT id, created_at FROM people WHERE school_id = $1 AND active = $2 \
             AND ($3 IS NULL OR id = $3)",
            &[&school.0, &true, &person.map(|p| p.0)],
            sql::tuple,
        )
        .await?;
        rows.into_iter()
            .map(|(id, at)| Ok((PersonId(id), parse_ts(&at)?)))
            .collect()
    }

    async fn aup_reminders_sent(
        &mut self,
        school: SchoolId,
        versions: &[VersionId],
    ) -> StoreResult<HashSet<ReminderKey>> {
        let mut out = HashSet::new();
        for v in versions {
            let rows: Vec<(i64, String, String)> = sql::all(
                self.c(),
                "SELECT person_id, due_on, point_on FROM aup_reminders \
                 WHERE school_id = $1 AND version_id = $2",
                &[&school.0, &v.0],
                sql::tuple,
            )
            .await?;
            for (person, due, point) in rows {
                out.insert(ReminderKey {
                    person: PersonId(person),
                    version: *v,
                    due: parse_date(&due)?,
                    point: parse_date(&point)?,
                });
            }
        }
        Ok(out)
    }

    async fn aup_record_reminder(
        &mut self,
        school: SchoolId,
        key: &ReminderKey,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        sql::execute(
            self.c(),
            "INSERT INTO aup_reminders (school_id, person_id, version_id, due_on, point_on, \
             sent_at) VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (person_id, version_id, due_on, point_on) DO NOTHING",
            &[
                &school.0,
                &key.person.0,
                &key.version.0,
                &date(key.due),
                &date(key.point),
                &ts(now),
            ],
        )
        .await?;
        Ok(())
    }

    async fn aup_digest_done(&mut self, school: SchoolId, week: &str) -> StoreResult<bool> {
        let n: i64 = sql::one(
            self.c(),
            "SELECT COUNT(*) FROM aup_digests WHERE school_id = $1 AND week = $2",
            &[&school.0, &week],
            first,
        )
        .await?;
        Ok(n > 0)
    }

    async fn aup_record_digest(
        &mut self,
        school: SchoolId,
        week: &str,
        overdue: usize,
        escalated: usize,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        sql::execute(
            self.c(),
            "INSERT INTO aup_digests (school_id, week, overdue, escalated, done_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (school_id, week) DO NOTHING",
            &[
                &school.0,
                &week,
                &i64::try_from(overdue)?,
                &i64::try_from(escalated)?,
                &ts(now),
            ],
        )
        .await?;
        Ok(())
    }
}
