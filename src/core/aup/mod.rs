//! Acceptable Use Policy re-signing: versioned policies, signatures bound to a version and its
//! content hash, deadlines, reminders, escalation and a report of who has signed.
//!
//! Policy 001 ("Authorising internet access": all staff read and sign the AUP before using any
//! school device, Appendix 2), 002 (staff, volunteers and contractors "read, understand, sign …
//! and understand any updates annually"), 003 (Appendix 1) and 004 (the staff agreement).
//!
//! - `/aup` ([`sign`]): where the person stands on each policy for them; Read, I agree, Ask.
//! - `/aup publish` ([`publish_form`], [`publish`]): the online safety lead publishes a version.
//! - `/aup report` ([`report`]): the online safety lead and the Headteacher see everyone.
//! - [`sweep`] (every tick, working hours only): [`reminders`] and the weekly [`digest`].
//!
//! Button payloads are `a.<action>.<version id>` and are checked against the version in force
//! for the presser; nothing here ever trusts a payload. Parents are in an audience only when
//! a version names them. This module never reads the wall clock.

pub mod audience;
pub mod digest;
pub mod model;
pub mod publish;
pub mod publish_form;
pub mod question;
pub mod reminders;
pub mod report;
pub mod roll;
pub mod schedule;
pub mod settings;
pub mod sign;
pub mod store;
pub mod text;

use super::effects::Effects;
use super::message::Message;
use super::store::Result;
use super::turn::{Ctx, Turn};
use chrono::NaiveDate;
use model::VersionId;

/// Prefix of every AUP button payload.
pub const PAYLOAD_PREFIX: &str = "a.";

/// What an AUP button asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Read,
    Agree,
    Ask,
}

impl Action {
    fn code(self) -> char {
        match self {
            Action::Read => 'r',
            Action::Agree => 'y',
            Action::Ask => 'q',
        }
    }
}

/// The payload of an AUP button.
pub fn payload(action: Action, v: VersionId) -> String {
    format!("{PAYLOAD_PREFIX}{}.{}", action.code(), v.0)
}

/// Reads a payload (without its prefix) into an action and a version id.
pub fn parse_payload(rest: &str) -> Option<(Action, VersionId)> {
    let (code, id) = rest.split_once('.')?;
    let action = [Action::Read, Action::Agree, Action::Ask]
        .into_iter()
        .find(|a| code.len() == 1 && code.starts_with(a.code()))?;
    let id = id.parse::<i64>().ok().filter(|n| *n > 0)?;
    Some((action, VersionId(id)))
}

/// A date as the school writes it.
pub fn day(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// The outbox tag of one person's reminders about one version, cancelled when they sign.
pub fn reminder_tag(v: VersionId, person: super::ids::PersonId) -> String {
    format!("aup:{v}:{person}")
}

/// `/aup [report|publish]`. Used in a group, it answers there with a pointer only.
pub async fn command(t: &mut Turn<'_>, args: &str) -> Result<()> {
    if !t.in_private() {
        t.reply(Message::new("sent-privately"));
    }
    match args.trim().to_lowercase().as_str() {
        "" => sign::status(t).await,
        "report" => report::chat(t).await,
        "publish" => publish_form::start(t).await,
        _ => {
            t.private(Message::new("aup-usage"));
            Ok(())
        }
    }
}

/// An AUP button (payload without the prefix).
pub async fn button(t: &mut Turn<'_>, rest: &str) -> Result<()> {
    match parse_payload(rest) {
        Some((action, v)) => sign::button(t, action, v).await,
        None => {
            t.private(Message::new("aup-button-invalid"));
            Ok(())
        }
    }
}

/// Sends the reminders and the weekly digest that are due. Does nothing outside school hours on
/// school days (the calendar's: no weekends, holidays, closures or bank holidays), so whatever
/// came due then goes out at the next school-hours tick.
pub async fn sweep(cx: &Ctx) -> anyhow::Result<()> {
    let now = cx.clock.now();
    if !cx.settings.school_time().in_hours(now) {
        return Ok(());
    }
    let mut tx = cx.store.begin().await?;
    let rolls = roll::roll(&mut *tx, cx.school, &cx.settings, now, None).await?;
    if rolls.is_empty() {
        return Ok(());
    }
    let mut fx = Effects::default();
    reminders::send(&mut *tx, &mut fx, cx, &rolls, now).await?;
    digest::send(&mut *tx, &mut fx, cx, &rolls, now).await?;
    fx.commit(tx, now).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_round_trip_and_refuse_forgeries() {
        let p = payload(Action::Agree, VersionId(42));
        assert_eq!(p, "a.y.42");
        let rest = p.strip_prefix(PAYLOAD_PREFIX).unwrap();
        assert_eq!(parse_payload(rest), Some((Action::Agree, VersionId(42))));
        for bad in ["y.", "y.-1", "y.0", "z.4", "yy.4", "r.4.5", "r.abc", ""] {
            assert_eq!(parse_payload(bad), None, "{bad}");
        }
        assert!(payload(Action::Read, VersionId(i64::MAX)).len() <= 64);
    }
}
