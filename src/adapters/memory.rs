//! An in-memory chat platform for tests and benchmarks: it records every message each chat
//! received, and can be told to fail the next sends to a chat in the ways real platforms do.

use crate::core::ids::Platform;
use crate::core::store::Address;
use crate::delivery::{Rendered, SendError, Transport};
use async_trait::async_trait;
use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex};

/// What the memory platform holds.
#[derive(Default)]
struct State {
    received: Vec<Rendered>,
    removed: Vec<(Address, String)>,
    failures: HashMap<Address, VecDeque<SendError>>,
    refuse_removals: bool,
    next_id: u64,
}

/// A chat platform that lives in memory. Cheap to clone; clones share state.
#[derive(Clone)]
pub struct MemoryChat {
    platform: Platform,
    state: Arc<Mutex<State>>,
}

impl MemoryChat {
    pub fn new(platform: Platform) -> Self {
        MemoryChat {
            platform,
            state: Arc::default(),
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Everything delivered so far, in order.
    pub fn received(&self) -> Vec<Rendered> {
        self.lock().received.clone()
    }

    /// Everything delivered to one address, in order.
    pub fn received_by(&self, address: &Address) -> Vec<Rendered> {
        self.lock()
            .received
            .iter()
            .filter(|r| &r.address == address)
            .cloned()
            .collect()
    }

    /// Messages removed so far, as (address, message id).
    pub fn removed(&self) -> Vec<(Address, String)> {
        self.lock().removed.clone()
    }

    /// Makes the next send to `address` fail with `error`.
    pub fn fail_next(&self, address: Address, error: SendError) {
        self.lock()
            .failures
            .entry(address)
            .or_default()
            .push_back(error);
    }

    /// Makes every removal fail as forbidden (like Telegram for messages over 48 hours old).
    pub fn refuse_removals(&self, refuse: bool) {
        self.lock().refuse_removals = refuse;
    }
}

#[async_trait]
impl Transport for MemoryChat {
    fn platform(&self) -> Platform {
        self.platform
    }

    async fn send(&self, msg: &Rendered) -> Result<Option<String>, SendError> {
        let mut s = self.lock();
        if let Some(e) = s.failures.get_mut(&msg.address).and_then(|q| q.pop_front()) {
            return Err(e);
        }
        s.next_id += 1;
        let id = s.next_id;
        s.received.push(msg.clone());
        Ok(Some(id.to_string()))
    }

    async fn remove(&self, address: &Address, message_id: &str) -> Result<(), SendError> {
        let mut s = self.lock();
        if s.refuse_removals {
            return Err(SendError::Forbidden("message too old to delete".into()));
        }
        s.removed.push((address.clone(), message_id.to_string()));
        Ok(())
    }
}
