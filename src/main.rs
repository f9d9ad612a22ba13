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
    result
}
