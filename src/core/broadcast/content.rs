//! What a broadcast says: one of the Fluent templates in `locales/*/broadcast.ftl`, or the
//! sender's own words inside a localised frame. Every recipient reads it in their own language;
//! the sender's words go as written. Building a message is pure; it never reads storage.

use crate::core::local_text::LocalText;
use crate::core::message::{Message, PublicArg};
use chrono::NaiveDate;
use serde::Deserialize;

/// A ready-made broadcast text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Template {
    /// Safer Internet Day for staff, with classroom resources.
    SidStaff,
    /// Safer Internet Day for parents: what it is and how to help at home.
    SidParents,
    /// On the day, for parents.
    SidToday,
    /// An invitation to the parent online-safety workshop.
    Workshop,
    /// A reminder to read and sign the Acceptable Use Policy.
    Aup,
}

impl Template {
    pub const ALL: [Template; 5] = [
        Template::SidStaff,
        Template::SidParents,
        Template::SidToday,
        Template::Workshop,
        Template::Aup,
    ];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Template::SidStaff => "sid-staff",
            Template::SidParents => "sid-parents",
            Template::SidToday => "sid-today",
            Template::Workshop => "workshop",
            Template::Aup => "aup",
        }
    }

    pub fn parse(s: &str) -> Option<Template> {
        Template::ALL.into_iter().find(|t| t.as_str() == s)
    }
}

/// A broadcast's content.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Content {
    /// A template, with optional extra details (a date and place) appended.
    Template {
        template: Template,
        details: Option<String>,
    },
    /// The sender's own text.
    Custom(String),
}

impl Content {
    /// The message key of the body.
    pub fn key(&self) -> String {
        match self {
            Content::Template { template, .. } => format!("b-tpl-{}", template.as_str()),
            Content::Custom(_) => "b-custom".into(),
        }
    }

    /// The message key of a short name for it ("Safer Internet Day for parents").
    pub fn label_key(&self) -> String {
        match self {
            Content::Template { template, .. } => format!("b-content-{}", template.as_str()),
            Content::Custom(_) => "b-content-custom".into(),
        }
    }
}

/// How the closing line reads for a recipient.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Footer {
    /// Staff and governors.
    School,
    /// A parent, for a message they could opt out of.
    OptOut,
    /// A parent, for a message the school marked essential.
    Essential,
}

impl Footer {
    pub fn for_recipient(as_parent: bool, essential: bool) -> Footer {
        match (as_parent, essential) {
            (false, _) => Footer::School,
            (true, false) => Footer::OptOut,
            (true, true) => Footer::Essential,
        }
    }

    fn key(self) -> &'static str {
        match self {
            Footer::School => "b-footer-school",
            Footer::OptOut => "b-footer-optout",
            Footer::Essential => "b-footer-essential",
        }
    }
}

/// What the templates mention besides the content itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Framing<'a> {
    pub school: &'a LocalText,
    pub sender: &'a str,
    /// This year's Safer Internet Day and its theme.
    pub sid_day: NaiveDate,
    pub sid_theme: Option<&'a str>,
    pub essential: bool,
    pub footer: Footer,
}

/// The message one recipient gets.
pub fn message(content: &Content, f: &Framing<'_>) -> Message {
    let header = if f.essential {
        "b-header-essential"
    } else {
        "b-header"
    };
    let (text, details) = match content {
        Content::Custom(text) => (text.clone(), String::new()),
        Content::Template { details, .. } => (
            String::new(),
            details
                .as_deref()
                .map(|d| format!(" {d}"))
                .unwrap_or_default(),
        ),
    };
    Message::new(content.key())
        .arg_key("header", header)
        .arg("school", f.school.clone())
        .arg("sender", f.sender)
        .arg("date", f.sid_day.format("%d/%m/%Y").to_string())
        .arg(
            "has_theme",
            PublicArg::Number(i64::from(f.sid_theme.is_some())),
        )
        .arg("theme", f.sid_theme.unwrap_or_default())
        .arg("details", details)
        .arg("text", text)
        .arg_key("footer", f.footer.key())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn template_names_round_trip() {
        for t in Template::ALL {
            assert_eq!(Template::parse(t.as_str()), Some(t));
        }
        assert_eq!(Template::parse("custom"), None);
    }
}
