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
//! - Ask ([`question`]) sends a question to the lead, whose Reply ([`answer`]) goes back
//!   privately to the person who asked.
//! - [`sweep`] (every tick, working hours only): [`reminders`] and the weekly [`digest`].
//!
//! Button payloads (`core::payload`) name an action and a version id, and are checked against the version in force
//! for the presser; nothing here ever trusts a payload. Parents are in an audience only when
//! a version names them. This module never reads the wall clock.

pub mod answer;
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

use super::command::AupCommand;
use super::effects::Effects;
use super::message::Message;
use super::payload::Payload;
use super::turn::{Ctx, Turn};
use crate::core::fault::Result;
use chrono::NaiveDate;
use model::VersionId;

/// What an AUP button asks for.
pub use super::payload::AupAction as Action;

/// The payload of an AUP button.
pub fn payload(action: Action, version: VersionId) -> String {
    Payload::Aup { action, version }.encode()
}

/// A date as the school writes it.
pub fn day(d: NaiveDate) -> String {
    d.format("%d/%m/%Y").to_string()
}

/// The outbox tag of one person's reminders about one version, cancelled when they sign.
pub fn reminder_tag(v: VersionId, person: super::ids::PersonId) -> super::tag::Tag {
    super::tag::Tag::AupReminder(v, person)
}

/// `/aup [report|publish]`. Used in a group, it answers there with a pointer only.
pub async fn command(t: &mut Turn<'_>, cmd: AupCommand) -> Result<()> {
    if !t.in_private() {
        t.reply(Message::new("sent-privately"));
    }
    match cmd {
        AupCommand::Status => sign::status(t).await,
        AupCommand::Report => report::chat(t).await,
        AupCommand::Publish => publish_form::start(t).await,
        AupCommand::Usage => {
            t.private(Message::new("aup-usage"));
            Ok(())
        }
    }
}

/// An AUP button; `None` for one that does not read.
pub async fn button(t: &mut Turn<'_>, pressed: Option<(Action, VersionId)>) -> Result<()> {
    match pressed {
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
pub async fn sweep(cx: &Ctx) -> Result<()> {
    let now = cx.clock.now();
    if !cx.settings.school_time().in_hours(now) {
        return Ok(());
    }
    let mut tx = cx.store.begin().await?;
    let rolls = roll::roll(&mut *tx, cx.school, &cx.settings, now, None).await?;
    if rolls.is_empty() {
        return Ok(());
    }
    let mut fx = Effects::of(cx.school);
    reminders::send(&mut *tx, &mut fx, cx, &rolls, now).await?;
    digest::send(&mut *tx, &mut fx, cx, &rolls, now).await?;
    Ok(fx.commit(tx, now).await?)
}
