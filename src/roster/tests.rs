//! The roster's Fluent texts. Its use of the store is tested against the real SQLite store in
//! the integration tests (`tests/it/roster.rs`).

use super::*;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};

/// Every message the roster names exists in en-GB and takes exactly the arguments given.
#[test]
fn every_roster_key_renders_in_en_gb_with_its_arguments() {
    let source = include_str!("../../locales/en-GB/roster.ftl").to_string();
    let resource = FluentResource::try_new(source).expect("roster.ftl parses");
    let mut bundle = FluentBundle::new(vec![unic_langid::langid!("en-GB")]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).expect("no duplicate keys");
    let problems = [
        RowProblem::MissingColumn { column: "Q7column" },
        RowProblem::FieldCount {
            expected: 41,
            found: 53,
        },
        RowProblem::Unreadable,
        RowProblem::EmptyExternalId,
        RowProblem::EmptyName,
        RowProblem::UnknownRole {
            role: "Q7role".into(),
        },
        RowProblem::NoStaffRole,
        RowProblem::UnknownLanguage {
            language: "Q7language".into(),
        },
        RowProblem::NoClass,
        RowProblem::DuplicateExternalId {
            external_id: "Q7id".into(),
            first_line: 97,
        },
    ];
    let invite_errors = [
        InviteError::UnknownPerson {
            external_id: "Q7id".into(),
        },
        InviteError::Leaver {
            external_id: "Q7id".into(),
        },
        InviteError::Linked {
            external_id: "Q7id".into(),
        },
        InviteError::LiveCode {
            external_id: "Q7id".into(),
            issued: "2026-11-17T09:41:00Z".parse().unwrap(),
        },
    ];
    let summary = [
        ("added", "11"),
        ("updated", "22"),
        ("unchanged", "33"),
        ("left", "44"),
    ];
    let summary = summary.map(|(a, n)| (a, n.to_string()));
    let mut cases: Vec<(&str, Vec<(&str, String)>)> = vec![("import-summary", summary.to_vec())];
    cases.extend(problems.iter().map(|p| (p.key(), p.args())));
    cases.extend(
        invite_errors
            .iter()
            .map(|e| (e.key(), e.args(chrono_tz::Europe::London))),
    );
    for (key, args) in cases {
        let message = bundle
            .get_message(key)
            .unwrap_or_else(|| panic!("{key} missing"));
        let mut fluent_args = FluentArgs::new();
        for (name, value) in &args {
            fluent_args.set(*name, value.clone());
        }
        let mut errors = vec![];
        let text = bundle.format_pattern(message.value().unwrap(), Some(&fluent_args), &mut errors);
        assert!(errors.is_empty(), "{key}: {errors:?}");
        for (name, value) in &args {
            assert!(text.contains(value.as_str()), "{key} does not show ${name}");
        }
    }
}
