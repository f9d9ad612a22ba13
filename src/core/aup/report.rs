//! Who has signed: `/aup report` for the online safety lead and the Headteacher (everyone else
//! is refused), and the same rows as CSV for `haven aup report --csv`. Everyone in each
//! audience is listed with their status, the version and date of their latest signature and
//! the date they must sign by. Leavers are not on the roll, so not in the report.

use super::day;
use super::model::LastSigned;
use super::roll::{roll, PolicyRoll};
use super::schedule::Status;
use crate::core::fault::Result;
use crate::core::message::Message;
use crate::core::people::{Role, Roles};
use crate::core::turn::Turn;
use chrono_tz::Tz;
use std::io::Write;

/// The roles that may see the report.
pub const READERS: [Role; 2] = [Role::OnlineSafetyLead, Role::Headteacher];

/// `/aup report`.
pub async fn chat(t: &mut Turn<'_>) -> Result<()> {
    let Some(me) = t.me.clone() else {
        return Ok(());
    };
    if !me.roles.any(&READERS) {
        t.private(Message::new("aup-report-not-allowed"));
        return Ok(());
    }
    let rolls = roll(&mut *t.tx, t.cx.school, &t.cx.settings, t.now, None).await?;
    if rolls.is_empty() {
        t.private(Message::new("aup-report-none"));
    }
    for r in &rolls {
        t.private(policy_message(r));
    }
    Ok(())
}

fn count(r: &PolicyRoll, s: Status) -> usize {
    r.entries.iter().filter(|e| e.standing.status == s).count()
}

/// One policy's part of the report: the counts, then one line per person.
pub fn policy_message(r: &PolicyRoll) -> Message {
    let lines = r.entries.iter().map(|e| {
        let st = &e.standing;
        let mut m = Message::new(format!("aup-report-line-{}", st.status.as_str()))
            .arg("name", &e.person.name)
            .arg("due", day(st.due));
        if let Some(last) = &st.last {
            m = m.arg("signed_version", &last.label).arg("signed", last.at);
        }
        m
    });
    Message::new("aup-report-policy")
        .arg("title", &r.version.title)
        .arg("version", &r.version.label)
        .arg("total", r.entries.len())
        .arg("signed", count(r, Status::Signed))
        .arg("due", count(r, Status::Due))
        .arg("overdue", count(r, Status::Overdue))
        .arg("never", count(r, Status::NeverSigned))
        .items("people", lines)
}

/// Roles as the import files write them: `staff;dsl`.
fn roles(r: &Roles) -> String {
    r.iter().map(|r| r.as_str()).collect::<Vec<_>>().join(";")
}

/// The CSV header.
pub const COLUMNS: [&str; 12] = [
    "policy",
    "version",
    "version_hash",
    "external_id",
    "name",
    "roles",
    "status",
    "signed_version",
    "signed_at",
    "signed_hash",
    "signed_via",
    "due_on",
];

/// Writes the report as CSV with the header [`COLUMNS`]: the policy in force (title, version
/// label, SHA-256 of its text), the person, and `status`: `signed`, `due`, `overdue` or
/// `never_signed`. `signed_version`, `signed_at` (local time `YYYY-MM-DD HH:MM`),
/// `signed_hash` (SHA-256 of the text agreed to) and `signed_via` (platform) describe the
/// latest signature of any version of the policy, empty if none; `due_on` is the date
/// (`YYYY-MM-DD`) by which to sign, or sign again.
pub fn write_csv(rolls: &[PolicyRoll], tz: Tz, w: impl Write) -> csv::Result<()> {
    let mut out = crate::core::export::SafeCsv::new(w);
    out.row(COLUMNS)?;
    for r in rolls {
        for e in &r.entries {
            let st = &e.standing;
            let at = |l: &LastSigned| l.at.with_timezone(&tz).format("%Y-%m-%d %H:%M").to_string();
            let last = st.last.as_ref();
            out.row([
                r.version.title.as_str(),
                &r.version.label,
                &r.version.hash,
                &e.person.external_id,
                &e.person.name,
                &roles(&e.person.roles),
                st.status.as_str(),
                last.map_or("", |l| l.label.as_str()),
                &last.map(at).unwrap_or_default(),
                last.map_or("", |l| l.hash.as_str()),
                last.map_or("", |l| l.platform.as_str()),
                &st.due.format("%Y-%m-%d").to_string(),
            ])?;
        }
    }
    out.flush()?;
    Ok(())
}
