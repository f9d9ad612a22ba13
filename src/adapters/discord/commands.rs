//! Haven's slash commands on Discord: [`COMMANDS`], derived from the core's catalogue
//! (`core::command::catalogue`) with the text option each takes here; from it come the definitions
//! registered with Discord (names and descriptions localised for Discord's `en-GB` and `pl`;
//! Welsh and Arabic are not Discord locales, so those readers see the English default), the
//! arguments read from an interaction, and the modal that asks for a missing argument.
//!
//! A new core command becomes a Discord command by its row in the catalogue (and, if it takes
//! words, its option in [`OPTIONS`]; a test keeps the two in step). The core's own parser
//! ([`crate::core::command::Command::parse`]) decides what the command does.

use super::inbound::{MODAL_COMMAND_PREFIX, MODAL_FIELD};
use crate::core::command::catalogue::{Listed, CATALOGUE};
use crate::core::people::Lang;
use crate::i18n::I18n;
use serde_json::{json, Map, Value};
use serenity::all::{CommandData, CommandDataOptionValue, InputTextStyle};
use serenity::builder::{CreateActionRow, CreateInputText, CreateModal};
use std::sync::LazyLock;

/// Discord's locales Haven has translations for, and the language each stands for.
pub const DISCORD_LOCALES: &[(&str, Lang)] = &[("en-GB", Lang::EnGb), ("pl", Lang::Pl)];
/// Interaction contexts: a server, and the bot's DMs.
const CONTEXT_GUILD: u8 = 0;
const CONTEXT_BOT_DM: u8 = 1;
/// Application command option type of a string.
const STRING_OPTION: u8 = 3;
/// Longest text argument Haven takes through a command or its modal: room for the longest
/// (`/campaign sid theme` and a theme of up to 200 characters).
pub const MAX_ARG: u16 = 256;

/// How a command takes its text argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg {
    /// May be left out.
    Optional,
    /// When left out, a modal asks for it (so a link code is typed where only the person sees).
    AskInModal,
}

/// A command's one text option.
#[derive(Debug, Clone, Copy)]
pub struct TextOption {
    pub name: &'static str,
    /// Fluent key of its description.
    pub description: &'static str,
    pub arg: Arg,
}

/// One slash command.
#[derive(Debug, Clone, Copy)]
pub struct SlashCommand {
    /// The command's name, as the core parses it.
    pub name: &'static str,
    /// Fluent key of its description.
    pub description: &'static str,
    pub option: Option<TextOption>,
}

impl SlashCommand {
    /// True when a modal asks for the argument if it is left out.
    pub fn asks_in_modal(&self) -> bool {
        self.option.is_some_and(|o| o.arg == Arg::AskInModal)
    }
}

/// The option Discord shows for each command that takes words after its name; the command
/// itself (name, description, where it is listed) comes from the core's catalogue.
const OPTIONS: &[(&str, TextOption)] = &[
    (
        "case",
        option("details", "discord-opt-case", Arg::AskInModal),
    ),
    ("aup", option("action", "discord-opt-aup", Arg::Optional)),
    ("cases", option("which", "discord-opt-cases", Arg::Optional)),
    (
        "stream",
        option("action", "discord-opt-stream", Arg::Optional),
    ),
    (
        "broadcast",
        option("action", "discord-opt-broadcast", Arg::Optional),
    ),
    (
        "campaign",
        option("action", "discord-opt-campaign", Arg::Optional),
    ),
    (
        "language",
        option("language", "discord-opt-language", Arg::Optional),
    ),
    ("link", option("code", "discord-opt-code", Arg::AskInModal)),
    (
        "report",
        option("period", "discord-opt-report", Arg::Optional),
    ),
];

const fn option(name: &'static str, description: &'static str, arg: Arg) -> TextOption {
    TextOption {
        name,
        description,
        arg,
    }
}

/// Every slash command Haven registers, in menu order: every command of the core's catalogue
/// but those platforms send themselves.
pub static COMMANDS: LazyLock<Vec<SlashCommand>> = LazyLock::new(|| {
    CATALOGUE
        .iter()
        .filter(|c| c.listed != Listed::Hidden)
        .map(|c| SlashCommand {
            name: c.name,
            description: c.description,
            option: OPTIONS.iter().find(|(n, _)| *n == c.name).map(|(_, o)| *o),
        })
        .collect()
});

/// The table row for a command name.
pub fn find(name: &str) -> Option<&'static SlashCommand> {
    COMMANDS.iter().find(|c| c.name == name)
}

/// The text argument of an invoked command (empty when none was given).
pub fn args(data: &CommandData) -> String {
    data.options
        .iter()
        .find_map(|o| match &o.value {
            CommandDataOptionValue::String(s) => Some(s.trim().to_string()),
            _ => None,
        })
        .unwrap_or_default()
}

/// The definitions to register (`ApplicationCommandUpdateRequest`s), rendered from Fluent.
/// Built as JSON rather than with serenity's builder, which sends fields this route does not
/// take (`nsfw`, and number and channel settings on text options).
pub fn definitions(i18n: &I18n) -> Vec<Value> {
    COMMANDS.iter().map(|c| definition(i18n, c)).collect()
}

fn definition(i18n: &I18n, c: &SlashCommand) -> Value {
    let mut names = Map::new();
    for (locale, lang) in DISCORD_LOCALES {
        let name = i18n.text(*lang, &format!("discord-name-{}", c.name));
        if name != c.name && valid_name(&name) {
            names.insert((*locale).into(), name.into());
        }
    }
    let mut cmd = json!({
        "type": 1,
        "name": c.name,
        "description": short(&i18n.text(Lang::EnGb, c.description)),
        "description_localizations": localised(i18n, c.description),
        "contexts": [CONTEXT_GUILD, CONTEXT_BOT_DM],
    });
    if !names.is_empty() {
        cmd["name_localizations"] = Value::Object(names);
    }
    if let Some(o) = c.option {
        cmd["options"] = json!([{
            "type": STRING_OPTION,
            "name": o.name,
            "description": short(&i18n.text(Lang::EnGb, o.description)),
            "description_localizations": localised(i18n, o.description),
            "required": false,
            "max_length": MAX_ARG,
        }]);
    }
    cmd
}

/// A description in each Discord locale Haven speaks.
fn localised(i18n: &I18n, key: &str) -> Value {
    DISCORD_LOCALES
        .iter()
        .map(|(locale, lang)| {
            (
                (*locale).to_string(),
                Value::from(short(&i18n.text(*lang, key))),
            )
        })
        .collect::<Map<_, _>>()
        .into()
}

/// The modal asking for a command's text, titled and labelled in the person's language.
pub fn modal(i18n: &I18n, lang: Lang, c: &SlashCommand) -> CreateModal {
    let label = c.option.map(|o| o.description).unwrap_or(c.description);
    let field = CreateInputText::new(
        InputTextStyle::Short,
        super::render::truncate(&i18n.text(lang, label), 45),
        MODAL_FIELD,
    )
    .max_length(MAX_ARG);
    CreateModal::new(
        format!("{MODAL_COMMAND_PREFIX}{}", c.name),
        super::render::truncate(&i18n.text(lang, c.description), 45),
    )
    .components(vec![CreateActionRow::InputText(field)])
}

/// Discord's rule for command names: 1–32 lower-case letters, digits, `-` or `_`.
pub fn valid_name(name: &str) -> bool {
    let n = name.chars().count();
    (1..=32).contains(&n)
        && name.chars().all(|c| {
            c == '-' || c == '_' || c.is_numeric() || (c.is_alphabetic() && !c.is_uppercase())
        })
}

/// Discord allows 100 characters in a description.
fn short(s: &str) -> String {
    super::render::truncate(s, 100)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::command::catalogue::{self, Args};

    /// Commands that take words in the core but only their plain form on Discord.
    const PLAIN_ON_DISCORD: &[&str] = &["concern"];

    #[test]
    fn every_command_is_known_to_the_core_and_validly_named() {
        use crate::core::command::Command;
        for c in COMMANDS.iter() {
            assert!(valid_name(c.name), "{}", c.name);
            assert!(
                !matches!(Command::parse(c.name, ""), Command::Unknown(_)),
                "/{} is not a core command",
                c.name
            );
        }
    }

    #[test]
    fn every_description_and_localised_name_exists() {
        let i18n = I18n::load(chrono_tz::Europe::London).expect("locales");
        for c in COMMANDS.iter() {
            assert!(i18n.has(c.description), "{}", c.description);
            assert!(i18n.has(&format!("discord-name-{}", c.name)), "{}", c.name);
            for (_, lang) in DISCORD_LOCALES {
                let name = i18n.text(*lang, &format!("discord-name-{}", c.name));
                assert!(valid_name(&name), "{name:?} is not a valid command name");
            }
            if let Some(o) = c.option {
                assert!(i18n.has(o.description), "{}", o.description);
            }
        }
    }

    #[test]
    fn options_match_the_catalogues_argument_shapes() {
        for c in COMMANDS.iter() {
            let spec = catalogue::find(c.name).expect("in the catalogue");
            match (spec.args, c.option.map(|o| o.arg)) {
                (Args::None, None) | (Args::Required, Some(Arg::AskInModal)) => {}
                (Args::Optional, Some(Arg::Optional)) => {}
                (Args::Optional, None) if PLAIN_ON_DISCORD.contains(&c.name) => {}
                (args, option) => panic!(
                    "/{}: the core reads {args:?}, Discord offers {option:?}",
                    c.name
                ),
            }
        }
        for (name, _) in OPTIONS {
            assert!(
                find(name).is_some(),
                "an option for /{name}, which Discord does not offer"
            );
        }
        assert_eq!(
            COMMANDS.len(),
            CATALOGUE.len() - 2,
            "all but /start and /clock"
        );
    }

    #[test]
    fn names_follow_discords_rule() {
        assert!(valid_name("język"));
        assert!(!valid_name("Język"));
        assert!(!valid_name("two words"));
        assert!(!valid_name(""));
    }
}
