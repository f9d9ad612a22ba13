//! What can be done to a case, typed (`/case REF ack`) or pressed (`c.ack.REF`): view,
//! acknowledge, add a chronology entry, record the sexting initial review, set the status,
//! close, and legal hold; and the reporter's own "add to my concern" button (`c.add.REF`).
//!
//! Every action re-opens the case through [`cases::open_for`], so a forged or stale button gets
//! the same polite refusal as a reference that does not exist, and changes nothing. Viewing and
//! adding entries need any access; everything else needs to lead the case. The reporter's add
//! button is checked by [`addition`] and never opens the case.

use super::addition;
use super::cases::{self, entry, payload, Opened};
use super::entry_form::{self, CloseForm, EntryForm};
use super::reference::ConcernRef;
use super::review::ReviewForm;
use super::route::Access;
use super::types::{EntryKind, Status};
use crate::core::fault::Result;
use crate::core::message::{Choice, Label, Message, Outgoing};
use crate::core::turn::Turn;

/// The actions a case knows.
const ACTIONS: &[&str] = &["view", "ack", "note", "review", "status", "close", "hold"];

/// `/case REF [action] [value]`.
pub async fn command(t: &mut Turn<'_>, args: &str) -> Result<()> {
    if !t.in_private() {
        t.reply(Message::new("sent-privately"));
    }
    let mut words = args.split_whitespace();
    let Some(first) = words.next() else {
        t.private(Message::new("concern-case-usage"));
        return Ok(());
    };
    let Ok(r) = ConcernRef::parse(first) else {
        return cases::refuse(t, None, "concern-case-refused").await;
    };
    let action = words.next().unwrap_or("view").to_ascii_lowercase();
    let value = words.next();
    act(t, r, &action, value, "concern-case-refused").await
}

/// A pressed `c.` button (prefix already removed).
pub async fn button(t: &mut Turn<'_>, rest: &str) -> Result<()> {
    let mut parts = rest.splitn(3, '.');
    let (action, r, value) = (parts.next(), parts.next(), parts.next());
    let action = match action {
        Some("open") => "view",
        Some("st") => "status",
        Some(a) => a,
        None => "",
    };
    match r.map(ConcernRef::parse) {
        Some(r) if action == "add" => addition::start(t, r.ok()).await,
        Some(Ok(r)) if ACTIONS.contains(&action) => {
            act(t, r, action, value, "concern-button-refused").await
        }
        _ => cases::refuse(t, None, "concern-button-refused").await,
    }
}

/// Does `action` on case `r` for the sender, if they may; otherwise refuses with `refusal`.
pub async fn act(
    t: &mut Turn<'_>,
    r: ConcernRef,
    action: &str,
    value: Option<&str>,
    refusal: &str,
) -> Result<()> {
    if !ACTIONS.contains(&action) {
        t.private(Message::new("concern-case-usage"));
        return Ok(());
    }
    let Some(mut o) = cases::open_for(t, r).await? else {
        return cases::refuse(t, Some(r), refusal).await;
    };
    let lead_only = !matches!(action, "view" | "note");
    if lead_only && o.access != Access::Lead {
        t.private(Message::new("concern-lead-only").arg("ref", r.to_string()));
        return Ok(());
    }
    match action {
        "view" => cases::view(t, &o).await,
        "note" => entry_form::start_for(t, &EntryForm, r).await.map(|_| ()),
        "review" => entry_form::start_for(t, &ReviewForm, r).await.map(|_| ()),
        "close" if o.concern.status == Status::Closed => {
            t.private(Message::new("concern-already-closed").arg("ref", r.to_string()));
            Ok(())
        }
        "close" => entry_form::start_for(t, &CloseForm, r).await.map(|_| ()),
        "ack" => acknowledge(t, &mut o).await,
        "status" => status(t, &mut o, value).await,
        _ => hold(t, &mut o, value).await,
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
        "concern.ack",
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

async fn status(t: &mut Turn<'_>, o: &mut Opened, value: Option<&str>) -> Result<()> {
    let c = &mut o.concern;
    let r = c.reference;
    let choices = Status::ALL
        .iter()
        .filter(|s| **s != Status::Closed && **s != c.status)
        .map(|s| Choice {
            label: Label::Key(s.label().into()),
            payload: payload("st", r, Some(s.as_str())),
        });
    let Some(new) = value.and_then(Status::parse) else {
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
    c.status = new;
    c.closed_at = None;
    c.outcome = None;
    t.tx.concerns().update_concern(c).await?;
    let mut e = entry(EntryKind::StatusChanged, t);
    e.status = Some(new);
    t.tx.concerns().add_entry(c.id, &e).await?;
    let me = t.me.as_ref().map(|p| p.id);
    t.tx.audit(
        t.cx.school,
        me,
        "concern.status",
        &format!("concern:{r}"),
        t.now,
    )
    .await?;
    t.private(
        Message::new("concern-status-set")
            .arg("ref", r.to_string())
            .arg_key("status", new.label()),
    );
    Ok(())
}

async fn hold(t: &mut Turn<'_>, o: &mut Opened, value: Option<&str>) -> Result<()> {
    let c = &mut o.concern;
    let r = c.reference.to_string();
    let on = match value.map(str::to_ascii_lowercase).as_deref() {
        Some("on") => true,
        Some("off") => false,
        _ => {
            t.private(Message::new("concern-hold-usage").arg("ref", &r));
            return Ok(());
        }
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
            "concern.hold_on"
        } else {
            "concern.hold_off"
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
