//! Who reported whom, sealed: the one-time sealing of the relationships older databases kept
//! plain (migration `0020_sealed_relations.sql`), and the audit records about concerns and
//! urgent drafts, whose actor and subject are sealed and found again by a keyed pseudonym.
//!
//! This module must never write a concern's reporter, subjects, categories or outcome, an
//! entry's kind or author, or the actor of a concern's audit record to a plain column.

use super::codec::{parse_ts, ts};
use super::concern_rows::{open, seal, ConcernFactsSealed, EntryFactsSealed};
use super::sealing;
use super::sql::{self, Conn};
use crate::core::audit::AuditAction;
use crate::core::concern::reference::ConcernRef;
use crate::core::concern::store::ConcernId;
use crate::core::ids::{PersonId, SchoolId};
use crate::core::store::AuditRecord;
use crate::crypto::Cipher;
use anyhow::Result;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What the pseudonyms of audit subjects are keyed for.
const AUDIT_PURPOSE: &str = "audit subject";

/// True for audit subjects whose records are sealed: those about a concern or an urgent draft.
pub(super) fn is_sealed_subject(subject: &str) -> bool {
    subject.starts_with("concern:") || subject.starts_with("draft:")
}

/// The sealed part of an audit record about a concern.
#[derive(Debug, Serialize, Deserialize)]
struct SealedAudit {
    actor: Option<i64>,
    subject: String,
}

/// Writes one audit record, sealing its actor and subject when it is about a concern.
pub(super) async fn audit(
    c: &Conn,
    cipher: &Cipher,
    school: SchoolId,
    actor: Option<PersonId>,
    action: AuditAction,
    subject: &str,
    at: DateTime<Utc>,
) -> Result<()> {
    if !is_sealed_subject(subject) {
        sql::execute(
            c,
            "INSERT INTO audit (school_id, actor_id, action, subject, at) VALUES ($1, $2, $3, $4, $5)",
            &[
                &school.0,
                &actor.map(|p| p.0),
                &action.as_str(),
                &subject,
                &ts(at),
            ],
        ).await?;
        return Ok(());
    }
    let key = cipher.pseudonym(AUDIT_PURPOSE, subject)?;
    let id: i64 = sql::one(
        c,
        "INSERT INTO audit (school_id, action, subject, subject_key, at) \
         VALUES ($1, $2, 'sealed', $3, $4) RETURNING id",
        &[&school.0, &action.as_str(), &key, &ts(at)],
        sql::first,
    )
    .await?;
    let sealed = seal(
        cipher,
        &sealing::audit(id),
        &SealedAudit {
            actor: actor.map(|p| p.0),
            subject: subject.to_string(),
        },
    )?;
    sql::execute(
        c,
        "UPDATE audit SET sealed = $2 WHERE id = $1",
        &[&id, &sealed],
    )
    .await?;
    Ok(())
}

/// Every audit record about `subject`, oldest first.
pub(super) async fn trail(
    c: &Conn,
    cipher: &Cipher,
    school: SchoolId,
    subject: &str,
) -> Result<Vec<AuditRecord>> {
    if !is_sealed_subject(subject) {
        let rows: Vec<(Option<i64>, String, String)> = sql::all(
            c,
            "SELECT actor_id, action, at FROM audit WHERE school_id = $1 AND subject = $2 \
             ORDER BY id",
            &[&school.0, &subject],
            sql::tuple,
        )
        .await?;
        return rows
            .into_iter()
            .map(|(actor, action, at)| record(actor, action, &at))
            .collect();
    }
    let key = cipher.pseudonym(AUDIT_PURPOSE, subject)?;
    let rows: Vec<(i64, String, String, Vec<u8>)> = sql::all(
        c,
        "SELECT id, action, at, sealed FROM audit WHERE school_id = $1 AND subject_key = $2 \
         ORDER BY id",
        &[&school.0, &key],
        sql::tuple,
    )
    .await?;
    rows.into_iter()
        .map(|(id, action, at, sealed)| {
            let s: SealedAudit = open(cipher, &sealed, &sealing::audit(id), id)?;
            record(s.actor, action, &at)
        })
        .collect()
}

fn record(actor: Option<i64>, action: String, at: &str) -> Result<AuditRecord> {
    Ok(AuditRecord {
        actor: actor.map(PersonId),
        action: AuditAction::parse(&action),
        at: parse_ts(at)?,
    })
}

/// Gives every sealed audit record the pseudonym of its subject under `cipher`'s current key
/// (after a key rotation).
pub(super) async fn rekey_audit(c: &Conn, cipher: &Cipher) -> Result<()> {
    let rows: Vec<(i64, Vec<u8>)> = sql::all(
        c,
        "SELECT id, sealed FROM audit WHERE sealed IS NOT NULL",
        &[],
        sql::tuple,
    )
    .await?;
    for (id, sealed) in rows {
        let s: SealedAudit = open(cipher, &sealed, &sealing::audit(id), id)?;
        let key = cipher.pseudonym(AUDIT_PURPOSE, &s.subject)?;
        sql::execute(
            c,
            "UPDATE audit SET subject_key = $2 WHERE id = $1",
            &[&id, &key],
        )
        .await?;
    }
    Ok(())
}

/// Seals what older rows still hold plain: concerns' facts and subjects, entries' facts,
/// urgent drafts' reporters and the actors and subjects of audit records about concerns.
/// Returns how many rows it sealed.
pub(super) async fn seal_plain_rows(c: &Conn, cipher: &Cipher) -> Result<u64> {
    Ok(seal_concerns(c, cipher).await?
        + seal_entries(c, cipher).await?
        + seal_alerts(c, cipher).await?
        + seal_urgent_drafts(c, cipher).await?
        + seal_audit(c, cipher).await?)
}

/// One older row's plain values, read by column name.
fn plain<T: super::sql::Value>(r: &super::sql::Row<'_>, column: &str) -> Result<T> {
    r.get(column)
}

async fn seal_concerns(c: &Conn, cipher: &Cipher) -> Result<u64> {
    let rows: Vec<(i64, crate::crypto::Seal, ConcernFactsSealed)> = sql::all(
        c,
        "SELECT id, school_id, year, seq, reporter_id, about, categories, conflict, told_dsl, \
         place, occurred_at, draft_ref, outcome, acknowledged_by FROM concerns \
         WHERE facts_sealed IS NULL",
        &[],
        |r| {
            let id: i64 = plain(r, "id")?;
            let place = concern_place(plain(r, "school_id")?, plain(r, "year")?, plain(r, "seq")?)?;
            let categories: Option<String> = plain(r, "categories")?;
            let at: Option<String> = plain(r, "occurred_at")?;
            let facts = ConcernFactsSealed {
                reporter: plain::<Option<i64>>(r, "reporter_id")?.unwrap_or_default(),
                about: plain::<Option<String>>(r, "about")?.unwrap_or_default(),
                categories: categories
                    .unwrap_or_default()
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
                subjects: Vec::new(),
                conflict: plain::<Option<bool>>(r, "conflict")?.unwrap_or_default(),
                told_dsl: plain::<Option<bool>>(r, "told_dsl")?.unwrap_or_default(),
                place: plain::<Option<String>>(r, "place")?.unwrap_or_default(),
                occurred_at: at.as_deref().map(parse_ts).transpose()?.unwrap_or_default(),
                draft_ref: plain(r, "draft_ref")?,
                outcome: plain(r, "outcome")?,
                acknowledged_by: plain(r, "acknowledged_by")?,
            };
            Ok((id, place, facts))
        },
    )
    .await?;
    let n = rows.len() as u64;
    for (id, place, mut facts) in rows {
        facts.subjects = sql::all(
            c,
            "SELECT person_id FROM concern_subjects WHERE concern_id = $1 ORDER BY person_id",
            &[&id],
            |r| r.get(0),
        )
        .await?;
        sql::execute(
            c,
            "UPDATE concerns SET facts_sealed = $2, reporter_id = NULL, about = NULL, \
             categories = NULL, conflict = NULL, told_dsl = NULL, place = NULL, \
             occurred_at = NULL, draft_ref = NULL, outcome = NULL, acknowledged_by = NULL \
             WHERE id = $1",
            &[&id, &seal(cipher, &place, &facts)?],
        )
        .await?;
        sql::execute(
            c,
            "DELETE FROM concern_subjects WHERE concern_id = $1",
            &[&id],
        )
        .await?;
    }
    Ok(n)
}

async fn seal_entries(c: &Conn, cipher: &Cipher) -> Result<u64> {
    let rows: Vec<(i64, crate::crypto::Seal, EntryFactsSealed)> = sql::all(
        c,
        "SELECT id, concern_id, n, kind, author_id, agency, status, outcome FROM concern_entries \
         WHERE facts_sealed IS NULL",
        &[],
        |r| {
            let concern = ConcernId(plain(r, "concern_id")?);
            let place = sealing::entry("facts_sealed", concern, plain(r, "n")?);
            let facts = EntryFactsSealed {
                kind: plain::<Option<String>>(r, "kind")?.unwrap_or_default(),
                author: plain(r, "author_id")?,
                agency: plain(r, "agency")?,
                status: plain(r, "status")?,
                outcome: plain(r, "outcome")?,
            };
            Ok((plain(r, "id")?, place, facts))
        },
    )
    .await?;
    let n = rows.len() as u64;
    for (id, place, facts) in rows {
        sql::execute(
            c,
            "UPDATE concern_entries SET facts_sealed = $2, kind = NULL, author_id = NULL, \
             agency = NULL, status = NULL, outcome = NULL WHERE id = $1",
            &[&id, &seal(cipher, &place, &facts)?],
        )
        .await?;
    }
    Ok(n)
}

/// The place of a concern's facts, from its stored school, year and number.
fn concern_place(school: i64, year: i32, seq: u32) -> Result<crate::crypto::Seal> {
    let reference = ConcernRef::new(year, seq)
        .map_err(|_| anyhow::anyhow!("stored concern reference out of range"))?;
    Ok(sealing::concern(
        "facts_sealed",
        SchoolId(school),
        reference,
    ))
}

async fn seal_alerts(c: &Conn, cipher: &Cipher) -> Result<u64> {
    let rows: Vec<(i64, i64, u32)> = sql::all(
        c,
        "SELECT id, person_id, level FROM concern_alerts WHERE alert_sealed IS NULL \
         AND person_id IS NOT NULL",
        &[],
        sql::tuple,
    )
    .await?;
    let n = rows.len() as u64;
    for (id, person, level) in rows {
        sql::execute(
            c,
            "UPDATE concern_alerts SET alert_sealed = $2, person_id = NULL, level = NULL \
             WHERE id = $1",
            &[&id, &seal(cipher, &sealing::alert(id), &(person, level))?],
        )
        .await?;
    }
    Ok(n)
}

async fn seal_urgent_drafts(c: &Conn, cipher: &Cipher) -> Result<u64> {
    let rows: Vec<(i64, String, i64, Option<Vec<u8>>)> = sql::all(
        c,
        "SELECT rowid, draft_ref, reporter_id, people_sealed FROM concern_urgent_drafts \
         WHERE reporter_id IS NOT NULL",
        &[],
        sql::tuple,
    )
    .await?;
    let n = rows.len() as u64;
    for (row, draft_ref, reporter, sealed) in rows {
        let place = sealing::urgent_draft(&draft_ref);
        let mut people: serde_json::Value = match sealed {
            Some(s) => open(cipher, &s, &place, row)?,
            None => serde_json::json!({ "alerted": [], "subjects": [] }),
        };
        people["reporter"] = serde_json::json!(reporter);
        sql::execute(
            c,
            "UPDATE concern_urgent_drafts SET people_sealed = $2, reporter_id = NULL \
             WHERE rowid = $1",
            &[&row, &seal(cipher, &place, &people)?],
        )
        .await?;
    }
    Ok(n)
}

async fn seal_audit(c: &Conn, cipher: &Cipher) -> Result<u64> {
    let rows: Vec<(i64, Option<i64>, String)> = sql::all(
        c,
        "SELECT id, actor_id, subject FROM audit WHERE sealed IS NULL \
         AND (subject LIKE 'concern:%' OR subject LIKE 'draft:%')",
        &[],
        sql::tuple,
    )
    .await?;
    let n = rows.len() as u64;
    for (id, actor, subject) in rows {
        let sealed = seal(
            cipher,
            &sealing::audit(id),
            &SealedAudit {
                actor,
                subject: subject.clone(),
            },
        )?;
        let key = cipher.pseudonym(AUDIT_PURPOSE, &subject)?;
        sql::execute(
            c,
            "UPDATE audit SET sealed = $2, subject_key = $3, subject = 'sealed', \
             actor_id = NULL WHERE id = $1",
            &[&id, &sealed, &key],
        )
        .await?;
    }
    Ok(n)
}
