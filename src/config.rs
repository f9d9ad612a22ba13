//! Configuration: built-in defaults, then `haven.toml` (if present), then environment variables
//! `HAVEN_<SECTION>__<KEY>` (for example `HAVEN_TELEGRAM__TOKEN`). Tokens and keys are
//! `secrecy` types: their `Debug` output is redacted and they are never logged. The school
//! calendar's files (`[school.calendar] files`) are read here too, once, at load.

use crate::adapters::telegram::TelegramConfig;
use crate::core::calendar::import::{self, FileError};
use crate::core::people::Lang;
use crate::core::settings::Settings;
use crate::delivery::limits::LimitSettings;
use crate::i18n::I18n;
use anyhow::{bail, Context};
use figment::providers::{Env, Format, Toml};
use figment::Figment;
use secrecy::SecretString;
use serde::Deserialize;
use std::path::{Path, PathBuf};

/// The whole configuration.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct Config {
    pub database: DatabaseConfig,
    pub secrets: SecretsConfig,
    /// The school: name, time zone, hours, contacts, timings.
    pub school: Settings,
    pub console: ConsoleConfig,
    /// Telegram; absent (no token) means the Telegram adapter does not start.
    pub telegram: Option<TelegramConfig>,
    /// Discord; without a token the Discord adapter does not start.
    pub discord: DiscordSection,
    /// Microsoft Teams; without an app id the Teams adapter does not start.
    pub teams: crate::adapters::teams::TeamsSection,
    pub log: LogConfig,
    /// The office's imports.
    pub roster: RosterConfig,
    /// A trust's roles across its schools (`[trust]`).
    pub trust: crate::schools::TrustConfig,
    /// The first school's slug (`[school] slug`, `school` when not given).
    #[serde(skip)]
    pub school_slug: String,
    /// The school a command acts on (`--school`), when one was named.
    #[serde(skip)]
    pub acting_school: Option<String>,
    /// A trust's schools (`[schools.<slug>]`), each laid over `[school]`.
    #[serde(skip)]
    pub schools: std::collections::BTreeMap<String, crate::schools::SchoolSection>,
    /// Health, readiness and metrics for the operators (`[ops]`).
    pub ops: OpsConfig,
    /// The case desk (`[web]`).
    pub web: WebConfig,
}

/// The case desk (`[web]`): served by `haven run` only when `listen` is set
/// (`HAVEN_WEB__LISTEN`), behind the school's TLS proxy at `public_url`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct WebConfig {
    /// The address to serve on, such as `127.0.0.1:8443`; off when absent.
    pub listen: Option<std::net::SocketAddr>,
    /// The address people open, such as `https://haven.example.sch.uk`: sign-in links and
    /// "open in the case desk" lines are made from it; without it `/desk` says the desk is off.
    pub public_url: Option<String>,
    /// A second factor: a sign-in is confirmed with a button in the person's chat before the
    /// desk shows anything (`HAVEN_WEB__CONFIRM_IN_CHAT`); off by default.
    pub confirm_in_chat: bool,
}

impl WebConfig {
    /// The desk's public address without a trailing slash, when the desk is on.
    pub fn desk_url(&self) -> Option<String> {
        let url = self.public_url.as_deref()?.trim().trim_end_matches('/');
        (!url.is_empty()).then(|| url.to_string())
    }
}

/// Health, readiness and metrics (`[ops]`): served over HTTP by `haven run` only when `listen`
/// is set (`HAVEN_OPS__LISTEN`), at `/healthz`, `/readyz` and `/metrics`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct OpsConfig {
    /// The address to serve on, such as `127.0.0.1:9102`; off when absent.
    pub listen: Option<std::net::SocketAddr>,
}

/// The office's imports (`[roster]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct RosterConfig {
    /// The largest share (percent, 0–100) of a group an import may mark as leavers without
    /// `--allow-leavers`.
    pub max_leaver_percent: u8,
    /// Hours after a new account used a person's code before the office may approve the move
    /// (`haven relink`) when the old account has not confirmed it.
    pub relink_cooling_off_hours: u32,
}

impl Default for RosterConfig {
    fn default() -> Self {
        RosterConfig {
            max_leaver_percent: 20,
            relink_cooling_off_hours: 48,
        }
    }
}

/// Where data is kept.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct DatabaseConfig {
    /// A file path or URL (`sqlite://haven.db`).
    pub url: String,
    /// How long a message waits for the database while another program holds it, in
    /// milliseconds, before its sender is told to wait and try again.
    pub busy_timeout_ms: u64,
}

impl Default for DatabaseConfig {
    fn default() -> Self {
        DatabaseConfig {
            url: "haven.db".into(),
            busy_timeout_ms: 5000,
        }
    }
}

/// The keys: the safeguarding key seals concerns, drafts, case records and stream credentials
/// at rest (the bot holds it); the directory key is the office's, for `haven import`, `haven
/// invite` and `haven relink`, and opens nothing sealed.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct SecretsConfig {
    /// The safeguarding key itself, base64 (32 bytes). Takes precedence over `key_file`.
    pub key: Option<SecretString>,
    /// A file holding the safeguarding key, base64. Created on first run when only the console
    /// is used.
    pub key_file: PathBuf,
    /// Earlier safeguarding keys, each a key file's path or the key itself (base64): data
    /// still sealed with one of them is opened and re-sealed with the current key. In the
    /// environment, `HAVEN_SECRETS__OLD_KEYS` separated by commas.
    #[serde(deserialize_with = "one_or_list")]
    pub old_keys: Vec<SecretString>,
    /// The office's directory key, base64 (32 bytes). Takes precedence over
    /// `directory_key_file`.
    pub directory_key: Option<SecretString>,
    /// A file holding the directory key; created by the office's first directory command.
    pub directory_key_file: PathBuf,
}

impl Default for SecretsConfig {
    fn default() -> Self {
        SecretsConfig {
            key: None,
            key_file: PathBuf::from("haven.key"),
            old_keys: Vec::new(),
            directory_key: None,
            directory_key_file: PathBuf::from("haven-directory.key"),
        }
    }
}

/// A list from TOML (`["a", "b"]`) or from one environment variable (`a,b`), each item trimmed,
/// empty ones left out.
pub(crate) fn strings<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrList {
        List(Vec<String>),
        One(String),
    }
    let items = match OneOrList::deserialize(d)? {
        OneOrList::List(items) => items,
        OneOrList::One(text) => text.split(',').map(str::to_string).collect(),
    };
    Ok(items
        .into_iter()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect())
}

/// As [`strings`], each kept secret.
fn one_or_list<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<SecretString>, D::Error> {
    Ok(strings(d)?.into_iter().map(SecretString::from).collect())
}

/// The local console.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct ConsoleConfig {
    /// Fill an empty database with the demo school.
    pub demo: bool,
}

impl Default for ConsoleConfig {
    fn default() -> Self {
        ConsoleConfig { demo: true }
    }
}

/// Discord. Without a token the Discord adapter does not start.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct DiscordSection {
    /// The bot token from the Developer Portal (`HAVEN_DISCORD__TOKEN`).
    pub token: Option<SecretString>,
    /// The school's server: slash commands are registered there only (they appear at once).
    /// Without it they are registered globally.
    pub guild_id: Option<u64>,
    /// Base URL of the HTTP API instead of `https://discord.com` (a fake one in tests).
    pub api_url: Option<String>,
    /// Read messages in server channels (needs the Message Content intent), so the leak
    /// guard can see them. Direct messages are read either way.
    pub read_channels: bool,
    /// Rate limits (`[discord.limits]`): a key left out keeps Discord's default.
    pub limits: LimitSettings,
}

impl Default for DiscordSection {
    fn default() -> Self {
        DiscordSection {
            token: None,
            guild_id: None,
            api_url: None,
            read_channels: true,
            limits: LimitSettings::default(),
        }
    }
}

/// Logging.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct LogConfig {
    /// `text` or `json`.
    pub format: String,
    /// A tracing filter such as `info` or `haven=debug`.
    pub level: String,
}

impl Default for LogConfig {
    fn default() -> Self {
        LogConfig {
            format: "text".into(),
            level: "info".into(),
        }
    }
}

impl Config {
    /// Loads defaults, then the TOML file (if it exists), then the environment; then reads the
    /// school calendar's files (relative paths from the configuration file's folder).
    pub fn load(file: &Path) -> anyhow::Result<Config> {
        let fig = Figment::new()
            .merge(Toml::file(file))
            .merge(Env::prefixed("HAVEN_").split("__"));
        let mut cfg: Config = fig.extract().with_context(|| {
            format!(
                "reading configuration ({} and HAVEN_* variables)",
                file.display()
            )
        })?;
        cfg.school_slug = crate::schools::first_slug(&fig);
        cfg.schools = crate::schools::read_sections(&fig)?;
        let dir = file.parent().unwrap_or(Path::new(""));
        let mut school = std::mem::take(&mut cfg.school);
        cfg.read_calendar_files(&mut school, dir)?;
        cfg.school = school;
        let mut schools = std::mem::take(&mut cfg.schools);
        for section in schools.values_mut() {
            cfg.read_calendar_files(&mut section.settings, dir)?;
        }
        cfg.schools = schools;
        Ok(cfg)
    }

    /// Adds the terms and closures of every file in `[school.calendar] files` (or a school's
    /// own). A file that cannot be read or used stops the start with a message naming it (and
    /// the line).
    fn read_calendar_files(&self, school: &mut Settings, dir: &Path) -> anyhow::Result<()> {
        for name in school.calendar.files.clone() {
            let path = dir.join(&name);
            let shown = path.display().to_string();
            let text = match std::fs::read_to_string(&path) {
                Ok(text) => text,
                Err(e) => bail!(
                    "{}",
                    operator_text(
                        self,
                        "calendar-file-unreadable",
                        &[("file", shown), ("error", e.to_string())]
                    )?
                ),
            };
            match import::parse(&name.to_string_lossy(), &text) {
                Ok(entries) => school.calendar.extend(entries),
                Err(e) => bail!("{}", calendar_error(self, &shown, &e)?),
            }
        }
        Ok(())
    }

    /// True when at least one chat platform has a token.
    pub fn has_platform(&self) -> bool {
        self.telegram.is_some() || self.discord.token.is_some() || self.teams.app_id.is_some()
    }
}

/// An operator's message in British English.
fn operator_text(cfg: &Config, key: &str, args: &[(&str, String)]) -> anyhow::Result<String> {
    Ok(I18n::load(cfg.school.timezone)?.text_with(Lang::EnGb, key, args))
}

/// What is wrong with a calendar file, in words.
fn calendar_error(cfg: &Config, file: &str, e: &FileError) -> anyhow::Result<String> {
    let value = e.problem.value().to_string();
    let problem = operator_text(cfg, e.problem.key(), &[("value", value)])?;
    let (key, line) = match e.line {
        0 => ("calendar-file-bad-whole", String::new()),
        n => ("calendar-file-bad", n.to_string()),
    };
    let args = [
        ("file", file.to_string()),
        ("line", line),
        ("problem", problem),
    ];
    operator_text(cfg, key, &args)
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    #[test]
    #[allow(clippy::result_large_err)]
    fn the_schools_name_and_contacts_may_be_given_per_language() {
        use crate::core::people::Lang;
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "haven.toml",
                "[school]\nschool_name = \"St Mary's\"\n\
                 [school.school_name_by_lang]\ncy = \"Santes Fair\"\n\
                 [school.contacts]\nlado = \"LADO 01632 960 999\"\n\
                 [school.contacts.lado_by_lang]\nwelsh = \"Swyddog Dynodedig 01632 960 999\"\n",
            )?;
            let c = Config::load(Path::new("haven.toml")).expect("loads");
            let name = c.school.school_name_text();
            assert_eq!(name.in_lang(Lang::Cy), "Santes Fair");
            assert_eq!(name.in_lang(Lang::Pl), "St Mary's");
            let lado = c.school.contacts.lado_text();
            assert_eq!(lado.in_lang(Lang::Cy), "Swyddog Dynodedig 01632 960 999");
            assert_eq!(lado.in_lang(Lang::EnGb), "LADO 01632 960 999");
            assert_eq!(c.school.contacts.office_text().by_lang, vec![]);
            jail.create_file(
                "haven.toml",
                "[school.contacts.office_by_lang]\nfr = \"le bureau\"\n",
            )?;
            let err = format!("{:#}", Config::load(Path::new("haven.toml")).unwrap_err());
            assert!(err.contains("\"fr\""), "{err}");
            Ok(())
        });
    }

    #[test]
    #[allow(clippy::result_large_err)]
    fn file_then_environment_and_tokens_stay_secret() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "haven.toml",
                "[school]\nschool_name = \"St Example\"\n[telegram]\ntoken = \"from-file\"\n",
            )?;
            jail.set_env("HAVEN_TELEGRAM__TOKEN", "123:from-env");
            jail.set_env("HAVEN_DISCORD__TOKEN", "discord-from-env");
            jail.set_env("HAVEN_DISCORD__GUILD_ID", "1100000000000000001");
            let c = Config::load(Path::new("haven.toml")).expect("loads");
            assert_eq!(c.school.school_name, "St Example");
            let token = c.telegram.clone().expect("telegram section").token;
            assert_eq!(token.expose_secret(), "123:from-env");
            assert!(!format!("{c:?}").contains("from-env"));
            let discord = c.discord.token.clone().expect("discord token");
            assert_eq!(discord.expose_secret(), "discord-from-env");
            assert_eq!(c.discord.guild_id, Some(1100000000000000001));
            assert!(c.discord.read_channels, "channels are read by default");
            assert_eq!(c.school.forms.expire_hours, 24, "defaults fill the rest");
            assert_eq!(c.ops.listen, None, "no endpoints unless asked");
            jail.set_env("HAVEN_OPS__LISTEN", "127.0.0.1:9102");
            let c = Config::load(Path::new("haven.toml")).expect("loads");
            assert_eq!(c.ops.listen, Some(([127, 0, 0, 1], 9102).into()));
            assert_eq!(
                (c.web.listen, c.web.desk_url()),
                (None, None),
                "no desk unless asked"
            );
            jail.set_env("HAVEN_WEB__LISTEN", "127.0.0.1:8443");
            jail.set_env("HAVEN_WEB__PUBLIC_URL", "https://haven.example.sch.uk/ ");
            let c = Config::load(Path::new("haven.toml")).expect("loads");
            assert_eq!(c.web.listen, Some(([127, 0, 0, 1], 8443).into()));
            assert_eq!(
                c.web.desk_url().as_deref(),
                Some("https://haven.example.sch.uk")
            );
            Ok(())
        });
    }

    #[test]
    #[allow(clippy::result_large_err)]
    fn old_keys_come_as_a_list_from_the_file_or_separated_by_commas_from_the_environment() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "haven.toml",
                "[secrets]\nold_keys = [\"old-1.key\", \"old-2.key\"]\n",
            )?;
            let shown = |c: &Config| -> Vec<String> {
                c.secrets
                    .old_keys
                    .iter()
                    .map(|k| k.expose_secret().to_string())
                    .collect()
            };
            let c = Config::load(Path::new("haven.toml")).expect("loads");
            assert_eq!(shown(&c), ["old-1.key", "old-2.key"]);
            jail.set_env("HAVEN_SECRETS__OLD_KEYS", "a.key, b.key,");
            let c = Config::load(Path::new("haven.toml")).expect("loads");
            assert_eq!(shown(&c), ["a.key", "b.key"]);
            assert!(!format!("{c:?}").contains("a.key"));
            Ok(())
        });
        assert!(Config::default().secrets.old_keys.is_empty());
    }

    #[test]
    #[allow(clippy::result_large_err)]
    fn the_calendar_from_the_file_and_its_ics_and_csv_files() {
        use crate::core::calendar::{BankHolidays, DateRange};
        use chrono::NaiveDate;
        let d = |s| NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "haven.toml",
                r#"
                [school.calendar]
                terms = [{ start = "2026-09-02", end = 2026-10-23 }]
                closures = ["2026-11-27", { start = 2026-12-21, end = "2027-01-01" }]
                bank_holidays = "none"
                files = ["dates/calendar.ics", "dates/closures.csv"]
                "#,
            )?;
            std::fs::create_dir("dates").map_err(|e| e.to_string())?;
            jail.create_file(
                "dates/calendar.ics",
                "BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:Spring term\nDTSTART;VALUE=DATE:20270105\nDTEND;VALUE=DATE:20270327\nEND:VEVENT\nEND:VCALENDAR\n",
            )?;
            jail.create_file(
                "dates/closures.csv",
                "kind,start,end,name\nclosure,2027-02-15,2027-02-19,Half term\n",
            )?;
            let c = Config::load(Path::new("haven.toml")).expect("loads");
            let cal = &c.school.calendar;
            assert_eq!(cal.bank_holidays, BankHolidays::None);
            let terms = [
                DateRange::new(d("2026-09-02"), d("2026-10-23")).unwrap(),
                DateRange::new(d("2027-01-05"), d("2027-03-26")).unwrap(),
            ];
            assert_eq!(cal.terms, terms);
            let closures = [
                DateRange::day(d("2026-11-27")),
                DateRange::new(d("2026-12-21"), d("2027-01-01")).unwrap(),
                DateRange::new(d("2027-02-15"), d("2027-02-19")).unwrap(),
            ];
            assert_eq!(cal.closures, closures);
            Ok(())
        });
    }

    #[test]
    #[allow(clippy::result_large_err)]
    fn a_bad_calendar_file_stops_the_start_naming_the_file_and_line() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "haven.toml",
                "[school.calendar]\nfiles = [\"closures.csv\"]\n",
            )?;
            jail.create_file(
                "closures.csv",
                "kind,start,end,name\nclosure,2026-11-27,,INSET\nclosure,27/11/2026,,INSET\n",
            )?;
            let err = Config::load(Path::new("haven.toml"))
                .unwrap_err()
                .to_string();
            assert!(err.contains("closures.csv"), "{err}");
            assert!(err.contains("line 3"), "{err}");
            assert!(err.contains("27/11/2026"), "{err}");
            jail.create_file("haven.toml", "[school.calendar]\nfiles = [\"gone.ics\"]\n")?;
            let err = Config::load(Path::new("haven.toml"))
                .unwrap_err()
                .to_string();
            assert!(
                err.contains("Cannot read the school calendar file gone.ics"),
                "{err}"
            );
            jail.create_file("haven.toml", "[school.calendar]\nfiles = [\"dates.txt\"]\n")?;
            jail.create_file("dates.txt", "")?;
            let err = Config::load(Path::new("haven.toml"))
                .unwrap_err()
                .to_string();
            assert!(err.contains("must end in .ics"), "{err}");
            jail.create_file(
                "haven.toml",
                "[school.calendar]\nterms = [{ start = \"2026-09-02\", end = \"2026-08-01\" }]\n",
            )?;
            let err = format!("{:#}", Config::load(Path::new("haven.toml")).unwrap_err());
            assert!(err.contains("ends (2026-08-01) before it starts"), "{err}");
            jail.create_file(
                "haven.toml",
                "[school.calendar]\nclosures = [\"27/11/2026\"]\n",
            )?;
            let err = format!("{:#}", Config::load(Path::new("haven.toml")).unwrap_err());
            assert!(err.contains("`27/11/2026` is not a date"), "{err}");
            assert!(err.contains("closures"), "{err}");
            Ok(())
        });
    }
}
