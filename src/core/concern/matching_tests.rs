use super::*;
use crate::core::ids::SchoolId;
use crate::core::people::{Lang, Roles};

/// The demo school's directory, plus a parent and a leaver who must never match.
fn school() -> Vec<Person> {
    let p = |id, name: &str, roles: &[Role], active| Person {
        id: PersonId(id),
        school: SchoolId(1),
        external_id: format!("S{id}"),
        name: name.into(),
        roles: Roles::new(roles.iter().copied()),
        lang: Lang::EnGb,
        groups: vec![],
        active,
    };
    use Role::*;
    vec![
        p(1, "Margaret Thornbury", &[Headteacher, Slt], true),
        p(2, "Daniel Okafor", &[Dsl, Slt, Staff], true),
        p(3, "Priya Castellane", &[DeputyDsl, Staff], true),
        p(4, "Tomasz Wiśniewski", &[Staff, OnlineSafetyLead], true),
        p(5, "Rhian Prydderch", &[Staff, StreamOrganiser], true),
        p(6, "Owen Hartley", &[Staff, ItLead], true),
        p(7, "Beverley Ashdown", &[RosterAdmin, Staff], true),
        p(8, "Josie Quennell", &[Volunteer], true),
        p(9, "Arthur Delacourt", &[Visitor], true),
        p(10, "Hilary Penrose", &[ChairOfGovernors, Governor], true),
        p(
            11,
            "Marcus Fenwick-Lowe",
            &[ViceChair, SafeguardingGovernor, Governor],
            true,
        ),
        p(12, "Siobhan O’Neill", &[Staff], true),
        p(20, "Emma Okafor", &[Parent], true),
        p(21, "Paul Castellane", &[Staff], false),
    ]
}

fn why(text: &str, id: i64) -> Option<Why> {
    matches(&[text], &school())
        .into_iter()
        .find(|m| m.person == PersonId(id))
        .map(|m| m.why)
}

fn ids(text: &str) -> Vec<i64> {
    candidates(&[text], &school()).iter().map(|p| p.0).collect()
}

#[test]
fn each_route_role_holder_is_found_however_they_are_written() {
    use Why::*;
    let rows: &[(&str, i64, Why)] = &[
        ("Margaret Thornbury", 1, FullName),
        ("MARGARET THORNBURY", 1, FullName),
        ("Mrs Thornbury", 1, Surname),
        ("Mrs. Thornbury's class", 1, Surname),
        ("Mrs Thornbery", 1, Misspelt),
        (
            "I saw Mrs Thornbery shouting at a Year 4 pupil",
            1,
            Misspelt,
        ),
        ("M Thornbery", 1, Initials),
        ("MT", 1, Initials),
        ("Margaret", 1, FirstName),
        ("the head", 1, RoleWord(Role::Headteacher)),
        ("Head", 1, RoleWord(Role::Headteacher)),
        ("I told our head about it", 1, RoleWord(Role::Headteacher)),
        ("the headteacher's office", 1, RoleWord(Role::Headteacher)),
        ("the head teacher", 1, RoleWord(Role::Headteacher)),
        ("the headmistress", 1, RoleWord(Role::Headteacher)),
        ("the principal", 1, RoleWord(Role::Headteacher)),
        ("it was the head of school", 1, RoleWord(Role::Headteacher)),
        ("Daniel Okafor", 2, FullName),
        ("Mr Okafor", 2, Surname),
        ("Mr D Okafor", 2, Surname),
        ("D. Okafor", 2, Surname),
        ("Okafur", 2, Misspelt),
        ("Mr D Okafur", 2, Initials),
        ("DO", 2, Initials),
        ("D.O.", 2, Initials),
        ("D.O", 2, Initials),
        ("I think DO was there", 2, Initials),
        ("the DSL", 2, RoleWord(Role::Dsl)),
        ("the designated safeguarding lead", 2, RoleWord(Role::Dsl)),
        ("our child protection lead", 2, RoleWord(Role::Dsl)),
        (
            "Mr Okafur took the phone off a boy in the lunch hall",
            2,
            Misspelt,
        ),
        ("Priya Castellane", 3, FullName),
        ("Miss Castellane", 3, Surname),
        ("Ms Castelane", 3, Misspelt),
        ("PC", 3, Initials),
        ("the deputy DSL", 3, RoleWord(Role::DeputyDsl)),
        ("the deputy safeguarding lead", 3, RoleWord(Role::DeputyDsl)),
        ("the deputy", 3, RoleWord(Role::DeputyDsl)),
        ("Tomasz Wiśniewski", 4, FullName),
        ("TOMASZ WISNIEWSKI", 4, FullName),
        ("Mr Wisniewski", 4, Surname),
        ("Mr Wiśnewski", 4, Misspelt),
        ("TW", 4, Initials),
        (
            "the online safety lead",
            4,
            RoleWord(Role::OnlineSafetyLead),
        ),
        (
            "the e-safety coordinator",
            4,
            RoleWord(Role::OnlineSafetyLead),
        ),
        ("esafety co-ordinator", 4, RoleWord(Role::OnlineSafetyLead)),
        ("Rhian Prydderch", 5, FullName),
        ("Mrs Pryderch", 5, Misspelt),
        ("Owen Hartley", 6, FullName),
        ("Mr Hartly", 6, Misspelt),
        ("the IT technician", 6, RoleWord(Role::ItLead)),
        ("the IT guy", 6, RoleWord(Role::ItLead)),
        ("the network manager", 6, RoleWord(Role::ItLead)),
        ("Mrs Ashdown", 7, Surname),
        ("the office", 7, RoleWord(Role::RosterAdmin)),
        ("Josie", 8, FirstName),
        ("Mr Delacourt", 9, Surname),
        ("Hilary Penrose", 10, FullName),
        ("Mrs Penrose", 10, Surname),
        ("Mrs Penrise", 10, Misspelt),
        ("HP", 10, Initials),
        ("the chair", 10, RoleWord(Role::ChairOfGovernors)),
        (
            "the chair of governors",
            10,
            RoleWord(Role::ChairOfGovernors),
        ),
        ("chairwoman", 10, RoleWord(Role::ChairOfGovernors)),
        ("Marcus Fenwick-Lowe", 11, FullName),
        ("Marcus Lowe", 11, FullName),
        ("Mr Fenwick-Lowe", 11, Surname),
        ("Mr Fenwick Lowe", 11, Surname),
        ("Mr Lowe", 11, Surname),
        ("Fenwicklowe", 11, Surname),
        ("Mr Fenwik", 11, Misspelt),
        ("MFL", 11, Initials),
        ("M.L.", 11, Initials),
        ("the vice-chair", 11, RoleWord(Role::ViceChair)),
        (
            "the safeguarding governor",
            11,
            RoleWord(Role::SafeguardingGovernor),
        ),
        (
            "our link governor",
            11,
            RoleWord(Role::SafeguardingGovernor),
        ),
        ("Mrs O'Neill", 12, Surname),
        ("Mrs O’Neill", 12, Surname),
        ("Mrs ONeill", 12, Surname),
        ("Mrs O Neill", 12, Surname),
    ];
    for (text, id, want) in rows {
        assert_eq!(why(text, *id), Some(*want), "{text:?} should name {id}");
    }
}

#[test]
fn role_words_name_exactly_their_holders() {
    let rows: &[(&str, &[i64])] = &[
        ("the head", &[1]),
        ("the DSL", &[2]),
        ("the deputy DSL", &[3]),
        ("the safeguarding team", &[2, 3]),
        ("the DSL team", &[2, 3]),
        ("the deputy head", &[1, 2]),
        ("an assistant head", &[1, 2]),
        ("the chair of governors", &[10]),
        ("the vice chair", &[11]),
        ("the vice-chair of the governing body", &[11]),
        ("the governors", &[10, 11]),
        ("a governor", &[10, 11]),
        ("the IT person", &[6]),
        ("it support", &[6]),
        ("the technician", &[6]),
        ("the online safety coordinator", &[4]),
        ("the office manager", &[7]),
    ];
    for (text, want) in rows {
        assert_eq!(ids(text), *want, "{text:?}");
    }
}

#[test]
fn ordinary_sentences_name_nobody() {
    for text in [
        "I do not know who it was; he said he would do it again",
        "a head injury in PE",
        "the wheelchair ramp",
        "she sat on a chair",
        "it was the new supply teacher",
        "Grace Hopper, Year 4",
        "I love the open oven, even when lower",
        "do not do it",
        "",
        "Mr",
    ] {
        assert_eq!(ids(text), Vec::<i64>::new(), "{text:?}");
    }
}

#[test]
fn parents_and_leavers_never_match() {
    assert_eq!(
        ids("Emma Okafor"),
        [2],
        "the parent's surname names the DSL only"
    );
    assert_eq!(ids("Emma"), Vec::<i64>::new());
    assert_eq!(ids("Paul Castellane"), [3], "the leaver never matches");
    assert_eq!(ids("Paul"), Vec::<i64>::new());
}

#[test]
fn every_staff_name_matches_in_every_common_form() {
    let people = school();
    for p in people
        .iter()
        .filter(|p| p.active && p.roles.is_school_side())
    {
        let surname = p.name.rsplit(' ').next().unwrap();
        let first = p.name.split(' ').next().unwrap();
        for text in [
            p.name.clone(),
            p.name.to_lowercase(),
            p.name.to_uppercase(),
            deunicode::deunicode(&p.name),
            format!("Mr {surname}"),
            format!("Mrs. {surname}"),
            format!("Dr {first} {surname}"),
            format!("I think it was {first}, in the hall after lunch"),
            format!("Yesterday {} was on the gate", p.name),
        ] {
            assert!(
                candidates(&[&text], &people).contains(&p.id),
                "{text:?} should name {}",
                p.name
            );
        }
    }
}

#[test]
fn several_texts_give_one_entry_per_person_with_the_strongest_reason() {
    let people = school();
    let got = matches(&["the DSL", "Okafur", "Daniel Okafor", "the head"], &people);
    assert_eq!(
        got,
        [
            Match {
                person: PersonId(1),
                why: Why::RoleWord(Role::Headteacher)
            },
            Match {
                person: PersonId(2),
                why: Why::FullName
            },
        ]
    );
    assert_eq!(
        candidates(&["Mrs Penrose", "Mr Hartley"], &people),
        [PersonId(6), PersonId(10)]
    );
}

#[test]
fn an_ambiguous_name_names_everyone_it_could_mean() {
    let mut people = school();
    people.push(Person {
        id: PersonId(30),
        name: "Daniel Hughes".into(),
        ..people[1].clone()
    });
    assert_eq!(
        candidates(&["Daniel from Year 3"], &people),
        [PersonId(2), PersonId(30)]
    );
}
