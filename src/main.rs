//! The `haven` binary: parse the command line, set up logging, run. Everything else is in the
//! library.

use clap::Parser;
use haven::cli::Cli;

// One async thread: the work is waiting on chat platforms, and SQLite's statements take
// microseconds on this thread; handing work between async workers costs more than it gains on a
// small machine.
#[tokio::main(flavor = "current_thread")]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    haven::run::execute(cli).await
}
