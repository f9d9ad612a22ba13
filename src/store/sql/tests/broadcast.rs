use super::*;
use crate::core::broadcast::audience::Audience;
use crate::core::broadcast::content::{Content, Template};
use crate::core::broadcast::store::{
    BroadcastId, CampaignPart, NewBroadcast, QueueCounts, SidCampaign, Status,
};
use chrono::NaiveDate;

fn spec(by: PersonId, minute: i64, campaign: Option<CampaignPart>) -> NewBroadcast {
    NewBroadcast {
        created_by: by,
        audience: Audience {
            parents: true,
            classes: vec!["Year 3".into()],
            ..Default::default()
        },
        content: Content::Template {
            template: Template::Workshop,
            details: Some("Thursday 6pm, hall".into()),
        },
        essential: true,
        send_at: at(minute),
        campaign,
    }
}

async fn broadcasts_round_trip_through_their_states(engine: Engine) {
    let f = Fixture::on(engine).await;
    let me = f.parents(&[parent("P1", "Pat")]).await[0];
    let school = SchoolId(1);
    let mut tx = f.tx().await;
    let part = CampaignPart {
        year: 2027,
        part: "parents-2".into(),
    };
    let a = tx
        .broadcasts()
        .insert_broadcast(school, &spec(me, 10, None), Status::Draft, at(0))
        .await
        .unwrap();
    let b = tx
        .broadcasts()
        .insert_broadcast(
            school,
            &spec(me, 5, Some(part.clone())),
            Status::Scheduled,
            at(0),
        )
        .await
        .unwrap();
    let got = tx.broadcasts().broadcast(school, a).await.unwrap().unwrap();
    assert_eq!(got.spec, spec(me, 10, None));
    assert_eq!(
        (got.status, got.counts, got.reported),
        (Status::Draft, None, false)
    );
    assert!(tx
        .broadcasts()
        .broadcast(SchoolId(2), a)
        .await
        .unwrap()
        .is_none());
    assert!(tx
        .broadcasts()
        .broadcast(school, BroadcastId(99))
        .await
        .unwrap()
        .is_none());

    assert!(tx
        .broadcasts()
        .broadcasts_due(school, at(4))
        .await
        .unwrap()
        .is_empty());
    let due = tx.broadcasts().broadcasts_due(school, at(5)).await.unwrap();
    assert_eq!(due.len(), 1, "drafts are never due");
    assert_eq!(due[0].spec.campaign, Some(part));
    let recent: Vec<BroadcastId> = tx
        .broadcasts()
        .recent_broadcasts(school, 5)
        .await
        .unwrap()
        .iter()
        .map(|b| b.id)
        .collect();
    assert_eq!(recent, [b]);

    let counts = QueueCounts {
        queued: 7,
        not_linked: 1,
        opted_out: 2,
        held: 3,
    };
    tx.broadcasts()
        .mark_broadcast_queued(b, &counts, at(5))
        .await
        .unwrap();
    assert!(tx
        .broadcasts()
        .broadcasts_due(school, at(6))
        .await
        .unwrap()
        .is_empty());
    let unreported = tx.broadcasts().broadcasts_unreported(school).await.unwrap();
    assert_eq!(unreported[0].counts, Some(counts));
    assert_eq!(unreported[0].status, Status::Queued);
    tx.broadcasts()
        .mark_broadcast_reported(b, at(7))
        .await
        .unwrap();
    assert!(tx
        .broadcasts()
        .broadcasts_unreported(school)
        .await
        .unwrap()
        .is_empty());
    tx.broadcasts()
        .set_broadcast_status(a, Status::Cancelled, at(8))
        .await
        .unwrap();
    assert!(tx
        .broadcasts()
        .set_broadcast_status(BroadcastId(99), Status::Cancelled, at(8))
        .await
        .is_err());
    assert_eq!(
        tx.broadcasts()
            .campaign_broadcasts(school, 2027)
            .await
            .unwrap()
            .len(),
        1
    );
    assert!(tx
        .broadcasts()
        .campaign_broadcasts(school, 2028)
        .await
        .unwrap()
        .is_empty());
}

async fn opt_outs_and_campaigns_are_kept(engine: Engine) {
    let f = Fixture::on(engine).await;
    let ids = f.parents(&[parent("P1", "Pat"), parent("P2", "Sam")]).await;
    let school = SchoolId(1);
    let mut tx = f.tx().await;
    tx.broadcasts()
        .set_opted_out(school, ids[0], true, at(0))
        .await
        .unwrap();
    tx.broadcasts()
        .set_opted_out(school, ids[0], true, at(1))
        .await
        .unwrap();
    tx.broadcasts()
        .set_opted_out(school, ids[1], true, at(1))
        .await
        .unwrap();
    tx.broadcasts()
        .set_opted_out(school, ids[1], false, at(2))
        .await
        .unwrap();
    assert_eq!(tx.broadcasts().opted_out(school).await.unwrap(), [ids[0]]);

    assert!(tx
        .broadcasts()
        .sid_campaign(school, 2027)
        .await
        .unwrap()
        .is_none());
    let mut c = SidCampaign::new(2027);
    c.day = NaiveDate::from_ymd_opt(2027, 2, 16);
    c.theme = Some("Together for a better internet".into());
    c.asked_at = Some(at(3));
    tx.broadcasts().save_sid_campaign(school, &c).await.unwrap();
    c.confirmed_at = Some(at(4));
    c.confirmed_by = Some(ids[0]);
    tx.broadcasts().save_sid_campaign(school, &c).await.unwrap();
    assert_eq!(
        tx.broadcasts().sid_campaign(school, 2027).await.unwrap(),
        Some(c)
    );
}

both_engines!(
    broadcasts_round_trip_through_their_states,
    opt_outs_and_campaigns_are_kept,
);
