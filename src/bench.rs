//! `haven bench`: pushes inbound messages through the core, the form engine, SQLite and the
//! outbox (with the in-memory chat draining it concurrently), and prints throughput and latency.
//! Figures, not assertions: run it with `cargo run --release -- bench pipeline`.
//! `haven bench broadcast` is in [`broadcast`], `haven bench reporters` in [`reporters`].

pub mod broadcast;
mod database;
mod fake;
mod instances;
pub mod reporters;

use crate::adapters::memory::MemoryChat;
use crate::app::App;
use crate::core::clock::{Clock, FakeClock};
use crate::core::event::{Inbound, Input, Place};
use crate::core::ids::{Account, Platform};
use crate::core::settings::Settings;
use crate::crypto::{Cipher, Key};
use crate::delivery::limits::RateLimits;
use crate::{demo, store};
use chrono::Utc;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::watch;

/// What each simulated person types, in turn: a guided form started, answered and cancelled
/// (staff; parents are told the form is not for them), language changes, lookups.
const SCRIPT: &[&str] = &[
    "/whoami",
    "/concern",
    "no",
    "/cancel",
    "/language pl",
    "/language en",
    "/help",
];

/// Runs the pipeline benchmark with `messages` inbound messages, on a temporary SQLite file or
/// on a fresh database on the PostgreSQL server `database` names.
pub async fn run(messages: usize, database: Option<&str>) -> anyhow::Result<()> {
    let db = database::BenchDatabase::create(database).await?;
    let result = pipeline(messages, &db).await;
    db.remove().await;
    result
}

async fn pipeline(messages: usize, db: &database::BenchDatabase) -> anyhow::Result<()> {
    let store = store::open(&db.url, Cipher::new(Key::generate())).await?;
    let clock = FakeClock::at(Utc::now());
    let link_key = Key::generate().link_key();
    let app = App::new(
        store,
        Arc::new(clock.clone()),
        Settings::default(),
        link_key,
    )?;
    demo::seed(app.ctx.store.as_ref(), app.ctx.school, clock.now()).await?;
    let people: Vec<String> = {
        let mut tx = app.ctx.store.begin().await?;
        tx.people(app.ctx.school)
            .await?
            .into_iter()
            .map(|p| p.name)
            .collect()
    };

    let chat = MemoryChat::new(Platform::Console);
    let dispatcher = app.dispatcher(Arc::new(chat.clone()), RateLimits::unlimited());
    let (stop, stopped) = watch::channel(false);
    let drain = tokio::spawn(dispatcher.clone().run(
        app.wake.clone(),
        stopped,
        Duration::from_millis(5),
    ));

    let mut latencies = Vec::with_capacity(messages);
    let started = Instant::now();
    for i in 0..messages {
        let who = &people[i % people.len()];
        let line = SCRIPT[(i / people.len()) % SCRIPT.len()];
        let ev = Inbound {
            from: Account::new(Platform::Console, who),
            place: Place::Private,
            input: Input::from_text(line),
            message_id: Some(i.to_string()),
            update: None,
            org: None,
        };
        let t = Instant::now();
        app.handle(ev).await?;
        latencies.push(t.elapsed());
    }
    let elapsed = started.elapsed();
    let _ = stop.send(true);
    let _ = drain.await;
    while dispatcher.run_once().await? > 0 {}

    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    println!(
        "pipeline benchmark ({}): {messages} inbound messages from {} people",
        db.engine(),
        people.len()
    );
    println!(
        "  throughput: {:.0} messages/s ({:.2} s)",
        messages as f64 / elapsed.as_secs_f64(),
        elapsed.as_secs_f64()
    );
    println!(
        "  latency: p50 {:?}, p99 {:?}, max {:?}",
        pct(0.50),
        pct(0.99),
        pct(1.0)
    );
    println!(
        "  replies delivered through the outbox: {}",
        chat.received().len()
    );
    Ok(())
}
