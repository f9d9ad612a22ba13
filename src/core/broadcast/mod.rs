//! Broadcasts and the Safer Internet Day campaign (policy 003 21e–f; 001 "Enlisting parents'
//! support"; 002 "Parent awareness and training").
//!
//! The online safety lead or senior leadership writes a broadcast with `/broadcast` (a form),
//! sees a preview in their own language with who it reaches, and confirms. When its time comes
//! it is **queued**: one outbox row per recipient, in one transaction, each in the recipient's
//! language, tagged `broadcast:<id>` and at-most-once, so the dispatchers deliver it at each
//! platform's rate and a restart never sends anyone a second copy. `/broadcast status` follows
//! it, `/broadcast cancel ID` stops what has not gone, and the sender gets a final report.
//! Parents' quiet hours hold their copies; parents may `/optout` of all but essential ones.
//!
//! ## Choices
//!
//! - **At most once.** A broadcast's rows are at-most-once: if the dispatcher dies after
//!   handing a row to the platform and before recording it, the row is settled as failed
//!   (`interrupted`) and reported as unconfirmed rather than sent again. A second copy of a
//!   school notice to thousands of parents does more harm than one parent possibly missing it
//!   (and the report says how many are uncertain). Conversation replies stay at-least-once.
//! - **Queued when due, not when confirmed.** A scheduled broadcast waits in `broadcasts` and
//!   is queued by the sweep at its time, so it reaches the people, accounts, languages and
//!   opt-outs of that day (a campaign is confirmed weeks ahead). `not_before` on the rows is
//!   then only the parents' quiet hours.
//!
//! This module never sends anything directly, never broadcasts for anyone without the role,
//! and never puts a broadcast in a group chat.

pub mod audience;
pub mod campaign;
pub mod confirm;
pub mod content;
pub mod form;
pub mod optout;
pub mod preview;
pub mod queue;
pub mod report;
pub mod settings;
pub mod sid;
pub mod store;

use crate::core::effects::Effects;
use crate::core::form::driver;
use crate::core::message::Message;
use crate::core::people::{Person, Role};
use crate::core::store::Result;
use crate::core::turn::{Ctx, Turn};
use store::{BroadcastId, Status};

/// Prefix of this feature's button payloads.
pub const PREFIX: &str = "b.";

/// True for the people who may broadcast and run campaigns: the online safety lead and senior
/// leadership (which includes the Headteacher).
pub fn may_broadcast(p: &Person) -> bool {
    p.roles
        .any(&[Role::OnlineSafetyLead, Role::Slt, Role::Headteacher])
}

/// In a group, answers with the neutral pointer; the work goes on in private. Returns the
/// verified sender if they may broadcast, after telling anyone else no.
fn allowed(t: &mut Turn<'_>) -> Option<Person> {
    if !t.in_private() {
        t.reply(Message::new("sent-privately"));
    }
    match t.me.clone() {
        Some(me) if may_broadcast(&me) => Some(me),
        _ => {
            t.private(Message::new("b-not-allowed"));
            None
        }
    }
}

/// `/broadcast [status [ID] | cancel ID]`.
pub async fn command(t: &mut Turn<'_>, args: &str) -> Result<()> {
    if allowed(t).is_none() {
        return Ok(());
    }
    let (verb, rest) = args.trim().split_once(' ').unwrap_or((args.trim(), ""));
    match verb.to_lowercase().as_str() {
        "" => driver::start(t, &form::FEATURE, crate::core::features::form_feature).await,
        "status" => report::status(t, rest).await,
        "cancel" => report::cancel(t, rest).await,
        _ => {
            t.private(Message::new("b-usage"));
            Ok(())
        }
    }
}

/// `/campaign …`.
pub async fn campaign_command(t: &mut Turn<'_>, args: &str) -> Result<()> {
    if allowed(t).is_none() {
        return Ok(());
    }
    campaign::command(t, args).await
}

/// A button with this feature's prefix (already stripped). Forged or stale payloads get a
/// polite refusal and change nothing.
pub async fn button(t: &mut Turn<'_>, payload: &str) -> Result<()> {
    if allowed(t).is_none() {
        return Ok(());
    }
    let number = |p: &str, prefix: &str| p.strip_prefix(prefix)?.parse::<i64>().ok();
    if let Some(id) = number(payload, preview::SEND) {
        return decide(t, BroadcastId(id), true).await;
    }
    if let Some(id) = number(payload, preview::DROP) {
        return decide(t, BroadcastId(id), false).await;
    }
    if let Some(year) = number(payload, campaign::CONFIRM).and_then(|y| i32::try_from(y).ok()) {
        return confirm::confirm(t, year).await;
    }
    t.private(Message::new("b-button-stale"));
    Ok(())
}

/// Send or Cancel on a preview: only the draft's author, only while it is a draft.
async fn decide(t: &mut Turn<'_>, id: BroadcastId, send: bool) -> Result<()> {
    let me = t.me.as_ref().map(|p| p.id);
    let draft = t.tx.broadcast(t.cx.school, id).await?;
    let Some(b) = draft.filter(|b| b.status == Status::Draft && Some(b.spec.created_by) == me)
    else {
        t.private(Message::new("b-button-stale"));
        return Ok(());
    };
    if !send {
        t.tx.set_broadcast_status(id, Status::Cancelled, t.now)
            .await?;
        t.private(Message::new("b-dropped"));
        return Ok(());
    }
    t.tx.audit(t.cx.school, me, "broadcast", &id.tag(), t.now)
        .await?;
    if b.spec.send_at > t.now {
        t.tx.set_broadcast_status(id, Status::Scheduled, t.now)
            .await?;
        t.private(
            Message::new("b-scheduled")
                .arg("id", id.0)
                .arg("at", b.spec.send_at),
        );
        return Ok(());
    }
    let counts = queue::queue(&mut *t.tx, &mut t.fx, t.cx, &b, t.now).await?;
    t.private(
        Message::new("b-queued")
            .arg("id", id.0)
            .arg("queued", counts.queued as i64)
            .arg("held", counts.held as i64)
            .arg("not_linked", counts.not_linked as i64),
    );
    Ok(())
}

/// Scheduled work: queues broadcasts whose time has come. (`report::sweep` sends final reports
/// and `confirm::sweep` asks the coordinator about Safer Internet Day; `App::tick` runs each on
/// its own.)
pub async fn sweep(cx: &Ctx) -> Result<()> {
    let now = cx.clock.now();
    let due = {
        let mut tx = cx.store.begin().await?;
        tx.broadcasts_due(cx.school, now).await?
    };
    for b in due {
        // One transaction per broadcast: all its deliveries are queued together, or none.
        let mut tx = cx.store.begin().await?;
        let still = tx.broadcast(cx.school, b.id).await?;
        if still.is_some_and(|s| s.status == Status::Scheduled) {
            let mut fx = Effects::default();
            queue::queue(&mut *tx, &mut fx, cx, &b, now).await?;
            fx.commit(tx, now).await?;
        }
    }
    Ok(())
}
