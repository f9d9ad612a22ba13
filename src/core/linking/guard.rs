//! The group guard for link codes: anything in a group message that reads as a live link code
//! (typed with spaces or dashes, in any case, or inside a `t.me/…?start=` link) is revoked.

use crate::core::audit::AuditAction;
use crate::core::event::{Input, Place};
use crate::core::fault::Result;
use crate::core::linkcode::LinkCode;
use crate::core::message::{Message, Outgoing};
use crate::core::people::Role;
use crate::core::store::Address;
use crate::core::turn::Turn;

/// At most this many candidates are looked up per message.
const MAX_CANDIDATES: usize = 50;

/// Every well-formed code a text could contain: a 12-character word, or two or three adjacent
/// words of 12 characters together (`ABCD EFGH JKMN`, `ABCD-EFGH-JKMN`).
pub fn candidates(text: &str) -> Vec<LinkCode> {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut out: Vec<LinkCode> = Vec::new();
    for start in 0..words.len() {
        let mut joined = String::new();
        for w in &words[start..words.len().min(start + 3)] {
            joined.push_str(w);
            if joined.len() > 12 {
                break;
            }
            if let Ok(code) = LinkCode::parse(&joined) {
                if !out.contains(&code) {
                    out.push(code);
                }
            }
        }
        if out.len() >= MAX_CANDIDATES {
            break;
        }
    }
    out
}

/// Checks one group message. Returns true when it held a live code (now revoked): the message
/// is then dealt with and nothing else is done with it.
pub async fn guard(t: &mut Turn<'_>) -> Result<bool> {
    let Place::Group(group) = t.ev.place.clone() else {
        return Ok(false);
    };
    let text = match &t.ev.input {
        Input::Text(s) => s.clone(),
        Input::Command { name, args } => format!("{name} {args}"),
        _ => return Ok(false),
    };
    let mut owners = Vec::new();
    for code in candidates(&text) {
        // Codes issued before link keys are stored as a plain SHA-256: revoked all the same.
        for stored in code.hashes(&t.cx.link_key) {
            if let Some(owner) = t.tx.linking().revoke_link_code(&stored, t.now).await? {
                owners.push(owner);
            }
        }
    }
    if owners.is_empty() {
        return Ok(false);
    }
    if let Some(id) = &t.ev.message_id {
        let address = Address::Group(group.id.clone());
        t.fx.remove(group.platform, address, id, t.now, None);
    }
    t.reply(Message::new("link-code-seen-in-group"));
    let office =
        t.tx.people_with_roles(t.cx.school, &[Role::RosterAdmin])
            .await?;
    for owner in owners {
        let Some(p) = t.tx.person(owner).await? else {
            continue;
        };
        t.send(Outgoing::to_person(
            p.id,
            None,
            Message::new("link-code-revoked-owner"),
        ));
        for admin in &office {
            let m = Message::new("link-code-revoked-office")
                .arg("name", &p.name)
                .arg("external_id", &p.external_id)
                .arg_key("platform", format!("platform-{}", group.platform));
            t.send(Outgoing::to_person(admin.id, None, m));
        }
        let subject = format!("person:{} group:{}:{}", p.id, group.platform, group.id);
        let actor = t.me.as_ref().map(|m| m.id);
        t.tx.audit(
            t.cx.school,
            actor,
            AuditAction::LinkCodeRevoke,
            &subject,
            t.now,
        )
        .await?;
    }
    tracing::warn!(platform = %group.platform, "a link code was posted in a group chat and revoked");
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_found_however_they_are_written() {
        let code = LinkCode::parse("ABCD-EFGH-JKMN").unwrap();
        for text in [
            "ABCD-EFGH-JKMN",
            "my code is abcd efgh jkmn, can someone help?",
            "/link ABCDEFGHJKMN",
            "https://t.me/HavenBot?start=ABCDEFGHJKMN",
            "abcd-efgh-jkmn.",
            "ABCDEFGH JKMN",
        ] {
            assert!(candidates(text).contains(&code), "{text}");
        }
    }

    #[test]
    fn ordinary_chatter_holds_no_candidate_worth_a_lookup() {
        for text in [
            "",
            "See you at the assembly on Tuesday",
            "safeguarding",
            "ABCD-EFGH-JKM0",
            "0123456789012",
        ] {
            assert!(candidates(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_long_message_is_looked_up_a_bounded_number_of_times() {
        let mut rng = <rand::rngs::StdRng as rand::SeedableRng>::seed_from_u64(7);
        let text: Vec<String> = (0..200)
            .map(|_| LinkCode::generate(&mut rng).display())
            .collect();
        assert_eq!(candidates(&text.join(" ")).len(), MAX_CANDIDATES);
    }
}
