//! The per-platform dispatcher: takes due rows from the outbox, renders them for their
//! recipient, sends them within the platform's rate limits, and records how each one ended.
//!
//! It owns the platform's limits ([`Limiter`]: windows per chat, per group, per tenant and
//! overall); transports never wait for them. Its loop ([`Dispatcher::run`]):
//!
//! 1. reads due, unclaimed rows (a few per chat, so one chat's backlog never hides another's)
//!    when woken by a transaction that queued messages, after a poll interval, or when the
//!    rows it holds run low; each chat's rows wait in their own queue ([`super::chats`]);
//! 2. offers each chat's next row, chats in turn, as soon as that chat's windows and the shared
//!    ones have room, and never sleeps on one chat's window while another chat's row could go;
//!    a shared window that is full stops the offers until it has room;
//! 3. rows given room are gathered into groups; a group is **claimed** in one transaction (a
//!    row cancelled meanwhile is not claimed, so not sent and its room is given back), sent
//!    concurrently, and its outcomes recorded in one transaction. Several groups may be in
//!    flight at once (at most [`MAX_IN_FLIGHT`]).
//!
//! Messages to one chat go out in order: a chat never has two rows in flight, and a row put
//! back to be retried holds back the later rows of its chat (they are read again once it is
//! due). A platform's retry-after is honoured by putting the row back until then; other
//! temporary failures back off exponentially; permanent failures are settled and reported to
//! whoever needs to act. [`Dispatcher::run_once`] is one round for tests: it reads once and
//! delivers what it read.
//!
//! ## If the dispatcher dies
//!
//! Nothing leaves the outbox until it is settled. The only uncertain rows are those claimed and
//! handed to the platform but not yet recorded (at most the groups in flight). The sends start
//! in the same poll that sees the claim committed, so a row is never claimed without its send
//! having been started. Rows are claimed in the name of the Haven instance (`App::instance`),
//! which heartbeats while it runs. A new dispatcher first counts what the platform was sent
//! lately against its windows (so a restart cannot burst past them), then, at its first read
//! and again every [`crate::core::lease::HEARTBEAT`], recovers rows that dead (or unknown)
//! instances left claimed; a live peer's rows are its own to settle. Rows its own instance left
//! claimed are recovered when it starts and after a group whose outcome could not be recorded
//! (once nothing is in flight). At-most-once rows (broadcasts) are settled as failed,
//! `interrupted`, and never sent twice; all other rows are released and sent again (at least
//! once, as a conversation reply should be).

use super::chats::{Chat, Chats, Queued};
use super::limiter::{Ask, Limiter, Reservation};
use super::limits::RateLimits;
use super::Transport;
use crate::core::clock::Clock;
use crate::core::ids::SchoolId;
use crate::core::store::{Job, OutboxItem, Store};
use crate::i18n::I18n;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{watch, Notify, OnceCell};
use tokio::task::{JoinError, JoinSet};
use tokio::time::{sleep_until, Instant};

mod send;

pub use super::outcome::MAX_ATTEMPTS;
/// Rows read from the outbox at once.
const BATCH: u32 = 500;
/// Rows read at once to one chat.
const PER_CHAT: u32 = 10;
/// Rows claimed, sent and recorded together at most.
const MAX_GROUP: usize = 100;
/// Groups in flight at once at most.
pub const MAX_IN_FLIGHT: usize = 32;
/// Rows being sent at once at most. A crash leaves these unconfirmed, and with them any sent
/// rows whose settling was not yet recorded.
const MAX_ROWS_IN_FLIGHT: usize = MAX_GROUP / 2;
/// When rows wait for a window, how long after it has room they are offered, so that those
/// whose room comes at almost the same moment share their transactions.
const GATHER: Duration = Duration::from_millis(10);

/// A group's rows (id and chat) and, unless it failed, whether each row's chat may go on.
type Finished = (Vec<(i64, Chat)>, anyhow::Result<Vec<bool>>);

/// Delivers one platform's outbox.
#[derive(Clone)]
pub struct Dispatcher {
    pub store: Arc<dyn Store>,
    pub clock: Arc<dyn Clock>,
    pub i18n: Arc<I18n>,
    pub transport: Arc<dyn Transport>,
    pub limiter: Arc<Limiter>,
    /// The name of the Haven instance on the rows this dispatcher claims.
    pub instance: Arc<str>,
    /// The store claims are made in, when it is not `store`: the elected sender's is fenced
    /// by its lease, so an instance that lost the role claims nothing more.
    claims: Option<Arc<dyn Store>>,
    /// Each school's time zone, for the times in its messages (the translations' own zone
    /// for a school not listed).
    zones: Arc<HashMap<SchoolId, chrono_tz::Tz>>,
    recovered: Arc<OnceCell<()>>,
    metrics: Arc<crate::metrics::Metrics>,
    /// Set when a group's outcome could not be recorded: its rows are still claimed by this
    /// instance, and are dealt with at the next read, with nothing in flight.
    stale_claims: Arc<std::sync::atomic::AtomicBool>,
    /// When claims dead instances left were last recovered.
    last_recovery: Arc<std::sync::Mutex<Option<chrono::DateTime<chrono::Utc>>>>,
}

/// What the loop holds: the rows read, the groups in flight.
#[derive(Default)]
struct Round {
    chats: Chats,
    in_flight: JoinSet<Finished>,
    rows_in_flight: usize,
    /// The last read was full: it may have left due rows behind.
    more: bool,
    /// Chats the last read took as many rows of as it could.
    capped: HashSet<Chat>,
    error: Option<anyhow::Error>,
}

impl Round {
    /// True when rows left behind by the last read should be read now: the rows held ran
    /// low, or a chat whose rows were capped has sent them all.
    fn wants_more(&mut self, finished: &[Chat]) -> bool {
        let mut drained = false;
        for chat in finished {
            if self.capped.contains(chat) && self.chats.next(chat).is_none() {
                self.capped.remove(chat);
                drained = true;
            }
        }
        drained || (self.more && self.chats.queued() < MAX_GROUP)
    }
}

impl Dispatcher {
    /// A dispatcher claiming rows as `instance`, within `limits`; its first read recovers what
    /// dead instances left claimed.
    pub fn new(
        store: Arc<dyn Store>,
        clock: Arc<dyn Clock>,
        i18n: Arc<I18n>,
        transport: Arc<dyn Transport>,
        (limits, instance): (RateLimits, Arc<str>),
    ) -> Dispatcher {
        Dispatcher {
            store,
            clock,
            i18n,
            transport,
            limiter: Limiter::new(limits),
            instance,
            claims: None,
            zones: Arc::default(),
            recovered: Arc::new(OnceCell::new()),
            last_recovery: Arc::default(),
            metrics: Arc::default(),
            stale_claims: Arc::default(),
        }
    }

    /// Counts its deliveries in `metrics`.
    pub fn with_metrics(mut self, metrics: Arc<crate::metrics::Metrics>) -> Dispatcher {
        self.metrics = metrics;
        self
    }

    /// Shows the times in each school's messages in that school's zone.
    pub fn with_zones(mut self, zones: HashMap<SchoolId, chrono_tz::Tz>) -> Dispatcher {
        self.zones = Arc::new(zones);
        self
    }

    /// Makes claims in `store` (an elected sender's store fenced by its lease): once the
    /// store refuses because the lease was lost, the dispatcher lets what is in flight finish
    /// and stops, so two instances never send one platform's outbox at once.
    pub fn claiming_in(mut self, store: Arc<dyn Store>) -> Dispatcher {
        self.claims = Some(store);
        self
    }

    /// Reads what is due now once and delivers it, waiting for the limits as needed; returns
    /// how many rows were read.
    pub async fn run_once(&self) -> anyhow::Result<usize> {
        let mut round = Round::default();
        let n = self.read(&mut round).await?;
        while !round.chats.is_idle() {
            let until = self.offer(&mut round).unwrap_or_else(Instant::now) + GATHER;
            tokio::select! {
                Some(done) = round.in_flight.join_next(), if !round.in_flight.is_empty() => {
                    finished(&mut round, done);
                }
                _ = sleep_until(until), if round.chats.queued() > 0 => {}
            }
            if let Some(e) = round.error.take() {
                return Err(e);
            }
        }
        Ok(n)
    }

    /// Runs until `shutdown` turns true, reading the outbox when woken on `wake`, when the rows
    /// it holds run low, and every `poll` while it holds few. In-flight deliveries finish
    /// before it returns; anything not yet sent stays in the outbox.
    pub async fn run(self, wake: Arc<Notify>, mut shutdown: watch::Receiver<bool>, poll: Duration) {
        let mut round = Round::default();
        let mut read_now = true;
        let mut next_poll = Instant::now();
        while !*shutdown.borrow() {
            // Registered before reading, so a wake-up that comes meanwhile is not lost.
            let notified = wake.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            // A poll reads only while few rows are held: many held rows wait for a shared
            // window, and reading them again would change nothing.
            let polled = Instant::now() >= next_poll;
            if polled {
                next_poll = Instant::now() + poll;
            }
            if read_now || (polled && round.chats.queued() < MAX_GROUP) {
                read_now = false;
                if let Err(e) = self.read(&mut round).await {
                    round.error = Some(e);
                }
            }
            let until = self.offer(&mut round).map(|t| t + GATHER);
            tokio::select! {
                Some(done) = round.in_flight.join_next(), if !round.in_flight.is_empty() => {
                    let chats = finished(&mut round, done);
                    read_now = round.wants_more(&chats);
                }
                _ = sleep_until(until.unwrap_or(next_poll)), if until.is_some() => {}
                _ = &mut notified => read_now = true,
                _ = sleep_until(next_poll) => {}
                changed = shutdown.changed() => if changed.is_err() { break },
            }
            if let Some(e) = round.error.take() {
                if super::elected::lease_lost(&e) {
                    tracing::warn!(platform = %self.transport.platform(), "this instance is no longer the platform's sender; its dispatcher stops");
                    break;
                }
                tracing::error!(platform = %self.transport.platform(), error = %format!("{e:#}"), "delivery failed; reading the outbox again");
                while let Some(done) = round.in_flight.join_next().await {
                    finished(&mut round, done);
                }
                self.stale_claims
                    .store(true, std::sync::atomic::Ordering::SeqCst);
                round = Round::default();
                read_now = true;
            }
        }
        while let Some(done) = round.in_flight.join_next().await {
            finished(&mut round, done);
        }
    }

    /// Reads due rows into the round's queues (first recovering what earlier dispatchers left
    /// claimed); returns how many were read.
    async fn read(&self, round: &mut Round) -> anyhow::Result<usize> {
        self.recover().await?;
        let due = {
            let mut tx = self.store.begin().await?;
            let platform = self.transport.platform();
            let (now, known) = (self.clock.now(), round.chats.known());
            self.recover_again(&mut *tx, now).await?;
            let due = tx
                .due_except(platform, now, (BATCH, PER_CHAT), known)
                .await?;
            tx.commit().await?;
            due
        };
        let mut per_chat: HashMap<Chat, u32> = HashMap::new();
        let addresses = due.items.iter().map(|i| &i.address).chain(&due.held);
        for address in addresses {
            *per_chat.entry(Chat::of(address)).or_default() += 1;
        }
        let n = due.items.len() + due.held.len();
        round.more = n as u32 == BATCH;
        round.capped = per_chat
            .into_iter()
            .filter(|(_, n)| *n >= PER_CHAT)
            .map(|(chat, _)| chat)
            .collect();
        for item in due.items {
            if !round.chats.knows(item.id) {
                round.chats.add(self.queued(item));
            }
        }
        Ok(n)
    }

    /// A row read, rendered for its recipient.
    fn queued(&self, item: OutboxItem) -> Queued {
        let rendered = match &item.job {
            Job::Send(body) => Some(self.render(&item, body)),
            Job::Remove { .. } | Job::Menu(_) => None,
        };
        let requests = match (&item.job, &rendered) {
            (_, Some(r)) => self.transport.requests_to_send(r),
            (Job::Remove { message_id }, None) => self.transport.requests_for(message_id),
            _ => 1,
        };
        Queued {
            item,
            rendered,
            requests,
        }
    }

    /// Starts every chat's next row that its windows and the shared ones have room for, in
    /// groups; returns when a row held back by a window may go.
    fn offer(&self, round: &mut Round) -> Option<Instant> {
        let mut until: Option<Instant> = None;
        let mut group = Vec::new();
        for chat in round.chats.ready() {
            if round.in_flight.len() >= MAX_IN_FLIGHT
                || round.rows_in_flight + group.len() >= MAX_ROWS_IN_FLIGHT
            {
                break;
            }
            let Some(next) = round.chats.next(&chat) else {
                continue;
            };
            let ask = Ask {
                address: &next.item.address,
                requests: next.requests,
                in_chat: next.rendered.is_some(),
            };
            match self.limiter.reserve(&ask) {
                Ok(room) => {
                    group.extend(round.chats.take(&chat).map(|row| (row, room)));
                    if group.len() == MAX_GROUP {
                        self.spawn(round, std::mem::take(&mut group));
                    }
                }
                Err(wait) => {
                    until = match (until, wait.until) {
                        (Some(a), Some(b)) => Some(a.min(b)),
                        (a, b) => a.or(b),
                    };
                    if wait.shared {
                        break;
                    }
                }
            }
        }
        if !group.is_empty() {
            self.spawn(round, group);
        }
        until
    }

    fn spawn(&self, round: &mut Round, group: Vec<(Queued, Reservation)>) {
        round.rows_in_flight += group.len();
        let me = self.clone();
        round.in_flight.spawn(async move {
            let rows = group.iter().map(|(q, _)| (q.item.id, q.chat())).collect();
            (rows, me.deliver_group(group).await)
        });
    }
}

/// Lets each finished row's chat go on (or forget the rows behind it); a group that failed
/// midway releases its chats and leaves the error for the loop. Returns the group's chats.
fn finished(round: &mut Round, done: Result<Finished, JoinError>) -> Vec<Chat> {
    let (rows, outcome) = match done {
        Ok(finished) => finished,
        Err(e) => {
            round.error = Some(e.into());
            return Vec::new();
        }
    };
    round.rows_in_flight -= rows.len();
    let go_on = outcome.unwrap_or_else(|e| {
        round.error = Some(e);
        vec![false; rows.len()]
    });
    for ((id, chat), go) in rows.iter().zip(go_on) {
        round.chats.done(*id, chat, go);
    }
    rows.into_iter().map(|(_, chat)| chat).collect()
}
