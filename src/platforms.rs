//! Starting the chat platforms that have a token in the configuration, each with its outbox
//! dispatcher, and publishing their command menus: the whole set at start and every
//! [`MENU_RESYNC`], one account's through [`chat_menu`] (which the Telegram adapter asks for
//! after a command or a button in a private chat).

use crate::adapters::telegram::{self, TelegramTransport};
use crate::app::App;
use crate::config::Config;
use crate::core::command::Command;
use crate::core::ids::{Account, Platform};
use crate::core::people::{Lang, Person};
use crate::delivery::limits::RateLimits;
use crate::delivery::{ChatMenu, InboundHandler, Menu, MenuScope};
use anyhow::Context;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;
use tokio::task::JoinSet;

/// How often a dispatcher looks at the outbox when nothing wakes it.
const POLL: Duration = Duration::from_secs(1);

/// How often the Telegram menus are compared with the directory as a whole, so that the staff
/// menu leaves the chats of people an import removed, or whose account was replaced, while the
/// bot runs. (Linking, unlinking and `/language` update a chat's menu straight away. A staff
/// menu set by an earlier run stays until that chat's next command: Telegram cannot list the
/// menus it holds.)
pub const MENU_RESYNC: Duration = Duration::from_secs(5 * 60);

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
        tasks.spawn(keep_menus(app.clone(), transport.clone(), stop.clone()));
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
    if cfg.teams.app_id.is_some() {
        crate::adapters::teams::start(&cfg.teams, app, stop.clone(), &mut tasks).await?;
    }
    Ok(tasks)
}

/// Every [`MENU_RESYNC`], brings Telegram's menus in line with the directory, calling only for
/// what changed, until `stop` turns true.
async fn keep_menus(app: App, transport: Arc<TelegramTransport>, mut stop: watch::Receiver<bool>) {
    let mut every = tokio::time::interval(MENU_RESYNC);
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    every.tick().await; // the first tick is now: the menus were just published
    loop {
        tokio::select! {
            biased;
            _ = stop.wait_for(|s| *s) => return,
            _ = every.tick() => {}
        }
        match transport
            .resync_menus(menus(&app, Platform::Telegram))
            .await
        {
            Ok(0) => {}
            Ok(changed) => tracing::info!(changed, "Telegram command menus brought up to date"),
            Err(e) => {
                tracing::warn!(error = %format!("{e:#}"), "could not work out the command menus")
            }
        }
    }
}

/// Command menus for a platform: parents' commands for everyone (in each language), staff
/// commands in the private chat of each linked, active member of staff (see [`chat_menu`]).
pub async fn menus(app: &App, platform: Platform) -> anyhow::Result<Vec<Menu>> {
    let mut menus: Vec<Menu> = Lang::ALL
        .iter()
        .map(|&lang| Menu {
            scope: MenuScope::Default,
            lang: (lang != Lang::EnGb).then(|| lang.tag().to_string()),
            commands: commands(app, false, lang),
        })
        .collect();
    let mut tx = app.ctx.store.begin().await?;
    for person in tx.people(app.ctx.school).await? {
        for account in tx.accounts_of(person.id).await? {
            if account.platform != platform {
                continue;
            }
            if let ChatMenu::Own(menu) = menu_of(app, Some(&person), &account) {
                menus.push(menu);
            }
        }
    }
    Ok(menus)
}

/// The menu the private chat of one account should show now, as the directory says.
pub async fn chat_menu(app: &App, account: &Account) -> anyhow::Result<ChatMenu> {
    let mut tx = app.ctx.store.begin().await?;
    let person = tx.person_by_account(account).await?;
    Ok(menu_of(app, person.as_ref(), account))
}

/// The staff commands, in the person's language, when the account belongs to an active
/// school-side person; the menus for everyone otherwise (parents, leavers, strangers).
fn menu_of(app: &App, person: Option<&Person>, account: &Account) -> ChatMenu {
    match person {
        Some(p) if p.active && p.school == app.ctx.school && p.roles.is_school_side() => {
            ChatMenu::Own(Menu {
                scope: MenuScope::Private(account.id.clone()),
                lang: None,
                commands: commands(app, true, p.lang),
            })
        }
        _ => ChatMenu::Everyone,
    }
}

/// The menu's commands with their descriptions in `lang`.
fn commands(app: &App, staff: bool, lang: Lang) -> Vec<(String, String)> {
    Command::menu(staff)
        .into_iter()
        .map(|(name, key)| (name.to_string(), app.i18n.text(lang, key)))
        .collect()
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
