//! The fake's HTTP handling: checking each request, scripted refusals, and Discord's answers.

use super::{Call, Dispatched, Inner, Refusal, Shared, Shown};
use crate::support::discord_spec::spec;
use axum::body::{to_bytes, Body};
use axum::extract::{Request, State};
use axum::http::StatusCode;
use axum::response::Response;
use serde_json::{json, Value};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub(super) type Ctx = (Arc<Shared>, String);

pub(super) async fn serve(State((shared, ws_url)): State<Ctx>, req: Request) -> Response {
    let method = req.method().to_string();
    let full = req.uri().path().to_string();
    let bytes = to_bytes(req.into_body(), usize::MAX)
        .await
        .unwrap_or_default();
    let body: Option<Value> = (!bytes.is_empty())
        .then(|| serde_json::from_slice(&bytes).unwrap_or(Value::String("<not JSON>".into())));
    let Some(path) = full.strip_prefix("/api/v10") else {
        return record_violation(&shared, format!("{method} {full}: not under /api/v10"));
    };
    let path = path.to_string();
    let problems = spec().check(&method, &path, body.as_ref());
    let answer = {
        let mut inner = shared.lock();
        inner.calls.push(Call {
            method: method.clone(),
            path: path.clone(),
            body: body.clone().unwrap_or(Value::Null),
        });
        if !problems.is_empty() {
            inner.violations.extend(problems.iter().cloned());
            Err(reply(
                400,
                json!({ "code": 50035, "message": "Invalid Form Body", "errors": problems }),
            ))
        } else if let Some(left) = globally_blocked(&inner, &path) {
            inner
                .violations
                .push(format!("{method} {path}: sent during a global rate limit"));
            Err(refusal(Refusal::RateLimitedGlobally(left)))
        } else {
            let refused = take_refusal(&mut inner, &format!("{method} {path}"));
            match refused {
                Some(Refusal::Exhausts(_)) | None => {
                    let body = body.unwrap_or(Value::Null);
                    let mut r = answer(&mut inner, &method, &path, body, &ws_url);
                    if let Some(Refusal::Exhausts(after)) = refused {
                        let h = r.headers_mut();
                        h.insert("x-ratelimit-remaining", header("0"));
                        h.insert("x-ratelimit-reset-after", header(&after.to_string()));
                    }
                    Ok(r)
                }
                Some(r) => Err(refusal(r)),
            }
        }
    };
    shared.called.notify_waiters();
    answer.unwrap_or_else(|r| r)
}

fn record_violation(shared: &Shared, v: String) -> Response {
    shared.lock().violations.push(v.clone());
    shared.called.notify_waiters();
    reply(404, json!({ "code": 0, "message": v }))
}

fn take_refusal(inner: &mut Inner, call: &str) -> Option<Refusal> {
    let at = inner
        .refusals
        .iter()
        .position(|(p, _, _)| call.contains(p))?;
    if inner.refusals[at].1 > 0 {
        inner.refusals[at].1 -= 1;
        return None;
    }
    let r = inner.refusals.remove(at).2;
    if let Refusal::RateLimitedGlobally(after) = r {
        inner.global_until = Some(Instant::now() + Duration::from_secs_f64(after));
    }
    Some(r)
}

/// The seconds left of the fake's global rate limit, unless `path` answers an interaction
/// (Discord: "Interaction endpoints are not bound to the bot's Global Rate Limit").
fn globally_blocked(inner: &Inner, path: &str) -> Option<f64> {
    let exempt = path.starts_with("/interactions/") || path.starts_with("/webhooks/");
    let left = inner
        .global_until?
        .saturating_duration_since(Instant::now());
    (!exempt && !left.is_zero()).then_some(left.as_secs_f64())
}

fn refusal(r: Refusal) -> Response {
    match r {
        Refusal::RateLimited(after) => reply(
            429,
            json!({ "message": "You are being rate limited.", "retry_after": after, "global": false }),
        ),
        Refusal::RateLimitedGlobally(after) => reply(
            429,
            json!({ "message": "You are being rate limited.", "retry_after": after, "global": true }),
        ),
        Refusal::CannotDm => reply(
            403,
            json!({ "code": 50007, "message": "Cannot send messages to this user" }),
        ),
        Refusal::MissingPermissions => reply(
            403,
            json!({ "code": 50013, "message": "Missing Permissions" }),
        ),
        Refusal::Exhausts(_) => unreachable!("answered normally"),
    }
}

fn header(v: &str) -> axum::http::HeaderValue {
    v.parse().expect("a header value")
}

fn reply(status: u16, body: Value) -> Response {
    let mut r = Response::new(Body::from(body.to_string()));
    *r.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_REQUEST);
    r.headers_mut()
        .insert("content-type", "application/json".parse().expect("header"));
    r.headers_mut()
        .insert("x-ratelimit-remaining", "4".parse().expect("header"));
    r.headers_mut()
        .insert("x-ratelimit-reset-after", "1.000".parse().expect("header"));
    r
}

fn answer(inner: &mut Inner, method: &str, path: &str, body: Value, ws_url: &str) -> Response {
    let segs: Vec<&str> = path.trim_matches('/').split('/').collect();
    match (method, segs.as_slice()) {
        ("GET", ["gateway"]) => reply(200, json!({ "url": ws_url })),
        ("POST", ["users", "@me", "channels"]) => {
            let user = body["recipient_id"]
                .as_str()
                .unwrap_or_default()
                .to_string();
            let id = match inner.dms.get(&user) {
                Some(id) => id.clone(),
                None => {
                    let id = next_id(inner);
                    inner.dms.insert(user.clone(), id.clone());
                    id
                }
            };
            reply(
                200,
                json!({ "id": id, "type": 1, "recipients": [{ "id": user }] }),
            )
        }
        ("POST", ["channels", channel, "messages"]) => {
            let channel = channel.to_string();
            show(inner, channel, None, &body)
        }
        ("POST", ["interactions", id, _token, "callback"]) => {
            if body["type"] == 5 && body["data"]["flags"].as_u64().unwrap_or(0) & 64 != 0 {
                if let Some(d) = inner.interactions.get_mut(*id) {
                    d.ephemeral = true;
                }
            }
            if body["type"] == 4 {
                // An answer with a message: shown where the interaction happened.
                if let Some(d) = inner.interactions.get(*id).cloned() {
                    let ephemeral = body["data"]["flags"].as_u64().unwrap_or(0) & 64 != 0;
                    show(inner, d.channel, ephemeral.then_some(d.user), &body["data"]);
                }
            }
            reply(204, Value::Null)
        }
        ("PATCH", ["webhooks", _app, token, "messages", "@original"])
        | ("POST", ["webhooks", _app, token]) => {
            let Some(d) = interaction_by_token(inner, token) else {
                return reply(404, json!({ "code": 10015, "message": "Unknown Webhook" }));
            };
            let ephemeral = d.ephemeral || body["flags"].as_u64().unwrap_or(0) & 64 != 0;
            let only_for = ephemeral.then(|| d.user.clone());
            show(inner, d.channel.clone(), only_for, &body)
        }
        ("DELETE", ["channels", channel, "messages", id]) => {
            let id = id.to_string();
            let in_dm = inner.dms.values().any(|c| c == channel);
            if in_dm && !inner.shown.iter().any(|s| s.id == id) {
                // A bot may delete only its own messages in a DM.
                return reply(
                    403,
                    json!({ "code": 50003, "message": "Cannot execute action on a DM channel" }),
                );
            }
            inner.shown.retain(|s| s.id != id);
            reply(204, Value::Null)
        }
        ("PUT", ["applications", _, ..]) => reply(200, body),
        _ => reply(200, json!({})),
    }
}

fn interaction_by_token(inner: &Inner, token: &str) -> Option<Dispatched> {
    // Tokens in the fake are "token-<interaction id>".
    let id = token.strip_prefix("token-")?;
    inner.interactions.get(id).cloned()
}

fn show(inner: &mut Inner, channel: String, only_for: Option<String>, body: &Value) -> Response {
    let id = next_id(inner);
    inner.shown.push(Shown {
        channel: channel.clone(),
        id: id.clone(),
        content: body["content"].as_str().unwrap_or_default().to_string(),
        components: body["components"].clone(),
        only_for,
    });
    reply(
        200,
        json!({ "id": id, "channel_id": channel, "content": body["content"] }),
    )
}

pub(super) fn next_id(inner: &mut Inner) -> String {
    inner.next_id += 1;
    format!("{}", 1_500_000_000_000_000_000u64 + inner.next_id)
}
