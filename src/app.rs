//! The application: the core wired to storage, translations, the clock and the dispatchers.
//!
//! [`App::handle`] takes an inbound event from any adapter; [`App::tick`] runs what is due
//! (form reminders and expiry, escalations, scheduled sends); [`App::dispatcher`] builds the
//! outbox dispatcher for one platform.

use crate::core::clock::Clock;
use crate::core::dispatch;
use crate::core::event::Inbound;
use crate::core::features::form_feature;
use crate::core::form::driver;
use crate::core::ids::{Account, SchoolId};
use crate::core::settings::Settings;
use crate::core::store::Store;
use crate::core::streams;
use crate::core::turn::Ctx;
use crate::delivery::dispatcher::Dispatcher;
use crate::delivery::limits::{Limiter, RateLimits};
use crate::delivery::{ChatMenu, InboundHandler, Transport};
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

    /// Handles one inbound event and wakes the dispatchers.
    pub async fn handle(&self, ev: Inbound) -> anyhow::Result<()> {
        let result = dispatch::handle(&self.ctx, &ev).await;
        self.wake.notify_waiters();
        result
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
    async fn handle(&self, event: Inbound) {
        if let Err(e) = App::handle(self, event).await {
            tracing::error!(error = %format!("{e:#}"), "an inbound event could not be handled");
        }
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
