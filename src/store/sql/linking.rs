//! The linking safeguards behind [`LinkingTx`]: revoked codes and pending account moves.

use super::codec::{parse_platform, parse_ts, ts};
use super::people::school_of;
use super::sql::Row;
use super::sql::{self, first};
use super::tx::SqlTx;
use crate::core::ids::{Account, PersonId};
use crate::core::linking::store::{LinkOutcome, LinkingTx, PendingLink};
use crate::core::store::Result as StoreResult;
use anyhow::Result;
use async_trait::async_trait;
use chrono::{DateTime, Utc};

const PENDING: &str = "SELECT id, person_id, platform, account_id, requested_at FROM pending_links";

fn pending(r: &Row<'_>) -> Result<PendingLink> {
    Ok(PendingLink {
        id: r.get(0)?,
        person: PersonId(r.get(1)?),
        account: Account::new(
            parse_platform(&r.get::<_, String>(2)?)?,
            r.get::<_, String>(3)?,
        ),
        requested_at: parse_ts(&r.get::<_, String>(4)?)?,
    })
}

#[async_trait]
impl LinkingTx for SqlTx {
    async fn revoke_link_code(
        &mut self,
        code_hash: &str,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<PersonId>> {
        let owner: Option<i64> = sql::optional(
            self.c(),
            "UPDATE link_codes SET expires_at = $1, revoked_at = $1 \
             WHERE code_hash = $2 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $1 \
             RETURNING person_id",
            &[&ts(now), &code_hash],
            first,
        )
        .await?;
        Ok(owner.map(PersonId))
    }

    async fn link_code_revoked(&mut self, code_hash: &str) -> StoreResult<bool> {
        let n: i64 = sql::one(
            self.c(),
            "SELECT COUNT(*) FROM link_codes WHERE code_hash = $1 AND revoked_at IS NOT NULL",
            &[&code_hash],
            first,
        )
        .await?;
        Ok(n > 0)
    }

    async fn live_code_issued_since(
        &mut self,
        person: PersonId,
        since: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<DateTime<Utc>>> {
        let at: Option<String> = sql::optional(
            self.c(),
            "SELECT created_at FROM link_codes WHERE person_id = $1 AND used_at IS NULL \
             AND revoked_at IS NULL AND expires_at > $2 AND created_at >= $3 \
             ORDER BY created_at DESC LIMIT 1",
            &[&person.0, &ts(now), &ts(since)],
            first,
        )
        .await?;
        Ok(at.as_deref().map(parse_ts).transpose()?)
    }

    async fn request_link(
        &mut self,
        person: PersonId,
        account: &Account,
        now: DateTime<Utc>,
    ) -> StoreResult<i64> {
        let school = school_of(self.c(), person).await?;
        sql::execute(
            self.c(),
            "UPDATE pending_links SET settled_at = $1, outcome = $2 \
             WHERE person_id = $3 AND platform = $4 AND settled_at IS NULL",
            &[
                &ts(now),
                &LinkOutcome::Replaced.as_str(),
                &person.0,
                &account.platform.as_str(),
            ],
        )
        .await?;
        Ok(sql::one(
            self.c(),
            "INSERT INTO pending_links (school_id, person_id, platform, account_id, requested_at) \
             VALUES ($1, $2, $3, $4, $5) RETURNING id",
            &[
                &school.0,
                &person.0,
                &account.platform.as_str(),
                &account.id,
                &ts(now),
            ],
            first,
        )
        .await?)
    }

    async fn pending_link(&mut self, id: i64) -> StoreResult<Option<PendingLink>> {
        Ok(sql::optional(
            self.c(),
            &format!("{PENDING} WHERE id = $1 AND settled_at IS NULL"),
            &[&id],
            pending,
        )
        .await?)
    }

    async fn pending_links_of(&mut self, person: PersonId) -> StoreResult<Vec<PendingLink>> {
        Ok(sql::all(
            self.c(),
            &format!("{PENDING} WHERE person_id = $1 AND settled_at IS NULL ORDER BY id"),
            &[&person.0],
            pending,
        )
        .await?)
    }

    async fn settle_link(
        &mut self,
        id: i64,
        outcome: LinkOutcome,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        sql::execute(
            self.c(),
            "UPDATE pending_links SET settled_at = $1, outcome = $2 WHERE id = $3",
            &[&ts(now), &outcome.as_str(), &id],
        )
        .await?;
        Ok(())
    }

    async fn link_code_replaced(&mut self, code_hash: &str) -> StoreResult<bool> {
        let n: i64 = sql::one(
            self.c(),
            "SELECT COUNT(*) FROM link_codes o JOIN link_codes n ON n.person_id = o.person_id \
             WHERE o.code_hash = $1 AND o.revoked_at IS NULL \
             AND n.created_at > o.created_at AND n.created_at <= o.expires_at",
            &[&code_hash],
            first,
        )
        .await?;
        Ok(n > 0)
    }
}
