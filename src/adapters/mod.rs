//! Chat platform adapters: each translates one platform to and from the core.

pub mod telegram;
