//! Starting the chat platforms that have a token in the configuration.

use crate::app::App;
use crate::config::Config;
use tokio::sync::watch;
use tokio::task::JoinSet;

/// The platforms that would start with this configuration.
pub fn configured(cfg: &Config) -> Vec<&'static str> {
    let mut v = Vec::new();
    if cfg.telegram.token.is_some() {
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
    if cfg.discord.token.is_some() {
        crate::adapters::discord::start(&cfg.discord, app, stop.clone(), &mut tasks)?;
        tracing::info!("Discord adapter started");
    }
    if tasks.is_empty() {
        anyhow::bail!("no chat platform adapter is built into this binary for this configuration");
    }
    Ok(tasks)
}
