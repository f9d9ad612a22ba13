//! Haven on Microsoft Teams, end to end against a fake Bot Framework and Bot Connector
//! (`support::teams_fake`): who may post to the endpoint, what the connector is asked to do
//! when it refuses, and whole conversations in personal chats and channels.

mod auth;
mod conversation;
mod delivery;
