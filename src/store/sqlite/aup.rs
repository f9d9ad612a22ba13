//! AUP re-signing: versions, openings, signatures and the record of reminders and digests
//! (tables from `migrations/sqlite/0003_aup.sql`). Nothing here is sealed: policy texts,
//! signatures and reminder dates are not sensitive.

use super::codec::{parse_platform, parse_ts, ts};
use super::tx::SqliteTx;
use crate::core::aup::model::{
    policy_key, Audience, LastSigned, NewVersion, Rule, Signature, Version, VersionId,
};
use crate::core::aup::store::{AupTx, ReminderKey};
use crate::core::ids::{PersonId, SchoolId};
use anyhow::{anyhow, Result};
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};
use sqlx::sqlite::SqliteRow;
use sqlx::Row;
use std::collections::{HashMap, HashSet};

const VERSION_COLUMNS: &str = "id, school_id, title, label, content_hash, audience, rule, link, \
     effective_at, published_at";

fn version(row: &SqliteRow) -> Result<Version> {
    let audience: String = row.try_get("audience")?;
    let rule: String = row.try_get("rule")?;
    Ok(Version {
        id: VersionId(row.try_get("id")?),
        school: SchoolId(row.try_get("school_id")?),
        title: row.try_get("title")?,
        label: row.try_get("label")?,
        hash: row.try_get("content_hash")?,
        audience: Audience::parse(&audience)
            .map_err(|g| anyhow!("unknown stored audience group {g:?}"))?,
        rule: Rule::parse(&rule).ok_or_else(|| anyhow!("unknown stored rule {rule:?}"))?,
        link: row.try_get("link")?,
        effective: parse_ts(row.try_get("effective_at")?)?,
        published_at: parse_ts(row.try_get("published_at")?)?,
    })
}

fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn parse_date(s: &str) -> Result<NaiveDate> {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").map_err(|e| anyhow!("stored date {s:?}: {e}"))
}

#[async_trait]
impl AupTx for SqliteTx {
    async fn aup_insert_version(
        &mut self,
        v: &NewVersion,
        now: DateTime<Utc>,
    ) -> Result<Option<VersionId>> {
        let id: Option<i64> = sqlx::query_scalar(
            "INSERT INTO aup_versions (school_id, policy_key, title, label, body, content_hash, \
             audience, rule, link, effective_at, published_at, published_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) \
             ON CONFLICT (school_id, policy_key, label) DO NOTHING RETURNING id",
        )
        .bind(v.school.0)
        .bind(policy_key(&v.title))
        .bind(&v.title)
        .bind(&v.label)
        .bind(&v.text)
        .bind(&v.hash)
        .bind(v.audience.to_list())
        .bind(v.rule.as_string())
        .bind(&v.link)
        .bind(ts(v.effective))
        .bind(ts(now))
        .bind(v.published_by.map(|p| p.0))
        .fetch_optional(self.c())
        .await?;
        Ok(id.map(VersionId))
    }

    async fn aup_versions(&mut self, school: SchoolId) -> Result<Vec<Version>> {
        let rows = sqlx::query(&format!(
            "SELECT {VERSION_COLUMNS} FROM aup_versions WHERE school_id = $1 \
             ORDER BY effective_at, id"
        ))
        .bind(school.0)
        .fetch_all(self.c())
        .await?;
        rows.iter().map(version).collect()
    }

    async fn aup_version(&mut self, id: VersionId) -> Result<Option<Version>> {
        let row = sqlx::query(&format!(
            "SELECT {VERSION_COLUMNS} FROM aup_versions WHERE id = $1"
        ))
        .bind(id.0)
        .fetch_optional(self.c())
        .await?;
        row.as_ref().map(version).transpose()
    }

    async fn aup_text(&mut self, id: VersionId) -> Result<Option<String>> {
        Ok(
            sqlx::query_scalar("SELECT body FROM aup_versions WHERE id = $1")
                .bind(id.0)
                .fetch_optional(self.c())
                .await?,
        )
    }

    async fn aup_record_opening(
        &mut self,
        person: PersonId,
        version: VersionId,
        now: DateTime<Utc>,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO aup_openings (school_id, person_id, version_id, opened_at) \
             SELECT school_id, $2, $1, $3 FROM aup_versions WHERE id = $1",
        )
        .bind(version.0)
        .bind(person.0)
        .bind(ts(now))
        .execute(self.c())
        .await?;
        Ok(())
    }

    async fn aup_last_opened(
        &mut self,
        person: PersonId,
        version: VersionId,
    ) -> Result<Option<DateTime<Utc>>> {
        let at: Option<String> = sqlx::query_scalar(
            "SELECT MAX(opened_at) FROM aup_openings WHERE person_id = $1 AND version_id = $2",
        )
        .bind(person.0)
        .bind(version.0)
        .fetch_one(self.c())
        .await?;
        at.as_deref().map(parse_ts).transpose()
    }

    async fn aup_sign(&mut self, s: &Signature) -> Result<()> {
        let done = sqlx::query(
            "INSERT INTO aup_signatures (school_id, person_id, version_id, content_hash, \
             signed_at, platform) \
             SELECT school_id, $2, $1, $3, $4, $5 FROM aup_versions WHERE id = $1",
        )
        .bind(s.version.0)
        .bind(s.person.0)
        .bind(&s.hash)
        .bind(ts(s.at))
        .bind(s.platform.as_str())
        .execute(self.c())
        .await?;
        if done.rows_affected() != 1 {
            return Err(anyhow!("no policy version {}", s.version));
        }
        Ok(())
    }

    async fn aup_last_signed(
        &mut self,
        school: SchoolId,
        person: Option<PersonId>,
    ) -> Result<Vec<LastSigned>> {
        let rows = sqlx::query(
            "SELECT s.person_id, v.policy_key, s.version_id, v.label, s.content_hash, \
             s.signed_at, s.platform \
             FROM aup_signatures s JOIN aup_versions v ON v.id = s.version_id \
             WHERE s.school_id = $1 AND ($2 IS NULL OR s.person_id = $2) \
             ORDER BY s.signed_at, s.id",
        )
        .bind(school.0)
        .bind(person.map(|p| p.0))
        .fetch_all(self.c())
        .await?;
        let mut latest: HashMap<(i64, String), LastSigned> = HashMap::new();
        for row in &rows {
            let s = LastSigned {
                person: PersonId(row.try_get("person_id")?),
                policy_key: row.try_get("policy_key")?,
                version: VersionId(row.try_get("version_id")?),
                label: row.try_get("label")?,
                hash: row.try_get("content_hash")?,
                at: parse_ts(row.try_get("signed_at")?)?,
                platform: parse_platform(row.try_get("platform")?)?,
            };
            latest.insert((s.person.0, s.policy_key.clone()), s);
        }
        Ok(latest.into_values().collect())
    }

    async fn aup_first_seen(
        &mut self,
        school: SchoolId,
        person: Option<PersonId>,
    ) -> Result<HashMap<PersonId, DateTime<Utc>>> {
        let rows: Vec<(i64, String)> = sqlx::query_as(
            "SELECT id, created_at FROM people WHERE school_id = $1 AND active = $2 \
             AND ($3 IS NULL OR id = $3)",
        )
        .bind(school.0)
        .bind(true)
        .bind(person.map(|p| p.0))
        .fetch_all(self.c())
        .await?;
        rows.into_iter()
            .map(|(id, at)| Ok((PersonId(id), parse_ts(&at)?)))
            .collect()
    }

    async fn aup_reminders_sent(
        &mut self,
        school: SchoolId,
        versions: &[VersionId],
    ) -> Result<HashSet<ReminderKey>> {
        let mut out = HashSet::new();
        for v in versions {
            let rows: Vec<(i64, String, String)> = sqlx::query_as(
                "SELECT person_id, due_on, point_on FROM aup_reminders \
                 WHERE school_id = $1 AND version_id = $2",
            )
            .bind(school.0)
            .bind(v.0)
            .fetch_all(self.c())
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
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO aup_reminders (school_id, person_id, version_id, due_on, point_on, \
             sent_at) VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (person_id, version_id, due_on, point_on) DO NOTHING",
        )
        .bind(school.0)
        .bind(key.person.0)
        .bind(key.version.0)
        .bind(date(key.due))
        .bind(date(key.point))
        .bind(ts(now))
        .execute(self.c())
        .await?;
        Ok(())
    }

    async fn aup_digest_done(&mut self, school: SchoolId, week: &str) -> Result<bool> {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM aup_digests WHERE school_id = $1 AND week = $2",
        )
        .bind(school.0)
        .bind(week)
        .fetch_one(self.c())
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
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO aup_digests (school_id, week, overdue, escalated, done_at) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (school_id, week) DO NOTHING",
        )
        .bind(school.0)
        .bind(week)
        .bind(i64::try_from(overdue)?)
        .bind(i64::try_from(escalated)?)
        .bind(ts(now))
        .execute(self.c())
        .await?;
        Ok(())
    }
}
