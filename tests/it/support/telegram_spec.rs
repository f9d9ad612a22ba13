//! Checks Bot API requests against the official machine-readable description
//! (`tests/specs/telegram-bot-api.json`): the method exists, every required field is present,
//! no field is unknown, and every value has one of the field's JSON types, recursively through
//! object types (`InlineKeyboardMarkup`, `BotCommandScope`, …).
//!
//! Conditional requirements that live only in prose are not checked; a `type` field whose
//! description says "must be X" is.

use serde_json::{Map, Value};
use std::sync::OnceLock;

const SPEC_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/specs/telegram-bot-api.json"
);

static NO_FIELDS: Value = Value::Null;

/// The parsed Bot API description.
pub struct BotApiSpec {
    doc: Value,
}

/// The description, read once per test run.
pub fn spec() -> &'static BotApiSpec {
    static SPEC: OnceLock<BotApiSpec> = OnceLock::new();
    SPEC.get_or_init(|| {
        let text = std::fs::read_to_string(SPEC_PATH)
            .unwrap_or_else(|e| panic!("cannot read {SPEC_PATH}: {e}"));
        BotApiSpec {
            doc: serde_json::from_str(&text).expect("the Bot API description is JSON"),
        }
    })
}

impl BotApiSpec {
    /// Every way `params` breaks the description of `method`; empty when the call is valid.
    pub fn check(&self, method: &str, params: &Value) -> Vec<String> {
        let Some(fields) = self.doc["methods"][method].get("fields").or_else(|| {
            // Methods without parameters (getMe) have no `fields` key.
            self.doc["methods"].get(method).map(|_| &NO_FIELDS)
        }) else {
            return vec![format!("unknown method {method}")];
        };
        let Some(params) = params.as_object() else {
            return vec![format!("{method}: parameters are not a JSON object")];
        };
        let mut errors = Vec::new();
        check_fields(self, method, fields, params, &mut errors);
        errors
    }

    /// The description's spelling of a method name given in any case.
    pub fn method_name(&self, name: &str) -> Option<&str> {
        let methods = self.doc["methods"].as_object()?;
        let found = methods.keys().find(|k| k.eq_ignore_ascii_case(name));
        found.map(String::as_str)
    }

    /// The declared types of a method's field (used to read multipart values).
    pub fn field_types(&self, method: &str, field: &str) -> Vec<String> {
        let fields = self.doc["methods"][method]["fields"].as_array();
        fields
            .into_iter()
            .flatten()
            .find(|f| f["name"] == field)
            .and_then(|f| f["types"].as_array())
            .into_iter()
            .flatten()
            .filter_map(|t| t.as_str().map(str::to_string))
            .collect()
    }

    fn object_type(&self, name: &str) -> Option<&Value> {
        self.doc["types"].get(name)
    }
}

/// Checks an object's keys against a list of field descriptions (`Null` means no fields).
fn check_fields(
    spec: &BotApiSpec,
    path: &str,
    fields: &Value,
    object: &Map<String, Value>,
    errors: &mut Vec<String>,
) {
    let fields: &[Value] = fields.as_array().map(Vec::as_slice).unwrap_or_default();
    for field in fields {
        let name = field["name"].as_str().unwrap_or_default();
        if field["required"] == true && !object.contains_key(name) {
            errors.push(format!("{path}: missing required field {name}"));
        }
    }
    for (key, value) in object {
        let here = format!("{path}.{key}");
        let Some(field) = fields.iter().find(|f| f["name"] == key.as_str()) else {
            errors.push(format!("{path}: unknown field {key}"));
            continue;
        };
        let types: Vec<&str> = field["types"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        if let Err(e) = any_type(spec, &here, value, &types) {
            errors.push(e);
        } else if key == "type" {
            check_discriminator(&here, field, value, errors);
        }
    }
}

/// A `type` field described as "…, must be chat" must hold exactly `chat`.
fn check_discriminator(path: &str, field: &Value, value: &Value, errors: &mut Vec<String>) {
    let description = field["description"].as_str().unwrap_or_default();
    let Some((_, rest)) = description.split_once("must be ") else {
        return;
    };
    let expected: String = rest
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if !expected.is_empty() && value.as_str() != Some(expected.as_str()) {
        errors.push(format!("{path}: must be {expected:?}, got {value}"));
    }
}

/// Ok when `value` has at least one of `types`.
fn any_type(spec: &BotApiSpec, path: &str, value: &Value, types: &[&str]) -> Result<(), String> {
    let mut last = format!("{path}: no type declared");
    for ty in types {
        match one_type(spec, path, value, ty) {
            Ok(()) => return Ok(()),
            Err(e) => last = e,
        }
    }
    if types.len() > 1 {
        last = format!("{path}: {value} is none of {types:?} ({last})");
    }
    Err(last)
}

fn one_type(spec: &BotApiSpec, path: &str, value: &Value, ty: &str) -> Result<(), String> {
    let ok = |b: bool| {
        b.then_some(())
            .ok_or_else(|| format!("{path}: expected {ty}, got {value}"))
    };
    if let Some(inner) = ty.strip_prefix("Array of ") {
        let items = value
            .as_array()
            .ok_or_else(|| format!("{path}: expected {ty}, got {value}"))?;
        for (i, item) in items.iter().enumerate() {
            one_type(spec, &format!("{path}[{i}]"), item, inner)?;
        }
        return Ok(());
    }
    match ty {
        "Integer" => ok(value.is_i64() || value.is_u64()),
        "Float" => ok(value.is_number()),
        "String" => ok(value.is_string()),
        "Boolean" => ok(value.is_boolean()),
        // A file id, a URL or `attach://name` in JSON; uploads come as multipart parts.
        "InputFile" => ok(value.is_string()),
        name => object(spec, path, value, name),
    }
}

/// Checks a value against an object type, or against any subtype of an abstract type.
fn object(spec: &BotApiSpec, path: &str, value: &Value, name: &str) -> Result<(), String> {
    let Some(ty) = spec.object_type(name) else {
        return Err(format!("{path}: type {name} is not in the description"));
    };
    if let Some(subtypes) = ty["subtypes"].as_array() {
        let names: Vec<&str> = subtypes.iter().filter_map(Value::as_str).collect();
        return names
            .iter()
            .find(|sub| object(spec, path, value, sub).is_ok())
            .map(|_| ())
            .ok_or_else(|| format!("{path}: {value} matches no kind of {name}"));
    }
    let map = value
        .as_object()
        .ok_or_else(|| format!("{path}: expected {name} object, got {value}"))?;
    let mut errors = Vec::new();
    check_fields(spec, path, &ty["fields"], map, &mut errors);
    match errors.is_empty() {
        true => Ok(()),
        false => Err(errors.join("; ")),
    }
}
