//! The application: the core wired to storage, translations, the clock and the dispatchers.
//!
//! [`App::handle`] takes an inbound event from any adapter; [`App::tick`] runs what is due
//! (form reminders and expiry, escalations, scheduled sends); [`App::dispatcher`] builds the
//! outbox dispatcher for one platform.

use crate::core::clock::Clock;
use crate::core::dispatch::{self, Outcome};
use crate::core::event::{Inbound, Place};
use crate::core::features::form_feature;
use crate::core::form::driver;
use crate::core::ids::{Account, SchoolId};
use crate::core::people::Lang;
use crate::core::settings::Settings;
use crate::core::store::{Address, Store};
use crate::core::streams;
use crate::core::turn::Ctx;
use crate::delivery::dispatcher::Dispatcher;
use crate::delivery::limits::{Limiter, RateLimits};
use crate::delivery::{ChatMenu, Handled, InboundHandler, Rendered, Transport};
use crate::i18n::I18n;
use async_trait::async_trait;
use std::sync::Arc;
use tokio::sync::Notify;

/// Haven, assembled.
#[derive(Clone)]
pub struct App {
    pub ctx: Ctx,
    pub i18n: Arc<I18n>,
    /// Woken whenever new messages may be waiting in the outbox.
    pub wake: Arc<Notify>,
}

impl App {
    /// Assembles the application around an open store.
    pub fn new(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        settings: Settings,
    ) -> anyhow::Result<App> {
        let i18n = Arc::new(I18n::load(settings.timezone)?);
        Ok(App {
            ctx: Ctx {
                store,
                clock,
                settings: Arc::new(settings),
                school: SchoolId::default(),
            },
            i18n,
            wake: Arc::new(Notify::new()),
        })
    }

    /// Handles one inbound event and wakes the dispatchers. When the database is too busy,
    /// nothing is kept and the apology for the sender comes back to be sent directly.
    pub async fn handle(&self, ev: Inbound) -> anyhow::Result<Handled> {
        let result = dispatch::handle(&self.ctx, &ev).await;
        self.wake.notify_waiters();
        Ok(match result? {
            Outcome::Handled | Outcome::Replayed => Handled::Done,
            Outcome::Busy { reference } => Handled::Busy(self.busy_apology(&ev, &reference)),
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
            buttons: Vec::new(),
            lang,
            rtl: lang.is_rtl(),
            expects_text: None,
        }
    }

    /// Runs everything that is due now.
    pub async fn tick(&self) -> anyhow::Result<()> {
        driver::sweep(&self.ctx, form_feature).await?;
        crate::core::concern::sweep(&self.ctx).await?;
        streams::sweep(&self.ctx).await?;
        crate::core::aup::sweep(&self.ctx).await?;
        crate::core::broadcast::sweep(&self.ctx).await?;
        self.wake.notify_waiters();
        Ok(())
    }

    /// A dispatcher delivering this app's outbox through `transport`.
    pub fn dispatcher(&self, transport: Arc<dyn Transport>, limits: RateLimits) -> Dispatcher {
        Dispatcher::new(
            self.ctx.store.clone(),
            self.ctx.clock.clone(),
            self.i18n.clone(),
            transport,
            Arc::new(Limiter::new(limits)),
        )
    }
}

#[async_trait]
impl InboundHandler for App {
    async fn handle(&self, event: Inbound) -> Handled {
        App::handle(self, event).await.unwrap_or_else(|e| {
            tracing::error!(error = %format!("{e:#}"), "an inbound event could not be handled");
            Handled::Done
        })
    }

    async fn chat_menu(&self, account: &Account) -> Option<ChatMenu> {
        match crate::platforms::chat_menu(self, account).await {
            Ok(menu) => Some(menu),
            Err(e) => {
                let platform = account.platform;
                tracing::warn!(%platform, error = %format!("{e:#}"), "could not work out a chat's command menu");
                None
            }
        }
    }
}
