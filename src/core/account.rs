//! Linking a chat account to a person, and the small commands about oneself:
//! `/start`, `/link`, `/unlink`, `/whoami`, `/language`, `/help`.

use super::audit::AuditAction;
use super::command::help::help_for;
use super::command::{Command, ConcernCommand};
use super::fault::Result;
use super::linkcode::LinkCode;
use super::message::{Choice, Message, Outgoing, PublicArg};
use super::payload::Payload;
use super::people::{Lang, Person};
use super::store::CodeLookup;
use super::turn::Turn;
use chrono::Duration;

/// `/start [CODE]` and `/link CODE`.
pub async fn link(t: &mut Turn<'_>, code: &str, via_start: bool) -> Result<()> {
    if !t.in_private() {
        t.reply(Message::new("link-private-only"));
        return Ok(());
    }
    if code.is_empty() {
        return match t.me.clone() {
            Some(me) => {
                t.reply(Message::new("welcome-back").arg("name", &me.name));
                Ok(())
            }
            None if via_start => {
                t.reply(Message::new("welcome-unlinked"));
                Ok(())
            }
            None => {
                t.reply(Message::new("link-usage"));
                Ok(())
            }
        };
    }
    let account = t.ev.from.clone();
    let limit = t.cx.settings.linking.max_wrong_codes_per_hour;
    let recent =
        t.tx.failed_links_since(&account, t.now - Duration::hours(1))
            .await?;
    if recent >= limit {
        t.reply(Message::new("link-too-many-tries"));
        return Ok(());
    }
    let (lookup, stored) = match LinkCode::parse(code) {
        Ok(c) => find_code(t, &c).await?,
        Err(_) => (CodeLookup::Unknown, String::new()),
    };
    let (revoked, replaced) = match lookup {
        CodeLookup::Expired => (
            t.tx.linking().link_code_revoked(&stored).await?,
            t.tx.linking().link_code_replaced(&stored).await?,
        ),
        _ => (false, false),
    };
    let key = match lookup {
        CodeLookup::Valid(person) => return bind(t, person, &stored).await,
        CodeLookup::Expired if revoked => "link-code-revoked",
        CodeLookup::Expired if replaced => "link-code-replaced",
        CodeLookup::Expired => "link-code-expired",
        CodeLookup::Used => "link-code-used",
        CodeLookup::Unknown => "link-code-wrong",
    };
    t.tx.record_failed_link(&account, t.now).await?;
    let left = limit.saturating_sub(recent + 1);
    let key = match key {
        "link-code-wrong" if left == 0 => "link-code-wrong-last",
        _ => key,
    };
    t.reply(Message::new(key).arg("left", left));
    Ok(())
}

/// What became of a code, and the form it is stored in: the HMAC under the link key, or for a
/// code issued before link keys, the plain SHA-256.
async fn find_code(t: &mut Turn<'_>, code: &LinkCode) -> Result<(CodeLookup, String)> {
    let [keyed, legacy] = code.hashes(&t.cx.link_key);
    let found = t.tx.lookup_link_code(&keyed, t.now).await?;
    if found != CodeLookup::Unknown {
        return Ok((found, keyed));
    }
    let found = t.tx.lookup_link_code(&legacy, t.now).await?;
    Ok(match found {
        CodeLookup::Unknown => (found, keyed),
        _ => (found, legacy),
    })
}

/// Binds the sending account to `person`, whose code is stored as `code_hash`.
async fn bind(t: &mut Turn<'_>, person: super::ids::PersonId, code_hash: &str) -> Result<()> {
    let Some(p) = t.tx.person(person).await?.filter(|p| p.active) else {
        t.tx.record_failed_link(&t.ev.from, t.now).await?;
        t.reply(Message::new("link-code-expired"));
        return Ok(());
    };
    let platform = t.ev.from.platform;
    let accounts = t.tx.accounts_of(p.id).await?;
    let elsewhere = accounts.iter().any(|a| *a != t.ev.from);
    if accounts
        .iter()
        .any(|a| a.platform == platform && *a != t.ev.from)
        || (elsewhere && super::linking::guarded(&p))
    {
        // Someone already linked there (or a safeguarding-role holder linked anywhere): an
        // existing account must agree first (`linking::relink`).
        return super::linking::relink::request(t, &p, code_hash).await;
    }
    t.tx.link_account(p.id, &t.ev.from, t.now).await?;
    t.fx.menu_of(t.ev.from.clone());
    let new = &t.ev.from;
    super::roles::announce_new_account(&mut *t.tx, &mut t.fx, t.cx.school, &p, new, &accounts)
        .await?;
    t.tx.use_link_code(code_hash, &t.ev.from, t.now).await?;
    let subject = format!("person:{} account:{}", p.id, t.ev.from.platform);
    t.tx.audit(
        t.cx.school,
        Some(p.id),
        AuditAction::AccountLink,
        &subject,
        t.now,
    )
    .await?;
    t.me = Some(p.clone());
    t.reply(
        Message::new("link-done")
            .arg("name", &p.name)
            .arg("school", t.cx.settings.school_name_text()),
    );
    t.reply(help_for(Some(&p), t.cx.settings.desk_url.is_some()));
    Ok(())
}

/// `/unlink`: removes the binding of this account.
pub async fn unlink(t: &mut Turn<'_>) -> Result<()> {
    if !t.in_private() {
        t.reply(Message::new("private-only"));
        return Ok(());
    }
    let Some(me) = t.me.clone() else {
        t.reply(Message::new("not-linked"));
        return Ok(());
    };
    let account = t.ev.from.clone();
    t.tx.unlink_account(t.cx.school, &account).await?;
    t.fx.menu_of(account.clone());
    // Addressed to the account: it no longer belongs to the person.
    t.send(Outgoing::to_account(
        account,
        Message::new("unlink-done").arg("name", &me.name),
    ));
    t.tx.audit(
        t.cx.school,
        Some(me.id),
        AuditAction::AccountUnlink,
        &format!("person:{}", me.id),
        t.now,
    )
    .await?;
    Ok(())
}

/// `/whoami`: the linked person, roles and linked platforms.
pub async fn whoami(t: &mut Turn<'_>) -> Result<()> {
    let Some(me) = t.me.clone() else {
        t.reply(Message::new("not-linked"));
        return Ok(());
    };
    if !t.in_private() {
        t.reply(Message::new("sent-privately"));
    }
    let platforms: Vec<String> =
        t.tx.accounts_of(me.id)
            .await?
            .into_iter()
            .map(|a| format!("platform-{}", a.platform))
            .collect();
    let roles: Vec<String> = me.roles.iter().map(|r| format!("role-{r}")).collect();
    t.private(
        Message::new("whoami")
            .arg("name", &me.name)
            .arg("roles", PublicArg::Keys(roles))
            .arg("platforms", PublicArg::Keys(platforms))
            .arg_key("language", lang_key(me.lang)),
    );
    Ok(())
}

/// The message key naming a language in its own words.
pub fn lang_key(lang: Lang) -> String {
    format!("language-name-{}", lang.tag())
}

/// `/language [TAG]` and the language buttons.
pub async fn language(t: &mut Turn<'_>, arg: &str) -> Result<()> {
    let Some(me) = t.me.clone() else {
        t.reply(Message::new("not-linked"));
        return Ok(());
    };
    if arg.is_empty() {
        let choices = Lang::ALL
            .iter()
            .map(|l| Choice::key(lang_key(*l), Payload::Language(*l).encode()));
        t.private(Message::new("language-choose").choices(choices));
        return Ok(());
    }
    match Lang::parse(arg) {
        Some(lang) => {
            t.tx.set_lang(me.id, lang).await?;
            t.fx.menus_of(me.id);
            t.me = Some(Person { lang, ..me });
            t.private(Message::new("language-set").arg_key("language", lang_key(lang)));
        }
        None => t.private(Message::new("language-unknown")),
    }
    Ok(())
}

/// True for the commands an unlinked account may use. `/concern` answers everyone, if only
/// to say how to raise a concern with the school.
pub fn open_to_unlinked(c: &Command) -> bool {
    matches!(
        c,
        Command::Start(_)
            | Command::Link(_)
            | Command::Help
            | Command::Clock
            | Command::Whoami
            | Command::Concern(ConcernCommand::Report)
    )
}
