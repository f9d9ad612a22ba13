//! The Microsoft Teams adapter: Haven in the staff workspace most UK schools use, through the
//! Bot Framework protocol.
//!
//! - [`webhook`]: `POST /api/messages` on `[teams] listen`; every request's token checked by
//!   [`auth`] against the Bot Framework's OpenID metadata; activities handed to the core in
//!   order ([`inbound`] converts them; [`refs`] remembers where each person and group can be
//!   reached).
//! - [`TeamsTransport`] is the dispatcher's [`Transport`]: Adaptive Cards ([`cards`]) through
//!   the Bot Connector ([`connector`]) with the app token ([`token`]), sent only to the
//!   allow-listed service hosts.
//! - [`manifest`]: the app package for the Teams admin centre (`haven teams manifest`).
//! - [`start`] runs the endpoint and the dispatcher; without an app id it is never called.
//!
//! This adapter must never: log tokens, the app secret or message text; accept an activity
//! whose token does not check out; send the app token to a host outside the allow-list; post
//! a protected message or an input field in a group chat or channel; or let Teams ids past its
//! edges other than as opaque text.
//!
//! [`Transport`]: crate::delivery::Transport

pub mod activity;
pub mod auth;
pub mod cards;
pub mod config;
pub mod connector;
pub mod inbound;
pub mod manifest;
pub mod refs;
pub mod token;
mod transport;
pub mod webhook;

pub use config::TeamsSection;
pub use transport::TeamsTransport;

use crate::core::clock::Clock;
use crate::core::ids::SchoolId;
use crate::core::store::Store;
use crate::delivery::InboundHandler;
use crate::i18n::I18n;
use anyhow::Context;
use secrecy::ExposeSecret;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{mpsc, watch};
use tokio::task::JoinSet;

/// How often the dispatcher looks at the outbox when nothing woke it.
pub const POLL: Duration = Duration::from_secs(1);

/// What the adapter needs from the application: the store and clock its conversation
/// references live by, the school, the translations, and where to hand inbound activities.
pub struct Wiring {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub school: SchoolId,
    pub i18n: Arc<I18n>,
    pub handler: Arc<dyn InboundHandler>,
}

/// The running adapter.
pub struct Started {
    pub transport: Arc<TeamsTransport>,
    /// Where the endpoint listens.
    pub addr: SocketAddr,
}

/// The bot's Teams id for an app id.
pub fn bot_id(app_id: &str) -> String {
    format!("28:{app_id}")
}

/// Starts the Teams endpoint; it stops when `stop` turns true. The composition root starts the
/// dispatcher with the returned transport.
pub async fn start(
    section: &TeamsSection,
    app: Wiring,
    stop: watch::Receiver<bool>,
    tasks: &mut JoinSet<()>,
) -> anyhow::Result<Started> {
    let app_id = section
        .app_id
        .clone()
        .context("no Teams app id (HAVEN_TEAMS__APP_ID)")?;
    let secret = section
        .app_password
        .clone()
        .context("no Teams app password (HAVEN_TEAMS__APP_PASSWORD)")?;
    let http = reqwest::Client::builder()
        .timeout(Duration::from_secs(30))
        .redirect(reqwest::redirect::Policy::none())
        .build()?;
    let token = Arc::new(token::AppToken::new(
        http.clone(),
        &section.token_authority,
        &section.token_scope,
        app_id.clone(),
        secret,
    ));
    let hosts = token::ServiceHosts::new(&section.service_hosts, section.allow_loopback);
    let connector = Arc::new(connector::Connector::new(http.clone(), token, hosts));
    let refs = Arc::new(refs::Refs::new(
        app.store.clone(),
        app.clock.clone(),
        app.school,
    ));
    let bot = bot_id(app_id.expose_secret());
    let transport = Arc::new(TeamsTransport::new(
        connector.clone(),
        refs.clone(),
        app.i18n.clone(),
        bot,
    ));

    let (queue, queued) = mpsc::unbounded_channel();
    let endpoint = webhook::Endpoint {
        validator: Arc::new(auth::Validator::new(
            http,
            &section.openid_metadata_url,
            app_id,
        )),
        tenants: Arc::new(section.tenants.clone()),
        queue,
    };
    let listener = tokio::net::TcpListener::bind(section.listen)
        .await
        .with_context(|| format!("listening for Teams on {}", section.listen))?;
    let addr = listener.local_addr()?;
    let worker = webhook::Worker {
        refs,
        transport: transport.clone(),
        connector,
        handler: app.handler,
        i18n: app.i18n.clone(),
    };
    tasks.spawn(webhook::work(worker, queued));
    let mut stopped = stop;
    tasks.spawn(async move {
        let shutdown = async move {
            let _ = stopped.wait_for(|s| *s).await;
        };
        if let Err(e) = axum::serve(listener, webhook::router(endpoint))
            .with_graceful_shutdown(shutdown)
            .await
        {
            tracing::error!(error = %e, "the Teams endpoint stopped");
        }
    });
    tracing::info!(%addr, "Teams endpoint listening on /api/messages");
    Ok(Started { transport, addr })
}
