//! What policy 002 ("Handling Incidents", "Handling a sexting / nude selfie incident") advises
//! the people reading a case: "urgent advised" when a concern's categories meet its
//! immediate-referral criteria, and the initial review a nude-image case needs until one is
//! recorded.
//!
//! The alert only ever gets the key [`advised_key`] (no detail); the criteria and the review
//! prompt are notes shown beside the private case view.

use super::store::{Concern, Entry};
use super::types::{urgent_advised, Category, EntryKind};
use crate::core::message::Message;

/// Fluent key saying a concern is urgent advised, for its alert; `None` when it is not.
pub fn advised_key(c: &Concern) -> Option<&'static str> {
    urgent_advised(&c.categories, c.about).then_some("concern-urgent-advised")
}

/// The notes shown beside the case view of `c`: policy 002's immediate-referral criteria when
/// the concern is urgent advised, and the initial review prompt for a nude-image case that has
/// no review in its chronology yet.
pub fn view_notes(c: &Concern, entries: &[Entry]) -> Vec<Message> {
    let r = c.reference.to_string();
    let mut out = Vec::new();
    if advised_key(c).is_some() {
        out.push(Message::new("concern-urgent-advised-criteria").arg("ref", &r));
    }
    let reviewed = entries.iter().any(|e| e.kind == EntryKind::InitialReview);
    if c.categories.contains(&Category::NudeImages) && !reviewed {
        out.push(Message::new("concern-sexting-review").arg("ref", &r));
    }
    out
}
