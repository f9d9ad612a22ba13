//! [`DeskTx`] on either engine: the case desk's sign-in links (`desk_links`) and sessions
//! (`desk_sessions`), each keyed by the SHA-256 of its secret.

use super::codec::{parse_ts, ts};
use super::sql::{self, first};
use super::tx::SqlTx;
use crate::core::desk::store::{DeskTx, LinkRow, SessionRow};
use crate::core::ids::{PersonId, SchoolId};
use crate::core::store::Result;
use async_trait::async_trait;
use chrono::{DateTime, Utc};

fn opt_ts(s: Option<String>) -> anyhow::Result<Option<DateTime<Utc>>> {
    s.as_deref().map(parse_ts).transpose()
}

#[async_trait]
impl DeskTx for SqlTx {
    async fn links_since(
        &mut self,
        school: SchoolId,
        person: PersonId,
        since: DateTime<Utc>,
    ) -> Result<u32> {
        let n: i64 = sql::one(
            self.c(),
            "SELECT COUNT(*) FROM desk_links WHERE school_id = $1 AND person_id = $2 \
             AND created_at >= $3",
            &[&school.0, &person.0, &ts(since)],
            sql::first,
        )
        .await?;
        Ok(u32::try_from(n).unwrap_or(u32::MAX))
    }

    async fn add_link(&mut self, hash: &str, l: &LinkRow, now: DateTime<Utc>) -> Result<()> {
        sql::execute(
            self.c(),
            "INSERT INTO desk_links (token_hash, school_id, person_id, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5)",
            &[&hash, &l.school.0, &l.person.0, &ts(now), &ts(l.expires_at)],
        )
        .await?;
        Ok(())
    }

    async fn link(&mut self, hash: &str) -> Result<Option<LinkRow>> {
        type Row = (i64, i64, String, Option<String>);
        let row: Option<Row> = sql::optional(
            self.c(),
            "SELECT school_id, person_id, expires_at, used_at FROM desk_links \
             WHERE token_hash = $1",
            &[&hash],
            sql::tuple,
        )
        .await?;
        let Some((school, person, expires, used)) = row else {
            return Ok(None);
        };
        Ok(Some(LinkRow {
            school: SchoolId(school),
            person: PersonId(person),
            expires_at: parse_ts(&expires)?,
            used_at: opt_ts(used)?,
        }))
    }

    async fn use_link(&mut self, hash: &str, now: DateTime<Utc>) -> Result<bool> {
        let n = sql::execute(
            self.c(),
            "UPDATE desk_links SET used_at = $2 WHERE token_hash = $1 AND used_at IS NULL",
            &[&hash, &ts(now)],
        )
        .await?;
        Ok(n == 1)
    }

    async fn add_session(&mut self, hash: &str, s: &SessionRow) -> Result<()> {
        sql::execute(
            self.c(),
            "INSERT INTO desk_sessions (id_hash, school_id, person_id, fingerprint, created_at, \
             last_seen, confirm_hash, confirmed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            &[
                &hash,
                &s.school.0,
                &s.person.0,
                &s.fingerprint,
                &ts(s.created_at),
                &ts(s.last_seen),
                &s.confirm_hash,
                &s.confirmed_at.map(ts),
            ],
        )
        .await?;
        Ok(())
    }

    async fn session(&mut self, hash: &str) -> Result<Option<SessionRow>> {
        type Row = (i64, i64, String, String, String, Option<String>);
        let row: Option<(Row, (Option<String>, Option<String>))> = sql::optional(
            self.c(),
            "SELECT school_id, person_id, fingerprint, created_at, last_seen, ended_at, \
             confirm_hash, confirmed_at FROM desk_sessions WHERE id_hash = $1",
            &[&hash],
            |r| {
                let row = (
                    r.get(0)?,
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                );
                Ok((row, (r.get(6)?, r.get(7)?)))
            },
        )
        .await?;
        let Some(((school, person, fingerprint, created, seen, ended), (confirm, confirmed))) = row
        else {
            return Ok(None);
        };
        Ok(Some(SessionRow {
            school: SchoolId(school),
            person: PersonId(person),
            fingerprint,
            created_at: parse_ts(&created)?,
            last_seen: parse_ts(&seen)?,
            ended_at: opt_ts(ended)?,
            confirm_hash: confirm,
            confirmed_at: opt_ts(confirmed)?,
        }))
    }

    async fn answer_confirmation(
        &mut self,
        confirm_hash: &str,
        person: PersonId,
        yes: bool,
        now: DateTime<Utc>,
    ) -> Result<Option<SchoolId>> {
        let set = if yes { "confirmed_at" } else { "ended_at" };
        let school: Option<i64> = sql::optional(
            self.c(),
            &format!(
                "UPDATE desk_sessions SET {set} = $3 WHERE confirm_hash = $1 AND person_id = $2 \
                 AND confirmed_at IS NULL AND ended_at IS NULL RETURNING school_id"
            ),
            &[&confirm_hash, &person.0, &ts(now)],
            first,
        )
        .await?;
        Ok(school.map(SchoolId))
    }

    async fn touch_session(&mut self, hash: &str, now: DateTime<Utc>) -> Result<()> {
        sql::execute(
            self.c(),
            "UPDATE desk_sessions SET last_seen = $2 WHERE id_hash = $1",
            &[&hash, &ts(now)],
        )
        .await?;
        Ok(())
    }

    async fn end_session(&mut self, hash: &str, now: DateTime<Utc>) -> Result<()> {
        sql::execute(
            self.c(),
            "UPDATE desk_sessions SET ended_at = $2 WHERE id_hash = $1 AND ended_at IS NULL",
            &[&hash, &ts(now)],
        )
        .await?;
        Ok(())
    }

    async fn purge_desk(&mut self, before: DateTime<Utc>) -> Result<u64> {
        let cutoff = ts(before);
        let links = sql::execute(
            self.c(),
            "DELETE FROM desk_links WHERE expires_at < $1",
            &[&cutoff],
        )
        .await?;
        let sessions = sql::execute(
            self.c(),
            "DELETE FROM desk_sessions WHERE last_seen < $1",
            &[&cutoff],
        )
        .await?;
        Ok(links + sessions)
    }
}
