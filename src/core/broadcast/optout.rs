//! `/optout` and `/optin`: a parent chooses not to receive non-essential broadcasts (or to
//! receive them again). Messages the school marks essential still reach them. Staff cannot opt
//! out of staff broadcasts. Nothing else about the person changes.

use crate::core::message::Message;
use crate::core::people::Role;
use crate::core::store::Result;
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
    t.tx.set_opted_out(t.cx.school, me.id, out, t.now).await?;
    let action = if out {
        "broadcast-optout"
    } else {
        "broadcast-optin"
    };
    t.tx.audit(
        t.cx.school,
        Some(me.id),
        action,
        &format!("person:{}", me.id),
        t.now,
    )
    .await?;
    t.private(Message::new(if out {
        "b-optout-done"
    } else {
        "b-optin-done"
    }));
    Ok(())
}
