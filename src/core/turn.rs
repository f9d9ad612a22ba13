//! The context a handler works in: [`Ctx`] (store, clock, settings, link key) for the whole
//! application,
//! and [`Turn`] for one inbound event (its transaction, who sent it, and its [`Effects`]: what it
//! sends, removes and publishes).

use super::clock::Clock;
use super::effects::Effects;
use super::event::{Inbound, Place};
use super::ids::SchoolId;
use super::linkcode::LinkKey;
use super::message::{Message, Outgoing, Private};
use super::people::Person;
use super::settings::Settings;
use super::store::{Store, Tx};
use chrono::{DateTime, Utc};
use std::sync::Arc;

/// What every handler may use: storage, the clock, the school's settings and the key link codes
/// are stored under.
#[derive(Clone)]
pub struct Ctx {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub settings: Arc<Settings>,
    pub school: SchoolId,
    pub link_key: LinkKey,
}

/// One inbound event being handled inside one transaction.
pub struct Turn<'a> {
    pub cx: &'a Ctx,
    pub tx: Box<dyn Tx>,
    pub now: DateTime<Utc>,
    pub ev: &'a Inbound,
    /// The verified person behind the sending account, if the account is linked.
    pub me: Option<Person>,
    /// What the turn does to chats, written to the outbox when it commits.
    pub fx: Effects,
}

impl<'a> Turn<'a> {
    /// Answers where the event came from: the group, or the sender's private chat.
    pub fn reply(&mut self, m: Message) {
        let out = match (&self.ev.place, &self.me) {
            (Place::Group(g), _) => Outgoing::to_group(g.clone(), m),
            (Place::Private, Some(me)) => {
                Outgoing::to_person(me.id, Some(self.ev.from.platform), m)
            }
            (Place::Private, None) => Outgoing::to_account(self.ev.from.clone(), m),
        };
        self.fx.send(out);
    }

    /// Sends to the sender's private chat on the platform they are using. Only a verified
    /// sender has one; for anyone else nothing is sent.
    pub fn private(&mut self, m: impl Into<Message<Private>>) {
        if let Some(me) = &self.me {
            self.fx
                .send(Outgoing::to_person(me.id, Some(self.ev.from.platform), m));
        }
    }

    /// Queues any outgoing message.
    pub fn send(&mut self, o: Outgoing) {
        self.fx.send(o);
    }

    /// True when the event came from a private chat.
    pub fn in_private(&self) -> bool {
        self.ev.place == Place::Private
    }
}
