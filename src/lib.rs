//! Haven: a school's online-safety policy, carried into the chat apps staff and parents use.
//!
//! The crate is a library with a thin binary on top. [`core`] is the platform-neutral bot;
//! everything else is an adapter around it (storage, delivery, chat platforms, the console).
//! See `ARCHITECTURE.md` for the map.

pub mod adapters;
pub mod app;
pub mod bench;
pub mod casefile;
pub mod cli;
pub mod config;
pub mod core;
pub mod crypto;
pub mod delivery;
pub mod demo;
pub mod files;
pub mod i18n;
pub mod metrics;
pub mod platforms;
pub mod reports;
pub mod roster;
pub mod run;
pub mod schools;
pub mod store;
pub mod web;
