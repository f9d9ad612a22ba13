//! The application: the core wired to storage, translations, the clock and the dispatchers.
//!
//! [`App::handle`] takes an inbound event from any adapter; [`App::tick`] runs what is due
//! (form reminders and expiry, escalations, scheduled sends); [`App::dispatcher`] builds the
//! outbox dispatcher for one platform.
//!
//! A trust's deployment holds one context per school (`trust.rs`): each inbound event is
//! handled in its school's context, and each school's scheduled work runs in its own.
//!
//! Each piece of scheduled work runs on its own: one that fails is logged with a reference and
//! the others still run, so one fault never stops the rest of the school's work.

mod trust;

use crate::core::clock::Clock;
use crate::core::dispatch::{self, Outcome};
use crate::core::event::{Inbound, Place};
use crate::core::features;
use crate::core::form::driver;
use crate::core::ids::SchoolId;
use crate::core::linkcode::LinkKey;
use crate::core::people::Lang;
use crate::core::schools::route::Places;
use crate::core::schools::{School, Slug};
use crate::core::settings::Settings;
use crate::core::store::{Address, Store};
use crate::core::streams;
use crate::core::turn::Ctx;
use crate::core::{aup, broadcast, concern, upkeep};
use crate::delivery::dispatcher::Dispatcher;
use crate::delivery::elected::Instance;
use crate::delivery::limits::RateLimits;
use crate::delivery::{Handled, InboundHandler, Rendered, Transport};
use crate::i18n::I18n;
use crate::metrics::Metrics;
use async_trait::async_trait;
use futures_util::future::BoxFuture;
use rand::distributions::{Alphanumeric, DistString};
use std::sync::Arc;
use tokio::sync::Notify;

/// Haven, assembled.
#[derive(Clone)]
pub struct App {
    /// The context of the school this app acts for (a command's `--school`; the first school
    /// for `haven run`).
    pub ctx: Ctx,
    /// Every school of the deployment, each with its context, by id.
    pub schools: Arc<Vec<(School, Ctx)>>,
    /// Where each school's groups are.
    pub places: Arc<Places>,
    pub i18n: Arc<I18n>,
    /// Woken whenever new messages may be waiting in the outbox.
    pub wake: Arc<Notify>,
    /// This Haven among the instances sharing the database (a new one for every app): the
    /// name on the outbox rows its dispatchers claim, and the roles it holds.
    pub instance: Instance,
    /// What `/metrics` shows.
    pub metrics: Arc<Metrics>,
}

impl App {
    /// Assembles the application around an open store and the key link codes are stored under.
    pub fn new(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        settings: Settings,
        link_key: LinkKey,
    ) -> anyhow::Result<App> {
        let i18n = Arc::new(I18n::load(settings.timezone)?);
        let school = School {
            id: SchoolId::default(),
            slug: Slug::parse("school").unwrap_or_else(|| unreachable!("a valid slug")),
            name: settings.school_name.clone(),
        };
        let instance = Instance::new(store.clone(), clock.clone());
        let ctx = Ctx {
            store,
            clock,
            settings: Arc::new(settings),
            school: SchoolId::default(),
            link_key,
            forms: Arc::new(features::forms()),
        };
        Ok(App {
            schools: Arc::new(vec![(school, ctx.clone())]),
            places: Arc::default(),
            ctx,
            i18n,
            wake: Arc::new(Notify::new()),
            instance,
            metrics: Arc::new(Metrics::new()),
        })
    }

    /// Handles one inbound event and wakes the dispatchers. When the database is too busy,
    /// nothing is kept and the apology for the sender comes back to be sent directly.
    pub async fn handle(&self, ev: Inbound) -> anyhow::Result<Handled> {
        let replayed;
        let (cx, ev) = match self.school_for(&ev).await? {
            trust::Routed::School(cx) => (cx, &ev),
            trust::Routed::Replay(cx, again) => {
                replayed = again;
                (cx, &replayed)
            }
            trust::Routed::Answered => {
                self.wake.notify_waiters();
                return Ok(Handled::Done);
            }
            trust::Routed::Busy(reference) => {
                return Ok(Handled::Busy(self.busy_apology(&ev, &reference)))
            }
        };
        let result = dispatch::handle(cx, ev).await;
        self.wake.notify_waiters();
        Ok(match result? {
            Outcome::Handled | Outcome::Replayed => Handled::Done,
            Outcome::Busy { reference } => Handled::Busy(self.busy_apology(ev, &reference)),
        })
    }

    /// The apology for an event the busy database could not take, rendered without the
    /// database (so in the school's default language): it says whether the platform brings
    /// the message back by itself or the person should send it again.
    fn busy_apology(&self, ev: &Inbound, reference: &str) -> Rendered {
        let lang = Lang::default();
        let again = match &ev.update {
            Some(u) if u.redelivered => "itself",
            _ => "resend",
        };
        let args = [
            ("reference", reference.to_string()),
            ("again", again.into()),
        ];
        let address = match &ev.place {
            Place::Group(g) => Address::Group(g.id.clone()),
            Place::Private => Address::Private(ev.from.id.clone()),
        };
        Rendered {
            private_link_label: matches!(address, Address::Group(_))
                .then(|| self.i18n.text(lang, "open-private-chat")),
            address,
            text: self.i18n.text_with(lang, "error-busy", &args),
            pieces: Vec::new(),
            buttons: Vec::new(),
            lang,
            rtl: lang.is_rtl(),
            expects_text: None,
            protect: false,
        }
    }

    /// Runs everything that is due now, each piece on its own ([`SCHEDULED`]). A piece that
    /// fails is logged with a reference and the rest still run; the error then names the pieces
    /// that failed, with their references.
    pub async fn tick(&self) -> anyhow::Result<()> {
        self.sweep(SCHEDULED, false).await
    }

    /// Runs `sweeps` as [`App::tick`] runs [`SCHEDULED`]. When `elected`, this instance runs
    /// them as the scheduler's lease holder: every transaction of theirs first checks, in
    /// itself, that the lease is still this instance's (see [`Instance::fenced`]), and before
    /// each sweep the lease is renewed; when the renewal is not confirmed the tick stops there,
    /// leaving the rest to the instance that holds the lease now.
    ///
    /// [`Instance::fenced`]: crate::delivery::elected::Instance::fenced
    pub async fn sweep(&self, sweeps: &[(&str, Scheduled)], elected: bool) -> anyhow::Result<()> {
        use crate::core::lease::Role;
        let mut failed = Vec::new();
        let fenced = elected.then(|| self.instance.fenced(Role::Scheduler));
        'schools: for (i, (school, cx)) in self.schools.iter().enumerate() {
            let elected_cx;
            let cx = match &fenced {
                Some(store) => {
                    elected_cx = Ctx {
                        store: store.clone(),
                        ..cx.clone()
                    };
                    &elected_cx
                }
                None => cx,
            };
            for (name, work) in sweeps {
                if i > 0 && WHOLE_DATABASE.contains(name) {
                    continue;
                }
                if elected && !self.instance.hold(Role::Scheduler).await {
                    tracing::warn!(work = name, "the scheduler's lease was not confirmed; the rest of this tick is left to its holder");
                    break 'schools;
                }
                let started = tokio::time::Instant::now();
                let done = work(cx).await;
                self.metrics.sweep(name, started.elapsed());
                if done.is_err() && elected && !self.instance.hold(Role::Scheduler).await {
                    tracing::warn!(work = name, "the scheduler's lease was lost during this work; what it left undone is left to the lease's holder");
                    break 'schools;
                }
                if let Err(e) = done {
                    let reference = Alphanumeric.sample_string(&mut rand::thread_rng(), 8);
                    tracing::error!(%reference, school = %school.slug, work = name, error = %crate::core::fault::Chain(&e), "scheduled work failed; the rest still runs");
                    failed.push(format!("{name} ({reference})"));
                }
            }
        }
        self.wake.notify_waiters();
        if failed.is_empty() {
            Ok(())
        } else {
            Err(anyhow::anyhow!(
                "scheduled work failed: {}",
                failed.join(", ")
            ))
        }
    }

    /// A dispatcher delivering this app's outbox through `transport`.
    pub fn dispatcher(&self, transport: Arc<dyn Transport>, limits: RateLimits) -> Dispatcher {
        Dispatcher::new(
            self.ctx.store.clone(),
            self.ctx.clock.clone(),
            self.i18n.clone(),
            transport,
            (limits, self.instance.id.clone()),
        )
        .with_metrics(self.metrics.clone())
        .with_zones(self.zones())
    }

    /// Each school's time zone.
    pub fn zones(&self) -> std::collections::HashMap<SchoolId, chrono_tz::Tz> {
        let zones = self.schools.iter();
        zones.map(|(s, cx)| (s.id, cx.settings.timezone)).collect()
    }

    /// The dispatcher this instance runs as the platform's elected sender: its claims are
    /// fenced by the sender's lease (see [`Dispatcher::claiming_in`]).
    pub fn sender(&self, transport: Arc<dyn Transport>, limits: RateLimits) -> Dispatcher {
        let role = crate::core::lease::Role::Sender(transport.platform());
        let fenced = self.instance.fenced(role);
        self.dispatcher(transport, limits).claiming_in(fenced)
    }
}

/// The scheduled work that covers the whole database (every settled message), run once, in
/// the first school's context.
pub const WHOLE_DATABASE: &[&str] = &["purging"];

/// One piece of scheduled work.
pub type Scheduled = for<'a> fn(&'a Ctx) -> BoxFuture<'a, crate::core::fault::Result<()>>;

/// Everything [`App::tick`] runs, in order, each on its own.
pub const SCHEDULED: &[(&str, Scheduled)] = &[
    ("forms", |cx| Box::pin(driver::sweep(cx))),
    ("urgent drafts", |cx| Box::pin(concern::urgent::sweep(cx))),
    ("escalations", |cx| Box::pin(concern::escalation::sweep(cx))),
    ("retention", |cx| Box::pin(concern::retention::sweep(cx))),
    ("streams", |cx| Box::pin(streams::sweep(cx))),
    ("aup", |cx| Box::pin(aup::sweep(cx))),
    ("broadcasts", |cx| Box::pin(broadcast::sweep(cx))),
    ("broadcast reports", |cx| {
        Box::pin(broadcast::report::sweep(cx))
    }),
    ("campaigns", |cx| Box::pin(broadcast::confirm::sweep(cx))),
    ("rows set aside", |cx| {
        Box::pin(upkeep::report_set_aside(cx))
    }),
    ("purging", |cx| Box::pin(upkeep::purge(cx))),
];

#[async_trait]
impl InboundHandler for App {
    async fn handle(&self, event: Inbound) -> Handled {
        App::handle(self, event).await.unwrap_or_else(|e| {
            tracing::error!(error = %format!("{e:#}"), "an inbound event could not be handled");
            Handled::Done
        })
    }
}
