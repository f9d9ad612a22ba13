//! Transfers of child protection files (tables of `0030_transfer.sql`): the SQL side of
//! [`TransferTx`].
//!
//! The receiving school and the name of whoever confirmed receipt are stored only sealed, as
//! one JSON value bound to the transfer's id (the row is inserted first and sealed in the same
//! transaction). Errors name a transfer by id, never by content.

use super::codec::{parse_ts, ts};
use super::quarantine::open_json;
use super::sealing::{self, seal_json};
use super::sql::{self, first, Row};
use super::tx::SqlTx;
use crate::core::concern::store::ConcernId;
use crate::core::concern::transfer_store::{Receipt, Transfer, TransferId, TransferTx};
use crate::core::ids::{PersonId, SchoolId};
use crate::core::message::Sensitive;
use crate::core::store::Result as StoreResult;
use crate::crypto::Cipher;
use anyhow::Result;
use async_trait::async_trait;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

const COLUMNS: &str = "id, school_id, details_sealed, due_from, deadline, sent_on, sent_by, \
     recorded_at, confirmed_on, confirm_by, confirm_at";

/// The sealed part of a transfer's row.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Sealed {
    receiving_school: String,
    #[serde(default)]
    confirmed_by: Option<String>,
}

fn date(s: &str) -> Result<NaiveDate> {
    Ok(NaiveDate::parse_from_str(s, "%Y-%m-%d")?)
}

fn day(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A transfer as read from `COLUMNS`, before its cases are added.
fn from_row(cipher: &Cipher, row: &Row<'_>) -> Result<Transfer> {
    let id: i64 = row.get("id")?;
    let blob: Vec<u8> = row.get("details_sealed")?;
    let sealed: Sealed = open_json(cipher, &blob, &sealing::transfer(id), id)?;
    let confirmed_on: Option<String> = row.get("confirmed_on")?;
    let confirm_by: Option<i64> = row.get("confirm_by")?;
    let confirm_at: Option<String> = row.get("confirm_at")?;
    let receipt = match (confirmed_on, confirm_by, confirm_at, sealed.confirmed_by) {
        (Some(on), Some(by), Some(at), Some(name)) => Some(Receipt {
            confirmed_by: Sensitive::new(name),
            confirmed_on: date(&on)?,
            recorded_by: PersonId(by),
            recorded_at: parse_ts(&at)?,
        }),
        _ => None,
    };
    Ok(Transfer {
        id: TransferId(id),
        school: SchoolId(row.get("school_id")?),
        cases: Vec::new(),
        receiving_school: Sensitive::new(sealed.receiving_school),
        due_from: date(&row.get::<_, String>("due_from")?)?,
        deadline: date(&row.get::<_, String>("deadline")?)?,
        sent_on: date(&row.get::<_, String>("sent_on")?)?,
        sent_by: PersonId(row.get("sent_by")?),
        recorded_at: parse_ts(&row.get::<_, String>("recorded_at")?)?,
        receipt,
    })
}

impl SqlTx {
    /// The transfers `filter` (a `WHERE` clause on `concern_transfers`) selects, with their
    /// cases, oldest first.
    async fn transfers_where(
        &mut self,
        filter: &str,
        args: sql::Args<'_>,
    ) -> StoreResult<Vec<Transfer>> {
        let (c, cipher) = self.parts();
        let mut found = sql::all(
            c,
            &format!("SELECT {COLUMNS} FROM concern_transfers WHERE {filter} ORDER BY id"),
            args,
            |row| from_row(cipher, row),
        )
        .await?;
        for x in &mut found {
            let ids: Vec<i64> = sql::all(
                self.c(),
                "SELECT concern_id FROM concern_transfer_cases WHERE transfer_id = $1 \
                 ORDER BY concern_id",
                &[&x.id.0],
                first,
            )
            .await?;
            x.cases = ids.into_iter().map(ConcernId).collect();
        }
        Ok(found)
    }

    async fn reseal_transfer(&mut self, id: i64, sealed: &Sealed) -> StoreResult<()> {
        let (_, cipher) = self.parts();
        let blob = seal_json(cipher, &sealing::transfer(id), sealed)?;
        sql::execute(
            self.c(),
            "UPDATE concern_transfers SET details_sealed = $2 WHERE id = $1",
            &[&id, &blob],
        )
        .await?;
        Ok(())
    }
}

#[async_trait]
impl TransferTx for SqlTx {
    async fn insert_transfer(&mut self, t: &Transfer) -> StoreResult<TransferId> {
        let id: i64 = sql::one(
            self.c(),
            "INSERT INTO concern_transfers (school_id, due_from, deadline, sent_on, sent_by, \
             recorded_at) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            &[
                &t.school.0,
                &day(t.due_from),
                &day(t.deadline),
                &day(t.sent_on),
                &t.sent_by.0,
                &ts(t.recorded_at),
            ],
            first,
        )
        .await?;
        let sealed = Sealed {
            receiving_school: t.receiving_school.expose().clone(),
            confirmed_by: None,
        };
        self.reseal_transfer(id, &sealed).await?;
        for c in &t.cases {
            sql::execute(
                self.c(),
                "INSERT INTO concern_transfer_cases (transfer_id, school_id, concern_id) \
                 VALUES ($1, $2, $3)",
                &[&id, &t.school.0, &c.0],
            )
            .await?;
        }
        Ok(TransferId(id))
    }

    async fn transfer(
        &mut self,
        school: SchoolId,
        id: TransferId,
    ) -> StoreResult<Option<Transfer>> {
        let found = self
            .transfers_where("school_id = $1 AND id = $2", &[&school.0, &id.0])
            .await?;
        Ok(found.into_iter().next())
    }

    async fn transfers_of(&mut self, concern: ConcernId) -> StoreResult<Vec<Transfer>> {
        self.transfers_where(
            "id IN (SELECT transfer_id FROM concern_transfer_cases WHERE concern_id = $1)",
            &[&concern.0],
        )
        .await
    }

    async fn confirm_transfer(&mut self, id: TransferId, r: &Receipt) -> StoreResult<()> {
        let (c, cipher) = self.parts();
        let blob: Vec<u8> = sql::one(
            c,
            "SELECT details_sealed FROM concern_transfers WHERE id = $1",
            &[&id.0],
            first,
        )
        .await?;
        let mut sealed: Sealed = open_json(cipher, &blob, &sealing::transfer(id.0), id.0)
            .map_err(anyhow::Error::from)?;
        sealed.confirmed_by = Some(r.confirmed_by.expose().clone());
        self.reseal_transfer(id.0, &sealed).await?;
        sql::execute(
            self.c(),
            "UPDATE concern_transfers SET confirmed_on = $2, confirm_by = $3, confirm_at = $4 \
             WHERE id = $1",
            &[
                &id.0,
                &day(r.confirmed_on),
                &r.recorded_by.0,
                &ts(r.recorded_at),
            ],
        )
        .await?;
        Ok(())
    }

    async fn unconfirmed_transfers(&mut self, school: SchoolId) -> StoreResult<Vec<Transfer>> {
        self.transfers_where("school_id = $1 AND confirmed_on IS NULL", &[&school.0])
            .await
    }
}
