//! Finding cases among those the sender may open: by reference, pupil name, category, the
//! day it was reported and status. It only ever looks within [`cases::visible`], so a search
//! can never find, or count, a case the chat would not open for the same person.

use super::cases::{self, Opened};
use super::types::{Category, Status};
use crate::core::fault::Result;
use crate::core::turn::Turn;
use chrono::NaiveDate;

/// What to look for; every part given must match.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// Part of the reference (`0042`, `C-2026-0042`).
    pub reference: Option<String>,
    /// Part of a pupil's name, as the reporter gave it (or of the adult's).
    pub pupil: Option<String>,
    pub category: Option<Category>,
    /// Reported on or after this day (the school's time zone).
    pub from: Option<NaiveDate>,
    /// Reported on or before this day.
    pub to: Option<NaiveDate>,
    pub status: Option<Status>,
}

impl Search {
    /// True when nothing was asked for.
    pub fn is_empty(&self) -> bool {
        *self == Search::default()
    }
}

/// Folds text for matching: lower case, accents and other marks taken off.
fn fold(s: &str) -> String {
    deunicode::deunicode(s).to_lowercase()
}

/// The cases the sender may open that match `s`, newest first.
pub async fn search(t: &mut Turn<'_>, s: &Search) -> Result<Vec<Opened>> {
    let tz = t.cx.settings.timezone;
    let mut found = Vec::new();
    let statuses: &[bool] = match s.status {
        Some(Status::Closed) => &[true],
        Some(_) => &[false],
        None => &[false, true],
    };
    for closed in statuses {
        for o in cases::visible(t, *closed).await? {
            let c = &o.concern;
            let day = c.created_at.with_timezone(&tz).date_naive();
            let reference = s
                .reference
                .as_deref()
                .is_none_or(|r| fold(&c.reference.to_string()).contains(&fold(r.trim())));
            let matches = reference
                && s.category.is_none_or(|k| c.categories.contains(&k))
                && s.from.is_none_or(|d| day >= d)
                && s.to.is_none_or(|d| day <= d)
                && s.status.is_none_or(|st| c.status == st);
            if !matches {
                continue;
            }
            if let Some(name) = s.pupil.as_deref().map(str::trim).filter(|n| !n.is_empty()) {
                let d = t.tx.concerns().concern_details(c.id).await?;
                let named = [&d.pupils, &d.person]
                    .into_iter()
                    .flatten()
                    .any(|v| fold(v.expose()).contains(&fold(name)));
                if !named {
                    continue;
                }
            }
            found.push(o);
        }
    }
    found.sort_by_key(|o| std::cmp::Reverse(o.concern.created_at));
    Ok(found)
}
