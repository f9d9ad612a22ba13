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
pub mod campaign_command;
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

use crate::core::audit::AuditAction;
use crate::core::command::{BroadcastCommand, CampaignCommand};
use crate::core::effects::Effects;
use crate::core::fault::Result;
use crate::core::form::driver;
use crate::core::message::Message;
use crate::core::payload::BroadcastButton;
use crate::core::people::{Person, Role};
use crate::core::turn::{Ctx, Turn};
use store::{BroadcastId, Status};

/// True for the people who may broadcast and run campaigns: the online safety lead and senior
/// leadership (which includes the Headteacher).
pub fn may_broadcast(p: &Person) -> bool {
    p.roles.any(&Role::BROADCASTERS)
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
pub async fn command(t: &mut Turn<'_>, cmd: BroadcastCommand) -> Result<()> {
    if allowed(t).is_none() {
        return Ok(());
    }
    match cmd {
        BroadcastCommand::Write => driver::start(t, &form::FEATURE).await,
        BroadcastCommand::Status(id) => report::status(t, id).await,
        BroadcastCommand::Cancel(id) => report::cancel(t, id).await,
        BroadcastCommand::CancelUsage => {
            t.private(Message::new("b-cancel-usage"));
            Ok(())
        }
        BroadcastCommand::Usage => {
            t.private(Message::new("b-usage"));
            Ok(())
        }
    }
}

/// `/campaign …`.
pub async fn campaign_command(t: &mut Turn<'_>, cmd: CampaignCommand) -> Result<()> {
    if allowed(t).is_none() {
        return Ok(());
    }
    campaign_command::command(t, cmd).await
}

/// A button of this feature; `None` for one that does not read. Forged or stale payloads get a
/// polite refusal and change nothing.
pub async fn button(t: &mut Turn<'_>, b: Option<BroadcastButton>) -> Result<()> {
    if allowed(t).is_none() {
        return Ok(());
    }
    match b {
        Some(BroadcastButton::Send(id)) => decide(t, id, true).await,
        Some(BroadcastButton::Drop(id)) => decide(t, id, false).await,
        Some(BroadcastButton::ConfirmSid(year)) => confirm::confirm(t, year).await,
        None => {
            t.private(Message::new("b-button-stale"));
            Ok(())
        }
    }
}

/// Send or Cancel on a preview: only the draft's author, only while it is a draft.
async fn decide(t: &mut Turn<'_>, id: BroadcastId, send: bool) -> Result<()> {
    let me = t.me.as_ref().map(|p| p.id);
    let draft = t.tx.broadcasts().broadcast(t.cx.school, id).await?;
    let Some(b) = draft.filter(|b| b.status == Status::Draft && Some(b.spec.created_by) == me)
    else {
        t.private(Message::new("b-button-stale"));
        return Ok(());
    };
    if !send {
        t.tx.broadcasts()
            .set_broadcast_status(id, Status::Cancelled, t.now)
            .await?;
        t.private(Message::new("b-dropped"));
        return Ok(());
    }
    t.tx.audit(
        t.cx.school,
        me,
        AuditAction::BroadcastConfirm,
        &id.tag().to_string(),
        t.now,
    )
    .await?;
    if b.spec.send_at > t.now {
        t.tx.broadcasts()
            .set_broadcast_status(id, Status::Scheduled, t.now)
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
        tx.broadcasts().broadcasts_due(cx.school, now).await?
    };
    for b in due {
        // One transaction per broadcast: all its deliveries are queued together, or none.
        let mut tx = cx.store.begin().await?;
        let still = tx.broadcasts().broadcast(cx.school, b.id).await?;
        if still.is_some_and(|s| s.status == Status::Scheduled) {
            let mut fx = Effects::of(cx.school);
            queue::queue(&mut *tx, &mut fx, cx, &b, now).await?;
            fx.commit(tx, now).await?;
        }
    }
    Ok(())
}
