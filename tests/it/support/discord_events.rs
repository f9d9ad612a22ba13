//! Gateway payloads as Discord sends them (API v10), for the fake gateway and for the pure
//! conversion tests: slash commands, button presses, select menus, modal submissions and
//! messages, in a server channel or a DM.

use super::discord_fake::{APP_ID, GUILD_ID};
use serde_json::{json, Value};

/// Where an interaction or message happens.
#[derive(Debug, Clone, Copy)]
pub enum Where<'a> {
    /// A DM channel with the bot.
    Dm(&'a str),
    /// A text channel in the school's server.
    Channel(&'a str),
}

/// A snowflake for test object number `n`.
pub fn snowflake(n: u64) -> String {
    format!("{}", 1_700_000_000_000_000_000u64 + n)
}

pub fn user(id: &str) -> Value {
    json!({ "id": id, "username": format!("user{id}"), "discriminator": "0",
            "global_name": null, "avatar": null })
}

fn interaction(n: u64, kind: u8, from: &str, at: Where, data: Value) -> Value {
    let id = snowflake(n);
    let mut v = json!({
        "id": id, "application_id": APP_ID, "type": kind, "data": data,
        "token": format!("token-{id}"), "version": 1, "locale": "en-GB",
        "app_permissions": "0", "entitlements": [], "authorizing_integration_owners": {},
        "attachment_size_limit": 26214400
    });
    match at {
        Where::Dm(channel) => {
            v["channel_id"] = json!(channel);
            v["channel"] = json!({ "id": channel, "type": 1 });
            v["user"] = user(from);
            v["context"] = json!(1);
        }
        Where::Channel(channel) => {
            v["channel_id"] = json!(channel);
            v["channel"] = json!({ "id": channel, "type": 0, "guild_id": GUILD_ID });
            v["guild_id"] = json!(GUILD_ID);
            v["guild_locale"] = json!("en-GB");
            v["context"] = json!(0);
            v["member"] = json!({
                "user": user(from), "roles": [], "joined_at": "2024-09-01T08:00:00+00:00",
                "deaf": false, "mute": false, "flags": 0, "permissions": "0", "nick": null,
                "avatar": null, "premium_since": null, "pending": false
            });
        }
    }
    v
}

/// `/name [option:value]`.
pub fn slash(n: u64, from: &str, at: Where, name: &str, option: Option<(&str, &str)>) -> Value {
    let options: Vec<Value> = option
        .map(|(o, value)| json!({ "name": o, "type": 3, "value": value }))
        .into_iter()
        .collect();
    let data = json!({ "id": snowflake(900), "name": name, "type": 1, "options": options });
    interaction(n, 2, from, at, data)
}

/// A press of the button `custom_id` on `message` (a message object the bot sent).
pub fn button(n: u64, from: &str, at: Where, custom_id: &str, message: Value) -> Value {
    let mut v = interaction(
        n,
        3,
        from,
        at,
        json!({ "custom_id": custom_id, "component_type": 2 }),
    );
    v["message"] = message;
    v
}

/// A choice from a select menu.
pub fn select(n: u64, from: &str, at: Where, value: &str, message: Value) -> Value {
    let data = json!({ "custom_id": "menu", "component_type": 3, "values": [value] });
    let mut v = interaction(n, 3, from, at, data);
    v["message"] = message;
    v
}

/// A submitted modal with one text field.
pub fn modal(n: u64, from: &str, at: Where, custom_id: &str, text: &str) -> Value {
    let data = json!({ "custom_id": custom_id, "components": [
        { "type": 1, "components": [{ "type": 4, "custom_id": "haven.text", "value": text }] }
    ]});
    interaction(n, 5, from, at, data)
}

/// A submitted modal that a button on `message` opened: `field` is the text field's
/// `custom_id`, and Discord sends the message along.
pub fn modal_from(
    n: u64,
    from: &str,
    at: Where,
    custom_id: &str,
    field: &str,
    text: &str,
    message: Value,
) -> Value {
    let data = json!({ "custom_id": custom_id, "components": [
        { "type": 1, "components": [{ "type": 4, "custom_id": field, "value": text }] }
    ]});
    let mut v = interaction(n, 5, from, at, data);
    v["message"] = message;
    v
}

/// A message object as the bot's message would come back in a component interaction.
pub fn bot_message(id: &str, channel: &str, author: &str, components: Value) -> Value {
    let mut m = message(0, author, Where::Dm(channel), "");
    m["id"] = json!(id);
    m["author"]["bot"] = json!(true);
    m["components"] = components;
    m
}

/// A message typed by `from`.
pub fn message(n: u64, from: &str, at: Where, content: &str) -> Value {
    let channel = match at {
        Where::Dm(c) | Where::Channel(c) => c,
    };
    let mut m = json!({
        "id": snowflake(n), "channel_id": channel, "author": user(from), "content": content,
        "timestamp": "2026-11-17T10:00:00+00:00", "edited_timestamp": null, "tts": false,
        "mention_everyone": false, "mentions": [], "mention_roles": [], "attachments": [],
        "embeds": [], "pinned": false, "type": 0
    });
    if let Where::Channel(_) = at {
        m["guild_id"] = json!(GUILD_ID);
    }
    m
}
