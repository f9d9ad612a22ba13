use super::*;
use RowProblem::*;

fn staff(text: &str) -> Result<Vec<PersonRecord>, Vec<RowError>> {
    parse(Kind::Staff, text.as_bytes())
}

fn parents(text: &str) -> Result<Vec<PersonRecord>, Vec<RowError>> {
    parse(Kind::Parents, text.as_bytes())
}

fn errors(result: Result<Vec<PersonRecord>, Vec<RowError>>) -> Vec<(u64, RowProblem)> {
    result
        .expect_err("the file should be refused")
        .into_iter()
        .map(|e| (e.line, e.problem))
        .collect()
}

fn roles(list: &str) -> Roles {
    Roles::parse_list(list).unwrap()
}

#[test]
fn the_example_staff_file_reads_and_covers_every_school_side_role() {
    let people = staff(include_str!("../../../examples/staff.csv")).unwrap();
    assert_eq!(people.len(), 11);
    let castellane = people.iter().find(|p| p.external_id == "STF003").unwrap();
    assert_eq!(castellane.name, "Priya Castellane");
    assert_eq!(castellane.roles, roles("deputy_dsl;staff"));
    assert!(castellane.groups.is_empty());
    let by_name = |n: &str| people.iter().find(|p| p.name == n).unwrap();
    assert_eq!(by_name("Tomasz Wiśniewski").lang, Lang::Pl);
    assert_eq!(by_name("Rhian Prydderch").lang, Lang::Cy);
    assert_eq!(
        by_name("Josie Quennell").lang,
        Lang::EnGb,
        "empty cell means en-GB"
    );
    for role in Role::ALL.into_iter().filter(|r| *r != Role::Parent) {
        assert!(people.iter().any(|p| p.roles.has(role)), "{role}");
    }
    assert!(people.iter().all(|p| !p.roles.has(Role::Parent)));
}

#[test]
fn the_example_parents_file_reads_with_classes_and_languages() {
    let people = parents(include_str!("../../../examples/parents.csv")).unwrap();
    assert_eq!(people.len(), 8);
    assert!(people.iter().all(|p| p.roles == Roles::new([Role::Parent])));
    let both = people.iter().find(|p| p.external_id == "PAR004").unwrap();
    assert_eq!(both.groups, ["Year 3", "Reception Oak"]);
    let langs: Vec<Lang> = people.iter().map(|p| p.lang).collect();
    for lang in Lang::ALL {
        assert!(langs.contains(&lang), "{lang:?}");
    }
    assert_eq!(people[0].name, "Aisha Rahman");
    assert_eq!(people[0].groups, ["Year 3"]);
}

#[test]
fn a_bom_odd_header_case_spaces_extra_columns_and_any_column_order_are_tolerated() {
    let file = "\u{feff} Name ,EXTERNAL_ID,Email, Roles \r\n\
                \u{a0}Ada Lovelace ,  S1 ,ada@example.org, Staff ; DSL \r\n";
    let people = staff(file).unwrap();
    assert_eq!(
        people,
        [PersonRecord {
            external_id: "S1".into(),
            name: "Ada Lovelace".into(),
            roles: roles("staff;dsl"),
            lang: Lang::EnGb,
            groups: vec![],
        }]
    );
    let spaced =
        "External ID,Full name,Name,Classes,Language\nP1,x,Bo Peep,Year 3 ; year 3;,Polski\n";
    let people = parents(spaced).unwrap();
    assert_eq!(people[0].name, "Bo Peep");
    assert_eq!(people[0].groups, ["Year 3", "year 3"]);
    assert_eq!(people[0].lang, Lang::Pl);
}

#[test]
fn the_example_file_with_errors_reports_every_bad_row_at_its_line() {
    let found = errors(staff(include_str!(
        "../../../examples/staff-with-errors.csv"
    )));
    assert_eq!(
        found,
        [
            (3, EmptyExternalId),
            (4, EmptyName),
            (
                5,
                UnknownRole {
                    role: "teacher".into()
                }
            ),
            (6, NoStaffRole),
            (
                7,
                UnknownLanguage {
                    language: "fr".into()
                }
            ),
            (
                8,
                FieldCount {
                    expected: 5,
                    found: 6
                }
            ),
            (
                9,
                DuplicateExternalId {
                    external_id: "STF101".into(),
                    first_line: 2
                }
            ),
            (10, NoStaffRole),
        ]
    );
}

#[test]
fn every_problem_in_one_row_is_reported() {
    let found = errors(staff(
        "external_id,name,roles,language\n ,  ,wizard,klingon\n",
    ));
    assert_eq!(
        found,
        [
            (2, EmptyExternalId),
            (2, EmptyName),
            (
                2,
                UnknownRole {
                    role: "wizard".into()
                }
            ),
            (
                2,
                UnknownLanguage {
                    language: "klingon".into()
                }
            ),
        ]
    );
}

#[test]
fn missing_columns_are_each_named_at_line_one() {
    assert_eq!(
        errors(staff("ID,Full name,roles\nS1,Ann,staff\n")),
        [
            (
                1,
                MissingColumn {
                    column: "external_id"
                }
            ),
            (1, MissingColumn { column: "name" }),
        ]
    );
    // A staff file given as parents lacks the classes column.
    assert_eq!(
        errors(parents("external_id,name,roles\nS1,Ann,staff\n")),
        [(1, MissingColumn { column: "classes" })]
    );
    assert_eq!(
        errors(parents("")),
        [
            (
                1,
                MissingColumn {
                    column: "external_id"
                }
            ),
            (1, MissingColumn { column: "name" }),
            (1, MissingColumn { column: "classes" }),
        ]
    );
}

#[test]
fn parent_rows_need_a_class_and_a_known_language() {
    let file = "external_id,name,classes,language\n\
                P1,Ann,Year 3,en\n\
                P2,Bob, ; ,cy\n\
                P3,Cat,Reception Oak,fr\n\
                P4,Dan,,\n";
    assert_eq!(
        errors(parents(file)),
        [
            (3, NoClass),
            (
                4,
                UnknownLanguage {
                    language: "fr".into()
                }
            ),
            (5, NoClass),
        ]
    );
}

#[test]
fn rows_with_too_few_or_too_many_fields_are_reported() {
    let file = "external_id,name,roles\nS1,Ann\nS2,Bob,staff\nS3,Smith, Cat,staff\n";
    assert_eq!(
        errors(staff(file)),
        [
            (
                2,
                FieldCount {
                    expected: 3,
                    found: 2
                }
            ),
            (
                4,
                FieldCount {
                    expected: 3,
                    found: 4
                }
            ),
        ]
    );
}

#[test]
fn a_row_that_is_not_utf8_is_unreadable_and_the_rest_are_still_checked() {
    // "Zoë" saved as Windows-1252 rather than UTF-8.
    let mut file = b"external_id,name,roles\nS1,Zo".to_vec();
    file.extend_from_slice(b"\xeb,staff\nS2,,staff\n");
    assert_eq!(
        errors(parse(Kind::Staff, file.as_slice())),
        [(2, Unreadable), (3, EmptyName)]
    );
}

#[test]
fn every_repeat_of_an_external_id_names_its_first_line() {
    let file = "external_id,name,roles\nS1,Ann,staff\nS2,Bob,staff\nS1,Ann B,staff\nS1,,staff\n";
    let dup = |first_line| DuplicateExternalId {
        external_id: "S1".into(),
        first_line,
    };
    assert_eq!(
        errors(staff(file)),
        [(4, dup(2)), (5, EmptyName), (5, dup(2))]
    );
}

#[test]
fn blank_rows_are_skipped_and_line_numbers_count_every_physical_line() {
    let file = "external_id,name,roles,notes\n\
                S1,Ann,staff,\"two\nlines\"\n\
                ,,,\n\
                \n\
                S2,,staff,\n";
    assert_eq!(errors(staff(file)), [(6, EmptyName)]);
}

#[test]
fn a_staff_member_may_also_be_a_parent_but_not_only_a_parent() {
    let file = "external_id,name,roles\nS1,Ann,staff;parent\nS2,Bob,parent\n";
    assert_eq!(errors(staff(file)), [(3, NoStaffRole)]);
    let ok = staff("external_id,name,roles\nS1,Ann,\"staff,parent\"\n").unwrap();
    assert_eq!(ok[0].roles, roles("staff;parent"));
}

#[test]
fn line_numbers_stay_right_with_windows_line_ends_and_blank_lines() {
    let file = "\u{feff}external_id,name,roles\r\n\r\nS1,,staff\r\n\r\n\r\nS2,Bo,\r\n";
    assert_eq!(errors(staff(file)), [(3, EmptyName), (6, NoStaffRole)]);
    let late_header = "\n\r\nid,name,roles\nS1,Ann,staff\n";
    assert_eq!(
        errors(staff(late_header)),
        [(
            3,
            MissingColumn {
                column: "external_id"
            }
        )]
    );
}
