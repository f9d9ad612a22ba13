//! The Agents Playground harness tested on its own, against a tiny bot written here (axum on
//! loopback, answering through the playground's mock Bot Connector): a message typed in the
//! personal chat reaches the bot unsigned and the reply reaches the person's client; a card's
//! `Action.Submit` reaches the bot as a `value` without showing in the chat, and the card's
//! update shows; a message in the channel reaches the bot only as a channel post; a proactive
//! 1:1 shows only in that person's client; through the Bot Framework stand-in the bot gets a
//! token that checks out against the stand-in's metadata.

use crate::support::playground_people::{Tenant, BOT_ID, CHANNEL_ID, TENANT_ID};
use crate::support::playground_signer::{BotFramework, APP_TOKEN};
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::post;
use axum::{Json, Router};
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};

/// What the echo bot received: the activity and its `Authorization` header.
type Received = Arc<Mutex<Vec<(Option<String>, Value)>>>;

/// A bot that echoes text, sends a card when asked for one, and acknowledges a card's submit
/// by the length of its answer (never the answer itself).
async fn echo_bot() -> (String, Received) {
    let received = Received::default();
    let app = Router::new()
        .route("/api/messages", post(on_activity))
        .with_state(received.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}/api/messages"), received)
}

async fn on_activity(State(received): State<Received>, headers: HeaderMap, Json(a): Json<Value>) {
    let auth = headers
        .get("authorization")
        .map(|v| v.to_str().unwrap_or_default().to_string());
    received.lock().unwrap().push((auth, a.clone()));
    if a["type"] != "message" {
        return;
    }
    let reply = if let Some(answer) = a["value"]["answer"].as_str() {
        let card = a["replyToId"].as_str().unwrap_or_default().to_string();
        let received = json!({"type": "message", "text": "Answer received."});
        connector(
            &a,
            reqwest::Method::PUT,
            &format!("activities/{card}"),
            received,
        )
        .await;
        json!({"type": "message", "text": format!("Received an answer of {} characters.", answer.chars().count())})
    } else if a["text"].as_str().is_some_and(|t| t.ends_with("card")) {
        json!({"type": "message", "attachments": [{
            "contentType": "application/vnd.microsoft.card.adaptive",
            "content": {
                "type": "AdaptiveCard", "version": "1.4",
                "body": [
                    {"type": "TextBlock", "text": "What happened?"},
                    {"type": "Input.Text", "id": "answer", "isMultiline": true, "maxLength": 500},
                ],
                "actions": [{"type": "Action.Submit", "title": "Send", "data": {"form": "q1"}}],
            },
        }]})
    } else {
        json!({"type": "message", "text": format!("echo: {}", a["text"].as_str().unwrap_or_default())})
    };
    // Answer the playground at once and reply afterwards, as a Bot Framework bot does.
    tokio::spawn(async move {
        let status = connector(&a, reqwest::Method::POST, "activities", reply).await;
        assert_eq!(status, 201);
    });
}

/// Calls the Bot Connector at the activity's `serviceUrl`, in the activity's conversation.
async fn connector(a: &Value, method: reqwest::Method, path: &str, body: Value) -> u16 {
    let url = format!(
        "{}/v3/conversations/{}/{path}",
        a["serviceUrl"].as_str().unwrap(),
        a["conversation"]["id"].as_str().unwrap()
    );
    let mut req = reqwest::Client::new().request(method, url);
    if !body.is_null() {
        req = req
            .header("content-type", "application/json")
            .body(body.to_string());
    }
    req.send().await.unwrap().status().as_u16()
}

fn tenant() -> Tenant {
    Tenant::of([
        "Tess Teacher",
        "Dara Lead",
        "Hana Head",
        "Pat Parent",
        "Omar Office",
        "Cleo Coordinator",
    ])
}

/// The activities the bot received so far.
fn activities(received: &Received) -> Vec<(Option<String>, Value)> {
    received.lock().unwrap().clone()
}

#[tokio::test]
async fn a_message_typed_in_the_personal_chat_reaches_the_bot_and_its_reply_the_client() {
    let (endpoint, received) = echo_bot().await;
    let tenant = tenant();
    let tess = tenant.client(&endpoint, "Tess Teacher").await;

    tess.says("hello there").await;
    tess.sees("echo: hello there").await;

    let got = activities(&received);
    let (auth, a) = got.last().unwrap();
    assert_eq!(auth, &None, "the playground signs nothing");
    assert_eq!(a["from"]["id"], tess.user.id.as_str());
    assert_eq!(a["from"]["aadObjectId"], tess.user.aad_object_id.as_str());
    assert_eq!(a["recipient"]["id"], BOT_ID);
    assert_eq!(a["conversation"]["id"], tess.personal.as_str());
    assert_eq!(a["conversation"]["conversationType"], "personal");
    assert_eq!(a["conversation"]["tenantId"], TENANT_ID);
    assert_eq!(a["channelId"], "msteams");
    assert_eq!(a["serviceUrl"], tess.playground.service_url.as_str());
    assert!(tess.playground.service_url.starts_with("http://127.0.0.1:"));
    assert!(tess.shared_texts().is_empty());
}

#[tokio::test]
async fn a_card_submit_reaches_the_bot_as_a_value_and_never_as_a_chat_message() {
    let (endpoint, received) = echo_bot().await;
    let tenant = tenant();
    let tess = tenant.client(&endpoint, "Tess Teacher").await;

    tess.says("card").await;
    let card = tess.sees("What happened?").await;
    let answer = "Something private";
    let next = "Received an answer of 17 characters.";
    tess.writes_in_card("answer", answer, "Send", next).await;
    tess.sees_update(&card, "Answer received.").await;

    let got = activities(&received);
    let (_, submit) = got.iter().find(|(_, a)| a["value"].is_object()).unwrap();
    assert_eq!(
        submit["value"],
        json!({"form": "q1", "answer": "Something private"})
    );
    assert_eq!(submit["replyToId"], card.message_id.as_str());
    assert_eq!(submit["from"]["id"], tess.user.id.as_str());
    assert!(submit["text"].is_null());
    let everything = tess.personal_texts().join("\n");
    assert!(!everything.contains("Something private"), "{everything}");
}

#[tokio::test]
async fn a_message_in_the_channel_reaches_the_bot_only_as_a_channel_post_that_mentions_it() {
    let (endpoint, received) = echo_bot().await;
    let tenant = tenant();
    let tess = tenant.client(&endpoint, "Tess Teacher").await;

    let post = tess.says_in_channel("ping").await;
    let reply = tess.sees_in_channel("echo: <at>Haven</at> ping").await;

    assert_eq!(reply.conversation, post);
    let got = activities(&received);
    let (_, a) = got.last().unwrap();
    assert_eq!(a["conversation"]["conversationType"], "channel");
    assert_eq!(a["conversation"]["id"], post.as_str());
    assert!(
        post.starts_with(&format!("{CHANNEL_ID};messageid=")),
        "{post}"
    );
    assert_eq!(a["channelData"]["channel"]["id"], CHANNEL_ID);
    assert_eq!(a["entities"][0]["type"], "mention");
    assert_eq!(a["entities"][0]["mentioned"]["id"], BOT_ID);
    assert!(tess.personal_texts().is_empty());
}

#[tokio::test]
async fn a_proactive_message_opens_the_persons_own_chat_and_shows_only_in_their_client() {
    let (endpoint, _) = echo_bot().await;
    let tenant = tenant();
    let pat = tenant.client(&endpoint, "Pat Parent").await;
    let tess = tenant.client(&endpoint, "Tess Teacher").await;
    let bot = reqwest::Client::new();
    let open = |who: &str| {
        let body = json!({
            "isGroup": false, "bot": {"id": BOT_ID}, "tenantId": TENANT_ID,
            "members": [{"id": who}],
        });
        bot.post(format!("{}/v3/conversations", pat.playground.service_url))
            .header("content-type", "application/json")
            .body(body.to_string())
            .send()
    };

    let res = open(&pat.user.id).await.unwrap();
    assert_eq!(res.status(), 201);
    let opened: Value = serde_json::from_slice(&res.bytes().await.unwrap()).unwrap();
    assert_eq!(opened["id"], pat.personal.as_str());
    let other: Value =
        serde_json::from_slice(&open(&tess.user.id).await.unwrap().bytes().await.unwrap()).unwrap();
    assert_ne!(other["id"], pat.personal.as_str());
    let to = |conversation: &Value, text: &str| {
        let a =
            json!({"serviceUrl": pat.playground.service_url, "conversation": {"id": conversation}});
        connector_owned(a, text.to_string())
    };
    assert_eq!(to(&other["id"], "For Tess only").await, 201);
    assert_eq!(to(&opened["id"], "For Pat").await, 201);

    pat.sees("For Pat").await;
    assert_eq!(pat.personal_texts(), ["For Pat"]);
    assert!(pat.shared_texts().is_empty(), "{:?}", pat.shared_texts());
    assert!(tess.personal_texts().is_empty());
    let a = json!({"serviceUrl": pat.playground.service_url, "conversation": {"id": opened["id"]}});
    let delete = connector(&a, reqwest::Method::DELETE, "activities/1", Value::Null).await;
    assert_eq!(delete, 501, "the playground does not delete messages");
}

async fn connector_owned(a: Value, text: String) -> u16 {
    let body = json!({"type": "message", "text": text});
    connector(&a, reqwest::Method::POST, "activities", body).await
}

#[tokio::test]
async fn through_the_bot_framework_stand_in_the_bot_gets_a_token_that_checks_out() {
    use jsonwebtoken::{decode, decode_header, jwk::JwkSet, Algorithm, DecodingKey, Validation};
    let (endpoint, received) = echo_bot().await;
    let bf = BotFramework::start("haven-app-id").await;
    bf.serve_bot(&endpoint);
    let tess = tenant().client(&bf.relay, "Tess Teacher").await;

    tess.says("hello").await;
    tess.sees("echo: hello").await;

    let (auth, a) = activities(&received).pop().unwrap();
    let token = auth.unwrap().strip_prefix("Bearer ").unwrap().to_string();
    let http = reqwest::Client::new();
    let get = |url: String| {
        let http = http.clone();
        async move {
            let body = http.get(url).send().await.unwrap().bytes().await.unwrap();
            serde_json::from_slice::<Value>(&body).unwrap()
        }
    };
    let metadata = get(bf.metadata_url.clone()).await;
    let keys: JwkSet =
        serde_json::from_value(get(metadata["jwks_uri"].as_str().unwrap().into()).await).unwrap();
    let kid = decode_header(&token).unwrap().kid.unwrap();
    let key = DecodingKey::from_jwk(keys.find(&kid).unwrap()).unwrap();
    let mut rules = Validation::new(Algorithm::RS256);
    rules.set_issuer(&["https://api.botframework.com"]);
    rules.set_audience(&["haven-app-id"]);
    let claims = decode::<Value>(&token, &key, &rules).unwrap().claims;
    assert_eq!(claims["serviceurl"], a["serviceUrl"]);

    let form = "grant_type=client_credentials&client_id=haven-app-id&client_secret=s";
    let res = http
        .post(&bf.token_authority)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(form)
        .send()
        .await
        .unwrap();
    let answer: Value = serde_json::from_slice(&res.bytes().await.unwrap()).unwrap();
    assert_eq!(answer["access_token"], APP_TOKEN);
    assert_eq!(bf.token_requests(), [form]);
}
