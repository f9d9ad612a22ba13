//! Moving a person to a new account on a platform where they already have one. The code's
//! redemption is kept as a request; the old account is asked (buttons), and either it confirms,
//! or it declines (the office is told), or the office approves with `haven relink` once the
//! cooling-off period has passed. Until then the old account stays linked and the new one is not.
//!
//! Someone holding a safeguarding role ([`Role::SAFEGUARDING`]) is guarded more closely: any new
//! account, on any platform, beside one they already have waits for one of their existing
//! accounts, or the Headteacher or the Chair (never the office, never the new account), to
//! confirm it; "no" tells the DSL team. The office cannot approve it with `haven relink`.

use super::guarded;
use super::store::{LinkOutcome, PendingLink};
use crate::core::audit::AuditAction;
use crate::core::command::help::help_for;
use crate::core::effects::Effects;
use crate::core::fault::Result;
use crate::core::ids::{Account, SchoolId};
use crate::core::message::{Choice, Message, Outgoing};
use crate::core::payload::Payload;
use crate::core::people::{Person, Role};
use crate::core::roles::confirmers;
use crate::core::settings::Settings;
use crate::core::store::Tx;
use crate::core::turn::Turn;
use chrono::{DateTime, Duration, Utc};

/// The code was redeemed by a new account of someone already linked on that platform (or, for a
/// [`guarded`] person, on any platform): keep the request and ask the existing accounts (and,
/// for a guarded person, the Headteacher and the Chair). `code_hash` is the code as stored.
pub async fn request(t: &mut Turn<'_>, p: &Person, code_hash: &str) -> Result<()> {
    let account = t.ev.from.clone();
    t.tx.use_link_code(code_hash, &account, t.now).await?;
    let id = t.tx.linking().request_link(p.id, &account, t.now).await?;
    let platform = format!("platform-{}", account.platform);
    let existing = t.tx.accounts_of(p.id).await?;
    let moving = existing.iter().any(|a| a.platform == account.platform);
    let (ask, yes, waiting) = match (guarded(p), moving) {
        (false, _) => (
            "link-relink-confirm",
            "link-relink-yes",
            "link-relink-waiting",
        ),
        (true, true) => ("link-relink-confirm", "link-relink-yes", "link-add-waiting"),
        (true, false) => ("link-add-confirm", "link-add-yes", "link-add-waiting"),
    };
    let buttons = || {
        [
            Choice::key(
                yes,
                Payload::Relink {
                    pending: id,
                    yes: true,
                }
                .encode(),
            ),
            Choice::key(
                "link-relink-no",
                Payload::Relink {
                    pending: id,
                    yes: false,
                }
                .encode(),
            ),
        ]
    };
    let mut platforms: Vec<_> = existing.iter().map(|a| a.platform).collect();
    platforms.dedup();
    if !guarded(p) {
        platforms = vec![account.platform];
    }
    for via in platforms {
        let m = Message::new(ask)
            .arg_key("platform", platform.clone())
            .choices(buttons());
        t.send(Outgoing::to_person(p.id, Some(via), m));
    }
    if guarded(p) {
        for lead in confirmers(&mut *t.tx, t.cx.school, p.id).await? {
            let m = Message::new("link-add-confirm-lead")
                .arg("name", &p.name)
                .arg("external_id", &p.external_id)
                .arg_key("platform", platform.clone())
                .choices(buttons());
            t.send(Outgoing::to_person(lead.id, None, m));
        }
    }
    t.reply(Message::new(waiting).arg_key("platform", platform));
    let subject = format!("person:{} account:{} request:{id}", p.id, account.platform);
    t.tx.audit(
        t.cx.school,
        None,
        AuditAction::RelinkRequest,
        &subject,
        t.now,
    )
    .await?;
    Ok(())
}

/// The answer of an existing account (or, for a [`guarded`] person, of the Headteacher or the
/// Chair): `ok.ID` or `no.ID`.
pub async fn button(t: &mut Turn<'_>, id: i64, yes: bool) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    let pending = t.tx.linking().pending_link(id).await?;
    let pending = match pending {
        Some(p) => may_answer(t, &me, p).await?,
        None => None,
    };
    match (yes, pending) {
        (true, Some(p)) => {
            let (school, settings) = (t.cx.school, t.cx.settings.clone());
            let (tx, fx) = (&mut *t.tx, &mut t.fx);
            complete(tx, fx, school, &p, LinkOutcome::Confirmed, &settings, t.now).await
        }
        (false, Some(p)) => decline(t, &me, &p).await,
        _ => {
            t.private(Message::new("form-stale-button"));
            Ok(())
        }
    }
}

/// The request, when `me` may answer it: one of the person's own linked accounts (the new one is
/// not linked, so it never is `me`), or for a [`guarded`] person the Headteacher or the Chair.
async fn may_answer(t: &mut Turn<'_>, me: &Person, p: PendingLink) -> Result<Option<PendingLink>> {
    if p.person == me.id {
        return Ok(Some(p));
    }
    let Some(person) = t.tx.person(p.person).await? else {
        return Ok(None);
    };
    let leads = confirmers(&mut *t.tx, t.cx.school, person.id).await?;
    Ok((guarded(&person) && leads.iter().any(|l| l.id == me.id)).then_some(p))
}

async fn decline(t: &mut Turn<'_>, me: &Person, p: &PendingLink) -> Result<()> {
    t.tx.linking()
        .settle_link(p.id, LinkOutcome::Declined, t.now)
        .await?;
    let Some(person) = t.tx.person(p.person).await? else {
        return Ok(());
    };
    let platform = format!("platform-{}", p.account.platform);
    t.send(Outgoing::to_account(
        p.account.clone(),
        Message::new("link-relink-declined"),
    ));
    let (kept, declined) = if guarded(&person) {
        ("link-add-kept", "link-add-declined-notice")
    } else {
        ("link-relink-kept", "link-relink-declined-office")
    };
    t.private(Message::new(kept));
    let mut told =
        t.tx.people_with_roles(t.cx.school, &[Role::RosterAdmin])
            .await?;
    if guarded(&person) {
        let team =
            t.tx.people_with_roles(t.cx.school, &[Role::Dsl, Role::DeputyDsl])
                .await?;
        told.extend(team);
    }
    let mut seen = Vec::new();
    for other in told {
        if other.id == me.id || seen.contains(&other.id) {
            continue;
        }
        seen.push(other.id);
        let m = Message::new(declined)
            .arg("name", &person.name)
            .arg("external_id", &person.external_id)
            .arg_key("platform", platform.clone())
            .arg("by", &me.name);
        t.send(Outgoing::to_person(other.id, None, m));
    }
    let subject = format!("person:{} request:{}", person.id, p.id);
    t.tx.audit(
        t.cx.school,
        Some(me.id),
        AuditAction::RelinkDeclined,
        &subject,
        t.now,
    )
    .await?;
    Ok(())
}

/// Moves the person to the new account: the old one is told, the new one welcomed.
async fn complete(
    tx: &mut dyn Tx,
    fx: &mut Effects,
    school: SchoolId,
    p: &PendingLink,
    outcome: LinkOutcome,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<()> {
    let school_name = &settings.school_name_text();
    let Some(person) = tx.person(p.person).await?.filter(|x| x.active) else {
        return Ok(tx
            .linking()
            .settle_link(p.id, LinkOutcome::Replaced, now)
            .await?);
    };
    let old: Vec<Account> = tx
        .accounts_of(person.id)
        .await?
        .into_iter()
        .filter(|a| a.platform == p.account.platform && *a != p.account)
        .collect();
    let others = tx.accounts_of(person.id).await?;
    tx.link_account(person.id, &p.account, now).await?;
    fx.menu_of(p.account.clone());
    tx.linking().settle_link(p.id, outcome, now).await?;
    crate::core::roles::announce_new_account(tx, fx, school, &person, &p.account, &others).await?;
    for account in old {
        fx.menu_of(account.clone());
        let m = Message::new("link-relink-moved")
            .arg_key("platform", format!("platform-{}", account.platform));
        fx.send(Outgoing::to_account(account, m));
    }
    let welcome = Message::new("link-done")
        .arg("name", &person.name)
        .arg("school", school_name.clone());
    fx.send(Outgoing::to_account(p.account.clone(), welcome));
    fx.send(Outgoing::to_account(
        p.account.clone(),
        help_for(Some(&person), settings.desk_url.is_some()),
    ));
    let subject = format!("person:{} request:{}", person.id, p.id);
    let action = match outcome {
        LinkOutcome::Approved => AuditAction::RelinkApproved,
        _ => AuditAction::RelinkConfirmed,
    };
    Ok(tx.audit(school, None, action, &subject, now).await?)
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
    /// The person holds a safeguarding role: only an existing account of theirs, the
    /// Headteacher or the Chair may confirm a new account.
    Guarded {
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
            ApproveError::Guarded { .. } => "relink-error-guarded",
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
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<std::result::Result<Account, ApproveError>> {
    let external_id = external_id.to_string();
    let Some(person) = tx.person_by_external_id(school, &external_id).await? else {
        return Ok(Err(ApproveError::UnknownPerson { external_id }));
    };
    let Some(p) = tx
        .linking()
        .pending_links_of(person.id)
        .await?
        .into_iter()
        .next()
    else {
        return Ok(Err(ApproveError::NothingPending { external_id }));
    };
    if guarded(&person) {
        return Ok(Err(ApproveError::Guarded { external_id }));
    }
    let from = p.requested_at + cooling_off;
    if now < from {
        return Ok(Err(ApproveError::TooSoon { external_id, from }));
    }
    let mut fx = Effects::of(school);
    complete(
        tx,
        &mut fx,
        school,
        &p,
        LinkOutcome::Approved,
        settings,
        now,
    )
    .await?;
    fx.flush(tx, now).await?;
    Ok(Ok(p.account))
}
