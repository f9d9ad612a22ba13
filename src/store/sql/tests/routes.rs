use super::*;
use crate::core::ids::SchoolId;
use crate::core::routes::ConversationRef;
use crate::core::store::Address;
use chrono::{TimeZone, Utc};

fn reference(address: Address, conversation: Option<&str>) -> ConversationRef {
    ConversationRef {
        address,
        service_url: "https://smba.trafficmanager.net/uk/".into(),
        conversation: conversation.map(str::to_string),
        tenant: Some("tenant-1".into()),
        directory_id: Some("aad-1".into()),
        removed: false,
    }
}

async fn conversation_references_are_kept_per_school_and_replaced(engine: Engine) {
    let f = Fixture::on(engine).await;
    let now = Utc.with_ymd_and_hms(2026, 11, 17, 10, 0, 0).unwrap();
    let person = Address::Private("29:alice".into());
    let group = Address::Group("29:alice".into());
    let school = SchoolId(1);
    let mut tx = f.tx().await;
    assert_eq!(
        tx.routes().conversation_ref(school, &person).await.unwrap(),
        None
    );
    let seen_in_group = reference(person.clone(), None);
    tx.routes()
        .save_conversation_ref(school, &seen_in_group, now)
        .await
        .unwrap();
    tx.routes()
        .save_conversation_ref(school, &reference(group.clone(), Some("19:g")), now)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let mut tx = f.tx().await;
    assert_eq!(
        tx.routes().conversation_ref(school, &person).await.unwrap(),
        Some(seen_in_group)
    );
    assert_eq!(
        tx.routes()
            .conversation_ref(SchoolId(2), &person)
            .await
            .unwrap(),
        None,
        "another school's"
    );
    let mut opened = reference(person.clone(), Some("a:1"));
    opened.removed = true;
    tx.routes()
        .save_conversation_ref(school, &opened, now)
        .await
        .unwrap();
    assert_eq!(
        tx.routes().conversation_ref(school, &person).await.unwrap(),
        Some(opened)
    );
    assert_eq!(
        tx.routes()
            .conversation_ref(school, &group)
            .await
            .unwrap()
            .and_then(|r| r.conversation),
        Some("19:g".into()),
        "a group and an account with the same id are apart"
    );
}

both_engines!(conversation_references_are_kept_per_school_and_replaced,);
