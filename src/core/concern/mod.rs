//! Concerns: private, guided reporting of safeguarding and online-safety concerns, routed to the
//! right people and kept as a case record (policies 001 "Handling E-safety complaints", 002
//! "Handling Incidents" and the sexting review, 003 §§91, 114–118, 004 "Incident Reporting").
//!
//! - [`reporting`]: `/concern`, the reporter's guided form, its receipt and first alerts;
//! - [`keeping`]: how long an unfinished report is kept (school days) and when it is warned of;
//! - [`addition`]: `/concern add REF`, the reporter adding to their own concern, blind;
//! - [`urgent`]: the alert raised the moment someone says a child is at immediate risk;
//! - [`route`]: who a concern goes to and who may open it (pure);
//! - [`alerts`]: the detail-free alert and receipt messages;
//! - [`escalation`]: unacknowledged concerns move up their route on the clock;
//! - [`cases`] and [`actions`]: `/cases`, `/case REF …` and the case buttons;
//! - [`entry_form`]: the small forms that add a chronology entry or close a case;
//! - [`review`]: the sexting initial review, answered as a structured chronology entry;
//! - [`advice`]: policy 002's "urgent advised" and the notes beside a case view;
//! - [`retention`]: deleting closed cases past their retention, unless on legal hold;
//! - [`transfer`]: the lead DSL's export of a child protection file and its transfer to a new
//!   school, with the receiving school's confirmation;
//! - [`stats`]: anonymised counts for governors;
//! - [`dashboard`]: who may see those counts in the case desk, with small numbers suppressed.
//!
//! Invariants: a concern's names and narrative are only in sealed storage and in
//! `Message<Private>` to a person entitled to the case; alerts, receipts, logs, errors and audit
//! subjects carry references and codes only. The reporter and the people a concern is about are
//! never on its route, and a refused case looks exactly like a case that does not exist.

/// A form step with id `$id` and the keys `<prefix>q-<id>` (question), `<prefix>l-<id>`
/// (review label) and `<prefix>h-<id>` (help).
macro_rules! step {
    ($prefix:literal, $id:literal, $kind:expr $(,)?) => {
        $crate::core::form::Step::new($id, $kind).keys(
            concat!($prefix, "q-", $id),
            concat!($prefix, "l-", $id),
            concat!($prefix, "h-", $id),
        )
    };
}

pub mod actions;
pub mod addition;
pub mod advice;
pub mod alerts;
pub mod answers;
pub mod cases;
pub mod dashboard;
pub mod desk_link;
pub mod entry_form;
pub mod escalation;
pub mod hours;
pub mod keeping;
pub mod matching;
pub mod reach;
pub mod recording;
pub mod reference;
pub mod referral;
pub mod reporting;
pub mod retention;
pub mod review;
pub mod route;
pub mod search;
pub mod settings;
pub mod stats;
pub mod store;
pub mod transfer;
pub mod transfer_store;
pub mod types;
pub mod urgent;
