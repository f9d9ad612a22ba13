//! `/campaign sid`, `/campaign sid date YYYY-MM-DD`, `/campaign sid theme …` and
//! `/campaign sid confirm` (the caller has checked the role): showing, changing and confirming
//! a year's Safer Internet Day. Never sends or schedules a broadcast itself.

use super::campaign::{audit, current_for, describe, facts, load, plan_of, today};
use super::confirm;
use crate::core::fault::Result;
use crate::core::message::Message;
use crate::core::turn::Turn;
use chrono::{Datelike, NaiveDate};

/// Longest theme.
const MAX_THEME: usize = 200;

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
            confirm::confirm(t, f.year).await
        }
        _ => {
            t.private(Message::new("b-campaign-usage"));
            Ok(())
        }
    }
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
        confirm::unschedule(&mut *t.tx, t.cx.school, day.year(), t.now).await?;
    }
    t.tx.broadcasts().save_sid_campaign(t.cx.school, &c).await?;
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
    t.tx.broadcasts().save_sid_campaign(t.cx.school, &c).await?;
    audit(t, "sid-theme", year).await?;
    t.private(Message::new("b-sid-theme-set"));
    let f = facts(year, Some(&c));
    let plan = plan_of(t.cx, &f);
    t.private(describe(&f, &plan));
    Ok(())
}
