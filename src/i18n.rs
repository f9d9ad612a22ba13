//! Rendering messages with Fluent. All user-facing text lives in `locales/<lang>/*.ftl`,
//! embedded at build time; en-GB is the source and the fallback for any missing key.
//!
//! This module turns a core [`Body`] into text for one recipient. It never logs rendered text.

use crate::core::menu::Menu;
use crate::core::message::{Arg, Body, Label};
use crate::core::people::Lang;
use crate::delivery::Piece;
use anyhow::{anyhow, Context};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::{BTreeSet, HashMap};

/// Marks where Markdown stood in a rendered text while it is cut into pieces (a character of
/// Unicode's private use area, which no message key holds).
const MARK: char = '\u{E000}';

mod embedded {
    include!(concat!(env!("OUT_DIR"), "/locales.rs"));
}

/// The loaded translations.
pub struct I18n {
    bundles: HashMap<Lang, FluentBundle<FluentResource>>,
    tz: Tz,
}

impl I18n {
    /// Loads every embedded locale. A syntax error in any file is an error.
    pub fn load(tz: Tz) -> anyhow::Result<I18n> {
        let mut bundles = HashMap::new();
        for lang in Lang::ALL {
            let langid = lang
                .tag()
                .parse()
                .map_err(|e| anyhow!("bad language tag {}: {e:?}", lang.tag()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            bundle.set_use_isolating(lang.is_rtl());
            for (tag, name, text) in embedded::FILES.iter().filter(|f| f.0 == lang.tag()) {
                let res = FluentResource::try_new(text.to_string())
                    .map_err(|(_, errs)| anyhow!("{tag}/{name}: {errs:?}"))?;
                bundle
                    .add_resource(res)
                    .map_err(|errs| anyhow!("{tag}/{name}: {errs:?}"))
                    .context("duplicate message ids")?;
            }
            bundles.insert(lang, bundle);
        }
        Ok(I18n { bundles, tz })
    }

    /// Renders a message body (without its buttons) for a reader of `lang`, its times in the
    /// deployment's first school's time zone.
    pub fn render(&self, lang: Lang, body: &Body) -> String {
        self.render_in(self.tz, lang, body)
    }

    /// Renders a message body as [`Self::render`] does, its times in the time zone `tz` (the
    /// school's the message comes from).
    pub fn render_in(&self, tz: Tz, lang: Lang, body: &Body) -> String {
        let text = self.render_key(tz, lang, &body.key, &body.args);
        match body.from_school() {
            Some(name) => {
                let school = [("school", name.to_string())];
                format!("{}\n{text}", self.text_with(lang, "school-from", &school))
            }
            None => text,
        }
    }

    /// Renders a message body as [`Self::render`] does, and, when it holds Markdown the school
    /// wrote, the same text in pieces: plain text, and the Markdown as written.
    pub fn render_pieces(&self, lang: Lang, body: &Body) -> (String, Vec<Piece>) {
        self.render_pieces_in(self.tz, lang, body)
    }

    /// Renders a message body in pieces as [`Self::render_pieces`] does, its times in `tz`.
    pub fn render_pieces_in(&self, tz: Tz, lang: Lang, body: &Body) -> (String, Vec<Piece>) {
        if !body.args.iter().any(|(_, a)| matches!(a, Arg::Markdown(_))) {
            return (self.render_in(tz, lang, body), Vec::new());
        }
        let mut sources = Vec::new();
        let mut marked = body.clone();
        for (_, arg) in &mut marked.args {
            if let Arg::Markdown(md) = arg {
                let md = std::mem::take(md);
                *arg = Arg::Text(format!("{MARK}{}{MARK}", sources.len()));
                sources.push(md);
            }
        }
        let rendered = self.render_in(tz, lang, &marked);
        let mut pieces = Vec::new();
        for (i, part) in rendered.split(MARK).enumerate() {
            let source = (i % 2 == 1)
                .then(|| part.parse::<usize>().ok())
                .flatten()
                .and_then(|n| sources.get(n));
            match source {
                Some(md) => pieces.push(Piece::Markdown(md.clone())),
                None if part.is_empty() => {}
                None => pieces.push(Piece::Plain(part.to_string())),
            }
        }
        let text = pieces
            .iter()
            .map(|p| match p {
                Piece::Plain(s) | Piece::Markdown(s) => s.as_str(),
            })
            .collect();
        (text, pieces)
    }

    fn render_key(&self, tz: Tz, lang: Lang, key: &str, args: &[(String, Arg)]) -> String {
        let mut fa = FluentArgs::new();
        for (name, arg) in args {
            let value = match arg {
                // A number stays a number, so Fluent can choose plural forms.
                Arg::Number(n) => FluentValue::from(*n),
                other => FluentValue::from(self.arg(tz, lang, other)),
            };
            fa.set(name.as_str(), value);
        }
        self.format(lang, key, Some(&fa))
    }

    /// Renders a button label.
    pub fn label(&self, lang: Lang, label: &Label) -> String {
        match label {
            Label::Key(k) => self.text(lang, k),
            Label::Text(t) => t.clone(),
            Label::Ticked(k) => format!("✓ {}", self.text(lang, k)),
            Label::Person {
                name,
                roles,
                ticked,
            } => {
                let tick = if *ticked { "✓ " } else { "" };
                let roles: Vec<String> = roles.iter().map(|k| self.text(lang, k)).collect();
                if roles.is_empty() {
                    format!("{tick}{name}")
                } else {
                    format!("{tick}{name} ({})", roles.join(", "))
                }
            }
        }
    }

    /// Renders a command menu: each command with its description in `lang`.
    pub fn menu(&self, lang: Lang, menu: &Menu) -> Vec<(String, String)> {
        let entries = menu.0.iter();
        entries
            .map(|(name, key)| (name.clone(), self.text(lang, key)))
            .collect()
    }

    /// Renders a message that takes no arguments.
    pub fn text(&self, lang: Lang, key: &str) -> String {
        self.format(lang, key, None)
    }

    /// Renders a message with plain string arguments.
    pub fn text_with(&self, lang: Lang, key: &str, args: &[(&str, String)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            let value = match v.parse::<i64>() {
                Ok(n) => FluentValue::from(n),
                Err(_) => FluentValue::from(v.clone()),
            };
            fa.set(*k, value);
        }
        self.format(lang, key, Some(&fa))
    }

    fn arg(&self, tz: Tz, lang: Lang, arg: &Arg) -> String {
        match arg {
            Arg::Text(s) | Arg::Secret(s) | Arg::Markdown(s) => s.clone(),
            Arg::Local(t) => t.in_lang(lang).to_string(),
            Arg::Number(n) => n.to_string(),
            Arg::Key(k) => self.text(lang, k),
            Arg::Keys(ks) => ks
                .iter()
                .map(|k| self.text(lang, k))
                .collect::<Vec<_>>()
                .join(", "),
            Arg::Time(t) => time_in(tz, *t),
            Arg::Lines(lines) => lines
                .iter()
                .map(
                    |(k, v)| match k.strip_prefix(crate::core::message::HEADING) {
                        Some(k) => format!("▸ {}: {}", self.text(lang, k), self.arg(tz, lang, v)),
                        None => format!("• {}: {}", self.text(lang, k), self.arg(tz, lang, v)),
                    },
                )
                .collect::<Vec<_>>()
                .join("\n"),
            Arg::Items(items) => items
                .iter()
                .map(|(k, a)| self.render_key(tz, lang, k, a))
                .collect::<Vec<_>>()
                .join("\n"),
        }
    }

    /// An instant as the school writes it: `21/11/2026 14:30` in the deployment's first
    /// school's time zone.
    pub fn time(&self, t: DateTime<Utc>) -> String {
        time_in(self.tz, t)
    }

    /// The deployment's first school's time zone.
    pub fn tz(&self) -> Tz {
        self.tz
    }

    fn format(&self, lang: Lang, key: &str, args: Option<&FluentArgs>) -> String {
        for l in [lang, Lang::EnGb] {
            let Some(bundle) = self.bundles.get(&l) else {
                continue;
            };
            if let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) {
                let mut errors = vec![];
                let text = bundle.format_pattern(pattern, args, &mut errors);
                if !errors.is_empty() {
                    tracing::warn!(key, lang = l.tag(), "message rendered with errors");
                }
                return bare_links(text.into_owned());
            }
        }
        tracing::warn!(key, "message key missing in every locale");
        key.to_string()
    }

    /// True when en-GB has the key.
    pub fn has(&self, key: &str) -> bool {
        self.bundles
            .get(&Lang::EnGb)
            .is_some_and(|b| b.has_message(key))
    }
}

/// For every locale, the message ids it lacks or has beyond en-GB (empty when in parity).
pub fn parity_problems() -> Vec<String> {
    let ids = |tag: &str| -> BTreeSet<String> {
        embedded::FILES
            .iter()
            .filter(|f| f.0 == tag)
            .flat_map(|f| message_ids(f.2))
            .collect()
    };
    let source = ids(Lang::EnGb.tag());
    let mut problems = Vec::new();
    for lang in Lang::ALL.into_iter().skip(1) {
        let have = ids(lang.tag());
        for missing in source.difference(&have) {
            problems.push(format!("{} lacks {missing}", lang.tag()));
        }
        for extra in have.difference(&source) {
            problems.push(format!("{} has {extra}, which en-GB does not", lang.tag()));
        }
    }
    problems
}

fn message_ids(text: &str) -> Vec<String> {
    use fluent_syntax::ast::Entry;
    let res = match fluent_syntax::parser::parse(text) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    res.body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// Takes the isolation marks Fluent puts around a right-to-left message's arguments off a web
/// address, so that chat apps make the whole address a link (an address is left-to-right text
/// and shows correctly without them); every other argument keeps its marks.
/// An instant as a school writes it: `21/11/2026 14:30` in its time zone `tz`.
pub fn time_in(tz: Tz, t: DateTime<Utc>) -> String {
    t.with_timezone(&tz).format("%d/%m/%Y %H:%M").to_string()
}

fn bare_links(text: String) -> String {
    const FSI: char = '\u{2068}';
    const PDI: char = '\u{2069}';
    if !text.contains(FSI) {
        return text;
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(at) = rest.find(FSI) {
        out.push_str(&rest[..at]);
        let inner = &rest[at + FSI.len_utf8()..];
        let link = inner.starts_with("https://") || inner.starts_with("http://");
        match inner.find(PDI) {
            Some(end) if link && !inner[..end].contains(char::is_whitespace) => {
                out.push_str(&inner[..end]);
                rest = &inner[end + PDI.len_utf8()..];
            }
            _ => {
                out.push(FSI);
                rest = inner;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::message::Arg;

    #[test]
    fn a_web_address_in_a_right_to_left_message_is_bare_and_other_arguments_stay_isolated() {
        let i18n = I18n::load(chrono_tz::Europe::London).expect("locales load");
        let url = "https://haven.example.sch.uk/desk/cases/C-2026-0001";
        let body = |key: &str, arg: &str, value: &str| Body {
            key: key.into(),
            args: vec![(arg.into(), Arg::Text(value.into()))],
            choices: vec![],
            sensitive: false,
            expects_text: None,
        };
        let ar = i18n.render(Lang::Ar, &body("concern-desk-open", "url", url));
        assert!(ar.contains(url), "{ar:?}");
        assert!(!ar.contains(&format!("\u{2068}{url}")), "{ar:?}");
        assert!(!ar.contains(&format!("{url}\u{2069}")), "{ar:?}");
        let other = i18n.render(Lang::Ar, &body("concern-desk-open", "url", "C-2026-0001"));
        assert!(other.contains("\u{2068}C-2026-0001\u{2069}"), "{other:?}");
        assert_eq!(
            bare_links("\u{2068}https://a b\u{2069}".into()),
            "\u{2068}https://a b\u{2069}"
        );
        assert_eq!(bare_links("x \u{2068}http".into()), "x \u{2068}http");
    }

    #[test]
    fn numbers_choose_plural_forms() {
        let i18n = I18n::load(chrono_tz::Europe::London).expect("locales load");
        let body = |n: i64| Body {
            key: "link-code-wrong".into(),
            args: vec![("left".into(), Arg::Number(n))],
            choices: vec![],
            sensitive: false,
            expects_text: None,
        };
        assert!(i18n
            .render(Lang::EnGb, &body(1))
            .contains("(one more try this hour)"));
        assert!(i18n
            .render(Lang::EnGb, &body(3))
            .contains("(3 more tries this hour)"));
    }

    #[test]
    fn the_schools_own_words_are_shown_in_the_readers_language_or_as_configured() {
        use crate::core::local_text::{ByLang, LocalText};
        let i18n = I18n::load(chrono_tz::Europe::London).expect("locales load");
        let cy = |t: &str| ByLang(vec![(Lang::Cy, t.to_string())]);
        let school = LocalText::new("St Mary's", &cy("Santes Fair"));
        let lado = LocalText::new(
            "LADO duty line 01632 960 999",
            &cy("Llinell LADO 01632 960 999"),
        );
        let body = |key: &str, name: &str, text: &LocalText| Body {
            key: key.into(),
            args: vec![
                ("name".into(), Arg::Text("Rhian".into())),
                (name.into(), Arg::Local(text.clone())),
            ],
            choices: vec![],
            sensitive: false,
            expects_text: None,
        };
        for (lang, sees, not) in [
            (
                Lang::Cy,
                ["Santes Fair", "Llinell LADO"],
                ["St Mary's", "LADO duty line"],
            ),
            (
                Lang::EnGb,
                ["St Mary's", "LADO duty line"],
                ["Santes Fair", "Llinell LADO"],
            ),
            (
                Lang::Pl,
                ["St Mary's", "LADO duty line"],
                ["Santes Fair", "Llinell LADO"],
            ),
        ] {
            let text = [
                i18n.render(lang, &body("link-done", "school", &school)),
                i18n.render(lang, &body("concern-referral-lado", "lado", &lado)),
            ]
            .join("\n");
            for s in sees {
                assert!(text.contains(s), "{lang:?} should see {s}: {text}");
            }
            for s in not {
                assert!(!text.contains(s), "{lang:?} should not see {s}: {text}");
            }
        }
    }
}
