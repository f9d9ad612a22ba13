//! A fake chat platform for benchmarks: accepts every message, counts what each address
//! received, and answers after an optional latency. A message counts as delivered when the
//! request reaches it, before the answer goes back, as on a real platform.

use crate::core::ids::Platform;
use crate::core::store::Address;
use crate::delivery::limiter::busiest;
use crate::delivery::limits::{Scope, Window};
use crate::delivery::{Rendered, SendError, Transport};
use async_trait::async_trait;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Default)]
struct Seen {
    counts: HashMap<String, u32>,
    /// When each message arrived, in order.
    times: Vec<Instant>,
    /// When each chat's messages arrived, in order.
    by_chat: HashMap<Address, Vec<Instant>>,
}

/// A counting platform; clones share their counts.
#[derive(Clone)]
pub struct FakePlatform {
    platform: Platform,
    latency: Duration,
    seen: Arc<Mutex<Seen>>,
    total: Arc<AtomicU64>,
}

impl FakePlatform {
    pub fn new(platform: Platform, latency_ms: u64) -> Self {
        FakePlatform {
            platform,
            latency: Duration::from_millis(latency_ms),
            seen: Arc::default(),
            total: Arc::default(),
        }
    }

    fn seen(&self) -> std::sync::MutexGuard<'_, Seen> {
        self.seen.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Messages received so far.
    pub fn total(&self) -> u64 {
        self.total.load(Ordering::Relaxed)
    }

    /// Messages per address.
    pub fn counts(&self) -> Vec<(String, u32)> {
        self.seen()
            .counts
            .iter()
            .map(|(a, n)| (a.clone(), *n))
            .collect()
    }

    /// From the first message received to the last.
    pub fn span(&self) -> Duration {
        let s = self.seen();
        match (s.times.first(), s.times.last()) {
            (Some(a), Some(b)) => *b - *a,
            _ => Duration::ZERO,
        }
    }

    /// The most messages `window` counted together within any one of its periods.
    pub fn busiest(&self, window: &Window) -> usize {
        let s = self.seen();
        let chats = |private: bool, group: bool| {
            s.by_chat
                .iter()
                .filter(|(a, _)| match a {
                    Address::Private(_) => private,
                    Address::Group(_) => group,
                    Address::Everyone => false,
                })
                .map(|(_, times)| busiest(times, window.period))
                .max()
                .unwrap_or(0)
        };
        match window.scope {
            Scope::Global | Scope::Tenant => busiest(&s.times, window.period),
            Scope::Private => chats(true, false),
            Scope::Group => chats(false, true),
            Scope::Chat => chats(true, true),
        }
    }

    /// The mean count per `period` over the whole periods from the first message (the last,
    /// partial one left out); `None` before a whole period has passed.
    pub fn mean_per(&self, period: Duration) -> Option<f64> {
        let s = self.seen();
        let first = *s.times.first()?;
        let whole = (s.times.last()?.duration_since(first).as_secs_f64() / period.as_secs_f64())
            .floor() as usize;
        if whole == 0 {
            return None;
        }
        let end = first + period * whole as u32;
        let counted = s.times.iter().filter(|t| **t < end).count();
        Some(counted as f64 / whole as f64)
    }

    pub fn platform_name(&self) -> &'static str {
        self.platform.as_str()
    }
}

#[async_trait]
impl Transport for FakePlatform {
    fn platform(&self) -> Platform {
        self.platform
    }

    async fn send(&self, msg: &Rendered) -> Result<Option<String>, SendError> {
        let id = match &msg.address {
            Address::Private(id) | Address::Group(id) => id.clone(),
            Address::Everyone => String::new(),
        };
        {
            let now = Instant::now();
            let mut s = self.seen();
            *s.counts.entry(id).or_default() += 1;
            s.times.push(now);
            s.by_chat.entry(msg.address.clone()).or_default().push(now);
        }
        let n = self.total.fetch_add(1, Ordering::Relaxed) + 1;
        if !self.latency.is_zero() {
            tokio::time::sleep(self.latency).await;
        }
        Ok(Some(n.to_string()))
    }

    async fn remove(&self, _address: &Address, _message_id: &str) -> Result<(), SendError> {
        Ok(())
    }
}
