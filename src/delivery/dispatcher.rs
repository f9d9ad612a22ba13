//! The per-platform dispatcher: takes due rows from the outbox, renders them for their
//! recipient, sends them within the platform's rate limits, and records how each one ended.
//!
//! One round ([`Dispatcher::run_once`]):
//!
//! 1. reads due, unclaimed rows;
//! 2. a waiter per chat takes that chat's rows in order and waits for the chat's rate limit
//!    before offering each row;
//! 3. one task takes the offered rows within the platform's overall rate limit and gathers
//!    them into groups; a group is **claimed** in one transaction (a row cancelled meanwhile is
//!    not claimed, so not sent), sent concurrently, and its outcomes recorded in one
//!    transaction. Several groups may be in flight at once, so one slow request does not hold
//!    up the platform.
//!
//! Messages to one chat go out in order; different chats are served concurrently. A platform's
//! retry-after is honoured by putting the row back until then; other temporary failures back
//! off exponentially; permanent failures are settled and reported to whoever needs to act.
//!
//! ## If the dispatcher dies
//!
//! Nothing leaves the outbox until it is settled. The only uncertain rows are those claimed and
//! handed to the platform but not yet recorded (at most the groups in flight). The sends start
//! in the same poll that sees the claim committed, so a row is never claimed without its send
//! having been started. A new dispatcher (each has its own instance name) first recovers rows
//! other instances left claimed: at-most-once rows (broadcasts) are settled as failed,
//! `interrupted`, and never sent twice; all other rows are released and sent again (at least
//! once, as a conversation reply should be).

use super::limits::Limiter;
use super::outcome::record;
use super::{Button, Rendered, SendError, Transport};
use crate::core::clock::Clock;
use crate::core::menu::Menu;
use crate::core::message::Body;
use crate::core::store::{Address, Job, OutboxItem, Store};
use crate::i18n::I18n;
use rand::distributions::{Alphanumeric, DistString};
use std::collections::{BTreeMap, HashSet};
use std::sync::Arc;
use tokio::sync::{mpsc, oneshot, watch, Notify, OnceCell};
use tokio::task::JoinSet;

pub use super::outcome::MAX_ATTEMPTS;
/// Rows taken from the outbox per round.
const BATCH: u32 = 500;
/// Rows claimed, sent and recorded together at most.
const MAX_GROUP: usize = 100;
/// Groups in flight at once at most.
const MAX_IN_FLIGHT: usize = 32;
/// Under a rate limit, how long a row may wait for others to join its group.
const GATHER: std::time::Duration = std::time::Duration::from_millis(20);

/// A row whose turn has come, and where to say whether its chat may go on.
type Ready = (OutboxItem, oneshot::Sender<bool>);

/// Delivers one platform's outbox.
#[derive(Clone)]
pub struct Dispatcher {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub i18n: Arc<I18n>,
    pub transport: Arc<dyn Transport>,
    pub limiter: Arc<Limiter>,
    /// This dispatcher's name on the rows it claims (random, new for every dispatcher).
    pub instance: Arc<str>,
    recovered: Arc<OnceCell<()>>,
}

impl Dispatcher {
    /// A dispatcher with a fresh instance name; its first round recovers what earlier
    /// dispatchers left claimed.
    pub fn new(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        i18n: Arc<I18n>,
        transport: Arc<dyn Transport>,
        limiter: Arc<Limiter>,
    ) -> Dispatcher {
        let instance = Alphanumeric.sample_string(&mut rand::thread_rng(), 12);
        Dispatcher {
            store,
            clock,
            i18n,
            transport,
            limiter,
            instance: instance.into(),
            recovered: Arc::new(OnceCell::new()),
        }
    }

    /// Delivers everything due now; returns how many rows were taken from the outbox.
    pub async fn run_once(&self) -> anyhow::Result<usize> {
        self.recover().await?;
        let due = {
            let mut tx = self.store.begin().await?;
            let due = tx
                .due(self.transport.platform(), self.clock.now(), BATCH)
                .await?;
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
        let (offer, mut ready) = mpsc::unbounded_channel::<Ready>();
        let mut waiters = JoinSet::new();
        for (_, items) in by_chat {
            waiters.spawn(wait_turns(self.limiter.clone(), items, offer.clone()));
        }
        drop(offer);
        let mut in_flight = JoinSet::new();
        let mut held: Option<Ready> = None;
        loop {
            let first = match held.take() {
                Some(r) => r,
                None => match ready.recv().await {
                    Some(r) => r,
                    None => break,
                },
            };
            self.limiter.until_global_ready().await;
            let mut group = vec![first];
            // Under a rate limit, rows wait a moment for others to share their transactions;
            // unlimited, whatever is ready now goes.
            let gather = if self.limiter.is_limited() {
                GATHER
            } else {
                std::time::Duration::ZERO
            };
            let deadline = tokio::time::Instant::now() + gather;
            while group.len() < MAX_GROUP {
                let next = match ready.try_recv() {
                    Ok(r) => r,
                    Err(_) if gather.is_zero() => break,
                    Err(_) => match tokio::time::timeout_at(deadline, ready.recv()).await {
                        Ok(Some(r)) => r,
                        _ => break,
                    },
                };
                let permit = self.limiter.until_global_ready();
                if self.limiter.try_global()
                    || tokio::time::timeout_at(deadline, permit).await.is_ok()
                {
                    group.push(next);
                } else {
                    held = Some(next);
                    break;
                }
            }
            if in_flight.len() >= MAX_IN_FLIGHT {
                if let Some(done) = in_flight.join_next().await {
                    done??;
                }
            }
            let me = self.clone();
            in_flight.spawn(async move { me.deliver_group(group).await });
        }
        while let Some(done) = in_flight.join_next().await {
            done??;
        }
        while let Some(done) = waiters.join_next().await {
            done?;
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
            // Registered before the round, so a wake-up that comes while it runs is not lost.
            let notified = wake.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            match self.run_once().await {
                Ok(n) if n as u32 == BATCH => continue,
                Ok(_) => {}
                Err(e) => {
                    tracing::error!(platform = %self.transport.platform(), error = %format!("{e:#}"), "delivery round failed")
                }
            }
            tokio::select! {
                _ = notified => {}
                _ = tokio::time::sleep(poll) => {}
                _ = shutdown.changed() => {}
            }
        }
    }

    /// Once per dispatcher: settles or releases rows that dead dispatchers left claimed.
    async fn recover(&self) -> anyhow::Result<()> {
        self.recovered
            .get_or_try_init(|| async {
                let mut tx = self.store.begin().await?;
                let platform = self.transport.platform();
                let r = tx
                    .recover_claims(platform, &self.instance, self.clock.now())
                    .await?;
                tx.commit().await?;
                if r.released + r.interrupted > 0 {
                    tracing::warn!(%platform, released = r.released, interrupted = r.interrupted,
                        "found deliveries an earlier dispatcher left mid-send");
                }
                Ok::<(), anyhow::Error>(())
            })
            .await?;
        Ok(())
    }

    /// Claims, sends and records one group of rows whose turn has come.
    async fn deliver_group(&self, group: Vec<Ready>) -> anyhow::Result<()> {
        let ids: Vec<i64> = group.iter().map(|(item, _)| item.id).collect();
        let claimed: HashSet<i64> = {
            let mut tx = self.store.begin().await?;
            let claimed = tx.claim(&ids, &self.instance, self.clock.now()).await?;
            tx.commit().await?;
            claimed.into_iter().collect()
        };
        let (mine, gone): (Vec<Ready>, Vec<Ready>) = group
            .into_iter()
            .partition(|(item, _)| claimed.contains(&item.id));
        for (_, go_on) in gone {
            // Cancelled (or taken) since it was read: skip it, the chat goes on.
            let _ = go_on.send(true);
        }
        // No await between the claim committing and the sends starting: `join_all` polls every
        // send before this task can be stopped.
        let results =
            futures_util::future::join_all(mine.iter().map(|(item, _)| self.attempt(item))).await;
        let now = self.clock.now();
        let mut tx = self.store.begin().await?;
        let mut go_on = Vec::with_capacity(mine.len());
        for ((item, _), result) in mine.iter().zip(results) {
            go_on.push(record(&mut *tx, item, result, now).await?);
        }
        tx.commit().await?;
        for ((_, tell), go) in mine.into_iter().zip(go_on) {
            let _ = tell.send(go);
        }
        Ok(())
    }

    /// Hands one row to the platform.
    async fn attempt(&self, item: &OutboxItem) -> Result<Option<String>, SendError> {
        match &item.job {
            Job::Send(body) => self.transport.send(&self.render(item, body)).await,
            Job::Remove { message_id } => self
                .transport
                .remove(&item.address, message_id)
                .await
                .map(|_| None),
            Job::Menu(menu) => self.publish_menu(item, menu.as_ref()).await.map(|_| None),
        }
    }

    /// Hands one command menu to the platform, its descriptions in the row's language.
    async fn publish_menu(&self, item: &OutboxItem, menu: Option<&Menu>) -> Result<(), SendError> {
        let entries = menu.map(|m| self.i18n.menu(item.lang, m));
        match (&item.address, entries) {
            (Address::Everyone, Some(entries)) => {
                self.transport
                    .set_menu_for_everyone(item.lang, &entries)
                    .await
            }
            (Address::Everyone, None) => Ok(()),
            (address, entries) => {
                self.transport
                    .set_chat_menu(address, entries.as_deref())
                    .await
            }
        }
    }

    fn render(&self, item: &OutboxItem, body: &Body) -> Rendered {
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
            lang,
            rtl: lang.is_rtl(),
            private_link_label: matches!(item.address, Address::Group(_))
                .then(|| self.i18n.text(lang, "open-private-chat")),
            expects_text: body.expects_text.clone(),
            protect: body.sensitive,
        }
    }
}

/// Offers one chat's rows in order, each when the chat's own rate limit allows (the overall
/// limit is applied by the one task that gathers groups); stops when a row must wait (to keep
/// the chat's messages in order) or the round is over.
async fn wait_turns(
    limiter: Arc<Limiter>,
    items: Vec<OutboxItem>,
    offer: mpsc::UnboundedSender<Ready>,
) {
    for item in items {
        limiter.until_chat_ready(&item.address).await;
        let (tell, told) = oneshot::channel();
        if offer.send((item, tell)).is_err() {
            return;
        }
        if !told.await.unwrap_or(false) {
            return;
        }
    }
}

fn chat_key(a: &Address) -> String {
    match a {
        Address::Private(id) => format!("p:{id}"),
        Address::Group(id) => format!("g:{id}"),
        Address::Everyone => "everyone".into(),
    }
}
