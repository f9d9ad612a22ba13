//! The confirmation buttons: `role.ok.ID` and `role.no.ID`, pressed by the Headteacher or the
//! Chair. Anyone else, the person concerned, a roster admin, or a request already settled gets
//! the polite refusal of a stale button, and nothing changes.

use super::store::RoleOutcome;
use super::{confirmers, PAYLOAD_PREFIX};
use crate::core::message::{Message, Outgoing};
use crate::core::store::Result;
use crate::core::turn::Turn;

/// Handles a press; `rest` follows [`PAYLOAD_PREFIX`].
pub async fn button(t: &mut Turn<'_>, rest: &str) -> Result<()> {
    debug_assert!(!rest.starts_with(PAYLOAD_PREFIX));
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    let parsed = rest
        .split_once('.')
        .and_then(|(a, id)| Some((a.to_string(), id.parse::<i64>().ok()?)));
    let request = match &parsed {
        Some((_, id)) => t.tx.role_request(*id).await?,
        None => None,
    };
    let allowed = match &request {
        Some(r) => confirmers(&mut *t.tx, t.cx.school, r.person)
            .await?
            .iter()
            .any(|c| c.id == me.id),
        None => false,
    };
    let (Some((action, _)), Some(r), true) = (parsed, request, allowed) else {
        t.private(Message::new("form-stale-button"));
        return Ok(());
    };
    let Some(person) = t.tx.person(r.person).await?.filter(|p| p.active) else {
        t.tx.settle_role_request(r.id, RoleOutcome::Withdrawn, Some(me.id), t.now)
            .await?;
        t.private(Message::new("form-stale-button"));
        return Ok(());
    };
    let role = format!("role-{}", r.role);
    let (outcome, key, audit) = match action.as_str() {
        "ok" => (RoleOutcome::Confirmed, "role-confirmed", "role.confirm"),
        "no" => (RoleOutcome::Refused, "role-refused", "role.refuse"),
        _ => {
            t.private(Message::new("form-stale-button"));
            return Ok(());
        }
    };
    if outcome == RoleOutcome::Confirmed {
        t.tx.grant_role(person.id, r.role, t.now).await?;
        t.fx.menus_of(person.id);
        let m = Message::new("role-granted-you").arg_key("role", role.clone());
        t.send(Outgoing::to_person(person.id, None, m));
    }
    t.tx.settle_role_request(r.id, outcome, Some(me.id), t.now)
        .await?;
    let done = |by: &str| {
        Message::new(key)
            .arg("name", &person.name)
            .arg("external_id", &person.external_id)
            .arg_key("role", role.clone())
            .arg("by", by)
    };
    t.private(done(&me.name));
    for other in confirmers(&mut *t.tx, t.cx.school, person.id).await? {
        if other.id != me.id {
            t.send(Outgoing::to_person(other.id, None, done(&me.name)));
        }
    }
    let subject = format!("person:{} role:{} request:{}", person.id, r.role, r.id);
    t.tx.audit(t.cx.school, Some(me.id), audit, &subject, t.now)
        .await
}
