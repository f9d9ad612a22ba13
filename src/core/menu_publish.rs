//! Command menus at start: queues the menus for everyone and every linked account's menu where
//! they differ from what was last queued, in one transaction, without waiting for any of it to
//! be sent. Never calls a platform.

use super::effects::Effects;
use super::fault::Result;
use super::ids::Platform;
use super::turn::Ctx;

/// Queues, in one transaction, the menus for everyone on `platform` and the menu of every
/// linked account there, each only where it differs from what was last queued for it. Returns
/// at once: the dispatcher publishes them as the platform's limits allow, after messages.
pub async fn publish(cx: &Ctx, platform: Platform) -> Result<()> {
    let now = cx.clock.now();
    let mut tx = cx.store.begin().await?;
    let mut fx = Effects::of(cx.school);
    fx.menus_for_everyone(platform);
    for person in tx.people(cx.school).await? {
        for account in tx.accounts_of(person.id).await? {
            if account.platform == platform {
                fx.menu_of(account);
            }
        }
    }
    Ok(fx.commit(tx, now).await?)
}
