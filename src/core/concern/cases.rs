//! `/cases`: who may open a case, the list of open cases, and the full case view with its
//! chronology, policy 002's notes and the buttons this reader may press (what they do, and
//! `/case REF [ack|note|review|status|close|hold]`, are in [`super::actions`]).
//!
//! Every case is opened through [`open_for`], which refuses in one way whether the case does not
//! exist, belongs to someone else's route, or is about the person asking: the answer never
//! reveals that a case exists. A roster admin is never on a route, so never gets past it.
//! This module must never send a case's details anywhere but the asker's private chat.

use super::advice;
use super::alerts::{open_button, urgency_key};
use super::desk_link::desk_line;
use super::reference::ConcernRef;
use super::route::{route, Access, Facts, Route, ROUTE_ROLES};
use super::store::{Concern, Details, Entry, InitialReview};
use super::types::{groups_of, Category, EntryKind, Status};
use crate::core::audit::AuditAction;
use crate::core::command::{CaseAction, CasesCommand};
use crate::core::fault::Result;
use crate::core::ids::PersonId;
use crate::core::message::{Arg, Choice, Label, Message, Outgoing, PublicArg, Sensitive, HEADING};
use crate::core::payload::{CaseButton, Payload};
use crate::core::people::Role;
use crate::core::turn::Turn;
use std::collections::hash_map::Entry as Vacancy;
use std::collections::HashMap;

/// A case the asker may open, with what they may do.
pub struct Opened {
    pub concern: Concern,
    pub route: Route,
    pub access: Access,
}

/// Loads the case for the sender, or `None` if they may not see it (or it does not exist).
pub async fn open_for(t: &mut Turn<'_>, r: ConcernRef) -> Result<Option<Opened>> {
    let Some(me) = t.me.clone() else {
        return Ok(None);
    };
    if me.has(Role::RosterAdmin) || !me.active {
        return Ok(None);
    }
    let Some(concern) = t.tx.concerns().concern_by_ref(t.cx.school, r).await? else {
        return Ok(None);
    };
    let people = t.tx.people_with_roles(t.cx.school, ROUTE_ROLES).await?;
    let route = route(&Facts::from(&concern), &people);
    Ok(route
        .access(concern.route_level, me.id)
        .map(|access| Opened {
            concern,
            route,
            access,
        }))
}

/// Every open (or closed) case the sender may open, with what they may do: the same rule as
/// [`open_for`], for lists and searches (the chat's `/cases` and the case desk).
pub async fn visible(t: &mut Turn<'_>, closed: bool) -> Result<Vec<Opened>> {
    let Some(me) = t.me.clone() else {
        return Ok(Vec::new());
    };
    if me.has(Role::RosterAdmin) || !me.active {
        return Ok(Vec::new());
    }
    let people = t.tx.people_with_roles(t.cx.school, ROUTE_ROLES).await?;
    let cases = if closed {
        t.tx.concerns().all_closed_concerns(t.cx.school).await?
    } else {
        t.tx.concerns().open_concerns(t.cx.school).await?
    };
    let mut out = Vec::new();
    for concern in cases {
        let route = route(&Facts::from(&concern), &people);
        if let Some(access) = route.access(concern.route_level, me.id) {
            out.push(Opened {
                concern,
                route,
                access,
            });
        }
    }
    Ok(out)
}

/// The one answer for "no such case" and "not yours"; refused attempts are audited.
pub async fn refuse(t: &mut Turn<'_>, r: Option<ConcernRef>, key: &str) -> Result<()> {
    if let (Some(r), Some(me)) = (r, t.me.as_ref().map(|p| p.id)) {
        let subject = format!("concern:{r}");
        t.tx.audit(
            t.cx.school,
            Some(me),
            AuditAction::ConcernRefused,
            &subject,
            t.now,
        )
        .await?;
    }
    t.private(Message::new(key));
    Ok(())
}

/// A button doing `action` on case `reference`.
fn payload(reference: ConcernRef, action: CaseAction) -> String {
    Payload::Case(CaseButton::Act { reference, action }).encode()
}

/// The buttons the case view offers this reader.
pub fn buttons(o: &Opened) -> Vec<Choice> {
    let r = o.concern.reference;
    let b = |key: &str, action| Choice::key(key, payload(r, action));
    let mut out = Vec::new();
    if o.access == Access::Lead && o.concern.acknowledged_at.is_none() {
        out.push(b("concern-button-ack", CaseAction::Ack));
    }
    out.push(b("concern-button-note", CaseAction::Note));
    if o.access == Access::Lead && o.concern.categories.contains(&Category::NudeImages) {
        out.push(b("concern-button-review", CaseAction::Review));
    }
    if o.access == Access::Lead {
        if o.concern.status == Status::Closed {
            out.push(b("concern-button-reopen", CaseAction::Reopen));
        } else {
            out.push(b("concern-button-status", CaseAction::Status(None)));
            out.push(b("concern-button-close", CaseAction::Close));
        }
        let key = if o.concern.legal_hold {
            "concern-button-hold-off"
        } else {
            "concern-button-hold-on"
        };
        out.push(b(key, CaseAction::Hold(Some(!o.concern.legal_hold))));
    }
    out
}

/// `/cases [closed]`: the open (or closed) cases the sender may open; the same access rules
/// for both.
pub async fn list(t: &mut Turn<'_>, which: CasesCommand) -> Result<()> {
    if !t.in_private() {
        t.reply(Message::new("sent-privately"));
    }
    if t.me.is_none() {
        return Ok(());
    }
    let closed = match which {
        CasesCommand::Open => false,
        CasesCommand::Closed => true,
        CasesCommand::Usage => {
            t.private(Message::new("concern-cases-usage"));
            return Ok(());
        }
    };
    let visible: Vec<Concern> = visible(t, closed)
        .await?
        .into_iter()
        .map(|o| o.concern)
        .collect();
    if visible.is_empty() {
        let none = if closed {
            "concern-cases-closed-none"
        } else {
            "concern-cases-none"
        };
        t.private(Message::new(none));
        return Ok(());
    }
    let header = if closed {
        "concern-cases-closed"
    } else {
        "concern-cases"
    };
    let lines = list_lines(&visible);
    let buttons = visible.iter().map(|c| {
        let mut b = open_button(c.reference);
        b.label = Label::Text(c.reference.to_string());
        b
    });
    t.private(
        Message::private(header)
            .arg("count", visible.len())
            .lines("cases", lines)
            .choices(buttons),
    );
    Ok(())
}

/// The cases grouped: urgent and unacknowledged first, then unacknowledged, then by status.
fn list_lines(cases: &[Concern]) -> Vec<(String, Arg)> {
    let bucket = |c: &Concern| -> String {
        match (c.acknowledged_at, c.urgent) {
            (None, true) => "concern-list-urgent-unread".into(),
            (None, false) => "concern-list-unread".into(),
            _ => c.status.label().into(),
        }
    };
    let mut order: Vec<String> = vec![
        "concern-list-urgent-unread".into(),
        "concern-list-unread".into(),
    ];
    order.extend(Status::ALL.iter().map(|s| s.label().to_string()));
    order
        .into_iter()
        .filter_map(|key| {
            let refs: Vec<String> = cases
                .iter()
                .filter(|c| bucket(c) == key)
                .map(|c| c.reference.to_string())
                .collect();
            (!refs.is_empty()).then(|| (key, Arg::Text(refs.join(", "))))
        })
        .collect()
}

/// Shows the whole case privately (removed from the chat after a while) and audits the view.
pub async fn view(t: &mut Turn<'_>, o: &Opened) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    let c = &o.concern;
    let details = t.tx.concerns().concern_details(c.id).await?;
    let entries = t.tx.concerns().entries(c.id).await?;
    let reporter =
        t.tx.person(c.reporter)
            .await?
            .map(|p| p.name)
            .unwrap_or_default();
    let chronology = chronology(t, &entries).await?;
    let categories = c.categories.iter().map(|k| k.label().to_string()).collect();
    let groups = groups_of(&c.categories)
        .iter()
        .map(|g| g.label().to_string())
        .collect();
    let m = Message::private("concern-case")
        .arg("ref", c.reference.to_string())
        .arg_key("status", c.status.label())
        .arg_key("urgency", urgency_key(c.urgent))
        .arg_key("about", c.about.label())
        .arg("groups", PublicArg::Keys(groups))
        .arg("categories", PublicArg::Keys(categories))
        .arg("occurred", c.occurred_at)
        .arg_key("place", c.place.label())
        .arg_key("told_dsl", if c.told_dsl { "form-yes" } else { "form-no" })
        .arg_key(
            "hold",
            if c.legal_hold {
                "concern-hold-on"
            } else {
                "concern-hold-off"
            },
        )
        .secret("reporter", Sensitive::new(reporter))
        .lines("details", detail_lines(&details))
        .lines("chronology", chronology)
        .choices(buttons(o));
    let removal = t.cx.settings.concern.view_removal();
    let platform = Some(t.ev.from.platform);
    t.send(Outgoing::to_person(me.id, platform, m).remove_after(removal));
    for note in advice::view_notes(c, &entries) {
        t.send(Outgoing::to_person(me.id, platform, note).remove_after(removal));
    }
    if let Some(line) = desk_line(&t.cx.settings, c.reference) {
        t.send(Outgoing::to_person(me.id, platform, line).remove_after(removal));
    }
    record_view(t, c).await
}

/// Audits that the sender viewed case `c` (in the chat or on the case desk).
pub async fn record_view(t: &mut Turn<'_>, c: &Concern) -> Result<()> {
    let me = t.me.as_ref().map(|p| p.id);
    let subject = format!("concern:{}", c.reference);
    t.tx.audit(t.cx.school, me, AuditAction::ConcernView, &subject, t.now)
        .await?;
    Ok(())
}

fn detail_lines(d: &Details) -> Vec<(String, Arg)> {
    let mut out = Vec::new();
    let mut push = |key: &str, v: &Option<Sensitive<String>>| {
        if let Some(v) = v {
            out.push((key.to_string(), Arg::Secret(v.expose().clone())));
        }
    };
    push("concern-case-pupils", &d.pupils);
    push("concern-case-person", &d.person);
    push("concern-case-account", &d.account);
    push("concern-case-action", &d.action);
    out
}

/// The chronology as labelled lines, in the order the entries were recorded: a heading per entry
/// (its kind, number and author), then when it was recorded and, for an entry back-dated, the
/// time it refers to, then its parts.
async fn chronology(t: &mut Turn<'_>, entries: &[Entry]) -> Result<Vec<(String, Arg)>> {
    let mut out = Vec::new();
    let mut entries: Vec<&Entry> = entries.iter().collect();
    entries.sort_by_key(|e| e.n);
    let mut names: HashMap<PersonId, String> = HashMap::new();
    for p in entries.iter().filter_map(|e| e.author) {
        if let Vacancy::Vacant(v) = names.entry(p) {
            v.insert(t.tx.person(p).await?.map(|p| p.name).unwrap_or_default());
        }
    }
    for e in entries {
        let author = e
            .author
            .and_then(|p| names.get(&p).cloned())
            .unwrap_or_default();
        let heading = format!("#{} · {author}", e.n);
        out.push((format!("{HEADING}{}", e.kind.label()), Arg::Secret(heading)));
        out.push(("concern-case-recorded".into(), Arg::Time(e.recorded_at)));
        if (e.happened_at - e.recorded_at).num_minutes().abs() >= 1 {
            out.push(("concern-case-refers-to".into(), Arg::Time(e.happened_at)));
        }
        if let Some(n) = e.corrects {
            out.push(("concern-case-corrects".into(), Arg::Text(format!("#{n}"))));
        }
        if let Some(s) = e.status {
            out.push(("concern-case-status".into(), Arg::Key(s.label().into())));
        }
        if let Some(o) = e.outcome {
            out.push(("concern-case-outcome".into(), Arg::Key(o.label().into())));
        }
        if let Some(a) = e.agency {
            out.push(("concern-case-agency".into(), Arg::Key(a.label().into())));
        }
        let parts = [
            ("concern-case-text", &e.body.text),
            ("concern-case-reason", &e.body.reason),
            ("concern-case-agency-ref", &e.body.agency_ref),
        ];
        for (key, v) in parts {
            if let Some(v) = v {
                out.push((key.into(), Arg::Secret(v.expose().clone())));
            }
        }
        if let Some(r) = &e.body.review {
            out.extend(review_lines(r));
        }
    }
    Ok(out)
}

/// Fluent key of what policy 002 says to do after a review.
pub fn review_outcome_key(r: &InitialReview) -> &'static str {
    if r.refer_now() {
        "concern-review-refer-now"
    } else {
        "concern-review-no-criterion"
    }
}

/// A recorded review as labelled lines of the case view: each answer, then what to do.
fn review_lines(r: &InitialReview) -> Vec<(String, Arg)> {
    let mut out: Vec<(String, Arg)> = r
        .answers
        .iter()
        .map(|(q, yes)| {
            let answer = if *yes { "form-yes" } else { "form-no" };
            (q.label().to_string(), Arg::Key(answer.into()))
        })
        .collect();
    out.push((
        "concern-review-outcome".into(),
        Arg::Key(review_outcome_key(r).into()),
    ));
    out
}

/// A new chronology entry of `kind` by the sender, happening now.
/// Moves an open or closed concern to `status` (not closed): stored, with a status-change entry
/// in the chronology (carrying `reason` when one was given) and an audit record. Returns who did
/// it.
pub async fn change_status(
    t: &mut Turn<'_>,
    c: &mut Concern,
    status: Status,
    reason: Option<Sensitive<String>>,
) -> Result<Option<PersonId>> {
    c.status = status;
    c.closed_at = None;
    c.outcome = None;
    t.tx.concerns().update_concern(c).await?;
    let mut e = entry(EntryKind::StatusChanged, t);
    e.status = Some(status);
    e.body.reason = reason;
    t.tx.concerns().add_entry(c.id, &e).await?;
    let me = t.me.as_ref().map(|p| p.id);
    let subject = format!("concern:{}", c.reference);
    let action = AuditAction::ConcernStatus;
    t.tx.audit(t.cx.school, me, action, &subject, t.now).await?;
    Ok(me)
}

pub fn entry(kind: EntryKind, t: &Turn<'_>) -> Entry {
    Entry {
        n: 0,
        kind,
        author: t.me.as_ref().map(|p| p.id),
        happened_at: t.now,
        recorded_at: t.now,
        agency: None,
        corrects: None,
        status: None,
        outcome: None,
        body: Default::default(),
    }
}
