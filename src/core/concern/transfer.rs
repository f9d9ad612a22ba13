//! Transfer and export of a pupil's child protection file. Keeping Children Safe in Education
//! (part two, "Information sharing" and the DSL's responsibilities) asks the designated
//! safeguarding lead to send the file to a pupil's new school within five school days, kept
//! separate from the main pupil file, and to obtain confirmation of receipt.
//!
//! Who may export or transfer a case: the lead DSL only, that is a person holding the `dsl`
//! role (not a deputy, not the online safety lead, not the Headteacher or a governor) who
//! [`cases::open_for`] lets lead the case. Policy 002 names "the lead DSL" as the person staff
//! report to and KCSIE gives the transfer to the designated safeguarding lead, so a deputy who
//! may read and work a case still may not send it out of the school. Everything else is
//! refused exactly like a case that does not exist.
//!
//! This module builds the export model (cover sheet and every case's full record) and records
//! transfers and confirmations of receipt, each audited. It must never render, send or store
//! an export: adapters render it for the person who asked, and nothing of it is kept.

use super::cases::{self, Opened};
use super::reference::ConcernRef;
use super::route::Access;
use super::search::{search, Search};
use super::store::{Concern, ConcernId, Details, Entry};
use super::transfer_store::{Receipt, Transfer, TransferId};
use crate::core::audit::AuditAction;
use crate::core::calendar::SchoolTime;
use crate::core::fault::Result;
use crate::core::message::Sensitive;
use crate::core::people::{Person, Role};
use crate::core::turn::Turn;
use chrono::{DateTime, NaiveDate, Utc};

/// How many school days the file has to reach the new school.
pub const SCHOOL_DAYS_TO_TRANSFER: usize = 5;

/// The one rule for exports and transfers: an active lead DSL (not a roster admin) whom the
/// case's route lets lead it.
pub fn may_export(me: &Person, access: Option<Access>) -> bool {
    me.active && me.has(Role::Dsl) && !me.has(Role::RosterAdmin) && access == Some(Access::Lead)
}

/// True when `me` may start an export at all (the case desk's export page): an active lead DSL
/// who is not a roster admin. Each case is still checked with [`may_export`].
pub fn may_start_exports(me: &Person) -> bool {
    me.active && me.has(Role::Dsl) && !me.has(Role::RosterAdmin)
}

/// The last day of the five school days counted after `from` (a day that is not a school day
/// counts nothing, so a pupil leaving in the holidays gives the first five days of term).
pub fn deadline(st: &SchoolTime<'_>, from: NaiveDate) -> Option<NaiveDate> {
    from.succ_opt()?
        .iter_days()
        .take(3660)
        .filter(|d| st.is_school_day(*d))
        .nth(SCHOOL_DAYS_TO_TRANSFER - 1)
}

/// What to export: one case, or every case naming a pupil (found the way the case desk's
/// search by pupil name finds them: [`search`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    Case(ConcernRef),
    Pupil(String),
}

/// One chronology entry with its author's name.
#[derive(Debug, Clone)]
pub struct EntryRecord {
    pub entry: Entry,
    pub author: String,
}

/// A case's full record.
#[derive(Debug, Clone)]
pub struct CaseRecord {
    pub concern: Concern,
    pub details: Details,
    pub reporter: String,
    /// In the order they were recorded.
    pub entries: Vec<EntryRecord>,
    pub transfers: Vec<Transfer>,
}

/// The transfer cover sheet.
#[derive(Debug, Clone)]
pub struct Cover {
    pub school: String,
    /// The school's time zone, which the file's times are written in.
    pub zone: chrono_tz::Tz,
    /// The pupil's name as the lead DSL searched for it (a single-case export has none).
    pub pupil: Option<Sensitive<String>>,
    pub cases: usize,
    /// The earliest and latest dates the records cover.
    pub first: Option<DateTime<Utc>>,
    pub last: Option<DateTime<Utc>>,
    pub exported_by: String,
    pub exported_at: DateTime<Utc>,
    /// The latest transfer of these cases, if one was recorded.
    pub transfer: Option<Transfer>,
    /// The transfer's deadline, or the deadline if the file were sent today.
    pub deadline: Option<NaiveDate>,
}

/// A child protection file as exported.
#[derive(Debug, Clone)]
pub struct Export {
    pub cover: Cover,
    pub cases: Vec<CaseRecord>,
}

/// The case if the sender may export it, else `None` (for any reason, as for a missing case).
pub async fn exportable(t: &mut Turn<'_>, r: ConcernRef) -> Result<Option<Opened>> {
    let Some(me) = t.me.clone() else {
        return Ok(None);
    };
    let opened = cases::open_for(t, r).await?;
    Ok(opened.filter(|o| may_export(&me, Some(o.access))))
}

/// The cases of `scope` the sender may export, oldest first; empty if none.
pub async fn cases_of(t: &mut Turn<'_>, scope: &Scope) -> Result<Vec<Opened>> {
    match scope {
        Scope::Case(r) => Ok(exportable(t, *r).await?.into_iter().collect()),
        Scope::Pupil(name) => {
            let Some(me) = t.me.clone() else {
                return Ok(Vec::new());
            };
            if !may_start_exports(&me) {
                return Ok(Vec::new());
            }
            let asked = Search {
                pupil: Some(name.clone()),
                ..Search::default()
            };
            let mut out = search(t, &asked).await?;
            out.retain(|o| may_export(&me, Some(o.access)));
            out.sort_by_key(|o| (o.concern.created_at, o.concern.reference));
            Ok(out)
        }
    }
}

/// Builds the export of `scope` for the sender and audits it (one `concern.export` record per
/// case); `None` when there is nothing they may export.
pub async fn export(t: &mut Turn<'_>, scope: &Scope) -> Result<Option<Export>> {
    let Some(me) = t.me.clone() else {
        return Ok(None);
    };
    let opened = cases_of(t, scope).await?;
    if opened.is_empty() {
        return Ok(None);
    }
    let mut records = Vec::new();
    for o in opened {
        records.push(record(t, o.concern).await?);
    }
    for r in &records {
        let subject = format!("concern:{}", r.concern.reference);
        let action = AuditAction::ConcernExport;
        t.tx.audit(t.cx.school, Some(me.id), action, &subject, t.now)
            .await?;
    }
    let starts = records
        .iter()
        .flat_map(|r| [r.concern.created_at, r.concern.occurred_at]);
    let ends = records.iter().flat_map(|r| {
        let last = r.entries.iter().map(|e| e.entry.recorded_at);
        last.chain([r.concern.created_at])
    });
    let transfer = records
        .iter()
        .flat_map(|r| r.transfers.iter())
        .max_by_key(|x| (x.recorded_at, x.id))
        .cloned();
    let st = t.cx.settings.school_time();
    let today = st.local_date(t.now);
    let deadline = match &transfer {
        Some(x) => Some(x.deadline),
        None => deadline(&st, today),
    };
    let cover = Cover {
        school: t.cx.settings.school_name.clone(),
        zone: t.cx.settings.timezone,
        pupil: match scope {
            Scope::Pupil(name) => Some(Sensitive::new(name.clone())),
            Scope::Case(_) => None,
        },
        cases: records.len(),
        first: starts.min(),
        last: ends.max(),
        exported_by: me.name.clone(),
        exported_at: t.now,
        transfer,
        deadline,
    };
    Ok(Some(Export {
        cover,
        cases: records,
    }))
}

async fn name_of(t: &mut Turn<'_>, p: Option<crate::core::ids::PersonId>) -> Result<String> {
    Ok(match p {
        Some(p) => t.tx.person(p).await?.map(|p| p.name).unwrap_or_default(),
        None => String::new(),
    })
}

async fn record(t: &mut Turn<'_>, concern: Concern) -> Result<CaseRecord> {
    let details = t.tx.concerns().concern_details(concern.id).await?;
    let mut raw = t.tx.concerns().entries(concern.id).await?;
    raw.sort_by_key(|e| e.n);
    let mut entries = Vec::new();
    for entry in raw {
        let author = name_of(t, entry.author).await?;
        entries.push(EntryRecord { entry, author });
    }
    let reporter = name_of(t, Some(concern.reporter)).await?;
    let transfers = t.tx.transfers().transfers_of(concern.id).await?;
    Ok(CaseRecord {
        concern,
        details,
        reporter,
        entries,
        transfers,
    })
}

/// What the lead DSL says about a transfer they made.
#[derive(Debug, Clone)]
pub struct NewTransfer {
    pub receiving_school: Sensitive<String>,
    pub due_from: NaiveDate,
    pub sent_on: NaiveDate,
}

/// Records that the cases of `scope` were sent to a new school; audited per case
/// (`concern.transfer`). `None` when the sender may export none of them.
pub async fn record_transfer(
    t: &mut Turn<'_>,
    scope: &Scope,
    n: NewTransfer,
) -> Result<Option<TransferId>> {
    let Some(me) = t.me.clone() else {
        return Ok(None);
    };
    let opened = cases_of(t, scope).await?;
    if opened.is_empty() || n.receiving_school.expose().trim().is_empty() {
        return Ok(None);
    }
    let st = t.cx.settings.school_time();
    let deadline = deadline(&st, n.due_from).unwrap_or(n.due_from);
    let transfer = Transfer {
        id: TransferId(0),
        school: t.cx.school,
        cases: opened.iter().map(|o| o.concern.id).collect(),
        receiving_school: Sensitive::new(n.receiving_school.expose().trim().to_string()),
        due_from: n.due_from,
        deadline,
        sent_on: n.sent_on,
        sent_by: me.id,
        recorded_at: t.now,
        receipt: None,
    };
    let id = t.tx.transfers().insert_transfer(&transfer).await?;
    audit_cases(t, &opened, AuditAction::ConcernTransfer).await?;
    Ok(Some(id))
}

/// Records the receiving school's confirmation of transfer `id`; audited per case
/// (`concern.transfer_receipt`). False (nothing changed) unless the sender may export every
/// case the transfer holds.
pub async fn confirm_receipt(
    t: &mut Turn<'_>,
    id: TransferId,
    confirmed_by: Sensitive<String>,
    confirmed_on: NaiveDate,
) -> Result<bool> {
    let Some(me) = t.me.clone() else {
        return Ok(false);
    };
    let Some(transfer) = t.tx.transfers().transfer(t.cx.school, id).await? else {
        return Ok(false);
    };
    if confirmed_by.expose().trim().is_empty() {
        return Ok(false);
    }
    let mut opened = Vec::new();
    for cid in &transfer.cases {
        let Some(c) = concern_by_id(t, *cid).await? else {
            return Ok(false);
        };
        match exportable(t, c.reference).await? {
            Some(o) => opened.push(o),
            None => return Ok(false),
        }
    }
    let receipt = Receipt {
        confirmed_by: Sensitive::new(confirmed_by.expose().trim().to_string()),
        confirmed_on,
        recorded_by: me.id,
        recorded_at: t.now,
    };
    t.tx.transfers().confirm_transfer(id, &receipt).await?;
    audit_cases(t, &opened, AuditAction::ConcernTransferReceipt).await?;
    Ok(true)
}

/// Unconfirmed transfers past their deadline among the cases the sender may export (the lead
/// DSL's reminder).
pub async fn overdue_transfers(t: &mut Turn<'_>) -> Result<Vec<(Transfer, Vec<ConcernRef>)>> {
    let today = t.cx.settings.school_time().local_date(t.now);
    let mut out = Vec::new();
    for x in t.tx.transfers().unconfirmed_transfers(t.cx.school).await? {
        if !x.overdue(today) {
            continue;
        }
        let mut refs = Vec::new();
        for cid in &x.cases {
            if let Some(c) = concern_by_id(t, *cid).await? {
                if exportable(t, c.reference).await?.is_some() {
                    refs.push(c.reference);
                }
            }
        }
        if refs.len() == x.cases.len() && !refs.is_empty() {
            out.push((x, refs));
        }
    }
    Ok(out)
}

async fn concern_by_id(t: &mut Turn<'_>, id: ConcernId) -> Result<Option<Concern>> {
    let mut all = t.tx.concerns().open_concerns(t.cx.school).await?;
    all.extend(t.tx.concerns().all_closed_concerns(t.cx.school).await?);
    Ok(all.into_iter().find(|c| c.id == id))
}

async fn audit_cases(t: &mut Turn<'_>, opened: &[Opened], action: AuditAction) -> Result<()> {
    let me = t.me.as_ref().map(|p| p.id);
    for o in opened {
        let subject = format!("concern:{}", o.concern.reference);
        t.tx.audit(t.cx.school, me, action, &subject, t.now).await?;
    }
    Ok(())
}

#[cfg(test)]
#[path = "transfer_tests.rs"]
mod tests;
