//! `/campaign sid`, `/campaign sid date YYYY-MM-DD`, `/campaign sid theme …` and
//! `/campaign sid confirm` (the caller has checked the role): showing, changing and confirming
//! a year's Safer Internet Day. Never sends or schedules a broadcast itself.

use super::campaign::{audit, current_for, describe, facts, load, plan_of, today};
use super::confirm;
use crate::core::audit::AuditAction;
use crate::core::command::args::MAX_THEME;
use crate::core::command::CampaignCommand;
use crate::core::fault::Result;
use crate::core::message::Message;
use crate::core::turn::Turn;
use chrono::{Datelike, NaiveDate};

/// `/campaign …` (the caller has checked the role).
pub async fn command(t: &mut Turn<'_>, cmd: CampaignCommand) -> Result<()> {
    match cmd {
        CampaignCommand::Show => {
            let f = current_for(t).await?;
            let plan = plan_of(t.cx, &f);
            t.private(describe(&f, &plan));
            Ok(())
        }
        CampaignCommand::Date(day) => set_date(t, day).await,
        CampaignCommand::DateUsage => {
            t.private(Message::new("b-sid-date-usage"));
            Ok(())
        }
        CampaignCommand::Theme(theme) => set_theme(t, &theme).await,
        CampaignCommand::ThemeUsage => {
            t.private(Message::new("b-sid-theme-usage").arg("max", MAX_THEME));
            Ok(())
        }
        CampaignCommand::Confirm => {
            let f = current_for(t).await?;
            confirm::confirm(t, f.year).await
        }
        CampaignCommand::Usage => {
            t.private(Message::new("b-campaign-usage"));
            Ok(())
        }
    }
}

async fn set_date(t: &mut Turn<'_>, day: NaiveDate) -> Result<()> {
    if day <= today(t) {
        t.private(Message::new("b-sid-date-past"));
        return Ok(());
    }
    let mut c = load(&mut *t.tx, t.cx.school, day.year()).await?;
    c.day = Some(day);
    let was_confirmed = c.confirmed_at.take().is_some();
    if was_confirmed {
        confirm::unschedule(&mut *t.tx, t.cx.school, day.year(), t.now).await?;
    }
    t.tx.broadcasts().save_sid_campaign(t.cx.school, &c).await?;
    audit(t, AuditAction::SidDate, day.year()).await?;
    t.private(Message::new("b-sid-date-set").arg("confirmed_before", i64::from(was_confirmed)));
    let f = facts(day.year(), Some(&c));
    let plan = plan_of(t.cx, &f);
    t.private(describe(&f, &plan));
    Ok(())
}

async fn set_theme(t: &mut Turn<'_>, theme: &str) -> Result<()> {
    let year = current_for(t).await?.year;
    let mut c = load(&mut *t.tx, t.cx.school, year).await?;
    c.theme = Some(theme.to_string());
    t.tx.broadcasts().save_sid_campaign(t.cx.school, &c).await?;
    audit(t, AuditAction::SidTheme, year).await?;
    t.private(Message::new("b-sid-theme-set"));
    let f = facts(year, Some(&c));
    let plan = plan_of(t.cx, &f);
    t.private(describe(&f, &plan));
    Ok(())
}
