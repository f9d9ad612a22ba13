//! A trust's deployment: one context per school. [`App::for_schools`] builds them;
//! [`App::school_for`] finds the school an inbound event belongs to (`core::schools::route`),
//! answering the events that belong to none yet (a group no school named, an account linked in
//! several schools with none chosen) itself, in a transaction of their own; a school chosen
//! with a button then gets the command sent when Haven asked.

use super::App;
use crate::core::dispatch::new_reference;
use crate::core::effects::Effects;
use crate::core::event::Inbound;
use crate::core::ids::SchoolId;
use crate::core::message::{Message, Outgoing};
use crate::core::schools::route::{self, Route};
use crate::core::settings::Settings;
use crate::core::turn::Ctx;
use crate::schools::Deployment;
use std::sync::Arc;

/// Where an inbound event went.
pub(super) enum Routed<'a> {
    /// To this school's context.
    School(&'a Ctx),
    /// Answered (or left alone) without a school's turn.
    Answered,
    /// The database was busy: nothing was read or written.
    Busy(String),
    /// A school was chosen: this command, sent when Haven asked which school, goes to its turn.
    Replay(&'a Ctx, Inbound),
}

impl App {
    /// The app with one context per school of `deployment`, acting for `acting` (a command's
    /// school; the first when it is not one of them).
    pub fn for_schools(mut self, deployment: Deployment, acting: SchoolId) -> App {
        let base = self.ctx.clone();
        let schools: Vec<_> = deployment
            .schools
            .into_iter()
            .map(|(school, settings): (_, Settings)| {
                let cx = Ctx {
                    settings: Arc::new(settings),
                    school: school.id,
                    ..base.clone()
                };
                (school, cx)
            })
            .collect();
        if let Some((_, cx)) = schools
            .iter()
            .find(|(s, _)| s.id == acting)
            .or(schools.first())
        {
            self.ctx = cx.clone();
        }
        self.schools = Arc::new(schools);
        self.places = Arc::new(deployment.places);
        self
    }

    /// The context of school `id`, if it is one of the deployment's.
    pub fn school(&self, id: SchoolId) -> Option<&Ctx> {
        self.schools
            .iter()
            .find(|(s, _)| s.id == id)
            .map(|(_, cx)| cx)
    }

    /// The school `ev` belongs to; with one school, always that one.
    pub(super) async fn school_for(&self, ev: &Inbound) -> anyhow::Result<Routed<'_>> {
        if self.schools.len() <= 1 {
            return Ok(Routed::School(&self.ctx));
        }
        let cx = &self.ctx;
        let now = cx.clock.now();
        let mut tx = match cx.store.begin().await {
            Ok(tx) => tx,
            Err(e) if e.is_busy() => return Ok(Routed::Busy(new_reference())),
            Err(e) => return Err(e.into()),
        };
        let ids: Vec<SchoolId> = self.schools.iter().map(|(s, _)| s.id).collect();
        let leads = cx.settings.trust.case_leads();
        let places = &self.places;
        let route = route::route(tx.as_mut(), ev, &ids, places, leads, &cx.link_key, now).await?;
        if let Route::To(id) = route {
            tx.commit().await?;
            return Ok(match self.school(id) {
                Some(cx) => Routed::School(cx),
                None => Routed::School(&self.ctx),
            });
        }
        if let Some(u) = &ev.update {
            if !tx.record_update(ev.from.platform, &u.id, now).await? {
                return Ok(Routed::Answered);
            }
        }
        let mut fx = Effects::default();
        match route {
            Route::To(_) => {}
            Route::NotHere => route::not_here(&mut fx, ev),
            Route::Ask(ids) => {
                let schools: Vec<_> = self
                    .schools
                    .iter()
                    .filter(|(s, _)| ids.contains(&s.id))
                    .map(|(s, _)| s.clone())
                    .collect();
                route::ask(tx.as_mut(), &mut fx, ev, &schools).await?;
            }
            Route::Chose { school, replay } => {
                let name = self.school(school).map(|c| c.settings.school_name.clone());
                let key = match replay {
                    Some(_) => "school-chosen-replayed",
                    None => "school-chosen",
                };
                let m = Message::new(key).arg("school", name.unwrap_or_default());
                match tx.person_by_account_in(school, &ev.from).await? {
                    Some(p) => fx.send(Outgoing::to_person(p.id, Some(ev.from.platform), m)),
                    None => fx.send(Outgoing::to_account(ev.from.clone(), m)),
                }
                if let (Some(input), Some(cx)) = (replay, self.school(school)) {
                    fx.commit(tx, now).await?;
                    let again = Inbound {
                        from: ev.from.clone(),
                        place: ev.place.clone(),
                        input,
                        message_id: None,
                        update: None,
                        org: ev.org.clone(),
                    };
                    return Ok(Routed::Replay(cx, again));
                }
            }
            Route::Refused => fx.send(Outgoing::to_account(
                ev.from.clone(),
                Message::new("form-stale-button"),
            )),
        }
        fx.commit(tx, now).await?;
        Ok(Routed::Answered)
    }
}
