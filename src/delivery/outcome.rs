//! What the dispatcher records after handing a row to a platform: sent, back in the queue
//! (the platform's retry-after, or exponential backoff for other temporary failures), or failed
//! for good, with a notice to whoever the message named to be told. Never sends anything.

use super::SendError;
use crate::core::effects::Effects;
use crate::core::message::{Message, Outgoing};
use crate::core::store::{Address, Claim, FailureReason, Fate, Job, OutboxItem, Tx};
use chrono::{DateTime, Duration, Utc};

/// Temporary failures are retried this many times before the delivery fails for good.
pub const MAX_ATTEMPTS: u32 = 8;

/// Records how one attempt on a row claimed as `claim` went. Returns whether later rows to the
/// same chat may go on, or `None` when the row no longer carries the claim: this instance was
/// judged dead meanwhile and the row recovered, so the outcome is dropped (a peer's recovery
/// stands) and the chat's later rows are left to whoever holds them now.
pub(super) async fn record(
    tx: &mut dyn Tx,
    item: &OutboxItem,
    claim: &Claim,
    result: Result<Option<String>, SendError>,
    now: DateTime<Utc>,
) -> anyhow::Result<Option<bool>> {
    let recorded = match result {
        Ok(message_id) => tx
            .settle_claimed(claim, &Fate::Sent { message_id }, now)
            .await?
            .then_some(true),
        Err(SendError::RetryAfter(wait)) => {
            let wait = Duration::from_std(wait).unwrap_or(Duration::seconds(1));
            tx.retry_claimed(claim, now + wait, "rate limited")
                .await?
                .then_some(false)
        }
        Err(SendError::Transient(e)) if item.attempts + 1 < MAX_ATTEMPTS => tx
            .retry_claimed(claim, now + backoff(item.attempts), &e)
            .await?
            .then_some(false),
        Err(e) => {
            let reason = match &e {
                SendError::Forbidden(_) => FailureReason::Forbidden,
                SendError::Transient(_) => FailureReason::GaveUp,
                _ => FailureReason::Unreachable,
            };
            tracing::warn!(outbox_id = item.id, platform = %item.platform, reason = reason.as_str(), "delivery failed for good");
            let fate = Fate::Failed { reason };
            if !tx.settle_claimed(claim, &fate, now).await? {
                return Ok(None);
            }
            if let Some(notice) = failure_notice(tx, item, &e).await? {
                let mut fx = Effects::of(item.school);
                fx.send(notice);
                fx.flush(tx, now).await?;
            }
            Some(true)
        }
    };
    if recorded.is_none() {
        tracing::warn!(outbox_id = item.id, platform = %item.platform, "a late outcome was dropped: the row was recovered from this instance");
    }
    Ok(recorded)
}

/// How long a row waits after a temporary failure, given how many attempts failed before
/// this one: 5 s, doubling each time, at most an hour.
fn backoff(earlier_attempts: u32) -> Duration {
    Duration::seconds(5 * 2i64.pow(earlier_attempts.min(10))).min(Duration::hours(1))
}

/// What to tell, and whom, when a row fails for good. A removal in a private chat was of the
/// person's own message; one in a group (the leak guard's) was someone else's, so the notice
/// says which chat and why, for the person to have it deleted there.
async fn failure_notice(
    tx: &mut dyn Tx,
    item: &OutboxItem,
    e: &SendError,
) -> anyhow::Result<Option<Outgoing>> {
    let Some(to) = item.report_to else {
        return Ok(None);
    };
    let m = match (&item.job, &item.address) {
        // A menu that could not be set harms nobody's safety: it is logged, nobody is told (and
        // only menus go to everyone).
        (Job::Menu(_), _) | (_, Address::Everyone) => return Ok(None),
        (Job::Remove { .. }, Address::Private(_)) => Message::new("form-remove-failed"),
        (Job::Remove { .. }, Address::Group(group)) => Message::new("delivery-remove-failed-group")
            .arg_key("platform", format!("platform-{}", item.platform))
            .arg("group", group)
            .arg_key(
                "reason",
                match e {
                    SendError::Forbidden(_) => "delivery-remove-reason-forbidden",
                    _ => "delivery-remove-reason-other",
                },
            ),
        (Job::Send(_), _) => {
            let name = match item.person {
                Some(p) => tx.person(p).await?.map(|p| p.name).unwrap_or_default(),
                None => String::new(),
            };
            Message::new("delivery-unreachable")
                .arg("name", name)
                .arg_key("platform", format!("platform-{}", item.platform))
                .arg_key("reason", "delivery-reason-unreachable")
        }
    };
    Ok(Some(Outgoing::to_person(to, None, m)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_from_five_seconds_up_to_an_hour() {
        let waits: Vec<i64> = (0..12).map(|n| backoff(n).num_seconds()).collect();
        assert_eq!(
            waits,
            [5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560, 3600, 3600]
        );
        assert_eq!(backoff(u32::MAX), Duration::hours(1), "no overflow");
    }
}
