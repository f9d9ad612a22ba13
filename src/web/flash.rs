//! One-time messages after a form (Post/Redirect/Get): a form's handler keeps what the core
//! said to the actor under a fresh random id bound to their session, and redirects to the page
//! with that id; the page takes the message once, so reloading it shows and changes nothing.
//!
//! Messages are held in memory only, never stored, and never shown to another session; one
//! not collected within the desk's idle time is dropped.

use crate::core::desk;
use chrono::{DateTime, Utc};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

struct Held {
    /// The hash of the session the message is for.
    session: String,
    at: DateTime<Utc>,
    lines: Vec<String>,
}

/// The messages waiting to be shown, shared by every request of one desk.
#[derive(Clone, Default)]
pub struct Flashes(Arc<Mutex<HashMap<String, Held>>>);

impl Flashes {
    /// Keeps `lines` for session `sid`; the id to collect them with, or `None` when there is
    /// nothing to say.
    pub fn put(&self, sid: &str, lines: Vec<String>, now: DateTime<Utc>) -> Option<String> {
        if lines.is_empty() {
            return None;
        }
        let id = desk::secret();
        let mut held = self.0.lock().unwrap_or_else(|e| e.into_inner());
        held.retain(|_, h| now - h.at < desk::IDLE);
        held.insert(
            id.clone(),
            Held {
                session: desk::hash(sid),
                at: now,
                lines,
            },
        );
        Some(id)
    }

    /// Takes the lines kept under `id` for session `sid` (nothing for another session, and
    /// nothing the second time).
    pub fn take(&self, sid: &str, id: &str) -> Vec<String> {
        let mut held = self.0.lock().unwrap_or_else(|e| e.into_inner());
        match held.get(id) {
            Some(h) if h.session == desk::hash(sid) => {
                held.remove(id).map(|h| h.lines).unwrap_or_default()
            }
            _ => Vec::new(),
        }
    }
}
