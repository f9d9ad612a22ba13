//! The streams' scheduled work, run from `App::tick`, each step once per stream:
//!
//! 1. the delivery report to the organiser once the first sending has settled;
//! 2. the reminder to the audience a configurable time before the start (privately);
//! 3. the prompt to record attendance once the stream has ended;
//! 4. deleting the joining details after the end plus a grace period (at once for cancelled
//!    or declined streams).
//!
//! A stream with nothing left to do is marked settled and no longer read.

use super::deliver;
use super::manage::to_organiser;
use super::store::{Milestone, Stream, StreamStatus};
use crate::core::effects::Effects;
use crate::core::fault::Result;
use crate::core::message::Outgoing;
use crate::core::store::Tx;
use crate::core::tag::Tag;
use crate::core::turn::Ctx;
use chrono::{DateTime, Utc};

/// Runs every due step for every unsettled stream, in one transaction.
pub async fn sweep(cx: &Ctx) -> Result<()> {
    let now = cx.clock.now();
    let mut tx = cx.store.begin().await?;
    let mut fx = Effects::of(cx.school);
    for s in tx.streams().unsettled_streams(cx.school).await? {
        step(&mut *tx, &mut fx, cx, &s, now).await?;
    }
    Ok(fx.commit(tx, now).await?)
}

async fn step(
    tx: &mut dyn Tx,
    fx: &mut Effects,
    cx: &Ctx,
    s: &Stream,
    now: DateTime<Utc>,
) -> Result<()> {
    let tz = cx.settings.timezone;
    let live = s.status == StreamStatus::Scheduled;
    let mut reported = s.reported_at.is_some();
    if live
        && s.credentials_sent_at.is_some()
        && !reported
        && tx.tag_summary(&Tag::Stream(s.id)).await?.pending == 0
    {
        let m = deliver::report(tx, s, tz).await?;
        fx.send(Outgoing::to_person(s.organiser, None, m));
        tx.streams()
            .mark_stream(s.id, Milestone::Reported, now)
            .await?;
        reported = true;
    }
    let lead = cx.settings.streams.reminder_lead();
    if live && s.reminded_at.is_none() && now >= s.starts_at - lead {
        let sent_early = s
            .credentials_sent_at
            .is_some_and(|at| at < s.starts_at - lead);
        if now < s.starts_at && sent_early {
            let soon = crate::core::soon::until(now, s.starts_at);
            let m = deliver::about("stream-reminder", s, tz)
                .arg(
                    "at",
                    s.starts_at.with_timezone(&tz).format("%H:%M").to_string(),
                )
                .arg("minutes", soon.minutes)
                .arg("about", soon.about_key())
                .choice(super::parents::send_again_button(s.id));
            deliver::notice(tx, fx, s, m.into()).await?;
        }
        tx.streams()
            .mark_stream(s.id, Milestone::Reminded, now)
            .await?;
    }
    let mut asked = s.attendance_asked_at.is_some();
    if live && !asked && now >= s.ends_at {
        if s.attendance.is_none() {
            let m = deliver::about("stream-ended-attendance", s, tz).arg("minutes", s.minutes());
            fx.send(to_organiser(s, m));
        }
        tx.streams()
            .mark_stream(s.id, Milestone::AttendanceAsked, now)
            .await?;
        asked = true;
    }
    let over = now >= s.ends_at + cx.settings.streams.secrets_grace();
    let stopped = matches!(s.status, StreamStatus::Cancelled | StreamStatus::Declined);
    let mut deleted = s.secrets_deleted_at.is_some();
    if !deleted && (over || stopped) {
        tx.streams().delete_stream_secrets(s.id, now).await?;
        tracing::info!(stream = s.id.0, "stream joining details deleted");
        deleted = true;
    }
    let done = deleted && (!live || (reported && asked));
    if done {
        tx.streams()
            .mark_stream(s.id, Milestone::Settled, now)
            .await?;
    }
    Ok(())
}
