//! The `haven` binary: parse the command line, set up logging, run. Everything else is in the
//! library.

use clap::Parser;
use haven::cli::Cli;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    haven::run::execute(cli).await
}
