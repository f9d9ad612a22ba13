//! Who on a route Haven can reach now, and what to tell people outside school hours.
//!
//! Someone can be reached when they have a linked chat account and the last message Haven
//! settled for them was not refused for good (blocked bot, closed private messages). A level
//! of a route with nobody reachable is passed over for the next, so a concern never waits on
//! people it cannot reach. This module never sends anything.

use super::route::{Route, Rung};
use crate::core::fault::Result;
use crate::core::ids::PersonId;
use crate::core::local_text::LocalText;
use crate::core::store::Tx;
use crate::core::turn::Ctx;
use chrono::{DateTime, Utc};

/// The first level of a route with anyone reachable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reached {
    /// Its index in the route.
    pub level: u32,
    pub rung: Rung,
    /// The people on it who can be reached.
    pub leads: Vec<PersonId>,
}

/// True when Haven can reach `person` now.
pub async fn reachable(tx: &mut dyn Tx, person: PersonId) -> Result<bool> {
    Ok(!tx.unreachable(person).await?)
}

/// Those of `people` Haven can reach now.
pub async fn reachable_of(tx: &mut dyn Tx, people: &[PersonId]) -> Result<Vec<PersonId>> {
    let mut out = Vec::new();
    for p in people {
        if reachable(tx, *p).await? {
            out.push(*p);
        }
    }
    Ok(out)
}

/// The first level at or after `from` with anyone reachable, or `None` when nobody on the rest
/// of the route can be reached.
pub async fn first_reachable(tx: &mut dyn Tx, r: &Route, from: u32) -> Result<Option<Reached>> {
    for (i, level) in r.levels.iter().enumerate().skip(from as usize) {
        let leads = reachable_of(tx, &level.leads).await?;
        if !leads.is_empty() {
            return Ok(Some(Reached {
                level: i as u32,
                rung: level.rung,
                leads,
            }));
        }
    }
    Ok(None)
}

/// The out-of-hours contact to show with urgent work at `now`, or `"none"` in school hours.
pub fn out_of_hours(cx: &Ctx, now: DateTime<Utc>) -> LocalText {
    let s = &cx.settings;
    if s.school_time().in_hours(now) {
        LocalText::plain("none")
    } else {
        s.contacts.out_of_hours_text()
    }
}
