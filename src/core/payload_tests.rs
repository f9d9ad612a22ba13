use super::*;
use crate::core::concern::types::Status;
use crate::core::ids::SchoolId;
use crate::core::message::Choice;
use proptest::prelude::*;

fn reference() -> impl Strategy<Value = ConcernRef> {
    (2000i32..=9999, 1u32..=999_999).prop_map(|(y, n)| ConcernRef::new(y, n).unwrap())
}

fn case_action() -> impl Strategy<Value = CaseAction> {
    let status = prop::option::of(prop::sample::select(Status::ALL.to_vec()));
    prop_oneof![
        Just(CaseAction::View),
        Just(CaseAction::Ack),
        Just(CaseAction::Note),
        Just(CaseAction::Review),
        status.prop_map(CaseAction::Status),
        Just(CaseAction::Close),
        Just(CaseAction::Reopen),
        prop::option::of(any::<bool>()).prop_map(CaseAction::Hold),
    ]
}

/// Every payload Haven can put under a button.
fn payload() -> impl Strategy<Value = Payload> {
    let id = 1i64..=i64::MAX;
    prop_oneof![
        prop::sample::select(Lang::ALL.to_vec()).prop_map(Payload::Language),
        (any::<i64>(), any::<bool>()).prop_map(|(request, yes)| Payload::Role { request, yes }),
        (any::<i64>(), any::<bool>()).prop_map(|(pending, yes)| Payload::Relink { pending, yes }),
        (reference(), case_action())
            .prop_map(|(reference, action)| Payload::Case(CaseButton::Act { reference, action })),
        prop::option::of(reference()).prop_map(|r| Payload::Case(CaseButton::Add(r))),
        (0..3u8, id.clone()).prop_map(|(k, n)| Payload::Stream(match k {
            0 => StreamButton::Approve(StreamId(n)),
            1 => StreamButton::Decline(StreamId(n)),
            _ => StreamButton::SendAgain(StreamId(n)),
        })),
        (prop::sample::select(AupAction::ALL.to_vec()), id.clone()).prop_map(|(action, n)| {
            Payload::Aup {
                action,
                version: VersionId(n),
            }
        }),
        (id, 1i64..=i64::MAX).prop_map(|(v, question)| Payload::AupReply {
            version: VersionId(v),
            question,
        }),
        (0..2u8, any::<i64>()).prop_map(|(k, n)| Payload::Broadcast(match k {
            0 => BroadcastButton::Send(BroadcastId(n)),
            _ => BroadcastButton::Drop(BroadcastId(n)),
        })),
        any::<i32>().prop_map(|y| Payload::Broadcast(BroadcastButton::ConfirmSid(y))),
        (1i64..=i64::MAX).prop_map(|n| Payload::School(SchoolId(n))),
        ("[A-Za-z0-9]{8}", 0usize..100, "[a-z0-9_~.]{0,40}")
            .prop_map(|(nonce, step, value)| Payload::Form { nonce, step, value }),
    ]
}

proptest! {
    #[test]
    fn decoding_any_text_never_panics(s in any::<String>()) {
        let p = Payload::decode(&s);
        // What it reads as, it reads as again.
        if !matches!(p, Payload::Unknown | Payload::Invalid(_)) {
            prop_assert_eq!(Payload::decode(&p.encode()), p);
        }
    }

    #[test]
    fn decoding_text_that_looks_like_a_payload_never_panics(
        prefix in prop::sample::select(vec!["lang.", "role.", "link.", "c.", "s.", "a.", "a.re.", "b.", "f.", "c.add.", "b.sid.", "f.x.", "sch."]),
        rest in "[a-zA-Z0-9.~#+ -]{0,30}",
    ) {
        let _ = Payload::decode(&format!("{prefix}{rest}"));
    }

    #[test]
    fn every_payload_round_trips_and_fits_telegram_and_discord(p in payload()) {
        let wire = p.encode();
        prop_assert!(wire.len() <= Choice::MAX_PAYLOAD, "{} is {} bytes", wire, wire.len());
        prop_assert!(wire.len() <= 64 && wire.chars().count() <= 100);
        prop_assert_eq!(Payload::decode(&wire), p);
    }
}

#[test]
fn the_wire_strings_are_those_already_in_chats() {
    let r = ConcernRef::parse("C-2026-0042").unwrap();
    let act = |action| {
        Payload::Case(CaseButton::Act {
            reference: r,
            action,
        })
    };
    let cases: Vec<(Payload, &str)> = vec![
        (Payload::Language(Lang::Cy), "lang.cy"),
        (
            Payload::Role {
                request: 7,
                yes: true,
            },
            "role.ok.7",
        ),
        (
            Payload::Role {
                request: 7,
                yes: false,
            },
            "role.no.7",
        ),
        (
            Payload::Relink {
                pending: 3,
                yes: true,
            },
            "link.ok.3",
        ),
        (
            Payload::Relink {
                pending: 3,
                yes: false,
            },
            "link.no.3",
        ),
        (act(CaseAction::View), "c.open.C-2026-0042"),
        (act(CaseAction::Ack), "c.ack.C-2026-0042"),
        (act(CaseAction::Note), "c.note.C-2026-0042"),
        (act(CaseAction::Review), "c.review.C-2026-0042"),
        (act(CaseAction::Status(None)), "c.status.C-2026-0042"),
        (
            act(CaseAction::Status(Some(Status::Referred))),
            "c.st.C-2026-0042.referred",
        ),
        (act(CaseAction::Close), "c.close.C-2026-0042"),
        (act(CaseAction::Hold(Some(true))), "c.hold.C-2026-0042.on"),
        (act(CaseAction::Hold(Some(false))), "c.hold.C-2026-0042.off"),
        (Payload::Case(CaseButton::Add(Some(r))), "c.add.C-2026-0042"),
        (
            Payload::Stream(StreamButton::Approve(StreamId(5))),
            "s.ap.5",
        ),
        (
            Payload::Stream(StreamButton::Decline(StreamId(5))),
            "s.dc.5",
        ),
        (
            Payload::Stream(StreamButton::SendAgain(StreamId(5))),
            "s.g.5",
        ),
        (
            Payload::Aup {
                action: AupAction::Agree,
                version: VersionId(42),
            },
            "a.y.42",
        ),
        (
            Payload::AupReply {
                version: VersionId(42),
                question: 7,
            },
            "a.re.42.7",
        ),
        (
            Payload::Broadcast(BroadcastButton::Send(BroadcastId(9))),
            "b.send.9",
        ),
        (
            Payload::Broadcast(BroadcastButton::Drop(BroadcastId(9))),
            "b.drop.9",
        ),
        (
            Payload::Broadcast(BroadcastButton::ConfirmSid(2027)),
            "b.sid.2027",
        ),
        (
            Payload::Form {
                nonce: "Ab3dE6gH".into(),
                step: 12,
                value: "~submit".into(),
            },
            "f.Ab3dE6gH.12.~submit",
        ),
    ];
    for (p, wire) in cases {
        assert_eq!(p.encode(), wire);
        assert_eq!(Payload::decode(wire), p, "{wire}");
    }
}

#[test]
fn older_spellings_still_read() {
    let r = ConcernRef::parse("C-2026-0042").unwrap();
    let act = |action| {
        Payload::Case(CaseButton::Act {
            reference: r,
            action,
        })
    };
    assert_eq!(Payload::decode("c.view.C-2026-0042"), act(CaseAction::View));
    assert_eq!(
        Payload::decode("c.status.C-2026-0042.monitoring"),
        act(CaseAction::Status(Some(Status::Monitoring)))
    );
    assert_eq!(
        Payload::decode("c.st.C-2026-0042.nonsense"),
        act(CaseAction::Status(None))
    );
    assert_eq!(
        Payload::decode("c.add.nonsense"),
        Payload::Case(CaseButton::Add(None))
    );
}

#[test]
fn forgeries_are_invalid_for_their_feature() {
    for (wire, feature) in [
        ("lang.xx", Feature::Language),
        ("role.maybe.4", Feature::Role),
        ("role.ok.x", Feature::Role),
        ("link.ok", Feature::Relink),
        ("c.ack.C-2026", Feature::Case),
        ("c.delete.C-2026-0001", Feature::Case),
        ("c.add", Feature::Case),
        ("s.ap.0", Feature::Stream),
        ("s.zz.4", Feature::Stream),
        ("a.y.-1", Feature::Aup),
        ("a.yy.4", Feature::Aup),
        ("a.r.4.5", Feature::Aup),
        ("a.re.4", Feature::Aup),
        ("a.re.4.0", Feature::Aup),
        ("a.re.x.5", Feature::Aup),
        ("b.sid.99999999999", Feature::Broadcast),
        ("b.shout.4", Feature::Broadcast),
    ] {
        assert_eq!(Payload::decode(wire), Payload::Invalid(feature), "{wire}");
        assert_eq!(
            Payload::decode(&Payload::Invalid(feature).encode()),
            Payload::Invalid(feature)
        );
    }
    for wire in ["", "x", "f.", "f.Ab3dE6gH", "f.Ab3dE6gH.x.v", "zzz.ok.1"] {
        assert_eq!(Payload::decode(wire), Payload::Unknown, "{wire}");
    }
}
