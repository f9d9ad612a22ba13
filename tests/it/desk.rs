//! The case desk (`[web]`): signing in from the chat, sessions, security headers, and the case
//! pages and forms, each checked against what the chat allows the same person.

mod audited;
mod client;
mod confirm;
mod dashboard;
mod export;
mod forms;
mod landing;
mod matrix;
mod pages;
mod reload;
mod signin;

use crate::support::{spawn_app_with, TestApp};
use haven::core::settings::Settings;

/// The demo school with the desk turned on.
pub async fn desk_app() -> TestApp {
    spawn_app_with(Settings {
        desk_url: Some(client::DESK_URL.into()),
        ..Settings::default()
    })
    .await
}

/// Everyone in the demo school who may sign in to the desk.
pub const STAFF_AND_GOVERNORS: [&str; 11] = [
    "Margaret Thornbury",
    "Daniel Okafor",
    "Priya Castellane",
    "Tomasz Wiśniewski",
    "Rhian Prydderch",
    "Owen Hartley",
    "Beverley Ashdown",
    "Josie Quennell",
    "Arthur Delacourt",
    "Hilary Penrose",
    "Marcus Fenwick-Lowe",
];
