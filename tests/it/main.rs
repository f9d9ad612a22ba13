//! Haven's integration tests: one binary, one module per area. Each test starts Haven on a
//! fresh temp database with a fake clock and talks to it as people would.

mod support;

mod architecture;
mod aup;
mod broadcast;
mod browser_selftest;
mod busy;
mod calendar;
mod cli;
mod concern;
mod console;
mod console_session;
mod desk;
mod desk_browser;
mod discord;
mod faults;
mod forms;
mod forms_answers;
mod hardening;
mod help;
mod instances;
mod keys;
mod linking;
mod linking_stored;
mod locales;
mod logs;
mod migrate;
mod office;
mod ops;
mod outbox;
mod playground_selftest;
mod postgres;
mod processes;
mod roles;
mod roster;
mod rotation;
mod streams;
mod teams;
mod teams_playground;
mod telegram;
mod telegram_flows;
mod trust;
