//! Chat platform adapters. Each converts its platform's updates into core events and renders
//! the core's messages for its platform; only an adapter knows its platform's types and ids.

pub mod console;
pub mod discord;
pub mod markdown;
pub mod memory;
pub mod teams;
pub mod telegram;
