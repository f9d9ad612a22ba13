//! Starting the chat platforms that have a token in the configuration, each with its outbox
//! dispatcher, and publishing their command menus.

use crate::adapters::telegram::{self, TelegramTransport};
use crate::app::App;
use crate::config::Config;
use crate::core::command::Command;
use crate::core::ids::Platform;
use crate::core::people::Lang;
use crate::delivery::limits::RateLimits;
use crate::delivery::{InboundHandler, Menu, MenuScope};
use anyhow::Context;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;
use tokio::task::JoinSet;

/// How often a dispatcher looks at the outbox when nothing wakes it.
const POLL: Duration = Duration::from_secs(1);

/// The platforms that would start with this configuration.
pub fn configured(cfg: &Config) -> Vec<&'static str> {
    let mut v = Vec::new();
    if cfg.telegram.is_some() {
        v.push("Telegram");
    }
    if cfg.discord.token.is_some() {
        v.push("Discord");
    }
    v
}

/// Starts every configured platform's adapter and dispatcher; they stop when `stop` turns true.
pub async fn start(
    cfg: &Config,
    app: &App,
    stop: watch::Receiver<bool>,
) -> anyhow::Result<JoinSet<()>> {
    let mut tasks = JoinSet::new();
    if let Some(tg) = cfg.telegram.clone() {
        let transport = Arc::new(TelegramTransport::new(&tg)?);
        transport
            .identify()
            .await
            .context("Telegram refused the token (check HAVEN_TELEGRAM__TOKEN)")?;
        if let Err(e) = transport
            .publish_menus(&menus(app, Platform::Telegram).await?)
            .await
        {
            tracing::warn!(error = %e, "could not publish the Telegram command menus");
        }
        // The Telegram transport waits for Telegram's limits itself, part by part.
        let dispatcher = app.dispatcher(transport.clone(), RateLimits::unlimited());
        tasks.spawn(dispatcher.run(app.wake.clone(), stop.clone(), POLL));
        let handler: Arc<dyn InboundHandler> = Arc::new(app.clone());
        let mut stopped = stop.clone();
        let shutdown = async move {
            let _ = stopped.wait_for(|s| *s).await;
        };
        tasks.spawn(async move {
            if let Err(e) = telegram::run(&tg, transport, handler, shutdown).await {
                tracing::error!(error = %e, "the Telegram adapter stopped");
            }
        });
    }
    if cfg.discord.token.is_some() {
        crate::adapters::discord::start(&cfg.discord, app, stop.clone(), &mut tasks)?;
        tracing::info!("Discord adapter started");
    }
    Ok(tasks)
}

/// Command menus for a platform: parents' commands for everyone (in each language), staff
/// commands in the private chat of each linked member of staff.
pub async fn menus(app: &App, platform: Platform) -> anyhow::Result<Vec<Menu>> {
    let render = |staff: bool, lang: Lang| -> Vec<(String, String)> {
        Command::menu(staff)
            .into_iter()
            .map(|(name, key)| (name.to_string(), app.i18n.text(lang, key)))
            .collect()
    };
    let mut menus: Vec<Menu> = Lang::ALL
        .iter()
        .map(|&lang| Menu {
            scope: MenuScope::Default,
            lang: (lang != Lang::EnGb).then(|| lang.tag().to_string()),
            commands: render(false, lang),
        })
        .collect();
    let mut tx = app.ctx.store.begin().await?;
    for person in tx.people(app.ctx.school).await? {
        if !person.roles.is_school_side() {
            continue;
        }
        for account in tx.accounts_of(person.id).await? {
            if account.platform == platform {
                menus.push(Menu {
                    scope: MenuScope::Private(account.id),
                    lang: None,
                    commands: render(true, person.lang),
                });
            }
        }
    }
    Ok(menus)
}
