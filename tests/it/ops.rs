//! The operators' endpoints (`[ops] listen`): `/healthz`, `/readyz` and `/metrics`, served on
//! loopback; the metrics count deliveries and never name a person or a chat.

use crate::support::{spawn_app, TestApp};
use haven::core::lease::Role;
use haven::core::store::Address;
use haven::delivery::SendError;
use tokio::sync::watch;

/// The endpoints of `t`'s Haven on a free loopback port; the sender stops them when dropped.
async fn serve(t: &TestApp) -> (String, watch::Sender<bool>) {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let (stop, stopped) = watch::channel(false);
    tokio::spawn(haven::run::ops::serve_on(listener, t.app.clone(), stopped));
    (url, stop)
}

async fn get(url: &str) -> (u16, String) {
    let r = reqwest::get(url).await.expect("answers");
    let status = r.status().as_u16();
    (status, r.text().await.unwrap())
}

#[tokio::test]
async fn healthz_says_the_process_is_up_and_readyz_waits_for_the_heartbeat() {
    let t = spawn_app().await;
    let (url, _stop) = serve(&t).await;
    assert_eq!(get(&format!("{url}/healthz")).await, (200, "ok\n".into()));

    let (status, reason) = get(&format!("{url}/readyz")).await;
    assert_eq!(
        (status, reason.as_str()),
        (503, "this instance is not heartbeating\n"),
        "not registered yet"
    );
    t.app.instance.register().await.unwrap();
    assert_eq!(get(&format!("{url}/readyz")).await, (200, "ready\n".into()));

    // Its heartbeat missed for longer than an instance may, it is not ready any more.
    t.clock.advance(chrono::Duration::seconds(16));
    assert_eq!(get(&format!("{url}/readyz")).await.0, 503);
    assert!(t.app.instance.heartbeat().await);
    assert_eq!(get(&format!("{url}/readyz")).await.0, 200);

    // A database that does not answer (another program holds its lock) is not ready.
    let lock = t.lock_database();
    let (status, reason) = get(&format!("{url}/readyz")).await;
    assert_eq!(
        (status, reason.as_str()),
        (503, "the database does not answer\n")
    );
    drop(lock);
}

#[tokio::test]
async fn metrics_count_deliveries_per_platform_and_name_no_one() {
    let t = spawn_app().await;
    let (url, _stop) = serve(&t).await;
    let daniel = t.person("Daniel Okafor");
    daniel.says("/whoami").await;
    daniel.sees("You are Daniel Okafor");
    daniel.says("/help").await;
    let address = Address::Private("Daniel Okafor".into());
    t.chat.fail_next(
        address,
        SendError::RetryAfter(std::time::Duration::from_secs(60)),
    );
    daniel.says("/whoami").await;
    t.app.tick().await.unwrap();
    assert!(t.app.instance.hold(Role::Scheduler).await);
    let sent = t.chat.received().len();

    let (status, text) = get(&format!("{url}/metrics")).await;
    assert_eq!(status, 200);
    let line = |name: &str| {
        text.lines()
            .find(|l| l.starts_with(name))
            .unwrap_or_else(|| panic!("no {name} in:\n{text}"))
            .to_string()
    };
    assert_eq!(
        line("haven_messages_sent_total{platform=\"console\"}"),
        format!("haven_messages_sent_total{{platform=\"console\"}} {sent}")
    );
    assert_eq!(
        line("haven_messages_retried_total{platform=\"console\"}"),
        "haven_messages_retried_total{platform=\"console\"} 1"
    );
    assert_eq!(
        line("haven_messages_queued{platform=\"console\"}"),
        "haven_messages_queued{platform=\"console\"} 1",
        "the answer put back waits"
    );
    assert_eq!(
        line("haven_role_held{role=\"scheduler\"}"),
        "haven_role_held{role=\"scheduler\"} 1"
    );
    assert_eq!(
        line("haven_role_held{role=\"sender:telegram\"}"),
        "haven_role_held{role=\"sender:telegram\"} 0"
    );
    assert!(text.contains("haven_oldest_undelivered_seconds"));
    assert!(text.contains("haven_sweep_duration_seconds_count{sweep=\"forms\"} 1"));
    for never in ["Daniel", "Okafor", "whoami", "You are"] {
        assert!(!text.contains(never), "{never} in the metrics:\n{text}");
    }
}
