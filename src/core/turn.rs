//! The context a handler works in: [`Ctx`] (store, clock, settings, link key, the forms) for
//! the whole application, and [`Turn`] for one inbound event (its transaction, who sent it, and
//! its [`Effects`]: what it sends, removes and publishes).
//!
//! A feature that collects input through a form implements [`FormFeature`], and the
//! application lists every one in the [`FormRegistry`] it puts in the `Ctx`. They live here,
//! beside `Ctx` and `Turn`, because each names the others: nothing here may import a feature.

use super::clock::Clock;
use super::effects::Effects;
use super::event::{Inbound, Place};
use super::fault::Result;
use super::form::{Answers, FormSpec, FormState, Keeping};
use super::ids::SchoolId;
use super::linkcode::LinkKey;
use super::message::{Message, Outgoing, Private};
use super::people::Person;
use super::settings::Settings;
use super::store::{Store, Tx};
use async_trait::async_trait;
use chrono::{DateTime, Utc};
use std::sync::Arc;

/// What every handler may use: storage, the clock, the school's settings, the key link codes
/// are stored under and the features that own forms.
#[derive(Clone)]
pub struct Ctx {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub settings: Arc<Settings>,
    pub school: SchoolId,
    pub link_key: LinkKey,
    pub forms: Arc<FormRegistry>,
}

/// One inbound event being handled inside one transaction.
pub struct Turn<'a> {
    pub cx: &'a Ctx,
    pub tx: Box<dyn Tx>,
    pub now: DateTime<Utc>,
    pub ev: &'a Inbound,
    /// The verified person behind the sending account, if the account is linked.
    pub me: Option<Person>,
    /// True when `me` is the trust's safeguarding lead, a person of another school, writing
    /// about this school: only its escalated cases are open to them here.
    pub visitor: bool,
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

/// A feature that collects its input through a form.
#[async_trait]
pub trait FormFeature: Send + Sync {
    fn spec(&self) -> &FormSpec;

    /// Called after a step is answered, before the next one is shown (e.g. to raise an urgent
    /// alert the moment someone says a child is in danger).
    async fn answered(&self, _t: &mut Turn<'_>, _state: &mut FormState, _step: &str) -> Result<()> {
        Ok(())
    }

    /// Called with the final answers when the person submits from the review step. The draft
    /// is deleted in the same transaction.
    async fn submit(&self, t: &mut Turn<'_>, answers: Answers, state: &FormState) -> Result<()>;

    /// Looks up a name typed on a people step and adds whoever it names to the step's people
    /// (ticked). Returns false when it names nobody; the step is then asked again.
    async fn lookup(
        &self,
        _t: &mut Turn<'_>,
        _state: &mut FormState,
        _step: &str,
        _typed: &str,
    ) -> Result<bool> {
        Ok(false)
    }

    /// What the person is told when their unfinished form is cancelled (or, when `expired`,
    /// deleted for sitting untouched), instead of the usual "nothing was kept" (e.g. when an
    /// alert already went out).
    fn closing_note(&self, _state: &FormState, _expired: bool) -> Option<Message> {
        None
    }

    /// How long an unfinished form last answered at `last` is kept; `None`: the school's form
    /// expiry (`[school.forms]`), with the early reminder only.
    fn keeping(&self, _settings: &Settings, _last: DateTime<Utc>) -> Option<Keeping> {
        None
    }

    /// Message key answering a photo or file sent while this form is open.
    fn attachment_notice(&self) -> &'static str {
        "form-text-only"
    }
}

/// The features that own forms, found by form id. Built once, by the application.
#[derive(Clone, Default)]
pub struct FormRegistry {
    features: Vec<&'static dyn FormFeature>,
}

impl FormRegistry {
    /// A registry of these features. Form ids are unique: the first feature with an id wins.
    pub fn new(features: impl IntoIterator<Item = &'static dyn FormFeature>) -> FormRegistry {
        FormRegistry {
            features: features.into_iter().collect(),
        }
    }

    /// The feature owning the form with this id.
    pub fn get(&self, id: &str) -> Option<&'static dyn FormFeature> {
        self.features.iter().copied().find(|f| f.spec().id == id)
    }

    /// The feature owning this draft's form, if its form is still the version the draft was
    /// started on.
    pub fn current(&self, state: &FormState) -> Option<&'static dyn FormFeature> {
        self.get(&state.form)
            .filter(|f| f.spec().version == state.version)
    }

    /// Every registered feature.
    pub fn iter(&self) -> impl Iterator<Item = &'static dyn FormFeature> + '_ {
        self.features.iter().copied()
    }
}
