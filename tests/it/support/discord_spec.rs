//! Checks requests against Discord's official OpenAPI description (`tests/specs/
//! discord-openapi.json`, paths relative to `/api/v10`): the route and method exist, a body is
//! sent where one is required, and the JSON body's properties are known to the schema (following
//! `$ref`, `allOf`, `oneOf` and `anyOf`), with the required ones present and of the right JSON
//! types, lengths, sizes and enumerated values.

use serde_json::{Map, Value};
use std::sync::OnceLock;

const SPEC_PATH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/specs/discord-openapi.json"
);

/// The loaded description.
pub struct Spec {
    doc: Value,
}

/// The description, loaded once per test binary.
pub fn spec() -> &'static Spec {
    static SPEC: OnceLock<Spec> = OnceLock::new();
    SPEC.get_or_init(|| {
        let text = std::fs::read_to_string(SPEC_PATH)
            .unwrap_or_else(|e| panic!("reading {SPEC_PATH}: {e}"));
        Spec {
            doc: serde_json::from_str(&text).expect("the Discord OpenAPI file is JSON"),
        }
    })
}

impl Spec {
    /// Every way `method path` with `body` breaks the description (empty when it is fine).
    pub fn check(&self, method: &str, path: &str, body: Option<&Value>) -> Vec<String> {
        let Some(op) = self.operation(method, path) else {
            return vec![format!("{method} {path}: no such route in Discord's API")];
        };
        let schema = op
            .pointer("/requestBody/content/application~1json/schema")
            .cloned();
        let required = op
            .pointer("/requestBody/required")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        let mut errors = Vec::new();
        match (schema, body) {
            (Some(s), Some(b)) => self.validate(&s, b, "body", false, &mut errors),
            (Some(_), None) if required => errors.push("body: missing".into()),
            (None, Some(b)) if !b.is_null() => errors.push("body: this route takes none".into()),
            _ => {}
        }
        errors
            .into_iter()
            .map(|e| format!("{method} {path}: {e}"))
            .collect()
    }

    /// The operation for a concrete path; literal segments win over `{parameters}`.
    fn operation(&self, method: &str, path: &str) -> Option<&Value> {
        let want: Vec<&str> = path.trim_matches('/').split('/').collect();
        let method = method.to_ascii_lowercase();
        self.doc["paths"]
            .as_object()?
            .iter()
            .filter_map(|(template, item)| {
                let segs: Vec<&str> = template.trim_matches('/').split('/').collect();
                if segs.len() != want.len() {
                    return None;
                }
                let mut literal = 0;
                for (t, w) in segs.iter().zip(&want) {
                    if t.starts_with('{') {
                        continue;
                    }
                    if t != w {
                        return None;
                    }
                    literal += 1;
                }
                item.get(&method).map(|op| (literal, op))
            })
            .max_by_key(|(literal, _)| *literal)
            .map(|(_, op)| op)
    }

    fn resolve<'a>(&'a self, schema: &'a Value) -> &'a Value {
        let mut s = schema;
        while let Some(r) = s.get("$ref").and_then(Value::as_str) {
            let pointer = r.trim_start_matches('#');
            s = self.doc.pointer(pointer).unwrap_or(&Value::Null);
        }
        s
    }

    fn validate(
        &self,
        schema: &Value,
        v: &Value,
        at: &str,
        in_all_of: bool,
        errs: &mut Vec<String>,
    ) {
        let s = self.resolve(schema);
        for part in s
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            self.validate(part, v, at, true, errs);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(branches) = s.get(key).and_then(Value::as_array) {
                self.one_of(branches, v, at, errs);
            }
        }
        if let Some(t) = s.get("type") {
            let types: Vec<&str> = match t {
                Value::String(one) => vec![one.as_str()],
                Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
                _ => vec![],
            };
            if !types.iter().any(|t| is_type(v, t)) {
                errs.push(format!(
                    "{at}: expected {}, got {}",
                    types.join(" or "),
                    kind(v)
                ));
                return;
            }
        }
        if let Some(c) = s.get("const") {
            if c != v {
                errs.push(format!("{at}: {v} is not {c}"));
            }
        }
        if let Some(options) = s.get("enum").and_then(Value::as_array) {
            if !options.contains(v) {
                errs.push(format!("{at}: {v} is not one of {options:?}"));
            }
        }
        match v {
            Value::String(text) => self.lengths(s, text.chars().count(), "characters", at, errs),
            Value::Array(items) => {
                self.sizes(s, items.len(), at, errs);
                if let Some(item) = s.get("items") {
                    for (i, x) in items.iter().enumerate() {
                        self.validate(item, x, &format!("{at}[{i}]"), false, errs);
                    }
                }
            }
            Value::Object(map) => self.object(s, map, at, in_all_of, errs),
            _ => {}
        }
    }

    fn one_of(&self, branches: &[Value], v: &Value, at: &str, errs: &mut Vec<String>) {
        let mut best: Option<Vec<String>> = None;
        for b in branches {
            let mut e = Vec::new();
            self.validate(b, v, at, false, &mut e);
            if e.is_empty() {
                return;
            }
            if best.as_ref().is_none_or(|x| e.len() < x.len()) {
                best = Some(e);
            }
        }
        errs.push(format!("{at}: matches none of the allowed shapes"));
        errs.extend(best.unwrap_or_default());
    }

    fn object(
        &self,
        s: &Value,
        map: &Map<String, Value>,
        at: &str,
        in_all_of: bool,
        errs: &mut Vec<String>,
    ) {
        let known = self.properties(s);
        for r in s
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(name) = r.as_str() {
                if !map.contains_key(name) {
                    errs.push(format!("{at}: required property {name} is missing"));
                }
            }
        }
        let extra = s.get("additionalProperties");
        let closed = !known.is_empty() || extra == Some(&Value::Bool(false));
        for (name, value) in map {
            let here = format!("{at}.{name}");
            match known.get(name) {
                Some(p) => self.validate(p, value, &here, false, errs),
                None => match extra {
                    Some(e) if e.is_object() => self.validate(e, value, &here, false, errs),
                    _ if closed && !in_all_of => {
                        errs.push(format!("{here}: unknown property"));
                    }
                    _ => {}
                },
            }
        }
        if let Some(max) = s.get("maxProperties").and_then(Value::as_u64) {
            if map.len() as u64 > max {
                errs.push(format!("{at}: more than {max} properties"));
            }
        }
    }

    /// The properties a schema knows, its own and those of its `allOf` parts.
    fn properties(&self, s: &Value) -> Map<String, Value> {
        let mut all = s
            .get("properties")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        for part in s
            .get("allOf")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            all.extend(self.properties(self.resolve(part)));
        }
        all
    }

    fn lengths(&self, s: &Value, n: usize, what: &str, at: &str, errs: &mut Vec<String>) {
        if let Some(max) = s.get("maxLength").and_then(Value::as_u64) {
            if n as u64 > max {
                errs.push(format!("{at}: {n} {what}, more than {max}"));
            }
        }
        if let Some(min) = s.get("minLength").and_then(Value::as_u64) {
            if (n as u64) < min {
                errs.push(format!("{at}: {n} {what}, fewer than {min}"));
            }
        }
    }

    fn sizes(&self, s: &Value, n: usize, at: &str, errs: &mut Vec<String>) {
        if let Some(max) = s.get("maxItems").and_then(Value::as_u64) {
            if n as u64 > max {
                errs.push(format!("{at}: {n} items, more than {max}"));
            }
        }
        if let Some(min) = s.get("minItems").and_then(Value::as_u64) {
            if (n as u64) < min {
                errs.push(format!("{at}: {n} items, fewer than {min}"));
            }
        }
    }
}

fn is_type(v: &Value, t: &str) -> bool {
    match t {
        "null" => v.is_null(),
        "boolean" => v.is_boolean(),
        "string" => v.is_string(),
        "integer" => v.is_i64() || v.is_u64(),
        "number" => v.is_number(),
        "array" => v.is_array(),
        "object" => v.is_object(),
        _ => true,
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}
