//! The engines a storage test runs on, and [`both_engines!`], which runs a test on each.

use std::io::Write;
use std::sync::Once;

/// The engine a test's store runs on; for PostgreSQL, the URL of a fresh database.
#[derive(Debug, Clone)]
pub(crate) enum Engine {
    Sqlite,
    Postgres(String),
}

/// The variable naming the PostgreSQL server the tests may create databases on.
const URL: &str = "HAVEN_TEST_POSTGRES_URL";
/// Set (to 1) where the PostgreSQL tests must run: a missing server is then a failure.
const REQUIRE: &str = "HAVEN_REQUIRE_POSTGRES";

impl Engine {
    /// A fresh database on the test server, or `None` (after saying so, once) when no server
    /// was given. Each test gets its own database, so tests run side by side; the throwaway
    /// server `scripts/test` starts is removed with all of them.
    pub(crate) async fn postgres() -> Option<Engine> {
        let Ok(admin) = std::env::var(URL) else {
            if std::env::var(REQUIRE).is_ok_and(|v| v == "1") {
                panic!("{REQUIRE}=1 but {URL} is not set: start a server with scripts/postgres");
            }
            static SAID: Once = Once::new();
            SAID.call_once(|| {
                // Straight to stderr, past the test harness's capture, so it is seen once.
                let _ = writeln!(
                    std::io::stderr(),
                    "PostgreSQL storage tests did NOT run: {URL} is not set \
                     (scripts/test starts a throwaway server)"
                );
            });
            return None;
        };
        Some(Engine::Postgres(fresh_database(&admin).await))
    }
}

/// Creates a database with a random name through the server's admin URL; its URL.
pub(crate) async fn fresh_database(admin: &str) -> String {
    crate::store::create_postgres_database(admin, "haven_test")
        .await
        .unwrap_or_else(|e| panic!("creating a test database through {URL}: {e:#}"))
}

/// Runs each named test, `async fn name(engine: Engine)`, as `name::sqlite` and
/// `name::postgres`.
macro_rules! both_engines {
    ($($name:ident),* $(,)?) => {$(
        mod $name {
            use super::Engine;

            #[tokio::test]
            async fn sqlite() {
                super::$name(Engine::Sqlite).await
            }

            #[tokio::test]
            async fn postgres() {
                if let Some(engine) = Engine::postgres().await {
                    super::$name(engine).await
                }
            }
        }
    )*};
}
