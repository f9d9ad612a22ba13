//! Text from the configuration that a school may give in several languages: its name and its
//! contacts (`school_name` with `[school.school_name_by_lang]`, `lado` with
//! `[school.contacts.lado_by_lang]`, …). The core puts one [`LocalText`] into a message; the
//! renderer shows each recipient the words for their language, or the configured text where
//! the school gave none. Haven never translates these words itself.

use super::people::Lang;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A school's words for one configured text, by language (a `*_by_lang` table: language tag
/// or name → text). An unknown language is a configuration error.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(try_from = "BTreeMap<String, String>")]
pub struct ByLang(pub Vec<(Lang, String)>);

impl TryFrom<BTreeMap<String, String>> for ByLang {
    type Error = String;

    fn try_from(map: BTreeMap<String, String>) -> Result<Self, String> {
        let mut out: Vec<(Lang, String)> = Vec::new();
        for (tag, text) in map {
            let lang = Lang::parse(&tag).ok_or_else(|| {
                let known: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
                format!("unknown language {tag:?} (known: {})", known.join(", "))
            })?;
            if out.iter().any(|(l, _)| *l == lang) {
                return Err(format!("language {tag:?} is given twice"));
            }
            if !text.trim().is_empty() {
                out.push((lang, text));
            }
        }
        Ok(ByLang(out))
    }
}

/// A configured text with the school's words for other languages.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct LocalText {
    /// The configured text, shown where a language has no words of its own.
    pub text: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub by_lang: Vec<(Lang, String)>,
}

impl LocalText {
    pub fn new(text: &str, by_lang: &ByLang) -> Self {
        LocalText {
            text: text.to_string(),
            by_lang: by_lang.0.clone(),
        }
    }

    /// Text that is the same in every language (a Fluent selector value such as `none`).
    pub fn plain(text: &str) -> Self {
        LocalText {
            text: text.to_string(),
            by_lang: Vec::new(),
        }
    }

    /// The words for a reader of `lang`: the school's own for that language, else the
    /// configured text.
    pub fn in_lang(&self, lang: Lang) -> &str {
        self.by_lang
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or(self.text.as_str(), |(_, t)| t.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn by_lang(pairs: &[(&str, &str)]) -> Result<ByLang, String> {
        ByLang::try_from(
            pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<BTreeMap<_, _>>(),
        )
    }

    #[test]
    fn each_language_reads_its_own_words_or_the_configured_text() {
        let words = by_lang(&[("cy", "Santes Fair"), ("en-GB", "St Mary's RC Primary")]);
        let t = LocalText::new("St Mary's", &words.expect("valid"));
        assert_eq!(t.in_lang(Lang::Cy), "Santes Fair");
        assert_eq!(t.in_lang(Lang::EnGb), "St Mary's RC Primary");
        for lang in [Lang::Pl, Lang::Ar] {
            assert_eq!(t.in_lang(lang), "St Mary's");
        }
    }

    #[test]
    fn languages_are_named_by_tag_or_name_and_unknown_or_repeated_ones_are_refused() {
        let words = by_lang(&[("welsh", "Santes Fair")]).expect("a name is accepted");
        assert_eq!(words.0, vec![(Lang::Cy, "Santes Fair".to_string())]);
        let err = by_lang(&[("fr", "Sainte-Marie")]).expect_err("French is not spoken");
        assert!(err.contains("\"fr\"") && err.contains("cy"), "{err}");
        assert!(by_lang(&[("cy", "a"), ("welsh", "b")]).is_err());
        assert_eq!(by_lang(&[("cy", " ")]).expect("blank").0, vec![]);
    }
}
