//! Reminders to sign: at most one per reminder point of each obligation, recorded in the same
//! transaction as the message it queues, so none is sent twice, even across restarts. Which
//! points exist is [`super::schedule`]'s business; the wording follows where the person stands
//! on the day it is sent. Messages are tagged so that signing cancels any still undelivered.

use super::model::Version;
use super::roll::PolicyRoll;
use super::schedule::{current_point, local_date, Standing};
use super::store::ReminderKey;
use super::{day, payload, reminder_tag, Action};
use crate::core::effects::Effects;
use crate::core::fault::Result;
use crate::core::ids::PersonId;
use crate::core::message::{Choice, Message, Outgoing};
use crate::core::store::Tx;
use crate::core::turn::Ctx;
use chrono::{DateTime, NaiveDate, Utc};
use std::collections::HashSet;

/// Queues every reminder that has come due and was not sent yet.
pub async fn send(
    tx: &mut dyn Tx,
    fx: &mut Effects,
    cx: &Ctx,
    rolls: &[PolicyRoll],
    now: DateTime<Utc>,
) -> Result<()> {
    let today = local_date(now, cx.settings.timezone);
    let ids: Vec<_> = rolls.iter().map(|r| r.version.id).collect();
    let sent = tx.aup().aup_reminders_sent(cx.school, &ids).await?;
    let started: HashSet<(PersonId, _, NaiveDate)> =
        sent.iter().map(|k| (k.person, k.version, k.due)).collect();
    for r in rolls {
        for e in &r.entries {
            let st = &e.standing;
            let Some(point) = current_point(st, &cx.settings.aup, today) else {
                continue;
            };
            let key = ReminderKey {
                person: e.person.id,
                version: r.version.id,
                due: st.due,
                point,
            };
            if sent.contains(&key) {
                continue;
            }
            let first = !started.contains(&(key.person, key.version, key.due));
            let m = message(&r.version, st, today, first);
            let out = Outgoing::to_person(e.person.id, None, m)
                .tagged(reminder_tag(r.version.id, e.person.id));
            fx.send(out);
            tx.aup().aup_record_reminder(cx.school, &key, now).await?;
        }
    }
    Ok(())
}

/// The reminder for someone standing at `st` on `today`; `first` for the first of this round.
pub fn message(v: &Version, st: &Standing, today: NaiveDate, first: bool) -> Message {
    let key = if today > st.due {
        "aup-remind-overdue"
    } else if today == st.due {
        "aup-remind-today"
    } else if !first {
        "aup-remind-soon"
    } else if st.renewal {
        "aup-remind-renew"
    } else if st.last.is_some() {
        "aup-remind-new-version"
    } else {
        "aup-remind-first"
    };
    let mut m = Message::new(key)
        .arg("title", &v.title)
        .arg("version", &v.label)
        .arg("due", day(st.due))
        .arg("days", (st.due - today).num_days().abs());
    if let Some(last) = &st.last {
        m = m.arg("signed", last.at);
    }
    m.choice(Choice::key("aup-button-read", payload(Action::Read, v.id)))
}
