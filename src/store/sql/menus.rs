//! Command menus in the outbox (`job = 'menu'`): what a private chat, or everyone in one
//! language, should show. The menu is kept in `menu_json` (not a message body: it is never
//! sealed nor emptied), so the last one queued for an address says what that chat was last
//! asked to show.
//!
//! Only the latest menu for an address matters: queuing one cancels any earlier one not yet
//! handed to the platform, and a menu equal to the last one queued (not failed) is not queued
//! again. A chat never given a menu has none of its own, so "none of its own" is not queued
//! for it.

use super::codec::{parse_lang, ts};
use super::people::school_of;
use super::sql::{self, Conn};
use crate::core::ids::SchoolId;
use crate::core::menu::Menu;
use crate::core::people::Lang;
use crate::core::store::{Address, MenuJob};
use anyhow::Result;
use chrono::{DateTime, Utc};

/// The stored kind and key of a menu's address: a private chat's account id, or the language
/// for everyone.
fn key(job: &MenuJob) -> (&'static str, &str) {
    match &job.address {
        Address::Private(id) => ("private", id.as_str()),
        Address::Group(id) => ("group", id.as_str()),
        Address::Everyone => ("everyone", job.lang.tag()),
    }
}

/// What was last queued for the job's address, and whether it failed for good.
async fn last(c: &Conn, job: &MenuJob) -> Result<Option<(Option<Menu>, Lang, bool)>> {
    let (kind, address) = key(job);
    let row: Option<(Option<String>, String, String)> = sql::optional(
        c,
        "SELECT menu_json, lang, status FROM outbox WHERE platform = $1 AND address_kind = $2 \
         AND address = $3 AND job = 'menu' AND status <> 'cancelled' ORDER BY id DESC LIMIT 1",
        &[&job.platform.as_str(), &kind, &address],
        sql::tuple,
    )
    .await?;
    let Some((json, lang, status)) = row else {
        return Ok(None);
    };
    // A menu that cannot be read compares unequal, so the new one is queued.
    let menu = json.and_then(|j| serde_json::from_str::<Option<Menu>>(&j).ok());
    let Some(menu) = menu else {
        return Ok(Some((None, Lang::default(), true)));
    };
    let lang = parse_lang(&lang).unwrap_or_default();
    Ok(Some((menu, lang, status == "failed")))
}

/// True when `job` would change nothing: the last menu queued there says the same and did
/// not fail, or nothing was ever queued there and the chat is to have no menu of its own.
async fn unchanged(c: &Conn, job: &MenuJob) -> Result<bool> {
    Ok(match last(c, job).await? {
        Some((menu, lang, failed)) => !failed && menu == job.menu && lang == job.lang,
        None => job.menu.is_none(),
    })
}

/// Queues a menu (see the module docs); true when queued.
pub(super) async fn enqueue(c: &Conn, job: &MenuJob, now: DateTime<Utc>) -> Result<bool> {
    if unchanged(c, job).await? {
        return Ok(false);
    }
    let (kind, address) = key(job);
    let platform = job.platform.as_str();
    sql::execute(
        c,
        "UPDATE outbox SET status = 'cancelled', settled_at = $4, last_error = 'superseded' \
         WHERE platform = $1 AND address_kind = $2 AND address = $3 AND job = 'menu' \
         AND status = 'pending' AND claimed_by IS NULL",
        &[&platform, &kind, &address, &ts(now)],
    )
    .await?;
    // With the one waiting gone, what was sent before may already be what is wanted.
    if unchanged(c, job).await? {
        return Ok(false);
    }
    let school = match job.person {
        Some(p) => school_of(c, p).await?,
        None => SchoolId::default(),
    };
    let menu = serde_json::to_string(&job.menu)?;
    sql::execute(
        c,
        "INSERT INTO outbox (school_id, platform, address_kind, address, person_id, lang, job, \
         menu_json, next_attempt_at, created_at) \
         VALUES ($1, $2, $3, $4, $5, $6, 'menu', $7, $8, $8)",
        &[
            &school.0,
            &platform,
            &kind,
            &address,
            &job.person.map(|p| p.0),
            &job.lang.tag(),
            &menu,
            &ts(now),
        ],
    )
    .await?;
    Ok(true)
}
