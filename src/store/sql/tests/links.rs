use super::*;
use crate::core::store::CodeLookup;

async fn linking_replaces_the_earlier_account_and_moves_a_taken_one(engine: Engine) {
    let f = Fixture::on(engine).await;
    let ids = f.parents(&[parent("P1", "Pat"), parent("P2", "Sam")]).await;
    let (pat, sam) = (ids[0], ids[1]);
    let discord = Account::new(Platform::Discord, "d-1");
    f.link(pat, &tg("1"), 0).await;
    f.link(pat, &discord, 1).await;
    f.link(pat, &tg("2"), 2).await; // replaces tg 1

    let mut tx = f.tx().await;
    assert_eq!(
        tx.accounts_of(pat).await.unwrap(),
        [tg("2"), discord.clone()]
    );
    assert!(tx.person_by_account(&tg("1")).await.unwrap().is_none());
    tx.link_account(sam, &discord, at(3)).await.unwrap(); // moves from Pat to Sam
    assert_eq!(tx.accounts_of(pat).await.unwrap(), [tg("2")]);
    assert_eq!(
        tx.person_by_account(&discord).await.unwrap().unwrap().id,
        sam
    );

    assert!(tx
        .unlink_account(SchoolId::default(), &tg("2"))
        .await
        .unwrap());
    assert!(!tx
        .unlink_account(SchoolId::default(), &tg("2"))
        .await
        .unwrap());
    assert!(tx.accounts_of(pat).await.unwrap().is_empty());
}

async fn link_codes_are_unknown_valid_expired_or_used(engine: Engine) {
    let f = Fixture::on(engine).await;
    let ids = f.parents(&[parent("P1", "Pat")]).await;
    let mut tx = f.tx().await;
    tx.store_link_code(ids[0], "hash-a", at(60), at(0))
        .await
        .unwrap();

    assert_eq!(
        tx.lookup_link_code("hash-x", at(1)).await.unwrap(),
        CodeLookup::Unknown
    );
    assert_eq!(
        tx.lookup_link_code("hash-a", at(59)).await.unwrap(),
        CodeLookup::Valid(ids[0])
    );
    assert_eq!(
        tx.lookup_link_code("hash-a", at(60)).await.unwrap(),
        CodeLookup::Expired
    );

    tx.use_link_code("hash-a", &tg("7"), at(30)).await.unwrap();
    assert_eq!(
        tx.lookup_link_code("hash-a", at(31)).await.unwrap(),
        CodeLookup::Used
    );
    assert!(
        tx.use_link_code("hash-a", &tg("8"), at(32)).await.is_err(),
        "a code works once"
    );
    assert!(tx.use_link_code("hash-x", &tg("8"), at(32)).await.is_err());
    tx.commit().await.unwrap();

    let (platform, by, when): (String, String, String) = f
        .row(
            "SELECT used_by_platform, used_by_account, used_at FROM link_codes \
             WHERE code_hash = 'hash-a'",
            &[],
        )
        .await;
    assert_eq!((platform.as_str(), by.as_str()), ("telegram", "7"));
    assert_eq!(super::super::codec::parse_ts(&when).unwrap(), at(30));
}

async fn a_new_code_retires_the_earlier_unused_one(engine: Engine) {
    let f = Fixture::on(engine).await;
    let ids = f.parents(&[parent("P1", "Pat")]).await;
    let mut tx = f.tx().await;
    tx.store_link_code(ids[0], "first", at(600), at(0))
        .await
        .unwrap();
    tx.store_link_code(ids[0], "second", at(600), at(5))
        .await
        .unwrap();
    assert_eq!(
        tx.lookup_link_code("first", at(6)).await.unwrap(),
        CodeLookup::Expired
    );
    assert_eq!(
        tx.lookup_link_code("second", at(6)).await.unwrap(),
        CodeLookup::Valid(ids[0])
    );
}

async fn the_code_of_a_leaver_no_longer_works(engine: Engine) {
    let f = Fixture::on(engine).await;
    let ids = f.parents(&[parent("P1", "Pat")]).await;
    let mut tx = f.tx().await;
    tx.store_link_code(ids[0], "h", at(600), at(0))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    f.parents(&[]).await;
    let mut tx = f.tx().await;
    assert_eq!(
        tx.lookup_link_code("h", at(1)).await.unwrap(),
        CodeLookup::Expired
    );
}

async fn failed_attempts_are_counted_per_account_since_a_time(engine: Engine) {
    let f = Fixture::on(engine).await;
    let mut tx = f.tx().await;
    for minute in [0, 10, 20] {
        tx.record_failed_link(&tg("9"), at(minute)).await.unwrap();
    }
    tx.record_failed_link(&tg("other"), at(15)).await.unwrap();
    tx.record_failed_link(&Account::new(Platform::Discord, "9"), at(15))
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let mut tx = f.tx().await;
    assert_eq!(tx.failed_links_since(&tg("9"), at(0)).await.unwrap(), 3);
    assert_eq!(tx.failed_links_since(&tg("9"), at(10)).await.unwrap(), 2);
    assert_eq!(tx.failed_links_since(&tg("9"), at(21)).await.unwrap(), 0);
    assert_eq!(
        tx.failed_links_since(&tg("nobody"), at(0)).await.unwrap(),
        0
    );
}

async fn an_update_is_recorded_once_per_platform_and_forgotten_after_a_week(engine: Engine) {
    let f = Fixture::on(engine).await;
    let mut tx = f.tx().await;
    assert!(tx
        .record_update(Platform::Telegram, "7", at(0))
        .await
        .unwrap());
    assert!(!tx
        .record_update(Platform::Telegram, "7", at(1))
        .await
        .unwrap());
    assert!(tx
        .record_update(Platform::Discord, "7", at(1))
        .await
        .unwrap());
    tx.commit().await.unwrap();

    // Not kept when the transaction is not.
    let mut tx = f.tx().await;
    assert!(tx
        .record_update(Platform::Telegram, "8", at(2))
        .await
        .unwrap());
    drop(tx);
    let mut tx = f.tx().await;
    assert!(tx
        .record_update(Platform::Telegram, "8", at(3))
        .await
        .unwrap());
    tx.commit().await.unwrap();

    let week = 7 * 24 * 60;
    let mut tx = f.tx().await;
    assert!(tx
        .record_update(Platform::Console, "s.1", at(week + 2))
        .await
        .unwrap());
    tx.commit().await.unwrap();
    let kept: Vec<String> = f
        .scalars(
            "SELECT platform || ':' || update_id FROM handled_updates ORDER BY 1",
            &[],
        )
        .await;
    assert_eq!(
        kept,
        ["console:s.1", "telegram:8"],
        "the week-old ones are gone"
    );
}

/// A command line held while an account is asked which school it means is taken once, and
/// only while fresh; holding another replaces it.
async fn a_held_command_is_taken_once_while_fresh(engine: Engine) {
    let f = Fixture::on(engine).await;
    let mut tx = f.tx().await;
    let (pat, sam) = (tg("100"), tg("200"));
    let s = tx.schools();
    s.hold_command(&pat, SchoolId(1), "/cases ", at(0))
        .await
        .unwrap();
    s.hold_command(&pat, SchoolId(1), "/streams ", at(1))
        .await
        .unwrap();
    s.hold_command(&sam, SchoolId(1), "/whoami ", at(1))
        .await
        .unwrap();
    assert_eq!(s.take_command(&pat, at(2)).await.unwrap(), None, "stale");
    assert_eq!(s.take_command(&pat, at(0)).await.unwrap(), None, "taken");
    assert_eq!(
        s.take_command(&sam, at(0)).await.unwrap().as_deref(),
        Some("/whoami ")
    );
    assert_eq!(s.take_command(&sam, at(0)).await.unwrap(), None);
    s.hold_command(&pat, SchoolId(1), "/aup ", at(3))
        .await
        .unwrap();
    assert_eq!(
        s.take_command(&pat, at(3)).await.unwrap().as_deref(),
        Some("/aup ")
    );
}

both_engines!(
    a_held_command_is_taken_once_while_fresh,
    linking_replaces_the_earlier_account_and_moves_a_taken_one,
    link_codes_are_unknown_valid_expired_or_used,
    a_new_code_retires_the_earlier_unused_one,
    the_code_of_a_leaver_no_longer_works,
    failed_attempts_are_counted_per_account_since_a_time,
    an_update_is_recorded_once_per_platform_and_forgotten_after_a_week,
);
