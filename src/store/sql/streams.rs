//! Livestreams: the stream record, its supervisors, and who was sent its joining details.
//!
//! The link, meeting id and passcode are stored only sealed by the [`Cipher`] (one column each,
//! listed in `ENCRYPTED_COLUMNS`, each bound to its column and the stream's id, so a value moved
//! into another column or stream does not open) and set to NULL when the core deletes them. A
//! stream is inserted first and its secrets set in the same transaction, once its id is known.
//! Errors name the stream by id, never by content.

use super::codec::{parse_ts, ts};
use super::quarantine::{open_bytes, Faults};
use super::sealing;
use super::sql::Row;
use super::sql::{self, first, Args, Conn};
use super::tx::SqlTx;
use crate::core::ids::{PersonId, SchoolId};
use crate::core::message::Sensitive;
use crate::core::store::Result as StoreResult;
use crate::core::streams::store::{
    Audience, DeliveryKind, Milestone, NewStream, Service, Stream, StreamDelivery, StreamId,
    StreamSecrets, StreamStatus, StreamsTx,
};
use crate::crypto::Cipher;
use anyhow::{anyhow, Result};
use async_trait::async_trait;
use chrono::{DateTime, Utc};

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

fn opt_ts(row: &Row<'_>, col: &str) -> Result<Option<DateTime<Utc>>> {
    row.get::<_, Option<String>>(col)?
        .map(|s| parse_ts(&s))
        .transpose()
}

/// A stream as read from `COLUMNS`, before its supervisors are added.
fn from_row(row: &Row<'_>) -> Result<Stream> {
    let id = StreamId(row.get("id")?);
    let service: String = row.get("service")?;
    let status: String = row.get("status")?;
    let attendance: Option<i64> = row.get("attendance")?;
    Ok(Stream {
        id,
        school: SchoolId(row.get("school_id")?),
        organiser: PersonId(row.get("organiser_id")?),
        title: row.get("title")?,
        audience: parse_audience(&row.get::<_, String>("audience")?),
        service: Service::parse(&service).ok_or_else(|| anyhow!("stream {id}: bad service"))?,
        starts_at: parse_ts(&row.get::<_, String>("starts_at")?)?,
        ends_at: parse_ts(&row.get::<_, String>("ends_at")?)?,
        chat_monitor: row.get("chat_monitor")?,
        supervisors: Vec::new(),
        status: StreamStatus::parse(&status).ok_or_else(|| anyhow!("stream {id}: bad status"))?,
        decided_by: row.get::<_, Option<i64>>("decided_by")?.map(PersonId),
        created_at: parse_ts(&row.get::<_, String>("created_at")?)?,
        credentials_sent_at: opt_ts(row, "credentials_sent_at")?,
        reminded_at: opt_ts(row, "reminded_at")?,
        reported_at: opt_ts(row, "reported_at")?,
        attendance_asked_at: opt_ts(row, "attendance_asked_at")?,
        secrets_deleted_at: opt_ts(row, "secrets_deleted_at")?,
        attendance: attendance.map(u32::try_from).transpose()?,
    })
}

async fn supervisors(c: &Conn, id: StreamId) -> Result<Vec<PersonId>> {
    let ids: Vec<i64> = sql::all(
        c,
        "SELECT person_id FROM stream_supervisors WHERE stream_id = $1 ORDER BY rowid",
        &[&id.0],
        first,
    )
    .await?;
    Ok(ids.into_iter().map(PersonId).collect())
}

/// Runs a query selecting [`COLUMNS`] and reads every row with its supervisors.
/// A row that cannot be read is set aside and left out.
async fn load(c: &Conn, faults: &Faults, sql: &str, args: Args<'_>) -> Result<Vec<Stream>> {
    let rows = sql::all(c, sql, args, |r| Ok((r.get("id")?, from_row(r)))).await?;
    let mut streams = faults.keep_readable(c, "streams", rows).await?;
    for s in &mut streams {
        s.supervisors = supervisors(c, s.id).await?;
    }
    Ok(streams)
}

fn seal(
    cipher: &Cipher,
    column: &'static str,
    id: StreamId,
    s: &Sensitive<String>,
) -> Result<Vec<u8>> {
    Ok(cipher.encrypt(s.expose().as_bytes(), &sealing::stream(column, id))?)
}

fn open(
    cipher: &Cipher,
    column: &'static str,
    id: StreamId,
    blob: Option<Vec<u8>>,
) -> Result<Option<Sensitive<String>>> {
    blob.map(|b| {
        let plain = open_bytes(cipher, &b, &sealing::stream(column, id), id.0)?;
        let text = String::from_utf8(plain)
            .map_err(|_| anyhow!("stream {id}: joining details are not text"))?;
        Ok(Sensitive::new(text))
    })
    .transpose()
}

/// Seals a stream's joining details in their columns of its row.
async fn write_secrets(
    c: &Conn,
    cipher: &Cipher,
    id: StreamId,
    s: &StreamSecrets,
    now: DateTime<Utc>,
) -> Result<()> {
    let sealed = |column, v: &Option<Sensitive<String>>| {
        v.as_ref().map(|v| seal(cipher, column, id, v)).transpose()
    };
    sql::execute(
        c,
        "UPDATE streams SET link_sealed = $1, meeting_id_sealed = $2, passcode_sealed = $3, \
         updated_at = $4 WHERE id = $5",
        &[
            &seal(cipher, "link_sealed", id, &s.link)?,
            &sealed("meeting_id_sealed", &s.meeting_id)?,
            &sealed("passcode_sealed", &s.passcode)?,
            &ts(now),
            &id.0,
        ],
    )
    .await?;
    Ok(())
}

async fn touch(c: &Conn, sql: &str, id: StreamId, now: DateTime<Utc>) -> Result<()> {
    let done = sql::execute(c, sql, &[&ts(now), &id.0]).await?;
    if done == 0 {
        return Err(anyhow!("no stream with id {id}"));
    }
    Ok(())
}

#[async_trait]
impl StreamsTx for SqlTx {
    async fn create_stream(
        &mut self,
        new: &NewStream,
        now: DateTime<Utc>,
    ) -> StoreResult<StreamId> {
        let (c, cipher) = self.parts();
        let s = &new.secrets;
        let id: i64 = sql::one(
            c,
            "INSERT INTO streams (school_id, organiser_id, title, audience, service, starts_at, \
             ends_at, chat_monitor, status, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
            &[
                &new.school.0,
                &new.organiser.0,
                &new.title,
                &audience_str(&new.audience),
                &new.service.as_str(),
                &ts(new.starts_at),
                &ts(new.ends_at),
                &new.chat_monitor,
                &new.status.as_str(),
                &ts(now),
            ],
            first,
        )
        .await?;
        write_secrets(c, cipher, StreamId(id), s, now).await?;
        for p in &new.supervisors {
            sql::execute(
                c,
                "INSERT INTO stream_supervisors (stream_id, school_id, person_id) \
                 VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                &[&id, &new.school.0, &p.0],
            )
            .await?;
        }
        Ok(StreamId(id))
    }

    async fn stream(&mut self, id: StreamId) -> StoreResult<Option<Stream>> {
        let (c, _) = self.parts();
        let found = load(
            c,
            self.faults(),
            &format!("SELECT {COLUMNS} FROM streams WHERE id = $1"),
            &[&id.0],
        )
        .await?;
        Ok(found.into_iter().next())
    }

    async fn stream_secrets(&mut self, id: StreamId) -> StoreResult<Option<StreamSecrets>> {
        let (c, cipher) = self.parts();
        type Blobs = (Option<Vec<u8>>, Option<Vec<u8>>, Option<Vec<u8>>);
        let row: Option<Blobs> = sql::optional(
            c,
            "SELECT link_sealed, meeting_id_sealed, passcode_sealed FROM streams WHERE id = $1",
            &[&id.0],
            sql::tuple,
        )
        .await?;
        let Some((link, meeting_id, passcode)) = row else {
            return Ok(None);
        };
        let Some(link) = open(cipher, "link_sealed", id, link)? else {
            return Ok(None);
        };
        Ok(Some(StreamSecrets {
            link,
            meeting_id: open(cipher, "meeting_id_sealed", id, meeting_id)?,
            passcode: open(cipher, "passcode_sealed", id, passcode)?,
        }))
    }

    async fn set_stream_secrets(
        &mut self,
        id: StreamId,
        s: &StreamSecrets,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let (c, cipher) = self.parts();
        Ok(write_secrets(c, cipher, id, s, now).await?)
    }

    async fn delete_stream_secrets(&mut self, id: StreamId, now: DateTime<Utc>) -> StoreResult<()> {
        Ok(touch(
            self.parts().0,
            "UPDATE streams SET link_sealed = NULL, meeting_id_sealed = NULL, \
             passcode_sealed = NULL, secrets_deleted_at = COALESCE(secrets_deleted_at, $1), \
             updated_at = $1 WHERE id = $2",
            id,
            now,
        )
        .await?)
    }

    async fn set_stream_status(
        &mut self,
        id: StreamId,
        status: StreamStatus,
        by: Option<PersonId>,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        sql::execute(
            self.parts().0,
            "UPDATE streams SET status = $1, decided_by = COALESCE($2, decided_by), \
             updated_at = $3 WHERE id = $4",
            &[&status.as_str(), &by.map(|p| p.0), &ts(now), &id.0],
        )
        .await?;
        Ok(())
    }

    async fn set_stream_times(
        &mut self,
        id: StreamId,
        starts_at: DateTime<Utc>,
        ends_at: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        sql::execute(
            self.parts().0,
            "UPDATE streams SET starts_at = $1, ends_at = $2, reminded_at = NULL, \
             attendance_asked_at = NULL, updated_at = $3 WHERE id = $4",
            &[&ts(starts_at), &ts(ends_at), &ts(now), &id.0],
        )
        .await?;
        Ok(())
    }

    async fn set_stream_attendance(
        &mut self,
        id: StreamId,
        attendance: u32,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let db = self.parts().0;
        sql::execute(
            db,
            "DELETE FROM stream_attendees WHERE stream_id = $1",
            &[&id.0],
        )
        .await?;
        sql::execute(
            db,
            "UPDATE streams SET attendance = $1, attendance_recorded_at = $2, updated_at = $2 \
             WHERE id = $3",
            &[&i64::from(attendance), &ts(now), &id.0],
        )
        .await?;
        Ok(())
    }

    async fn set_stream_attendees(
        &mut self,
        id: StreamId,
        attendees: &[PersonId],
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let mut unique = attendees.to_vec();
        unique.sort();
        unique.dedup();
        let count = u32::try_from(unique.len()).map_err(anyhow::Error::from)?;
        self.set_stream_attendance(id, count, now).await?;
        for p in unique {
            sql::execute(
                self.parts().0,
                "INSERT INTO stream_attendees (stream_id, school_id, person_id) \
                 SELECT id, school_id, $2 FROM streams WHERE id = $1",
                &[&id.0, &p.0],
            )
            .await?;
        }
        Ok(())
    }

    async fn stream_attendees(&mut self, id: StreamId) -> StoreResult<Vec<PersonId>> {
        let rows: Vec<i64> = sql::all(
            self.parts().0,
            "SELECT person_id FROM stream_attendees WHERE stream_id = $1 ORDER BY person_id",
            &[&id.0],
            |r| r.get(0),
        )
        .await?;
        Ok(rows.into_iter().map(PersonId).collect())
    }

    async fn mark_stream(
        &mut self,
        id: StreamId,
        milestone: Milestone,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let sql = match milestone {
            Milestone::CredentialsSent => {
                "UPDATE streams SET credentials_sent_at = $1 WHERE id = $2"
            }
            Milestone::Reminded => "UPDATE streams SET reminded_at = $1 WHERE id = $2",
            Milestone::Reported => "UPDATE streams SET reported_at = $1 WHERE id = $2",
            Milestone::AttendanceAsked => {
                "UPDATE streams SET attendance_asked_at = $1 WHERE id = $2"
            }
            Milestone::Settled => {
                "UPDATE streams SET settled = TRUE, updated_at = $1 WHERE id = $2"
            }
        };
        Ok(touch(self.parts().0, sql, id, now).await?)
    }

    async fn unsettled_streams(&mut self, school: SchoolId) -> StoreResult<Vec<Stream>> {
        let (c, _) = self.parts();
        Ok(load(
            c,
            self.faults(),
            &format!(
                "SELECT {COLUMNS} FROM streams WHERE school_id = $1 AND settled = FALSE ORDER BY id"
            ),
            &[&school.0],
        )
        .await?)
    }

    async fn streams_ending_after(
        &mut self,
        school: SchoolId,
        after: DateTime<Utc>,
    ) -> StoreResult<Vec<Stream>> {
        let (c, _) = self.parts();
        Ok(load(
            c,
            self.faults(),
            &format!(
                "SELECT {COLUMNS} FROM streams WHERE school_id = $1 AND ends_at > $2 \
                 ORDER BY starts_at, id"
            ),
            &[&school.0, &ts(after)],
        )
        .await?)
    }

    async fn recent_streams(&mut self, school: SchoolId, limit: u32) -> StoreResult<Vec<Stream>> {
        let (c, _) = self.parts();
        Ok(load(
            c,
            self.faults(),
            &format!(
                "SELECT {COLUMNS} FROM streams WHERE school_id = $1 \
                 ORDER BY starts_at DESC, id DESC LIMIT $2"
            ),
            &[&school.0, &i64::from(limit)],
        )
        .await?)
    }

    async fn record_stream_delivery(
        &mut self,
        id: StreamId,
        d: &StreamDelivery,
    ) -> StoreResult<()> {
        sql::execute(
            self.parts().0,
            "INSERT INTO stream_deliveries (stream_id, school_id, person_id, kind, queued, at) \
             SELECT id, school_id, $2, $3, $4, $5 FROM streams WHERE id = $1",
            &[&id.0, &d.person.0, &d.kind.as_str(), &d.queued, &ts(d.at)],
        )
        .await?;
        Ok(())
    }

    async fn stream_deliveries(&mut self, id: StreamId) -> StoreResult<Vec<StreamDelivery>> {
        let rows: Vec<(i64, String, bool, String)> = sql::all(
            self.parts().0,
            "SELECT person_id, kind, queued, at FROM stream_deliveries WHERE stream_id = $1 \
             ORDER BY id",
            &[&id.0],
            sql::tuple,
        )
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
