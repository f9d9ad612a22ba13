//! [`UpkeepTx`] for SQLite: the records of rows set aside (`quarantine`) and the purges.

use super::codec::ts;
use super::sql::{self, first};
use super::tx::SqlTx;
use crate::core::ids::{PersonId, SchoolId};
use crate::core::store::Result as StoreResult;
use crate::core::upkeep::store::{Area, SetAside, UpkeepTx};
use async_trait::async_trait;
use chrono::{DateTime, Utc};

/// Whose data a table holds.
pub(super) fn area(table: &str, owner: Option<i64>) -> Area {
    match (table, owner) {
        ("drafts", Some(owner)) => Area::Draft(PersonId(owner)),
        ("concerns" | "concern_entries" | "concern_urgent_drafts" | "concern_subjects", _) => {
            Area::Concern
        }
        ("people" | "accounts" | "person_groups" | "link_codes", _) => Area::Directory,
        _ => Area::Other,
    }
}

#[async_trait]
impl UpkeepTx for SqlTx {
    async fn unreported_set_aside(&mut self, school: SchoolId) -> StoreResult<Vec<SetAside>> {
        let rows: Vec<(i64, String, Option<i64>)> = sql::all(
            self.c(),
            "SELECT id, table_name, owner_id FROM quarantine WHERE reported = FALSE \
             AND school_id = $1 ORDER BY id",
            &[&school.0],
            sql::tuple,
        )
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, table, owner)| SetAside {
                id,
                area: area(&table, owner),
            })
            .collect())
    }

    async fn mark_set_aside_reported(&mut self, id: i64) -> StoreResult<()> {
        sql::execute(
            self.c(),
            "UPDATE quarantine SET reported = TRUE WHERE id = $1",
            &[&id],
        )
        .await?;
        Ok(())
    }

    async fn take_draft_set_aside(&mut self, person: PersonId) -> StoreResult<bool> {
        let taken: Option<i64> = sql::optional(
            self.c(),
            "UPDATE quarantine SET reported = TRUE WHERE table_name = 'drafts' AND row_key = $1 \
             AND reported = FALSE RETURNING id",
            &[&person.0],
            first,
        )
        .await?;
        Ok(taken.is_some())
    }

    async fn purge_settled_bodies(&mut self, before: DateTime<Utc>) -> StoreResult<u64> {
        Ok(sql::execute(
            self.c(),
            "UPDATE outbox SET body_json = NULL, body_sealed = NULL \
             WHERE status IN ('sent', 'failed', 'cancelled') AND settled_at < $1 \
             AND (body_json IS NOT NULL OR body_sealed IS NOT NULL)",
            &[&ts(before)],
        )
        .await?)
    }

    async fn purge_failed_links(&mut self, before: DateTime<Utc>) -> StoreResult<u64> {
        Ok(sql::execute(
            self.c(),
            "DELETE FROM failed_links WHERE at < $1",
            &[&ts(before)],
        )
        .await?)
    }
}
