//! Broadcasts, parents' opt-outs and Safer Internet Day campaigns in SQLite (tables of
//! `0005_broadcast.sql`). A broadcast's deliveries live in the outbox under its tag; nothing
//! here is sensitive, so nothing is sealed.

use super::codec::{parse_ts, ts};
use super::sql::Row;
use super::sql::{self, first, Args};
use super::tx::SqlTx;
use crate::core::broadcast::audience::Audience;
use crate::core::broadcast::content::{Content, Template};
use crate::core::broadcast::store::{
    Broadcast, BroadcastId, BroadcastTx, CampaignPart, NewBroadcast, QueueCounts, SidCampaign,
    Status,
};
use crate::core::ids::{PersonId, SchoolId};
use crate::core::store::Result as StoreResult;
use anyhow::{anyhow, Result};
use async_trait::async_trait;
use chrono::{DateTime, NaiveDate, Utc};

/// The reason recorded on a copy an opt-out dropped.
const OPTED_OUT: &str = "opted_out";

const COLUMNS: &str = "id, school_id, created_by, audience, content, body_text, essential, \
     send_at, status, campaign_year, campaign_part, recipients, not_linked, opted_out, held, \
     created_at, queued_at, reported_at";

fn content_parts(c: &Content) -> (&str, Option<&str>) {
    match c {
        Content::Template { template, details } => (template.as_str(), details.as_deref()),
        Content::Custom(text) => ("custom", Some(text.as_str())),
    }
}

fn read_content(name: &str, text: Option<String>) -> Result<Content> {
    if name == "custom" {
        return Ok(Content::Custom(text.unwrap_or_default()));
    }
    let template = Template::parse(name).ok_or_else(|| anyhow!("unknown template {name:?}"))?;
    Ok(Content::Template {
        template,
        details: text,
    })
}

fn count(row: &Row<'_>, name: &str) -> Result<u64> {
    let n: Option<i64> = row.get(name)?;
    Ok(u64::try_from(n.unwrap_or(0))?)
}

fn read(row: &Row<'_>) -> Result<Broadcast> {
    let audience: Audience = serde_json::from_str(&row.get::<_, String>("audience")?)?;
    let status: String = row.get("status")?;
    let campaign = match (
        row.get::<_, Option<i64>>("campaign_year")?,
        row.get::<_, Option<String>>("campaign_part")?,
    ) {
        (Some(year), Some(part)) => Some(CampaignPart {
            year: i32::try_from(year)?,
            part,
        }),
        _ => None,
    };
    let queued_at: Option<String> = row.get("queued_at")?;
    let counts = match queued_at {
        Some(_) => Some(QueueCounts {
            queued: count(row, "recipients")?,
            not_linked: count(row, "not_linked")?,
            opted_out: count(row, "opted_out")?,
            held: count(row, "held")?,
        }),
        None => None,
    };
    Ok(Broadcast {
        id: BroadcastId(row.get("id")?),
        school: SchoolId(row.get("school_id")?),
        spec: NewBroadcast {
            created_by: PersonId(row.get("created_by")?),
            audience,
            content: read_content(&row.get::<_, String>("content")?, row.get("body_text")?)?,
            essential: row.get("essential")?,
            send_at: parse_ts(&row.get::<_, String>("send_at")?)?,
            campaign,
        },
        status: Status::parse(&status).ok_or_else(|| anyhow!("unknown status {status:?}"))?,
        created_at: parse_ts(&row.get::<_, String>("created_at")?)?,
        counts,
        reported: row.get::<_, Option<String>>("reported_at")?.is_some(),
    })
}

impl SqlTx {
    async fn broadcasts_where(&self, cond: &str, args: Args<'_>) -> Result<Vec<Broadcast>> {
        let sql = format!("SELECT {COLUMNS} FROM broadcasts WHERE {cond}");
        sql::all(self.c(), &sql, args, read).await
    }
}

fn opt_ts(t: Option<DateTime<Utc>>) -> Option<String> {
    t.map(ts)
}

fn opt_parse(s: Option<String>) -> Result<Option<DateTime<Utc>>> {
    s.as_deref().map(parse_ts).transpose()
}

#[async_trait]
impl BroadcastTx for SqlTx {
    async fn insert_broadcast(
        &mut self,
        school: SchoolId,
        b: &NewBroadcast,
        status: Status,
        now: DateTime<Utc>,
    ) -> StoreResult<BroadcastId> {
        let (content, text) = content_parts(&b.content);
        let id: i64 = sql::one(
            self.c(),
            "INSERT INTO broadcasts (school_id, created_by, audience, content, body_text, \
             essential, send_at, status, campaign_year, campaign_part, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id",
            &[
                &school.0,
                &b.created_by.0,
                &serde_json::to_string(&b.audience)?,
                &content,
                &text,
                &b.essential,
                &ts(b.send_at),
                &status.as_str(),
                &b.campaign.as_ref().map(|c| i64::from(c.year)),
                &b.campaign.as_ref().map(|c| c.part.as_str()),
                &ts(now),
            ],
            first,
        )
        .await?;
        Ok(BroadcastId(id))
    }

    async fn broadcast(
        &mut self,
        school: SchoolId,
        id: BroadcastId,
    ) -> StoreResult<Option<Broadcast>> {
        let cond = "school_id = $1 AND id = $2";
        let found = self.broadcasts_where(cond, &[&school.0, &id.0]).await?;
        Ok(found.into_iter().next())
    }

    async fn set_broadcast_status(
        &mut self,
        id: BroadcastId,
        status: Status,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let cancelled = (status == Status::Cancelled).then(|| ts(now));
        let done = sql::execute(
            self.c(),
            "UPDATE broadcasts SET status = $1, cancelled_at = COALESCE($2, cancelled_at) \
             WHERE id = $3",
            &[&status.as_str(), &cancelled, &id.0],
        )
        .await?;
        if done == 0 {
            return Err(anyhow!("no broadcast {}", id.0).into());
        }
        Ok(())
    }

    async fn mark_broadcast_queued(
        &mut self,
        id: BroadcastId,
        counts: &QueueCounts,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        sql::execute(
            self.c(),
            "UPDATE broadcasts SET status = 'queued', queued_at = $1, recipients = $2, \
             not_linked = $3, opted_out = $4, held = $5 WHERE id = $6",
            &[
                &ts(now),
                &i64::try_from(counts.queued)?,
                &i64::try_from(counts.not_linked)?,
                &i64::try_from(counts.opted_out)?,
                &i64::try_from(counts.held)?,
                &id.0,
            ],
        )
        .await?;
        Ok(())
    }

    async fn mark_broadcast_reported(
        &mut self,
        id: BroadcastId,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        sql::execute(
            self.c(),
            "UPDATE broadcasts SET reported_at = $1 WHERE id = $2",
            &[&ts(now), &id.0],
        )
        .await?;
        Ok(())
    }

    async fn broadcasts_due(
        &mut self,
        school: SchoolId,
        now: DateTime<Utc>,
    ) -> StoreResult<Vec<Broadcast>> {
        let cond = "school_id = $1 AND status = 'scheduled' AND send_at <= $2 ORDER BY send_at, id";
        Ok(self.broadcasts_where(cond, &[&school.0, &ts(now)]).await?)
    }

    async fn broadcasts_unreported(&mut self, school: SchoolId) -> StoreResult<Vec<Broadcast>> {
        let cond = "school_id = $1 AND queued_at IS NOT NULL AND reported_at IS NULL ORDER BY id";
        Ok(self.broadcasts_where(cond, &[&school.0]).await?)
    }

    async fn recent_broadcasts(
        &mut self,
        school: SchoolId,
        limit: u32,
    ) -> StoreResult<Vec<Broadcast>> {
        let cond = "school_id = $1 AND status <> 'draft' ORDER BY id DESC LIMIT $2";
        Ok(self
            .broadcasts_where(cond, &[&school.0, &i64::from(limit)])
            .await?)
    }

    async fn campaign_broadcasts(
        &mut self,
        school: SchoolId,
        year: i32,
    ) -> StoreResult<Vec<Broadcast>> {
        let cond = "school_id = $1 AND campaign_year = $2 ORDER BY send_at, id";
        Ok(self
            .broadcasts_where(cond, &[&school.0, &i64::from(year)])
            .await?)
    }

    async fn set_opted_out(
        &mut self,
        school: SchoolId,
        person: PersonId,
        out: bool,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        if out {
            sql::execute(
                self.c(),
                "INSERT INTO broadcast_optouts (person_id, school_id, at) VALUES ($1, $2, $3) \
                 ON CONFLICT (person_id) DO NOTHING",
                &[&person.0, &school.0, &ts(now)],
            )
            .await?;
        } else {
            sql::execute(
                self.c(),
                "DELETE FROM broadcast_optouts WHERE person_id = $1 AND school_id = $2",
                &[&person.0, &school.0],
            )
            .await?;
        }
        Ok(())
    }

    async fn opted_out(&mut self, school: SchoolId) -> StoreResult<Vec<PersonId>> {
        let ids: Vec<i64> = sql::all(
            self.c(),
            "SELECT person_id FROM broadcast_optouts WHERE school_id = $1",
            &[&school.0],
            first,
        )
        .await?;
        Ok(ids.into_iter().map(PersonId).collect())
    }

    async fn drop_queued_copies(
        &mut self,
        person: PersonId,
        now: DateTime<Utc>,
    ) -> StoreResult<u64> {
        let dropped = sql::execute(
            self.c(),
            "UPDATE outbox SET status = 'cancelled', settled_at = $1, last_error = $2 \
             WHERE person_id = $3 AND status = 'pending' AND claimed_by IS NULL \
             AND tag IN (SELECT 'broadcast:' || id FROM broadcasts \
                         WHERE essential = FALSE AND status = 'queued')",
            &[&ts(now), &OPTED_OUT, &person.0],
        )
        .await?;
        Ok(dropped as u64)
    }

    async fn dropped_by_optout(&mut self, id: BroadcastId) -> StoreResult<u64> {
        let n: i64 = sql::one(
            self.c(),
            "SELECT COUNT(*) FROM outbox WHERE tag = $1 AND status = 'cancelled' \
             AND last_error = $2",
            &[&id.tag().to_string(), &OPTED_OUT],
            first,
        )
        .await?;
        Ok(n as u64)
    }

    async fn sid_campaign(
        &mut self,
        school: SchoolId,
        year: i32,
    ) -> StoreResult<Option<SidCampaign>> {
        type Stored = (
            Option<String>,
            Option<String>,
            Option<String>,
            Option<String>,
            Option<i64>,
        );
        let row: Option<Stored> = sql::optional(
            self.c(),
            "SELECT day, theme, asked_at, confirmed_at, confirmed_by FROM sid_campaigns \
             WHERE school_id = $1 AND year = $2",
            &[&school.0, &year],
            sql::tuple,
        )
        .await?;
        let Some((day, theme, asked, confirmed, by)) = row else {
            return Ok(None);
        };
        let day = day
            .map(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d"))
            .transpose()?;
        Ok(Some(SidCampaign {
            year,
            day,
            theme,
            asked_at: opt_parse(asked)?,
            confirmed_at: opt_parse(confirmed)?,
            confirmed_by: by.map(PersonId),
        }))
    }

    async fn save_sid_campaign(&mut self, school: SchoolId, c: &SidCampaign) -> StoreResult<()> {
        sql::execute(
            self.c(),
            "INSERT INTO sid_campaigns (school_id, year, day, theme, asked_at, confirmed_at, \
             confirmed_by) VALUES ($1, $2, $3, $4, $5, $6, $7) \
             ON CONFLICT (school_id, year) DO UPDATE SET day = excluded.day, \
             theme = excluded.theme, asked_at = excluded.asked_at, \
             confirmed_at = excluded.confirmed_at, confirmed_by = excluded.confirmed_by",
            &[
                &school.0,
                &c.year,
                &c.day.map(|d| d.format("%Y-%m-%d").to_string()),
                &c.theme.as_deref(),
                &opt_ts(c.asked_at),
                &opt_ts(c.confirmed_at),
                &c.confirmed_by.map(|p| p.0),
            ],
        )
        .await?;
        Ok(())
    }
}
