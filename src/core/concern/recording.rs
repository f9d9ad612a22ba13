//! Recording on a case, once the case is open for the sender: a chronology entry, closing with
//! an outcome and a reason, reopening with a reason. The chat's small forms
//! ([`super::entry_form`]) and the case desk both call these, so both check the same things,
//! write the same entries and audit records, and tell the same people.
//!
//! Whoever calls must have opened the case with [`super::cases::open_for`] and checked the
//! access the action needs; nothing here opens a case.

use super::cases::{self, entry, Opened};
use super::referral;
use super::types::{Agency, EntryKind, Outcome, Status};
use crate::core::audit::AuditAction;
use crate::core::fault::Result;
use crate::core::message::{Message, Outgoing, Sensitive};
use crate::core::turn::Turn;
use chrono::{DateTime, Utc};

/// The kinds of entry a case handler may add.
pub const ENTRY_KINDS: &[EntryKind] = &[
    EntryKind::Action,
    EntryKind::Decision,
    EntryKind::Referral,
    EntryKind::Note,
    EntryKind::Correction,
];

/// Lengths the texts must have, in characters: (least, most).
pub const TEXT_LEN: (usize, usize) = (2, 2000);
pub const REASON_LEN: (usize, usize) = (2, 1000);
pub const AGENCY_REF_LEN: (usize, usize) = (1, 100);
pub const CLOSE_REASON_LEN: (usize, usize) = (5, 2000);

/// A chronology entry to add.
#[derive(Debug, Clone)]
pub struct NewEntry {
    pub kind: EntryKind,
    pub text: Option<Sensitive<String>>,
    /// Required for a decision.
    pub reason: Option<Sensitive<String>>,
    /// Required for a referral.
    pub agency: Option<Agency>,
    pub agency_ref: Option<Sensitive<String>>,
    /// Required for a correction: the entry it corrects.
    pub corrects: Option<u32>,
    /// When it happened (now, or earlier).
    pub happened_at: DateTime<Utc>,
}

fn len_ok(v: &Option<Sensitive<String>>, (least, most): (usize, usize), required: bool) -> bool {
    match v {
        None => !required,
        Some(s) => (least..=most).contains(&s.expose().trim().chars().count()),
    }
}

/// The Fluent key saying what is wrong with the reason for closing or reopening a case, if
/// anything (required, 5 to 2,000 characters).
pub fn close_reason_problem(reason: &Option<Sensitive<String>>) -> Option<&'static str> {
    (!len_ok(reason, CLOSE_REASON_LEN, true)).then_some("concern-entry-problem-close-reason")
}

/// The Fluent key saying what is wrong with an entry before anything is stored, if anything.
pub fn entry_problem(e: &NewEntry, now: DateTime<Utc>) -> Option<&'static str> {
    if !ENTRY_KINDS.contains(&e.kind) {
        return Some("concern-entry-problem-kind");
    }
    if !len_ok(&e.text, TEXT_LEN, true) {
        return Some("concern-entry-problem-text");
    }
    let decision = e.kind == EntryKind::Decision;
    if !len_ok(&e.reason, REASON_LEN, decision) {
        return Some("concern-entry-problem-reason");
    }
    if e.kind == EntryKind::Referral && e.agency.is_none() {
        return Some("concern-entry-problem-agency");
    }
    if !len_ok(&e.agency_ref, AGENCY_REF_LEN, false) {
        return Some("concern-entry-problem-agency-ref");
    }
    if e.kind == EntryKind::Correction && e.corrects.is_none() {
        return Some("concern-entry-problem-corrects");
    }
    if e.happened_at > now {
        return Some("concern-entry-problem-future");
    }
    None
}

/// Adds `new` to the chronology of the opened case, audits it and tells the sender (with how
/// to reach the agency after a referral). Returns the entry's number, or `None` when a
/// correction names an entry the case does not have (the sender is told; nothing is stored).
pub async fn add_entry(t: &mut Turn<'_>, o: &Opened, new: NewEntry) -> Result<Option<u32>> {
    let c = &o.concern;
    if new.kind == EntryKind::Correction {
        let known =
            t.tx.concerns()
                .entries(c.id)
                .await?
                .iter()
                .any(|x| Some(x.n) == new.corrects);
        if !known {
            t.private(
                Message::new("concern-entry-bad-correction").arg("ref", c.reference.to_string()),
            );
            return Ok(None);
        }
    }
    let mut e = entry(new.kind, t);
    e.happened_at = new.happened_at;
    e.agency = new.agency;
    e.corrects = new.corrects.filter(|_| new.kind == EntryKind::Correction);
    e.body.text = new.text;
    e.body.reason = new.reason;
    e.body.agency_ref = new.agency_ref;
    let n = t.tx.concerns().add_entry(c.id, &e).await?;
    let me = t.me.as_ref().map(|p| p.id);
    let subject = format!("concern:{}", c.reference);
    t.tx.audit(t.cx.school, me, AuditAction::ConcernEntry, &subject, t.now)
        .await?;
    t.private(
        Message::new("concern-entry-added")
            .arg("ref", c.reference.to_string())
            .arg("n", n),
    );
    if let Some(m) = e.agency.and_then(|a| referral::contact(a, &t.cx.settings)) {
        t.private(m);
    }
    Ok(Some(n))
}

/// Closes the opened case with `outcome` and `reason` (a lead's action): stored, with a
/// closing entry and an audit record; the sender is told, and the other leads are told the
/// reference only.
pub async fn close(
    t: &mut Turn<'_>,
    o: &mut Opened,
    outcome: Outcome,
    reason: Option<Sensitive<String>>,
) -> Result<()> {
    let c = &mut o.concern;
    let r = c.reference.to_string();
    if c.status == Status::Closed {
        t.private(Message::new("concern-already-closed").arg("ref", &r));
        return Ok(());
    }
    let me = t.me.as_ref().map(|p| p.id);
    c.status = Status::Closed;
    c.closed_at = Some(t.now);
    c.outcome = Some(outcome);
    c.escalate_at = None;
    if c.acknowledged_at.is_none() {
        c.acknowledged_at = Some(t.now);
        c.acknowledged_by = me;
    }
    t.tx.concerns().update_concern(c).await?;
    let mut e = entry(EntryKind::Closed, t);
    e.outcome = Some(outcome);
    e.body.reason = reason;
    t.tx.concerns().add_entry(c.id, &e).await?;
    t.tx.audit(
        t.cx.school,
        me,
        AuditAction::ConcernClose,
        &format!("concern:{r}"),
        t.now,
    )
    .await?;
    t.private(
        Message::new("concern-closed")
            .arg("ref", &r)
            .arg_key("outcome", outcome.label()),
    );
    for p in o.route.leads_up_to(c.route_level) {
        if Some(p) != me {
            let m = Message::new("concern-closed-team").arg("ref", &r);
            t.send(Outgoing::to_person(p, None, m));
        }
    }
    Ok(())
}

/// Reopens the opened, closed case with `reason` (a lead's action); the other leads are told
/// the reference only.
pub async fn reopen(
    t: &mut Turn<'_>,
    o: &mut Opened,
    reason: Option<Sensitive<String>>,
) -> Result<()> {
    let c = &mut o.concern;
    let r = c.reference.to_string();
    if c.status != Status::Closed {
        t.private(Message::new("concern-not-closed").arg("ref", &r));
        return Ok(());
    }
    let me = cases::change_status(t, c, Status::Open, reason).await?;
    t.private(Message::new("concern-reopened").arg("ref", &r));
    for p in o.route.leads_up_to(c.route_level) {
        if Some(p) != me {
            let m = Message::new("concern-reopened-team").arg("ref", &r);
            t.send(Outgoing::to_person(p, None, m));
        }
    }
    Ok(())
}
