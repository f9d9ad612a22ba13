//! The leak guard (policy 003: "Online meeting invitation links must not be shared"). When a
//! live stream's link, meeting id or passcode turns up in a group chat the bot is in, the bot
//! asks for the message to be removed, posts a neutral warning that does not repeat the secret,
//! and alerts the organiser privately so they can `/stream rotate`.
//!
//! Every stored credential is guarded, whatever its length. Matching is on whole words: a
//! secret matches when its compact form (lower case, letters and digits only, no `https://` or
//! `www.`) is exactly that of one or more words in a row of the message. So "845 1234 5678",
//! "845-1234-5678" and "84512345678" all match, a link matches whatever its case, and a short
//! passcode such as "art" matches "the code is ART" but never "party" or "artwork". The form
//! warns when a passcode is shorter than [`WEAK_PASSCODE_LEN`] (`form::check`). The guard never
//! logs what it matched.

use super::store::{StreamSecrets, StreamStatus};
use crate::core::audit::AuditAction;
use crate::core::event::{Input, Place};
use crate::core::fault::Result;
use crate::core::message::{Message, Outgoing, PublicArg};
use crate::core::store::Address;
use crate::core::turn::Turn;

/// Passcodes shorter than this (in compact form) are accepted with a warning that they are weak.
pub const WEAK_PASSCODE_LEN: usize = 6;

/// Which of a stream's details appeared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Leaked {
    Link,
    MeetingId,
    Passcode,
}

impl Leaked {
    fn key(self) -> &'static str {
        match self {
            Leaked::Link => "stream-leaked-link",
            Leaked::MeetingId => "stream-leaked-meeting-id",
            Leaked::Passcode => "stream-leaked-passcode",
        }
    }
}

/// Lower case letters and digits only.
fn compact(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// A link's compact form, without its scheme or a leading `www.`.
fn compact_link(link: &str) -> String {
    let l = link.trim().to_lowercase();
    let l = l
        .strip_prefix("https://")
        .or_else(|| l.strip_prefix("http://"))
        .unwrap_or(&l);
    compact(l.strip_prefix("www.").unwrap_or(l))
}

/// True when a passcode is short enough to be guessed (it is still accepted).
pub fn is_weak_passcode(passcode: &str) -> bool {
    compact(passcode).chars().count() < WEAK_PASSCODE_LEN
}

/// The words of `text`: runs of letters and digits, lower case.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(compact)
        .collect()
}

/// True when `needle` (compact) is exactly the joined compact form of some words in a row.
fn in_words(words: &[String], needle: &str) -> bool {
    !needle.is_empty()
        && (0..words.len()).any(|i| {
            let mut joined = String::new();
            for w in &words[i..] {
                joined.push_str(w);
                if joined.len() >= needle.len() || !needle.starts_with(joined.as_str()) {
                    break;
                }
            }
            joined == needle
        })
}

/// Which of `secrets` appear in `text`, as whole words.
pub fn leaked(text: &str, secrets: &StreamSecrets) -> Vec<Leaked> {
    let hay = words(text);
    let found = |needle: String| in_words(&hay, &needle);
    let mut out = Vec::new();
    if found(compact_link(secrets.link.expose())) {
        out.push(Leaked::Link);
    }
    if secrets
        .meeting_id
        .as_ref()
        .is_some_and(|m| found(compact(m.expose())))
    {
        out.push(Leaked::MeetingId);
    }
    if secrets
        .passcode
        .as_ref()
        .is_some_and(|p| found(compact(p.expose())))
    {
        out.push(Leaked::Passcode);
    }
    out
}

/// Checks one group message (text, or a command's arguments) against every live stream.
pub async fn guard(t: &mut Turn<'_>) -> Result<()> {
    let Place::Group(group) = t.ev.place.clone() else {
        return Ok(());
    };
    let text = match &t.ev.input {
        Input::Text(s) => s.clone(),
        Input::Command { name, args } => format!("{name} {args}"),
        _ => return Ok(()),
    };
    let mut removal_asked = false;
    for s in t.tx.streams().unsettled_streams(t.cx.school).await? {
        if !matches!(
            s.status,
            StreamStatus::Scheduled | StreamStatus::AwaitingApproval
        ) {
            continue;
        }
        let Some(secrets) = t.tx.streams().stream_secrets(s.id).await? else {
            continue;
        };
        let what = leaked(&text, &secrets);
        if what.is_empty() {
            continue;
        }
        if !removal_asked {
            if let Some(id) = &t.ev.message_id {
                let address = Address::Group(group.id.clone());
                t.fx.remove(group.platform, address, id, t.now, Some(s.organiser));
            }
            t.reply(Message::new("stream-leak-warning"));
            removal_asked = true;
        }
        let keys = what.iter().map(|w| w.key().to_string()).collect();
        let alert = Message::new("stream-leak-alert")
            .arg("id", s.id.0)
            .arg("title", &s.title)
            .arg("what", PublicArg::Keys(keys))
            .arg_key("platform", format!("platform-{}", group.platform))
            .arg("group", &group.id);
        t.send(Outgoing::to_person(s.organiser, None, alert));
        let subject = format!("stream:{} group:{}:{}", s.id, group.platform, group.id);
        let actor = t.me.as_ref().map(|p| p.id);
        t.tx.audit(t.cx.school, actor, AuditAction::StreamLeak, &subject, t.now)
            .await?;
        tracing::warn!(stream = s.id.0, platform = %group.platform, "stream details posted in a group chat");
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::message::Sensitive;

    fn secrets(link: &str, id: Option<&str>, pass: Option<&str>) -> StreamSecrets {
        let s = |v: &str| Sensitive::new(v.to_string());
        StreamSecrets {
            link: s(link),
            meeting_id: id.map(s),
            passcode: pass.map(s),
        }
    }

    #[test]
    fn links_match_whatever_their_case_or_scheme() {
        let s = secrets("https://zoom.us/j/84512345678?pwd=AbC123xyz", None, None);
        for text in [
            "join here https://zoom.us/j/84512345678?pwd=AbC123xyz !",
            "HTTPS://ZOOM.US/J/84512345678?PWD=ABC123XYZ",
            "zoom.us/j/84512345678?pwd=abc123xyz",
            "www.zoom.us/j/84512345678?pwd=abc123xyz",
        ] {
            assert_eq!(leaked(text, &s), vec![Leaked::Link], "{text}");
        }
        assert!(leaked("https://zoom.us/j/999", &s).is_empty());
    }

    #[test]
    fn meeting_ids_and_passcodes_match_ignoring_spaces_and_dashes() {
        let s = secrets(
            "https://meet.example/x",
            Some("845 1234 5678"),
            Some("Ov3r-Tea"),
        );
        assert_eq!(leaked("id is 84512345678", &s), vec![Leaked::MeetingId]);
        assert_eq!(leaked("id: 845-1234-5678", &s), vec![Leaked::MeetingId]);
        assert_eq!(leaked("pass ov3r tea", &s), vec![Leaked::Passcode]);
        assert_eq!(
            leaked("845 1234 5678 / OV3RTEA", &s),
            vec![Leaked::MeetingId, Leaked::Passcode]
        );
        assert!(leaked("see you at the assembly on Tuesday", &s).is_empty());
    }

    #[test]
    fn short_secrets_are_guarded_as_whole_words_only() {
        let s = secrets("https://a.io", Some("12345"), Some("art"));
        assert_eq!(
            leaked("art 12345 https://a.io", &s),
            vec![Leaked::Link, Leaked::MeetingId, Leaked::Passcode]
        );
        assert_eq!(leaked("The code is ART.", &s), vec![Leaked::Passcode]);
        assert_eq!(leaked("room 123-45", &s), vec![Leaked::MeetingId]);
        for chatter in [
            "party in the artroom? the artwork is smart, start at 2",
            "call 0123456 or 123456",
            "radio or ratio",
        ] {
            assert!(leaked(chatter, &s).is_empty(), "{chatter}");
        }
    }

    #[test]
    fn every_secret_is_found_where_it_stands_alone_and_never_inside_a_longer_word() {
        let passcodes = ["a", "art", "7391", "tea-44", "Ov3r-Tea", "x9Kq2LmP"];
        let around: [(&str, &str, bool); 6] = [
            ("", "", true),
            ("the code is ", ".", true),
            ("(", ")", true),
            ("p", "", false),
            ("", "s", false),
            ("x", "y", false),
        ];
        for p in passcodes {
            let s = secrets("https://meet.example/room-1", None, Some(p));
            for (before, after, seen) in around {
                let text = format!("{before}{p}{after}");
                let found = leaked(&text, &s) == vec![Leaked::Passcode];
                assert_eq!(found, seen, "{p:?} in {text:?}");
            }
        }
    }

    #[test]
    fn short_passcodes_are_weak() {
        assert!(is_weak_passcode("art"));
        assert!(is_weak_passcode("12-345"));
        assert!(!is_weak_passcode("123 456"));
        assert!(!is_weak_passcode("Ov3r-Tea"));
    }
}
