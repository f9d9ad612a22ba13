//! A fresh PostgreSQL database for a test, on the server `HAVEN_TEST_POSTGRES_URL` names
//! (`scripts/test` starts a throwaway one). Without it the test says once that it did not run,
//! and passes, unless `HAVEN_REQUIRE_POSTGRES=1` (CI), where it fails.

use std::io::Write;
use std::sync::Once;

const URL: &str = "HAVEN_TEST_POSTGRES_URL";
const REQUIRE: &str = "HAVEN_REQUIRE_POSTGRES";

/// The URL of a new, empty database with a random name, or `None` when no server was given.
/// The database is left for the throwaway server to take away with it.
pub async fn fresh_database() -> Option<String> {
    let Ok(admin) = std::env::var(URL) else {
        if std::env::var(REQUIRE).is_ok_and(|v| v == "1") {
            panic!("{REQUIRE}=1 but {URL} is not set: start a server with scripts/postgres");
        }
        static SAID: Once = Once::new();
        SAID.call_once(|| {
            // Straight to stderr, past the test harness's capture, so it is seen once.
            let _ = writeln!(
                std::io::stderr(),
                "PostgreSQL integration tests did NOT run: {URL} is not set \
                 (scripts/test starts a throwaway server)"
            );
        });
        return None;
    };
    let url = haven::store::create_postgres_database(&admin, "haven_it")
        .await
        .unwrap_or_else(|e| panic!("creating a test database through {URL}: {e:#}"));
    Some(url)
}
