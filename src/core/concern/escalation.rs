//! Escalation: a concern nobody has acknowledged in time moves to the next people on its route
//! (DSL team → Headteacher → Chair). Urgent concerns wait a few school-hours minutes, others a
//! school day. At the end of the route, everyone on it is reminded again each period.
//!
//! One sweep sends each person at most one message, listing every concern it brings them. The
//! state lives in storage (route level, next deadline), so a restart loses nothing.

use super::alerts;
use super::hours::{add_school_time, school_day};
use super::reference::ConcernRef;
use super::route::{route, Facts, ROUTE_ROLES};
use crate::core::ids::PersonId;
use crate::core::message::Outgoing;
use crate::core::store::Result;
use crate::core::turn::Ctx;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// When a concern raised (or escalated) at `from` escalates next if nobody acknowledges it.
pub fn deadline(cx: &Ctx, urgent: bool, from: DateTime<Utc>) -> DateTime<Utc> {
    let s = &cx.settings;
    let st = s.school_time();
    let wait = if urgent {
        s.concern.urgent_ack()
    } else {
        school_day(&st) * s.concern.normal_ack_school_days.clamp(1, 365) as i32
    };
    add_school_time(from, wait, &st)
}

/// Escalates every concern whose deadline has passed.
pub async fn sweep(cx: &Ctx) -> Result<()> {
    let now = cx.clock.now();
    let mut tx = cx.store.begin().await?;
    let due = tx.concerns_to_escalate(cx.school, now).await?;
    if due.is_empty() {
        return Ok(());
    }
    let people = tx.people_with_roles(cx.school, ROUTE_ROLES).await?;
    let mut bundles: BTreeMap<PersonId, Vec<(ConcernRef, bool)>> = BTreeMap::new();
    for mut c in due {
        let r = route(&Facts::from(&c), &people);
        let next = c.route_level + 1;
        let (told, action) = if (next as usize) < r.levels.len() {
            c.route_level = next;
            (r.told_at(next), "concern.escalate")
        } else {
            (r.leads_up_to(c.route_level), "concern.remind")
        };
        for p in told {
            bundles.entry(p).or_default().push((c.reference, c.urgent));
            tx.record_alert(c.id, p, c.route_level, now).await?;
        }
        c.escalate_at = Some(deadline(cx, c.urgent, now));
        tx.update_concern(&c).await?;
        let subject = format!("concern:{}", c.reference);
        tx.audit(cx.school, None, action, &subject, now).await?;
    }
    for (person, items) in bundles {
        let out = Outgoing::to_person(person, None, alerts::bundle(&items));
        tx.enqueue(&out, now).await?;
    }
    tx.commit().await
}
