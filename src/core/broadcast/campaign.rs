//! Safer Internet Day (policy 003, 21e): the coordinator confirms the date and theme, and the
//! plan's messages become scheduled broadcasts. `/campaign sid`, `/campaign sid date
//! YYYY-MM-DD`, `/campaign sid theme …`, `/campaign sid confirm`; in January the sweep asks the
//! coordinator once. Parents never get more than three messages from one year's campaign, even
//! across changes of date. Never sends a broadcast itself: it only schedules them.

use super::audience::Audience;
use super::content::Content;
use super::settings::PlanAudience;
use super::sid::{self, Planned, MAX_PARENT_MESSAGES};
use super::store::{CampaignPart, NewBroadcast, SidCampaign, Status};
use crate::core::ids::{PersonId, SchoolId};
use crate::core::message::{Arg, Choice, Message, Outgoing, Private};
use crate::core::people::Role;
use crate::core::settings::Settings;
use crate::core::store::{Result, Tx};
use crate::core::turn::{Ctx, Turn};
use chrono::{DateTime, Datelike, NaiveDate, Utc};

/// Payload prefix of the Confirm button (`b.sid.<year>`).
pub const CONFIRM: &str = "sid.";
/// Longest theme.
const MAX_THEME: usize = 200;

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
    let c = tx.sid_campaign(school, year).await?;
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
    sid::plan(f.day, parts, settings.timezone)
}

fn plan_of(cx: &Ctx, f: &SidFacts) -> Vec<Planned> {
    plan_for(&cx.settings, f)
}

fn plan_lines(plan: &[Planned]) -> Vec<(String, Arg)> {
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
        format!("{}{CONFIRM}{}", super::PREFIX, f.year),
    ))
}

fn today(t: &Turn<'_>) -> NaiveDate {
    t.now.with_timezone(&t.cx.settings.timezone).date_naive()
}

/// The coming Safer Internet Day, as of the turn's date.
async fn current_for(t: &mut Turn<'_>) -> Result<SidFacts> {
    let today = today(t);
    current(&mut *t.tx, t.cx.school, today).await
}

/// `/campaign …` (the caller has checked the role).
pub async fn command(t: &mut Turn<'_>, args: &str) -> Result<()> {
    let mut words = args.split_whitespace();
    let first = words.next().unwrap_or("sid").to_lowercase();
    if !matches!(first.as_str(), "sid" | "safer-internet-day") {
        t.private(Message::new("b-campaign-usage"));
        return Ok(());
    }
    let action = words.next().unwrap_or("").to_lowercase();
    let rest: Vec<&str> = words.collect();
    match action.as_str() {
        "" | "show" => {
            let f = current_for(t).await?;
            let plan = plan_of(t.cx, &f);
            t.private(describe(&f, &plan));
            Ok(())
        }
        "date" => set_date(t, &rest.join(" ")).await,
        "theme" => set_theme(t, &rest.join(" ")).await,
        "confirm" => {
            let f = current_for(t).await?;
            confirm(t, f.year).await
        }
        _ => {
            t.private(Message::new("b-campaign-usage"));
            Ok(())
        }
    }
}

async fn load(tx: &mut dyn Tx, school: SchoolId, year: i32) -> Result<SidCampaign> {
    Ok(tx
        .sid_campaign(school, year)
        .await?
        .unwrap_or_else(|| SidCampaign::new(year)))
}

async fn set_date(t: &mut Turn<'_>, arg: &str) -> Result<()> {
    let Ok(day) = NaiveDate::parse_from_str(arg.trim(), "%Y-%m-%d") else {
        t.private(Message::new("b-sid-date-usage"));
        return Ok(());
    };
    if day <= today(t) {
        t.private(Message::new("b-sid-date-past"));
        return Ok(());
    }
    let mut c = load(&mut *t.tx, t.cx.school, day.year()).await?;
    c.day = Some(day);
    let was_confirmed = c.confirmed_at.take().is_some();
    if was_confirmed {
        unschedule(&mut *t.tx, t.cx.school, day.year(), t.now).await?;
    }
    t.tx.save_sid_campaign(t.cx.school, &c).await?;
    audit(t, "sid-date", day.year()).await?;
    t.private(Message::new("b-sid-date-set").arg("confirmed_before", i64::from(was_confirmed)));
    let f = facts(day.year(), Some(&c));
    let plan = plan_of(t.cx, &f);
    t.private(describe(&f, &plan));
    Ok(())
}

async fn set_theme(t: &mut Turn<'_>, theme: &str) -> Result<()> {
    let theme = theme.trim();
    let len = theme.chars().count();
    if len == 0 || len > MAX_THEME {
        t.private(Message::new("b-sid-theme-usage").arg("max", MAX_THEME));
        return Ok(());
    }
    let year = current_for(t).await?.year;
    let mut c = load(&mut *t.tx, t.cx.school, year).await?;
    c.theme = Some(theme.to_string());
    t.tx.save_sid_campaign(t.cx.school, &c).await?;
    audit(t, "sid-theme", year).await?;
    t.private(Message::new("b-sid-theme-set"));
    let f = facts(year, Some(&c));
    let plan = plan_of(t.cx, &f);
    t.private(describe(&f, &plan));
    Ok(())
}

/// Cancels the year's campaign broadcasts that have not gone yet.
async fn unschedule(
    tx: &mut dyn Tx,
    school: SchoolId,
    year: i32,
    now: DateTime<Utc>,
) -> Result<()> {
    for b in tx.campaign_broadcasts(school, year).await? {
        if b.status == Status::Scheduled {
            tx.set_broadcast_status(b.id, Status::Cancelled, now)
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
    if year < current_for(t).await?.year {
        t.private(Message::new("b-sid-over").arg("year", i64::from(year)));
        return Ok(());
    }
    let mut c = load(&mut *t.tx, t.cx.school, year).await?;
    let f = facts(year, Some(&c));
    unschedule(&mut *t.tx, t.cx.school, year, t.now).await?;
    let gone: Vec<_> =
        t.tx.campaign_broadcasts(t.cx.school, year)
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
        t.tx.insert_broadcast(t.cx.school, &b, Status::Scheduled, t.now)
            .await?;
        scheduled.push(p);
    }
    c.confirmed_at = Some(t.now);
    c.confirmed_by = Some(me.id);
    t.tx.save_sid_campaign(t.cx.school, &c).await?;
    audit(t, "sid-confirm", year).await?;
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

async fn audit(t: &mut Turn<'_>, action: &str, year: i32) -> Result<()> {
    let me = t.me.as_ref().map(|p| p.id);
    t.tx.audit(
        t.cx.school,
        me,
        action,
        &format!("campaign:sid:{year}"),
        t.now,
    )
    .await
}

/// In January, asks the coordinator (the online safety lead, else senior leadership) once to
/// confirm the date and theme of the coming Safer Internet Day.
pub async fn sweep(cx: &Ctx) -> Result<()> {
    let now = cx.clock.now();
    let local = now.with_timezone(&cx.settings.timezone);
    if local.month() != 1 {
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
    for p in &who {
        let ask = Message::new("b-sid-ask").arg("year", i64::from(year));
        tx.enqueue(&Outgoing::to_person(p.id, None, ask), now)
            .await?;
        tx.enqueue(&Outgoing::to_person(p.id, None, describe(&f, &plan)), now)
            .await?;
    }
    c.asked_at = Some(now);
    tx.save_sid_campaign(cx.school, &c).await?;
    tx.commit().await
}
