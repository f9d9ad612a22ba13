//! Concerns and their case records (tables of `0002_concern.sql`): the SQLite side of
//! [`ConcernTx`].
//!
//! Details (names, narrative) and chronology entry bodies are stored only sealed by the
//! [`crate::crypto::Cipher`]. Entries are only ever inserted (a trigger refuses updates to
//! anything but their sealing).

use super::codec::ts;
use super::concern_rows::{
    entry_from_row, from_row, list, open, seal, select, with_subjects, COLUMNS,
};
use super::tx::SqliteTx;
use crate::core::concern::reference::ConcernRef;
use crate::core::concern::store::{
    Concern, ConcernFacts, ConcernId, ConcernTx, Details, Entry, NewConcern,
};
use crate::core::ids::{PersonId, SchoolId};
use anyhow::Result;
use async_trait::async_trait;
use chrono::{DateTime, Utc};

#[async_trait]
impl ConcernTx for SqliteTx {
    async fn next_concern_seq(&mut self, school: SchoolId, year: i32) -> Result<u32> {
        let max: Option<i64> =
            sqlx::query_scalar("SELECT MAX(seq) FROM concerns WHERE school_id = $1 AND year = $2")
                .bind(school.0)
                .bind(year)
                .fetch_one(self.c())
                .await?;
        Ok(u32::try_from(max.unwrap_or(0) + 1)?)
    }

    async fn insert_concern(&mut self, n: &NewConcern) -> Result<ConcernId> {
        let k = &n.concern;
        let (_, cipher) = self.parts();
        let sealed = seal(cipher, &n.details)?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO concerns (school_id, year, seq, reporter_id, about, categories, urgent, \
             conflict, told_dsl, place, occurred_at, draft_ref, details_sealed, status, \
             route_level, escalate_at, legal_hold, created_at) VALUES ($1, $2, $3, $4, $5, $6, \
             $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id",
        )
        .bind(k.school.0)
        .bind(k.reference.year())
        .bind(k.reference.seq())
        .bind(k.reporter.0)
        .bind(k.about.as_str())
        .bind(list(&k.categories))
        .bind(k.urgent)
        .bind(k.conflict)
        .bind(k.told_dsl)
        .bind(k.place.as_str())
        .bind(ts(k.occurred_at))
        .bind(&k.draft_ref)
        .bind(sealed)
        .bind(k.status.as_str())
        .bind(k.route_level)
        .bind(k.escalate_at.map(ts))
        .bind(k.legal_hold)
        .bind(ts(k.created_at))
        .fetch_one(self.c())
        .await?;
        for s in &k.subjects {
            sqlx::query(
                "INSERT INTO concern_subjects (concern_id, person_id, school_id) VALUES ($1, $2, $3) \
                 ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(s.0)
            .bind(k.school.0)
            .execute(self.c())
            .await?;
        }
        Ok(ConcernId(id))
    }

    async fn concern_by_ref(&mut self, school: SchoolId, r: ConcernRef) -> Result<Option<Concern>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM concerns WHERE school_id = $1 AND year = $2 AND seq = $3"
        ))
        .bind(school.0)
        .bind(r.year())
        .bind(r.seq())
        .fetch_all(self.c())
        .await?;
        Ok(with_subjects(self.c(), rows).await?.pop())
    }

    async fn concern_details(&mut self, id: ConcernId) -> Result<Details> {
        let sealed: Vec<u8> =
            sqlx::query_scalar("SELECT details_sealed FROM concerns WHERE id = $1")
                .bind(id.0)
                .fetch_one(self.c())
                .await?;
        let (_, cipher) = self.parts();
        open(cipher, &sealed, "concern details", id.0)
    }

    async fn open_concerns(&mut self, school: SchoolId) -> Result<Vec<Concern>> {
        select(self.c(), "status <> 'closed'", school, None).await
    }

    async fn concerns_to_escalate(
        &mut self,
        school: SchoolId,
        now: DateTime<Utc>,
    ) -> Result<Vec<Concern>> {
        let filter = "status <> 'closed' AND acknowledged_at IS NULL AND escalate_at <= $2";
        select(self.c(), filter, school, Some(now)).await
    }

    async fn closed_concerns(
        &mut self,
        school: SchoolId,
        closed_before: DateTime<Utc>,
    ) -> Result<Vec<Concern>> {
        let filter = "status = 'closed' AND legal_hold = 0 AND closed_at < $2";
        select(self.c(), filter, school, Some(closed_before)).await
    }

    async fn update_concern(&mut self, k: &Concern) -> Result<()> {
        sqlx::query(
            "UPDATE concerns SET status = $2, route_level = $3, escalate_at = $4, \
             acknowledged_at = $5, acknowledged_by = $6, closed_at = $7, outcome = $8, \
             legal_hold = $9 WHERE id = $1",
        )
        .bind(k.id.0)
        .bind(k.status.as_str())
        .bind(k.route_level)
        .bind(k.escalate_at.map(ts))
        .bind(k.acknowledged_at.map(ts))
        .bind(k.acknowledged_by.map(|p| p.0))
        .bind(k.closed_at.map(ts))
        .bind(k.outcome.map(|o| o.as_str()))
        .bind(k.legal_hold)
        .execute(self.c())
        .await?;
        Ok(())
    }

    async fn delete_concern(&mut self, id: ConcernId) -> Result<()> {
        for table in ["concern_entries", "concern_alerts", "concern_subjects"] {
            sqlx::query(&format!("DELETE FROM {table} WHERE concern_id = $1"))
                .bind(id.0)
                .execute(self.c())
                .await?;
        }
        sqlx::query("DELETE FROM concerns WHERE id = $1")
            .bind(id.0)
            .execute(self.c())
            .await?;
        Ok(())
    }

    async fn add_entry(&mut self, concern: ConcernId, e: &Entry) -> Result<u32> {
        let (_, cipher) = self.parts();
        let sealed = seal(cipher, &e.body)?;
        let n: u32 = sqlx::query_scalar(
            "INSERT INTO concern_entries (school_id, concern_id, n, kind, author_id, happened_at, \
             recorded_at, agency, corrects, status, outcome, body_sealed) \
             SELECT school_id, id, \
             (SELECT COALESCE(MAX(n), 0) + 1 FROM concern_entries WHERE concern_id = $1), \
             $2, $3, $4, $5, $6, $7, $8, $9, $10 FROM concerns WHERE id = $1 RETURNING n",
        )
        .bind(concern.0)
        .bind(e.kind.as_str())
        .bind(e.author.map(|p| p.0))
        .bind(ts(e.happened_at))
        .bind(ts(e.recorded_at))
        .bind(e.agency.map(|a| a.as_str()))
        .bind(e.corrects)
        .bind(e.status.map(|s| s.as_str()))
        .bind(e.outcome.map(|o| o.as_str()))
        .bind(sealed)
        .fetch_one(self.c())
        .await?;
        Ok(n)
    }

    async fn entries(&mut self, concern: ConcernId) -> Result<Vec<Entry>> {
        let (c, cipher) = self.parts();
        let rows = sqlx::query(
            "SELECT id, n, kind, author_id, happened_at, recorded_at, agency, corrects, status, \
             outcome, body_sealed FROM concern_entries WHERE concern_id = $1 ORDER BY n",
        )
        .bind(concern.0)
        .fetch_all(c)
        .await?;
        rows.iter().map(|r| entry_from_row(r, cipher)).collect()
    }

    async fn record_alert(
        &mut self,
        concern: ConcernId,
        person: PersonId,
        level: u32,
        at: DateTime<Utc>,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO concern_alerts (school_id, concern_id, person_id, level, at) \
             SELECT school_id, id, $2, $3, $4 FROM concerns WHERE id = $1",
        )
        .bind(concern.0)
        .bind(person.0)
        .bind(level)
        .bind(ts(at))
        .execute(self.c())
        .await?;
        Ok(())
    }

    async fn record_urgent_draft(
        &mut self,
        school: SchoolId,
        draft_ref: &str,
        reporter: PersonId,
        at: DateTime<Utc>,
    ) -> Result<()> {
        sqlx::query(
            "INSERT INTO concern_urgent_drafts (draft_ref, school_id, reporter_id, alerted_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (draft_ref) DO NOTHING",
        )
        .bind(draft_ref)
        .bind(school.0)
        .bind(reporter.0)
        .bind(ts(at))
        .execute(self.c())
        .await?;
        Ok(())
    }

    async fn forget_urgent_draft(&mut self, draft_ref: &str) -> Result<()> {
        sqlx::query("DELETE FROM concern_urgent_drafts WHERE draft_ref = $1")
            .bind(draft_ref)
            .execute(self.c())
            .await?;
        Ok(())
    }

    async fn urgent_drafts(&mut self, school: SchoolId) -> Result<Vec<(String, PersonId)>> {
        let rows: Vec<(String, i64)> = sqlx::query_as(
            "SELECT draft_ref, reporter_id FROM concern_urgent_drafts \
             WHERE school_id = $1 ORDER BY alerted_at, draft_ref",
        )
        .bind(school.0)
        .fetch_all(self.c())
        .await?;
        Ok(rows.into_iter().map(|(d, p)| (d, PersonId(p))).collect())
    }

    async fn concern_facts(
        &mut self,
        school: SchoolId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<ConcernFacts>> {
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM concerns WHERE school_id = $1 AND created_at >= $2 \
             AND created_at < $3 ORDER BY created_at"
        ))
        .bind(school.0)
        .bind(ts(from))
        .bind(ts(to))
        .fetch_all(self.c())
        .await?;
        rows.iter()
            .map(|r| {
                let c = from_row(r)?;
                Ok(ConcernFacts {
                    created_at: c.created_at,
                    categories: c.categories,
                    status: c.status,
                    urgent: c.urgent,
                    acknowledged_at: c.acknowledged_at,
                })
            })
            .collect()
    }
}
