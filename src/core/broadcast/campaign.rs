//! Safer Internet Day (policy 003, 21e): a year's campaign as it stands (the date and theme the
//! coordinator set, or the rule's date), its plan and how it is described, shared by the
//! `/campaign` command ([`super::campaign_command`]) and confirming ([`super::confirm`]).
//! Never sends or schedules a broadcast itself.

use super::settings::PlanAudience;
use super::sid::{self, Planned};
use super::store::SidCampaign;
use crate::core::audit::AuditAction;
use crate::core::fault::Result;
use crate::core::ids::SchoolId;
use crate::core::message::{Arg, Choice, Message, Private};
use crate::core::payload::{BroadcastButton, Payload};
use crate::core::settings::Settings;
use crate::core::store::Tx;
use crate::core::turn::{Ctx, Turn};
use chrono::{Datelike, NaiveDate};

/// A year's Safer Internet Day as it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SidFacts {
    pub year: i32,
    pub day: NaiveDate,
    /// True when the coordinator set the date (rather than the rule).
    pub day_set: bool,
    pub theme: Option<String>,
    pub confirmed: bool,
}

/// The facts from a stored campaign (or none) for `year`.
pub fn facts(year: i32, c: Option<&SidCampaign>) -> SidFacts {
    let set = c.and_then(|c| c.day);
    SidFacts {
        year,
        day: set.or_else(|| sid::day(year)).unwrap_or_default(),
        day_set: set.is_some(),
        theme: c.and_then(|c| c.theme.clone()),
        confirmed: c.is_some_and(|c| c.confirmed_at.is_some()),
    }
}

/// `year`'s Safer Internet Day.
pub async fn sid_facts(tx: &mut dyn Tx, school: SchoolId, year: i32) -> Result<SidFacts> {
    let c = tx.broadcasts().sid_campaign(school, year).await?;
    Ok(facts(year, c.as_ref()))
}

/// The next Safer Internet Day on or after `today`.
pub async fn current(tx: &mut dyn Tx, school: SchoolId, today: NaiveDate) -> Result<SidFacts> {
    let this = sid_facts(tx, school, today.year()).await?;
    if today <= this.day {
        return Ok(this);
    }
    sid_facts(tx, school, today.year() + 1).await
}

/// The year of the next Safer Internet Day by the rule, on or after `today`.
pub fn year_after(today: NaiveDate) -> i32 {
    match sid::day(today.year()) {
        Some(d) if today > d => today.year() + 1,
        _ => today.year(),
    }
}

/// The plan of `f`'s year, placed in time.
pub fn plan_for(settings: &Settings, f: &SidFacts) -> Vec<Planned> {
    let parts = &settings.broadcast.safer_internet_day.plan;
    sid::plan(f.day, parts, &settings.school_time())
}

pub(super) fn plan_of(cx: &Ctx, f: &SidFacts) -> Vec<Planned> {
    plan_for(&cx.settings, f)
}

pub(super) fn plan_lines(plan: &[Planned]) -> Vec<(String, Arg)> {
    plan.iter()
        .map(|p| {
            let who = match p.audience {
                PlanAudience::Staff => "b-plan-staff",
                PlanAudience::Parents => "b-plan-parents",
            };
            (who.to_string(), Arg::Time(p.at))
        })
        .collect()
}

/// The date, theme and plan, with a Confirm button while unconfirmed.
pub fn describe(f: &SidFacts, plan: &[Planned]) -> Message<Private> {
    let m = Message::private("b-sid-plan")
        .arg("year", i64::from(f.year))
        .arg("date", f.day.format("%d/%m/%Y").to_string())
        .arg("day_set", i64::from(f.day_set))
        .arg("has_theme", i64::from(f.theme.is_some()))
        .arg("theme", f.theme.clone().unwrap_or_default())
        .arg("confirmed", i64::from(f.confirmed))
        .lines("plan", plan_lines(plan));
    if f.confirmed {
        return m;
    }
    m.choice(Choice::key(
        "b-button-confirm",
        Payload::Broadcast(BroadcastButton::ConfirmSid(f.year)).encode(),
    ))
}

pub(super) fn today(t: &Turn<'_>) -> NaiveDate {
    t.now.with_timezone(&t.cx.settings.timezone).date_naive()
}

/// The coming Safer Internet Day, as of the turn's date.
pub(super) async fn current_for(t: &mut Turn<'_>) -> Result<SidFacts> {
    let today = today(t);
    current(&mut *t.tx, t.cx.school, today).await
}

pub(super) async fn load(tx: &mut dyn Tx, school: SchoolId, year: i32) -> Result<SidCampaign> {
    Ok(tx
        .broadcasts()
        .sid_campaign(school, year)
        .await?
        .unwrap_or_else(|| SidCampaign::new(year)))
}

pub(super) async fn audit(t: &mut Turn<'_>, action: AuditAction, year: i32) -> Result<()> {
    let me = t.me.as_ref().map(|p| p.id);
    Ok(t.tx
        .audit(
            t.cx.school,
            me,
            action,
            &format!("campaign:sid:{year}"),
            t.now,
        )
        .await?)
}
