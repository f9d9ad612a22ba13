//! A scheduler tick that outlives its lease: the work it does after a peer took the scheduler
//! over is refused in its own transactions (fencing), and the tick stops before its next sweep.
//! tokio's clock is paused; the instances' lease times follow it.

use super::{peer_app, Follows, SECOND};
use crate::support::spawn_app;
use haven::core::clock::Clock;
use haven::core::fault::Result;
use haven::core::lease::{self, Role};
use haven::core::turn::Ctx;
use haven::delivery::elected::Instance;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use tokio::time::Instant;

/// The peer that takes the scheduler over while the long sweep runs.
static PEER: Mutex<Option<Instance>> = Mutex::new(None);
/// Transactions the long sweep was allowed, and refused.
static ALLOWED: AtomicUsize = AtomicUsize::new(0);
static REFUSED: AtomicUsize = AtomicUsize::new(0);
/// Times the sweep after it ran.
static AFTER: AtomicUsize = AtomicUsize::new(0);

/// Opens a transaction, outlives the lease while a peer takes it, and opens another.
async fn long(cx: &Ctx) -> Result<()> {
    drop(cx.store.begin().await?);
    ALLOWED.fetch_add(1, Ordering::SeqCst);
    tokio::time::sleep(lease::LEASE_TTL + SECOND).await;
    let peer = PEER.lock().unwrap().clone().expect("a peer");
    assert!(peer.hold(Role::Scheduler).await, "the peer takes over");
    match cx.store.begin().await {
        Ok(_) => {
            ALLOWED.fetch_add(1, Ordering::SeqCst);
            Ok(())
        }
        Err(e) => {
            REFUSED.fetch_add(1, Ordering::SeqCst);
            Err(e.into())
        }
    }
}

async fn after(cx: &Ctx) -> Result<()> {
    drop(cx.store.begin().await?);
    AFTER.fetch_add(1, Ordering::SeqCst);
    Ok(())
}

async fn short(cx: &Ctx) -> Result<()> {
    drop(cx.store.begin().await?);
    ALLOWED.fetch_add(1, Ordering::SeqCst);
    Ok(())
}

#[tokio::test]
async fn a_tick_longer_than_the_lease_stops_writing_once_a_peer_takes_over() {
    let t = spawn_app().await;
    tokio::time::pause();
    let clock: Arc<dyn Clock> = Arc::new(Follows {
        start: Instant::now(),
        at: t.clock.now(),
    });
    let (a, b) = (peer_app(&t, clock.clone()), peer_app(&t, clock));
    a.instance.register().await.unwrap();
    b.instance.register().await.unwrap();
    *PEER.lock().unwrap() = Some(b.instance.clone());
    assert!(a.instance.hold(Role::Scheduler).await);

    // While A holds the lease, its tick runs every sweep.
    a.sweep(
        &[
            ("short", |cx| Box::pin(short(cx))),
            ("after", |cx| Box::pin(after(cx))),
        ],
        true,
    )
    .await
    .unwrap();
    assert_eq!(
        (ALLOWED.load(Ordering::SeqCst), AFTER.load(Ordering::SeqCst)),
        (1, 1)
    );

    // A sweep outlives the lease and B takes the scheduler over: A's next transaction is
    // refused, and A's tick ends there, leaving the next sweep to B.
    let done = a
        .sweep(
            &[
                ("long", |cx| Box::pin(long(cx))),
                ("after", |cx| Box::pin(after(cx))),
            ],
            true,
        )
        .await;
    assert!(done.is_ok(), "a lost lease is not a failure: {done:?}");
    assert_eq!(
        ALLOWED.load(Ordering::SeqCst),
        2,
        "only before the takeover"
    );
    assert_eq!(REFUSED.load(Ordering::SeqCst), 1, "refused after it");
    assert_eq!(
        AFTER.load(Ordering::SeqCst),
        1,
        "the next sweep did not run on A"
    );
    assert!(!a.instance.roles().contains(&Role::Scheduler));
    assert!(b.instance.roles().contains(&Role::Scheduler));
    let mut tx = t.store().begin().await.unwrap();
    let holders = tx.leases().holders(t.clock.now()).await.unwrap();
    assert_eq!(
        holders.get(&Role::Scheduler.name()),
        Some(&b.instance.id.to_string()),
        "B holds the scheduler"
    );
    drop(tx);

    // B's tick runs.
    b.sweep(&[("after", |cx| Box::pin(after(cx)))], true)
        .await
        .unwrap();
    assert_eq!(AFTER.load(Ordering::SeqCst), 2);
}
