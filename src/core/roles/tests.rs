use super::*;
use crate::core::people::Lang;

fn person(roles: &str, active: bool) -> Person {
    Person {
        id: PersonId(7),
        school: SchoolId(1),
        external_id: "S7".into(),
        name: "Sam".into(),
        roles: Roles::parse_list(roles).unwrap(),
        lang: Lang::EnGb,
        groups: vec![],
        active,
    }
}

fn row(roles: &str) -> PersonRecord {
    PersonRecord {
        external_id: "S7".into(),
        name: "Sam".into(),
        roles: Roles::parse_list(roles).unwrap(),
        lang: Lang::EnGb,
        groups: vec![],
    }
}

/// For every safeguarding role and every starting point, a role not already held is never
/// stored by an import, and one already held is kept while the file still gives it.
#[test]
fn an_import_never_stores_a_safeguarding_role_that_was_not_held() {
    for role in Role::SAFEGUARDING {
        for before in [
            None,
            Some(person("staff", true)),
            Some(person(role.as_str(), false)),
        ] {
            for extra in ["", ";staff", ";roster_admin"] {
                let r = row(&format!("{role}{extra}"));
                let p = plan(before.as_ref(), &r, false);
                assert!(!p.roles.has(role), "{role} {before:?}");
                assert_eq!(p.grants, [role]);
                assert!(p.roles.is_school_side(), "staff without it");
            }
        }
        let held = person(&format!("{role};staff"), true);
        let kept = plan(Some(&held), &row(&format!("{role};staff")), false);
        assert!(kept.roles.has(role) && kept.grants.is_empty() && kept.removed.is_empty());
        let lost = plan(Some(&held), &row("staff"), false);
        assert!(!lost.roles.has(role));
        assert_eq!(lost.removed, [role]);
    }
}

#[test]
fn other_roles_take_effect_at_once_and_the_bootstrap_takes_everything() {
    let p = plan(None, &row("staff;slt;stream_organiser;roster_admin"), false);
    assert_eq!(
        p.roles,
        Roles::parse_list("staff;slt;stream_organiser;roster_admin").unwrap()
    );
    assert!(p.grants.is_empty());
    let parent = plan(None, &row("parent"), false);
    assert_eq!(
        parent.roles,
        Roles::new([Role::Parent]),
        "a parent stays a parent"
    );
    let b = plan(None, &row("dsl;headteacher"), true);
    assert_eq!(b.roles, Roles::parse_list("dsl;headteacher").unwrap());
    assert!(b.grants.is_empty());
}
