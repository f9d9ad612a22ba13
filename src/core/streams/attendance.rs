//! Recording who joined a stream (policy 003: record attendance): `/stream attendance ID N`
//! records a count; `/stream attendance ID` starts a form offering, as buttons, the parents the
//! joining details were sent to, and records the names ticked (the count is how many they are).
//! `replace` after either is needed to change a record already made.
//!
//! Names are only ever shown to the stream's organiser or a member of the SLT, privately (the
//! form, its confirmation and `/stream report`); `/stream log` shows the count only. This module
//! must never overwrite a recorded attendance without `replace`, and never record as present
//! anyone the details were not sent to.

use super::deliver;
use super::manage::{manageable, names_of};
use super::store::{DeliveryKind, Stream, StreamId, StreamStatus};
use crate::core::audit::AuditAction;
use crate::core::fault::Result;
use crate::core::form::context::About;
use crate::core::form::driver::{self, FormFeature};
use crate::core::form::{Answers, FormContext, FormSpec, FormState, PersonOpt, Step, StepKind};
use crate::core::ids::PersonId;
use crate::core::message::Message;
use crate::core::people::Person;
use crate::core::turn::Turn;
use async_trait::async_trait;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The form's id, under which drafts are stored.
pub const FORM_ID: &str = "stream-attendance";
/// The form's one step: who joined.
const PRESENT: &str = "present";
/// The most parents offered as buttons; a larger audience records a count.
pub const MAX_LISTED: usize = 40;

/// The attendance form.
pub struct AttendanceForm;

/// The one instance the form registry hands out.
pub static FORM: AttendanceForm = AttendanceForm;

fn spec() -> FormSpec {
    FormSpec {
        id: FORM_ID,
        version: 1,
        title: "stream-attendance-title",
        steps: vec![Step::new(PRESENT, StepKind::People { unsure: false }).keys(
            "stream-q-present",
            "stream-l-present",
            "stream-help-present",
        )],
    }
}

/// The stream, if the sender may manage it and it has started and not been cancelled;
/// otherwise says why.
async fn recordable(t: &mut Turn<'_>, id: StreamId) -> Result<Option<(Person, Stream)>> {
    let Some((me, s)) = manageable(t, id).await? else {
        return Ok(None);
    };
    if s.status != StreamStatus::Scheduled || s.starts_at > t.now {
        t.private(Message::new("stream-attendance-too-early").arg("title", &s.title));
        return Ok(None);
    }
    Ok(Some((me, s)))
}

/// Records that the sender changed the attendance of stream `id`.
async fn audit(t: &mut Turn<'_>, me: &Person, id: StreamId) -> Result<()> {
    t.tx.audit(
        t.cx.school,
        Some(me.id),
        AuditAction::StreamAttendance,
        &format!("stream:{id}"),
        t.now,
    )
    .await?;
    Ok(())
}

/// `/stream attendance ID N [replace]`: records how many joined, once the stream has started.
/// A different figure already recorded is kept unless the organiser says `replace`.
pub async fn count(t: &mut Turn<'_>, id: StreamId, n: u32, replace: bool) -> Result<()> {
    let Some((me, s)) = recordable(t, id).await? else {
        return Ok(());
    };
    if let Some(old) = s.attendance.filter(|old| *old != n && !replace) {
        t.private(
            Message::new("stream-attendance-already")
                .arg("id", id.0)
                .arg("title", &s.title)
                .arg("old", old)
                .arg("new", n),
        );
        return Ok(());
    }
    // The same figure again changes nothing (names recorded with it are kept).
    if s.attendance != Some(n) {
        t.tx.streams().set_stream_attendance(id, n, t.now).await?;
        audit(t, &me, id).await?;
    }
    t.private(
        deliver::about("stream-attendance-recorded", &s, t.cx.settings.timezone)
            .arg("attendance", n)
            .arg(
                "replaced",
                s.attendance.filter(|old| *old != n).map_or(-1, i64::from),
            ),
    );
    Ok(())
}

/// The parents the joining details were first sent to (not those with no chat account to send
/// them to), in the order they were sent.
async fn invited(t: &mut Turn<'_>, id: StreamId) -> Result<Vec<Person>> {
    let mut seen = Vec::new();
    for d in t.tx.streams().stream_deliveries(id).await? {
        if d.kind == DeliveryKind::Credentials && d.queued && !seen.contains(&d.person) {
            seen.push(d.person);
        }
    }
    let mut people = Vec::new();
    for p in seen {
        if let Some(p) = t.tx.person(p).await? {
            people.push(p);
        }
    }
    Ok(people)
}

/// `/stream attendance ID [replace]`: the form offering the invited parents by name.
pub async fn names(t: &mut Turn<'_>, id: StreamId, replace: bool) -> Result<()> {
    let Some((_, s)) = recordable(t, id).await? else {
        return Ok(());
    };
    if let Some(old) = s.attendance.filter(|_| !replace) {
        t.private(already(&s, old));
        return Ok(());
    }
    let parents = invited(t, id).await?;
    if parents.is_empty() || parents.len() > MAX_LISTED {
        t.private(
            Message::new("stream-attendance-not-listed")
                .arg("id", id.0)
                .arg("title", &s.title)
                .arg("invited", parents.len())
                .arg("max", MAX_LISTED),
        );
        return Ok(());
    }
    let options = parents
        .iter()
        .map(|p| PersonOpt {
            value: p.id.0.to_string(),
            name: p.name.clone(),
            roles: Vec::new(),
        })
        .collect();
    let people = BTreeMap::from([(PRESENT.to_string(), options)]);
    let context = FormContext::about(About::Attendance {
        stream: id,
        replace,
    });
    driver::start_among(t, &FORM, context, people).await
}

/// "Already recorded as N; kept", with the command that replaces it.
fn already(s: &Stream, old: u32) -> Message {
    Message::new("stream-attendance-names-already")
        .arg("id", s.id.0)
        .arg("title", &s.title)
        .arg("old", old)
}

#[async_trait]
impl FormFeature for AttendanceForm {
    fn spec(&self) -> &FormSpec {
        static SPEC: OnceLock<FormSpec> = OnceLock::new();
        SPEC.get_or_init(spec)
    }

    /// A typed name ticks the invited parents whose name contains it.
    async fn lookup(
        &self,
        _t: &mut Turn<'_>,
        state: &mut FormState,
        step: &str,
        typed: &str,
    ) -> Result<bool> {
        let typed = typed.to_lowercase();
        let found: Vec<String> = state
            .people
            .get(step)
            .into_iter()
            .flatten()
            .filter(|p| p.name.to_lowercase().contains(&typed))
            .map(|p| p.value.clone())
            .collect();
        for v in &found {
            if !state.ticked.contains(v) {
                state.ticked.push(v.clone());
            }
        }
        Ok(!found.is_empty())
    }

    async fn submit(&self, t: &mut Turn<'_>, answers: Answers, state: &FormState) -> Result<()> {
        let Some(About::Attendance { stream, replace }) = state.context.about else {
            return Ok(());
        };
        let Some((me, s)) = recordable(t, stream).await? else {
            return Ok(());
        };
        if let Some(old) = s.attendance.filter(|_| !replace) {
            t.private(already(&s, old));
            return Ok(());
        }
        let offered = state.people.get(PRESENT).cloned().unwrap_or_default();
        let present: Vec<PersonId> = answers
            .multi(PRESENT)
            .iter()
            .filter(|v| offered.iter().any(|o| &o.value == *v))
            .filter_map(|v| v.parse().ok().map(PersonId))
            .collect();
        t.tx.streams()
            .set_stream_attendees(stream, &present, t.now)
            .await?;
        audit(t, &me, stream).await?;
        let names = names_of(t, &present).await?;
        t.private(
            deliver::about(
                "stream-attendance-names-recorded",
                &s,
                t.cx.settings.timezone,
            )
            .arg("attendance", present.len())
            .arg("names", names)
            .arg("replaced", s.attendance.map_or(-1, i64::from)),
        );
        Ok(())
    }
}
