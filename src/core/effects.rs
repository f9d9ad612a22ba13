//! Everything the core does to a chat, gathered while a turn or a sweep works and written to
//! the outbox in its transaction: messages to send, messages to remove, and the command menus
//! accounts should show now.
//!
//! Handlers (through [`super::turn::Turn`]) and sweeps queue into one [`Effects`]; nothing
//! reaches the outbox until [`Effects::flush`], which the turn or sweep calls just before it
//! commits, so the state change and everything it causes are kept together or not at all.
//! This is the only place in the core that writes to the outbox; it never sends anything.

use super::ids::{Account, PersonId, Platform};
use super::message::Outgoing;
use super::store::{Address, Result, Tx};
use chrono::{DateTime, Utc};

/// One thing to do to a chat.
#[derive(Debug, Clone)]
enum Effect {
    Send(Outgoing),
    Remove {
        platform: Platform,
        address: Address,
        message_id: String,
        at: DateTime<Utc>,
        report_to: Option<PersonId>,
    },
}

/// The effects of one turn or sweep, in the order they were asked for.
#[derive(Debug, Default)]
pub struct Effects {
    queued: Vec<Effect>,
}

impl Effects {
    /// Sends a message.
    pub fn send(&mut self, o: Outgoing) {
        self.queued.push(Effect::Send(o));
    }

    /// Sends a message when its recipient can be reached now (an active person with a linked
    /// account, an account, a group); returns false, queuing nothing, otherwise.
    pub async fn send_if_reachable(&mut self, tx: &mut dyn Tx, o: Outgoing) -> Result<bool> {
        if !tx.resolves(o.recipient()).await? {
            return Ok(false);
        }
        self.send(o);
        Ok(true)
    }

    /// Removes a message the platform knows by `message_id` from a chat, at `at`; a removal
    /// that fails for good is reported to `report_to`.
    pub fn remove(
        &mut self,
        platform: Platform,
        address: Address,
        message_id: &str,
        at: DateTime<Utc>,
        report_to: Option<PersonId>,
    ) {
        self.queued.push(Effect::Remove {
            platform,
            address,
            message_id: message_id.to_string(),
            at,
            report_to,
        });
    }

    /// Removes a message from the private chat of `account`.
    pub fn remove_private(
        &mut self,
        account: &Account,
        message_id: &str,
        at: DateTime<Utc>,
        report_to: Option<PersonId>,
    ) {
        let address = Address::Private(account.id.clone());
        self.remove(account.platform, address, message_id, at, report_to);
    }

    /// True when nothing was queued.
    pub fn is_empty(&self) -> bool {
        self.queued.is_empty()
    }

    /// Writes everything queued to the outbox in `tx`, in order, and empties the buffer.
    pub async fn flush(&mut self, tx: &mut dyn Tx, now: DateTime<Utc>) -> Result<()> {
        for effect in std::mem::take(&mut self.queued) {
            match effect {
                Effect::Send(o) => {
                    tx.enqueue(&o, now).await?;
                }
                Effect::Remove {
                    platform,
                    address,
                    message_id,
                    at,
                    report_to,
                } => {
                    tx.enqueue_removal(platform, address, &message_id, at, report_to)
                        .await?
                }
            }
        }
        Ok(())
    }

    /// Flushes into `tx` and commits it.
    pub async fn commit(mut self, mut tx: Box<dyn Tx>, now: DateTime<Utc>) -> Result<()> {
        self.flush(tx.as_mut(), now).await?;
        tx.commit().await
    }
}
