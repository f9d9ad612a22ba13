//! Confirming a year's Safer Internet Day: the plan's messages still to come become scheduled
//! broadcasts, and in January the sweep asks the coordinator, once, in school hours on a school
//! day (not on New Year's Day at midnight), to confirm. Parents never
//! get more than three messages from one year's campaign, even across changes of date. Never
//! sends anything itself: the broadcasts go out when their time comes, like any other.

use super::audience::Audience;
use super::campaign::{audit, current_for, describe, facts, load, plan_lines, plan_of};
use super::content::Content;
use super::settings::PlanAudience;
use super::sid::{Planned, MAX_PARENT_MESSAGES};
use super::store::{CampaignPart, NewBroadcast, Status};
use crate::core::audit::AuditAction;
use crate::core::effects::Effects;
use crate::core::fault::Result;
use crate::core::ids::{PersonId, SchoolId};
use crate::core::message::{Message, Outgoing};
use crate::core::people::Role;
use crate::core::store::Tx;
use crate::core::turn::{Ctx, Turn};
use chrono::{DateTime, Datelike, Utc};

/// Cancels the year's campaign broadcasts that have not gone yet.
pub(super) async fn unschedule(
    tx: &mut dyn Tx,
    school: SchoolId,
    year: i32,
    now: DateTime<Utc>,
) -> Result<()> {
    for b in tx.broadcasts().campaign_broadcasts(school, year).await? {
        if b.status == Status::Scheduled {
            tx.broadcasts()
                .set_broadcast_status(b.id, Status::Cancelled, now)
                .await?;
        }
    }
    Ok(())
}

/// Confirms `year`'s date and theme: the plan's messages still to come become scheduled
/// broadcasts (replacing any scheduled before), parts already sent are not repeated, and
/// parents' messages stay within [`MAX_PARENT_MESSAGES`] for the year.
pub async fn confirm(t: &mut Turn<'_>, year: i32) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    let coming = current_for(t).await?.year;
    if year < coming {
        t.private(Message::new("b-sid-over").arg("year", i64::from(year)));
        return Ok(());
    }
    if year > coming + 1 {
        // Only the coming campaign (or the next, once its date is set) is ever offered.
        t.private(Message::new("b-button-stale"));
        return Ok(());
    }
    let mut c = load(&mut *t.tx, t.cx.school, year).await?;
    let f = facts(year, Some(&c));
    unschedule(&mut *t.tx, t.cx.school, year, t.now).await?;
    let gone: Vec<_> =
        t.tx.broadcasts()
            .campaign_broadcasts(t.cx.school, year)
            .await?
            .into_iter()
            // Queued at some point (even if cancelled later): some may have gone out.
            .filter(|b| b.counts.is_some())
            .collect();
    let mut parents = gone.iter().filter(|b| b.spec.audience.parents).count();
    let mut scheduled = Vec::new();
    for p in plan_of(t.cx, &f) {
        let done = gone
            .iter()
            .any(|b| b.spec.campaign.as_ref().is_some_and(|c| c.part == p.name));
        if done || p.at <= t.now {
            continue;
        }
        if p.audience == PlanAudience::Parents {
            if parents >= MAX_PARENT_MESSAGES {
                continue;
            }
            parents += 1;
        }
        let b = part_broadcast(me.id, year, &p);
        t.tx.broadcasts()
            .insert_broadcast(t.cx.school, &b, Status::Scheduled, t.now)
            .await?;
        scheduled.push(p);
    }
    c.confirmed_at = Some(t.now);
    c.confirmed_by = Some(me.id);
    t.tx.broadcasts().save_sid_campaign(t.cx.school, &c).await?;
    audit(t, AuditAction::SidConfirm, year).await?;
    t.private(
        Message::private("b-sid-confirmed")
            .arg("year", i64::from(year))
            .arg("count", scheduled.len())
            .lines("plan", plan_lines(&scheduled)),
    );
    Ok(())
}

fn part_broadcast(by: PersonId, year: i32, p: &Planned) -> NewBroadcast {
    NewBroadcast {
        created_by: by,
        audience: Audience {
            staff: p.audience == PlanAudience::Staff,
            parents: p.audience == PlanAudience::Parents,
            ..Default::default()
        },
        content: Content::Template {
            template: p.template,
            details: None,
        },
        essential: false,
        send_at: p.at,
        campaign: Some(CampaignPart {
            year,
            part: p.name.clone(),
        }),
    }
}

/// In January, in school time, asks the coordinator (the online safety lead, else senior
/// leadership) once to confirm the date and theme of the coming Safer Internet Day.
pub async fn sweep(cx: &Ctx) -> Result<()> {
    let now = cx.clock.now();
    let local = now.with_timezone(&cx.settings.timezone);
    if local.month() != 1 || !cx.settings.school_time().in_hours(now) {
        return Ok(());
    }
    let year = local.year();
    let mut tx = cx.store.begin().await?;
    let mut c = load(&mut *tx, cx.school, year).await?;
    if c.asked_at.is_some() || c.confirmed_at.is_some() {
        return Ok(());
    }
    let mut who = tx
        .people_with_roles(cx.school, &[Role::OnlineSafetyLead])
        .await?;
    if who.is_empty() {
        who = tx.people_with_roles(cx.school, &[Role::Slt]).await?;
    }
    let f = facts(year, Some(&c));
    let plan = plan_of(cx, &f);
    let mut fx = Effects::of(cx.school);
    for p in &who {
        let ask = Message::new("b-sid-ask").arg("year", i64::from(year));
        fx.send(Outgoing::to_person(p.id, None, ask));
        fx.send(Outgoing::to_person(p.id, None, describe(&f, &plan)));
    }
    c.asked_at = Some(now);
    tx.broadcasts().save_sid_campaign(cx.school, &c).await?;
    Ok(fx.commit(tx, now).await?)
}
