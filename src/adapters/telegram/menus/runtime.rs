//! The moving parts behind the command menus: the record of what Telegram was told, who is
//! calling Telegram about which menu right now (a claim per menu), and the queue of chats whose
//! menu is to be followed in the background.
//!
//! Locks here are held only to read or change this bookkeeping, never across a Telegram call
//! or any other wait, so that one slow menu call holds up nothing but the menu it is about.
//! This module makes no Telegram call and logs nothing.

use super::published::{Change, Key, Published};
use crate::core::ids::Account;
use crate::delivery::InboundHandler;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::sync::Notify;

/// How many chats may wait for their menu to be followed. Beyond that a chat's follow is
/// dropped: its menu is put right by its next command, or for staff by the next re-sync.
pub const MAX_WAITING: usize = 256;

/// The menu bookkeeping of one transport.
#[derive(Default)]
pub struct MenuRuntime {
    state: Mutex<State>,
    /// Woken when a claim is given up.
    released: Notify,
    follows: Mutex<Queue<Arc<dyn InboundHandler>>>,
    /// Woken when the follow worker stops (nothing left to follow).
    settled: Notify,
}

#[derive(Default)]
struct State {
    published: Published,
    /// The menus a call is being made about right now.
    claimed: BTreeSet<Key>,
    /// Counts finished follows, so that a re-sync can tell whether one came after it looked.
    generation: u64,
    /// For each private menu, the generation at which a follow last finished with it.
    followed: BTreeMap<Key, u64>,
}

/// The right to call Telegram about one menu; given up when dropped.
pub struct Claim<'a> {
    runtime: &'a MenuRuntime,
    key: Key,
    /// True for a follow: giving the claim up then marks the menu as followed.
    follow: bool,
}

impl MenuRuntime {
    fn state(&self) -> MutexGuard<'_, State> {
        // Nothing panics while holding it; a poisoned record is still the best there is.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn follows(&self) -> MutexGuard<'_, Queue<Arc<dyn InboundHandler>>> {
        self.follows.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until no one else is calling about `key`, then claims it. A follow's claim marks
    /// the menu as followed when given up (see [`Self::followed_since`]).
    pub async fn claim(&self, key: Key, follow: bool) -> Claim<'_> {
        loop {
            let released = self.released.notified();
            tokio::pin!(released);
            released.as_mut().enable();
            if self.state().claimed.insert(key.clone()) {
                return Claim {
                    runtime: self,
                    key,
                    follow,
                };
            }
            released.await;
        }
    }

    /// The current generation, to compare with [`Self::followed_since`] later.
    pub fn generation(&self) -> u64 {
        self.state().generation
    }

    /// True when a follow finished with `key` after `generation` was read: what a re-sync
    /// worked out before then may be older than what that follow published.
    pub fn followed_since(&self, key: &Key, generation: u64) -> bool {
        self.state()
            .followed
            .get(key)
            .is_some_and(|g| *g > generation)
    }

    /// Reads the record of what Telegram was told.
    pub fn published<T>(&self, read: impl FnOnce(&Published) -> T) -> T {
        read(&self.state().published)
    }

    /// Remembers a call Telegram accepted.
    pub fn record(&self, change: &Change) {
        self.state().published.record(change);
    }

    /// Queues `account`'s chat to have its menu followed. True when the caller must start the
    /// worker ([`Self::next_follow`] until it returns `None`).
    pub fn queue_follow(&self, account: Account, handler: Arc<dyn InboundHandler>) -> Queued {
        self.follows().push(account, handler)
    }

    /// The next chat to follow; `None` (and the worker must stop) when there is none.
    pub fn next_follow(&self) -> Option<(Account, Arc<dyn InboundHandler>)> {
        let next = self.follows().next();
        if next.is_none() {
            self.settled.notify_waiters();
        }
        next
    }

    /// The worker stopped without emptying the queue (its task was cancelled or panicked):
    /// the next queued follow starts a new one.
    pub fn worker_lost(&self) {
        self.follows().running = false;
        self.settled.notify_waiters();
    }

    /// Resolves once no follow is queued or running.
    pub async fn settled(&self) {
        loop {
            let settled = self.settled.notified();
            tokio::pin!(settled);
            settled.as_mut().enable();
            if !self.follows().running {
                return;
            }
            settled.await;
        }
    }
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        let mut state = self.runtime.state();
        state.claimed.remove(&self.key);
        if self.follow {
            state.generation += 1;
            let generation = state.generation;
            state.followed.insert(self.key.clone(), generation);
        }
        drop(state);
        self.runtime.released.notify_waiters();
    }
}

/// What queueing a follow did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Queued {
    /// Queued, and no worker runs: start one.
    StartWorker,
    /// Queued for the worker that runs.
    Waiting,
    /// That chat was waiting already (its menu is worked out when its turn comes).
    AlreadyWaiting,
    /// Too many chats are waiting; this one is dropped.
    Full,
}

/// Chats waiting for their menu to be followed, each at most once, by at most one worker.
#[derive(Debug)]
pub struct Queue<T> {
    waiting: VecDeque<(Account, T)>,
    running: bool,
    capacity: usize,
}

impl<T> Default for Queue<T> {
    fn default() -> Self {
        Queue::new(MAX_WAITING)
    }
}

impl<T> Queue<T> {
    pub fn new(capacity: usize) -> Self {
        Queue {
            waiting: VecDeque::new(),
            running: false,
            capacity,
        }
    }

    pub fn push(&mut self, account: Account, item: T) -> Queued {
        if self.waiting.iter().any(|(a, _)| a == &account) {
            return Queued::AlreadyWaiting;
        }
        if self.waiting.len() >= self.capacity {
            return Queued::Full;
        }
        self.waiting.push_back((account, item));
        if self.running {
            Queued::Waiting
        } else {
            self.running = true;
            Queued::StartWorker
        }
    }

    /// The next chat for the worker; `None` marks the worker stopped.
    pub fn next(&mut self) -> Option<(Account, T)> {
        let next = self.waiting.pop_front();
        self.running = next.is_some();
        next
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::ids::Platform;
    use crate::delivery::MenuScope;

    fn account(id: &str) -> Account {
        Account::new(Platform::Telegram, id)
    }

    #[test]
    fn one_worker_at_a_time_and_a_bounded_queue() {
        let mut q = Queue::new(3);
        assert_eq!(q.push(account("1"), ()), Queued::StartWorker);
        assert_eq!(q.push(account("2"), ()), Queued::Waiting);
        assert_eq!(q.push(account("1"), ()), Queued::AlreadyWaiting);
        assert_eq!(q.push(account("3"), ()), Queued::Waiting);
        assert_eq!(q.push(account("4"), ()), Queued::Full, "three wait at most");
        assert_eq!(q.next().map(|(a, _)| a), Some(account("1")));
        // Its turn has come: a new command for the same chat waits again.
        assert_eq!(q.push(account("1"), ()), Queued::Waiting);
        let order: Vec<String> = std::iter::from_fn(|| q.next()).map(|(a, _)| a.id).collect();
        assert_eq!(order, ["2", "3", "1"]);
        // The worker stopped when the queue ran dry: the next follow starts one again.
        assert_eq!(q.push(account("5"), ()), Queued::StartWorker);
    }

    #[test]
    fn a_flood_of_commands_starts_one_worker_and_waits_in_bounds() {
        let mut q = Queue::new(MAX_WAITING);
        let outcomes: Vec<Queued> = (0..10_000)
            .map(|i| q.push(account(&i.to_string()), ()))
            .collect();
        let count = |o: Queued| outcomes.iter().filter(|x| **x == o).count();
        assert_eq!(count(Queued::StartWorker), 1);
        assert_eq!(count(Queued::Waiting), MAX_WAITING - 1);
        assert_eq!(count(Queued::Full), 10_000 - MAX_WAITING);
    }

    #[tokio::test]
    async fn a_resync_sees_follows_that_finished_after_it_looked() {
        let rt = MenuRuntime::default();
        let daniel = (MenuScope::Private("7".into()), None);
        let priya = (MenuScope::Private("8".into()), None);
        drop(rt.claim(daniel.clone(), true).await);
        let looked = rt.generation();
        assert!(
            !rt.followed_since(&daniel, looked),
            "followed before it looked"
        );
        let claim = rt.claim(priya.clone(), false).await;
        drop(claim);
        assert!(!rt.followed_since(&priya, looked), "a re-sync's own claim");
        drop(rt.claim(priya.clone(), true).await);
        assert!(rt.followed_since(&priya, looked));
        assert!(!rt.followed_since(&daniel, looked));
    }

    #[tokio::test]
    async fn a_claimed_menu_waits_and_others_do_not() {
        use futures_util::FutureExt;
        let rt = MenuRuntime::default();
        let daniel = (MenuScope::Private("7".into()), None);
        let priya = (MenuScope::Private("8".into()), None);
        let held = rt.claim(daniel.clone(), false).await;
        assert!(
            rt.claim(priya, false).now_or_never().is_some(),
            "another menu"
        );
        let mut waiting = Box::pin(rt.claim(daniel.clone(), true));
        assert!(
            (&mut waiting).now_or_never().is_none(),
            "the same menu waits"
        );
        drop(held);
        assert!(waiting.now_or_never().is_some(), "until it is given up");
    }
}
