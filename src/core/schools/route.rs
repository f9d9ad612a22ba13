//! Which school an inbound event belongs to, before any school's turn begins.
//!
//! A group belongs to the school whose configured places name it (a Telegram group, a Discord
//! server, a Teams tenant or conversation); a group nobody named is told that Haven is not set
//! up there, and nothing of what was said is kept. A private chat belongs to the school the
//! account is linked in; linked in several, to the school chosen with a button for a while
//! (asked when there is no fresh choice, the command line that was sent being kept a while and
//! replayed in the school chosen; free text is never kept, and is asked for again); a link code
//! belongs to its school. The trust's
//! safeguarding lead may choose any of the trust's schools (`visit`). With one school,
//! everything is that school's.

use super::super::command::Command;
use super::super::effects::Effects;
use super::super::event::{Inbound, Input, Place};
use super::super::fault::Result;
use super::super::ids::{PersonId, Platform, SchoolId};
use super::super::linkcode::{LinkCode, LinkKey};
use super::super::message::{Choice, Message, Outgoing};
use super::super::payload::{Feature, Payload};
use super::super::store::{CodeLookup, Tx};
use super::School;
use chrono::{DateTime, Duration, Utc};
use std::collections::HashMap;

/// Where each school's groups are: a platform's group or organisation id → its school.
#[derive(Debug, Clone, Default)]
pub struct Places {
    map: HashMap<(Platform, String), SchoolId>,
}

impl Places {
    /// Names `id` (a group, or the server or tenant groups belong to) on `platform` as the
    /// school's. The first school to name an id keeps it.
    pub fn add(&mut self, platform: Platform, id: &str, school: SchoolId) {
        self.map.entry((platform, id.to_string())).or_insert(school);
    }

    /// The school whose places name this group or its organisation.
    pub fn school_of(
        &self,
        platform: Platform,
        group: &str,
        org: Option<&str>,
    ) -> Option<SchoolId> {
        let find = |id: &str| self.map.get(&(platform, id.to_string())).copied();
        find(group).or_else(|| org.and_then(find))
    }
}

/// Where an event goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// To this school's turn.
    To(SchoolId),
    /// A group no school named: told so (for a command), nothing kept.
    NotHere,
    /// An account linked in these schools sent something with no school chosen: asked which.
    Ask(Vec<SchoolId>),
    /// The account chose this school with a button; `replay` is the command line it sent when
    /// asked, to be handled now in that school.
    Chose {
        school: SchoolId,
        replay: Option<Input>,
    },
    /// A school button the account may not press (forged, or a school it is no longer in).
    Refused,
}

/// How long a private conversation stays with the school chosen for it, from the last message.
pub fn choice_lasts() -> Duration {
    Duration::hours(8)
}

/// Decides where `ev` goes among `schools` (by id, the first being the default). An account of
/// one of `trust_leads` (the trust's leads who may open escalated cases) counts as in every
/// school.
pub async fn route(
    tx: &mut dyn Tx,
    ev: &Inbound,
    schools: &[SchoolId],
    places: &Places,
    trust_leads: &[PersonId],
    link_key: &LinkKey,
    now: DateTime<Utc>,
) -> Result<Route> {
    let default = schools.first().copied().unwrap_or_default();
    if schools.len() <= 1 {
        return Ok(Route::To(default));
    }
    if let Place::Group(g) = &ev.place {
        let org = ev.org.as_deref();
        return Ok(match places.school_of(g.platform, &g.id, org) {
            Some(s) => Route::To(s),
            None => Route::NotHere,
        });
    }
    let mut linked = tx.schools().schools_of_account(&ev.from).await?;
    let since = now - choice_lasts();
    // Read once: the school chosen lately (by the lead below, and any account further down).
    let mut chosen = None;
    for lead in trust_leads {
        if tx.accounts_of(*lead).await?.contains(&ev.from) {
            // The trust's lead works cases in every school: a case command, a school button,
            // or anything while a school chosen lately still holds, may be about any of them;
            // everything else is their own school's, without asking.
            chosen = Some(tx.schools().school_choice(&ev.from, since).await?);
            if matches!(chosen, Some(Some(_))) || case_work(&ev.input) {
                linked = schools.to_vec();
            }
            break;
        }
    }
    if let Input::Button(p) = &ev.input {
        match Payload::decode(p) {
            Payload::School(s) if linked.contains(&s) => {
                tx.schools().choose_school(&ev.from, s, now).await?;
                let held = tx
                    .schools()
                    .take_command(&ev.from, now - held_for())
                    .await?;
                let replay = held.map(|line| Input::from_text(&line));
                return Ok(Route::Chose { school: s, replay });
            }
            Payload::School(_) | Payload::Invalid(Feature::School) => return Ok(Route::Refused),
            _ => {}
        }
    }
    if let Some(s) = code_school(tx, ev, link_key, now).await? {
        return Ok(Route::To(s));
    }
    match linked.as_slice() {
        [] => return Ok(Route::To(default)),
        [one] => return Ok(Route::To(*one)),
        _ => {}
    }
    let chosen = match chosen {
        Some(chosen) => chosen,
        None => tx.schools().school_choice(&ev.from, since).await?,
    };
    match chosen {
        Some(s) if linked.contains(&s) => {
            tx.schools().choose_school(&ev.from, s, now).await?;
            Ok(Route::To(s))
        }
        _ => {
            // A command line is kept to be replayed in the school chosen; anything else
            // (free text, a button) is not, and is asked for again.
            match &ev.input {
                Input::Command { name, args } => {
                    let line = format!("/{name} {args}");
                    let first = linked.first().copied().unwrap_or(default);
                    tx.schools()
                        .hold_command(&ev.from, first, &line, now)
                        .await?;
                }
                _ => {
                    tx.schools().take_command(&ev.from, now).await?;
                }
            }
            Ok(Route::Ask(linked))
        }
    }
}

/// True for what only concerns case work (`/case`, `/cases`, `/desk`), and for pressing a
/// school's button.
fn case_work(input: &Input) -> bool {
    match input {
        Input::Command { name, args } => matches!(
            Command::parse(name, args),
            Command::Case(_) | Command::Cases(_) | Command::Desk
        ),
        Input::Button(p) => matches!(
            Payload::decode(p),
            Payload::School(_) | Payload::Invalid(Feature::School)
        ),
        _ => false,
    }
}

/// How long a command sent while Haven asks which school is kept for the answer.
fn held_for() -> Duration {
    Duration::hours(1)
}

/// The school of the link code in `/start CODE` or `/link CODE`, when it is one Haven issued
/// and still valid.
async fn code_school(
    tx: &mut dyn Tx,
    ev: &Inbound,
    key: &LinkKey,
    now: DateTime<Utc>,
) -> Result<Option<SchoolId>> {
    let Input::Command { name, args } = &ev.input else {
        return Ok(None);
    };
    let code = match Command::parse(name, args) {
        Command::Start(c) | Command::Link(c) => c,
        _ => return Ok(None),
    };
    let Ok(code) = LinkCode::parse(&code) else {
        return Ok(None);
    };
    for hash in code.hashes(key) {
        if let CodeLookup::Valid(person) = tx.lookup_link_code(&hash, now).await? {
            return Ok(tx.schools().school_of_person(person).await?);
        }
    }
    Ok(None)
}

/// Asks an account linked in several schools which one it means, with a button per school,
/// in the language of its person in the first of them.
pub async fn ask(
    tx: &mut dyn Tx,
    fx: &mut Effects,
    ev: &Inbound,
    schools: &[School],
) -> Result<()> {
    let buttons = schools
        .iter()
        .map(|s| Choice::text(&s.name, Payload::School(s.id).encode()));
    let m = Message::new("school-which").choices(buttons);
    let first = match schools.first() {
        Some(s) => tx.person_by_account_in(s.id, &ev.from).await?,
        None => None,
    };
    fx.send(match first {
        Some(p) => Outgoing::to_person(p.id, Some(ev.from.platform), m),
        None => Outgoing::to_account(ev.from.clone(), m),
    });
    Ok(())
}

/// Tells a group no school named that Haven is not set up there, when someone asked it
/// something (a command); anything else said there is left alone.
pub fn not_here(fx: &mut Effects, ev: &Inbound) {
    if let (Place::Group(g), Input::Command { .. }) = (&ev.place, &ev.input) {
        fx.send(Outgoing::to_group(
            g.clone(),
            Message::new("school-not-here"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_group_belongs_to_the_school_naming_it_or_its_server() {
        let mut places = Places::default();
        places.add(Platform::Telegram, "-100", SchoolId(2));
        places.add(Platform::Discord, "guild-1", SchoolId(3));
        places.add(Platform::Discord, "guild-1", SchoolId(4));
        assert_eq!(
            places.school_of(Platform::Telegram, "-100", None),
            Some(SchoolId(2))
        );
        assert_eq!(places.school_of(Platform::Discord, "-100", None), None);
        assert_eq!(
            places.school_of(Platform::Discord, "chan", Some("guild-1")),
            Some(SchoolId(3)),
            "the first school to name a server keeps it"
        );
        assert_eq!(places.school_of(Platform::Teams, "chan", Some("x")), None);
    }
}
