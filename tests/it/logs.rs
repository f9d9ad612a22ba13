//! What Haven writes to its log: never link codes, message text or secrets.

use crate::support::logs::capture;
use crate::support::spawn_app;
use haven::core::store::Address;
use haven::delivery::SendError;

#[tokio::test]
async fn link_codes_and_what_people_type_never_reach_the_log() {
    let (logs, _guard) = capture();
    let app = spawn_app().await;
    let code = app.issue_code("PAR006").await;
    let emma = app.stranger("emma-phone");
    emma.says("/link QWER-TYUP-ASDF").await;
    emma.says(&format!("/link {code}")).await;
    emma.says("my daughter's password is hunter2").await;
    app.chat.fail_next(
        Address::Private("emma-phone".into()),
        SendError::Unreachable("blocked".into()),
    );
    emma.says("/whoami").await;

    let text = logs.text();
    assert!(!text.is_empty(), "the capture works: something was logged");
    for secret in [
        code.as_str(),
        &code.replace('-', ""),
        "QWER-TYUP-ASDF",
        "hunter2",
        "You are Emma Whitlow",
    ] {
        assert!(
            !text.contains(secret),
            "{secret:?} leaked into the log:\n{text}"
        );
    }
}
