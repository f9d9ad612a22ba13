//! `/optout` and `/optin`: a parent chooses not to receive non-essential broadcasts (or to
//! receive them again). Messages the school marks essential still reach them. Opting out drops
//! the copies already queued for the parent and not yet on their way (held for quiet hours, for
//! example); the broadcast's report counts them among the opted out. Staff cannot opt out of
//! staff broadcasts. Nothing else about the person changes.

use crate::core::audit::AuditAction;
use crate::core::fault::Result;
use crate::core::message::Message;
use crate::core::people::Role;
use crate::core::turn::Turn;

/// `/optout` (`out` true) or `/optin`.
pub async fn command(t: &mut Turn<'_>, out: bool) -> Result<()> {
    if !t.in_private() {
        t.reply(Message::new("sent-privately"));
    }
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    if !me.has(Role::Parent) {
        t.private(Message::new("b-optout-parents-only"));
        return Ok(());
    }
    t.tx.broadcasts()
        .set_opted_out(t.cx.school, me.id, out, t.now)
        .await?;
    // Opting out means now: copies waiting for their time or for quiet hours go too.
    let dropped = if out {
        t.tx.broadcasts().drop_queued_copies(me.id, t.now).await?
    } else {
        0
    };
    let action = if out {
        AuditAction::BroadcastOptOut
    } else {
        AuditAction::BroadcastOptIn
    };
    let subject = format!("person:{} dropped:{dropped}", me.id);
    t.tx.audit(t.cx.school, Some(me.id), action, &subject, t.now)
        .await?;
    t.private(Message::new(if out {
        "b-optout-done"
    } else {
        "b-optin-done"
    }));
    Ok(())
}
