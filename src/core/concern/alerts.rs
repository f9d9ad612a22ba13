//! The messages a concern causes outside its case view: the alert to the people on its route,
//! the bundle an escalation sends, and the reporter's receipt.
//!
//! Alerts are `Message<Public>` on purpose: they carry the reference, urgency, category group
//! and how to open the case, and the type keeps anything sensitive out of them. They go only to
//! private chats (`Outgoing::to_person`).

use super::reference::ConcernRef;
use super::route::Route;
use super::store::Concern;
use super::types::{groups_of, About};
use super::PAYLOAD_PREFIX;
use crate::core::message::{Arg, Choice, Message, Outgoing, Private, PublicArg};
use crate::core::store::Result;
use crate::core::turn::{Ctx, Turn};

/// Fluent key naming a concern's urgency.
pub fn urgency_key(urgent: bool) -> &'static str {
    if urgent {
        "concern-urgency-urgent"
    } else {
        "concern-urgency-normal"
    }
}

/// A button that opens the case.
pub fn open_button(r: ConcernRef) -> Choice {
    Choice::key("concern-button-open", format!("{PAYLOAD_PREFIX}open.{r}"))
}

/// The alert for a new concern.
pub fn alert(cx: &Ctx, c: &Concern, lado: bool) -> Message {
    let groups = groups_of(&c.categories)
        .into_iter()
        .map(|g| g.label().to_string())
        .collect();
    let lado = if lado {
        cx.settings.contacts.lado.clone()
    } else {
        "none".into()
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
        .choice(open_button(c.reference))
}

/// Alerts everyone told when a new concern starts its route, and records who was told.
pub async fn send_new(t: &mut Turn<'_>, c: &Concern, r: &Route) -> Result<()> {
    let lado = r.levels.first().is_some_and(|l| l.lado);
    for p in r.told_at(0) {
        t.send(Outgoing::to_person(p, None, alert(t.cx, c, lado)));
        t.tx.record_alert(c.id, p, 0, t.now).await?;
    }
    if r.levels.is_empty() {
        tracing::warn!(reference = %c.reference, "a concern has nobody eligible to go to");
    }
    Ok(())
}

/// One message for one person listing every concern an escalation sweep brings to them.
pub fn bundle(items: &[(ConcernRef, bool)]) -> Message<Private> {
    let lines = items
        .iter()
        .map(|(r, urgent)| (urgency_key(*urgent).to_string(), Arg::Text(r.to_string())))
        .collect();
    Message::private("concern-escalated")
        .arg("count", items.len())
        .lines("cases", lines)
        .choices(
            items
                .iter()
                .map(|(r, _)| Choice::text(r.to_string(), format!("{PAYLOAD_PREFIX}open.{r}"))),
        )
}

/// Which way a concern went, as the receipt explains it.
fn route_code(c: &Concern, r: &Route) -> &'static str {
    match c.about {
        _ if r.levels.is_empty() => "none",
        _ if c.conflict => "chair",
        About::Head => "chair",
        About::Staff => "head",
        _ => "dsl",
    }
}

/// The reporter's receipt: the reference and what happens next.
pub fn receipt(t: &mut Turn<'_>, c: &Concern, r: &Route) {
    let contacts = t.cx.settings.contacts.clone();
    let code = route_code(c, r);
    t.private(
        Message::new("concern-receipt")
            .arg("ref", c.reference.to_string())
            .arg("route", code)
            .arg("lado", contacts.lado),
    );
    if c.urgent {
        t.private(Message::new("concern-receipt-urgent").arg("dsl_phone", contacts.dsl_phone));
    }
    if !c.told_dsl && code == "dsl" {
        t.private(Message::new("concern-receipt-tell-dsl"));
    }
}
