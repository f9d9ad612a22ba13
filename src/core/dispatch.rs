//! The front door of the core: one inbound event → one transaction → queued replies.
//!
//! [`handle`] opens a transaction, records the platform's update as handled (an update seen
//! before is skipped without a word), finds who is speaking, routes the event (command, form
//! input, button, text, an answer written for one question), queues every resulting message in
//! the outbox and commits. If anything fails, nothing is kept and the sender gets a localised
//! apology with a reference that also appears in the log line. When the database is too busy
//! for the transaction to begin, nothing is read or written: the caller is told
//! ([`Outcome::Busy`]) and answers the sender itself, without the outbox.

use super::account;
use super::aup;
use super::broadcast;
use super::command::{Command, ConcernCommand};
use super::concern;
use super::effects::Effects;
use super::event::{Inbound, Input, Place};
use super::fault::{Chain, Error, Result};
use super::form::driver;
use super::ids::PersonId;
use super::linking;
use super::message::{Message, Outgoing, Sensitive};
use super::payload::{Feature, Payload};
use super::roles;
use super::schools::visit;
use super::store::Tx;
use super::streams;
use super::turn::{Ctx, Turn};
use chrono::{DateTime, Utc};
use rand::distributions::{Alphanumeric, DistString};

/// What became of one inbound event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Handled (answered, or apologised for) and committed, with its update recorded.
    Handled,
    /// The platform delivered this update before and it was handled then: nothing was done.
    Replayed,
    /// The database stayed busy, so nothing was read or written; the caller owes the sender an
    /// apology with this reference (also in the log line), and the update may come again.
    Busy { reference: String },
}

/// Handles one inbound event. Never panics on bad input; internal failures are logged with a
/// reference and answered with an apology carrying the same reference.
pub async fn handle(cx: &Ctx, ev: &Inbound) -> Result<Outcome> {
    let now = cx.clock.now();
    let mut tx = match cx.store.begin().await {
        Ok(tx) => tx,
        Err(e) if e.is_busy() => {
            let reference = new_reference();
            tracing::warn!(reference = %reference, platform = %ev.from.platform, "the database is busy; an event was not handled");
            return Ok(Outcome::Busy { reference });
        }
        Err(e) => return Err(e.into()),
    };
    if !first_time(tx.as_mut(), ev, now).await? {
        tracing::info!(platform = %ev.from.platform, "an update delivered again was skipped");
        return Ok(Outcome::Replayed);
    }
    let mut me = tx.person_by_account_in(cx.school, &ev.from).await?;
    let mut visitor = false;
    if me.is_none() {
        me = visit::visitor(tx.as_mut(), cx, ev).await?;
        visitor = me.is_some();
    }
    let mut t = Turn {
        cx,
        tx,
        now,
        ev,
        me,
        visitor,
        fx: Effects::of(cx.school),
    };
    match route(&mut t).await {
        Ok(()) => {
            let Turn { tx, fx, .. } = t;
            fx.commit(tx, now).await?;
        }
        Err(e) => {
            let me = t.me.as_ref().map(|p| p.id);
            drop(t);
            apologise(cx, ev, me, e).await?;
        }
    }
    Ok(Outcome::Handled)
}

/// Records the event's update as handled in `tx`; false when it was handled before.
async fn first_time(tx: &mut dyn Tx, ev: &Inbound, now: DateTime<Utc>) -> Result<bool> {
    match &ev.update {
        Some(u) => Ok(tx.record_update(ev.from.platform, &u.id, now).await?),
        None => Ok(true),
    }
}

/// A short reference that ties what a person is told to a log line.
pub fn new_reference() -> String {
    Alphanumeric
        .sample_string(&mut rand::thread_rng(), 6)
        .to_uppercase()
}

/// Says sorry with a reference. Text written in a window outside the chat (a Discord modal)
/// has no copy anywhere else, so it is given back to its writer, privately, with the apology.
/// The update counts as handled: a replay of it is not tried again.
async fn apologise(cx: &Ctx, ev: &Inbound, me: Option<PersonId>, e: Error) -> Result<()> {
    let reference = new_reference();
    tracing::error!(reference = %reference, platform = %ev.from.platform, error = %Chain(&e), "handling an event failed");
    let m = Message::new("error-internal").arg("reference", &reference);
    let out = match &ev.place {
        Place::Group(g) => Outgoing::to_group(g.clone(), m),
        Place::Private => Outgoing::to_account(ev.from.clone(), m),
    };
    let now = cx.clock.now();
    let mut tx = cx.store.begin().await?;
    if let Some(u) = &ev.update {
        tx.record_update(ev.from.platform, &u.id, now).await?;
    }
    let mut fx = Effects::of(cx.school);
    fx.send(out);
    if let (Input::Answer { text, .. }, Some(me)) = (&ev.input, me) {
        let back = Message::private("error-answer-given-back")
            .secret("text", Sensitive::new(text.clone()));
        fx.send(Outgoing::to_person(me, Some(ev.from.platform), back));
    }
    Ok(fx.commit(tx, now).await?)
}

async fn route(t: &mut Turn<'_>) -> Result<()> {
    if !t.in_private() {
        // A link code seen in a group is dead before anyone can redeem it.
        if linking::guard::guard(t).await? {
            return Ok(());
        }
        // Stream joining details must never be shared in a group (policy 003).
        streams::leak::guard(t).await?;
    }
    match t.ev.input.clone() {
        Input::Command { name, args } => command(t, Command::parse(&name, &args)).await,
        Input::Button(p) => button(t, &p).await,
        Input::Answer { text, .. } => answer(t, &text).await,
        Input::Text(_) | Input::Attachment | Input::Edited => {
            if !t.in_private() {
                return Ok(());
            }
            if driver::input(t).await? {
                return Ok(());
            }
            let key = match (&t.me, &t.ev.input) {
                (None, _) => "not-linked",
                (Some(_), Input::Text(_)) => "text-not-understood",
                (Some(_), _) => "attachment-not-expected",
            };
            t.reply(Message::new(key));
            Ok(())
        }
    }
}

/// Text written for one question: to the open form, which takes it only for that question;
/// with no form open (or outside the private chat) it goes back to its writer, privately.
async fn answer(t: &mut Turn<'_>, text: &str) -> Result<()> {
    if t.me.is_none() {
        // Nobody verified to give the text back to: it is not repeated anywhere.
        t.reply(Message::new(if t.in_private() {
            "not-linked"
        } else {
            "group-pointer-unlinked"
        }));
        return Ok(());
    }
    if t.in_private() && driver::input(t).await? {
        return Ok(());
    }
    driver::give_back(t, text);
    Ok(())
}

async fn command(t: &mut Turn<'_>, cmd: Command) -> Result<()> {
    if t.visitor && !visit::allows(&cmd) {
        t.private(visiting(t));
        return Ok(());
    }
    if t.me.is_none() && !account::open_to_unlinked(&cmd) {
        t.reply(Message::new(if t.in_private() {
            "not-linked"
        } else {
            "group-pointer-unlinked"
        }));
        return Ok(());
    }
    match cmd {
        Command::Start(code) => account::link(t, &code, true).await,
        Command::Link(code) => account::link(t, &code, false).await,
        Command::Unlink => account::unlink(t).await,
        Command::Whoami => account::whoami(t).await,
        Command::Desk => super::desk::command(t).await,
        Command::Language(arg) => account::language(t, &arg).await,
        Command::Help | Command::Back | Command::Cancel => form_command(t, cmd).await,
        Command::Concern(ConcernCommand::Report) => concern::reporting::start(t).await,
        Command::Concern(ConcernCommand::Add(r)) => concern::addition::start(t, Some(r)).await,
        Command::Concern(ConcernCommand::AddNotARef) => concern::addition::start(t, None).await,
        Command::Concern(ConcernCommand::Usage) => {
            t.reply(Message::new("concern-usage"));
            Ok(())
        }
        Command::Cases(c) => concern::cases::list(t, c).await,
        Command::Case(c) => concern::actions::command(t, c).await,
        Command::Stream(c) => streams::command(t, c).await,
        Command::Streams => streams::parents::mine(t).await,
        Command::Aup(c) => aup::command(t, c).await,
        Command::Broadcast(c) => broadcast::command(t, c).await,
        Command::Campaign(c) => broadcast::campaign_command(t, c).await,
        Command::OptOut => broadcast::optout::command(t, true).await,
        Command::OptIn => broadcast::optout::command(t, false).await,
        Command::Report(args) => concern::trust_report::command(t, &args).await,
        Command::Clock => {
            t.reply(Message::new("clock-console-only"));
            Ok(())
        }
        Command::Unknown(name) => {
            t.reply(Message::new("command-unknown").arg("command", name));
            Ok(())
        }
    }
}

/// `/help`, `/back` and `/cancel` go to the open form if there is one.
async fn form_command(t: &mut Turn<'_>, cmd: Command) -> Result<()> {
    if t.in_private() && driver::input(t).await? {
        return Ok(());
    }
    let m = match cmd {
        Command::Help => {
            super::command::help::help_for(t.me.as_ref(), t.cx.settings.desk_url.is_some())
        }
        _ => Message::new("form-none-open"),
    };
    t.reply(m);
    Ok(())
}

async fn button(t: &mut Turn<'_>, payload: &str) -> Result<()> {
    if t.me.is_none() {
        t.reply(Message::new("not-linked"));
        return Ok(());
    }
    if !t.in_private() {
        t.reply(Message::new("sent-privately"));
        return Ok(());
    }
    let decoded = Payload::decode(payload);
    if t.visitor && !visit::allows_button(&decoded) {
        t.private(visiting(t));
        return Ok(());
    }
    match decoded {
        Payload::Language(lang) => account::language(t, lang.tag()).await,
        Payload::Role { request, yes } => roles::confirm::button(t, request, yes).await,
        Payload::Relink { pending, yes } => linking::relink::button(t, pending, yes).await,
        Payload::Case(b) => concern::actions::button(t, Some(b)).await,
        Payload::Stream(b) => streams::button(t, Some(b)).await,
        Payload::Aup { action, version } => aup::button(t, Some((action, version))).await,
        Payload::AupReply { version, question } => aup::answer::button(t, version, question).await,
        Payload::Broadcast(b) => broadcast::button(t, Some(b)).await,
        Payload::Desk { code, yes } => crate::core::desk::confirm_button(t, &code, yes).await,
        // Chosen before the school's turn began; one reaching a school is out of date.
        Payload::School(_) => {
            t.private(Message::new("form-stale-button"));
            Ok(())
        }
        Payload::Invalid(feature) => invalid(t, feature).await,
        Payload::Form { .. } | Payload::Unknown => {
            if !driver::input(t).await? {
                t.reply(Message::new("form-stale-button"));
            }
            Ok(())
        }
    }
}

/// What a visiting trust lead is told when they ask for anything but the school's cases.
fn visiting(t: &Turn<'_>) -> Message {
    Message::new("trust-visit-cases-only").arg("school", t.cx.settings.school_name_text())
}

/// A button of `feature` that does not read (forged, or from an older Haven): that feature's
/// polite refusal. Nothing changes.
async fn invalid(t: &mut Turn<'_>, feature: Feature) -> Result<()> {
    match feature {
        Feature::Case => concern::actions::button(t, None).await,
        Feature::Stream => streams::button(t, None).await,
        Feature::Aup => aup::button(t, None).await,
        Feature::Broadcast => broadcast::button(t, None).await,
        Feature::Language => {
            t.private(Message::new("language-unknown"));
            Ok(())
        }
        Feature::Role | Feature::Relink | Feature::School | Feature::Desk => {
            t.private(Message::new("form-stale-button"));
            Ok(())
        }
    }
}
