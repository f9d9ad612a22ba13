//! The Teams app package (`haven teams manifest --out haven-teams.zip`): `manifest.json`
//! (schema 1.17) with the bot's app id, the personal, team and group chat scopes, the command
//! lists derived from the core's command table ([`Command::menu`]), the resource-specific
//! consent the leak guard needs to read channel and group chat messages that do not mention
//! the bot, a localisation file for each language Haven ships besides British English, and two
//! icons drawn here.
//!
//! Writes nothing but the package; never includes the app secret.
//!
//! [`Command::menu`]: crate::core::command::Command::menu

use crate::core::command::Command;
use crate::core::people::Lang;
use crate::i18n::I18n;
use serde_json::{json, Map, Value};
use std::io::{Seek, Write};

/// The manifest schema version written.
pub const MANIFEST_VERSION: &str = "1.17";
/// Teams' limits on a command list and its entries.
const MAX_COMMANDS: usize = 10;
/// Where a list has more commands than Teams takes, these are left out first (each is still
/// in `/help` and can be typed).
const LEFT_OUT_FIRST: &[&str] = &["whoami"];
const MAX_TITLE: usize = 32;
const MAX_DESCRIPTION: usize = 128;
/// Haven's accent colour (the colour icon's background).
const ACCENT: [u8; 3] = [0x2e, 0x5e, 0x4e];

/// What the package says about the app and who publishes it.
#[derive(Debug, Clone)]
pub struct Package {
    /// The bot's Microsoft App ID (a GUID).
    pub app_id: String,
    /// The app's version (`x.y.z`).
    pub version: String,
    /// Who publishes it (the school or trust).
    pub developer: String,
    /// The publisher's website, privacy statement and terms of use (HTTPS).
    pub website_url: String,
    pub privacy_url: String,
    pub terms_url: String,
}

/// The command lists: staff commands in personal chats, everyone's in teams and group chats
/// (where Haven answers with a pointer to the personal chat).
fn command_lists(i18n: &I18n, lang: Lang) -> Vec<Value> {
    let list = |staff: bool| -> Vec<Value> {
        fitted(Command::menu(staff))
            .into_iter()
            .map(|(name, key)| {
                json!({
                    "title": cut(name, MAX_TITLE),
                    "description": cut(&i18n.text(lang, key), MAX_DESCRIPTION),
                })
            })
            .collect()
    };
    vec![
        json!({ "scopes": ["personal"], "commands": list(true) }),
        json!({ "scopes": ["team", "groupChat"], "commands": list(false) }),
    ]
}

/// `menu` within Teams' limit: first without [`LEFT_OUT_FIRST`], then cut at the limit.
fn fitted(mut menu: Vec<(&'static str, &'static str)>) -> Vec<(&'static str, &'static str)> {
    for name in LEFT_OUT_FIRST {
        if menu.len() > MAX_COMMANDS {
            menu.retain(|(n, _)| n != name);
        }
    }
    menu.truncate(MAX_COMMANDS);
    menu
}

fn cut(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

/// `manifest.json`.
pub fn manifest(p: &Package, i18n: &I18n) -> Value {
    let en = Lang::EnGb;
    let additional: Vec<Value> = Lang::ALL
        .iter()
        .filter(|l| **l != en)
        .map(|l| json!({ "languageTag": l.tag(), "file": format!("{}.json", l.tag()) }))
        .collect();
    json!({
        "$schema": format!("https://developer.microsoft.com/en-us/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.schema.json"),
        "manifestVersion": MANIFEST_VERSION,
        "version": p.version,
        "id": p.app_id,
        "developer": {
            "name": cut(&p.developer, 32),
            "websiteUrl": p.website_url,
            "privacyUrl": p.privacy_url,
            "termsOfUseUrl": p.terms_url,
        },
        "name": { "short": "Haven", "full": "Haven" },
        "description": {
            "short": cut(&i18n.text(en, "teams-app-short"), 80),
            "full": cut(&i18n.text(en, "teams-app-full"), 4000),
        },
        "icons": { "color": "color.png", "outline": "outline.png" },
        "accentColor": format!("#{:02X}{:02X}{:02X}", ACCENT[0], ACCENT[1], ACCENT[2]),
        "bots": [{
            "botId": p.app_id,
            "scopes": ["personal", "team", "groupChat"],
            "supportsFiles": false,
            "isNotificationOnly": false,
            "commandLists": command_lists(i18n, en),
        }],
        "permissions": ["identity", "messageTeamMembers"],
        "validDomains": [],
        "webApplicationInfo": { "id": p.app_id, "resource": "https://RscBasedStoreApp" },
        "authorization": {
            "permissions": {
                "resourceSpecific": [
                    { "name": "ChannelMessage.Read.Group", "type": "Application" },
                    { "name": "ChatMessage.Read.Chat", "type": "Application" },
                ]
            }
        },
        "localizationInfo": {
            "defaultLanguageTag": "en-gb",
            "additionalLanguages": additional,
        },
    })
}

/// The localisation file for one language: the descriptions and the commands' descriptions.
pub fn localisation(i18n: &I18n, lang: Lang) -> Value {
    let mut m = Map::new();
    m.insert(
        "$schema".into(),
        json!(format!("https://developer.microsoft.com/en-us/json-schemas/teams/v{MANIFEST_VERSION}/MicrosoftTeams.Localization.schema.json")),
    );
    m.insert("name.short".into(), json!("Haven"));
    m.insert("name.full".into(), json!("Haven"));
    m.insert(
        "description.short".into(),
        json!(cut(&i18n.text(lang, "teams-app-short"), 80)),
    );
    m.insert(
        "description.full".into(),
        json!(cut(&i18n.text(lang, "teams-app-full"), 4000)),
    );
    for (l, list) in command_lists(i18n, lang).iter().enumerate() {
        for (c, command) in list["commands"]
            .as_array()
            .into_iter()
            .flatten()
            .enumerate()
        {
            let at = format!("bots[0].commandLists[{l}].commands[{c}]");
            m.insert(format!("{at}.title"), command["title"].clone());
            m.insert(format!("{at}.description"), command["description"].clone());
        }
    }
    Value::Object(m)
}

/// Writes the package as a zip: the manifest, its localisation files and the icons.
pub fn write<W: Write + Seek>(out: W, p: &Package, i18n: &I18n) -> anyhow::Result<()> {
    let mut zip = zip::ZipWriter::new(out);
    let options = zip::write::SimpleFileOptions::default();
    let mut add = |name: &str, bytes: &[u8]| -> anyhow::Result<()> {
        zip.start_file(name, options)?;
        zip.write_all(bytes)?;
        Ok(())
    };
    add(
        "manifest.json",
        &serde_json::to_vec_pretty(&manifest(p, i18n))?,
    )?;
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::EnGb) {
        let file = format!("{}.json", lang.tag());
        add(
            &file,
            &serde_json::to_vec_pretty(&localisation(i18n, lang))?,
        )?;
    }
    add("color.png", &icon(192, false)?)?;
    add("outline.png", &icon(32, true)?)?;
    zip.finish()?;
    Ok(())
}

/// An icon: a rounded house outline. The colour icon is white on Haven's colour; the outline
/// icon is white on transparent, as Teams asks.
pub fn icon(size: u32, outline: bool) -> anyhow::Result<Vec<u8>> {
    let mut pixels = Vec::with_capacity((size * size * 4) as usize);
    let s = size as f32;
    for y in 0..size {
        for x in 0..size {
            let (fx, fy) = ((x as f32 + 0.5) / s, (y as f32 + 0.5) / s);
            let white = in_house(fx, fy, if outline { 0.09 } else { 0.06 });
            let px = match (white, outline) {
                (true, _) => [255, 255, 255, 255],
                (false, true) => [0, 0, 0, 0],
                (false, false) => [ACCENT[0], ACCENT[1], ACCENT[2], 255],
            };
            pixels.extend_from_slice(&px);
        }
    }
    let mut bytes = Vec::new();
    {
        let mut enc = png::Encoder::new(&mut bytes, size, size);
        enc.set_color(png::ColorType::Rgba);
        enc.set_depth(png::BitDepth::Eight);
        enc.write_header()?.write_image_data(&pixels)?;
    }
    Ok(bytes)
}

/// True on the outline of a house (a roof over walls) drawn with lines `w` wide, in a unit
/// square.
fn in_house(x: f32, y: f32, w: f32) -> bool {
    let (left, right, eaves, floor) = (0.25, 0.75, 0.5, 0.8);
    let walls =
        (y >= eaves && y <= floor) && ((x - left).abs() < w / 2.0 || (x - right).abs() < w / 2.0);
    let base = (y - floor).abs() < w / 2.0 && x >= left - w / 2.0 && x <= right + w / 2.0;
    // The roof: from (0.15, eaves) up to (0.5, 0.2) and down to (0.85, eaves).
    let roof_y = 0.2 + (x - 0.5).abs() * (eaves - 0.2) / 0.35;
    let roof = (0.15..=0.85).contains(&x) && (y - roof_y).abs() < w / 1.5;
    walls || base || roof
}

#[cfg(test)]
mod tests {
    use super::*;

    fn i18n() -> I18n {
        I18n::load(chrono_tz::Europe::London).expect("locales")
    }

    fn package() -> Package {
        Package {
            app_id: "00000000-0000-0000-0000-000000000001".into(),
            version: "1.0.0".into(),
            developer: "Example School".into(),
            website_url: "https://school.example".into(),
            privacy_url: "https://school.example/privacy".into(),
            terms_url: "https://school.example/terms".into(),
        }
    }

    #[test]
    fn the_manifest_names_the_bot_its_scopes_and_the_command_table() {
        let i18n = i18n();
        let m = manifest(&package(), &i18n);
        assert_eq!(m["manifestVersion"], "1.17");
        assert_eq!(
            m["bots"][0]["botId"],
            "00000000-0000-0000-0000-000000000001"
        );
        assert_eq!(
            m["bots"][0]["scopes"],
            json!(["personal", "team", "groupChat"])
        );
        let personal: Vec<&str> = m["bots"][0]["commandLists"][0]["commands"]
            .as_array()
            .expect("commands")
            .iter()
            .map(|c| c["title"].as_str().expect("title"))
            .collect();
        let table: Vec<&str> = Command::menu(true).into_iter().map(|(n, _)| n).collect();
        assert!(personal.len() <= MAX_COMMANDS, "{personal:?}");
        for name in ["concern", "cases", "desk", "cancel"] {
            assert!(personal.contains(&name), "{name} in {personal:?}");
        }
        let in_order: Vec<&str> = table
            .iter()
            .copied()
            .filter(|n| personal.contains(n))
            .collect();
        assert_eq!(personal, in_order, "in the table's order");
        assert!(m["authorization"]["permissions"]["resourceSpecific"]
            .as_array()
            .expect("rsc")
            .iter()
            .any(|p| p["name"] == "ChannelMessage.Read.Group"));
    }

    #[test]
    fn each_shipped_language_has_a_localisation_file() {
        let i18n = i18n();
        let m = manifest(&package(), &i18n);
        let tags: Vec<&str> = m["localizationInfo"]["additionalLanguages"]
            .as_array()
            .expect("languages")
            .iter()
            .map(|l| l["languageTag"].as_str().expect("tag"))
            .collect();
        assert_eq!(tags, ["cy", "pl", "ar"]);
        let pl = localisation(&i18n, Lang::Pl);
        assert_eq!(
            pl["description.short"],
            i18n.text(Lang::Pl, "teams-app-short")
        );
        assert_eq!(
            pl["bots[0].commandLists[0].commands[0].description"],
            i18n.text(Lang::Pl, Command::menu(true)[0].1)
        );
    }

    #[test]
    fn the_package_holds_the_manifest_the_languages_and_two_icons() {
        let mut buf = std::io::Cursor::new(Vec::new());
        write(&mut buf, &package(), &i18n()).expect("zip");
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(buf.into_inner())).expect("read");
        let mut names: Vec<String> = zip.file_names().map(str::to_string).collect();
        names.sort();
        assert_eq!(
            names,
            [
                "ar.json",
                "color.png",
                "cy.json",
                "manifest.json",
                "outline.png",
                "pl.json"
            ]
        );
        for (name, size) in [("color.png", 192), ("outline.png", 32)] {
            let file = zip.by_name(name).expect("icon");
            let decoder = png::Decoder::new(std::io::BufReader::new(file));
            let reader = decoder.read_info().expect("png");
            assert_eq!((reader.info().width, reader.info().height), (size, size));
        }
    }
}
