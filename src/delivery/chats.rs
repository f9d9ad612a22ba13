//! The dispatcher's view of the rows it has read and not yet finished: a queue per chat, in
//! the order the rows were written, and which chats have a row in flight.
//!
//! It keeps each chat's order: a chat's next row is offered only when nothing of that chat is
//! in flight, and when a row must wait (retried later) the rows read behind it are forgotten,
//! to be read again once the outbox lets them go. It never reads or writes the outbox itself.

use super::Rendered;
use crate::core::store::{Address, OutboxItem};
use std::collections::{BTreeSet, HashMap, HashSet, VecDeque};

/// A row read from the outbox, ready to send.
#[derive(Debug)]
pub(super) struct Queued {
    pub item: OutboxItem,
    /// The message as the recipient will see it (`None` for a removal).
    pub rendered: Option<Rendered>,
    /// Platform requests it takes.
    pub requests: u32,
}

impl Queued {
    pub fn chat(&self) -> Chat {
        Chat::of(&self.item.address)
    }
}

/// A chat on one platform.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(super) struct Chat(String);

impl Chat {
    pub fn of(address: &Address) -> Chat {
        Chat(match address {
            Address::Private(id) => format!("p:{id}"),
            Address::Group(id) => format!("g:{id}"),
            Address::Everyone => "everyone".into(),
        })
    }
}

/// Rows per chat, and the chats whose next row may be offered.
#[derive(Debug, Default)]
pub(super) struct Chats {
    queues: HashMap<Chat, VecDeque<Queued>>,
    /// Chats with a row in flight.
    busy: HashSet<Chat>,
    /// Chats with a queued row and nothing in flight, in turn: a chat joins the end when it
    /// becomes ready, so a chat with a backlog gets one row in per round of the others.
    ready: BTreeSet<(u64, Chat)>,
    /// Each ready chat's place in `ready`.
    turns: HashMap<Chat, u64>,
    next_turn: u64,
    /// Every row queued or in flight.
    known: HashSet<i64>,
    queued: usize,
}

impl Chats {
    /// True when a row is already queued or in flight.
    pub fn knows(&self, id: i64) -> bool {
        self.known.contains(&id)
    }

    /// The rows read and not yet settled.
    pub fn known(&self) -> &HashSet<i64> {
        &self.known
    }

    /// Queues a row behind the earlier rows of its chat.
    pub fn add(&mut self, row: Queued) {
        if !self.known.insert(row.item.id) {
            return;
        }
        let chat = row.chat();
        let queue = self.queues.entry(chat.clone()).or_default();
        let at = queue.partition_point(|q| q.item.id < row.item.id);
        queue.insert(at, row);
        self.queued += 1;
        self.offer(&chat);
    }

    /// Puts the chat at the end of the ready ones when it has a queued row, nothing in flight,
    /// and is not there already.
    fn offer(&mut self, chat: &Chat) {
        if self.busy.contains(chat) || self.turns.contains_key(chat) {
            return;
        }
        if self.queues.get(chat).is_some_and(|q| !q.is_empty()) {
            self.next_turn += 1;
            self.turns.insert(chat.clone(), self.next_turn);
            self.ready.insert((self.next_turn, chat.clone()));
        }
    }

    fn unready(&mut self, chat: &Chat) {
        if let Some(turn) = self.turns.remove(chat) {
            self.ready.remove(&(turn, chat.clone()));
        }
    }

    /// The chats whose next row may go, in turn.
    pub fn ready(&self) -> Vec<Chat> {
        self.ready.iter().map(|(_, c)| c.clone()).collect()
    }

    /// The next row of a ready chat.
    pub fn next(&self, chat: &Chat) -> Option<&Queued> {
        self.queues.get(chat).and_then(|q| q.front())
    }

    /// Takes a ready chat's next row; the chat is busy until [`Self::done`].
    pub fn take(&mut self, chat: &Chat) -> Option<Queued> {
        let queue = self.queues.get_mut(chat)?;
        let row = queue.pop_front()?;
        if queue.is_empty() {
            self.queues.remove(chat);
        }
        self.unready(chat);
        self.busy.insert(chat.clone());
        self.queued -= 1;
        Some(row)
    }

    /// A taken row is finished: its chat goes on, or (`go_on` false) forgets the rows read
    /// behind it, which the outbox holds back until the row is due again.
    pub fn done(&mut self, id: i64, chat: &Chat, go_on: bool) {
        self.known.remove(&id);
        self.busy.remove(chat);
        if !go_on {
            if let Some(dropped) = self.queues.remove(chat) {
                self.queued -= dropped.len();
                for q in dropped {
                    self.known.remove(&q.item.id);
                }
            }
        }
        self.offer(chat);
    }

    /// Rows queued and not yet taken.
    pub fn queued(&self) -> usize {
        self.queued
    }

    /// True when nothing is queued or in flight.
    pub fn is_idle(&self) -> bool {
        self.queued == 0 && self.busy.is_empty()
    }
}
