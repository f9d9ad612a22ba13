use super::*;
use crate::core::ids::SchoolId;
use crate::core::people::{Lang, Roles};
use Category::*;

fn p(id: i64, roles: &[Role]) -> Person {
    Person {
        id: PersonId(id),
        school: SchoolId(1),
        external_id: format!("S{id}"),
        name: format!("P{id}"),
        roles: Roles::new(roles.iter().copied()),
        lang: Lang::EnGb,
        groups: vec![],
        active: true,
    }
}

const HEAD: i64 = 1;
const DSL: i64 = 2;
const DEPUTY: i64 = 3;
const ONLINE: i64 = 4;
const IT: i64 = 6;
const ADMIN_DSL: i64 = 7;
const CHAIR: i64 = 10;
const GOV: i64 = 11;
const VICE: i64 = 12;
const PARENT: i64 = 13;
const TA: i64 = 5;

fn school() -> Vec<Person> {
    vec![
        p(HEAD, &[Role::Headteacher, Role::Slt]),
        p(DSL, &[Role::Dsl, Role::Slt, Role::Staff]),
        p(DEPUTY, &[Role::DeputyDsl, Role::Staff]),
        p(ONLINE, &[Role::Staff, Role::OnlineSafetyLead]),
        p(TA, &[Role::Staff]),
        p(IT, &[Role::Staff, Role::ItLead]),
        // A roster admin who gave themselves the DSL role: never on a route.
        p(ADMIN_DSL, &[Role::RosterAdmin, Role::Dsl]),
        p(CHAIR, &[Role::ChairOfGovernors, Role::Governor]),
        p(GOV, &[Role::Governor]),
        p(
            VICE,
            &[Role::ViceChair, Role::SafeguardingGovernor, Role::Governor],
        ),
        p(PARENT, &[Role::Parent]),
    ]
}

fn ids(v: &[i64]) -> Vec<PersonId> {
    v.iter().map(|i| PersonId(*i)).collect()
}

fn leads(r: &Route) -> Vec<Vec<PersonId>> {
    r.levels.iter().map(|l| l.leads.clone()).collect()
}

fn facts<'a>(about: About, cats: &'a [Category], subjects: &'a [PersonId]) -> Facts<'a> {
    Facts {
        about,
        categories: cats,
        conflict: false,
        reporter: PersonId(TA),
        subjects,
    }
}

#[test]
fn a_pupil_concern_goes_to_the_dsl_team_then_head_then_chair() {
    let r = route(&facts(About::Pupil, &[Cyberbullying], &[]), &school());
    assert_eq!(
        leads(&r),
        [
            ids(&[DSL, DEPUTY]),
            ids(&[HEAD]),
            ids(&[CHAIR]),
            ids(&[VICE])
        ]
    );
    assert!(r.levels.iter().all(|l| !l.lado));
    assert_eq!(r.contributors, ids(&[ONLINE]));
    assert_eq!(r.told_at(0), ids(&[DSL, DEPUTY, ONLINE]));
    assert_eq!(r.access(0, PersonId(ONLINE)), Some(Access::Contributor));
    assert_eq!(r.access(0, PersonId(HEAD)), None);
    assert_eq!(r.access(1, PersonId(HEAD)), Some(Access::Lead));
    assert_eq!(r.access(2, PersonId(ADMIN_DSL)), None);
    assert_eq!(r.access(2, PersonId(GOV)), None);
}

#[test]
fn data_incidents_add_the_it_lead_and_other_categories_add_nobody() {
    let r = route(&facts(About::Myself, &[LostDevice], &[]), &school());
    assert_eq!(r.contributors, ids(&[IT]));
    let r = route(&facts(About::Adult, &[Other], &[]), &school());
    assert!(r.contributors.is_empty());
}

#[test]
fn staff_concerns_go_to_the_head_and_never_to_their_subject() {
    let subject = ids(&[DSL]);
    let r = route(&facts(About::Staff, &[Grooming], &subject), &school());
    assert_eq!(leads(&r), [ids(&[HEAD]), ids(&[CHAIR]), ids(&[VICE])]);
    assert!(r.contributors.is_empty(), "no online lead on a staff route");
    assert!(r.levels.iter().all(|l| l.lado));
    assert_eq!(r.access(5, PersonId(DSL)), None);
}

#[test]
fn the_head_and_conflicts_of_interest_go_to_the_chair() {
    let head = ids(&[HEAD]);
    let r = route(&facts(About::Head, &[Other], &head), &school());
    assert_eq!(leads(&r), [ids(&[CHAIR]), ids(&[VICE])]);
    assert!(r.levels[0].lado);
    let mut f = facts(About::Pupil, &[Grooming], &[]);
    f.conflict = true;
    let r = route(&f, &school());
    assert_eq!(leads(&r), [ids(&[CHAIR]), ids(&[VICE])]);
    assert!(r.contributors.is_empty());
    // A conflict on the Head's route goes past the Chair.
    let mut f = facts(About::Head, &[Other], &head);
    f.conflict = true;
    assert_eq!(leads(&route(&f, &school())), [ids(&[VICE])]);
}

#[test]
fn a_route_emptied_by_exclusions_falls_back_to_the_next_people() {
    // The only DSL reports; the deputy is the subject: the head picks it up.
    let mut people = school();
    people.retain(|x| x.id != PersonId(DEPUTY));
    let mut f = facts(About::Pupil, &[Other], &[]);
    f.reporter = PersonId(DSL);
    assert_eq!(
        leads(&route(&f, &people)),
        [ids(&[HEAD]), ids(&[CHAIR]), ids(&[VICE])]
    );

    // The Chair reports about the Head, and the vice-chair is away: the safety net.
    let mut people = school();
    people.retain(|x| x.id != PersonId(VICE));
    let head = ids(&[HEAD]);
    let mut f = facts(About::Head, &[Other], &head);
    f.reporter = PersonId(CHAIR);
    let r = route(&f, &people);
    assert_eq!(leads(&r), [ids(&[DSL, DEPUTY]), ids(&[GOV])]);
    assert!(r.levels[0].lado);
}

#[test]
fn someone_holding_two_roles_is_on_the_route_once() {
    let people = vec![
        p(1, &[Role::Headteacher, Role::Dsl]),
        p(2, &[Role::ChairOfGovernors]),
    ];
    let r = route(&facts(About::Pupil, &[Other], &[]), &people);
    assert_eq!(leads(&r), [ids(&[1]), ids(&[2])]);
}

#[test]
fn a_concern_starts_above_everyone_it_is_about_whatever_the_reporter_picked() {
    let cases: &[(About, &[i64], &[i64], Rung)] = &[
        // A pupil concern that is also about the DSL goes to the Head.
        (About::Pupil, &[DSL], &[HEAD], Rung::Head),
        (About::Adult, &[DEPUTY], &[HEAD], Rung::Head),
        (About::Online, &[ONLINE], &[HEAD], Rung::Head),
        (About::Pupil, &[IT], &[HEAD], Rung::Head),
        // About the Head (also as "another adult"): the Chair.
        (About::Adult, &[HEAD], &[CHAIR], Rung::Chair),
        (About::Staff, &[HEAD], &[CHAIR], Rung::Chair),
        (About::Pupil, &[GOV], &[CHAIR], Rung::Chair),
        // About the Chair, or the Head and the Chair: the vice-chair.
        (About::Adult, &[CHAIR], &[VICE], Rung::Governors),
        (About::Head, &[HEAD, CHAIR], &[VICE], Rung::Governors),
        // A parent or someone not in the directory changes nothing.
        (About::Adult, &[PARENT], &[DSL, DEPUTY], Rung::DslTeam),
        (About::Adult, &[99], &[DSL, DEPUTY], Rung::DslTeam),
    ];
    for (about, subjects, first, rung) in cases {
        let subjects = ids(subjects);
        let f = facts(*about, &[Other], &subjects);
        assert_eq!(start(&f, &school()), *rung, "{about:?} {subjects:?}");
        let r = route(&f, &school());
        assert_eq!(r.levels[0].leads, ids(first), "{about:?} {subjects:?}");
        assert_eq!(r.levels[0].lado, *rung != Rung::DslTeam);
        for s in &subjects {
            assert!(
                (0..5).all(|l| r.access(l, *s).is_none()),
                "{s:?} may open it"
            );
        }
    }
}

#[test]
fn a_head_who_is_also_the_dsl_is_passed_over_to_the_chair() {
    let people = vec![
        p(1, &[Role::Headteacher, Role::Dsl]),
        p(2, &[Role::DeputyDsl]),
        p(3, &[Role::ChairOfGovernors]),
        p(5, &[Role::Staff]),
    ];
    let subject = ids(&[1]);
    let r = route(&facts(About::Pupil, &[Other], &subject), &people);
    assert_eq!(leads(&r), [ids(&[3])]);
}

#[test]
fn leavers_and_parents_are_never_on_a_route() {
    let mut people = school();
    for x in &mut people {
        if x.id == PersonId(DSL) {
            x.active = false;
        }
    }
    people.push(p(20, &[Role::Parent]));
    let r = route(&facts(About::Pupil, &[Other], &[]), &people);
    assert_eq!(r.levels[0].leads, ids(&[DEPUTY]));
}

#[test]
fn the_trust_leads_lead_only_past_the_schools_ladder_and_never_a_case_about_them() {
    const TRUST: i64 = 90;
    const TRUST_SUBJECT: i64 = 91;
    let people = school();
    let subjects = ids(&[TA, TRUST_SUBJECT]);
    let f = facts(About::Staff, &[Cyberbullying], &subjects);
    let r = route(&f, &people).with_trust(&ids(&[TRUST, TRUST_SUBJECT]), &f);
    assert_eq!(r.trust, ids(&[TRUST]));
    let top = r.levels.len() as u32 - 1;
    for level in 0..=top {
        assert_eq!(r.access(level, PersonId(TRUST)), None, "level {level}");
        assert!(!r.leads_up_to(level).contains(&PersonId(TRUST)));
    }
    assert_eq!(r.access(top + 1, PersonId(TRUST)), Some(Access::Lead));
    assert_eq!(r.school_access(top + 1, PersonId(TRUST)), None);
    assert!(r.leads_up_to(top + 1).contains(&PersonId(TRUST)));
    assert_eq!(r.access(top + 1, PersonId(TRUST_SUBJECT)), None);
}
