//! The composition root: starts each chat platform that has a token in the configuration (and
//! wires the local console, [`console`]), every one the same way — its transport, its outbox dispatcher, its command menus queued in the
//! outbox (never waited for: answering starts at once, menus follow after messages), and its
//! inbound loop, which hands events to the application through the
//! [`InboundHandler`] port.
//!
//! With several Haven instances on one database, each platform's sender (its dispatcher), the
//! Telegram poller and the Discord gateway run on one elected instance at a time
//! ([`elected::supervise`]); a Telegram webhook and Teams' endpoint serve on every instance. A
//! lone instance wins every role at once.
//!
//! This is the only module that knows both the application ([`App`]) and the adapters; the
//! adapters never import the application and never call back into it.

use crate::adapters::console::{Console, ConsoleChat, DueWork};
use crate::adapters::discord::{self, DiscordTransport};
use crate::adapters::teams::{self, TeamsSection};
use crate::adapters::telegram::{self, TelegramConfig, TelegramMode, TelegramTransport};
use crate::app::App;
use crate::config::{Config, DiscordSection};
use crate::core::lease::Role;
use crate::core::menu_publish;
use crate::delivery::elected;
use crate::delivery::limits::{LimitSettings, RateLimits};
use crate::delivery::{InboundHandler, Transport};
use anyhow::Context;
use std::io::Write;
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
    if cfg.teams.app_id.is_some() {
        v.push("Microsoft Teams");
    }
    v
}

/// Starts every configured platform; everything stops when `stop` turns true.
pub async fn start(
    cfg: &Config,
    app: &App,
    stop: watch::Receiver<bool>,
) -> anyhow::Result<JoinSet<()>> {
    let mut tasks = JoinSet::new();
    if let Some(tg) = &cfg.telegram {
        start_telegram(tg, app, stop.clone(), &mut tasks).await?;
    }
    if cfg.discord.token.is_some() {
        let grace = discord::ANSWER_GRACE;
        start_discord(&cfg.discord, app, stop.clone(), &mut tasks, grace).await?;
        tracing::info!("Discord adapter started");
    }
    if cfg.teams.app_id.is_some() {
        start_teams(&cfg.teams, app, stop.clone(), &mut tasks).await?;
    }
    Ok(tasks)
}

/// Starts Telegram: checks the token (`getMe`), then the dispatcher and the updates (polling
/// or webhook, as configured).
pub async fn start_telegram(
    tg: &TelegramConfig,
    app: &App,
    stop: watch::Receiver<bool>,
    tasks: &mut JoinSet<()>,
) -> anyhow::Result<Arc<TelegramTransport>> {
    let transport = Arc::new(TelegramTransport::new(tg)?);
    transport
        .identify()
        .await
        .context("Telegram refused the token (check HAVEN_TELEGRAM__TOKEN)")?;
    deliver(app, transport.clone(), tg.rate_limits.clone(), &stop, tasks).await;
    let polling = matches!(tg.mode, TelegramMode::Polling);
    let (tg, transport2, handler) = (tg.clone(), transport.clone(), handler(app));
    let receive = move |mut stopped: watch::Receiver<bool>| {
        let (tg, transport, handler) = (tg.clone(), transport2.clone(), handler.clone());
        async move {
            let shutdown = async move {
                let _ = stopped.wait_for(|s| *s).await;
            };
            if let Err(e) = telegram::run(&tg, transport, handler, shutdown).await {
                tracing::error!(error = %e, "the Telegram adapter stopped");
            }
        }
    };
    if polling {
        let instance = app.instance.clone();
        let role = Role::TelegramPoller;
        tasks.spawn(elected::supervise(instance, role, stop, receive));
    } else {
        tasks.spawn(receive(stop));
    }
    Ok(transport)
}

/// Starts Discord: the dispatcher and the gateway, closing interactions the core did not answer
/// `grace` after their turn.
pub async fn start_discord(
    section: &DiscordSection,
    app: &App,
    stop: watch::Receiver<bool>,
    tasks: &mut JoinSet<()>,
    grace: Duration,
) -> anyhow::Result<Arc<DiscordTransport>> {
    let transport = Arc::new(discord::transport(section, grace, app.i18n.clone())?);
    let limits = section.limits.over(&LimitSettings::DISCORD);
    deliver(app, transport.clone(), limits, &stop, tasks).await;
    // Checked once here, so a bad section stops the start as before.
    drop(discord::gateway(
        section,
        transport.clone(),
        handler(app),
        app.i18n.clone(),
        stop.clone(),
    )?);
    let (section, transport2) = (section.clone(), transport.clone());
    let (inbound, i18n) = (handler(app), app.i18n.clone());
    let connect = move |stopped: watch::Receiver<bool>| {
        let gateway = discord::gateway(
            &section,
            transport2.clone(),
            inbound.clone(),
            i18n.clone(),
            stopped,
        );
        async move {
            match gateway {
                Ok(gateway) => gateway.await,
                Err(e) => {
                    tracing::error!(error = %format!("{e:#}"), "the Discord gateway could not start")
                }
            }
        }
    };
    let instance = app.instance.clone();
    tasks.spawn(elected::supervise(
        instance,
        Role::DiscordGateway,
        stop,
        connect,
    ));
    Ok(transport)
}

/// The local console, wired as a platform is: its own transport and dispatcher, its lines
/// handed to the application through the port.
pub fn console(app: &App, out: Box<dyn Write + Send>) -> Console {
    let chat = ConsoleChat::new(out, app.i18n.clone());
    let dispatcher = app.dispatcher(Arc::new(chat.clone()), RateLimits::unlimited());
    let (cx, wake) = (app.ctx.clone(), app.wake.clone());
    let scheduled = app.clone();
    let due: DueWork = Arc::new(move || {
        let app = scheduled.clone();
        Box::pin(async move { app.tick().await })
    });
    Console::new(chat, dispatcher, handler(app), cx, wake, due)
}

/// The application, as the port adapters hand their events to.
fn handler(app: &App) -> Arc<dyn InboundHandler> {
    Arc::new(app.clone())
}

/// Starts Microsoft Teams: the Bot Framework endpoint, then the dispatcher within Microsoft's
/// published limits (or the section's own, in tests).
pub async fn start_teams(
    section: &TeamsSection,
    app: &App,
    stop: watch::Receiver<bool>,
    tasks: &mut JoinSet<()>,
) -> anyhow::Result<teams::Started> {
    let wiring = teams::Wiring {
        store: app.ctx.store.clone(),
        clock: app.ctx.clock.clone(),
        school: app.ctx.school,
        i18n: app.i18n.clone(),
        handler: handler(app),
    };
    let started = teams::start(section, wiring, stop.clone(), tasks).await?;
    let limits = section.limits.clone().unwrap_or_else(RateLimits::teams);
    deliver(app, started.transport.clone(), limits, &stop, tasks).await;
    Ok(started)
}

/// Queues the platform's command menus (those that changed since they were last queued) and
/// starts its dispatcher while this instance is the platform's elected sender. A failure to
/// queue the menus is logged and stops nothing.
async fn deliver(
    app: &App,
    transport: Arc<dyn Transport>,
    limits: RateLimits,
    stop: &watch::Receiver<bool>,
    tasks: &mut JoinSet<()>,
) {
    let platform = transport.platform();
    for (_, cx) in app.schools.iter() {
        if let Err(e) = menu_publish::publish(cx, platform).await {
            tracing::warn!(%platform, error = %format!("{e:#}"), "could not queue the command menus");
        }
    }
    let (app2, instance) = (app.clone(), app.instance.clone());
    let send = move |stopped| {
        let dispatcher = app2.sender(transport.clone(), limits.clone());
        dispatcher.run(app2.wake.clone(), stopped, POLL)
    };
    let role = Role::Sender(platform);
    tasks.spawn(elected::supervise(instance, role, stop.clone(), send));
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::SecretString;

    #[test]
    fn discord_is_configured_only_with_a_token() {
        let mut cfg = Config::default();
        cfg.discord.guild_id = Some(1_200_000_000_000_000_000);
        cfg.discord.api_url = Some("http://127.0.0.1:9".into());
        assert!(
            configured(&cfg).is_empty(),
            "a server and an address without a token start nothing"
        );
        cfg.discord.token = Some(SecretString::from("a-token"));
        assert_eq!(configured(&cfg), ["Discord"]);
    }

    #[test]
    fn teams_is_configured_only_with_an_app_id() {
        let mut cfg = Config::default();
        cfg.teams.app_password = Some(SecretString::from("a-secret"));
        assert!(configured(&cfg).is_empty(), "a secret alone starts nothing");
        cfg.teams.app_id = Some(SecretString::from("6f1c2a9e-0000-4000-8000-0000000000aa"));
        assert_eq!(configured(&cfg), ["Microsoft Teams"]);
        assert!(cfg.has_platform());
    }
}
