//! Upkeep: telling the right people about rows set aside because they could not be read, and
//! purging what Haven keeps no longer than it needs.
//!
//! A row set aside is reported once: concern data to the DSL team, directory data to the
//! office, a damaged draft to its owner (in the turn where they next write, or else by the next
//! sweep). Reports carry a reference, never the row's content. This module must never delete
//! a safeguarding record: it empties delivered message bodies and forgets wrong link codes only.

pub mod store;

use super::effects::Effects;
use super::message::{Message, Outgoing};
use super::people::Role;
use super::turn::{Ctx, Turn};
use crate::core::fault::Result;
use chrono::Duration;
use store::Area;

/// How long the body of a settled delivery is kept (for a retry report or a question about it).
pub const SETTLED_BODY_DAYS: i64 = 7;
/// How long a wrong link code typed by an account is remembered (the lock-out looks back less).
pub const FAILED_LINK_DAYS: i64 = 30;

/// Tells the right people about every row set aside and not yet reported.
pub async fn report_set_aside(cx: &Ctx) -> Result<()> {
    let now = cx.clock.now();
    let mut tx = cx.store.begin().await?;
    let rows = tx.upkeep().unreported_set_aside(cx.school).await?;
    if rows.is_empty() {
        return Ok(());
    }
    let mut fx = Effects::of(cx.school);
    for row in rows {
        let reference = row.reference();
        let (to, key) = match row.area {
            Area::Concern => (
                people(&mut *tx, cx, &[Role::Dsl, Role::DeputyDsl]).await?,
                "upkeep-concern-set-aside",
            ),
            Area::Directory => (
                people(&mut *tx, cx, &[Role::RosterAdmin]).await?,
                "upkeep-directory-set-aside",
            ),
            Area::Draft(owner) => (vec![owner], "upkeep-draft-set-aside"),
            Area::Other => (Vec::new(), ""),
        };
        for p in to {
            let m = Message::new(key).arg("reference", &reference);
            fx.send(Outgoing::to_person(p, None, m));
        }
        tx.upkeep().mark_set_aside_reported(row.id).await?;
    }
    Ok(fx.commit(tx, now).await?)
}

async fn people(
    tx: &mut dyn super::store::Tx,
    cx: &Ctx,
    roles: &[Role],
) -> Result<Vec<super::ids::PersonId>> {
    let found = tx.people_with_roles(cx.school, roles).await?;
    Ok(found.into_iter().map(|p| p.id).collect())
}

/// Tells the sender, once, that their unfinished form could not be opened and was set aside.
/// Called where a form would have been read; their next form starts fresh.
pub async fn tell_if_draft_set_aside(t: &mut Turn<'_>) -> Result<()> {
    let Some(me) = t.me.as_ref().map(|p| p.id) else {
        return Ok(());
    };
    if t.tx.upkeep().take_draft_set_aside(me).await? {
        t.private(Message::new("upkeep-draft-set-aside"));
    }
    Ok(())
}

/// Empties settled delivery bodies, forgets old wrong link codes and old case desk sign-ins.
pub async fn purge(cx: &Ctx) -> Result<()> {
    let now = cx.clock.now();
    let mut tx = cx.store.begin().await?;
    let bodies = tx
        .upkeep()
        .purge_settled_bodies(now - Duration::days(SETTLED_BODY_DAYS))
        .await?;
    let links = tx
        .upkeep()
        .purge_failed_links(now - Duration::days(FAILED_LINK_DAYS))
        .await?;
    // Case desk sign-in links and sessions, long unusable.
    let desk = tx.desk().purge_desk(now - Duration::days(1)).await?;
    tx.commit().await?;
    if desk > 0 {
        tracing::info!(desk, "purged old case desk sign-in links and sessions");
    }
    if bodies + links > 0 {
        tracing::info!(
            bodies,
            failed_links = links,
            "purged settled message bodies and old failed link attempts"
        );
    }
    Ok(())
}
