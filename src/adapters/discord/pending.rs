//! Interactions waiting for their answer.
//!
//! Discord wants every interaction answered within three seconds, but Haven's answers come out
//! of the outbox later. So the adapter defers each interaction at once (in a server channel as
//! an ephemeral "thinking…" only the person sees) and records it here under the address the
//! core will answer (the channel, or the person's private chat). The transport's next message
//! to that address becomes the interaction's answer: in a channel that is how the core's
//! neutral pointer ("I've sent you a private message") reaches only the person who asked.
//!
//! An open interaction is only claimable for a short while after its turn was handled, and
//! never after Discord's 15 minutes. What nobody claimed is closed by the adapter.
//!
//! Interaction tokens are credentials for 15 minutes: they are kept only in memory and never
//! logged.

use crate::core::store::Address;
use secrecy::SecretString;
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Discord accepts edits of an interaction's answer for 15 minutes; keep a margin.
pub const TOKEN_LIFETIME: Duration = Duration::from_secs(14 * 60);

/// An interaction whose answer is still to come.
#[derive(Debug, Clone)]
pub struct Open {
    /// The interaction's id (text, like every snowflake outside this adapter's edges).
    pub id: String,
    pub token: SecretString,
    /// True when the answer is visible only to the person (a server channel).
    pub ephemeral: bool,
    /// The person's Discord locale (`en-GB`, `pl`), for a fallback answer.
    pub locale: String,
    opened: Instant,
    /// Set when the core has handled the turn: claims end `grace` after that.
    handled: Option<Instant>,
}

impl Open {
    /// An interaction deferred just now.
    pub fn new(id: String, token: SecretString, ephemeral: bool, locale: String) -> Open {
        Open {
            id,
            token,
            ephemeral,
            locale,
            opened: Instant::now(),
            handled: None,
        }
    }

    fn claimable(&self, now: Instant, grace: Duration) -> bool {
        now.duration_since(self.opened) < TOKEN_LIFETIME
            && self.handled.is_none_or(|h| now.duration_since(h) < grace)
    }
}

/// Open interactions by the address their answer will go to.
pub struct Pending {
    grace: Duration,
    open: Mutex<HashMap<Address, VecDeque<Open>>>,
}

impl Pending {
    /// `grace`: how long after its turn was handled an interaction may still be claimed.
    pub fn new(grace: Duration) -> Pending {
        Pending {
            grace,
            open: Mutex::default(),
        }
    }

    /// How long after its turn an interaction may still be claimed.
    pub fn grace(&self) -> Duration {
        self.grace
    }

    /// Records an interaction whose answer will go to `address`.
    pub fn open(&self, address: Address, open: Open) {
        self.lock().entry(address).or_default().push_back(open);
    }

    /// Notes that the core has handled the interaction's turn.
    pub fn handled(&self, address: &Address, id: &str) {
        if let Some(q) = self.lock().get_mut(address) {
            for o in q.iter_mut().filter(|o| o.id == id) {
                o.handled = Some(Instant::now());
            }
        }
    }

    /// Takes the oldest interaction still waiting for an answer at `address`.
    pub fn claim(&self, address: &Address) -> Option<Open> {
        let now = Instant::now();
        let mut all = self.lock();
        let q = all.get_mut(address)?;
        let at = q.iter().position(|o| o.claimable(now, self.grace))?;
        let o = q.remove(at);
        if q.is_empty() {
            all.remove(address);
        }
        o
    }

    /// Removes the interaction if nobody claimed it; returns it so it can be closed.
    pub fn take(&self, address: &Address, id: &str) -> Option<Open> {
        let mut all = self.lock();
        let q = all.get_mut(address)?;
        let at = q.iter().position(|o| o.id == id)?;
        let o = q.remove(at);
        if q.is_empty() {
            all.remove(address);
        }
        o
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<Address, VecDeque<Open>>> {
        self.open.lock().unwrap_or_else(|e| e.into_inner())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn open(id: &str) -> Open {
        Open::new(id.into(), SecretString::from("t"), true, "en-GB".into())
    }

    #[test]
    fn answers_go_to_the_oldest_open_interaction_once() {
        let p = Pending::new(Duration::from_secs(60));
        let here = Address::Group("7".into());
        p.open(here.clone(), open("1"));
        p.open(here.clone(), open("2"));
        assert_eq!(p.claim(&here).map(|o| o.id), Some("1".into()));
        assert_eq!(p.claim(&here).map(|o| o.id), Some("2".into()));
        assert!(p.claim(&here).is_none());
        assert!(p.claim(&Address::Group("8".into())).is_none());
    }

    #[test]
    fn a_handled_interaction_is_not_claimed_after_its_grace() {
        let p = Pending::new(Duration::ZERO);
        let here = Address::Private("5".into());
        p.open(here.clone(), open("1"));
        p.handled(&here, "1");
        assert!(p.claim(&here).is_none(), "past its grace");
        assert_eq!(p.take(&here, "1").map(|o| o.id), Some("1".into()));
        assert!(p.take(&here, "1").is_none());
    }
}
