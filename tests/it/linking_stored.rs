//! How link codes are kept: an HMAC under a key derived from the office's directory key, so a
//! copy of the database alone does not let outstanding codes be searched offline. Codes stored
//! the old way (a plain SHA-256) keep working until they expire.

use crate::support::{spawn_app, TestApp};
use chrono::Duration;
use haven::core::clock::Clock;
use haven::core::linkcode::LinkCode;
use haven::crypto::Key;

/// Every stored code hash, read straight from the database file.
async fn stored_hashes(app: &TestApp) -> Vec<String> {
    let path = app.dir.path().join("haven.db");
    let pool = sqlx::SqlitePool::connect(&format!("sqlite://{}", path.display()))
        .await
        .unwrap();
    let rows: Vec<(String,)> = sqlx::query_as("SELECT code_hash FROM link_codes")
        .fetch_all(&pool)
        .await
        .unwrap();
    pool.close().await;
    rows.into_iter().map(|(h,)| h).collect()
}

/// Stores a code for the person with this MIS id the way Haven did before link keys: the plain
/// SHA-256 of the code.
async fn issue_the_old_way(app: &TestApp, external_id: &str, valid: Duration) -> String {
    let code = LinkCode::generate(&mut rand::thread_rng());
    let store = app.store();
    let mut tx = store.begin().await.unwrap();
    let person = tx
        .person_by_external_id(app.app.ctx.school, external_id)
        .await
        .unwrap()
        .expect("a demo person");
    let now = app.clock.now();
    tx.store_link_code(person.id, &code.legacy_hash(), now + valid, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    code.display()
}

#[tokio::test]
async fn a_code_is_stored_as_an_hmac_under_the_directory_key_and_still_links() {
    let app = spawn_app().await;
    app.person("Emma Whitlow").says("/unlink").await;
    let before = stored_hashes(&app).await;
    let typed = app.issue_code("PAR006").await;
    let code = LinkCode::parse(&typed).unwrap();

    let new: Vec<String> = stored_hashes(&app)
        .await
        .into_iter()
        .filter(|h| !before.contains(h))
        .collect();
    assert_eq!(new, [code.hash(&app.directory_key.link_key())]);
    assert_ne!(new[0], code.legacy_hash(), "not the plain SHA-256");
    assert_ne!(
        new[0],
        code.hash(&Key::generate().link_key()),
        "another directory key does not verify it"
    );
    assert!(!new[0].contains(code.compact()));

    let phone = app.stranger("emma-phone");
    phone.says(&format!("/link {typed}")).await;
    phone.sees("Thank you, Emma Whitlow. This account is now linked to Haven Demo School.");
    let thief = app.stranger("thief");
    thief.says(&format!("/link {typed}")).await;
    thief.sees("That code has already been used");
}

#[tokio::test]
async fn a_code_stored_the_old_way_links_until_it_expires() {
    let app = spawn_app().await;
    app.person("Emma Whitlow").says("/unlink").await;
    let code = issue_the_old_way(&app, "PAR006", Duration::days(30)).await;
    let late = issue_the_old_way(&app, "PAR008", Duration::days(2)).await;

    let phone = app.stranger("emma-phone");
    phone.says(&format!("/link {code}")).await;
    phone.sees("This account is now linked");
    phone.says("/whoami").await;
    phone.sees("You are Emma Whitlow.");
    let thief = app.stranger("thief");
    thief.says(&format!("/link {code}")).await;
    thief.sees("That code has already been used");
    thief.says("/whoami").await;
    thief.sees("I don't know who you are yet");

    app.clock.advance(Duration::days(3));
    let piotr = app.stranger("piotr-phone");
    piotr.says(&format!("/link {late}")).await;
    piotr.sees("That code has expired");
    piotr.says("/whoami").await;
    piotr.sees("I don't know who you are yet");
}

#[tokio::test]
async fn a_code_stored_the_old_way_posted_in_a_group_is_revoked_too() {
    let app = spawn_app().await;
    let code = issue_the_old_way(&app, "PAR006", Duration::days(30)).await;
    app.person("Bronwen Teague")
        .says_in("Year 3 parents", &format!("Emma's code: {code}"))
        .await;
    let group = app.group_messages();
    assert_eq!(group.len(), 1, "{group:#?}");
    assert!(group[0].text.starts_with("That looked like a link code"));
    assert!(!group[0].text.contains(&code));
    app.person("Emma Whitlow")
        .sees("Your link code was posted in a group chat, so I have cancelled it");

    let thief = app.stranger("thief");
    thief.says(&format!("/link {code}")).await;
    thief.sees("That code was cancelled because it was seen outside a private chat.");
    thief.says("/whoami").await;
    thief.sees("I don't know who you are yet");
}
