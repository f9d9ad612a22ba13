//! The case desk's sign-in, decided by the core: `/desk` in a private chat sends a single-use
//! link bound to that person and school; redeeming it starts a session; every request checks
//! the session against the person as the directory has them now.
//!
//! Only hashes of link tokens and session ids are stored. A session ends when it sits idle for
//! [`IDLE`], after [`LIFETIME`], on sign-out, or as soon as the person's roles, active state or
//! chat links differ from when they signed in. Which cases a signed-in person may see is not
//! decided here: the desk opens every case through `concern::cases`, as the chat does.
//!
//! When the school asks for a second factor (`Settings::desk_confirm`), a session started from
//! a link waits until its person confirms it with a button Haven sends to their chat ("Yes,
//! it's me" or "No, it wasn't me"); it shows nothing until then, and ends unconfirmed after
//! [`LINK_LIFE`] or when they say it was not them.

pub mod store;

use crate::core::audit::AuditAction;
use crate::core::effects::Effects;
use crate::core::fault::Result;
use crate::core::ids::{PersonId, SchoolId};
use crate::core::message::Choice;
use crate::core::message::{Message, Outgoing, Sensitive};
use crate::core::payload::{Payload, DESK_CODE_LEN};
use crate::core::people::Person;
use crate::core::store::Tx;
use crate::core::turn::Turn;
use chrono::{DateTime, Duration, Utc};
use rand::RngCore;
use sha2::{Digest, Sha256};
use store::{LinkRow, SessionRow};

/// How long a sign-in link can be used.
pub const LINK_LIFE: Duration = Duration::minutes(5);
/// How many sign-in links one person may be sent in [`LINK_WINDOW`].
pub const LINKS_PER_WINDOW: u32 = 5;
pub const LINK_WINDOW: Duration = Duration::hours(1);
/// A session unused this long has ended.
pub const IDLE: Duration = Duration::minutes(20);
/// No session lasts longer than this.
pub const LIFETIME: Duration = Duration::hours(8);

/// A fresh random secret (a link token or a session id), URL-safe.
pub fn secret() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// What is stored for a secret: its SHA-256, in hex.
pub fn hash(secret: &str) -> String {
    hex::encode(Sha256::digest(secret.as_bytes()))
}

/// True when the person may use the desk at all: an active member of staff, volunteer or
/// governor (what they may see there is decided case by case).
pub fn may_use(p: &Person) -> bool {
    p.active && p.roles.is_school_side()
}

/// What a session is bound to: the person's roles, active state and chat links.
pub async fn fingerprint(tx: &mut dyn Tx, p: &Person) -> Result<String> {
    let mut accounts: Vec<String> = tx
        .accounts_of(p.id)
        .await?
        .into_iter()
        .map(|a| format!("{}:{}", a.platform.as_str(), a.id))
        .collect();
    accounts.sort();
    let text = format!("{}|{}|{}", p.active, p.roles.to_list(), accounts.join(","));
    Ok(hash(&text))
}

/// `/desk`: a sign-in link for the case desk, privately, to a member of staff.
pub async fn command(t: &mut Turn<'_>) -> Result<()> {
    if !t.in_private() {
        t.reply(Message::new("desk-private-only"));
        return Ok(());
    }
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    let Some(base) = t.cx.settings.desk_url.clone() else {
        t.private(Message::new("desk-off"));
        return Ok(());
    };
    if !may_use(&me) {
        t.private(Message::new("desk-not-for-you"));
        return Ok(());
    }
    let sent =
        t.tx.desk()
            .links_since(t.cx.school, me.id, t.now - LINK_WINDOW)
            .await?;
    if sent >= LINKS_PER_WINDOW {
        t.private(Message::new("desk-link-too-many"));
        return Ok(());
    }
    let token = secret();
    let link = LinkRow {
        school: t.cx.school,
        person: me.id,
        expires_at: t.now + LINK_LIFE,
        used_at: None,
    };
    t.tx.desk().add_link(&hash(&token), &link, t.now).await?;
    t.tx.audit(
        t.cx.school,
        Some(me.id),
        AuditAction::DeskLink,
        "desk",
        t.now,
    )
    .await?;
    let url = format!("{}/desk/signin/{token}", base.trim_end_matches('/'));
    let m = Message::private("desk-link")
        .secret("url", Sensitive::new(url))
        .arg("minutes", LINK_LIFE.num_minutes());
    let platform = Some(t.ev.from.platform);
    t.send(Outgoing::to_person(me.id, platform, m).remove_after(LINK_LIFE));
    Ok(())
}

/// What a sign-in link is, looked at without using it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkState {
    /// Usable now, by this person of this school.
    Valid {
        school: SchoolId,
        person: PersonId,
    },
    Used,
    Expired,
    /// No such link.
    Unknown,
}

/// The state of the link with `token` at `now`, without using it.
pub async fn link_state(tx: &mut dyn Tx, token: &str, now: DateTime<Utc>) -> Result<LinkState> {
    Ok(match tx.desk().link(&hash(token)).await? {
        None => LinkState::Unknown,
        Some(l) if l.used_at.is_some() => LinkState::Used,
        Some(l) if now >= l.expires_at => LinkState::Expired,
        Some(l) => LinkState::Valid {
            school: l.school,
            person: l.person,
        },
    })
}

/// A session just started: its id (for the cookie only) and whose it is.
#[derive(Debug, Clone)]
pub struct Started {
    pub id: String,
    pub school: SchoolId,
    pub person: PersonId,
}

/// Uses the link with `token` and starts a session, if the link is valid and its person may
/// still use the desk; otherwise says what the link is. With `confirm` (the school's second
/// factor) the session waits for its person's answer to the question queued in `fx`.
pub async fn redeem(
    tx: &mut dyn Tx,
    fx: &mut Effects,
    (token, confirm): (&str, bool),
    now: DateTime<Utc>,
) -> Result<std::result::Result<Started, LinkState>> {
    let state = link_state(tx, token, now).await?;
    let LinkState::Valid { school, person } = state else {
        return Ok(Err(state));
    };
    if !tx.desk().use_link(&hash(token), now).await? {
        return Ok(Err(LinkState::Used));
    }
    let Some(p) = tx.person(person).await?.filter(may_use) else {
        return Ok(Err(LinkState::Unknown));
    };
    let id = secret();
    let code = confirm.then(|| secret()[..DESK_CODE_LEN].to_string());
    let row = SessionRow {
        school,
        person,
        fingerprint: fingerprint(tx, &p).await?,
        created_at: now,
        last_seen: now,
        ended_at: None,
        confirm_hash: code.as_deref().map(hash),
        confirmed_at: None,
    };
    tx.desk().add_session(&hash(&id), &row).await?;
    if let Some(code) = code {
        let answer = |key: &str, yes: bool| {
            let payload = Payload::Desk {
                code: code.clone(),
                yes,
            };
            Choice::key(key, payload.encode())
        };
        let m = Message::new("desk-confirm")
            .arg("minutes", LINK_LIFE.num_minutes())
            .choices([
                answer("desk-confirm-yes", true),
                answer("desk-confirm-no", false),
            ]);
        fx.send(Outgoing::to_person(person, None, m).remove_after(LINK_LIFE));
    }
    tx.audit(school, Some(person), AuditAction::DeskSignIn, "desk", now)
        .await?;
    Ok(Ok(Started { id, school, person }))
}

/// What a session cookie stands for now.
#[derive(Debug, Clone)]
pub enum Session {
    /// A live session of this person in this school (its use recorded).
    Live(SchoolId, Person),
    /// A session waiting for its person to confirm it in their chat: nothing is shown yet.
    Waiting(Person),
    /// No session: unknown, ended, idle too long, too old, unconfirmed too long, or its person
    /// changed (it is ended).
    None,
}

/// What session `id` is at `now` (see [`Session`]).
pub async fn session(tx: &mut dyn Tx, id: &str, now: DateTime<Utc>) -> Result<Session> {
    let h = hash(id);
    let Some(s) = tx.desk().session(&h).await? else {
        return Ok(Session::None);
    };
    if s.ended_at.is_some() {
        return Ok(Session::None);
    }
    let waiting = s.confirm_hash.is_some() && s.confirmed_at.is_none();
    let live = if waiting {
        now - s.created_at < LINK_LIFE
    } else {
        now - s.last_seen < IDLE && now - s.created_at < LIFETIME
    };
    let person = match tx.person(s.person).await? {
        Some(p) if live && may_use(&p) && fingerprint(tx, &p).await? == s.fingerprint => p,
        _ => {
            tx.desk().end_session(&h, now).await?;
            return Ok(Session::None);
        }
    };
    if waiting {
        return Ok(Session::Waiting(person));
    }
    tx.desk().touch_session(&h, now).await?;
    Ok(Session::Live(s.school, person))
}

/// A press of "Yes, it's me" (`yes`) or "No, it wasn't me" under a sign-in's question: the
/// presser's waiting session with that code is confirmed, or ended (and the presser told what
/// to do). A code that is not theirs, or no longer waiting, changes nothing.
pub async fn confirm_button(t: &mut Turn<'_>, code: &str, yes: bool) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    let desk = t.tx.desk();
    let Some(school) = desk
        .answer_confirmation(&hash(code), me.id, yes, t.now)
        .await?
    else {
        t.private(Message::new("form-stale-button"));
        return Ok(());
    };
    let (action, key) = if yes {
        (AuditAction::DeskSignIn, "desk-confirmed")
    } else {
        (AuditAction::DeskSignOut, "desk-confirm-refused")
    };
    let subject = if yes {
        "desk:confirmed"
    } else {
        "desk:refused"
    };
    t.tx.audit(school, Some(me.id), action, subject, t.now)
        .await?;
    t.private(Message::new(key));
    Ok(())
}

/// Ends session `id` (signing out).
pub async fn sign_out(tx: &mut dyn Tx, id: &str, now: DateTime<Utc>) -> Result<()> {
    let h = hash(id);
    if let Some(s) = tx.desk().session(&h).await? {
        if s.ended_at.is_none() {
            tx.desk().end_session(&h, now).await?;
            tx.audit(
                s.school,
                Some(s.person),
                AuditAction::DeskSignOut,
                "desk",
                now,
            )
            .await?;
        }
    }
    Ok(())
}

/// A desk page other than a case's, for the audit: what kind of page, never what it showed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    Open,
    Closed,
    Search,
    AccessLog,
}

/// Records that the signed-in person viewed `page` (a search records only that it was made,
/// never the reference, name or dates typed).
pub async fn record_page(t: &mut Turn<'_>, page: Page) -> Result<()> {
    let (action, subject) = match page {
        Page::Open => (AuditAction::DeskView, "desk:open"),
        Page::Closed => (AuditAction::DeskView, "desk:closed"),
        Page::AccessLog => (AuditAction::DeskView, "desk:access"),
        Page::Search => (AuditAction::DeskSearch, "desk:search"),
    };
    let me = t.me.as_ref().map(|p| p.id);
    t.tx.audit(t.cx.school, me, action, subject, t.now).await?;
    Ok(())
}
