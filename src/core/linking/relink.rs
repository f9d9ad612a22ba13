//! Moving a person to a new account on a platform where they already have one. The code's
//! redemption is kept as a request; the old account is asked (buttons), and either it confirms,
//! or it declines (the office is told), or the office approves with `haven relink` once the
//! cooling-off period has passed. Until then the old account stays linked and the new one is not.

use super::store::{LinkOutcome, PendingLink};
use super::PAYLOAD_PREFIX;
use crate::core::account::help_for;
use crate::core::ids::{Account, SchoolId};
use crate::core::message::{Choice, Message, Outgoing};
use crate::core::people::{Person, Role};
use crate::core::store::{Result, Tx};
use crate::core::turn::Turn;
use chrono::{DateTime, Duration, Utc};

/// The code was redeemed by a new account of someone already linked on that platform: keep the
/// request and ask the old account. `code_hash` is the code as stored.
pub async fn request(t: &mut Turn<'_>, p: &Person, code_hash: &str) -> Result<()> {
    let account = t.ev.from.clone();
    t.tx.use_link_code(code_hash, &account, t.now).await?;
    let id = t.tx.request_link(p.id, &account, t.now).await?;
    let platform = format!("platform-{}", account.platform);
    let ask = Message::new("link-relink-confirm")
        .arg_key("platform", platform.clone())
        .choices([
            Choice::key("link-relink-yes", format!("{PAYLOAD_PREFIX}ok.{id}")),
            Choice::key("link-relink-no", format!("{PAYLOAD_PREFIX}no.{id}")),
        ]);
    t.send(Outgoing::to_person(p.id, Some(account.platform), ask));
    t.reply(Message::new("link-relink-waiting").arg_key("platform", platform));
    let subject = format!("person:{} account:{} request:{id}", p.id, account.platform);
    t.tx.audit(t.cx.school, None, "link.relink.request", &subject, t.now)
        .await
}

/// The old account's answer: `ok.ID` or `no.ID`.
pub async fn button(t: &mut Turn<'_>, rest: &str) -> Result<()> {
    let parsed = rest
        .split_once('.')
        .and_then(|(a, id)| Some((a, id.parse::<i64>().ok()?)));
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    let pending = match parsed {
        Some((_, id)) => t.tx.pending_link(id).await?,
        None => None,
    };
    let pending = pending.filter(|p| p.person == me.id && p.account.platform == t.ev.from.platform);
    match (parsed.map(|(a, _)| a), pending) {
        (Some("ok"), Some(p)) => {
            let school = t.cx.settings.school_name.clone();
            complete(
                &mut *t.tx,
                t.cx.school,
                &p,
                LinkOutcome::Confirmed,
                &school,
                t.now,
            )
            .await
        }
        (Some("no"), Some(p)) => decline(t, &me, &p).await,
        _ => {
            t.private(Message::new("form-stale-button"));
            Ok(())
        }
    }
}

async fn decline(t: &mut Turn<'_>, me: &Person, p: &PendingLink) -> Result<()> {
    t.tx.settle_link(p.id, LinkOutcome::Declined, t.now).await?;
    let platform = format!("platform-{}", p.account.platform);
    t.send(Outgoing::to_account(
        p.account.clone(),
        Message::new("link-relink-declined"),
    ));
    t.private(Message::new("link-relink-kept"));
    for admin in
        t.tx.people_with_roles(t.cx.school, &[Role::RosterAdmin])
            .await?
    {
        let m = Message::new("link-relink-declined-office")
            .arg("name", &me.name)
            .arg("external_id", &me.external_id)
            .arg_key("platform", platform.clone());
        t.send(Outgoing::to_person(admin.id, None, m));
    }
    let subject = format!("person:{} request:{}", me.id, p.id);
    t.tx.audit(
        t.cx.school,
        Some(me.id),
        "link.relink.declined",
        &subject,
        t.now,
    )
    .await
}

/// Moves the person to the new account: the old one is told, the new one welcomed.
async fn complete(
    tx: &mut dyn Tx,
    school: SchoolId,
    p: &PendingLink,
    outcome: LinkOutcome,
    school_name: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let Some(person) = tx.person(p.person).await?.filter(|x| x.active) else {
        return tx.settle_link(p.id, LinkOutcome::Replaced, now).await;
    };
    let old: Vec<Account> = tx
        .accounts_of(person.id)
        .await?
        .into_iter()
        .filter(|a| a.platform == p.account.platform && *a != p.account)
        .collect();
    let others = tx.accounts_of(person.id).await?;
    tx.link_account(person.id, &p.account, now).await?;
    tx.settle_link(p.id, outcome, now).await?;
    crate::core::roles::announce_new_account(tx, school, &person, &p.account, &others, now).await?;
    for account in old {
        let m = Message::new("link-relink-moved")
            .arg_key("platform", format!("platform-{}", account.platform));
        tx.enqueue(&Outgoing::to_account(account, m), now).await?;
    }
    let welcome = Message::new("link-done")
        .arg("name", &person.name)
        .arg("school", school_name);
    tx.enqueue(&Outgoing::to_account(p.account.clone(), welcome), now)
        .await?;
    tx.enqueue(
        &Outgoing::to_account(p.account.clone(), help_for(Some(&person))),
        now,
    )
    .await?;
    let subject = format!("person:{} request:{}", person.id, p.id);
    let action = match outcome {
        LinkOutcome::Approved => "link.relink.approved",
        _ => "link.relink.confirmed",
    };
    tx.audit(school, None, action, &subject, now).await
}

/// Why the office could not approve a move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ApproveError {
    UnknownPerson {
        external_id: String,
    },
    NothingPending {
        external_id: String,
    },
    /// The cooling-off period has not passed; it may be approved from `from`.
    TooSoon {
        external_id: String,
        from: DateTime<Utc>,
    },
}

impl ApproveError {
    /// The Fluent key (in `locales/*/roster.ftl`).
    pub fn key(&self) -> &'static str {
        match self {
            ApproveError::UnknownPerson { .. } => "invite-error-unknown-person",
            ApproveError::NothingPending { .. } => "relink-error-nothing-pending",
            ApproveError::TooSoon { .. } => "relink-error-too-soon",
        }
    }
}

/// The office approves the oldest pending move of a person (by external id), once `cooling_off`
/// has passed since it was asked for. Commits nothing itself.
pub async fn approve(
    tx: &mut dyn Tx,
    school: SchoolId,
    external_id: &str,
    cooling_off: Duration,
    school_name: &str,
    now: DateTime<Utc>,
) -> Result<std::result::Result<Account, ApproveError>> {
    let external_id = external_id.to_string();
    let Some(person) = tx.person_by_external_id(school, &external_id).await? else {
        return Ok(Err(ApproveError::UnknownPerson { external_id }));
    };
    let Some(p) = tx.pending_links_of(person.id).await?.into_iter().next() else {
        return Ok(Err(ApproveError::NothingPending { external_id }));
    };
    let from = p.requested_at + cooling_off;
    if now < from {
        return Ok(Err(ApproveError::TooSoon { external_id, from }));
    }
    complete(tx, school, &p, LinkOutcome::Approved, school_name, now).await?;
    Ok(Ok(p.account))
}
