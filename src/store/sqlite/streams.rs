//! Livestreams: the stream record, its supervisors, and who was sent its joining details.
//!
//! The link, meeting id and passcode are stored only sealed by the [`Cipher`] (one column each,
//! listed in `ENCRYPTED_COLUMNS`) and set to NULL when the core deletes them. Errors name the
//! stream by id, never by content.

use super::codec::{parse_ts, ts};
use super::tx::SqliteTx;
use crate::core::ids::{PersonId, SchoolId};
use crate::core::message::Sensitive;
use crate::core::streams::store::{
    Audience, DeliveryKind, Milestone, NewStream, Service, Stream, StreamDelivery, StreamId,
    StreamSecrets, StreamStatus, StreamsTx,
};
use crate::crypto::Cipher;
use anyhow::{anyhow, Context, Result};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use sqlx::sqlite::{SqliteConnection, SqliteRow};
use sqlx::Row;

const COLUMNS: &str = "id, school_id, organiser_id, title, audience, service, starts_at, \
     ends_at, chat_monitor, status, decided_by, created_at, credentials_sent_at, reminded_at, \
     reported_at, attendance_asked_at, secrets_deleted_at, attendance";

/// The stored form of an audience: `*` for the whole school, else names one per line.
fn audience_str(a: &Audience) -> String {
    match a {
        Audience::WholeSchool => "*".into(),
        Audience::Classes(cs) => cs.join("\n"),
    }
}

fn parse_audience(s: &str) -> Audience {
    if s == "*" {
        Audience::WholeSchool
    } else {
        Audience::Classes(s.lines().map(str::to_string).collect())
    }
}

fn opt_ts(row: &SqliteRow, col: &str) -> Result<Option<DateTime<Utc>>> {
    row.try_get::<Option<String>, _>(col)?
        .map(|s| parse_ts(&s))
        .transpose()
}

fn from_row(row: &SqliteRow, supervisors: Vec<PersonId>) -> Result<Stream> {
    let id = StreamId(row.try_get("id")?);
    let service: String = row.try_get("service")?;
    let status: String = row.try_get("status")?;
    let attendance: Option<i64> = row.try_get("attendance")?;
    Ok(Stream {
        id,
        school: SchoolId(row.try_get("school_id")?),
        organiser: PersonId(row.try_get("organiser_id")?),
        title: row.try_get("title")?,
        audience: parse_audience(row.try_get("audience")?),
        service: Service::parse(&service).ok_or_else(|| anyhow!("stream {id}: bad service"))?,
        starts_at: parse_ts(row.try_get("starts_at")?)?,
        ends_at: parse_ts(row.try_get("ends_at")?)?,
        chat_monitor: row.try_get("chat_monitor")?,
        supervisors,
        status: StreamStatus::parse(&status).ok_or_else(|| anyhow!("stream {id}: bad status"))?,
        decided_by: row.try_get::<Option<i64>, _>("decided_by")?.map(PersonId),
        created_at: parse_ts(row.try_get("created_at")?)?,
        credentials_sent_at: opt_ts(row, "credentials_sent_at")?,
        reminded_at: opt_ts(row, "reminded_at")?,
        reported_at: opt_ts(row, "reported_at")?,
        attendance_asked_at: opt_ts(row, "attendance_asked_at")?,
        secrets_deleted_at: opt_ts(row, "secrets_deleted_at")?,
        attendance: attendance.map(u32::try_from).transpose()?,
    })
}

async fn supervisors(c: &mut SqliteConnection, id: i64) -> Result<Vec<PersonId>> {
    let ids: Vec<i64> = sqlx::query_scalar(
        "SELECT person_id FROM stream_supervisors WHERE stream_id = $1 ORDER BY rowid",
    )
    .bind(id)
    .fetch_all(c)
    .await?;
    Ok(ids.into_iter().map(PersonId).collect())
}

/// Runs a query selecting [`COLUMNS`] and reads every row with its supervisors.
async fn load(c: &mut SqliteConnection, rows: Vec<SqliteRow>) -> Result<Vec<Stream>> {
    let mut out = Vec::with_capacity(rows.len());
    for row in &rows {
        let sup = supervisors(&mut *c, row.try_get("id")?).await?;
        out.push(from_row(row, sup)?);
    }
    Ok(out)
}

fn seal(cipher: &Cipher, s: &Sensitive<String>) -> Vec<u8> {
    cipher.encrypt(s.expose().as_bytes())
}

fn open(cipher: &Cipher, id: StreamId, blob: Option<Vec<u8>>) -> Result<Option<Sensitive<String>>> {
    blob.map(|b| {
        let plain = cipher
            .decrypt(&b)
            .with_context(|| format!("opening the joining details of stream {id}"))?;
        let text = String::from_utf8(plain)
            .map_err(|_| anyhow!("stream {id}: joining details are not text"))?;
        Ok(Sensitive::new(text))
    })
    .transpose()
}

async fn touch(
    c: &mut SqliteConnection,
    sql: &str,
    id: StreamId,
    now: DateTime<Utc>,
) -> Result<()> {
    let done = sqlx::query(sql).bind(ts(now)).bind(id.0).execute(c).await?;
    if done.rows_affected() == 0 {
        return Err(anyhow!("no stream with id {id}"));
    }
    Ok(())
}

#[async_trait]
impl StreamsTx for SqliteTx {
    async fn create_stream(&mut self, new: &NewStream, now: DateTime<Utc>) -> Result<StreamId> {
        let (c, cipher) = self.parts();
        let s = &new.secrets;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO streams (school_id, organiser_id, title, audience, service, starts_at, \
             ends_at, chat_monitor, link_sealed, meeting_id_sealed, passcode_sealed, status, \
             created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id",
        )
        .bind(new.school.0)
        .bind(new.organiser.0)
        .bind(&new.title)
        .bind(audience_str(&new.audience))
        .bind(new.service.as_str())
        .bind(ts(new.starts_at))
        .bind(ts(new.ends_at))
        .bind(&new.chat_monitor)
        .bind(seal(cipher, &s.link))
        .bind(s.meeting_id.as_ref().map(|m| seal(cipher, m)))
        .bind(s.passcode.as_ref().map(|p| seal(cipher, p)))
        .bind(new.status.as_str())
        .bind(ts(now))
        .fetch_one(&mut *c)
        .await?;
        for p in &new.supervisors {
            sqlx::query(
                "INSERT INTO stream_supervisors (stream_id, school_id, person_id) \
                 VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
            )
            .bind(id)
            .bind(new.school.0)
            .bind(p.0)
            .execute(&mut *c)
            .await?;
        }
        Ok(StreamId(id))
    }

    async fn stream(&mut self, id: StreamId) -> Result<Option<Stream>> {
        let (c, _) = self.parts();
        let row = sqlx::query(&format!("SELECT {COLUMNS} FROM streams WHERE id = $1"))
            .bind(id.0)
            .fetch_optional(&mut *c)
            .await?;
        Ok(load(c, row.into_iter().collect()).await?.pop())
    }

    async fn stream_secrets(&mut self, id: StreamId) -> Result<Option<StreamSecrets>> {
        let (c, cipher) = self.parts();
        type Blobs = (Option<Vec<u8>>, Option<Vec<u8>>, Option<Vec<u8>>);
        let row: Option<Blobs> = sqlx::query_as(
            "SELECT link_sealed, meeting_id_sealed, passcode_sealed FROM streams WHERE id = $1",
        )
        .bind(id.0)
        .fetch_optional(c)
        .await?;
        let Some((link, meeting_id, passcode)) = row else {
            return Ok(None);
        };
        let Some(link) = open(cipher, id, link)? else {
            return Ok(None);
        };
        Ok(Some(StreamSecrets {
            link,
            meeting_id: open(cipher, id, meeting_id)?,
            passcode: open(cipher, id, passcode)?,
        }))
    }

    async fn set_stream_secrets(
        &mut self,
        id: StreamId,
        s: &StreamSecrets,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let (c, cipher) = self.parts();
        sqlx::query(
            "UPDATE streams SET link_sealed = $1, meeting_id_sealed = $2, passcode_sealed = $3, \
             updated_at = $4 WHERE id = $5",
        )
        .bind(seal(cipher, &s.link))
        .bind(s.meeting_id.as_ref().map(|m| seal(cipher, m)))
        .bind(s.passcode.as_ref().map(|p| seal(cipher, p)))
        .bind(ts(now))
        .bind(id.0)
        .execute(c)
        .await?;
        Ok(())
    }

    async fn delete_stream_secrets(&mut self, id: StreamId, now: DateTime<Utc>) -> Result<()> {
        touch(
            self.parts().0,
            "UPDATE streams SET link_sealed = NULL, meeting_id_sealed = NULL, \
             passcode_sealed = NULL, secrets_deleted_at = COALESCE(secrets_deleted_at, $1), \
             updated_at = $1 WHERE id = $2",
            id,
            now,
        )
        .await
    }

    async fn set_stream_status(
        &mut self,
        id: StreamId,
        status: StreamStatus,
        by: Option<PersonId>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        sqlx::query(
            "UPDATE streams SET status = $1, decided_by = COALESCE($2, decided_by), \
             updated_at = $3 WHERE id = $4",
        )
        .bind(status.as_str())
        .bind(by.map(|p| p.0))
        .bind(ts(now))
        .bind(id.0)
        .execute(self.parts().0)
        .await?;
        Ok(())
    }

    async fn set_stream_times(
        &mut self,
        id: StreamId,
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> Result<()> {
        sqlx::query(
            "UPDATE streams SET starts_at = $1, ends_at = $2, reminded_at = NULL, \
             attendance_asked_at = NULL, updated_at = $3 WHERE id = $4",
        )
        .bind(ts(starts_at))
        .bind(ts(ends_at))
        .bind(ts(now))
        .bind(id.0)
        .execute(self.parts().0)
        .await?;
        Ok(())
    }

    async fn set_stream_attendance(
        &mut self,
        id: StreamId,
        attendance: u32,
        now: DateTime<Utc>,
    ) -> Result<()> {
        sqlx::query(
            "UPDATE streams SET attendance = $1, attendance_recorded_at = $2, updated_at = $2 \
             WHERE id = $3",
        )
        .bind(i64::from(attendance))
        .bind(ts(now))
        .bind(id.0)
        .execute(self.parts().0)
        .await?;
        Ok(())
    }

    async fn mark_stream(
        &mut self,
        id: StreamId,
        milestone: Milestone,
        now: DateTime<Utc>,
    ) -> Result<()> {
        let sql = match milestone {
            Milestone::CredentialsSent => {
                "UPDATE streams SET credentials_sent_at = $1 WHERE id = $2"
            }
            Milestone::Reminded => "UPDATE streams SET reminded_at = $1 WHERE id = $2",
            Milestone::Reported => "UPDATE streams SET reported_at = $1 WHERE id = $2",
            Milestone::AttendanceAsked => {
                "UPDATE streams SET attendance_asked_at = $1 WHERE id = $2"
            }
            Milestone::Settled => "UPDATE streams SET settled = 1, updated_at = $1 WHERE id = $2",
        };
        touch(self.parts().0, sql, id, now).await
    }

    async fn unsettled_streams(&mut self, school: SchoolId) -> Result<Vec<Stream>> {
        let (c, _) = self.parts();
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM streams WHERE school_id = $1 AND settled = 0 ORDER BY id"
        ))
        .bind(school.0)
        .fetch_all(&mut *c)
        .await?;
        load(c, rows).await
    }

    async fn streams_ending_after(
        &mut self,
        school: SchoolId,
        after: DateTime<Utc>,
    ) -> Result<Vec<Stream>> {
        let (c, _) = self.parts();
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM streams WHERE school_id = $1 AND ends_at > $2 \
             ORDER BY starts_at, id"
        ))
        .bind(school.0)
        .bind(ts(after))
        .fetch_all(&mut *c)
        .await?;
        load(c, rows).await
    }

    async fn recent_streams(&mut self, school: SchoolId, limit: u32) -> Result<Vec<Stream>> {
        let (c, _) = self.parts();
        let rows = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM streams WHERE school_id = $1 \
             ORDER BY starts_at DESC, id DESC LIMIT $2"
        ))
        .bind(school.0)
        .bind(i64::from(limit))
        .fetch_all(&mut *c)
        .await?;
        load(c, rows).await
    }

    async fn record_stream_delivery(&mut self, id: StreamId, d: &StreamDelivery) -> Result<()> {
        sqlx::query(
            "INSERT INTO stream_deliveries (stream_id, school_id, person_id, kind, queued, at) \
             SELECT id, school_id, $2, $3, $4, $5 FROM streams WHERE id = $1",
        )
        .bind(id.0)
        .bind(d.person.0)
        .bind(d.kind.as_str())
        .bind(d.queued)
        .bind(ts(d.at))
        .execute(self.parts().0)
        .await?;
        Ok(())
    }

    async fn stream_deliveries(&mut self, id: StreamId) -> Result<Vec<StreamDelivery>> {
        let rows: Vec<(i64, String, bool, String)> = sqlx::query_as(
            "SELECT person_id, kind, queued, at FROM stream_deliveries WHERE stream_id = $1 \
             ORDER BY id",
        )
        .bind(id.0)
        .fetch_all(self.parts().0)
        .await?;
        rows.into_iter()
            .map(|(p, kind, queued, at)| {
                Ok(StreamDelivery {
                    person: PersonId(p),
                    kind: DeliveryKind::parse(&kind)
                        .ok_or_else(|| anyhow!("stream {id}: bad delivery kind"))?,
                    queued,
                    at: parse_ts(&at)?,
                })
            })
            .collect()
    }
}
