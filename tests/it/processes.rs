//! Several `haven run` processes on one PostgreSQL database, as a trust runs them on two or
//! three machines: a broadcast to 10,000 parents and a DSL's stream of alerts are delivered
//! while the instance sending them is killed (SIGKILL) and started again. Every parent gets the
//! broadcast once (a broadcast is sent at most once: a row in flight when its sender died is
//! settled as interrupted, never sent twice), the DSL's alerts arrive in order, no window goes
//! over its limit, only one instance ever polls Telegram at a time, the Telegram poller fails
//! over within the stated time, and SIGTERM hands every role over.
//!
//! The processes are the real binary, talking to the fake Telegram Bot API; the test seeds the
//! school and queues the messages through the library, on the same database.

use crate::support::postgres::fresh_database;
use crate::support::telegram_fake::{FakeTelegram, TOKEN};
use crate::support::telegram_updates;
use haven::app::App;
use haven::core::broadcast::audience::Audience;
use haven::core::broadcast::content::Content;
use haven::core::broadcast::queue;
use haven::core::broadcast::settings::QuietHours;
use haven::core::broadcast::store::{NewBroadcast, Status};
use haven::core::clock::SystemClock;
use haven::core::effects::Effects;
use haven::core::ids::{Account, PersonId, Platform};
use haven::core::lease::FAIL_OVER;
use haven::core::message::{Message, Outgoing};
use haven::core::people::{Lang, Role, Roles};
use haven::core::settings::Settings;
use haven::core::store::{Kind, PersonRecord, Store};
use haven::crypto::{Cipher, Key};
use sqlx::Connection;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// A key (base64 of 32 bytes) every instance and the test share.
const KEY: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
const PARENTS: usize = 10_000;
/// Parents' Telegram chat ids start here; the DSL's is `DSL_CHAT`.
const FIRST_PARENT_CHAT: i64 = 1_000_000;
const DSL_CHAT: i64 = 42;
const ALERTS: usize = 60;
/// The limits the instances are configured with (`[telegram.rate_limits]`).
const GLOBAL_PER_SECOND: usize = 400;
const PRIVATE_PER_SECOND: usize = 10;
const BROADCAST: &str = "Safer Internet Day is next Tuesday: see the school website.";
/// The longest a request takes from its sender to the fake, generously: on a loaded machine
/// a process may wait this long for a core between a send being allowed and made.
const LATENCY: Duration = Duration::from_secs(1);
/// The span over which arrivals are counted.
const WINDOW: Duration = Duration::from_secs(2);
/// Arrivals within a [`WINDOW`] left their sender within `WINDOW + LATENCY` (whole seconds):
/// at most this many seconds' worth of each limit.
const SECONDS_COUNTED: usize = (WINDOW.as_secs() + LATENCY.as_secs()) as usize;
/// Time for an instance to notice it won a lease and start polling, generously.
const START: Duration = Duration::from_secs(10);
/// The longest the test waits for the outbox to empty before failing.
const PATIENCE: Duration = Duration::from_secs(300);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn three_instances_deliver_once_in_order_within_limits_while_the_sender_is_killed() {
    several_instances(3).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_deliver_once_in_order_within_limits_while_the_sender_is_killed() {
    several_instances(2).await;
}

/// One `haven run` process, with its `/metrics` address.
struct Instance {
    child: Child,
    ops: String,
}

async fn several_instances(count: usize) {
    let Some(url) = fresh_database().await else {
        return;
    };
    let fake = FakeTelegram::start().await;
    let dir = tempfile::tempdir().unwrap();
    let config = write_config(dir.path(), &url, &fake);
    seed_and_queue(&url).await;

    let started = Instant::now();
    let mut instances: Vec<Instance> = (0..count).map(|n| spawn(&config, n)).collect();
    // Kill the sender once a third of the broadcast has gone.
    wait_until(|| fake.count("sendMessage") >= PARENTS / 3, "a third sent").await;
    let sender = holder_of(&instances, "sender:telegram")
        .await
        .expect("one instance sends Telegram's outbox");
    let poller = holder_of(&instances, "telegram-poller").await;
    instances[sender].child.kill().expect("SIGKILL");
    instances[sender].child.wait().unwrap();
    let killed_at = Instant::now();
    // A parent writes while the instance that polled may be gone: it is answered once another
    // instance has taken the poller over.
    let asker = FIRST_PARENT_CHAT + 7;
    fake.push_update(telegram_updates::text(asker, asker, "/whoami"));
    instances[sender] = spawn(&config, sender);

    let answered = wait_for(|| !fake.texts_to(asker).is_empty(), PATIENCE).await;
    assert!(answered, "the parent's message was never answered");
    if poller == Some(sender) {
        let next_poll = fake
            .calls()
            .into_iter()
            .filter(|c| c.method == "getUpdates" && c.at > killed_at)
            .map(|c| c.at - killed_at)
            .min()
            .expect("another instance polls");
        assert!(
            next_poll <= FAIL_OVER + START,
            "the poller failed over within the stated {FAIL_OVER:?}: {next_poll:?}"
        );
    }
    wait_until_outbox_empty(&url).await;

    // Every parent got the broadcast once; a row in flight at the kill is settled as
    // interrupted, and its parent got it once or not at all, never twice.
    let interrupted = interrupted_chats(&url).await;
    // The rows a crash leaves unconfirmed: those being sent, and those sent whose settling was
    // not yet recorded; a handful of groups, never the broadcast.
    assert!(
        interrupted.len() <= 200,
        "a crash leaves a few groups unconfirmed, not {}",
        interrupted.len()
    );
    let mut received: HashMap<i64, usize> = HashMap::new();
    for call in fake.calls_to("sendMessage") {
        if call["text"].as_str().is_some_and(|t| t.contains(BROADCAST)) {
            *received
                .entry(call["chat_id"].as_i64().unwrap())
                .or_default() += 1;
        }
    }
    for chat in FIRST_PARENT_CHAT..FIRST_PARENT_CHAT + PARENTS as i64 {
        let got = received.get(&chat).copied().unwrap_or(0);
        assert!(got <= 1, "parent {chat} got the broadcast {got} times");
        assert!(
            got == 1 || interrupted.contains(&chat.to_string()),
            "parent {chat} never got the broadcast and it was not reported"
        );
    }

    // The DSL's alerts in the order they were raised; only the one in flight at the kill may
    // arrive twice (an alert is sent at least once).
    let alerts: Vec<usize> = fake
        .texts_to(DSL_CHAT)
        .iter()
        .filter_map(|t| t.split("Alert ").nth(1)?.split('.').next()?.parse().ok())
        .collect();
    let mut seen = alerts.clone();
    seen.dedup();
    assert_eq!(
        seen,
        (1..=ALERTS).collect::<Vec<_>>(),
        "every alert, in order: {alerts:?}"
    );
    assert!(alerts.len() <= ALERTS + 1, "{alerts:?}");

    // No window over its limit, across the instances. The limit holds when a request leaves
    // its sender, and one that leaves at `s` reaches the fake by `s + LATENCY`: so the requests
    // that reach the fake within any `WINDOW` left within `WINDOW + LATENCY`, and are at most
    // that many seconds' limits. A sender going twice as fast fails this: it sends
    // `2 × WINDOW` seconds' worth within a `WINDOW`.
    let logs = || {
        (0..count)
            .map(|n| std::fs::read_to_string(dir.path().join(format!("instance-{n}.log"))))
            .collect::<Vec<_>>()
    };
    let sends: Vec<(Instant, i64)> = fake
        .calls()
        .into_iter()
        .filter(|c| c.method == "sendMessage")
        .map(|c| (c.at, c.params["chat_id"].as_i64().unwrap()))
        .collect();
    let busiest = busiest_within(WINDOW, sends.iter().map(|s| s.0));
    assert!(
        busiest <= SECONDS_COUNTED * GLOBAL_PER_SECOND,
        "busiest {WINDOW:?}: {busiest}, over {SECONDS_COUNTED} × {GLOBAL_PER_SECOND}\n{:#?}",
        logs()
    );
    let to_dsl = busiest_within(
        WINDOW,
        sends.iter().filter(|s| s.1 == DSL_CHAT).map(|s| s.0),
    );
    assert!(
        to_dsl <= SECONDS_COUNTED * PRIVATE_PER_SECOND,
        "the DSL's chat: {to_dsl} in {WINDOW:?}\n{:#?}",
        logs()
    );
    // (Checked before the instances stop: a stopping poller's last request may still be open
    // when a peer takes over, as Telegram allows.)
    assert_eq!(
        fake.most_concurrent_polls(),
        1,
        "two instances never poll Telegram at once: {:#?}\n(the kill at {:?})\n{:#?}",
        fake.overlapping_polls(started),
        killed_at - started,
        logs()
    );

    // SIGTERM: each instance stops cleanly and gives its roles up.
    for i in &mut instances {
        terminate(&mut i.child);
    }
    for (n, i) in instances.iter_mut().enumerate() {
        let status = i.child.wait().unwrap();
        let log = || std::fs::read_to_string(dir.path().join(format!("instance-{n}.log")));
        assert!(
            status.success(),
            "a clean stop on SIGTERM: {status}\n{:?}",
            log()
        );
    }
    let held: i64 = scalar(&url, "SELECT COUNT(*) FROM leases").await;
    assert_eq!(held, 0, "every role was handed over");
    fake.assert_no_violations();
}

fn write_config(dir: &Path, url: &str, fake: &FakeTelegram) -> std::path::PathBuf {
    let path = dir.join("haven.toml");
    std::fs::write(
        &path,
        format!(
            "[database]\nurl = \"{url}\"\n\
             [school.broadcast.quiet_hours]\nstart = \"00:00:00\"\nend = \"00:00:00\"\n\
             [telegram]\ntoken = \"{TOKEN}\"\napi_url = \"{}\"\n\
             [telegram.rate_limits]\nglobal_per_second = {GLOBAL_PER_SECOND}\n\
             private_per_second = {PRIVATE_PER_SECOND}\nprivate_burst = {PRIVATE_PER_SECOND}\n",
            fake.api_url()
        ),
    )
    .unwrap();
    path
}

/// `haven run` with the configuration, its `/metrics` on a free port, logs to a file.
fn spawn(config: &Path, n: usize) -> Instance {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let dir = config.parent().unwrap();
    let log = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.join(format!("instance-{n}.log")))
        .unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_haven"))
        .current_dir(dir)
        .env_clear()
        .env("HAVEN_SECRETS__KEY", KEY)
        .env("HAVEN_LOG__LEVEL", "warn,haven::delivery::elected=info")
        .env("HAVEN_OPS__LISTEN", format!("127.0.0.1:{port}"))
        .args(["--config", config.to_str().unwrap(), "run"])
        .stdin(Stdio::null())
        .stdout(log.try_clone().unwrap())
        .stderr(log)
        .spawn()
        .expect("haven starts");
    Instance {
        child,
        ops: format!("http://127.0.0.1:{port}/metrics"),
    }
}

/// The parents, a DSL and an online safety lead; then the broadcast and the DSL's alerts,
/// queued before any instance starts.
async fn seed_and_queue(url: &str) {
    let cipher = Cipher::new(Key::from_base64(KEY).unwrap());
    let store: Arc<dyn Store> = haven::store::open(url, cipher).await.unwrap();
    let mut settings = Settings::default();
    settings.broadcast.quiet_hours = QuietHours::off();
    let app = App::new(
        store.clone(),
        Arc::new(SystemClock),
        settings,
        Key::generate().link_key(),
    )
    .unwrap();
    let (school, now) = (app.ctx.school, app.ctx.clock.now());
    let record = |ext: String, role: Role| PersonRecord {
        external_id: ext.clone(),
        name: format!("Person {ext}"),
        roles: Roles::new([role]),
        lang: Lang::EnGb,
        groups: vec![],
    };
    let parents: Vec<PersonRecord> = (0..PARENTS)
        .map(|i| record(format!("P{i}"), Role::Parent))
        .collect();
    let staff = [
        record("DSL".into(), Role::Dsl),
        record("OSL".into(), Role::OnlineSafetyLead),
    ];
    let mut tx = store.begin().await.unwrap();
    tx.import_people(school, Kind::Parents, &parents, now)
        .await
        .unwrap();
    tx.import_people(school, Kind::Staff, &staff, now)
        .await
        .unwrap();
    let people = tx.people(school).await.unwrap();
    let id_of: BTreeMap<String, PersonId> = people
        .iter()
        .map(|p| (p.external_id.clone(), p.id))
        .collect();
    for i in 0..PARENTS {
        let chat = FIRST_PARENT_CHAT + i as i64;
        let account = Account::new(Platform::Telegram, chat.to_string());
        tx.link_account(id_of[&format!("P{i}")], &account, now)
            .await
            .unwrap();
    }
    let dsl = id_of["DSL"];
    let dsl_account = Account::new(Platform::Telegram, DSL_CHAT.to_string());
    tx.link_account(dsl, &dsl_account, now).await.unwrap();
    tx.commit().await.unwrap();

    let spec = NewBroadcast {
        created_by: id_of["OSL"],
        audience: Audience {
            parents: true,
            ..Default::default()
        },
        content: Content::Custom(BROADCAST.into()),
        essential: false,
        send_at: now,
        campaign: None,
    };
    let mut tx = store.begin().await.unwrap();
    let id = tx
        .broadcasts()
        .insert_broadcast(school, &spec, Status::Draft, now)
        .await
        .unwrap();
    let b = tx
        .broadcasts()
        .broadcast(school, id)
        .await
        .unwrap()
        .unwrap();
    let mut fx = Effects::default();
    let counts = queue::queue(&mut *tx, &mut fx, &app.ctx, &b, now)
        .await
        .unwrap();
    assert_eq!(counts.queued, PARENTS as u64);
    for n in 1..=ALERTS {
        let alert = Message::private("b-custom")
            .arg("header", "")
            .arg("text", format!("Alert {n}."))
            .arg("sender", "The DSL team")
            .arg("school", "Haven Demo School")
            .arg("footer", "");
        fx.send(Outgoing::to_person(dsl, Some(Platform::Telegram), alert));
    }
    fx.commit(tx, now).await.unwrap();
}

/// The instance whose `/metrics` says it holds `role`.
async fn holder_of(instances: &[Instance], role: &str) -> Option<usize> {
    let client = reqwest::Client::new();
    for (n, i) in instances.iter().enumerate() {
        let Ok(r) = client.get(&i.ops).send().await else {
            continue;
        };
        let body = r.text().await.unwrap_or_default();
        let holds = body.lines().any(|l| {
            l.starts_with("haven_role_held")
                && l.contains(&format!("\"{role}\""))
                && l.ends_with(" 1")
        });
        if holds {
            return Some(n);
        }
    }
    None
}

/// Waits, checking every 20 ms, until `done`; false after `limit`.
async fn wait_for(done: impl Fn() -> bool, limit: Duration) -> bool {
    let start = Instant::now();
    while !done() {
        if start.elapsed() > limit {
            return false;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    true
}

async fn wait_until(done: impl Fn() -> bool, what: &str) {
    assert!(wait_for(done, PATIENCE).await, "never happened: {what}");
}

async fn scalar(url: &str, sql: &str) -> i64 {
    let mut c = sqlx::PgConnection::connect(url).await.unwrap();
    let n: i64 = sqlx::query_scalar(sql).fetch_one(&mut c).await.unwrap();
    let _ = c.close().await;
    n
}

async fn wait_until_outbox_empty(url: &str) {
    let start = Instant::now();
    while scalar(url, "SELECT COUNT(*) FROM outbox WHERE status = 'pending'").await > 0 {
        assert!(start.elapsed() < PATIENCE, "the outbox never emptied");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The addresses of the rows settled as interrupted (in flight when their sender died).
async fn interrupted_chats(url: &str) -> Vec<String> {
    let mut c = sqlx::PgConnection::connect(url).await.unwrap();
    let rows: Vec<String> = sqlx::query_scalar(
        "SELECT address FROM outbox WHERE status = 'failed' AND last_error = 'interrupted'",
    )
    .fetch_all(&mut c)
    .await
    .unwrap();
    let _ = c.close().await;
    rows
}

/// The most instants within any `window`.
fn busiest_within(window: Duration, times: impl Iterator<Item = Instant>) -> usize {
    let mut times: Vec<Instant> = times.collect();
    times.sort();
    let (mut most, mut start) = (0, 0);
    for end in 0..times.len() {
        while times[end].duration_since(times[start]) >= window {
            start += 1;
        }
        most = most.max(end - start + 1);
    }
    most
}

fn terminate(child: &mut Child) {
    let pid = libc::pid_t::try_from(child.id()).unwrap();
    // SAFETY: sends a signal to a child process this test started and has not reaped.
    unsafe {
        libc::kill(pid, libc::SIGTERM);
    }
}
