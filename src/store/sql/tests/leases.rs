use super::*;
use crate::core::lease::{Role, DEAD_AFTER, LEASE_TTL};
use crate::core::message::{Message, Outgoing};
use crate::core::store::Recovered;

fn secs(t: DateTime<Utc>, s: u64) -> DateTime<Utc> {
    t + Duration::seconds(s as i64)
}

async fn a_lease_has_one_holder_until_it_expires_or_is_released(engine: Engine) {
    let f = Fixture::on(engine).await;
    let name = Role::Scheduler.name();
    let t0 = at(0);
    let mut tx = f.tx().await;
    let l = tx.leases();
    assert!(l.acquire(&name, "a", t0, LEASE_TTL).await.unwrap());
    assert!(!l.acquire(&name, "b", t0, LEASE_TTL).await.unwrap(), "held");
    let renewed = secs(t0, 10);
    assert!(l.acquire(&name, "a", renewed, LEASE_TTL).await.unwrap());
    let before_expiry = secs(renewed, LEASE_TTL.as_secs() - 1);
    assert!(!l
        .acquire(&name, "b", before_expiry, LEASE_TTL)
        .await
        .unwrap());
    let expired = secs(renewed, LEASE_TTL.as_secs());
    assert!(
        l.acquire(&name, "b", expired, LEASE_TTL).await.unwrap(),
        "taken over"
    );
    assert!(
        !l.acquire(&name, "a", expired, LEASE_TTL).await.unwrap(),
        "lost"
    );
    assert_eq!(
        l.holders(expired)
            .await
            .unwrap()
            .get(&name)
            .map(String::as_str),
        Some("b")
    );
    l.release(&name, "a").await.unwrap();
    assert!(
        !l.acquire(&name, "a", expired, LEASE_TTL).await.unwrap(),
        "not a's to release"
    );
    l.release(&name, "b").await.unwrap();
    assert!(
        l.acquire(&name, "a", expired, LEASE_TTL).await.unwrap(),
        "free again"
    );
    tx.commit().await.unwrap();
}

async fn an_instance_is_alive_while_it_heartbeats_and_until_it_stops(engine: Engine) {
    let f = Fixture::on(engine).await;
    let mut tx = f.tx().await;
    let l = tx.leases();
    assert!(!l.alive("a", at(0)).await.unwrap(), "unknown");
    l.register_instance("a", "host-1", at(0)).await.unwrap();
    assert!(l.alive("a", at(0)).await.unwrap());
    assert!(l
        .alive("a", secs(at(0), DEAD_AFTER.as_secs()))
        .await
        .unwrap());
    assert!(!l
        .alive("a", secs(at(0), DEAD_AFTER.as_secs() + 1))
        .await
        .unwrap());
    assert!(l.heartbeat("a", at(1)).await.unwrap());
    assert!(l.alive("a", at(1)).await.unwrap(), "back");
    assert!(l
        .acquire("sender:telegram", "a", at(1), LEASE_TTL)
        .await
        .unwrap());
    l.stop_instance("a", at(1)).await.unwrap();
    assert!(!l.alive("a", at(1)).await.unwrap());
    assert!(
        !l.heartbeat("a", at(1)).await.unwrap(),
        "a stopped instance stays stopped"
    );
    assert!(
        l.holders(at(1)).await.unwrap().is_empty(),
        "its leases are free at once"
    );
    tx.commit().await.unwrap();
}

async fn only_dead_or_unknown_instances_claims_are_recovered(engine: Engine) {
    let f = Fixture::on(engine).await;
    let ids = f.parents(&[parent("P1", "Pat"), parent("P2", "Sam")]).await;
    f.link(ids[0], &tg("100"), 0).await;
    f.link(ids[1], &tg("200"), 0).await;
    let mut tx = f.tx().await;
    for (p, tag) in [(ids[0], "broadcast:1"), (ids[1], "other")] {
        let out = Outgoing::to_person(p, None, Message::new("news")).tagged(tag);
        assert!(tx.enqueue(&out.at_most_once(), at(0)).await.unwrap());
    }
    let due = tx.due(Platform::Telegram, at(0), 10, 10).await.unwrap();
    let (a_row, b_row) = (due[0].id, due[1].id);
    tx.leases()
        .register_instance("a", "h", at(0))
        .await
        .unwrap();
    tx.leases()
        .register_instance("b", "h", at(0))
        .await
        .unwrap();
    tx.claim(&[a_row], "a", at(0)).await.unwrap();
    tx.claim(&[b_row], "b", at(0)).await.unwrap();
    let r = tx
        .recover_claims(Platform::Telegram, "c", at(0))
        .await
        .unwrap();
    assert_eq!(
        r,
        Recovered::default(),
        "two live peers' rows are in flight"
    );
    // b keeps heartbeating; a falls silent and is dead once DEAD_AFTER has passed.
    let later = secs(at(0), DEAD_AFTER.as_secs() + 1);
    assert!(tx.leases().heartbeat("b", later).await.unwrap());
    let r = tx
        .recover_claims(Platform::Telegram, "c", later)
        .await
        .unwrap();
    assert_eq!(
        r,
        Recovered {
            released: 0,
            interrupted: 1
        },
        "only a's row, which may have gone"
    );
    tx.commit().await.unwrap();
    let claimed: Vec<String> = f
        .scalars(
            "SELECT claimed_by FROM outbox WHERE status = 'pending' AND claimed_by IS NOT NULL",
            &[],
        )
        .await;
    assert_eq!(claimed, ["b"], "b's row is left to b");
    let status: String = f
        .scalar("SELECT status FROM outbox WHERE id = $1", &[&a_row])
        .await;
    assert_eq!(status, "failed");
}

async fn an_instance_recovers_its_own_claims_only_when_asked(engine: Engine) {
    let f = Fixture::on(engine).await;
    let ids = f.parents(&[parent("P1", "Pat")]).await;
    f.link(ids[0], &tg("100"), 0).await;
    let mut tx = f.tx().await;
    let out = Outgoing::to_person(ids[0], None, Message::new("news"));
    assert!(tx.enqueue(&out, at(0)).await.unwrap());
    let due = tx.due(Platform::Telegram, at(0), 10, 10).await.unwrap();
    tx.leases()
        .register_instance("a", "h", at(0))
        .await
        .unwrap();
    tx.claim(&[due[0].id], "a", at(0)).await.unwrap();
    let r = tx
        .recover_claims(Platform::Telegram, "a", at(100))
        .await
        .unwrap();
    assert_eq!(r, Recovered::default(), "never its own as another's");
    let r = tx
        .recover_own_claims(Platform::Telegram, "a", at(0))
        .await
        .unwrap();
    assert_eq!(
        r.released, 1,
        "a dispatcher with nothing in flight sends it again"
    );
    tx.commit().await.unwrap();
}

both_engines!(
    a_lease_has_one_holder_until_it_expires_or_is_released,
    an_instance_is_alive_while_it_heartbeats_and_until_it_stops,
    only_dead_or_unknown_instances_claims_are_recovered,
    an_instance_recovers_its_own_claims_only_when_asked,
);
