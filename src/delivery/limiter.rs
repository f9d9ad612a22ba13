//! The exact rate limiter the dispatcher asks before every platform request: a sliding-window
//! log of send times per window and scope, so that no window ever holds more than its limit,
//! whatever the pattern of sends (bursts at start included).
//!
//! Why not `governor`: its GCRA is a token bucket. A bucket of rate `r` and burst `b` lets `b`
//! through at once and then one every `1/r`, so a window of length 1 s can hold `b + r` - up to
//! twice the limit at the start of a run, and 102-103% of it on average in a long one. It also
//! cannot say "8 in any 2 s and 60 in any 30 s" for one chat together. A log of the last
//! `limit` send times per window is exact and small (at most `limit` instants per scope that
//! sent recently), so Haven keeps its own.
//!
//! A request first **reserves** room in each of its windows: a reservation counts as a send
//! until the request has been made, and is then recorded at the moment the transport was called
//! (a message split into several requests: its first at the call, the rest when the call
//! returned, never earlier than they went). Counting reservations this way is what makes
//! concurrent sends exact: whatever order they finish in, a window never holds more than its
//! limit of sends. A reservation dropped unused (the row was cancelled) gives its room back.
//!
//! Chat windows count messages that appear in a chat; the shared windows (global, tenant) count
//! every request (removals and menus too). The one exception to exactness: a message the
//! platform must split into more requests than a window allows goes once that window is empty.
//!
//! It reads tokio's clock, so time paused in a test governs it like every other timer. It never
//! sleeps and never talks to a platform.

use super::limits::{RateLimits, Scope};
use crate::core::store::Address;
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};
use tokio::time::Instant;

/// What one request counts against.
#[derive(Debug, Clone, Copy)]
pub struct Ask<'a> {
    pub address: &'a Address,
    /// Platform requests it takes (a long message may be split).
    pub requests: u32,
    /// True for a message that appears in the chat (counted by the chat's windows too).
    pub in_chat: bool,
}

/// The log of one window for one scope.
#[derive(Debug, Default)]
struct Log {
    /// Send times still inside the window, oldest first.
    sent: VecDeque<Instant>,
    /// Requests reserved and not yet made.
    pending: u32,
}

impl Log {
    fn prune(&mut self, now: Instant, period: std::time::Duration) {
        while self.sent.front().is_some_and(|t| *t + period <= now) {
            self.sent.pop_front();
        }
    }

    fn record(&mut self, at: Instant, n: u32) {
        let i = self.sent.partition_point(|t| *t <= at);
        for _ in 0..n {
            self.sent.insert(i, at);
        }
    }
}

/// Why a request cannot go yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Wait {
    /// When the windows have room again, as far as sends already made say; `None` when it also
    /// waits for requests reserved and not yet made.
    pub until: Option<Instant>,
    /// True when a shared window (global, tenant) is full, so nothing else can go either.
    pub shared: bool,
}

/// (window index, scope key).
type Key = (usize, String);

#[derive(Debug, Default)]
struct State {
    logs: HashMap<Key, Log>,
    /// Reservations since the last clear-out of empty logs.
    since_tidy: u32,
}

/// Decides, for each request, whether every window it counts in has room now.
#[derive(Debug)]
pub struct Limiter {
    limits: RateLimits,
    state: Mutex<State>,
}

/// Room held in every window of one request until it is made ([`Reservation::used`]) or
/// dropped (given back).
#[derive(Debug)]
pub struct Reservation {
    limiter: Arc<Limiter>,
    keys: Vec<Key>,
    requests: u32,
}

impl Limiter {
    pub fn new(limits: RateLimits) -> Arc<Limiter> {
        Arc::new(Limiter {
            limits,
            state: Mutex::default(),
        })
    }

    pub fn limits(&self) -> &RateLimits {
        &self.limits
    }

    /// True when there is any window at all.
    pub fn is_limited(&self) -> bool {
        !self.limits.windows().is_empty()
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The logs `ask` counts in.
    fn keys(&self, ask: &Ask<'_>) -> Vec<Key> {
        let (kind, id) = match ask.address {
            Address::Private(id) => ("p", id),
            Address::Group(id) => ("g", id),
            // A menu for everyone is in no chat: only the shared windows count it.
            Address::Everyone => ("e", &String::new()),
        };
        let key = |scope: Scope| -> Option<String> {
            match scope {
                Scope::Global | Scope::Tenant => Some(String::new()),
                _ if !ask.in_chat => None,
                Scope::Private => (kind == "p").then(|| id.clone()),
                Scope::Group => (kind == "g").then(|| id.clone()),
                Scope::Chat => Some(format!("{kind}:{id}")),
            }
        };
        let windows = self.limits.windows().iter().enumerate();
        windows
            .filter_map(|(i, w)| key(w.scope).map(|k| (i, k)))
            .collect()
    }

    /// Reserves room for `ask` now, or says how long it must wait.
    pub fn reserve(self: &Arc<Self>, ask: &Ask<'_>) -> Result<Reservation, Wait> {
        self.reserve_at(ask, Instant::now())
    }

    fn reserve_at(self: &Arc<Self>, ask: &Ask<'_>, now: Instant) -> Result<Reservation, Wait> {
        let keys = self.keys(ask);
        let mut st = self.lock();
        let mut later: Result<(), Option<Instant>> = Ok(());
        let mut shared = false;
        for key in &keys {
            let w = self.limits.windows()[key.0];
            let Some(log) = st.logs.get_mut(key) else {
                continue;
            };
            log.prune(now, w.period);
            let held = log.sent.len() + log.pending as usize;
            let over = (held + ask.requests.min(w.limit) as usize).saturating_sub(w.limit as usize);
            if over == 0 {
                continue;
            }
            shared |= !w.scope.is_chat();
            // The time the `over` oldest sends leave the window, if that is enough.
            let free_at = (over <= log.sent.len()).then(|| log.sent[over - 1] + w.period);
            later = match (later, free_at) {
                (Ok(()), t) => Err(t),
                (Err(Some(a)), Some(b)) => Err(Some(a.max(b))),
                (Err(_), _) => Err(None),
            };
        }
        later.map_err(|until| Wait { until, shared })?;
        for key in &keys {
            st.logs.entry(key.clone()).or_default().pending += ask.requests;
        }
        st.since_tidy += 1;
        if st.since_tidy >= 4096 {
            self.tidy(&mut st, now);
        }
        Ok(Reservation {
            limiter: self.clone(),
            keys,
            requests: ask.requests,
        })
    }

    /// Forgets the logs of scopes that sent nothing within their window.
    fn tidy(&self, st: &mut State, now: Instant) {
        st.since_tidy = 0;
        let windows = self.limits.windows();
        st.logs.retain(|(i, _), log| {
            log.prune(now, windows[*i].period);
            log.pending > 0 || !log.sent.is_empty()
        });
    }

    /// Counts a request made before this limiter existed (by an earlier run), at `at`.
    pub fn record(&self, ask: &Ask<'_>, at: Instant) {
        let keys = self.keys(ask);
        let mut st = self.lock();
        for key in keys {
            st.logs.entry(key).or_default().record(at, ask.requests);
        }
    }
}

impl Reservation {
    /// Records the request as made: its first part when the transport was called (`first`),
    /// any others when the call returned (`last`).
    pub fn used(mut self, first: Instant, last: Instant) {
        let limiter = self.limiter.clone();
        let mut st = limiter.lock();
        for key in std::mem::take(&mut self.keys) {
            if let Some(log) = st.logs.get_mut(&key) {
                log.pending = log.pending.saturating_sub(self.requests);
                log.record(first, 1);
                log.record(last.max(first), self.requests.saturating_sub(1));
            }
        }
    }
}

impl Drop for Reservation {
    fn drop(&mut self) {
        if self.keys.is_empty() {
            return;
        }
        let mut st = self.limiter.lock();
        for key in &self.keys {
            if let Some(log) = st.logs.get_mut(key) {
                log.pending = log.pending.saturating_sub(self.requests);
            }
        }
    }
}

/// The most of `times` (sorted) that fall within any one `period`.
pub fn busiest<T>(times: &[T], period: std::time::Duration) -> usize
where
    T: Copy + std::ops::Sub<T, Output = std::time::Duration>,
{
    let mut start = 0;
    let mut best = 0;
    for (end, t) in times.iter().enumerate() {
        while *t - times[start] >= period {
            start += 1;
        }
        best = best.max(end + 1 - start);
    }
    best
}

#[cfg(test)]
#[path = "limiter_tests.rs"]
mod tests;
