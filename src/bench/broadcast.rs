//! `haven bench broadcast`: one broadcast to many parents, half on a fake Telegram and half on
//! a fake Discord, each with its rate limit, through the real outbox and dispatchers on a real
//! SQLite file. Prints the rate each platform achieved against its limit (real time: the
//! limiter runs on the wall clock) and each window's busiest count against its limit, the
//! process's CPU time per message, and whether anyone got the message twice or not at all,
//! including after the dispatchers are aborted halfway and restarted. Figures, not assertions.

use super::fake::FakePlatform;
use crate::app::App;
use crate::cli::BroadcastBench;
use crate::core::broadcast::audience::Audience;
use crate::core::broadcast::content::Content;
use crate::core::broadcast::queue;
use crate::core::broadcast::settings::QuietHours;
use crate::core::broadcast::store::{NewBroadcast, Status};
use crate::core::clock::SystemClock;
use crate::core::effects::Effects;
use crate::core::ids::{Account, PersonId, Platform};
use crate::core::people::{Lang, Role, Roles};
use crate::core::settings::Settings;
use crate::core::store::{FailureReason, Kind, PersonRecord, Recovered, Store};
use crate::crypto::{Cipher, Key};
use crate::delivery::limits::{LimitSettings, RateLimits, Scope};
use crate::i18n::I18n;
use anyhow::Context;
use std::sync::Arc;
use std::time::{Duration, Instant};
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// Runs the benchmark on a temporary SQLite file, or on a fresh database on the PostgreSQL
/// server `--database` names; the database is removed afterwards.
pub async fn run(o: BroadcastBench) -> anyhow::Result<()> {
    let db = super::database::BenchDatabase::create(o.database.as_deref()).await?;
    let result = bench(&o, &db).await;
    db.remove().await;
    result
}

pub(super) fn say(i18n: &I18n, key: &str, args: &[(&str, String)]) {
    println!("{}", i18n.text_with(Lang::EnGb, key, args));
}

async fn bench(o: &BroadcastBench, db: &super::database::BenchDatabase) -> anyhow::Result<()> {
    let key = Key::generate();
    let store = crate::store::open(&db.url, Cipher::new(key.clone())).await?;

    let mut settings = Settings::default();
    settings.broadcast.quiet_hours = QuietHours::off();
    let app = App::new(
        store.clone(),
        Arc::new(SystemClock),
        settings.clone(),
        key.link_key(),
    )?;
    let i18n = app.i18n.clone();
    say(
        &i18n,
        "b-bench-database",
        &[("engine", db.engine().to_string())],
    );
    let sender = seed(&app, o.recipients).await?;

    let started = Instant::now();
    let queued = queue_broadcast(&app, sender).await?;
    let args = [
        ("count", queued.to_string()),
        ("recipients", o.recipients.to_string()),
        ("platforms", "2".to_string()),
        ("ms", started.elapsed().as_millis().to_string()),
    ];
    say(&i18n, "b-bench-setup", &args);

    let fakes = [
        FakePlatform::new(Platform::Telegram, o.latency_ms),
        FakePlatform::new(Platform::Discord, o.latency_ms),
    ];
    let limits = if o.real_limits {
        [RateLimits::telegram(), RateLimits::discord()]
    } else {
        [
            limits(o.telegram_rate.unwrap_or(o.rate)),
            limits(o.discord_rate.unwrap_or(o.rate)),
        ]
    };
    if o.instances > 0 {
        let shared = super::instances::Shared {
            url: &db.url,
            key: &key,
            settings: &settings,
            fakes: &fakes,
            limits: &limits,
        };
        return super::instances::deliver(o, &app, &shared, queued).await;
    }
    let cpu_before = cpu_time();
    let wall = Instant::now();
    let (stop, stopped) = watch::channel(false);
    let mut tasks = start(&app, &fakes, &limits, &stopped);
    let mut recovered = None;
    if o.kill_at > 0.0 {
        let target = (o.kill_at.min(1.0) * queued as f64) as u64;
        while delivered(&fakes) < target {
            tokio::time::sleep(Duration::from_millis(2)).await;
        }
        for t in &tasks {
            t.abort();
        }
        for t in tasks {
            let _ = t.await;
        }
        let at_kill = delivered(&fakes);
        let r = recover(store.as_ref(), &app).await?;
        recovered = Some((at_kill, r));
        tasks = start(&app, &fakes, &limits, &stopped);
    }
    while store.begin().await?.pending_count().await? > 0 {
        tokio::time::sleep(Duration::from_millis(5)).await;
    }
    let wall = wall.elapsed();
    let cpu = cpu_time().zip(cpu_before).map(|(a, b)| a.saturating_sub(b));
    let _ = stop.send(true);
    for t in tasks {
        let _ = t.await;
    }

    report_rates(&i18n, &fakes, &limits);
    if let Some((at_kill, r)) = recovered {
        let args = [
            ("sent", at_kill.to_string()),
            ("interrupted", r.interrupted.to_string()),
            ("released", r.released.to_string()),
        ];
        say(&i18n, "b-bench-restart", &args);
    }
    check(&i18n, &app, &fakes, o.recipients).await?;
    report_cpu(&i18n, &fakes, cpu, wall);
    Ok(())
}

pub(super) fn report_rates(i18n: &I18n, fakes: &[FakePlatform; 2], limits: &[RateLimits; 2]) {
    for (fake, l) in fakes.iter().zip(limits) {
        report_rate(i18n, fake, l);
    }
}

/// The process's CPU time per message delivered.
pub(super) fn report_cpu(
    i18n: &I18n,
    fakes: &[FakePlatform; 2],
    cpu: Option<Duration>,
    wall: Duration,
) {
    let total = delivered(fakes).max(1);
    if let Some(cpu) = cpu {
        let args = [
            ("micros", (cpu.as_micros() as u64 / total).to_string()),
            ("cpu_ms", cpu.as_millis().to_string()),
            ("wall_ms", wall.as_millis().to_string()),
        ];
        say(i18n, "b-bench-cpu", &args);
    }
}

/// `rate` a second overall, one a second to a private chat, 20 a minute to a group.
fn limits(rate: u32) -> RateLimits {
    LimitSettings::all(rate, 1, 1, 20).windows()
}

/// The parents (every language in turn) and a sender. Parent `i` is linked to the fake
/// Telegram as `t<i>` when `i` is even and to the fake Discord as `d<i>` when odd; every tenth
/// is also linked, earlier, on the other platform (and must still get the message once).
async fn seed(app: &App, n: usize) -> anyhow::Result<PersonId> {
    let school = app.ctx.school;
    let now = app.ctx.clock.now();
    let record = |ext: String, name: String, role: Role, lang: Lang| PersonRecord {
        external_id: ext,
        name,
        roles: Roles::new([role]),
        lang,
        groups: vec!["Bench".into()],
    };
    let parents: Vec<PersonRecord> = (0..n)
        .map(|i| {
            let lang = Lang::ALL[i % Lang::ALL.len()];
            record(format!("B{i}"), format!("Parent {i}"), Role::Parent, lang)
        })
        .collect();
    let lead = record(
        "L1".into(),
        "Lead".into(),
        Role::OnlineSafetyLead,
        Lang::EnGb,
    );
    let mut tx = app.ctx.store.begin().await?;
    tx.import_people(school, Kind::Parents, &parents, now)
        .await?;
    tx.import_people(school, Kind::Staff, &[lead], now).await?;
    let sender = tx
        .person_by_external_id(school, "L1")
        .await?
        .context("the sender was just imported")?;
    for i in 0..n {
        let p = tx
            .person_by_external_id(school, &format!("B{i}"))
            .await?
            .context("a parent was just imported")?;
        let (main, other) = if i % 2 == 0 {
            (
                Account::new(Platform::Telegram, format!("t{i}")),
                Platform::Discord,
            )
        } else {
            (
                Account::new(Platform::Discord, format!("d{i}")),
                Platform::Telegram,
            )
        };
        if i % 10 == 0 {
            let tag = if other == Platform::Telegram {
                "t"
            } else {
                "d"
            };
            let earlier = now - chrono::Duration::seconds(1);
            tx.link_account(p.id, &Account::new(other, format!("{tag}{i}")), earlier)
                .await?;
        }
        tx.link_account(p.id, &main, now).await?;
    }
    tx.commit().await?;
    Ok(sender.id)
}

/// Queues one broadcast to every parent, as pressing Send does; returns the rows queued.
async fn queue_broadcast(app: &App, sender: PersonId) -> anyhow::Result<u64> {
    let now = app.ctx.clock.now();
    let spec = NewBroadcast {
        created_by: sender,
        audience: Audience {
            parents: true,
            ..Default::default()
        },
        content: Content::Custom(
            "Safer Internet Day is next Tuesday: see the school website for family activities."
                .into(),
        ),
        essential: false,
        send_at: now,
        campaign: None,
    };
    let mut tx = app.ctx.store.begin().await?;
    let id = tx
        .broadcasts()
        .insert_broadcast(app.ctx.school, &spec, Status::Draft, now)
        .await?;
    let b = tx
        .broadcasts()
        .broadcast(app.ctx.school, id)
        .await?
        .context("the broadcast was just stored")?;
    let mut fx = Effects::of(app.ctx.school);
    let counts = queue::queue(&mut *tx, &mut fx, &app.ctx, &b, now).await?;
    fx.commit(tx, now).await?;
    Ok(counts.queued)
}

fn start(
    app: &App,
    fakes: &[FakePlatform; 2],
    limits: &[RateLimits; 2],
    stopped: &watch::Receiver<bool>,
) -> Vec<JoinHandle<()>> {
    fakes
        .iter()
        .zip(limits)
        .map(|(fake, l)| {
            let d = app.dispatcher(Arc::new(fake.clone()), l.clone());
            let poll = Duration::from_millis(20);
            tokio::spawn(d.run(app.wake.clone(), stopped.clone(), poll))
        })
        .collect()
}

/// What a new dispatcher does first, done here to report it.
async fn recover(store: &dyn Store, app: &App) -> anyhow::Result<Recovered> {
    let mut tx = store.begin().await?;
    let mut all = Recovered::default();
    for p in [Platform::Telegram, Platform::Discord] {
        let r = tx
            .recover_claims(p, "bench-restart", app.ctx.clock.now())
            .await?;
        all.released += r.released;
        all.interrupted += r.interrupted;
    }
    tx.commit().await?;
    Ok(all)
}

pub(super) fn delivered(fakes: &[FakePlatform; 2]) -> u64 {
    fakes.iter().map(|f| f.total()).sum()
}

/// The rate over the whole seconds of the run against the overall limit, then each window's
/// busiest count against its limit.
fn report_rate(i18n: &I18n, fake: &FakePlatform, limits: &RateLimits) {
    let sent = fake.total();
    let second = Duration::from_secs(1);
    let secs = fake.span().as_secs_f64();
    let rate = fake
        .mean_per(second)
        .unwrap_or(if secs > 0.0 { sent as f64 / secs } else { 0.0 });
    let limit = limits.window(Scope::Global, second).map_or(0, |w| w.limit);
    let args = [
        ("platform", fake.platform_name().to_string()),
        ("sent", sent.to_string()),
        ("seconds", format!("{secs:.1}")),
        ("rate", format!("{rate:.1}")),
        ("limit", limit.to_string()),
        (
            "percent",
            format!("{:.1}", 100.0 * rate / f64::from(limit.max(1))),
        ),
    ];
    say(i18n, "b-bench-platform", &args);
    for w in limits.windows() {
        let scope = match w.scope {
            Scope::Global => "global",
            Scope::Private => "private",
            Scope::Group => "group",
            Scope::Chat => "chat",
            Scope::Tenant => "tenant",
        };
        let args = [
            ("platform", fake.platform_name().to_string()),
            ("scope", scope.to_string()),
            ("period", w.period.as_secs().to_string()),
            ("busiest", fake.busiest(w).to_string()),
            ("limit", w.limit.to_string()),
        ];
        say(i18n, "b-bench-window", &args);
    }
}

/// Counts, per parent, the copies both platforms received.
pub(super) async fn check(
    i18n: &I18n,
    app: &App,
    fakes: &[FakePlatform; 2],
    n: usize,
) -> anyhow::Result<()> {
    let mut copies = vec![0u32; n];
    for f in fakes {
        for (address, count) in f.counts() {
            let i: usize = address[1..].parse().context("a bench address")?;
            copies[i] += count;
        }
    }
    let once = copies.iter().filter(|c| **c == 1).count();
    let duplicates = copies.iter().filter(|c| **c > 1).count();
    let lost = copies.iter().filter(|c| **c == 0).count();
    let mut tx = app.ctx.store.begin().await?;
    let unconfirmed = tx
        .tag_failures(&crate::core::tag::Tag::Broadcast(
            crate::core::broadcast::store::BroadcastId(1),
        ))
        .await?
        .iter()
        .filter(|(_, reason)| *reason == Some(FailureReason::Interrupted))
        .count();
    let args = [
        ("recipients", n.to_string()),
        ("once", once.to_string()),
        ("duplicates", duplicates.to_string()),
        ("lost", lost.to_string()),
        ("unconfirmed", unconfirmed.to_string()),
    ];
    say(i18n, "b-bench-result", &args);
    Ok(())
}

/// User plus system CPU time of this process so far (Linux; `None` elsewhere). `/proc` counts
/// in USER_HZ ticks, which Linux fixes at 100 a second.
pub(super) fn cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // Fields after the command name (which is in parentheses and may hold spaces).
    let rest = stat.rsplit_once(')')?.1;
    let fields: Vec<&str> = rest.split_whitespace().collect();
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(Duration::from_millis((utime + stime) * 10))
}
