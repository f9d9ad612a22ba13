//! Following a broadcast: `/broadcast status [ID]`, `/broadcast cancel ID`, and the sender's
//! final report once every delivery has settled (from the sweep). Reports carry counts only,
//! never who a message could not reach by name in a group, and nothing is ever resent here.

use super::store::{Broadcast, BroadcastId, Status};
use crate::core::audit::AuditAction;
use crate::core::effects::Effects;
use crate::core::fault::Result;
use crate::core::message::{Message, Outgoing, PublicArg};
use crate::core::store::{FailureReason, TagSummary, Tx};
use crate::core::turn::{Ctx, Turn};

/// How many broadcasts `/broadcast status` lists.
const RECENT: u32 = 5;

/// One broadcast's status. Once every delivery of a queued broadcast has settled it reads as
/// the final report does, with the same counts; before then, copies held for quiet hours count
/// only while they are still waiting.
async fn status_message(tx: &mut dyn Tx, b: &Broadcast) -> Result<Message> {
    let s = tx.tag_summary(&b.id.tag()).await?;
    let dropped = tx.broadcasts().dropped_by_optout(b.id).await?;
    if b.status == Status::Queued && s.pending == 0 {
        let failures = settled_failures(tx, b).await?;
        return Ok(report(b, s, &failures, dropped));
    }
    let c = b.counts.unwrap_or_default();
    let a = &b.spec.audience;
    Ok(Message::new("b-status")
        .arg("id", b.id.0)
        .arg("audience", PublicArg::Keys(a.kind_keys()))
        .arg("has_classes", i64::from(!a.classes.is_empty()))
        .arg("classes", a.classes.join(", "))
        .arg_key("content", b.spec.content.label_key())
        .arg_key("state", format!("b-state-{}", b.status.as_str()))
        .arg("at", b.spec.send_at)
        .arg("sent", s.sent as i64)
        .arg("pending", s.pending as i64)
        .arg("failed", s.failed as i64)
        .arg("cancelled", s.cancelled.saturating_sub(dropped) as i64)
        .arg("not_linked", c.not_linked as i64)
        .arg("opted_out", (c.opted_out + dropped) as i64)
        .arg("held", c.held.min(s.pending) as i64))
}

/// `/broadcast status [ID]` (the caller has checked the role).
pub async fn status(t: &mut Turn<'_>, id: Option<BroadcastId>) -> Result<()> {
    let list = if let Some(id) = id {
        let found = t.tx.broadcasts().broadcast(t.cx.school, id).await?;
        match found.filter(|b| b.status != Status::Draft) {
            Some(b) => vec![b],
            None => {
                t.private(Message::new("b-unknown-id").arg("id", id.0));
                return Ok(());
            }
        }
    } else {
        t.tx.broadcasts()
            .recent_broadcasts(t.cx.school, RECENT)
            .await?
    };
    if list.is_empty() {
        t.private(Message::new("b-status-none"));
    }
    for b in &list {
        let m = status_message(&mut *t.tx, b).await?;
        t.private(m);
    }
    Ok(())
}

/// `/broadcast cancel ID` (the caller has checked the role): a scheduled broadcast is called
/// off; a queued one loses every delivery not yet on its way.
pub async fn cancel(t: &mut Turn<'_>, id: BroadcastId) -> Result<()> {
    let Some(b) = t.tx.broadcasts().broadcast(t.cx.school, id).await? else {
        t.private(Message::new("b-unknown-id").arg("id", id.0));
        return Ok(());
    };
    let stopped = match b.status {
        Status::Cancelled => {
            t.private(Message::new("b-already-cancelled").arg("id", id.0));
            return Ok(());
        }
        Status::Draft | Status::Scheduled => 0,
        Status::Queued => t.tx.cancel_tag(&id.tag(), t.now).await?,
    };
    if b.status == Status::Queued && stopped == 0 {
        t.private(Message::new("b-cancel-too-late").arg("id", id.0));
        return Ok(());
    }
    t.tx.broadcasts()
        .set_broadcast_status(id, Status::Cancelled, t.now)
        .await?;
    let me = t.me.as_ref().map(|p| p.id);
    t.tx.audit(
        t.cx.school,
        me,
        AuditAction::BroadcastCancel,
        &id.tag().to_string(),
        t.now,
    )
    .await?;
    t.private(
        Message::new("b-cancelled")
            .arg("id", id.0)
            .arg("queued", i64::from(b.status == Status::Queued))
            .arg("count", stopped as i64),
    );
    Ok(())
}

/// The final report, from the settled deliveries; `dropped` copies were stopped by opt-outs
/// after the broadcast was queued, and count as opted out rather than cancelled.
fn report(
    b: &Broadcast,
    s: TagSummary,
    failures: &[Option<FailureReason>],
    dropped: u64,
) -> Message {
    let c = b.counts.unwrap_or_default();
    let count = |reason| failures.iter().filter(|r| **r == Some(reason)).count() as i64;
    let blocked = count(FailureReason::Unreachable);
    let unconfirmed = count(FailureReason::Interrupted);
    Message::new("b-report")
        .arg("id", b.id.0)
        .arg_key("content", b.spec.content.label_key())
        .arg("delivered", s.sent as i64)
        .arg("unreachable", c.not_linked as i64 + blocked)
        .arg("not_linked", c.not_linked as i64)
        .arg("blocked", blocked)
        .arg("failed", s.failed as i64 - blocked)
        .arg("unconfirmed", unconfirmed)
        .arg("opted_out", (c.opted_out + dropped) as i64)
        .arg("cancelled", s.cancelled.saturating_sub(dropped) as i64)
}

/// Why each failed delivery of a broadcast failed.
async fn settled_failures(tx: &mut dyn Tx, b: &Broadcast) -> Result<Vec<Option<FailureReason>>> {
    Ok(tx
        .tag_failures(&b.id.tag())
        .await?
        .into_iter()
        .map(|(_, reason)| reason)
        .collect())
}

/// Sends each queued broadcast's sender the final report once nothing is pending.
pub async fn sweep(cx: &Ctx) -> Result<()> {
    let now = cx.clock.now();
    let mut tx = cx.store.begin().await?;
    let mut fx = Effects::of(cx.school);
    for b in tx.broadcasts().broadcasts_unreported(cx.school).await? {
        let tag = b.id.tag();
        let s = tx.tag_summary(&tag).await?;
        if s.pending > 0 {
            continue;
        }
        let failures = settled_failures(&mut *tx, &b).await?;
        let dropped = tx.broadcasts().dropped_by_optout(b.id).await?;
        let m = report(&b, s, &failures, dropped);
        fx.send(Outgoing::to_person(b.spec.created_by, None, m));
        tx.broadcasts().mark_broadcast_reported(b.id, now).await?;
    }
    Ok(fx.commit(tx, now).await?)
}
