use super::*;
use crate::core::desk::store::{LinkRow, SessionRow};

async fn desk_links_are_used_once_and_sessions_end(engine: Engine) {
    let f = Fixture::on(engine).await;
    let people = f.parents(&[parent("P1", "Pat"), parent("P2", "Sam")]).await;
    let (pat, sam) = (people[0], people[1]);
    let school = SchoolId(1);
    let link = LinkRow {
        school,
        person: pat,
        expires_at: at(5),
        used_at: None,
    };
    let mut tx = f.tx().await;
    tx.desk().add_link("h1", &link, at(0)).await.unwrap();
    let later = LinkRow {
        expires_at: at(35),
        ..link.clone()
    };
    tx.desk().add_link("h2", &later, at(30)).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = f.tx().await;
    let d = tx.desk();
    assert_eq!(d.link("h1").await.unwrap(), Some(link.clone()));
    assert_eq!(d.link("nope").await.unwrap(), None);
    assert_eq!(d.links_since(school, pat, at(-60)).await.unwrap(), 2);
    assert_eq!(d.links_since(school, pat, at(10)).await.unwrap(), 1);
    assert_eq!(d.links_since(school, sam, at(-60)).await.unwrap(), 0);
    assert_eq!(d.links_since(SchoolId(2), pat, at(-60)).await.unwrap(), 0);
    assert!(d.use_link("h1", at(1)).await.unwrap());
    assert!(!d.use_link("h1", at(2)).await.unwrap(), "once only");
    assert_eq!(d.link("h1").await.unwrap().unwrap().used_at, Some(at(1)));

    let session = SessionRow {
        school,
        person: pat,
        fingerprint: "fp".into(),
        created_at: at(1),
        last_seen: at(1),
        ended_at: None,
        confirm_hash: None,
        confirmed_at: None,
    };
    d.add_session("s1", &session).await.unwrap();
    d.touch_session("s1", at(3)).await.unwrap();
    let read = d.session("s1").await.unwrap().unwrap();
    assert_eq!(read.last_seen, at(3));
    assert_eq!(read.fingerprint, "fp");
    d.end_session("s1", at(4)).await.unwrap();
    d.end_session("s1", at(9)).await.unwrap();
    assert_eq!(
        d.session("s1").await.unwrap().unwrap().ended_at,
        Some(at(4))
    );
    assert_eq!(d.session("s2").await.unwrap(), None);

    // A session waiting to be confirmed: only its person's answer, once, settles it.
    let waiting = SessionRow {
        confirm_hash: Some("c3".into()),
        ..session.clone()
    };
    d.add_session("s3", &waiting).await.unwrap();
    d.add_session(
        "s4",
        &SessionRow {
            confirm_hash: Some("c4".into()),
            ..session.clone()
        },
    )
    .await
    .unwrap();
    assert_eq!(d.session("s3").await.unwrap().unwrap(), waiting);
    let by_sam = d.answer_confirmation("c3", sam, true, at(2)).await;
    assert_eq!(by_sam.unwrap(), None, "another person's answer");
    assert_eq!(
        d.answer_confirmation("c3", pat, true, at(2)).await.unwrap(),
        Some(school)
    );
    assert_eq!(
        d.answer_confirmation("c3", pat, false, at(3))
            .await
            .unwrap(),
        None,
        "once"
    );
    assert_eq!(
        d.session("s3").await.unwrap().unwrap().confirmed_at,
        Some(at(2))
    );
    assert_eq!(
        d.answer_confirmation("c4", pat, false, at(2))
            .await
            .unwrap(),
        Some(school)
    );
    assert_eq!(
        d.session("s4").await.unwrap().unwrap().ended_at,
        Some(at(2))
    );
    assert_eq!(d.session("s4").await.unwrap().unwrap().confirmed_at, None);
    tx.commit().await.unwrap();

    let mut tx = f.tx().await;
    assert_eq!(
        tx.desk().purge_desk(at(20)).await.unwrap(),
        4,
        "h1, and the sessions last seen before"
    );
    assert!(tx.desk().link("h2").await.unwrap().is_some());
    tx.commit().await.unwrap();
}

both_engines!(desk_links_are_used_once_and_sessions_end,);
