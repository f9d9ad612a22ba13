//! Escalation: a concern nobody has acknowledged in time moves to the next people on its route
//! (DSL team → Headteacher → Chair → vice-chair and safeguarding governor). Urgent concerns
//! escalate round the clock, every `urgent_ack_minutes` of wall-clock time; others wait a
//! school day. At the end of the route, everyone on it is reminded again each period.
//!
//! A level whose people cannot be reached (no linked account, blocked bot, closed private
//! messages) is passed over at once for the next reachable one, and the reporter is told who
//! has it now; when nobody on the route can be reached, the reporter is told whom to phone.
//!
//! One sweep sends each person at most one message per reporter, listing every concern of
//! theirs it brings them; a message that fails for good is reported to that reporter. The
//! state lives in storage (route level, next deadline), so a restart loses nothing.

use super::alerts;
use super::cases;
use super::hours::{add_school_time, school_day};
use super::reach::{self, Reached};
use super::reference::ConcernRef;
use super::route::{route, Facts, ROUTE_ROLES};
use super::store::Concern;
use crate::core::audit::AuditAction;
use crate::core::effects::Effects;
use crate::core::fault::Result;
use crate::core::ids::PersonId;
use crate::core::message::{Choice, Message, Outgoing};
use crate::core::payload::Payload;
use crate::core::people::Person;
use crate::core::store::Tx;
use crate::core::turn::Ctx;
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

/// When a concern raised (or escalated) at `from` escalates next if nobody acknowledges it.
pub fn deadline(cx: &Ctx, urgent: bool, from: DateTime<Utc>) -> DateTime<Utc> {
    let s = &cx.settings;
    if urgent {
        return from + s.concern.urgent_ack();
    }
    let st = s.school_time();
    let wait = school_day(&st) * s.concern.normal_ack_school_days.clamp(1, 365) as i32;
    add_school_time(from, wait, &st)
}

/// What one sweep brings each person, by (person, reporter): one message per person and
/// reporter, so a message that cannot be delivered is reported to the reporter of every
/// concern in it.
type Bundles = BTreeMap<(PersonId, PersonId), Vec<(ConcernRef, bool)>>;

/// Why a concern moves on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Why {
    /// Its deadline passed.
    Due,
    /// Nobody at its level can be reached.
    Unreachable,
}

/// Escalates every concern whose deadline has passed, and moves on those whose current people
/// cannot be reached.
pub async fn sweep(cx: &Ctx) -> Result<()> {
    let now = cx.clock.now();
    let mut tx = cx.store.begin().await?;
    let open = tx.concerns().open_concerns(cx.school).await?;
    let waiting: Vec<Concern> = open
        .into_iter()
        .filter(|c| c.acknowledged_at.is_none() && c.escalate_at.is_some())
        .collect();
    if waiting.is_empty() {
        return Ok(());
    }
    let people = tx.people_with_roles(cx.school, ROUTE_ROLES).await?;
    let mut bundles: Bundles = BTreeMap::new();
    let mut fx = Effects::of(cx.school);
    let mut changed = false;
    for c in waiting {
        let due = c.escalate_at.is_some_and(|at| at <= now);
        let why = if due {
            Why::Due
        } else if stuck(&mut *tx, &c, &people).await? {
            Why::Unreachable
        } else {
            continue;
        };
        if move_on(cx, &mut *tx, &mut fx, c, &people, why, &mut bundles).await? {
            changed = true;
        }
    }
    let ooh = reach::out_of_hours(cx, now);
    for ((person, reporter), items) in bundles {
        let out = Outgoing::to_person(person, None, alerts::bundle(&items, &ooh))
            .report_failure_to(reporter);
        fx.send(out);
        changed = true;
    }
    if changed {
        fx.commit(tx, now).await?;
    }
    Ok(())
}

/// True when nobody at the concern's current level can be reached now, but someone further up
/// the route can.
async fn stuck(tx: &mut dyn Tx, c: &Concern, people: &[Person]) -> Result<bool> {
    let r = route(&Facts::from(c), people);
    let Some(level) = r.levels.get(c.route_level as usize) else {
        return Ok(false);
    };
    if !reach::reachable_of(tx, &level.leads).await?.is_empty() {
        return Ok(false);
    }
    Ok(reach::first_reachable(tx, &r, c.route_level + 1)
        .await?
        .is_some())
}

/// Moves one concern on: to the next reachable level, or reminds the reachable people it has
/// reached; tells the reporter when it was passed on because nobody could be reached, or when
/// nobody at all can be. Returns true when something changed.
async fn move_on(
    cx: &Ctx,
    tx: &mut dyn Tx,
    fx: &mut Effects,
    mut c: Concern,
    people: &[Person],
    why: Why,
    bundles: &mut Bundles,
) -> Result<bool> {
    let now = cx.clock.now();
    let r = route(&Facts::from(&c), people);
    let next = reach::first_reachable(tx, &r, c.route_level + 1).await?;
    let top = r.levels.len().saturating_sub(1) as u32;
    let at_top = next.is_none() && c.route_level == top;
    let trust_leads = match at_top {
        true => cases::trust_leads(tx, &cx.settings.trust, &c).await?,
        false => Vec::new(),
    };
    let to_trust = !trust_leads.is_empty();
    let (told, action) = match &next {
        Some(Reached { level, leads, .. }) => {
            c.route_level = *level;
            (leads.clone(), AuditAction::ConcernEscalate)
        }
        None if to_trust => {
            // Above the top of the school's ladder: the trust's safeguarding leads, once.
            c.route_level = top + 1;
            let choose = Choice::text(
                &cx.settings.school_name,
                Payload::School(cx.school).encode(),
            );
            let m = Message::new("concern-trust-escalation")
                .arg("ref", c.reference.to_string())
                .arg("school", cx.settings.school_name_text())
                .choices([choose]);
            for lead in &trust_leads {
                fx.send(Outgoing::to_person(*lead, None, m.clone()));
            }
            (Vec::new(), AuditAction::ConcernEscalate)
        }
        None => {
            let leads = r.leads_up_to(c.route_level);
            (
                reach::reachable_of(tx, &leads).await?,
                AuditAction::ConcernRemind,
            )
        }
    };
    for p in &told {
        bundles
            .entry((*p, c.reporter))
            .or_default()
            .push((c.reference, c.urgent));
        tx.concerns()
            .record_alert(c.id, *p, c.route_level, now)
            .await?;
    }
    let reference = c.reference.to_string();
    let contacts = &cx.settings.contacts;
    match (&next, told.is_empty()) {
        (Some(x), _) if why == Why::Unreachable => {
            let m = Message::new("concern-moved-on")
                .arg("ref", reference)
                .arg_key("rung", x.rung.label());
            fx.send(Outgoing::to_person(c.reporter, None, m));
        }
        (None, true) if !to_trust => {
            let m = Message::new("concern-nobody-reachable")
                .arg("ref", reference)
                .arg("dsl_phone", contacts.dsl_phone_text())
                .arg("lado", contacts.lado_text())
                .arg("ooh", contacts.out_of_hours_text());
            fx.send(Outgoing::to_person(c.reporter, None, m));
        }
        _ => {}
    }
    c.escalate_at = Some(deadline(cx, c.urgent, now));
    tx.concerns().update_concern(&c).await?;
    let subject = format!("concern:{}", c.reference);
    tx.audit(cx.school, None, action, &subject, now).await?;
    Ok(true)
}
