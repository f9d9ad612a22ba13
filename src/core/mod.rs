//! The bot core: inbound events in, stored state and outgoing messages out.
//!
//! The core never imports a chat platform's or a database's crate, never reads the wall clock
//! (it asks [`clock::Clock`]), and never renders text (it names Fluent keys).

pub mod account;
pub mod audit;
pub mod aup;
pub mod broadcast;
pub mod calendar;
pub mod clock;
pub mod command;
pub mod concern;
pub mod desk;
pub mod dispatch;
pub mod effects;
pub mod event;
pub mod export;
pub mod fault;
pub mod features;
pub mod form;
pub mod ids;
pub mod lease;
pub mod linkcode;
pub mod linking;
pub mod local_text;
pub mod menu;
pub mod menu_publish;
pub mod message;
pub mod payload;
pub mod people;
pub mod roles;
pub mod routes;
pub mod schools;
pub mod settings;
pub mod soon;
pub mod store;
pub mod streams;
pub mod tag;
pub mod turn;
pub mod upkeep;
