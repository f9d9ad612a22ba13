//! The `haven` binary: parse the command line, set up logging, run. Everything else is in the
//! library.

use clap::Parser;
use haven::cli::Cli;

fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    // One async thread: the work is waiting on chat platforms, and SQLite's statements take
    // microseconds on this thread; handing work between async workers costs more than it gains
    // on a small machine.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let result = runtime.block_on(haven::run::execute(cli));
    // Once the command has finished, nothing is left to wait for but the console's read of
    // standard input, which tokio runs on a thread of its own and cannot cancel: dropping the
    // runtime normally would keep a stopped Haven (after SIGTERM) alive until the next line.
    runtime.shutdown_background();
    quiet_on_closed_pipe(result)
}

/// A reader that stops early (`haven aup report | head`) closes the pipe: that is the end of
/// the output, not an error, so it ends quietly.
fn quiet_on_closed_pipe(result: anyhow::Result<()>) -> anyhow::Result<()> {
    match result {
        Err(e)
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) =>
        {
            Ok(())
        }
        other => other,
    }
}
