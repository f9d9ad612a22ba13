//! The Discord adapter, against the fake Discord on loopback: conversions of gateway payloads
//! into core events, the transport against the fake HTTP API (checked against Discord's OpenAPI
//! description), whole conversations through the gateway and the app, and every flow of the core
//! (concerns and cases, the AUP, livestreams, broadcasts) on Discord.

mod broadcast;
mod cases;
mod concern;
mod conversation;
mod inbound;
mod replay;
mod send;
mod streams;
mod subjects;
mod write;
