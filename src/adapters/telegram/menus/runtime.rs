//! The moving parts behind the command menus: the record of what Telegram was told, who is
//! calling Telegram about which menu right now (a claim per menu), and the queue of chats whose
//! menu is to be followed in the background.
//!
//! Locks here are held only to read or change this bookkeeping, never across a Telegram call
//! or any other wait, so that one slow menu call holds up nothing but the menu it is about.
//! This module makes no Telegram call and logs nothing.
//!
//! Everything here stays bounded however many people write to the bot:
//! - the queue holds at most [`MAX_WAITING`] chats, and one worker at a time works on it; a
//!   worker that ends early (panicked or cancelled) with chats still queued is replaced at
//!   once ([`MenuRuntime::worker_lost`]). Each worker takes a chat off the queue before it can
//!   end early, so replacements never outnumber the chats queued;
//! - a follow is remembered as "followed" only while a re-sync that looked before it is still
//!   running (the only one that could undo it), and only when it finished cleanly (its menu
//!   worked out and, if it had changed, accepted by Telegram): a failed follow must not keep a
//!   re-sync from putting that chat right. When the last running re-sync ends, the record is
//!   emptied;
//! - the record of what Telegram was told keeps at most
//!   [`MAX_CLEARED`](super::published::MAX_CLEARED) private chats cleared of a menu of their
//!   own (see [`super::published`]).

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
    /// The generation each running re-sync read when it began.
    resyncs: Vec<u64>,
    /// For each private menu, the generation at which a follow last finished with it cleanly,
    /// kept only while a re-sync that began before then runs.
    followed: BTreeMap<Key, u64>,
}

/// The right to call Telegram about one menu; given up when dropped.
pub struct Claim<'a> {
    runtime: &'a MenuRuntime,
    key: Key,
    /// Set by [`Claim::followed`]: giving the claim up then marks the menu as followed.
    followed: bool,
}

/// A re-sync that is running: follows that finish meanwhile are remembered for it
/// ([`Resync::followed_since_begun`]). Ends when dropped.
pub struct Resync<'a> {
    runtime: &'a MenuRuntime,
    looked: u64,
}

impl MenuRuntime {
    fn state(&self) -> MutexGuard<'_, State> {
        // Nothing panics while holding it; a poisoned record is still the best there is.
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn follows(&self) -> MutexGuard<'_, Queue<Arc<dyn InboundHandler>>> {
        self.follows.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Waits until no one else is calling about `key`, then claims it. A follow that finished
    /// cleanly gives it up with [`Claim::followed`].
    pub async fn claim(&self, key: Key) -> Claim<'_> {
        loop {
            let released = self.released.notified();
            tokio::pin!(released);
            released.as_mut().enable();
            if self.state().claimed.insert(key.clone()) {
                return Claim {
                    runtime: self,
                    key,
                    followed: false,
                };
            }
            released.await;
        }
    }

    /// Begins a re-sync, before it reads what is wanted.
    pub fn begin_resync(&self) -> Resync<'_> {
        let mut state = self.state();
        let looked = state.generation;
        state.resyncs.push(looked);
        Resync {
            runtime: self,
            looked,
        }
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

    /// The worker stopped without emptying the queue (its task was cancelled or panicked).
    /// True when the caller must start a new worker: chats are still queued and the caller
    /// `can_restart` one. Otherwise the next queued follow starts one.
    pub fn worker_lost(&self, can_restart: bool) -> bool {
        let restart = self.follows().lost(can_restart);
        if !restart {
            self.settled.notify_waiters();
        }
        restart
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

impl Claim<'_> {
    /// Gives the claim up after a follow that finished cleanly: a re-sync that looked before
    /// now leaves this menu alone.
    pub fn followed(mut self) {
        self.followed = true;
    }
}

impl Drop for Claim<'_> {
    fn drop(&mut self) {
        let mut state = self.runtime.state();
        state.claimed.remove(&self.key);
        if self.followed {
            state.generation += 1;
            // Only a re-sync already running could undo it; later ones look after it.
            if !state.resyncs.is_empty() {
                let generation = state.generation;
                state.followed.insert(self.key.clone(), generation);
            }
        }
        drop(state);
        self.runtime.released.notify_waiters();
    }
}

impl Resync<'_> {
    /// True when a follow finished cleanly with `key` after this re-sync began: what it worked
    /// out may be older than what that follow published.
    pub fn followed_since_begun(&self, key: &Key) -> bool {
        let state = self.runtime.state();
        state.followed.get(key).is_some_and(|g| *g > self.looked)
    }
}

impl Drop for Resync<'_> {
    fn drop(&mut self) {
        let mut state = self.runtime.state();
        if let Some(at) = state.resyncs.iter().position(|g| *g == self.looked) {
            state.resyncs.swap_remove(at);
        }
        // What no running re-sync can still need is forgotten.
        match state.resyncs.iter().min().copied() {
            Some(oldest) => state.followed.retain(|_, g| *g > oldest),
            None => state.followed.clear(),
        }
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

    /// The worker ended early. True when a new one must start (chats are waiting and the
    /// caller `can_restart`); otherwise marks none running.
    pub fn lost(&mut self, can_restart: bool) -> bool {
        self.running = can_restart && !self.waiting.is_empty();
        self.running
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

    #[test]
    fn a_worker_that_ends_early_with_chats_waiting_is_replaced() {
        let mut q = Queue::new(3);
        assert_eq!(q.push(account("1"), ()), Queued::StartWorker);
        assert_eq!(q.push(account("2"), ()), Queued::Waiting);
        q.next();
        assert!(q.lost(true), "2 is waiting: a new worker starts");
        assert_eq!(q.push(account("3"), ()), Queued::Waiting, "and runs");
        q.next();
        assert!(!q.lost(false), "no runtime to start one on");
        assert_eq!(q.push(account("4"), ()), Queued::StartWorker);
        while q.next().is_some() {}
        assert_eq!(q.push(account("5"), ()), Queued::StartWorker);
        q.next();
        assert!(!q.lost(true), "nothing waiting: no new worker");
        assert_eq!(q.push(account("6"), ()), Queued::StartWorker);
    }

    #[tokio::test]
    async fn a_resync_sees_follows_that_finished_cleanly_after_it_began() {
        let rt = MenuRuntime::default();
        let daniel = (MenuScope::Private("7".into()), None);
        let priya = (MenuScope::Private("8".into()), None);
        let emma = (MenuScope::Private("9".into()), None);
        rt.claim(daniel.clone()).await.followed();
        let resync = rt.begin_resync();
        assert!(
            !resync.followed_since_begun(&daniel),
            "followed before it began"
        );
        drop(rt.claim(priya.clone()).await);
        assert!(
            !resync.followed_since_begun(&priya),
            "a re-sync's own claim"
        );
        drop(rt.claim(emma.clone()).await);
        assert!(!resync.followed_since_begun(&emma), "a follow that failed");
        rt.claim(priya.clone()).await.followed();
        assert!(resync.followed_since_begun(&priya));
        assert!(!resync.followed_since_begun(&daniel));
        drop(resync);
        assert!(
            !rt.begin_resync().followed_since_begun(&priya),
            "a later one"
        );
    }

    #[tokio::test]
    async fn follows_are_remembered_only_while_a_resync_that_began_before_them_runs() {
        let rt = MenuRuntime::default();
        let chat = |i: usize| (MenuScope::Private(i.to_string()), None);
        let followed = |rt: &MenuRuntime| rt.state().followed.len();
        // Many strangers' commands, with no re-sync running: nothing to remember.
        for i in 0..10_000 {
            rt.claim(chat(i)).await.followed();
        }
        assert_eq!(followed(&rt), 0);
        let first = rt.begin_resync();
        rt.claim(chat(1)).await.followed();
        let second = rt.begin_resync();
        rt.claim(chat(2)).await.followed();
        drop(first);
        assert_eq!(followed(&rt), 1, "only what the second may still need");
        assert!(second.followed_since_begun(&chat(2)));
        drop(second);
        assert_eq!(followed(&rt), 0, "no re-sync running");
    }

    #[tokio::test]
    async fn a_claimed_menu_waits_and_others_do_not() {
        use futures_util::FutureExt;
        let rt = MenuRuntime::default();
        let daniel = (MenuScope::Private("7".into()), None);
        let priya = (MenuScope::Private("8".into()), None);
        let held = rt.claim(daniel.clone()).await;
        assert!(rt.claim(priya).now_or_never().is_some(), "another menu");
        let mut waiting = Box::pin(rt.claim(daniel.clone()));
        assert!(
            (&mut waiting).now_or_never().is_none(),
            "the same menu waits"
        );
        drop(held);
        assert!(waiting.now_or_never().is_some(), "until it is given up");
    }
}
