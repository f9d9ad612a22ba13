//! Every request to `POST /api/messages` must carry a token the Bot Framework signed for this
//! bot and this activity; anything else is refused and reaches nothing.

use crate::support::teams_app::TeamsApp;
use serde_json::json;

#[tokio::test]
async fn requests_without_a_valid_token_are_refused_and_never_reach_the_core() {
    let app = TeamsApp::start().await;
    let alice = app.user("29:alice");
    let f = &app.fake;
    let now = chrono::Utc::now().timestamp();
    let bearer = |t: String| Some(format!("Bearer {t}"));
    let cases: Vec<(&str, Option<String>, u16)> = vec![
        ("no token", None, 401),
        ("not a bearer token", Some("Basic YWxpY2U6cHc=".into()), 401),
        (
            "expired",
            bearer(f.token(json!({ "exp": now - 600, "nbf": now - 4000 }))),
            401,
        ),
        (
            "not yet valid",
            bearer(f.token(json!({ "nbf": now + 900 }))),
            401,
        ),
        (
            "another app",
            bearer(f.token(json!({ "aud": "another-app" }))),
            401,
        ),
        (
            "another issuer",
            bearer(f.token(json!({ "iss": "https://sts.windows.net/x/" }))),
            401,
        ),
        (
            "an unknown key",
            bearer(f.token_with_kid("someone-elses-key", json!({}))),
            401,
        ),
        (
            "another service URL",
            bearer(f.token(json!({ "serviceurl": "https://smba.trafficmanager.net/uk/" }))),
            403,
        ),
        (
            "no service URL",
            bearer(f.token(json!({ "serviceurl": null }))),
            403,
        ),
    ];
    for (what, header, status) in cases {
        let got = app.post_with(&alice.message("/start"), header).await;
        assert_eq!(got, status, "{what}");
    }
    // A token for the right app, but an activity from a tenant not configured.
    let mut foreign = alice.message("/start");
    foreign["channelData"]["tenant"]["id"] = json!("another-tenant");
    let token = f.token(json!({}));
    assert_eq!(
        app.post_with(&foreign, Some(format!("Bearer {token}")))
            .await,
        403
    );
    // Within the 5 minutes' clock skew a token is still good.
    let late = f.token(json!({ "exp": now - 120 }));
    assert_eq!(
        app.post_with(&alice.message("/whoami"), Some(format!("Bearer {late}")))
            .await,
        200
    );

    // Activities are handled in order: once /whoami is answered, any refused /start would
    // have been answered before it.
    alice.sees("I don't know who you are yet").await;
    let chat = alice.chat_messages();
    assert_eq!(chat.len(), 1, "only /whoami was answered: {chat:#?}");
    assert_eq!(
        app.fake
            .calls_to("/v3/conversations/a:personal-29:alice")
            .len(),
        1
    );
    assert_eq!(
        app.fake.key_fetches(),
        1,
        "an unknown key id fetched the keys at most once a minute"
    );
}
