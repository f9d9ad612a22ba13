//! Managing a stream after set-up: `/stream cancel`, `/stream time` (move it), `/stream
//! report` and `/stream log` (attendance is recorded in [`super::attendance`]) (policy 003: length, time, date and
//! attendance of every session). Only the stream's organiser or a member of the SLT may act on
//! a stream; the callers have checked that the sender is an organiser at all.

use super::store::{Stream, StreamId, StreamStatus};
use super::{deliver, may_manage, policy};
use crate::core::audit::AuditAction;
use crate::core::fault::Result;
use crate::core::form::datetime;
use crate::core::ids::PersonId;
use crate::core::message::{Message, Outgoing};
use crate::core::people::Person;
use crate::core::tag::Tag;
use crate::core::turn::Turn;
use chrono::{DateTime, Utc};

/// How many streams `/stream log` lists.
const LOG_LENGTH: u32 = 20;

/// The stream, if it exists in this school and the sender may manage it; otherwise says why.
pub(super) async fn manageable(t: &mut Turn<'_>, id: StreamId) -> Result<Option<(Person, Stream)>> {
    let Some(me) = t.me.clone() else {
        return Ok(None);
    };
    match t
        .tx
        .streams()
        .stream(id)
        .await?
        .filter(|s| s.school == t.cx.school)
    {
        None => t.private(Message::new("stream-not-found").arg("id", id.0)),
        Some(s) if !may_manage(&me, &s) => {
            t.private(Message::new("stream-not-yours").arg("id", id.0))
        }
        Some(s) => return Ok(Some((me, s))),
    }
    Ok(None)
}

/// True while a stream can still be changed: not cancelled or declined, and not over.
fn open(s: &Stream, now: DateTime<Utc>) -> bool {
    matches!(
        s.status,
        StreamStatus::Scheduled | StreamStatus::AwaitingApproval
    ) && s.ends_at > now
}

/// `/stream cancel ID`: stops pending deliveries, forgets the details, tells the audience.
pub async fn cancel(t: &mut Turn<'_>, id: StreamId) -> Result<()> {
    let Some((me, s)) = manageable(t, id).await? else {
        return Ok(());
    };
    if !open(&s, t.now) {
        t.private(Message::new("stream-not-open").arg("title", &s.title));
        return Ok(());
    }
    let mut stopped = 0;
    for tag in Tag::of_stream(id) {
        stopped += t.tx.cancel_tag(&tag, t.now).await?;
    }
    t.tx.streams()
        .set_stream_status(id, StreamStatus::Cancelled, None, t.now)
        .await?;
    t.tx.streams().delete_stream_secrets(id, t.now).await?;
    t.tx.audit(
        t.cx.school,
        Some(me.id),
        AuditAction::StreamCancel,
        &format!("stream:{id}"),
        t.now,
    )
    .await?;
    let tz = t.cx.settings.timezone;
    let told = if s.status == StreamStatus::Scheduled {
        let m = deliver::about("stream-cancelled-notice", &s, tz);
        deliver::notice(&mut *t.tx, &mut t.fx, &s, m.into()).await?
    } else {
        0
    };
    t.private(
        deliver::about("stream-cancelled", &s, tz)
            .arg("stopped", stopped as i64)
            .arg("told", told),
    );
    Ok(())
}

/// Reads `DATE START-END` (`18/11/2026 13:30-14:30`, or `13:30-14:30` for today).
fn read_times(
    typed: &str,
    now: DateTime<Utc>,
    tz: chrono_tz::Tz,
) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let (date, span) = match typed.trim().rsplit_once(' ') {
        Some((d, span)) => (Some(d), span),
        None => (None, typed.trim()),
    };
    let (a, b) = span.split_once(['-', '–'])?;
    let at = |time: &str| {
        let text = date.map_or(time.to_string(), |d| format!("{d} {time}"));
        datetime::parse(&text, now, tz)
    };
    Some((at(a)?, at(b)?))
}

/// `/stream time ID DATE START-END`: moves a stream, checked against the policy again, and tells
/// the audience. The details are unchanged; the reminder is due again.
pub async fn retime(t: &mut Turn<'_>, id: StreamId, typed: &str) -> Result<()> {
    let Some((me, s)) = manageable(t, id).await? else {
        return Ok(());
    };
    if !open(&s, t.now) {
        t.private(Message::new("stream-not-open").arg("title", &s.title));
        return Ok(());
    }
    let settings = &t.cx.settings;
    let Some((start, end)) = read_times(typed, t.now, settings.timezone) else {
        t.private(Message::new("stream-time-unreadable"));
        return Ok(());
    };
    let st = settings.school_time();
    let refusals = policy::timing(start, end, &st, t.now);
    if !refusals.is_empty() {
        t.private(Message::new("stream-refused"));
        for r in refusals {
            t.private(r.message(&st));
        }
        return Ok(());
    }
    t.tx.streams()
        .set_stream_times(id, start, end, t.now)
        .await?;
    t.tx.audit(
        t.cx.school,
        Some(me.id),
        AuditAction::StreamMove,
        &format!("stream:{id}"),
        t.now,
    )
    .await?;
    let moved = Stream {
        starts_at: start,
        ends_at: end,
        ..s.clone()
    };
    let tz = settings.timezone;
    let told = if s.status == StreamStatus::Scheduled {
        let m = deliver::about("stream-moved-notice", &moved, tz);
        deliver::notice(&mut *t.tx, &mut t.fx, &moved, m.into()).await?
    } else {
        0
    };
    t.private(deliver::about("stream-moved", &moved, tz).arg("told", told));
    Ok(())
}

/// The names of `people`, in alphabetical order, joined for a message.
pub(super) async fn names_of(t: &mut Turn<'_>, people: &[PersonId]) -> Result<String> {
    let mut names = Vec::new();
    for p in people {
        if let Some(p) = t.tx.person(*p).await? {
            names.push(p.name);
        }
    }
    names.sort();
    Ok(names.join(", "))
}

/// `/stream report ID`: the delivery report now.
pub async fn report(t: &mut Turn<'_>, id: StreamId) -> Result<()> {
    let Some((_, s)) = manageable(t, id).await? else {
        return Ok(());
    };
    if s.credentials_sent_at.is_none() {
        t.private(Message::new("stream-report-nothing-sent").arg("title", &s.title));
        return Ok(());
    }
    let tz = t.cx.settings.timezone;
    let m = deliver::report(&mut *t.tx, &s, tz).await?;
    t.private(m);
    if let Some(n) = s.attendance {
        let present = t.tx.streams().stream_attendees(id).await?;
        let names = names_of(t, &present).await?;
        t.private(
            deliver::about("stream-report-attendance", &s, tz)
                .arg("attendance", n)
                .arg("named", present.len())
                .arg("names", names),
        );
    }
    Ok(())
}

/// `/stream log`: the latest streams with their time, length, supervisors and attendance.
pub async fn log(t: &mut Turn<'_>) -> Result<()> {
    let streams =
        t.tx.streams()
            .recent_streams(t.cx.school, LOG_LENGTH)
            .await?;
    if streams.is_empty() {
        t.private(Message::new("stream-log-empty"));
        return Ok(());
    }
    t.private(Message::new("stream-log-header").arg("count", streams.len()));
    let tz = t.cx.settings.timezone;
    for s in streams {
        let mut names = Vec::new();
        for p in &s.supervisors {
            if let Some(p) = t.tx.person(*p).await? {
                names.push(p.name);
            }
        }
        let attendance = s.attendance.map_or(-1, i64::from);
        t.private(
            deliver::about("stream-log-entry", &s, tz)
                .arg("minutes", s.minutes())
                .arg("supervisors", names.join(", "))
                .arg("audience", deliver::audience_arg(&s.audience))
                .arg_key("status", log_status(&s, t.now))
                .arg("attendance", attendance),
        );
    }
    Ok(())
}

/// What the log says became of a stream at `now`: once its time has passed, a scheduled stream
/// was held and one still waiting for approval was never approved; never "scheduled" after
/// the end (policy 003: record the length, time, date and attendance of each stream).
pub fn log_status(s: &Stream, now: DateTime<Utc>) -> String {
    let key = match s.status {
        StreamStatus::Scheduled if s.ends_at <= now => "held",
        StreamStatus::Scheduled if s.starts_at <= now => "live",
        StreamStatus::AwaitingApproval if s.starts_at <= now => "not_approved",
        other => other.as_str(),
    };
    format!("stream-status-{key}")
}

/// Tells the organiser privately (used by the sweep and the leak guard).
pub fn to_organiser(s: &Stream, m: Message) -> Outgoing {
    Outgoing::to_person(s.organiser, None, m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use chrono_tz::Europe::London;

    #[test]
    fn new_times_are_read_with_or_without_a_date() {
        let now = Utc.with_ymd_and_hms(2026, 11, 17, 10, 0, 0).unwrap();
        let utc = |d, h, m| Utc.with_ymd_and_hms(2026, 11, d, h, m, 0).unwrap();
        assert_eq!(
            read_times("18/11/2026 13:30-14:30", now, London),
            Some((utc(18, 13, 30), utc(18, 14, 30)))
        );
        assert_eq!(
            read_times("13:30–14:00", now, London),
            Some((utc(17, 13, 30), utc(17, 14, 0)))
        );
        assert_eq!(read_times("tomorrow", now, London), None);
        assert_eq!(read_times("18/11 25:00-26:00", now, London), None);
    }

    #[test]
    fn the_log_says_what_became_of_a_stream_once_its_time_has_passed() {
        use super::super::store::{Audience, Service};
        let utc = |h, m| Utc.with_ymd_and_hms(2026, 11, 17, h, m, 0).unwrap();
        let mut s = Stream {
            id: StreamId(1),
            school: Default::default(),
            organiser: crate::core::ids::PersonId(1),
            title: "Assembly".into(),
            audience: Audience::WholeSchool,
            service: Service::Zoom,
            starts_at: utc(14, 0),
            ends_at: utc(15, 0),
            chat_monitor: None,
            supervisors: vec![],
            status: StreamStatus::Scheduled,
            decided_by: None,
            created_at: utc(9, 0),
            attendance: None,
            credentials_sent_at: None,
            reminded_at: None,
            attendance_asked_at: None,
            reported_at: None,
            secrets_deleted_at: None,
        };
        let cases = [
            (StreamStatus::Scheduled, utc(13, 0), "scheduled"),
            (StreamStatus::Scheduled, utc(14, 30), "live"),
            (StreamStatus::Scheduled, utc(15, 0), "held"),
            (StreamStatus::Cancelled, utc(16, 0), "cancelled"),
            (StreamStatus::Declined, utc(16, 0), "declined"),
            (
                StreamStatus::AwaitingApproval,
                utc(13, 0),
                "awaiting_approval",
            ),
            (StreamStatus::AwaitingApproval, utc(16, 0), "not_approved"),
        ];
        for (status, now, key) in cases {
            s.status = status;
            assert_eq!(
                log_status(&s, now),
                format!("stream-status-{key}"),
                "{status:?}"
            );
        }
    }
}
