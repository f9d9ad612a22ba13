//! The roster's use of the store port, against a small in-memory fake, and its Fluent texts.

use super::*;
use crate::core::ids::{Account, PersonId, Platform};
use crate::core::message::Outgoing;
use crate::core::people::{Lang, Person, Role, Roles};
use crate::core::store::{Address, CodeLookup, Draft, Fate, OutboxItem, PersonRecord, Tx};
use async_trait::async_trait;
use chrono::Duration;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource};
use rand::rngs::StdRng;
use rand::SeedableRng;
use std::sync::{Arc, Mutex};

/// What the fake store holds; a transaction works on a copy and commit puts it back.
#[derive(Debug, Clone, Default)]
struct State {
    people: Vec<Person>,
    accounts: Vec<(PersonId, Account)>,
    codes: Vec<(PersonId, String, DateTime<Utc>)>,
    imports: Vec<(Kind, Vec<PersonRecord>)>,
    audit: Vec<(String, String)>,
}

#[derive(Default, Clone)]
struct Fake(Arc<Mutex<State>>);

impl Fake {
    fn state(&self) -> State {
        self.0.lock().unwrap().clone()
    }
}

struct FakeTx {
    shared: Arc<Mutex<State>>,
    work: State,
}

#[async_trait]
impl Store for Fake {
    async fn begin(&self) -> anyhow::Result<Box<dyn Tx>> {
        let work = self.state();
        Ok(Box::new(FakeTx {
            shared: self.0.clone(),
            work,
        }))
    }
}

/// For the parts of the port the roster does not use.
fn unused<T>() -> anyhow::Result<T> {
    anyhow::bail!("not used by the roster")
}

#[async_trait]
impl Tx for FakeTx {
    async fn commit(self: Box<Self>) -> anyhow::Result<()> {
        *self.shared.lock().unwrap() = self.work;
        Ok(())
    }
    async fn person(&mut self, _: PersonId) -> anyhow::Result<Option<Person>> {
        unused()
    }
    async fn person_by_account(&mut self, _: &Account) -> anyhow::Result<Option<Person>> {
        unused()
    }
    async fn person_by_external_id(
        &mut self,
        school: SchoolId,
        ext: &str,
    ) -> anyhow::Result<Option<Person>> {
        let p = self.work.people.iter();
        Ok(p.clone()
            .find(|p| p.school == school && p.external_id == ext)
            .cloned())
    }
    async fn people_with_roles(&mut self, _: SchoolId, _: &[Role]) -> anyhow::Result<Vec<Person>> {
        unused()
    }
    async fn people(&mut self, school: SchoolId) -> anyhow::Result<Vec<Person>> {
        let p = self.work.people.iter();
        Ok(p.filter(|p| p.school == school && p.active)
            .cloned()
            .collect())
    }
    async fn import_people(
        &mut self,
        _: SchoolId,
        kind: Kind,
        people: &[PersonRecord],
        _: DateTime<Utc>,
    ) -> anyhow::Result<ImportSummary> {
        self.work.imports.push((kind, people.to_vec()));
        Ok(ImportSummary {
            added: people.len(),
            ..ImportSummary::default()
        })
    }
    async fn set_lang(&mut self, _: PersonId, _: Lang) -> anyhow::Result<()> {
        unused()
    }
    async fn accounts_of(&mut self, person: PersonId) -> anyhow::Result<Vec<Account>> {
        let a = self.work.accounts.iter();
        Ok(a.filter(|(p, _)| *p == person)
            .map(|(_, a)| a.clone())
            .collect())
    }
    async fn link_account(
        &mut self,
        _: PersonId,
        _: &Account,
        _: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        unused()
    }
    async fn unlink_account(&mut self, _: &Account) -> anyhow::Result<bool> {
        unused()
    }
    async fn store_link_code(
        &mut self,
        person: PersonId,
        code_hash: &str,
        expires: DateTime<Utc>,
        _: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        self.work
            .codes
            .push((person, code_hash.to_string(), expires));
        Ok(())
    }
    async fn lookup_link_code(&mut self, _: &str, _: DateTime<Utc>) -> anyhow::Result<CodeLookup> {
        unused()
    }
    async fn use_link_code(
        &mut self,
        _: &str,
        _: &Account,
        _: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        unused()
    }
    async fn record_failed_link(&mut self, _: &Account, _: DateTime<Utc>) -> anyhow::Result<()> {
        unused()
    }
    async fn failed_links_since(&mut self, _: &Account, _: DateTime<Utc>) -> anyhow::Result<u32> {
        unused()
    }
    async fn draft(&mut self, _: PersonId) -> anyhow::Result<Option<Draft>> {
        unused()
    }
    async fn save_draft(&mut self, _: &Draft) -> anyhow::Result<()> {
        unused()
    }
    async fn delete_draft(&mut self, _: PersonId) -> anyhow::Result<()> {
        unused()
    }
    async fn drafts_idle_since(&mut self, _: DateTime<Utc>) -> anyhow::Result<Vec<Draft>> {
        unused()
    }
    async fn mark_draft_reminded(&mut self, _: PersonId) -> anyhow::Result<()> {
        unused()
    }
    async fn enqueue(&mut self, _: &Outgoing, _: DateTime<Utc>) -> anyhow::Result<bool> {
        unused()
    }
    async fn enqueue_removal(
        &mut self,
        _: Platform,
        _: Address,
        _: &str,
        _: DateTime<Utc>,
        _: Option<PersonId>,
    ) -> anyhow::Result<()> {
        unused()
    }
    async fn due(
        &mut self,
        _: Platform,
        _: DateTime<Utc>,
        _: u32,
    ) -> anyhow::Result<Vec<OutboxItem>> {
        unused()
    }
    async fn settle(&mut self, _: i64, _: &Fate, _: DateTime<Utc>) -> anyhow::Result<()> {
        unused()
    }
    async fn retry_at(&mut self, _: i64, _: DateTime<Utc>, _: &str) -> anyhow::Result<()> {
        unused()
    }
    async fn pending_count(&mut self) -> anyhow::Result<u64> {
        unused()
    }
    async fn audit(
        &mut self,
        _: SchoolId,
        _: Option<PersonId>,
        action: &str,
        subject: &str,
        _: DateTime<Utc>,
    ) -> anyhow::Result<()> {
        self.work
            .audit
            .push((action.to_string(), subject.to_string()));
        Ok(())
    }
}

fn now() -> DateTime<Utc> {
    "2026-09-07T08:00:00Z".parse().unwrap()
}

fn person(id: i64, external_id: &str, name: &str, active: bool) -> Person {
    Person {
        id: PersonId(id),
        school: SchoolId::default(),
        external_id: external_id.into(),
        name: name.into(),
        roles: Roles::new([Role::Parent]),
        lang: Lang::Cy,
        groups: vec!["Year 3".into()],
        active,
    }
}

/// Three active parents (Cara has a linked account) and one leaver.
fn school() -> Fake {
    let fake = Fake::default();
    {
        let mut s = fake.0.lock().unwrap();
        s.people = vec![
            person(1, "P1", "Cara", true),
            person(2, "P2", "Ben", true),
            person(3, "P3", "Ann", true),
            person(4, "P4", "Dai", false),
        ];
        s.accounts = vec![(PersonId(1), Account::new(Platform::Telegram, "42"))];
    }
    fake
}

async fn issue_to(fake: &Fake, who: InviteFilter) -> Result<Vec<Invite>, InviteError> {
    let mut rng = StdRng::seed_from_u64(7);
    issue(
        fake,
        SchoolId::default(),
        who,
        Duration::days(14),
        now(),
        &mut rng,
    )
    .await
    .unwrap()
}

#[tokio::test]
async fn a_good_file_is_imported_and_audited_in_one_commit() {
    let fake = Fake::default();
    let file = include_str!("../../examples/parents.csv").as_bytes();
    let summary = import_file(&fake, SchoolId::default(), Kind::Parents, file, now())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(summary.added, 8);
    let state = fake.state();
    assert_eq!(state.imports.len(), 1);
    assert_eq!(state.imports[0].0, Kind::Parents);
    assert_eq!(state.imports[0].1.len(), 8);
    assert_eq!(
        state.audit,
        [(
            "roster.import".to_string(),
            "parents added=8 updated=0 unchanged=0 left=0".to_string()
        )]
    );
}

#[tokio::test]
async fn a_bad_file_writes_nothing() {
    let fake = Fake::default();
    let file = include_str!("../../examples/staff-with-errors.csv").as_bytes();
    let problems = import_file(&fake, SchoolId::default(), Kind::Staff, file, now())
        .await
        .unwrap()
        .unwrap_err();
    assert_eq!(problems.len(), 8);
    let state = fake.state();
    assert!(state.imports.is_empty() && state.audit.is_empty());
}

#[tokio::test]
async fn by_default_only_active_people_without_an_account_get_codes() {
    let fake = school();
    let invites = issue_to(&fake, InviteFilter::default()).await.unwrap();
    let names: Vec<&str> = invites.iter().map(|i| i.name.as_str()).collect();
    assert_eq!(
        names,
        ["Ann", "Ben"],
        "ordered by name; no Cara (linked), no Dai (left)"
    );
    let state = fake.state();
    let stored: Vec<(PersonId, String, DateTime<Utc>)> = invites
        .iter()
        .zip([PersonId(3), PersonId(2)])
        .map(|(i, id)| (id, i.code.hash(), now() + Duration::days(14)))
        .collect();
    assert_eq!(state.codes, stored, "only hashes are stored");
    assert!(invites
        .iter()
        .all(|i| i.expires == now() + Duration::days(14)));
    assert!(invites.iter().all(|i| i.lang == Lang::Cy));
    assert_ne!(invites[0].code, invites[1].code);
    let audited: Vec<&str> = state.audit.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(audited, ["P3", "P2"]);
    assert!(state.audit.iter().all(|(a, _)| a == "link_code.issue"));
}

#[tokio::test]
async fn all_includes_linked_people_and_one_picks_a_person_by_external_id() {
    let fake = school();
    let all = issue_to(&fake, InviteFilter::All).await.unwrap();
    assert_eq!(all.len(), 3);
    let one = issue_to(&fake, InviteFilter::One("P1".into()))
        .await
        .unwrap();
    assert_eq!((one.len(), one[0].name.as_str()), (1, "Cara"));
    assert_eq!(fake.state().codes.len(), 4);
}

#[tokio::test]
async fn one_refuses_strangers_and_leavers_and_stores_nothing() {
    let fake = school();
    assert_eq!(
        issue_to(&fake, InviteFilter::One("P9".into()))
            .await
            .unwrap_err(),
        InviteError::UnknownPerson {
            external_id: "P9".into()
        }
    );
    assert_eq!(
        issue_to(&fake, InviteFilter::One("P4".into()))
            .await
            .unwrap_err(),
        InviteError::Leaver {
            external_id: "P4".into()
        }
    );
    assert!(fake.state().codes.is_empty());
}

#[tokio::test]
async fn a_code_that_expires_at_once_is_refused() {
    let (fake, mut rng) = (school(), StdRng::seed_from_u64(7));
    let ttl = Duration::zero();
    let refused = issue(
        &fake,
        SchoolId::default(),
        InviteFilter::All,
        ttl,
        now(),
        &mut rng,
    );
    assert!(refused.await.is_err());
    assert!(fake.state().codes.is_empty());
}

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
    cases.extend(invite_errors.iter().map(|e| (e.key(), e.args())));
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
