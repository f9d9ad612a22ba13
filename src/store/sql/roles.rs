//! Safeguarding roles waiting for confirmation, behind [`RolesTx`].

use super::codec::{parse_ts, ts};
use super::sql::Row;
use super::sql::{self, first};
use super::tx::SqlTx;
use crate::core::ids::{PersonId, SchoolId};
use crate::core::people::{Role, Roles};
use crate::core::roles::store::{RoleOutcome, RoleRequest, RolesTx};
use crate::core::store::Result as StoreResult;
use anyhow::{anyhow, Result};
use async_trait::async_trait;
use chrono::{DateTime, Utc};

const OPEN: &str = "SELECT id, person_id, role, requested_at FROM role_requests";

fn request(r: &Row<'_>) -> Result<RoleRequest> {
    let role: String = r.get(2)?;
    Ok(RoleRequest {
        id: r.get(0)?,
        person: PersonId(r.get(1)?),
        role: Role::parse(&role).ok_or_else(|| anyhow!("unknown stored role {role:?}"))?,
        requested_at: parse_ts(&r.get::<_, String>(3)?)?,
    })
}

#[async_trait]
impl RolesTx for SqlTx {
    async fn request_role(
        &mut self,
        school: SchoolId,
        person: PersonId,
        role: Role,
        now: DateTime<Utc>,
    ) -> StoreResult<Option<i64>> {
        let open: i64 = sql::one(
            self.c(),
            "SELECT COUNT(*) FROM role_requests WHERE person_id = $1 AND role = $2 \
             AND settled_at IS NULL",
            &[&person.0, &role.as_str()],
            first,
        )
        .await?;
        if open > 0 {
            return Ok(None);
        }
        let id = sql::one(
            self.c(),
            "INSERT INTO role_requests (school_id, person_id, role, requested_at) \
             VALUES ($1, $2, $3, $4) RETURNING id",
            &[&school.0, &person.0, &role.as_str(), &ts(now)],
            first,
        )
        .await?;
        Ok(Some(id))
    }

    async fn role_request(&mut self, id: i64) -> StoreResult<Option<RoleRequest>> {
        Ok(sql::optional(
            self.c(),
            &format!("{OPEN} WHERE id = $1 AND settled_at IS NULL"),
            &[&id],
            request,
        )
        .await?)
    }

    async fn role_requests_of(&mut self, person: PersonId) -> StoreResult<Vec<RoleRequest>> {
        Ok(sql::all(
            self.c(),
            &format!("{OPEN} WHERE person_id = $1 AND settled_at IS NULL ORDER BY id"),
            &[&person.0],
            request,
        )
        .await?)
    }

    async fn settle_role_request(
        &mut self,
        id: i64,
        outcome: RoleOutcome,
        by: Option<PersonId>,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        sql::execute(
            self.c(),
            "UPDATE role_requests SET settled_at = $1, outcome = $2, settled_by = $3 WHERE id = $4",
            &[&ts(now), &outcome.as_str(), &by.map(|p| p.0), &id],
        )
        .await?;
        Ok(())
    }

    async fn ever_had_staff(&mut self, school: SchoolId) -> StoreResult<bool> {
        let n: i64 = sql::one(
            self.c(),
            "SELECT COUNT(*) FROM people WHERE school_id = $1 AND kind = 'staff'",
            &[&school.0],
            first,
        )
        .await?;
        Ok(n > 0)
    }

    async fn grant_role(
        &mut self,
        person: PersonId,
        role: Role,
        now: DateTime<Utc>,
    ) -> StoreResult<()> {
        let stored: Option<String> = sql::optional(
            self.c(),
            "SELECT roles FROM people WHERE id = $1",
            &[&person.0],
            first,
        )
        .await?;
        let Some(stored) = stored else {
            return Err(anyhow!("no person with id {person}").into());
        };
        let mut roles =
            Roles::parse_list(&stored).map_err(|r| anyhow!("unknown stored role {r:?}"))?;
        roles.insert(role);
        sql::execute(
            self.c(),
            "UPDATE people SET roles = $1, updated_at = $2 WHERE id = $3",
            &[&roles.to_list(), &ts(now), &person.0],
        )
        .await?;
        Ok(())
    }
}
