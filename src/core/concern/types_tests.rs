//! Unit tests of the concern vocabularies.

use super::*;

#[test]
fn codes_round_trip_and_fit_in_a_button() {
    for c in Category::ALL {
        assert_eq!(Category::parse(c.as_str()), Some(*c));
        assert!(c.as_str().len() <= 12);
    }
    for s in Status::ALL {
        assert_eq!(Status::parse(s.as_str()), Some(*s));
    }
    assert_eq!(About::parse("self"), Some(About::Myself));
    assert_eq!(About::parse("admin"), None);
}

#[test]
fn categories_fall_into_the_four_cs_and_data() {
    assert_eq!(Category::Grooming.group(), Group::Contact);
    assert_eq!(Category::NudeImages.group(), Group::Conduct);
    assert_eq!(Category::Scam.group(), Group::Commerce);
    assert_eq!(Category::LostDevice.group(), Group::DataSecurity);
    assert_eq!(Category::Other.group(), Group::Other);
    assert!(Category::Extremist.is_online());
    assert!(!Category::DataMisdirected.is_online());
    assert_eq!(
        groups_of(&[Category::Scam, Category::Grooming, Category::RequestToMeet]),
        [Group::Contact, Group::Commerce]
    );
}

#[test]
fn allegations_about_adults_are_their_own_group_and_not_online() {
    use Category::*;
    for c in [ProfessionalBoundaries, LowLevelAdult] {
        assert_eq!(c.group(), Group::Adults);
        assert!(!c.is_online());
    }
    assert_eq!(Group::Adults.label(), "concern-group-adults");
    assert_eq!(Coercion.group(), Group::Contact);
    assert!(Coercion.is_online());
    assert_eq!(
        groups_of(&[LowLevelAdult, Grooming, ProfessionalBoundaries]),
        [Group::Contact, Group::Adults]
    );
}

#[test]
fn urgent_advice_follows_policy_002() {
    use Category::*;
    for about in About::ALL.iter().copied() {
        for c in [Grooming, RequestToMeet, Coercion] {
            assert!(urgent_advised(&[Scam, c], about), "{c:?} about {about:?}");
        }
        let adult = !matches!(about, About::Pupil | About::Myself);
        assert_eq!(urgent_advised(&[NudeImages], about), adult, "{about:?}");
        for c in [Cyberbullying, ProfessionalBoundaries, LowLevelAdult, Other] {
            assert!(!urgent_advised(&[c], about), "{c:?} about {about:?}");
        }
    }
    assert!(!urgent_advised(&[], About::Staff));
}

#[test]
fn review_questions_are_stored_by_code() {
    for q in ReviewQuestion::ALL {
        let json = serde_json::to_string(q).unwrap();
        assert_eq!(json, format!("\"{}\"", q.as_str()));
        assert_eq!(serde_json::from_str::<ReviewQuestion>(&json).unwrap(), *q);
    }
    assert!(serde_json::from_str::<ReviewQuestion>("\"shoe\"").is_err());
    let criteria: Vec<_> = ReviewQuestion::ALL
        .iter()
        .filter(|q| q.is_criterion())
        .collect();
    assert_eq!(criteria.len(), 4, "policy 002 lists four");
}

#[test]
fn record_types_follow_who_and_what() {
    use Category::*;
    assert_eq!(
        RecordType::of(About::Pupil, &[LostDevice, DataMisdirected]),
        RecordType::DataSecurity
    );
    assert_eq!(
        RecordType::of(About::Pupil, &[LostDevice, Grooming]),
        RecordType::Safeguarding
    );
    assert_eq!(
        RecordType::of(About::Head, &[LostDevice]),
        RecordType::StaffAllegation
    );
    assert_eq!(
        RecordType::of(About::Myself, &[Other]),
        RecordType::LowLevel
    );
    for about in [About::Pupil, About::Adult, About::Online, About::Staff] {
        for c in [ProfessionalBoundaries, LowLevelAdult] {
            assert_eq!(
                RecordType::of(about, &[LostDevice, c]),
                RecordType::StaffAllegation,
                "{c:?} about {about:?}"
            );
        }
    }
    assert_eq!(
        RecordType::of(About::Myself, &[LowLevelAdult]),
        RecordType::LowLevel
    );
}
