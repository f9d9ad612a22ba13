//! Concerns and their case records (tables of `0002_concern.sql`): the SQLite side of
//! [`ConcernTx`].
//!
//! Details (names, narrative) and chronology entry bodies are stored only sealed by the
//! [`crate::crypto::Cipher`]. Entries are only ever inserted (a trigger refuses updates to
//! anything but their sealing).

use super::codec::{parse_ts, ts};
use super::concern_rows::{
    entry_from_row, find, open, seal, seal_facts, select, EntryFactsSealed, COLUMNS,
};
use super::quarantine::Fault;
use super::sealing;
use super::sql::{self, first};
use super::tx::SqlTx;
use crate::core::concern::reference::ConcernRef;
use crate::core::concern::store::{
    Concern, ConcernFacts, ConcernId, ConcernTx, Details, Entry, NewConcern, UrgentDraft,
};
use crate::core::concern::types::About;
use crate::core::ids::{PersonId, SchoolId};
use crate::core::store::Result as StoreResult;
use async_trait::async_trait;
use chrono::{DateTime, Utc};

/// The sealed part of an urgent draft's row.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
struct UrgentPeople {
    #[serde(default)]
    reporter: Option<i64>,
    #[serde(default)]
    about: String,
    alerted: Vec<i64>,
    subjects: Vec<i64>,
}

#[async_trait]
impl ConcernTx for SqlTx {
    async fn next_concern_seq(&mut self, school: SchoolId, year: i32) -> StoreResult<u32> {
        let max: Option<i64> = sql::one(
            self.c(),
            "SELECT MAX(seq) FROM concerns WHERE school_id = $1 AND year = $2",
            &[&school.0, &year],
            first,
        )
        .await?;
        Ok(u32::try_from(max.unwrap_or(0) + 1)?)
    }

    async fn insert_concern(&mut self, n: &NewConcern) -> StoreResult<ConcernId> {
        let k = &n.concern;
        let (_, cipher) = self.parts();
        let place = sealing::concern("details_sealed", k.school, k.reference);
        let details = seal(cipher, &place, &n.details)?;
        let facts = seal_facts(cipher, k)?;
        let id: i64 = sql::one(
            self.c(),
            "INSERT INTO concerns (school_id, year, seq, facts_sealed, details_sealed, urgent, \
             status, route_level, escalate_at, legal_hold, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
            &[
                &k.school.0,
                &k.reference.year(),
                &k.reference.seq(),
                &facts,
                &details,
                &k.urgent,
                &k.status.as_str(),
                &k.route_level,
                &k.escalate_at.map(ts),
                &k.legal_hold,
                &ts(k.created_at),
            ],
            first,
        )
        .await?;
        Ok(ConcernId(id))
    }

    async fn concern_by_ref(
        &mut self,
        school: SchoolId,
        r: ConcernRef,
    ) -> StoreResult<Option<Concern>> {
        let (c, cipher) = self.parts();
        let found = find(
            c,
            self.faults(),
            cipher,
            &format!(
                "SELECT {COLUMNS} FROM concerns WHERE school_id = $1 AND year = $2 AND seq = $3"
            ),
            &[&school.0, &r.year(), &r.seq()],
        )
        .await?;
        Ok(found.into_iter().next())
    }

    async fn concern_details(&mut self, id: ConcernId) -> StoreResult<Details> {
        let (school, year, seq, sealed): (i64, i32, u32, Vec<u8>) = sql::one(
            self.c(),
            "SELECT school_id, year, seq, details_sealed FROM concerns WHERE id = $1",
            &[&id.0],
            sql::tuple,
        )
        .await?;
        let (c, cipher) = self.parts();
        let opened = ConcernRef::new(year, seq)
            .map_err(|_| anyhow::anyhow!("stored concern reference out of range"))
            .and_then(|r| {
                let place = sealing::concern("details_sealed", SchoolId(school), r);
                open(cipher, &sealed, &place, id.0)
            });
        if let Err(e) = &opened {
            self.faults()
                .set_aside(c, Fault::of(e, "concerns", id.0))
                .await?;
        }
        Ok(opened?)
    }

    async fn open_concerns(&mut self, school: SchoolId) -> StoreResult<Vec<Concern>> {
        {
            let (c, cipher) = self.parts();
            Ok(select(c, self.faults(), cipher, "status <> 'closed'", school, None).await?)
        }
    }

    async fn concerns_to_escalate(
        &mut self,
        school: SchoolId,
        now: DateTime<Utc>,
    ) -> StoreResult<Vec<Concern>> {
        let filter = "status <> 'closed' AND acknowledged_at IS NULL AND escalate_at <= $2";
        {
            let (c, cipher) = self.parts();
            Ok(select(c, self.faults(), cipher, filter, school, Some(now)).await?)
        }
    }

    async fn closed_concerns(
        &mut self,
        school: SchoolId,
        closed_before: DateTime<Utc>,
    ) -> StoreResult<Vec<Concern>> {
        let filter = "status = 'closed' AND legal_hold = FALSE AND closed_at < $2";
        {
            let (c, cipher) = self.parts();
            Ok(select(
                c,
                self.faults(),
                cipher,
                filter,
                school,
                Some(closed_before),
            )
            .await?)
        }
    }

    async fn update_concern(&mut self, k: &Concern) -> StoreResult<()> {
        let (_, cipher) = self.parts();
        let facts = seal_facts(cipher, k)?;
        sql::execute(
            self.c(),
            "UPDATE concerns SET status = $2, route_level = $3, escalate_at = $4, \
             acknowledged_at = $5, closed_at = $6, legal_hold = $7, facts_sealed = $8 \
             WHERE id = $1",
            &[
                &k.id.0,
                &k.status.as_str(),
                &k.route_level,
                &k.escalate_at.map(ts),
                &k.acknowledged_at.map(ts),
                &k.closed_at.map(ts),
                &k.legal_hold,
                &facts,
            ],
        )
        .await?;
        Ok(())
    }

    async fn delete_concern(&mut self, id: ConcernId) -> StoreResult<()> {
        // Only a case marked as purging may lose its chronology (a trigger checks).
        sql::execute(
            self.c(),
            "UPDATE concerns SET purging = TRUE WHERE id = $1",
            &[&id.0],
        )
        .await?;
        for table in [
            "concern_entries",
            "concern_alerts",
            "concern_subjects",
            "concern_transfer_cases",
        ] {
            sql::execute(
                self.c(),
                &format!("DELETE FROM {table} WHERE concern_id = $1"),
                &[&id.0],
            )
            .await?;
        }
        sql::execute(self.c(), "DELETE FROM concerns WHERE id = $1", &[&id.0]).await?;
        sql::execute(
            self.c(),
            "DELETE FROM concern_transfers \
             WHERE id NOT IN (SELECT transfer_id FROM concern_transfer_cases)",
            &[],
        )
        .await?;
        Ok(())
    }

    async fn add_entry(&mut self, concern: ConcernId, e: &Entry) -> StoreResult<u32> {
        let n: u32 = sql::one(
            self.c(),
            "SELECT COALESCE(MAX(n), 0) + 1 FROM concern_entries WHERE concern_id = $1",
            &[&concern.0],
            first,
        )
        .await?;
        let (_, cipher) = self.parts();
        let body = seal(cipher, &sealing::entry("body_sealed", concern, n), &e.body)?;
        let facts = seal(
            cipher,
            &sealing::entry("facts_sealed", concern, n),
            &EntryFactsSealed::of(e),
        )?;
        let n: u32 = sql::one(
            self.c(),
            "INSERT INTO concern_entries (school_id, concern_id, n, happened_at, recorded_at, \
             corrects, facts_sealed, body_sealed) \
             SELECT school_id, id, $2, $3, $4, $5, $6, $7 FROM concerns WHERE id = $1 \
             RETURNING n",
            &[
                &concern.0,
                &n,
                &ts(e.happened_at),
                &ts(e.recorded_at),
                &e.corrects,
                &facts,
                &body,
            ],
            first,
        )
        .await?;
        Ok(n)
    }

    async fn entries(&mut self, concern: ConcernId) -> StoreResult<Vec<Entry>> {
        let (c, cipher) = self.parts();
        let rows = sql::all(
            c,
            "SELECT id, concern_id, n, happened_at, recorded_at, corrects, facts_sealed, \
             body_sealed FROM concern_entries WHERE concern_id = $1 ORDER BY n",
            &[&concern.0],
            |r| Ok((r.get("id")?, entry_from_row(r, cipher))),
        )
        .await?;
        // A chronology missing an entry would mislead: one unreadable entry is set aside and
        // the chronology is refused (with a reference), never shown with a gap.
        let mut entries = Vec::with_capacity(rows.len());
        for (row, read) in rows {
            match read {
                Ok(e) => entries.push(e),
                Err(e) => {
                    self.faults()
                        .set_aside(c, Fault::of(&e, "concern_entries", row))
                        .await?;
                    return Err(e.into());
                }
            }
        }
        Ok(entries)
    }

    async fn record_alert(
        &mut self,
        concern: ConcernId,
        person: PersonId,
        level: u32,
        at: DateTime<Utc>,
    ) -> StoreResult<()> {
        // Who was alerted at which level tells which rung a concern went to (and so whom it is
        // about): the person and level are sealed, bound to the alert's row.
        let id: i64 = sql::one(
            self.c(),
            "INSERT INTO concern_alerts (school_id, concern_id, at) \
             SELECT school_id, id, $2 FROM concerns WHERE id = $1 RETURNING id",
            &[&concern.0, &ts(at)],
            first,
        )
        .await?;
        let (_, cipher) = self.parts();
        let sealed = seal(cipher, &sealing::alert(id), &(person.0, level))?;
        sql::execute(
            self.c(),
            "UPDATE concern_alerts SET alert_sealed = $2 WHERE id = $1",
            &[&id, &sealed],
        )
        .await?;
        Ok(())
    }

    async fn record_urgent_draft(&mut self, school: SchoolId, d: &UrgentDraft) -> StoreResult<()> {
        let (_, cipher) = self.parts();
        let people = seal(
            cipher,
            &sealing::urgent_draft(&d.draft_ref),
            &UrgentPeople {
                reporter: Some(d.reporter.0),
                about: d.about.as_str().to_string(),
                alerted: d.alerted.iter().map(|p| p.0).collect(),
                subjects: d.subjects.iter().map(|p| p.0).collect(),
            },
        )?;
        sql::execute(
            self.c(),
            "INSERT INTO concern_urgent_drafts (draft_ref, school_id, alerted_at, people_sealed) \
             VALUES ($1, $2, $3, $4) \
             ON CONFLICT (draft_ref) DO UPDATE SET people_sealed = excluded.people_sealed",
            &[&d.draft_ref, &school.0, &ts(d.alerted_at), &people],
        )
        .await?;
        Ok(())
    }

    async fn forget_urgent_draft(&mut self, draft_ref: &str) -> StoreResult<()> {
        sql::execute(
            self.c(),
            "DELETE FROM concern_urgent_drafts WHERE draft_ref = $1",
            &[&draft_ref],
        )
        .await?;
        Ok(())
    }

    async fn urgent_drafts(&mut self, school: SchoolId) -> StoreResult<Vec<UrgentDraft>> {
        let rows: Vec<(i64, String, String, Option<Vec<u8>>)> = sql::all(
            self.c(),
            "SELECT rowid, draft_ref, alerted_at, people_sealed \
             FROM concern_urgent_drafts WHERE school_id = $1 ORDER BY alerted_at, draft_ref",
            &[&school.0],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .await?;
        let (c, cipher) = self.parts();
        let mut out = Vec::new();
        for (row, draft_ref, at, sealed) in rows {
            let table = "concern_urgent_drafts";
            let place = sealing::urgent_draft(&draft_ref);
            let people: UrgentPeople = match sealed.map(|s| open(cipher, &s, &place, row)) {
                Some(Ok(p)) => p,
                Some(Err(e)) => {
                    self.faults()
                        .set_aside(c, Fault::of(&e, table, row))
                        .await?;
                    continue;
                }
                None => UrgentPeople::default(),
            };
            let Some(reporter) = people.reporter else {
                let e = anyhow::anyhow!("urgent draft row {row} has no sealed reporter");
                self.faults()
                    .set_aside(c, Fault::of(&e, table, row))
                    .await?;
                continue;
            };
            out.push(UrgentDraft {
                draft_ref,
                reporter: PersonId(reporter),
                about: About::parse(&people.about).unwrap_or(About::Pupil),
                alerted: people.alerted.into_iter().map(PersonId).collect(),
                subjects: people.subjects.into_iter().map(PersonId).collect(),
                alerted_at: parse_ts(&at)?,
            });
        }
        Ok(out)
    }

    async fn alerts_of(
        &mut self,
        concern: ConcernId,
    ) -> StoreResult<Vec<(PersonId, u32, DateTime<Utc>)>> {
        let rows: Vec<(i64, String, Option<Vec<u8>>)> = sql::all(
            self.c(),
            "SELECT id, at, alert_sealed FROM concern_alerts WHERE concern_id = $1 ORDER BY id",
            &[&concern.0],
            sql::tuple,
        )
        .await?;
        let (c, cipher) = self.parts();
        let mut out = Vec::new();
        for (id, at, sealed) in rows {
            let place = sealing::alert(id);
            match sealed.map(|s| open::<(i64, u32)>(cipher, &s, &place, id)) {
                Some(Ok((person, level))) => out.push((PersonId(person), level, parse_ts(&at)?)),
                Some(Err(e)) => {
                    self.faults()
                        .set_aside(c, Fault::of(&e, "concern_alerts", id))
                        .await?;
                }
                None => {}
            }
        }
        Ok(out)
    }

    async fn concern_facts(
        &mut self,
        school: SchoolId,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> StoreResult<Vec<ConcernFacts>> {
        let (c, cipher) = self.parts();
        let concerns = find(
            c,
            self.faults(),
            cipher,
            &format!(
                "SELECT {COLUMNS} FROM concerns WHERE school_id = $1 AND created_at >= $2 \
                 AND created_at < $3 ORDER BY created_at"
            ),
            &[&school.0, &ts(from), &ts(to)],
        )
        .await?;
        Ok(concerns
            .into_iter()
            .map(|c| ConcernFacts {
                created_at: c.created_at,
                categories: c.categories,
                status: c.status,
                urgent: c.urgent,
                acknowledged_at: c.acknowledged_at,
            })
            .collect())
    }

    async fn all_closed_concerns(&mut self, school: SchoolId) -> StoreResult<Vec<Concern>> {
        let (c, cipher) = self.parts();
        let filter = "status = 'closed'";
        Ok(select(c, self.faults(), cipher, filter, school, None).await?)
    }
}
