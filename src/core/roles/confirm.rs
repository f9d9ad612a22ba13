//! The confirmation buttons: `role.ok.ID` and `role.no.ID`, pressed by the Headteacher or the
//! Chair. Anyone else, the person concerned, a roster admin, or a request already settled gets
//! the polite refusal of a stale button, and nothing changes.

use super::confirmers;
use super::store::RoleOutcome;
use crate::core::audit::AuditAction;
use crate::core::fault::Result;
use crate::core::message::{Message, Outgoing};
use crate::core::turn::Turn;

/// Handles a press answering role request `id`: confirmed (`yes`) or refused.
pub async fn button(t: &mut Turn<'_>, id: i64, yes: bool) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    let request = t.tx.roles().role_request(id).await?;
    let allowed = match &request {
        Some(r) => confirmers(&mut *t.tx, t.cx.school, r.person)
            .await?
            .iter()
            .any(|c| c.id == me.id),
        None => false,
    };
    let (Some(r), true) = (request, allowed) else {
        t.private(Message::new("form-stale-button"));
        return Ok(());
    };
    let Some(person) = t.tx.person(r.person).await?.filter(|p| p.active) else {
        t.tx.roles()
            .settle_role_request(r.id, RoleOutcome::Withdrawn, Some(me.id), t.now)
            .await?;
        t.private(Message::new("form-stale-button"));
        return Ok(());
    };
    let role = format!("role-{}", r.role);
    let (outcome, key, audit) = if yes {
        (
            RoleOutcome::Confirmed,
            "role-confirmed",
            AuditAction::RoleConfirm,
        )
    } else {
        (
            RoleOutcome::Refused,
            "role-refused",
            AuditAction::RoleRefuse,
        )
    };
    if outcome == RoleOutcome::Confirmed {
        t.tx.roles().grant_role(person.id, r.role, t.now).await?;
        t.fx.menus_of(person.id);
        let m = Message::new("role-granted-you").arg_key("role", role.clone());
        t.send(Outgoing::to_person(person.id, None, m));
    }
    t.tx.roles()
        .settle_role_request(r.id, outcome, Some(me.id), t.now)
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
    Ok(t.tx
        .audit(t.cx.school, Some(me.id), audit, &subject, t.now)
        .await?)
}
