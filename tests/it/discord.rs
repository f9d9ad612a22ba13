//! The Discord adapter, against the fake Discord on loopback: conversions of gateway payloads
//! into core events, the transport against the fake HTTP API (checked against Discord's OpenAPI
//! description), and whole conversations through the gateway and the app.

mod conversation;
mod inbound;
mod send;
