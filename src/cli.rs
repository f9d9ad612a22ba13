//! The `haven` command line: run the bot, check the configuration, import the roster, issue
//! link codes, rotate the encryption key, and measure throughput.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Haven: a school's online-safety policy in the chat apps staff and parents already use.
#[derive(Debug, Parser)]
#[command(name = "haven", version, about)]
pub struct Cli {
    /// Configuration file (optional; defaults and HAVEN_* variables apply without it).
    #[arg(long, global = true, default_value = "haven.toml")]
    pub config: PathBuf,
    /// Log format.
    #[arg(long, global = true, value_enum)]
    pub log_format: Option<LogFormat>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run Haven: every platform with a token, or the console when none has one (the default).
    Run,
    /// Check the configuration and say what would start.
    CheckConfig,
    /// Import people from the school's MIS export.
    Import {
        #[arg(value_enum)]
        kind: ImportKind,
        file: PathBuf,
    },
    /// Issue single-use link codes and write the office's mail-merge CSV.
    Invite {
        /// Issue for everyone, not only people with no linked account.
        #[arg(long)]
        all: bool,
        /// Issue for one person (their MIS id).
        #[arg(long)]
        person: Option<String>,
        /// Where to write the CSV (standard output by default).
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Re-encrypt everything with a new key read from a file (created if it does not exist).
    RotateKey {
        #[arg(long)]
        new_key_file: PathBuf,
    },
    /// Reports for governors (anonymised: counts only, never names or details).
    Report {
        #[command(subcommand)]
        what: ReportKind,
    },
    /// Acceptable Use Policy: publish a version, or report who has signed.
    Aup {
        #[command(subcommand)]
        action: AupAction,
    },
    /// Push messages through the whole pipeline and print throughput and latency.
    Bench {
        /// Inbound messages to send.
        #[arg(long, default_value_t = 20_000)]
        messages: usize,
    },
}

#[derive(Debug, Subcommand)]
pub enum ReportKind {
    /// Concerns by category group, month, status and time to acknowledge.
    Concerns {
        /// First day (YYYY-MM-DD), in the school's time zone.
        #[arg(long)]
        from: chrono::NaiveDate,
        /// Last day (YYYY-MM-DD), included.
        #[arg(long)]
        to: chrono::NaiveDate,
        /// Write CSV instead of a table.
        #[arg(long)]
        csv: bool,
    },
}

/// `haven aup …`
#[derive(Debug, Subcommand)]
pub enum AupAction {
    /// Publish a new version of a policy (a new title starts a new policy).
    Publish {
        /// The policy text, Markdown (e.g. policies/aup-staff.md).
        #[arg(long)]
        file: PathBuf,
        /// The policy's title; the same title as before publishes a new version of it.
        #[arg(long)]
        title: String,
        /// The version label, such as 2026.1.
        #[arg(long = "version")]
        label: String,
        /// Who must sign: staff, volunteer, visitor, governor, parent (comma-separated).
        #[arg(long)]
        audience: String,
        /// When to sign again: annual (12 months after each signature) or fixed:MM-DD.
        #[arg(long, default_value = "annual")]
        rule: String,
        /// When it takes effect (YYYY-MM-DD or YYYY-MM-DD HH:MM, school time); now by default.
        #[arg(long)]
        effective: Option<String>,
        /// Where the text can also be read online.
        #[arg(long)]
        link: Option<String>,
    },
    /// Everyone who must sign a policy in force, with their status.
    Report {
        /// Write CSV (for a spreadsheet) instead of text.
        #[arg(long)]
        csv: bool,
        /// Where to write it (standard output by default).
        #[arg(long)]
        out: Option<PathBuf>,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ImportKind {
    Staff,
    Parents,
}
