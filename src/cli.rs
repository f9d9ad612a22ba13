//! The `haven` command line: run the bot, check the configuration, import the roster, issue
//! link codes, rotate the encryption key, check the database, show campaigns, and measure
//! throughput.

use clap::{Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// Haven: a school's online-safety policy in the chat apps staff and parents already use.
#[derive(Debug, Parser)]
#[command(name = "haven", version, about)]
pub struct Cli {
    /// Configuration file [default: haven.toml if it exists]. A file named here must exist.
    /// Defaults and HAVEN_* variables apply without one.
    #[arg(long, global = true)]
    pub config: Option<PathBuf>,
    /// Log format.
    #[arg(long, global = true, value_enum)]
    pub log_format: Option<LogFormat>,
    /// The school a command acts on (its slug; see `haven school list`) [default: the only
    /// school].
    #[arg(long, global = true)]
    pub school: Option<String>,
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
        /// Say what the import would change, and write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Go ahead even if more than `roster.max_leaver_percent` of a group would leave.
        #[arg(long)]
        allow_leavers: bool,
    },
    /// Issue single-use link codes and write the office's mail-merge CSV.
    Invite(InviteArgs),
    /// Approve moving a person's chat account to the new account that used their code, when
    /// the old account could not confirm (after the cooling-off period).
    Relink {
        /// The person's MIS id.
        #[arg(long)]
        person: String,
    },
    /// Re-encrypt everything with a new key read from a file (created, owner-only, if it does
    /// not exist). Refused while Haven runs on the database; run it again to finish an
    /// interrupted rotation.
    RotateKey {
        #[arg(long, required_unless_present = "check")]
        new_key_file: Option<PathBuf>,
        /// Only say how many sealed values each key still seals, per table and column; exit
        /// status 1 unless the current key seals them all.
        #[arg(long, conflicts_with = "new_key_file")]
        check: bool,
    },
    /// Check the database: list rows set aside because they could not be read, run the
    /// engine's integrity check (on PostgreSQL: the schema is at the latest migration) and try
    /// every sealed value with the key (prints no content).
    Doctor,
    /// Copy this configuration's SQLite database into an empty PostgreSQL database (ids, sealed
    /// values and all), then check that every table's count matches and every sealed value
    /// opens there. Refused while Haven runs on the SQLite file.
    MigrateTo {
        /// The PostgreSQL database, e.g. postgres://haven@db.example/haven
        url: String,
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
    /// Measure throughput (figures, not assertions).
    Bench {
        #[command(subcommand)]
        what: BenchCommand,
    },
    /// Microsoft Teams: write the app package to upload in the Teams admin centre.
    Teams {
        #[command(subcommand)]
        action: TeamsCommand,
    },
    /// School campaigns such as Safer Internet Day.
    Campaign {
        #[command(subcommand)]
        action: CampaignCommand,
    },
    /// A trust's schools in this deployment.
    School {
        #[command(subcommand)]
        action: SchoolCommand,
    },
}

/// `haven school …`.
#[derive(Debug, Subcommand)]
pub enum SchoolCommand {
    /// Add a school (its settings: `[schools.<slug>]` in haven.toml).
    Add {
        /// Its short name in commands and configuration (lower-case letters, digits, hyphens).
        slug: String,
        /// Its name as people see it.
        #[arg(long)]
        name: String,
    },
    /// List the schools.
    List,
}

/// `haven teams …`.
#[derive(Debug, Subcommand)]
pub enum TeamsCommand {
    /// Write the Teams app package (manifest, translations, icons) for `[teams] app_id`.
    Manifest {
        /// Where to write the zip.
        #[arg(long, default_value = "haven-teams.zip")]
        out: PathBuf,
        /// Who publishes the app (the school or trust) [default: the school's name].
        #[arg(long)]
        developer: Option<String>,
        /// The publisher's website (HTTPS).
        #[arg(long, default_value = "https://www.example.org")]
        website_url: String,
        /// The privacy statement (HTTPS) [default: the website].
        #[arg(long)]
        privacy_url: Option<String>,
        /// The terms of use (HTTPS) [default: the website].
        #[arg(long)]
        terms_url: Option<String>,
    },
}

/// Options of `haven invite`.
#[derive(Debug, Clone, clap::Args)]
pub struct InviteArgs {
    /// Also issue codes to people who already have a linked account (their old account is
    /// asked to confirm a move).
    #[arg(long, alias = "all")]
    pub include_linked: bool,
    /// Replace codes issued earlier today that still work.
    #[arg(long)]
    pub replace: bool,
    /// Issue for one person (their MIS id).
    #[arg(long)]
    pub person: Option<String>,
    /// Where to write the CSV (standard output by default).
    #[arg(long)]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum BenchCommand {
    /// Push messages through the whole pipeline and print throughput and latency.
    Pipeline {
        /// Inbound messages to send.
        #[arg(long, default_value_t = 20_000)]
        messages: usize,
        /// A PostgreSQL server (postgres://…) to run on, in a fresh database made for the run
        /// and dropped after it [default: a temporary SQLite file].
        #[arg(long)]
        database: Option<String>,
    },
    /// Broadcast to many recipients over two fake platforms with their rate limits; print the
    /// rate achieved against the limit, CPU time per message, and duplicates or losses after
    /// stopping and restarting the dispatchers halfway.
    Broadcast(BroadcastBench),
    /// Members of staff answering the concern form at a human pace on Telegram's limits while
    /// alerts queue for the DSL team; print the wait from an answer to the next question.
    Reporters(ReportersBench),
}

/// Options of `haven bench reporters`.
#[derive(Debug, Clone, clap::Args)]
pub struct ReportersBench {
    /// Members of staff answering at once.
    #[arg(long, default_value_t = 20)]
    pub reporters: usize,
    /// Milliseconds a reporter takes over each step.
    #[arg(long, default_value_t = 2_000)]
    pub pace_ms: u64,
    /// Inputs per reporter.
    #[arg(long, default_value_t = 40)]
    pub steps: usize,
    /// Alerts queued for the DSL team at the start.
    #[arg(long, default_value_t = 300)]
    pub alerts: usize,
}

/// Options of `haven bench broadcast`.
#[derive(Debug, Clone, clap::Args)]
pub struct BroadcastBench {
    /// Recipients (half on each fake platform; every tenth linked on both).
    #[arg(long, default_value_t = 10_000)]
    pub recipients: usize,
    /// Overall messages a second allowed on each platform.
    #[arg(long, default_value_t = 1_000)]
    pub rate: u32,
    /// Overrides --rate for the fake Telegram (the real limit is about 30).
    #[arg(long)]
    pub telegram_rate: Option<u32>,
    /// Overrides --rate for the fake Discord (the real limit is 50).
    #[arg(long)]
    pub discord_rate: Option<u32>,
    /// Use each platform's shipped limits (Telegram 30 a second, Discord 50, and their
    /// per-chat windows) instead of --rate.
    #[arg(long)]
    pub real_limits: bool,
    /// Milliseconds each fake platform takes to answer a send.
    #[arg(long, default_value_t = 2)]
    pub latency_ms: u64,
    /// A PostgreSQL server (postgres://…) to run on, in a fresh database made for the run and
    /// dropped after it [default: a temporary SQLite file].
    #[arg(long)]
    pub database: Option<String>,
    /// Stop (abort) the dispatchers once this fraction was delivered, then restart them;
    /// 0 runs straight through. With --instances, kill the instance sending on Telegram
    /// instead (no hand-over, as SIGKILL) and let the others take over.
    #[arg(long, default_value_t = 0.5)]
    pub kill_at: f64,
    /// Deliver with this many Haven instances sharing the database, each with its own
    /// connections, leases and dispatchers (one elected sender per platform) [default: the
    /// single-process dispatchers, no leases].
    #[arg(long, default_value_t = 0)]
    pub instances: usize,
}

#[derive(Debug, Subcommand)]
pub enum CampaignCommand {
    /// Print a campaign's date and plan.
    Show {
        #[arg(value_enum)]
        campaign: CampaignName,
        /// The year (the coming one by default).
        #[arg(long)]
        year: Option<i32>,
        /// Language of the text (en-GB, cy, pl, ar).
        #[arg(long, default_value = "en-GB")]
        lang: String,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum CampaignName {
    SaferInternetDay,
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
        /// Every school of the trust, each on its own and all together (for the trust's
        /// safeguarding lead).
        #[arg(long)]
        all_schools: bool,
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
