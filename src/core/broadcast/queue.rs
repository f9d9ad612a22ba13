//! Turning a broadcast into deliveries: one outbox row per recipient, all created in the
//! caller's transaction, each in the recipient's language, tagged `broadcast:<id>` and marked
//! at-most-once. Parents who opted out are left out unless the message is essential; parents'
//! rows due in quiet hours (or, when the school asks, on a closed day) are held
//! ([`super::settings::BroadcastSettings::parent_release`]). Also counts who a draft would
//! reach, for the preview. Never sends anything itself.

use super::audience::{select, Recipient};
use super::campaign::{sid_facts, SidFacts};
use super::content::{message, Footer, Framing};
use super::store::{Broadcast, NewBroadcast, QueueCounts};
use crate::core::effects::Effects;
use crate::core::fault::Result;
use crate::core::ids::{PersonId, Platform};
use crate::core::message::{Message, Outgoing};
use crate::core::people::{Lang, Person};
use crate::core::store::Tx;
use crate::core::turn::Ctx;
use chrono::{DateTime, Utc};
use std::collections::{BTreeMap, HashSet};

/// Who a broadcast would reach, for the preview.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reach {
    /// Recipients by the platform they would get it on.
    pub by_platform: BTreeMap<Platform, u64>,
    /// Recipients by the language they would read it in.
    pub by_lang: Vec<(Lang, u64)>,
    pub total: u64,
    pub not_linked: u64,
    pub opted_out: u64,
}

/// The people a broadcast goes to, split into those it reaches and those who opted out.
struct Selection<'a> {
    send: Vec<Recipient<'a>>,
    opted_out: u64,
}

fn choose<'a>(
    people: &'a [Person],
    optouts: &HashSet<PersonId>,
    b: &NewBroadcast,
) -> Selection<'a> {
    let mut opted_out = 0;
    let send = select(people, &b.audience)
        .into_iter()
        .filter(|r| {
            let skip = r.as_parent && !b.essential && optouts.contains(&r.person.id);
            opted_out += u64::from(skip);
            !skip
        })
        .collect();
    Selection { send, opted_out }
}

async fn optouts(tx: &mut dyn Tx, cx: &Ctx) -> Result<HashSet<PersonId>> {
    Ok(tx
        .broadcasts()
        .opted_out(cx.school)
        .await?
        .into_iter()
        .collect())
}

/// What the broadcast says to one recipient.
pub fn body_for(
    cx: &Ctx,
    b: &NewBroadcast,
    sid: &SidFacts,
    sender: &str,
    as_parent: bool,
) -> Message {
    message(
        &b.content,
        &Framing {
            school: &cx.settings.school_name_text(),
            sender,
            sid_day: sid.day,
            sid_theme: sid.theme.as_deref(),
            essential: b.essential,
            footer: Footer::for_recipient(as_parent, b.essential),
        },
    )
}

/// The Safer Internet Day a broadcast speaks of: its campaign's, or the next one after it goes.
pub async fn sid_of(tx: &mut dyn Tx, cx: &Ctx, b: &NewBroadcast) -> Result<SidFacts> {
    let tz = cx.settings.timezone;
    match &b.campaign {
        Some(part) => sid_facts(tx, cx.school, part.year).await,
        None => {
            let today = b.send_at.with_timezone(&tz).date_naive();
            super::campaign::current(tx, cx.school, today).await
        }
    }
}

/// Puts one delivery per recipient in the outbox and records the broadcast as queued.
pub async fn queue(
    tx: &mut dyn Tx,
    fx: &mut Effects,
    cx: &Ctx,
    b: &Broadcast,
    now: DateTime<Utc>,
) -> Result<QueueCounts> {
    let people = tx.people(cx.school).await?;
    let optouts = optouts(tx, cx).await?;
    let sid = sid_of(tx, cx, &b.spec).await?;
    let sender = tx
        .person(b.spec.created_by)
        .await?
        .map(|p| p.name)
        .unwrap_or_default();
    let chosen = choose(&people, &optouts, &b.spec);
    let st = cx.settings.school_time();
    let release = |essential| cx.settings.broadcast.parent_release(now, &st, essential);
    let mut counts = QueueCounts {
        opted_out: chosen.opted_out,
        ..Default::default()
    };
    for r in &chosen.send {
        let m = body_for(cx, &b.spec, &sid, &sender, r.as_parent);
        let mut out = Outgoing::to_person(r.person.id, None, m)
            .tagged(b.id.tag())
            .at_most_once();
        let hold = r.as_parent.then(|| release(b.spec.essential)).flatten();
        if let Some(until) = hold {
            out = out.not_before(until);
        }
        if fx.send_if_reachable(tx, out).await? {
            counts.queued += 1;
            counts.held += u64::from(hold.is_some());
        } else {
            counts.not_linked += 1;
        }
    }
    tx.broadcasts()
        .mark_broadcast_queued(b.id, &counts, now)
        .await?;
    Ok(counts)
}

/// Who a draft would reach if it went now: per platform (the account a delivery would use)
/// and per language.
pub async fn reach(tx: &mut dyn Tx, cx: &Ctx, b: &NewBroadcast) -> Result<Reach> {
    let people = tx.people(cx.school).await?;
    let optouts = optouts(tx, cx).await?;
    let chosen = choose(&people, &optouts, b);
    let mut reach = Reach {
        opted_out: chosen.opted_out,
        ..Default::default()
    };
    for r in &chosen.send {
        // The same account the outbox would choose: the most recently linked.
        match tx.accounts_of(r.person.id).await?.first() {
            Some(a) => {
                *reach.by_platform.entry(a.platform).or_default() += 1;
                match reach.by_lang.iter_mut().find(|(l, _)| *l == r.person.lang) {
                    Some((_, n)) => *n += 1,
                    None => reach.by_lang.push((r.person.lang, 1)),
                }
                reach.total += 1;
            }
            None => reach.not_linked += 1,
        }
    }
    reach
        .by_lang
        .sort_by_key(|(l, _)| Lang::ALL.iter().position(|x| x == l));
    Ok(reach)
}
