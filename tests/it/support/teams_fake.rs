//! A fake Microsoft side on 127.0.0.1 for the Teams adapter's tests: the Bot Framework's OpenID
//! metadata and signing keys (an RSA key made in the test), the token endpoint of the
//! client-credentials flow, and the Bot Connector's conversations API. It signs the tokens a
//! test's activities carry, and can be told to refuse the next matching connector call.
//!
//! Every connector call must carry the app token the fake last issued; one that does not is
//! answered 401 (as the real connector does), and counted.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine;
use jsonwebtoken::{EncodingKey, Header};
use rsa::pkcs1::EncodeRsaPrivateKey;
use rsa::traits::PublicKeyParts;
use serde_json::{json, Value};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, OnceLock};
use std::time::Duration;
use tokio::sync::Notify;

/// The bot's app id (as registered with Microsoft).
pub const APP_ID: &str = "6f1c2a9e-0000-4000-8000-0000000000aa";
pub const APP_SECRET: &str = "fake-secret-for-tests-only";
pub const TENANT: &str = "tenant-school";
/// The signing key's id in the fake's key list.
pub const KID: &str = "haven-test-key";
/// How long a test waits for the bot before failing.
pub const PATIENCE: Duration = Duration::from_secs(10);

/// The test's RSA key (made once per test run: 2048 bits, as the Bot Framework's).
fn key() -> &'static rsa::RsaPrivateKey {
    static KEY: OnceLock<rsa::RsaPrivateKey> = OnceLock::new();
    KEY.get_or_init(|| rsa::RsaPrivateKey::new(&mut rand::thread_rng(), 2048).expect("an RSA key"))
}

/// One connector call the bot made.
#[derive(Debug, Clone)]
pub struct Call {
    pub method: String,
    /// The path, percent-decoded (`/v3/conversations/a:1/activities`).
    pub path: String,
    pub body: Value,
    /// The activity id the connector gave or was given (empty for other calls).
    pub id: String,
}

impl Call {
    /// The texts of the call's card (every text block), joined by blank lines.
    pub fn text(&self) -> String {
        card_texts(&self.body).join("\n\n")
    }

    /// The call's card.
    pub fn card(&self) -> &Value {
        &self.body["attachments"][0]["content"]
    }
}

/// The texts of an activity's card.
pub fn card_texts(activity: &Value) -> Vec<String> {
    activity["attachments"][0]["content"]["body"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|b| b["type"] == "TextBlock")
        .filter_map(|b| b["text"].as_str().map(str::to_string))
        .collect()
}

#[derive(Default)]
struct World {
    calls: Vec<Call>,
    refusals: Vec<(String, u16, Option<u64>)>,
    tokens_issued: u32,
    token_lifetime: u64,
    key_fetches: u32,
    unauthorised: u32,
    next_id: u64,
}

#[derive(Clone, Default)]
struct Shared {
    world: Arc<Mutex<World>>,
    called: Arc<Notify>,
    base: Arc<OnceLock<String>>,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, World> {
        self.world.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// The fake, running.
pub struct FakeTeams {
    shared: Shared,
    pub addr: SocketAddr,
}

impl FakeTeams {
    pub async fn start() -> FakeTeams {
        let _ = key();
        let shared = Shared::default();
        shared.lock().token_lifetime = 3600;
        let app = Router::new()
            .route("/openid", get(openid))
            .route("/keys", get(keys))
            .route("/token", post(token))
            .route("/v3/conversations", post(create))
            .route("/v3/conversations/{conv}/activities", post(send))
            .route(
                "/v3/conversations/{conv}/activities/{id}",
                post(reply).put(update).delete(delete),
            )
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("addr");
        shared
            .base
            .set(format!("http://{addr}"))
            .expect("base once");
        tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeTeams { shared, addr }
    }

    /// The service URL activities name (the connector lives here).
    pub fn service_url(&self) -> String {
        format!("http://{}/", self.addr)
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// A token as the Bot Framework signs it, with `claims` changed or added.
    pub fn token(&self, claims: Value) -> String {
        self.token_with_kid(KID, claims)
    }

    /// As [`Self::token`], naming another signing key.
    pub fn token_with_kid(&self, kid: &str, claims: Value) -> String {
        let now = chrono::Utc::now().timestamp();
        let mut c = json!({
            "iss": "https://api.botframework.com",
            "aud": APP_ID,
            "nbf": now - 60,
            "exp": now + 3600,
            "serviceurl": self.service_url(),
        });
        for (k, v) in claims.as_object().into_iter().flatten() {
            c[k] = v.clone();
        }
        let mut header = Header::new(jsonwebtoken::Algorithm::RS256);
        header.kid = Some(kid.into());
        let pem = key().to_pkcs1_pem(rsa::pkcs1::LineEnding::LF).expect("pem");
        let enc = EncodingKey::from_rsa_pem(pem.as_bytes()).expect("encoding key");
        jsonwebtoken::encode(&header, &c, &enc).expect("signed")
    }

    /// Makes the next connector call whose `METHOD path` contains `pattern` fail with
    /// `status` (and a `Retry-After` of so many seconds).
    pub fn refuse_next(&self, pattern: &str, status: u16, retry_after: Option<u64>) {
        self.shared
            .lock()
            .refusals
            .push((pattern.to_string(), status, retry_after));
    }

    /// The app tokens' lifetime from now on.
    pub fn set_token_lifetime(&self, secs: u64) {
        self.shared.lock().token_lifetime = secs;
    }

    pub fn tokens_issued(&self) -> u32 {
        self.shared.lock().tokens_issued
    }

    pub fn key_fetches(&self) -> u32 {
        self.shared.lock().key_fetches
    }

    /// Connector calls refused for want of the current app token.
    pub fn unauthorised(&self) -> u32 {
        self.shared.lock().unauthorised
    }

    pub fn calls(&self) -> Vec<Call> {
        self.shared.lock().calls.clone()
    }

    /// Calls whose `METHOD path` contains `pattern`.
    pub fn calls_to(&self, pattern: &str) -> Vec<Call> {
        self.calls()
            .into_iter()
            .filter(|c| format!("{} {}", c.method, c.path).contains(pattern))
            .collect()
    }

    /// Messages posted to a conversation, in order.
    pub fn posted_to(&self, conversation: &str) -> Vec<Call> {
        let path = format!("/v3/conversations/{conversation}/activities");
        self.calls()
            .into_iter()
            .filter(|c| c.method == "POST" && c.path == path)
            .collect()
    }

    /// Waits until `probe` finds something, or fails the test after [`PATIENCE`].
    pub async fn wait_until<T>(&self, probe: impl Fn(&Self) -> Option<T>) -> T {
        let deadline = tokio::time::Instant::now() + PATIENCE;
        loop {
            let called = self.shared.called.notified();
            if let Some(t) = probe(self) {
                return t;
            }
            if tokio::time::timeout_at(deadline, called).await.is_err() {
                panic!(
                    "the bot did not do what was expected in time; calls:\n{:#?}",
                    self.calls()
                );
            }
        }
    }

    /// Tells waiters to look again (after something outside the fake changed).
    pub fn poke(&self) {
        self.shared.called.notify_waiters();
    }
}

async fn openid(State(s): State<Shared>) -> Json<Value> {
    let base = s.base.get().cloned().unwrap_or_default();
    Json(json!({
        "issuer": "https://api.botframework.com",
        "jwks_uri": format!("{base}/keys"),
        "id_token_signing_alg_values_supported": ["RS256"],
    }))
}

async fn keys(State(s): State<Shared>) -> Json<Value> {
    s.lock().key_fetches += 1;
    let b64 = |bytes: Vec<u8>| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes);
    let public = key().to_public_key();
    Json(json!({ "keys": [{
        "kty": "RSA", "use": "sig", "alg": "RS256", "kid": KID,
        "n": b64(public.n().to_bytes_be()), "e": b64(public.e().to_bytes_be()),
        "endorsements": ["msteams"],
    }]}))
}

async fn token(State(s): State<Shared>, body: String) -> Response {
    let form: Vec<(String, String)> = url::form_urlencoded::parse(body.as_bytes())
        .into_owned()
        .collect();
    let get = |k: &str| form.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    if get("client_id") != Some(APP_ID)
        || get("client_secret") != Some(APP_SECRET)
        || get("grant_type") != Some("client_credentials")
        || get("scope") != Some("https://api.botframework.com/.default")
    {
        return (StatusCode::UNAUTHORIZED, "invalid_client").into_response();
    }
    let mut w = s.lock();
    w.tokens_issued += 1;
    Json(json!({
        "token_type": "Bearer",
        "expires_in": w.token_lifetime,
        "access_token": format!("app-token-{}", w.tokens_issued),
    }))
    .into_response()
}

/// True when the request carries the token issued last.
fn authorised(s: &Shared, headers: &HeaderMap) -> bool {
    let expected = format!("Bearer app-token-{}", s.lock().tokens_issued);
    let ok = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v == expected);
    if !ok {
        s.lock().unauthorised += 1;
    }
    ok
}

async fn create(State(s): State<Shared>, headers: HeaderMap, Json(body): Json<Value>) -> Response {
    if !authorised(&s, &headers) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let user = body["members"][0]["id"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    record(&s, "POST", "/v3/conversations".into(), body, String::new());
    Json(json!({ "id": format!("a:personal-{user}") })).into_response()
}

async fn send(
    State(s): State<Shared>,
    headers: HeaderMap,
    Path(conv): Path<String>,
    Json(body): Json<Value>,
) -> Response {
    connector(s, headers, "POST", conv, None, body).await
}

async fn reply(
    State(s): State<Shared>,
    headers: HeaderMap,
    Path((conv, id)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> Response {
    connector(s, headers, "POST", conv, Some(id), body).await
}

async fn update(
    State(s): State<Shared>,
    headers: HeaderMap,
    Path((conv, id)): Path<(String, String)>,
    Json(body): Json<Value>,
) -> Response {
    connector(s, headers, "PUT", conv, Some(id), body).await
}

async fn delete(
    State(s): State<Shared>,
    headers: HeaderMap,
    Path((conv, id)): Path<(String, String)>,
) -> Response {
    connector(s, headers, "DELETE", conv, Some(id), Value::Null).await
}

async fn connector(
    s: Shared,
    headers: HeaderMap,
    method: &str,
    conv: String,
    id: Option<String>,
    body: Value,
) -> Response {
    if !authorised(&s, &headers) {
        return StatusCode::UNAUTHORIZED.into_response();
    }
    let path = match &id {
        Some(id) => format!("/v3/conversations/{conv}/activities/{id}"),
        None => format!("/v3/conversations/{conv}/activities"),
    };
    let line = format!("{method} {path}");
    let refusal = {
        let mut w = s.lock();
        let at = w
            .refusals
            .iter()
            .position(|(p, _, _)| line.contains(p.as_str()));
        at.map(|i| w.refusals.remove(i))
    };
    if let Some((_, status, retry_after)) = refusal {
        let mut res = StatusCode::from_u16(status)
            .expect("status")
            .into_response();
        if let Some(secs) = retry_after {
            res.headers_mut()
                .insert("retry-after", secs.to_string().parse().expect("header"));
        }
        s.called.notify_waiters();
        return res;
    }
    let given = match (method, id) {
        ("POST", _) => {
            let mut w = s.lock();
            w.next_id += 1;
            format!("act-{}", w.next_id)
        }
        (_, id) => id.unwrap_or_default(),
    };
    record(&s, method, path, body, given.clone());
    match method {
        "DELETE" => StatusCode::OK.into_response(),
        _ => Json(json!({ "id": given })).into_response(),
    }
}

fn record(s: &Shared, method: &str, path: String, body: Value, id: String) {
    s.lock().calls.push(Call {
        method: method.into(),
        path,
        body,
        id,
    });
    s.called.notify_waiters();
}

/// `Arc` of the shared world is cloned into handlers; nothing else.
impl Clone for FakeTeams {
    fn clone(&self) -> Self {
        FakeTeams {
            shared: self.shared.clone(),
            addr: self.addr,
        }
    }
}
