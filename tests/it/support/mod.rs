//! Helpers shared by the integration tests: fake platform servers and what they need.

pub mod telegram_fake;
pub mod telegram_spec;
pub mod telegram_updates;
