//! The built-in demo school: the example staff and parent files, imported into an empty
//! database, with every person linked to a console account named after them.

use crate::core::ids::{Account, Platform, SchoolId};
use crate::core::store::{Kind, Store};
use crate::roster;
use anyhow::{anyhow, Context};
use chrono::{DateTime, Utc};

const STAFF: &str = include_str!("../examples/staff.csv");
const PARENTS: &str = include_str!("../examples/parents.csv");

/// Fills an empty school with the demo people. Returns false when the school already had people.
pub async fn seed(store: &dyn Store, school: SchoolId, now: DateTime<Utc>) -> anyhow::Result<bool> {
    {
        let mut tx = store.begin().await?;
        if !tx.people(school).await?.is_empty() {
            return Ok(false);
        }
    }
    for (kind, file) in [(Kind::Staff, STAFF), (Kind::Parents, PARENTS)] {
        roster::import_file(store, school, kind, file.as_bytes(), now)
            .await?
            .map_err(|refusal| anyhow!("the demo file was refused: {refusal:?}"))?;
    }
    let mut tx = store.begin().await?;
    for p in tx.people(school).await? {
        tx.link_account(p.id, &Account::new(Platform::Console, &p.name), now)
            .await
            .context("linking a demo person to the console")?;
    }
    tx.commit().await?;
    Ok(true)
}
