//! Two academies of one trust in one database: Northfield (school 1, the demo school, its
//! people's accounts named after them) and Southgate (school 2, the same example files imported
//! again, its people's accounts named `S:<name>`). Sophie Marchbank (PAR004) has children at
//! both, but only her Northfield account is linked to begin with.

use super::{spawn_app_with, Person, TestApp};
use haven::core::clock::Clock;
use haven::core::ids::{Account, Platform, SchoolId};
use haven::core::schools::Slug;
use haven::core::settings::Settings;
use haven::core::store::{Address, Kind};
use haven::schools::{PlacesConfig, SchoolSection, TrustConfig};

pub const NORTH: &str = "Northfield Academy";
pub const SOUTH: &str = "Southgate Academy";
pub const NORTH_ID: SchoolId = SchoolId(1);
pub const SOUTH_ID: SchoolId = SchoolId(2);
/// Each school's staffroom group (console groups named in its places).
pub const NORTH_GROUP: &str = "north-staffroom";
pub const SOUTH_GROUP: &str = "south-staffroom";
/// The parent with children at both academies.
pub const BOTH: &str = "Sophie Marchbank";

const STAFF: &str = include_str!("../../../examples/staff.csv");
const PARENTS: &str = include_str!("../../../examples/parents.csv");

/// The account of a Southgate person.
pub fn south(name: &str) -> String {
    format!("S:{name}")
}

/// Which school's people an account belongs to.
pub fn school_of_account(account: &str) -> SchoolId {
    if account.starts_with("S:") {
        SOUTH_ID
    } else {
        NORTH_ID
    }
}

/// Starts the trust: both academies, each with its staffroom group named in its places.
pub async fn spawn_trust() -> TestApp {
    spawn_trust_with(TrustConfig::default()).await
}

/// As [`spawn_trust`], with the trust's roles.
pub async fn spawn_trust_with(trust: TrustConfig) -> TestApp {
    spawn_trust_south(trust, |_| {}).await
}

/// As [`spawn_trust_with`], with Southgate's settings changed by `change_south`.
pub async fn spawn_trust_south(
    trust: TrustConfig,
    change_south: impl FnOnce(&mut Settings),
) -> TestApp {
    let mut south_settings = Settings {
        school_name: SOUTH.into(),
        ..Settings::default()
    };
    change_south(&mut south_settings);
    let north = Settings {
        school_name: NORTH.into(),
        ..Settings::default()
    };
    let mut t = spawn_app_with(north.clone()).await;
    let store = t.store();
    let now = t.clock.now();
    let mut tx = store.begin().await.expect("tx");
    let slug = Slug::parse("south").expect("slug");
    let added = tx
        .schools()
        .add_school(&slug, SOUTH, now)
        .await
        .expect("add");
    assert_eq!(added.expect("a new school").id, SOUTH_ID);
    tx.commit().await.expect("commit");
    for (kind, file) in [(Kind::Staff, STAFF), (Kind::Parents, PARENTS)] {
        haven::roster::import_file(store.as_ref(), SOUTH_ID, kind, file.as_bytes(), now)
            .await
            .expect("import")
            .expect("accepted");
    }
    let mut tx = store.begin().await.expect("tx");
    for p in tx.people(SOUTH_ID).await.expect("people") {
        if p.name != BOTH {
            let account = Account::new(Platform::Console, south(&p.name));
            tx.link_account(p.id, &account, now).await.expect("link");
        }
    }
    tx.commit().await.expect("commit");

    let mut cfg = haven::config::Config {
        school: north.clone(),
        school_slug: "north".into(),
        trust,
        ..Default::default()
    };
    let places = |group: &str| PlacesConfig {
        console: vec![group.into()],
        ..Default::default()
    };
    cfg.schools.insert(
        "north".into(),
        SchoolSection {
            settings: north,
            names_it: true,
            places: places(NORTH_GROUP),
        },
    );
    cfg.schools.insert(
        "south".into(),
        SchoolSection {
            settings: south_settings,
            names_it: true,
            places: places(SOUTH_GROUP),
        },
    );
    let deployment = haven::schools::deployment(&cfg, store.as_ref())
        .await
        .expect("deployment");
    t.app = t.app.clone().for_schools(deployment, NORTH_ID);
    t.dispatcher = t.app.dispatcher(
        std::sync::Arc::new(t.chat.clone()),
        haven::delivery::limits::RateLimits::unlimited(),
    );
    t
}

impl TestApp {
    /// A Southgate person (by full name), typing in their private chat.
    pub fn south_person(&self, name: &str) -> Person<'_> {
        self.person(&south(name))
    }

    /// How many messages the private chats of `school`'s people received so far.
    pub fn received_by_school(&self, school: SchoolId) -> usize {
        self.chat
            .received()
            .iter()
            .filter(|m| match &m.address {
                Address::Private(a) => a != BOTH && school_of_account(a) == school,
                _ => false,
            })
            .count()
    }

    /// Everything the private chats of `school`'s people received, as text.
    pub fn texts_of_school(&self, school: SchoolId) -> Vec<String> {
        self.chat
            .received()
            .into_iter()
            .filter(|m| match &m.address {
                Address::Private(a) => a != BOTH && school_of_account(a) == school,
                _ => false,
            })
            .map(|m| m.text)
            .collect()
    }

    /// Issues a link code in `school` for the person with this MIS id.
    pub async fn issue_code_in(&self, school: SchoolId, external_id: &str) -> String {
        let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::from_entropy();
        let options = haven::roster::InviteOptions {
            who: haven::roster::InviteFilter::One(external_id.into()),
            include_linked: true,
            replace_live: true,
        };
        let cx = self.app.school(school).expect("a school of the trust");
        let issued = haven::roster::issue_with(
            haven::roster::Issuer::of(cx),
            &options,
            chrono::Duration::days(30),
            self.settings.timezone,
            self.clock.now(),
            &mut rng,
        )
        .await
        .expect("issue")
        .expect("known person");
        issued.invites[0].code.display()
    }
}
