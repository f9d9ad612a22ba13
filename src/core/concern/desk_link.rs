//! "Open in the case desk": the line added to case views and alerts where the school has a
//! case desk. Its address carries nothing but the reference, and leads through sign-in.
//! A leaf: it must never import the modules that use it.

use super::reference::ConcernRef;
use crate::core::message::Message;
use crate::core::settings::Settings;

/// The line for case `r`, when the school has a desk.
pub fn desk_line(settings: &Settings, r: ConcernRef) -> Option<Message> {
    let base = settings.desk_url.as_deref()?;
    let url = format!("{}/desk/cases/{r}", base.trim_end_matches('/'));
    Some(Message::new("concern-desk-open").arg("url", url))
}
