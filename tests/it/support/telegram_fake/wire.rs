//! The fake's wire format: reading a request's parameters and writing Bot API answers.

use super::{Refusal, BOT_ID, BOT_USERNAME};
use crate::support::telegram_spec::spec;
use axum::body::Bytes;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::{json, Map, Value};

/// Reads parameters from a JSON body, a multipart form (typed by the description), or nothing.
pub async fn read_params(method: &str, req: Request) -> Result<Value, String> {
    let content_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    if content_type.starts_with("multipart/form-data") {
        let mut form = Multipart::from_request(req, &())
            .await
            .map_err(|e| e.to_string())?;
        let mut params = Map::new();
        while let Some(field) = form.next_field().await.map_err(|e| e.to_string())? {
            let name = field.name().unwrap_or_default().to_string();
            let text = field.text().await.map_err(|e| e.to_string())?;
            params.insert(
                name.clone(),
                typed(&spec().field_types(method, &name), text),
            );
        }
        return Ok(Value::Object(params));
    }
    let body = Bytes::from_request(req, &())
        .await
        .map_err(|e| e.to_string())?;
    if body.is_empty() {
        return Ok(json!({}));
    }
    serde_json::from_slice(&body).map_err(|e| format!("body is not JSON: {e}"))
}

/// A multipart value as the JSON value its declared types call for.
fn typed(types: &[String], text: String) -> Value {
    let plain_string = types.len() == 1 && types[0] == "String";
    if plain_string {
        return Value::String(text);
    }
    serde_json::from_str(&text).unwrap_or(Value::String(text))
}

/// A message as Telegram returns it.
pub fn message(id: i64, chat_id: i64, text: Option<&str>) -> Value {
    json!({
        "message_id": id, "date": 1_700_000_000,
        "chat": crate::support::telegram_updates::chat(chat_id),
        "from": {"id": BOT_ID, "is_bot": true, "first_name": "Haven", "username": BOT_USERNAME},
        "text": text.unwrap_or(""),
    })
}

pub fn ok(result: Value) -> Response {
    Json(json!({"ok": true, "result": result})).into_response()
}

pub fn refused(refusal: Refusal) -> Response {
    match refusal {
        Refusal::TooManyRequests(secs) => refuse(
            429,
            &format!("Too Many Requests: retry after {secs}"),
            Some(json!({"retry_after": secs})),
        ),
        Refusal::Blocked => refuse(403, "Forbidden: bot was blocked by the user", None),
        Refusal::ChatNotFound => refuse(400, "Bad Request: chat not found", None),
        Refusal::CantDelete => refuse(400, "Bad Request: message can't be deleted", None),
    }
}

pub fn refuse(code: u16, description: &str, parameters: Option<Value>) -> Response {
    let mut body = json!({"ok": false, "error_code": code, "description": description});
    if let Some(parameters) = parameters {
        body["parameters"] = parameters;
    }
    let status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_REQUEST);
    (status, Json(body)).into_response()
}
