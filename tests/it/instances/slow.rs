//! An instance whose database answers slowly (a starved process, a pool waiting for a
//! connection): a lease it wins or renews only after it could have run out is never acted on,
//! so it never performs a role at the same time as the peer that may hold it by then.

use super::{peer_app, Follows, Performing, SECOND};
use crate::support::spawn_app;
use haven::core::clock::Clock;
use haven::core::lease::Role;
use haven::core::store::{Result, Store, Tx};
use haven::delivery::elected::{supervise, Instance};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::sync::watch;
use tokio::time::{sleep, Instant};

/// A store whose transactions begin only after `delay` (on tokio's clock).
struct Slow {
    store: Arc<dyn Store>,
    delay: Mutex<Duration>,
}

#[async_trait::async_trait]
impl Store for Slow {
    async fn begin(&self) -> Result<Box<dyn Tx>> {
        let delay = *self.delay.lock().unwrap();
        sleep(delay).await;
        self.store.begin().await
    }
}

#[tokio::test]
async fn a_lease_answered_too_late_to_be_sure_of_is_never_acted_on() {
    let t = spawn_app().await;
    tokio::time::pause();
    let clock: Arc<dyn Clock> = Arc::new(Follows {
        start: Instant::now(),
        at: t.clock.now(),
    });
    let slow = Arc::new(Slow {
        store: t.store(),
        delay: Mutex::new(Duration::ZERO),
    });
    let a = Instance::new(slow.clone(), clock.clone());
    a.register().await.unwrap();
    let role = Role::Scheduler;
    let performing = Arc::new(Performing::default());
    // A counts the times it starts the role.
    let a_started = Arc::new(AtomicUsize::new(0));
    let mut perform = performing.task(role);
    let started = a_started.clone();
    let a_task = move |stop| {
        started.fetch_add(1, Ordering::SeqCst);
        perform(stop)
    };
    let (_stop_a, stopped) = watch::channel(false);
    let run_a = tokio::spawn(supervise(a.clone(), role, stopped.clone(), a_task));
    sleep(SECOND).await;
    assert!(a.roles().contains(&role), "A takes the role");
    assert_eq!(a_started.load(Ordering::SeqCst), 1);

    // A's database now answers after 12 s: longer than a lease can be trusted unrenewed.
    *slow.delay.lock().unwrap() = Duration::from_secs(12);
    sleep(60 * SECOND).await;
    assert!(!a.roles().contains(&role), "A gave the role up");
    assert_eq!(
        a_started.load(Ordering::SeqCst),
        1,
        "alone, A still never acts on a lease won after it could have run out"
    );
    let b = peer_app(&t, clock);
    b.instance.register().await.unwrap();
    let run_b = tokio::spawn(supervise(
        b.instance.clone(),
        role,
        stopped,
        performing.task(role),
    ));
    sleep(120 * SECOND).await;
    assert_eq!(
        a_started.load(Ordering::SeqCst),
        1,
        "A never acted on a lease won after it could have run out"
    );
    assert_eq!(
        performing.most.lock().unwrap()[&role],
        1,
        "never two instances at once"
    );
    assert!(b.instance.roles().contains(&role), "B holds the role");
    run_a.abort();
    run_b.abort();
}
