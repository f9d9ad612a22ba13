//! What can be done to a case, typed (`/case REF ack`) or pressed (`c.ack.REF`): view,
//! acknowledge, add a chronology entry, record the sexting initial review, set the status,
//! close, reopen (with a reason, never by setting a status), and legal hold; and the reporter's own "add to my concern" button (`c.add.REF`).
//!
//! Every action re-opens the case through [`cases::open_for`], so a forged or stale button gets
//! the same polite refusal as a reference that does not exist, and changes nothing. Viewing and
//! adding entries need any access; everything else needs to lead the case. The reporter's add
//! button is checked by [`addition`] and never opens the case.

use super::addition;
use super::cases::{self, entry, Opened};
use super::entry_form::{self, CloseForm, EntryForm, ReopenForm};
use super::reference::ConcernRef;
use super::review::ReviewForm;
use super::route::Access;
use super::types::{EntryKind, Status};
use crate::core::audit::AuditAction;
use crate::core::command::{CaseAction, CaseCommand};
use crate::core::fault::Result;
use crate::core::message::{Choice, Label, Message, Outgoing};
use crate::core::payload::{CaseButton, Payload};
use crate::core::turn::Turn;

/// `/case REF [action] [value]`.
pub async fn command(t: &mut Turn<'_>, cmd: CaseCommand) -> Result<()> {
    if !t.in_private() {
        t.reply(Message::new("sent-privately"));
    }
    match cmd {
        CaseCommand::On { reference, action } => {
            act(t, reference, action, "concern-case-refused").await
        }
        CaseCommand::NotARef => cases::refuse(t, None, "concern-case-refused").await,
        CaseCommand::Usage => {
            t.private(Message::new("concern-case-usage"));
            Ok(())
        }
    }
}

/// A pressed case button; `None` for one that does not read (forged or stale).
pub async fn button(t: &mut Turn<'_>, b: Option<CaseButton>) -> Result<()> {
    match b {
        Some(CaseButton::Add(r)) => addition::start(t, r).await,
        Some(CaseButton::Act { reference, action }) => {
            act(t, reference, action, "concern-button-refused").await
        }
        None => cases::refuse(t, None, "concern-button-refused").await,
    }
}

/// True when the sender may do `action` on the opened case (a lead's action needs a lead of
/// the case); otherwise tells them so. The chat's buttons and commands and the case desk's
/// forms ask here.
pub fn allowed(t: &mut Turn<'_>, o: &Opened, action: CaseAction) -> bool {
    if action.lead_only() && o.access != Access::Lead {
        let m = Message::new("concern-lead-only").arg("ref", o.concern.reference.to_string());
        t.private(m);
        return false;
    }
    true
}

/// Does `action` on case `r` for the sender, if they may; otherwise refuses with `refusal`.
pub async fn act(t: &mut Turn<'_>, r: ConcernRef, action: CaseAction, refusal: &str) -> Result<()> {
    let Some(mut o) = cases::open_for(t, r).await? else {
        return cases::refuse(t, Some(r), refusal).await;
    };
    if !allowed(t, &o, action) {
        return Ok(());
    }
    match action {
        CaseAction::View => cases::view(t, &o).await,
        CaseAction::Note => entry_form::start_for(t, &EntryForm, r).await.map(|_| ()),
        CaseAction::Review => entry_form::start_for(t, &ReviewForm, r).await.map(|_| ()),
        CaseAction::Close if o.concern.status == Status::Closed => {
            t.private(Message::new("concern-already-closed").arg("ref", r.to_string()));
            Ok(())
        }
        CaseAction::Close => entry_form::start_for(t, &CloseForm, r).await.map(|_| ()),
        CaseAction::Reopen if o.concern.status != Status::Closed => {
            t.private(Message::new("concern-not-closed").arg("ref", r.to_string()));
            Ok(())
        }
        CaseAction::Reopen => entry_form::start_for(t, &ReopenForm, r).await.map(|_| ()),
        CaseAction::Status(_) if o.concern.status == Status::Closed => {
            t.private(Message::new("concern-status-use-reopen").arg("ref", r.to_string()));
            Ok(())
        }
        CaseAction::Ack => acknowledge(t, &mut o).await,
        CaseAction::Status(new) => status(t, &mut o, new).await,
        CaseAction::Hold(on) => hold(t, &mut o, on).await,
    }
}

async fn acknowledge(t: &mut Turn<'_>, o: &mut Opened) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    let c = &mut o.concern;
    let r = c.reference.to_string();
    if c.acknowledged_at.is_some() {
        t.private(Message::new("concern-already-acknowledged").arg("ref", &r));
        return Ok(());
    }
    c.acknowledged_at = Some(t.now);
    c.acknowledged_by = Some(me.id);
    c.escalate_at = None;
    t.tx.concerns().update_concern(c).await?;
    let e = entry(EntryKind::Acknowledged, t);
    t.tx.concerns().add_entry(c.id, &e).await?;
    t.tx.audit(
        t.cx.school,
        Some(me.id),
        AuditAction::ConcernAck,
        &format!("concern:{r}"),
        t.now,
    )
    .await?;
    t.private(Message::new("concern-acknowledged").arg("ref", &r));
    let told = if t.cx.settings.concern.tell_reporter_who_acknowledged {
        Message::new("concern-read-by")
            .arg("ref", &r)
            .arg("name", &me.name)
    } else {
        Message::new("concern-read").arg("ref", &r)
    };
    t.send(Outgoing::to_person(c.reporter, None, told));
    let mut team = o.route.leads_up_to(c.route_level);
    team.extend(&o.route.contributors);
    for p in team.into_iter().filter(|p| *p != me.id) {
        let m = Message::new("concern-acknowledged-team")
            .arg("ref", &r)
            .arg("name", &me.name);
        t.send(Outgoing::to_person(p, None, m));
    }
    Ok(())
}

async fn status(t: &mut Turn<'_>, o: &mut Opened, new: Option<Status>) -> Result<()> {
    let c = &mut o.concern;
    let r = c.reference;
    let choices = Status::ALL
        .iter()
        .filter(|s| **s != Status::Closed && **s != c.status)
        .map(|s| Choice {
            label: Label::Key(s.label().into()),
            payload: Payload::Case(CaseButton::Act {
                reference: r,
                action: CaseAction::Status(Some(*s)),
            })
            .encode(),
        });
    let Some(new) = new else {
        t.private(
            Message::new("concern-status-choose")
                .arg("ref", r.to_string())
                .choices(choices),
        );
        return Ok(());
    };
    if new == Status::Closed {
        t.private(Message::new("concern-status-use-close").arg("ref", r.to_string()));
        return Ok(());
    }
    if new == c.status {
        t.private(Message::new("concern-status-same").arg("ref", r.to_string()));
        return Ok(());
    }
    cases::change_status(t, c, new, None).await?;
    t.private(
        Message::new("concern-status-set")
            .arg("ref", r.to_string())
            .arg_key("status", new.label()),
    );
    Ok(())
}

async fn hold(t: &mut Turn<'_>, o: &mut Opened, on: Option<bool>) -> Result<()> {
    let c = &mut o.concern;
    let r = c.reference.to_string();
    let Some(on) = on else {
        t.private(Message::new("concern-hold-usage").arg("ref", &r));
        return Ok(());
    };
    if c.legal_hold != on {
        c.legal_hold = on;
        t.tx.concerns().update_concern(c).await?;
        let kind = if on {
            EntryKind::HoldOn
        } else {
            EntryKind::HoldOff
        };
        let e = entry(kind, t);
        t.tx.concerns().add_entry(c.id, &e).await?;
        let me = t.me.as_ref().map(|p| p.id);
        let action = if on {
            AuditAction::ConcernHoldOn
        } else {
            AuditAction::ConcernHoldOff
        };
        t.tx.audit(t.cx.school, me, action, &format!("concern:{r}"), t.now)
            .await?;
    }
    let key = if on {
        "concern-hold-set-on"
    } else {
        "concern-hold-set-off"
    };
    t.private(Message::new(key).arg("ref", &r));
    Ok(())
}
