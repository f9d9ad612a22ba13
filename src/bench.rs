//! `haven bench`: pushes inbound messages through the core, the form engine, SQLite and the
//! outbox with the in-memory chat, and prints throughput and latency. Figures, not assertions.
//! `haven bench broadcast` is in [`broadcast`].

pub mod broadcast;
mod fake;

pub async fn run(messages: usize) -> anyhow::Result<()> {
    let _ = messages;
    Ok(())
}
