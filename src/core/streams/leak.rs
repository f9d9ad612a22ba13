//! The leak guard (policy 003: "Online meeting invitation links must not be shared"). When a
//! live stream's link, meeting id or passcode turns up in a group chat the bot is in, the bot
//! asks for the message to be removed, posts a neutral warning that does not repeat the secret,
//! and alerts the organiser privately so they can `/stream rotate`.
//!
//! Matching is on a compact form (lower case, letters and digits only, no `https://` or
//! `www.`), so "845 1234 5678", "845-1234-5678" and "84512345678" all match, and a link matches
//! whatever its case. A secret whose compact form is shorter than [`MIN_SECRET_LEN`] is never
//! matched: it would turn up in ordinary chatter. The guard never logs what it matched.

use super::store::{StreamSecrets, StreamStatus};
use crate::core::audit::AuditAction;
use crate::core::event::{Input, Place};
use crate::core::fault::Result;
use crate::core::message::{Message, Outgoing, PublicArg};
use crate::core::store::Address;
use crate::core::turn::Turn;

/// Secrets shorter than this (in compact form) are never matched.
pub const MIN_SECRET_LEN: usize = 6;

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

/// Which of `secrets` appear in `text`.
pub fn leaked(text: &str, secrets: &StreamSecrets) -> Vec<Leaked> {
    let hay = compact(text);
    let found = |needle: String| needle.chars().count() >= MIN_SECRET_LEN && hay.contains(&needle);
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
    fn short_secrets_are_never_matched() {
        let s = secrets("https://a.io", Some("12345"), Some("abc"));
        assert!(leaked("abc 12345 https://a.io a.io", &s).is_empty());
        // "a.io" is 3 letters in compact form: too short, although the link was posted.
        assert_eq!(compact_link("https://www.a.io"), "aio");
    }
}
