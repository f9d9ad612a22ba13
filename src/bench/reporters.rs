//! `haven bench reporters`: members of staff answering the concern form at a human pace on a
//! fake Telegram with Telegram's shipped limits, while a backlog of alerts drains to the DSL
//! team, through the real app, outbox and dispatcher on a SQLite file. Prints how long a
//! reporter waits from an answer to Haven's next question (p50, p99, max) and the machine's load
//! average. Figures, not assertions.
//!
//! Each reporter goes round: `/concern`, the last button of each of the next two questions,
//! `/cancel`; each input after reading Haven's answer for `pace`.

use crate::app::App;
use crate::cli::ReportersBench;
use crate::core::clock::SystemClock;
use crate::core::event::{Inbound, Input, Place};
use crate::core::ids::{Account, PersonId, Platform};
use crate::core::message::{Message, Outgoing};
use crate::core::people::{Lang, Role, Roles};
use crate::core::settings::Settings;
use crate::core::store::{Address, Kind, PersonRecord};
use crate::crypto::{Cipher, Key};
use crate::delivery::limits::RateLimits;
use crate::delivery::{Rendered, SendError, Transport};
use anyhow::Context;
use async_trait::async_trait;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::{mpsc, watch};

/// The DSL team, who get the alerts.
const DSL_TEAM: usize = 3;

/// A fake Telegram: hands each reporter what Haven sends them, counts everything else.
struct Chats {
    reporters: HashMap<String, mpsc::UnboundedSender<(Rendered, Instant)>>,
    others: AtomicU64,
    next_id: AtomicU64,
}

#[async_trait]
impl Transport for Chats {
    fn platform(&self) -> Platform {
        Platform::Telegram
    }

    async fn send(&self, msg: &Rendered) -> Result<Option<String>, SendError> {
        let at = Instant::now();
        let to = match &msg.address {
            Address::Private(id) => self.reporters.get(id),
            Address::Group(_) | Address::Everyone => None,
        };
        match to {
            Some(reporter) => {
                let _ = reporter.send((msg.clone(), at));
            }
            None => {
                self.others.fetch_add(1, Ordering::Relaxed);
            }
        }
        Ok(Some(
            self.next_id.fetch_add(1, Ordering::Relaxed).to_string(),
        ))
    }

    async fn remove(&self, _address: &Address, _message_id: &str) -> Result<(), SendError> {
        Ok(())
    }
}

/// Runs the benchmark in a temporary directory, removed afterwards.
pub async fn run(o: ReportersBench) -> anyhow::Result<()> {
    let dir = std::env::temp_dir().join(format!("haven-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir)?;
    let result = bench(&o, &dir).await;
    let _ = std::fs::remove_dir_all(&dir);
    result
}

async fn bench(o: &ReportersBench, dir: &std::path::Path) -> anyhow::Result<()> {
    let path = dir.join("bench.db");
    let store = crate::store::open(
        path.to_str().context("temporary path")?,
        Cipher::new(Key::generate()),
    )
    .await?;
    let link_key = Key::generate().link_key();
    let settings = Settings::default();
    let app = App::new(store, Arc::new(SystemClock), settings, link_key)?;
    let dsl = seed(&app, o.reporters).await?;
    queue_alerts(&app, &dsl, o.alerts).await?;

    let mut inboxes = Vec::new();
    let mut reporters = HashMap::new();
    for i in 0..o.reporters {
        let (tx, rx) = mpsc::unbounded_channel();
        reporters.insert(format!("r{i}"), tx);
        inboxes.push(rx);
    }
    let chats = Arc::new(Chats {
        reporters,
        others: AtomicU64::new(0),
        next_id: AtomicU64::new(1),
    });
    let (stop, stopped) = watch::channel(false);
    let dispatcher = app.dispatcher(chats.clone(), RateLimits::telegram());
    let poll = Duration::from_secs(1);
    let delivering = tokio::spawn(dispatcher.run(app.wake.clone(), stopped, poll));

    let (pace, steps) = (Duration::from_millis(o.pace_ms), o.steps);
    let mut talking = Vec::new();
    for (i, inbox) in inboxes.into_iter().enumerate() {
        // Started a little apart, as people are.
        let start = pace * i as u32 / o.reporters.max(1) as u32;
        let app = app.clone();
        talking.push(tokio::spawn(async move {
            tokio::time::sleep(start).await;
            reporter(&app, format!("r{i}"), inbox, pace, steps).await
        }));
    }
    let mut waits = Vec::new();
    for t in talking {
        waits.extend(t.await??);
    }
    let _ = stop.send(true);
    let _ = delivering.await;
    report(o, &waits, chats.others.load(Ordering::Relaxed));
    Ok(())
}

/// One reporter's conversation; returns each wait from an answer to the next question.
async fn reporter(
    app: &App,
    id: String,
    mut inbox: mpsc::UnboundedReceiver<(Rendered, Instant)>,
    pace: Duration,
    steps: usize,
) -> anyhow::Result<Vec<Duration>> {
    let mut waits = Vec::new();
    let mut last: Option<Rendered> = None;
    for step in 0..steps {
        let input = match (step % 4, &last) {
            (0, _) => Input::from_text("/concern"),
            (3, _) => Input::from_text("/cancel"),
            (_, Some(q)) => match q.buttons.last() {
                Some(b) => Input::Button(b.payload.clone()),
                None => Input::from_text("Something I saw at break today."),
            },
            (_, None) => Input::from_text("/concern"),
        };
        let wants_question = step % 4 != 3;
        let ev = Inbound {
            from: Account::new(Platform::Telegram, &id),
            place: Place::Private,
            input,
            message_id: Some(format!("{id}-{step}")),
            update: None,
            org: None,
        };
        let asked = Instant::now();
        app.handle(ev).await?;
        // Haven's answer: the next question (or, after /cancel, whatever comes first).
        loop {
            let (msg, at) = inbox.recv().await.context("the fake platform stopped")?;
            let is_question = !msg.buttons.is_empty() || msg.expects_text.is_some();
            if !wants_question || is_question {
                if wants_question {
                    waits.push(at.saturating_duration_since(asked));
                }
                last = Some(msg);
                break;
            }
        }
        tokio::time::sleep(pace).await;
    }
    Ok(waits)
}

/// The reporters (staff), the DSL team, and a Head and Chair for the concern routes; every one
/// linked on Telegram (reporter `i` as `r<i>`). Returns the DSL team.
async fn seed(app: &App, reporters: usize) -> anyhow::Result<Vec<PersonId>> {
    let record = |ext: String, role: Role| PersonRecord {
        name: format!("Bench {ext}"),
        external_id: ext,
        roles: Roles::new([role]),
        lang: Lang::EnGb,
        groups: Vec::new(),
    };
    let mut staff: Vec<PersonRecord> = (0..reporters)
        .map(|i| record(format!("r{i}"), Role::Staff))
        .collect();
    staff.extend((0..DSL_TEAM).map(|i| {
        let role = if i == 0 { Role::Dsl } else { Role::DeputyDsl };
        record(format!("dsl{i}"), role)
    }));
    staff.push(record("head".into(), Role::Headteacher));
    staff.push(record("chair".into(), Role::ChairOfGovernors));
    let (school, now) = (app.ctx.school, app.ctx.clock.now());
    let mut tx = app.ctx.store.begin().await?;
    tx.import_people(school, Kind::Staff, &staff, now).await?;
    let mut dsl = Vec::new();
    for r in &staff {
        let p = tx
            .person_by_external_id(school, &r.external_id)
            .await?
            .context("just imported")?;
        let account = Account::new(Platform::Telegram, &r.external_id);
        tx.link_account(p.id, &account, now).await?;
        if r.external_id.starts_with("dsl") {
            dsl.push(p.id);
        }
    }
    tx.commit().await?;
    Ok(dsl)
}

/// A backlog of alerts for the DSL team, shared out between them.
async fn queue_alerts(app: &App, dsl: &[PersonId], alerts: usize) -> anyhow::Result<()> {
    let now = app.ctx.clock.now();
    let mut tx = app.ctx.store.begin().await?;
    for i in 0..alerts {
        let m = Message::new("command-unknown").arg("command", format!("alert{i}"));
        let to = dsl[i % dsl.len()];
        tx.enqueue(&Outgoing::to_person(to, Some(Platform::Telegram), m), now)
            .await?;
    }
    tx.commit().await?;
    Ok(())
}

fn report(o: &ReportersBench, waits: &[Duration], others: u64) {
    let mut w = waits.to_vec();
    w.sort();
    let pct = |p: f64| {
        w.get(((w.len() as f64 * p) as usize).min(w.len().saturating_sub(1)))
            .map_or(0, |d| d.as_millis())
    };
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let load: Vec<&str> = load.split_whitespace().take(3).collect();
    let i18n = crate::i18n::I18n::load(Settings::default().timezone).ok();
    let say = |key: &str, args: &[(&str, String)]| {
        if let Some(i18n) = &i18n {
            println!("{}", i18n.text_with(Lang::EnGb, key, args));
        }
    };
    say(
        "b-bench-reporters",
        &[
            ("reporters", o.reporters.to_string()),
            ("pace", o.pace_ms.to_string()),
            ("alerts", o.alerts.to_string()),
            ("answers", w.len().to_string()),
            ("others", others.to_string()),
        ],
    );
    say(
        "b-bench-latency",
        &[
            ("p50", pct(0.50).to_string()),
            ("p99", pct(0.99).to_string()),
            ("max", pct(1.0).to_string()),
        ],
    );
    say("b-bench-load", &[("load", load.join(" "))]);
}
