//! A stand-in for the Bot Framework's own services, on loopback, for what the Agents Playground
//! leaves out: it sends activities to the bot unsigned, and it has no token endpoint. Haven's
//! Teams adapter has no switch that accepts unsigned requests, so the playground is pointed at
//! [`BotFramework::relay`], which signs each activity as the Bot Framework does (RS256, issuer
//! `https://api.botframework.com`, audience the app id, `serviceurl` the activity's own) and
//! forwards it to the bot unchanged. Haven is configured with [`BotFramework::metadata_url`]
//! (OpenID metadata listing the test key) and [`BotFramework::token_authority`] (a
//! client-credentials endpoint handing out a test app token), and `allow_loopback`.
//!
//! It never signs for a bot that is not on 127.0.0.1, and its key exists only in this process.

use axum::body::Bytes;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use jsonwebtoken::{encode, Algorithm, EncodingKey, Header};
use rsa::pkcs1::{EncodeRsaPrivateKey, LineEnding};
use rsa::traits::PublicKeyParts;
use rsa::RsaPrivateKey;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{SystemTime, UNIX_EPOCH};

/// The key id of the test signing key.
pub const KEY_ID: &str = "haven-test-key";
/// The app token the token endpoint hands out.
pub const APP_TOKEN: &str = "test-app-token";

struct TestKey {
    encoding: EncodingKey,
    jwk: Value,
}

/// One RSA key for the whole test binary (generating one takes a while).
fn test_key() -> &'static TestKey {
    static KEY: OnceLock<TestKey> = OnceLock::new();
    KEY.get_or_init(|| {
        let key = RsaPrivateKey::new(&mut rand::thread_rng(), 2048).expect("RSA key");
        let pem = key.to_pkcs1_pem(LineEnding::LF).expect("PEM");
        let b64 = |bytes: Vec<u8>| URL_SAFE_NO_PAD.encode(bytes);
        TestKey {
            encoding: EncodingKey::from_rsa_pem(pem.as_bytes()).expect("encoding key"),
            jwk: json!({
                "kty": "RSA", "use": "sig", "alg": "RS256", "kid": KEY_ID,
                "n": b64(key.n().to_bytes_be()), "e": b64(key.e().to_bytes_be()),
                "endorsements": ["msteams"],
            }),
        }
    })
}

/// A token the Bot Framework would attach to an activity from `service_url` for `app_id`.
pub fn sign(app_id: &str, service_url: &str) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .expect("time")
        .as_secs();
    let claims = json!({
        "iss": "https://api.botframework.com", "aud": app_id, "serviceurl": service_url,
        "nbf": now, "iat": now, "exp": now + 3600,
    });
    let mut header = Header::new(Algorithm::RS256);
    header.kid = Some(KEY_ID.into());
    encode(&header, &claims, &test_key().encoding).expect("sign")
}

#[derive(Clone)]
struct Shared {
    base: String,
    bot: Arc<Mutex<Option<String>>>,
    app_id: String,
    token_requests: Arc<Mutex<Vec<String>>>,
    http: reqwest::Client,
}

/// The running stand-in.
pub struct BotFramework {
    /// Where the playground sends activities (`-e`): signed and passed on to the bot.
    pub relay: String,
    /// OpenID metadata whose `jwks_uri` lists the test key.
    pub metadata_url: String,
    /// A client-credentials token endpoint answering with [`APP_TOKEN`].
    pub token_authority: String,
    token_requests: Arc<Mutex<Vec<String>>>,
    bot: Arc<Mutex<Option<String>>>,
}

impl BotFramework {
    /// Starts it for the bot whose app id is `app_id`; it relays once told where the bot is
    /// ([`Self::serve_bot`]), so the bot can be configured with its URLs first.
    pub async fn start(app_id: &str) -> BotFramework {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind loopback");
        let base = format!("http://{}", listener.local_addr().expect("addr"));
        let token_requests = Arc::<Mutex<Vec<String>>>::default();
        let bot = Arc::<Mutex<Option<String>>>::default();
        let shared = Shared {
            base: base.clone(),
            bot: bot.clone(),
            app_id: app_id.into(),
            token_requests: token_requests.clone(),
            http: reqwest::Client::new(),
        };
        let app = Router::new()
            .route("/.well-known/openidconfiguration", get(metadata))
            .route(
                "/keys",
                get(|| async { Json(json!({"keys": [test_key().jwk]})) }),
            )
            .route("/token", post(token))
            .route("/api/messages", post(relay))
            .with_state(shared);
        tokio::spawn(async move { axum::serve(listener, app).await.expect("serve") });
        BotFramework {
            relay: format!("{base}/api/messages"),
            metadata_url: format!("{base}/.well-known/openidconfiguration"),
            token_authority: format!("{base}/token"),
            token_requests,
            bot,
        }
    }

    /// Relays activities to the bot at `bot_endpoint` (on 127.0.0.1) from now on.
    pub fn serve_bot(&self, bot_endpoint: &str) {
        assert!(
            bot_endpoint.starts_with("http://127.0.0.1:"),
            "signs only for a bot on loopback, not {bot_endpoint}"
        );
        *self.bot.lock().unwrap_or_else(|e| e.into_inner()) = Some(bot_endpoint.into());
    }

    /// The form bodies of the token requests so far (client id, secret, scope).
    pub fn token_requests(&self) -> Vec<String> {
        self.token_requests
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }
}

async fn metadata(State(s): State<Shared>) -> Json<Value> {
    Json(json!({
        "issuer": "https://api.botframework.com",
        "jwks_uri": format!("{}/keys", s.base),
        "id_token_signing_alg_values_supported": ["RS256"],
    }))
}

async fn token(State(s): State<Shared>, body: String) -> Json<Value> {
    s.token_requests
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .push(body);
    Json(json!({"token_type": "Bearer", "expires_in": 3600, "access_token": APP_TOKEN}))
}

/// Signs the activity for its own `serviceUrl` and passes it on; answers with the bot's status.
async fn relay(State(s): State<Shared>, body: Bytes) -> StatusCode {
    let Ok(activity) = serde_json::from_slice::<Value>(&body) else {
        return StatusCode::BAD_REQUEST;
    };
    let service_url = activity["serviceUrl"].as_str().unwrap_or_default();
    let bot = s.bot.lock().unwrap_or_else(|e| e.into_inner()).clone();
    let Some(bot) = bot else {
        return StatusCode::SERVICE_UNAVAILABLE;
    };
    let res = s
        .http
        .post(bot)
        .header("content-type", "application/json")
        .bearer_auth(sign(&s.app_id, service_url))
        .body(body)
        .send()
        .await;
    match res {
        Ok(r) => StatusCode::from_u16(r.status().as_u16()).unwrap_or(StatusCode::BAD_GATEWAY),
        Err(_) => StatusCode::BAD_GATEWAY,
    }
}
