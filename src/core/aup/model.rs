//! The words of AUP re-signing: policy versions, who they are for, when they must be signed
//! again, and signatures. Constructors validate, so a [`NewVersion`] that exists is publishable.
//!
//! This module is pure: no storage, no clock, no text for people to read (errors are keys).

use crate::core::ids::{PersonId, Platform, SchoolId};
use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, Utc};
use sha2::{Digest, Sha256};
use std::fmt;

pub use super::audience::{Audience, Group};

/// A published policy version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VersionId(pub i64);

impl fmt::Display for VersionId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

/// When a signature must be renewed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rule {
    /// Twelve months after the person's last signature.
    Annual,
    /// By the same date every year (e.g. 1 September).
    Fixed { month: u32, day: u32 },
}

impl Rule {
    /// Reads `annual` or `fixed:MM-DD` (29 February is refused: it is not in every year).
    pub fn parse(s: &str) -> Option<Rule> {
        let s = s.trim().to_ascii_lowercase();
        if s == "annual" {
            return Some(Rule::Annual);
        }
        let (m, d) = s.strip_prefix("fixed:")?.split_once('-')?;
        let (month, day) = (m.parse().ok()?, d.parse().ok()?);
        NaiveDate::from_ymd_opt(2001, month, day)?;
        Some(Rule::Fixed { month, day })
    }

    /// The stored form.
    pub fn as_string(self) -> String {
        match self {
            Rule::Annual => "annual".into(),
            Rule::Fixed { month, day } => format!("fixed:{month:02}-{day:02}"),
        }
    }

    /// The date a signature made on `signed` must be renewed by. For a fixed date, signing
    /// within `window` days before it counts for that year's round.
    pub fn next_due(self, signed: NaiveDate, window: Duration) -> NaiveDate {
        match self {
            Rule::Annual => signed
                .checked_add_months(Months::new(12))
                .unwrap_or(signed + Duration::days(365)),
            Rule::Fixed { month, day } => {
                let from = signed + window;
                let on = |y: i32| NaiveDate::from_ymd_opt(y, month, day).unwrap_or(from);
                let this_year = on(from.year());
                if this_year > from {
                    this_year
                } else {
                    on(from.year() + 1)
                }
            }
        }
    }
}

/// The SHA-256 of a policy text, lower-case hex.
pub fn content_hash(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// Versions with the same key belong to the same policy (the title, case and spacing aside).
pub fn policy_key(title: &str) -> String {
    title
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// A stored version (without its text, which is read only when someone opens it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Version {
    pub id: VersionId,
    pub school: SchoolId,
    pub title: String,
    /// The school's own version label ("2026.1", "v3").
    pub label: String,
    pub hash: String,
    pub audience: Audience,
    pub rule: Rule,
    /// Where the text can also be read online, if anywhere.
    pub link: Option<String>,
    pub effective: DateTime<Utc>,
    pub published_at: DateTime<Utc>,
}

impl Version {
    pub fn policy_key(&self) -> String {
        policy_key(&self.title)
    }

    /// When signing it began to be owed: its effective date, or its publication if later.
    pub fn starts(&self) -> DateTime<Utc> {
        self.effective.max(self.published_at)
    }

    /// The first characters of the content hash, for people to compare.
    pub fn short_hash(&self) -> &str {
        self.hash.get(..12).unwrap_or(&self.hash)
    }
}

/// Why a version cannot be published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PublishError {
    BadTitle,
    BadLabel,
    EmptyText,
    /// The policy already has a version with this label.
    Exists,
}

impl PublishError {
    /// The message key that explains it.
    pub fn key(self) -> &'static str {
        match self {
            PublishError::BadTitle => "aup-publish-bad-title",
            PublishError::BadLabel => "aup-publish-bad-version",
            PublishError::EmptyText => "aup-publish-empty-text",
            PublishError::Exists => "aup-publish-exists",
        }
    }

    /// The message key that explains it at the command line (no buttons to press there).
    pub fn cli_key(self) -> &'static str {
        match self {
            PublishError::BadLabel => "aup-cli-bad-version",
            PublishError::Exists => "aup-cli-exists",
            other => other.key(),
        }
    }
}

/// A version ready to be stored.
#[derive(Debug, Clone)]
pub struct NewVersion {
    pub school: SchoolId,
    pub title: String,
    pub label: String,
    pub text: String,
    pub hash: String,
    pub audience: Audience,
    pub rule: Rule,
    pub link: Option<String>,
    pub effective: DateTime<Utc>,
    pub published_by: Option<PersonId>,
}

/// What a version needs, before validation.
pub struct Draft<'a> {
    pub title: &'a str,
    pub label: &'a str,
    pub text: &'a str,
    pub audience: Audience,
    pub rule: Rule,
    pub link: Option<String>,
    pub effective: DateTime<Utc>,
}

impl NewVersion {
    /// Checks the title (1–120 characters), label (1–30, no spaces) and text (not blank).
    pub fn parse(
        school: SchoolId,
        d: Draft<'_>,
        by: Option<PersonId>,
    ) -> Result<Self, PublishError> {
        let title = d.title.split_whitespace().collect::<Vec<_>>().join(" ");
        if title.is_empty() || title.chars().count() > 120 {
            return Err(PublishError::BadTitle);
        }
        let label = d.label.trim();
        if label.is_empty() || label.chars().count() > 30 || label.contains(char::is_whitespace) {
            return Err(PublishError::BadLabel);
        }
        let text = d.text.trim();
        if text.is_empty() {
            return Err(PublishError::EmptyText);
        }
        Ok(NewVersion {
            school,
            title,
            label: label.to_string(),
            hash: content_hash(text),
            text: text.to_string(),
            audience: d.audience,
            rule: d.rule,
            link: d.link.filter(|l| !l.trim().is_empty()),
            effective: d.effective,
            published_by: by,
        })
    }
}

/// A signature: who agreed to which version (and its text, by hash), when and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signature {
    pub person: PersonId,
    pub version: VersionId,
    pub hash: String,
    pub at: DateTime<Utc>,
    pub platform: Platform,
}

/// A person's latest signature of one policy (any of its versions).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LastSigned {
    pub person: PersonId,
    pub policy_key: String,
    pub version: VersionId,
    pub label: String,
    /// The content hash of the text that was agreed to.
    pub hash: String,
    pub at: DateTime<Utc>,
    pub platform: Platform,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn rules_parse_and_give_the_next_due_date() {
        assert_eq!(
            Rule::parse("fixed:9-1"),
            Some(Rule::Fixed { month: 9, day: 1 })
        );
        assert_eq!(
            Rule::parse("fixed:09-01").unwrap().as_string(),
            "fixed:09-01"
        );
        assert_eq!(Rule::parse("fixed:02-29"), None);
        assert_eq!(Rule::parse("monthly"), None);
        let w = Duration::days(30);
        assert_eq!(Rule::Annual.next_due(d(2026, 11, 17), w), d(2027, 11, 17));
        assert_eq!(Rule::Annual.next_due(d(2028, 2, 29), w), d(2029, 2, 28));
        let sept = Rule::Fixed { month: 9, day: 1 };
        assert_eq!(sept.next_due(d(2026, 11, 17), w), d(2027, 9, 1));
        assert_eq!(sept.next_due(d(2027, 7, 15), w), d(2027, 9, 1));
        // Signing in the month before 1 September counts for that round.
        assert_eq!(sept.next_due(d(2027, 8, 20), w), d(2028, 9, 1));
    }

    #[test]
    fn new_versions_are_validated_and_hashed() {
        let draft = |title, label, text| Draft {
            title,
            label,
            text,
            audience: Audience::parse("staff").unwrap(),
            rule: Rule::Annual,
            link: Some(" ".into()),
            effective: DateTime::<Utc>::MIN_UTC,
        };
        let s = SchoolId::default();
        let v = NewVersion::parse(s, draft("  Staff   AUP ", "2026.1", " Text \n"), None).unwrap();
        assert_eq!(v.title, "Staff AUP");
        assert_eq!(v.hash, content_hash("Text"));
        assert_eq!(v.hash.len(), 64);
        assert_eq!(v.link, None);
        let err = |t, l, x| NewVersion::parse(s, draft(t, l, x), None).unwrap_err();
        assert_eq!(err("", "1", "x"), PublishError::BadTitle);
        assert_eq!(err("T", "version 2", "x"), PublishError::BadLabel);
        assert_eq!(err("T", "2", "  "), PublishError::EmptyText);
        assert_eq!(policy_key(" Staff  AUP"), policy_key("staff aup"));
    }
}
