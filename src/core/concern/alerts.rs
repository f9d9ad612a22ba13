//! The messages a concern causes outside its case view: the alert to the people on its route,
//! the bundle an escalation sends, and the reporter's receipt.
//!
//! Alerts are `Message<Public>` on purpose: they carry the reference, urgency, category group
//! and how to open the case, and the type keeps anything sensitive out of them. They go only to
//! private chats (`Outgoing::to_person`).

use super::advice;
use super::reach::{self, Reached};
use super::reference::ConcernRef;
use super::route::{Route, Rung};
use super::store::Concern;
use super::types::groups_of;
use crate::core::command::CaseAction;
use crate::core::fault::Result;
use crate::core::local_text::LocalText;
use crate::core::message::{Arg, Choice, Message, Outgoing, Private, PublicArg};
use crate::core::payload::{CaseButton, Payload};
use crate::core::turn::{Ctx, Turn};
use chrono::{DateTime, Utc};

/// Fluent key naming a concern's urgency.
pub fn urgency_key(urgent: bool) -> &'static str {
    if urgent {
        "concern-urgency-urgent"
    } else {
        "concern-urgency-normal"
    }
}

/// The payload that opens case `r`.
fn open_payload(reference: ConcernRef) -> String {
    Payload::Case(CaseButton::Act {
        reference,
        action: CaseAction::View,
    })
    .encode()
}

/// A button that opens the case.
pub fn open_button(r: ConcernRef) -> Choice {
    Choice::key("concern-button-open", open_payload(r))
}

/// The button that lets a reporter add to concern `r`.
pub fn add_button(r: ConcernRef) -> Choice {
    Choice::key(
        "concern-button-add",
        Payload::Case(CaseButton::Add(Some(r))).encode(),
    )
}

/// The alert for a new concern: reference, urgency, category groups, the draft an urgent alert
/// carried, the LADO contact where the route calls for it, and out of school hours for an
/// urgent concern, the out-of-hours contact.
pub fn alert(cx: &Ctx, c: &Concern, lado: bool, now: DateTime<Utc>) -> Message {
    let groups = groups_of(&c.categories)
        .into_iter()
        .map(|g| g.label().to_string())
        .collect();
    let lado = if lado {
        cx.settings.contacts.lado_text()
    } else {
        LocalText::plain("none")
    };
    let ooh = if c.urgent {
        reach::out_of_hours(cx, now)
    } else {
        LocalText::plain("none")
    };
    Message::new("concern-alert")
        .arg("ref", c.reference.to_string())
        .arg_key("urgency", urgency_key(c.urgent))
        .arg("groups", PublicArg::Keys(groups))
        .arg(
            "draft",
            c.draft_ref.clone().unwrap_or_else(|| "none".into()),
        )
        .arg("lado", lado)
        .arg("ooh", ooh)
        .arg(
            "advised",
            if advice::advised_key(c).is_some() {
                "yes"
            } else {
                "none"
            },
        )
        .choice(open_button(c.reference))
}

/// Alerts the reachable people of the first reachable level of a new concern's route (and its
/// contributors), and records who was told. A failure for good is reported to the reporter;
/// the escalation sweep then moves the concern on.
pub async fn send_new(
    t: &mut Turn<'_>,
    c: &Concern,
    r: &Route,
    reached: Option<&Reached>,
) -> Result<()> {
    let Some(reached) = reached else {
        tracing::warn!(reference = %c.reference, "a concern has nobody reachable to go to");
        return Ok(());
    };
    let lado = r.levels[reached.level as usize].lado;
    let mut told = reached.leads.clone();
    told.extend(reach::reachable_of(&mut *t.tx, &r.contributors).await?);
    for p in told {
        let out =
            Outgoing::to_person(p, None, alert(t.cx, c, lado, t.now)).report_failure_to(c.reporter);
        t.send(out);
        if let Some(line) = super::desk_link::desk_line(&t.cx.settings, c.reference) {
            t.send(Outgoing::to_person(p, None, line));
        }
        t.tx.concerns()
            .record_alert(c.id, p, reached.level, t.now)
            .await?;
    }
    Ok(())
}

/// One message for one person listing every concern an escalation sweep brings to them.
/// `ooh` is the out-of-hours contact (or `"none"`), given when an urgent concern escalates
/// outside school hours.
pub fn bundle(items: &[(ConcernRef, bool)], ooh: &LocalText) -> Message<Private> {
    let any_urgent = items.iter().any(|(_, urgent)| *urgent);
    let lines = items
        .iter()
        .map(|(r, urgent)| (urgency_key(*urgent).to_string(), Arg::Text(r.to_string())))
        .collect();
    Message::private("concern-escalated")
        .arg("count", items.len())
        .arg(
            "ooh",
            if any_urgent {
                ooh.clone()
            } else {
                LocalText::plain("none")
            },
        )
        .lines("cases", lines)
        .choices(
            items
                .iter()
                .map(|(r, _)| Choice::text(r.to_string(), open_payload(*r))),
        )
}

/// The reporter's receipt, said from what happened: who (by role) was alerted, that the first
/// people on the route could not be reached when that is so, the LADO where the route calls for
/// it, that the people it is about have not been told, and whom to phone when nobody could be
/// reached.
pub fn receipt(t: &mut Turn<'_>, c: &Concern, r: &Route, reached: Option<&Reached>) {
    let contacts = t.cx.settings.contacts.clone();
    let ooh = reach::out_of_hours(t.cx, t.now);
    let reference = c.reference.to_string();
    let Some(reached) = reached else {
        t.private(
            Message::new("concern-receipt-nobody")
                .arg("ref", reference)
                .arg("dsl_phone", contacts.dsl_phone_text())
                .arg("lado", contacts.lado_text())
                .arg("ooh", contacts.out_of_hours_text()),
        );
        return;
    };
    let lado = if r.levels[reached.level as usize].lado {
        contacts.lado_text()
    } else {
        LocalText::plain("none")
    };
    let others_subjects = c.subjects.iter().any(|s| *s != c.reporter);
    t.private(
        Message::new("concern-receipt")
            .arg("ref", reference)
            .arg_key("rung", reached.rung.label())
            .arg("lado", lado)
            .arg("subjects", if others_subjects { "named" } else { "none" })
            .choice(add_button(c.reference)),
    );
    if let Some(first) = r.levels.first().filter(|_| reached.level > 0) {
        t.private(Message::new("concern-receipt-passed-over").arg_key("first", first.rung.label()));
    }
    if c.urgent {
        t.private(
            Message::new("concern-receipt-urgent")
                .arg("dsl_phone", contacts.dsl_phone_text())
                .arg("ooh", ooh),
        );
    }
    if !c.told_dsl && reached.rung == Rung::DslTeam {
        t.private(Message::new("concern-receipt-tell-dsl"));
    }
}
