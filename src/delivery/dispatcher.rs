//! The per-platform dispatcher: takes due rows from the outbox, renders them for their
//! recipient, sends them within the platform's rate limits, and records how each one ended.
//!
//! Messages to one chat go out in order; different chats are served concurrently. A platform's
//! retry-after is honoured by putting the row back until then; other temporary failures back
//! off exponentially; permanent failures are settled and reported to whoever needs to act.
//! Nothing leaves the outbox until it is settled, so a restart resumes where it stopped.

use super::limits::Limiter;
use super::{Button, Rendered, SendError, Transport};
use crate::core::clock::Clock;
use crate::core::message::{Message, Outgoing};
use crate::core::store::{Address, Fate, Job, OutboxItem, Store, Tx};
use crate::i18n::I18n;
use chrono::Duration;
use std::collections::BTreeMap;
use std::sync::Arc;
use tokio::sync::{watch, Notify};
use tokio::task::JoinSet;

/// Temporary failures are retried this many times before the delivery fails for good.
pub const MAX_ATTEMPTS: u32 = 8;
/// Rows taken from the outbox per round.
const BATCH: u32 = 500;

/// Delivers one platform's outbox.
#[derive(Clone)]
pub struct Dispatcher {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub i18n: Arc<I18n>,
    pub transport: Arc<dyn Transport>,
    pub limiter: Arc<Limiter>,
}

impl Dispatcher {
    /// Delivers everything due now; returns how many rows were attempted.
    pub async fn run_once(&self) -> anyhow::Result<usize> {
        let now = self.clock.now();
        let due = {
            let mut tx = self.store.begin().await?;
            let due = tx.due(self.transport.platform(), now, BATCH).await?;
            tx.commit().await?;
            due
        };
        let n = due.len();
        let mut by_chat: BTreeMap<String, Vec<OutboxItem>> = BTreeMap::new();
        for item in due {
            by_chat
                .entry(chat_key(&item.address))
                .or_default()
                .push(item);
        }
        let mut tasks = JoinSet::new();
        for (_, items) in by_chat {
            let me = self.clone();
            tasks.spawn(async move { me.deliver_chat(items).await });
        }
        while let Some(done) = tasks.join_next().await {
            done??;
        }
        Ok(n)
    }

    /// Runs until `shutdown` turns true, waking on `wake` or every `poll`. In-flight deliveries
    /// finish before it returns; anything not yet sent stays in the outbox.
    pub async fn run(
        self,
        wake: Arc<Notify>,
        mut shutdown: watch::Receiver<bool>,
        poll: std::time::Duration,
    ) {
        loop {
            if *shutdown.borrow() {
                return;
            }
            match self.run_once().await {
                Ok(n) if n as u32 == BATCH => continue,
                Ok(_) => {}
                Err(e) => {
                    tracing::error!(platform = %self.transport.platform(), error = %format!("{e:#}"), "delivery round failed")
                }
            }
            tokio::select! {
                _ = wake.notified() => {}
                _ = tokio::time::sleep(poll) => {}
                _ = shutdown.changed() => {}
            }
        }
    }

    /// Sends one chat's rows in order; stops at the first that must wait.
    async fn deliver_chat(&self, items: Vec<OutboxItem>) -> anyhow::Result<()> {
        for item in items {
            if !self.deliver(item).await? {
                break;
            }
        }
        Ok(())
    }

    /// Returns false when later rows to the same chat should wait (to keep them in order).
    async fn deliver(&self, item: OutboxItem) -> anyhow::Result<bool> {
        self.limiter.until_ready(&item.address).await;
        let result = match &item.job {
            Job::Send(body) => {
                let msg = self.render(&item, body);
                self.transport.send(&msg).await
            }
            Job::Remove { message_id } => self
                .transport
                .remove(&item.address, message_id)
                .await
                .map(|_| None),
        };
        let now = self.clock.now();
        let mut tx = self.store.begin().await?;
        let keep_going = match result {
            Ok(message_id) => {
                tx.settle(item.id, &Fate::Sent { message_id }, now).await?;
                true
            }
            Err(SendError::RetryAfter(wait)) => {
                let wait = Duration::from_std(wait).unwrap_or(Duration::seconds(1));
                tx.retry_at(item.id, now + wait, "rate limited").await?;
                false
            }
            Err(SendError::Transient(e)) if item.attempts + 1 < MAX_ATTEMPTS => {
                let backoff = Duration::seconds(5 * 2i64.pow(item.attempts.min(10)));
                tx.retry_at(item.id, now + backoff.min(Duration::hours(1)), &e)
                    .await?;
                false
            }
            Err(e) => {
                let reason = match &e {
                    SendError::Forbidden(_) => "forbidden",
                    SendError::Transient(_) => "gave up after repeated failures",
                    _ => "unreachable",
                };
                tracing::warn!(outbox_id = item.id, platform = %item.platform, reason, "delivery failed for good");
                tx.settle(
                    item.id,
                    &Fate::Failed {
                        reason: reason.into(),
                    },
                    now,
                )
                .await?;
                if let Some(notice) = failure_notice(&mut *tx, &item).await? {
                    tx.enqueue(&notice, now).await?;
                }
                true
            }
        };
        tx.commit().await?;
        Ok(keep_going)
    }

    fn render(&self, item: &OutboxItem, body: &crate::core::message::Body) -> Rendered {
        let lang = item.lang;
        Rendered {
            address: item.address.clone(),
            text: self.i18n.render(lang, body),
            buttons: body
                .choices
                .iter()
                .map(|c| Button {
                    label: self.i18n.label(lang, &c.label),
                    payload: c.payload.clone(),
                })
                .collect(),
            rtl: lang.is_rtl(),
            private_link_label: matches!(item.address, Address::Group(_))
                .then(|| self.i18n.text(lang, "open-private-chat")),
        }
    }
}

fn chat_key(a: &Address) -> String {
    match a {
        Address::Private(id) => format!("p:{id}"),
        Address::Group(id) => format!("g:{id}"),
    }
}

/// What to tell, and whom, when a row fails for good.
async fn failure_notice(tx: &mut dyn Tx, item: &OutboxItem) -> anyhow::Result<Option<Outgoing>> {
    let Some(to) = item.report_to else {
        return Ok(None);
    };
    let m = match &item.job {
        Job::Remove { .. } => Message::new("form-remove-failed"),
        Job::Send(_) => {
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
