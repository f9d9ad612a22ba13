//! Finding everyone in the directory a concern reporter's text could be naming. Pure.
//!
//! The match errs towards including people: everyone the text could mean is treated as a
//! subject (kept off the route and away from the case), because showing a concern to the
//! person it is about is far worse than asking the reporter to confirm one more name. Names
//! match whole, by surname or first name alone (titles, accents, case, hyphens and apostrophes
//! ignored), by initials, with small misspellings, and through role words ("the head", "the
//! DSL"). Only active school-side people are ever returned; parents and leavers never are.
//!
//! This module does no I/O and never decides who is told: callers show the list to the reporter.

use crate::core::ids::PersonId;
use crate::core::people::{Person, Role};
use std::collections::{BTreeMap, HashSet};
use words::{is_common_word, role_phrases, Phrase, When};

/// Why a person was matched (for tests and for ordering; never shown with the text).
/// Earlier variants are stronger reasons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Why {
    FullName,
    Surname,
    FirstName,
    Initials,
    Misspelt,
    /// A role word ("the head", "DSL") naming a role the person holds.
    RoleWord(Role),
}

/// One person the texts could name, and the strongest reason.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub person: PersonId,
    pub why: Why,
}

/// Everyone active and school-side (`p.active && p.roles.is_school_side()`) that any of the
/// texts could name; one entry per person (the strongest reason), ordered by person id.
pub fn matches(texts: &[&str], people: &[Person]) -> Vec<Match> {
    let eligible: Vec<&Person> = people
        .iter()
        .filter(|p| p.active && p.roles.is_school_side())
        .collect();
    let names: Vec<(PersonId, Name)> = eligible
        .iter()
        .filter_map(|p| Name::new(&p.name).map(|n| (p.id, n)))
        .collect();
    let mut best: BTreeMap<PersonId, Why> = BTreeMap::new();
    let mut note = |id: PersonId, why: Why| {
        let w = best.entry(id).or_insert(why);
        *w = (*w).min(why);
    };
    for text in texts {
        let text = Text::new(text);
        for (id, name) in &names {
            if let Some(why) = name.found_in(&text) {
                note(*id, why);
            }
        }
        for roles in role_hits(&text.words) {
            for p in &eligible {
                if let Some(role) = roles.iter().copied().find(|r| p.has(*r)) {
                    note(p.id, Why::RoleWord(role));
                }
            }
        }
    }
    best.into_iter()
        .map(|(person, why)| Match { person, why })
        .collect()
}

/// The ids of [`matches`], sorted, deduplicated.
pub fn candidates(texts: &[&str], people: &[Person]) -> Vec<PersonId> {
    matches(texts, people)
        .into_iter()
        .map(|m| m.person)
        .collect()
}

const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "sir", "prof", "mstr", "rev", "revd", "mister",
];

/// One word of a text: folded to lower-case ASCII, with how it was written.
#[derive(Debug)]
struct Word {
    text: String,
    /// Written in capitals in the original ("DO", "D").
    caps: bool,
    /// Only dots and spaces (or nothing) stand between this word and the one before.
    tight: bool,
}

impl Word {
    fn is_title(&self) -> bool {
        TITLES.contains(&self.text.as_str())
    }

    fn is_letter(&self) -> bool {
        self.text.len() == 1 && self.text.as_bytes()[0].is_ascii_alphabetic()
    }
}

/// Splits text into words: accents folded with `deunicode`, apostrophes (' ’) dropped, a
/// trailing possessive 's removed, hyphens and other punctuation separating words.
fn words(s: &str) -> Vec<Word> {
    let ascii = deunicode::deunicode(&s.replace(['’', '‘', 'ʼ', '`'], "'"));
    let mut out = Vec::new();
    let (mut cur, mut sep) = (String::new(), String::new());
    for c in ascii.chars().chain(std::iter::once(' ')) {
        if c.is_ascii_alphanumeric() || c == '\'' {
            cur.push(c);
            continue;
        }
        if let Some(w) = word(&cur, &sep) {
            out.push(w);
            sep.clear();
        }
        cur.clear();
        sep.push(c);
    }
    out
}

fn word(raw: &str, sep: &str) -> Option<Word> {
    let raw = raw.trim_matches('\'');
    let raw = raw
        .strip_suffix("'s")
        .or_else(|| raw.strip_suffix("'S"))
        .unwrap_or(raw);
    let raw: String = raw.chars().filter(|c| *c != '\'').collect();
    if raw.is_empty() {
        return None;
    }
    let caps =
        raw.chars().any(|c| c.is_ascii_uppercase()) && !raw.chars().any(|c| c.is_ascii_lowercase());
    Some(Word {
        text: raw.to_ascii_lowercase(),
        caps,
        tight: sep.chars().all(|c| c == '.' || c == ' '),
    })
}

/// A text tokenised once: its words, the distinct name-like words, and any initials written
/// in capitals ("DO", "D.O.").
struct Text {
    words: Vec<Word>,
    distinct: HashSet<String>,
    initials: HashSet<String>,
}

impl Text {
    fn new(s: &str) -> Text {
        let words = words(s);
        let distinct = words
            .iter()
            .filter(|w| !w.is_title())
            .map(|w| w.text.clone())
            .collect();
        let mut initials = HashSet::new();
        let mut run = String::new();
        for (i, w) in words.iter().enumerate() {
            let letters = w.text.bytes().all(|b| b.is_ascii_alphabetic());
            if w.caps && letters && !w.is_title() && (2..=4).contains(&w.text.len()) {
                initials.insert(w.text.clone());
            }
            let single = w.caps && w.is_letter();
            let joins = i > 0 && w.tight && words[i - 1].caps && words[i - 1].is_letter();
            if !(single && joins) {
                if run.len() >= 2 {
                    initials.insert(std::mem::take(&mut run));
                }
                run.clear();
            }
            if single {
                run.push_str(&w.text);
            }
        }
        if run.len() >= 2 {
            initials.insert(run);
        }
        Text {
            words,
            distinct,
            initials,
        }
    }
}

/// A directory name broken into the forms a reporter might type.
struct Name {
    /// The first name, and its hyphenated parts and joined form ("mary", "jane", "maryjane").
    first: Vec<String>,
    /// Every later word, its hyphen and apostrophe parts and joined forms.
    rest: Vec<String>,
    first_initial: String,
    /// First + surname initials ("do"), and every word's initial ("mfl").
    initials: Vec<String>,
}

impl Name {
    fn new(name: &str) -> Option<Name> {
        let chunks: Vec<Vec<String>> = name
            .split_whitespace()
            .map(|c| {
                words(c)
                    .into_iter()
                    .filter(|w| !w.is_title())
                    .map(|w| w.text)
                    .collect()
            })
            .filter(|c: &Vec<String>| !c.is_empty())
            .collect();
        let first_initial = chunks.first()?.first()?[..1].to_string();
        let forms = |chunk: &str, parts: &Vec<String>| {
            let mut v = parts.clone();
            v.push(parts.concat());
            let apostrophe_parts = words(&chunk.replace(['\'', '’', '‘', 'ʼ'], " "));
            v.extend(
                apostrophe_parts
                    .into_iter()
                    .map(|w| w.text)
                    .filter(|t| t.len() >= 3),
            );
            v.retain(|t| t.len() >= 2);
            v.sort();
            v.dedup();
            v
        };
        let raw: Vec<&str> = name
            .split_whitespace()
            .filter(|c| !words(c).iter().all(Word::is_title))
            .collect();
        let first = forms(raw[0], &chunks[0]);
        let rest: Vec<String> = raw[1..]
            .iter()
            .zip(&chunks[1..])
            .flat_map(|(c, p)| forms(c, p))
            .collect();
        let all: String = chunks.iter().flatten().map(|t| &t[..1]).collect();
        let mut initials: Vec<String> = chunks[1..]
            .iter()
            .flatten()
            .map(|t| format!("{first_initial}{}", &t[..1]))
            .collect();
        initials.push(all);
        initials.retain(|i| i.len() >= 2);
        Some(Name {
            first,
            rest,
            first_initial,
            initials,
        })
    }

    /// The strongest reason this name is in the text, if any.
    fn found_in(&self, text: &Text) -> Option<Why> {
        let ws = &text.words;
        let next_is = |i: usize, fuzzy: bool| {
            ws.get(i + 1).is_some_and(|n| {
                self.rest
                    .iter()
                    .any(|r| *r == n.text || (fuzzy && near(&n.text, r)))
            })
        };
        let full = ws
            .iter()
            .enumerate()
            .any(|(i, w)| self.first.contains(&w.text) && next_is(i, false));
        let has = |forms: &[String]| forms.iter().any(|f| text.distinct.contains(f));
        let initial_then_surname = ws
            .iter()
            .enumerate()
            .any(|(i, w)| w.is_letter() && w.text == self.first_initial && next_is(i, true));
        let initials =
            initial_then_surname || self.initials.iter().any(|i| text.initials.contains(i));
        let misspelt = text.distinct.iter().any(|typed| {
            !is_common_word(typed) && self.first.iter().chain(&self.rest).any(|f| near(typed, f))
        });
        [
            (full, Why::FullName),
            (has(&self.rest), Why::Surname),
            (has(&self.first), Why::FirstName),
            (initials, Why::Initials),
            (misspelt, Why::Misspelt),
        ]
        .into_iter()
        .find_map(|(hit, why)| hit.then_some(why))
    }
}

/// A small misspelling of a name part: Damerau-Levenshtein distance at most 1 for parts of 4–7
/// letters and 2 for longer ones; never for parts or typed words under 4 letters.
fn near(typed: &str, part: &str) -> bool {
    let max = match part.len() {
        0..=3 => return false,
        4..=7 => 1,
        _ => 2,
    };
    typed.len() >= 4
        && typed != part
        && typed.len().abs_diff(part.len()) <= max
        && typed.bytes().all(|b| b.is_ascii_alphabetic())
        && letters_apart(typed, part) <= 2 * max
        && strsim::damerau_levenshtein(typed, part) <= max
}

/// How many letters one word has that the other lacks, counted both ways: each edit changes
/// this by at most 2, so it cheaply rules out distant pairs.
fn letters_apart(a: &str, b: &str) -> usize {
    let mut counts = [0i32; 256];
    a.bytes().for_each(|c| counts[c as usize] += 1);
    b.bytes().for_each(|c| counts[c as usize] -= 1);
    counts.iter().map(|c| c.unsigned_abs() as usize).sum()
}

/// The role lists named by role words in the text, longest phrase first, each word used once
/// ("vice chair" names the vice-chair, not the chair).
fn role_hits(ws: &[Word]) -> Vec<&'static [Role]> {
    let phrases = role_phrases();
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        match phrases.iter().find(|p| fits(p, ws, i)) {
            Some(p) => {
                out.push(p.roles);
                i += p.words.len();
            }
            None => i += 1,
        }
    }
    out
}

fn fits(p: &Phrase, ws: &[Word], at: usize) -> bool {
    let n = p.words.len();
    let Some(window) = ws.get(at..at + n) else {
        return false;
    };
    let words_fit = window
        .iter()
        .zip(&p.words)
        .enumerate()
        .all(|(k, (w, want))| {
            w.text == *want || (k + 1 == n && w.text.strip_suffix('s') == Some(want.as_str()))
        });
    words_fit
        && match p.when {
            When::Always => true,
            When::AfterOrStart(before) => at == 0 || before.contains(&ws[at - 1].text.as_str()),
        }
}

/// The English the matcher knows: role words and the common words that never fuzzy-match.
#[path = "matching_words.rs"]
mod words;

#[cfg(test)]
#[path = "matching_tests.rs"]
mod tests;
