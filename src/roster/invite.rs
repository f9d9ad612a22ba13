//! Link-code invitations: a fresh code per chosen person, and the office's mail-merge file.
//!
//! Only an HMAC of a code under the link key is stored; the plain code exists in the returned [`Invite`]s and in
//! the file written from them, so that file is as secret as a password list: hand it to the
//! mail merge and delete it. Issuing a new code cancels a person's earlier unused codes (the
//! store expires them as it keeps the new one), so only the latest letter sent home works;
//! that is why a code issued earlier the same day is never replaced unless the office asks, and
//! why people who already have a linked account get no code unless the office asks.

use crate::core::audit::AuditAction;
use crate::core::export::SafeCsv;
use crate::core::ids::SchoolId;
use crate::core::linkcode::{LinkCode, LinkKey};
use crate::core::people::{Lang, Person};
use crate::core::store::{Store, Tx};
use crate::core::turn::Ctx;
use anyhow::Context;
use chrono::{DateTime, Duration, Utc};
use chrono_tz::Europe::London;
use chrono_tz::Tz;
use rand::Rng;
use std::io::Write;

/// Where codes are issued: the store, the school, and the key codes are stored under.
#[derive(Clone, Copy)]
pub struct Issuer<'a> {
    pub store: &'a dyn Store,
    pub school: SchoolId,
    pub link_key: &'a LinkKey,
}

impl<'a> Issuer<'a> {
    /// The issuer of an application's context.
    pub fn of(cx: &'a Ctx) -> Issuer<'a> {
        Issuer {
            store: cx.store.as_ref(),
            school: cx.school,
            link_key: &cx.link_key,
        }
    }
}

/// Who gets a new code.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum InviteFilter {
    /// Every active person.
    All,
    /// Active people with no linked chat account on any platform.
    #[default]
    Unlinked,
    /// One person, by the school's external id.
    One(String),
}

/// A code issued to one person, ready for a letter or an email.
#[derive(Debug, Clone)]
pub struct Invite {
    pub external_id: String,
    pub name: String,
    /// The language the person reads, so the letter can be sent in it.
    pub lang: Lang,
    pub code: LinkCode,
    pub expires: DateTime<Utc>,
}

/// Why no codes were issued for [`InviteFilter::One`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InviteError {
    UnknownPerson {
        external_id: String,
    },
    /// The person is in the directory but has left (is inactive).
    Leaver {
        external_id: String,
    },
    /// The person has a linked account, and linked people were not asked for.
    Linked {
        external_id: String,
    },
    /// The person was issued a code today that still works, and replacing it was not asked for.
    LiveCode {
        external_id: String,
        issued: DateTime<Utc>,
    },
}

/// What to issue, and what to leave alone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct InviteOptions {
    pub who: InviteFilter,
    /// Also issue codes to people who already have a linked account (their old account will be
    /// asked to confirm a move).
    pub include_linked: bool,
    /// Replace codes issued earlier the same day that still work.
    pub replace_live: bool,
}

/// The codes issued, and the people left out because a code issued to them today still works.
#[derive(Debug, Clone)]
pub struct Issued {
    pub invites: Vec<Invite>,
    pub kept_live: usize,
}

impl InviteError {
    /// The Fluent message key that explains the error (in `locales/*/roster.ftl`).
    pub fn key(&self) -> &'static str {
        match self {
            InviteError::UnknownPerson { .. } => "invite-error-unknown-person",
            InviteError::Leaver { .. } => "invite-error-leaver",
            InviteError::Linked { .. } => "invite-error-linked",
            InviteError::LiveCode { .. } => "invite-error-live-code",
        }
    }

    /// The arguments the message named by [`InviteError::key`] takes.
    pub fn args(&self, tz: Tz) -> Vec<(&'static str, String)> {
        match self {
            InviteError::UnknownPerson { external_id }
            | InviteError::Leaver { external_id }
            | InviteError::Linked { external_id } => {
                vec![("external_id", external_id.clone())]
            }
            InviteError::LiveCode {
                external_id,
                issued,
            } => vec![
                ("external_id", external_id.clone()),
                (
                    "issued",
                    issued.with_timezone(&tz).format("%H:%M").to_string(),
                ),
            ],
        }
    }
}

/// Issues a code valid for `ttl` to each chosen person who has no linked account (any one
/// person for [`InviteFilter::One`]; everyone for [`InviteFilter::All`]) and no code issued
/// today that still works; see [`issue_with`].
pub async fn issue<R: Rng + Send>(
    at: Issuer<'_>,
    who: InviteFilter,
    ttl: Duration,
    now: DateTime<Utc>,
    rng: &mut R,
) -> anyhow::Result<Result<Vec<Invite>, InviteError>> {
    let include_linked = who == InviteFilter::All;
    let options = InviteOptions {
        who,
        include_linked,
        replace_live: false,
    };
    let issued = issue_with(at, &options, ttl, London, now, rng).await?;
    Ok(issued.map(|i| i.invites))
}

/// Issues a code valid for `ttl` to each chosen person, in one transaction, and returns the
/// invitations ordered by name. Linked people are left out (refused for one person) unless
/// `include_linked`; so are people with a code issued earlier the same day (in `tz`) that still
/// works, unless `replace_live`. Each issue is audited (the code itself is not).
pub async fn issue_with<R: Rng + Send>(
    at: Issuer<'_>,
    options: &InviteOptions,
    ttl: Duration,
    tz: Tz,
    now: DateTime<Utc>,
    rng: &mut R,
) -> anyhow::Result<Result<Issued, InviteError>> {
    anyhow::ensure!(ttl > Duration::zero(), "a link code must live a while");
    let Issuer {
        store,
        school,
        link_key,
    } = at;
    let mut tx = store.begin().await?;
    let one = matches!(options.who, InviteFilter::One(_));
    let people = match chosen(tx.as_mut(), school, options.who.clone()).await? {
        Ok(people) => people,
        Err(e) => return Ok(Err(e)),
    };
    let today = start_of_day(now, tz);
    let mut kept_live = 0;
    let mut people_to_issue = Vec::with_capacity(people.len());
    for person in people {
        if !options.include_linked && !tx.accounts_of(person.id).await?.is_empty() {
            if one {
                let external_id = person.external_id;
                return Ok(Err(InviteError::Linked { external_id }));
            }
            continue;
        }
        if !options.replace_live {
            if let Some(issued) = tx
                .linking()
                .live_code_issued_since(person.id, today, now)
                .await?
            {
                if one {
                    let external_id = person.external_id;
                    return Ok(Err(InviteError::LiveCode {
                        external_id,
                        issued,
                    }));
                }
                kept_live += 1;
                continue;
            }
        }
        people_to_issue.push(person);
    }
    let mut people = people_to_issue;
    people.sort_by(|a, b| (&a.name, &a.external_id).cmp(&(&b.name, &b.external_id)));
    let expires = now + ttl;
    let mut invites = Vec::with_capacity(people.len());
    for person in people {
        let code = LinkCode::generate(rng);
        tx.store_link_code(person.id, &code.hash(link_key), expires, now)
            .await
            .context("storing a link code")?;
        tx.audit(
            school,
            None,
            AuditAction::LinkCodeIssue,
            &person.external_id,
            now,
        )
        .await
        .context("auditing a link code")?;
        invites.push(Invite {
            external_id: person.external_id,
            name: person.name,
            lang: person.lang,
            code,
            expires,
        });
    }
    tx.commit().await.context("committing link codes")?;
    Ok(Ok(Issued { invites, kept_live }))
}

/// Midnight at the start of `now`'s day in `tz`.
fn start_of_day(now: DateTime<Utc>, tz: Tz) -> DateTime<Utc> {
    let day = now.with_timezone(&tz).date_naive();
    day.and_hms_opt(0, 0, 0)
        .and_then(|m| m.and_local_timezone(tz).earliest())
        .map_or(now - Duration::days(1), |m| m.with_timezone(&Utc))
}

/// The active people the filter picks.
async fn chosen(
    tx: &mut dyn Tx,
    school: SchoolId,
    who: InviteFilter,
) -> anyhow::Result<Result<Vec<Person>, InviteError>> {
    match who {
        InviteFilter::All => Ok(Ok(tx.people(school).await?)),
        InviteFilter::Unlinked => {
            let mut unlinked = Vec::new();
            for person in tx.people(school).await? {
                if tx.accounts_of(person.id).await?.is_empty() {
                    unlinked.push(person);
                }
            }
            Ok(Ok(unlinked))
        }
        InviteFilter::One(external_id) => Ok(
            match tx.person_by_external_id(school, &external_id).await? {
                None => Err(InviteError::UnknownPerson { external_id }),
                Some(person) if !person.active => Err(InviteError::Leaver { external_id }),
                Some(person) => Ok(vec![person]),
            },
        ),
    }
}

/// The header of the mail-merge file.
const COLUMNS: [&str; 6] = [
    "external_id",
    "name",
    "language",
    "code",
    "expires",
    "telegram_link",
];

/// Writes the office's mail-merge CSV, one row per invite, with the header
/// `external_id,name,language,code,expires,telegram_link`:
///
/// - `language`: the person's language tag (`en-GB`, `cy`, `pl`, `ar`), to pick the letter;
/// - `code`: the code as people type it, `ABCD-EFGH-JKMN`;
/// - `expires`: the last moment it works, local time in `tz`, `YYYY-MM-DD HH:MM`;
/// - `telegram_link`: `https://t.me/<bot>?start=<code without dashes>`, which links the account
///   in one tap, when the bot's username is given (with or without `@`); empty otherwise.
///
/// The text of the letter itself is the `invite-letter` message in `locales/*/roster.ftl`.
pub fn write_csv(
    invites: &[Invite],
    telegram_bot_username: Option<&str>,
    tz: Tz,
    w: impl Write,
) -> anyhow::Result<()> {
    let bot = telegram_bot_username
        .map(|b| b.trim().trim_start_matches('@'))
        .filter(|b| !b.is_empty());
    let mut out = SafeCsv::new(w);
    out.row(COLUMNS)?;
    for invite in invites {
        let link = bot.map_or(String::new(), |bot| {
            format!("https://t.me/{bot}?start={}", invite.code.compact())
        });
        out.row([
            invite.external_id.as_str(),
            invite.name.as_str(),
            invite.lang.tag(),
            &invite.code.display(),
            &invite
                .expires
                .with_timezone(&tz)
                .format("%Y-%m-%d %H:%M")
                .to_string(),
            &link,
        ])?;
    }
    out.flush().context("writing the invitations file")?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::London;

    fn invite(external_id: &str, name: &str, code: &str, expires: &str) -> Invite {
        Invite {
            external_id: external_id.into(),
            name: name.into(),
            lang: Lang::Pl,
            code: LinkCode::parse(code).unwrap(),
            expires: expires.parse().unwrap(),
        }
    }

    fn written(invites: &[Invite], bot: Option<&str>) -> String {
        let mut out = Vec::new();
        write_csv(invites, bot, London, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn rows_carry_the_display_code_london_time_and_a_one_tap_telegram_link() {
        let invites = [
            // 23:30 UTC in summer is 00:30 the next day in London (BST).
            invite(
                "PAR001",
                "Aisha Rahman",
                "abcd efgh jkmn",
                "2026-06-30T23:30:00Z",
            ),
            // In winter London is on UTC.
            invite(
                "PAR002",
                "Nowak, Katarzyna",
                "PQRS-TUVW-XYZ2",
                "2026-01-15T17:00:00Z",
            ),
        ];
        assert_eq!(
            written(&invites, Some("@HavenDemoBot")),
            "external_id,name,language,code,expires,telegram_link\n\
             PAR001,Aisha Rahman,pl,ABCD-EFGH-JKMN,2026-07-01 00:30,\
             https://t.me/HavenDemoBot?start=ABCDEFGHJKMN\n\
             PAR002,\"Nowak, Katarzyna\",pl,PQRS-TUVW-XYZ2,2026-01-15 17:00,\
             https://t.me/HavenDemoBot?start=PQRSTUVWXYZ2\n"
        );
    }

    #[test]
    fn without_a_bot_username_the_link_column_is_empty() {
        let invites = [invite(
            "S1",
            "Ann",
            "ABCD-EFGH-JKMN",
            "2026-03-29T01:00:00Z",
        )];
        let expected = "external_id,name,language,code,expires,telegram_link\n\
                        S1,Ann,pl,ABCD-EFGH-JKMN,2026-03-29 02:00,\n";
        assert_eq!(written(&invites, None), expected);
        assert_eq!(written(&invites, Some(" ")), expected);
    }

    #[test]
    fn no_invites_is_just_the_header() {
        assert_eq!(
            written(&[], Some("bot")),
            "external_id,name,language,code,expires,telegram_link\n"
        );
    }
}
