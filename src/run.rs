//! What each `haven` command does. `anyhow` lives here, at the top.

mod aup;
mod doctor;
mod keys;
mod migrate;
mod office;
pub mod ops;
mod school;
mod teams;

use crate::app::App;
use crate::cli::{
    BenchCommand, CampaignCommand, CampaignName, Cli, Command, LogFormat, ReportKind,
};
use crate::config::Config;
use crate::core::clock::{Clock, SystemClock};
use crate::core::linkcode::LinkKey;
use crate::core::people::Lang;
use crate::crypto::{Cipher, Key};
use crate::i18n::I18n;
use crate::{demo, store};
use anyhow::{bail, Context};
use is_terminal::IsTerminal;
use secrecy::ExposeSecret;
use std::sync::Arc;
use tokio::io::BufReader;
use tokio::sync::watch;
use tracing_subscriber::EnvFilter;

/// The configuration file read when none is named (and skipped when it does not exist).
const DEFAULT_CONFIG: &str = "haven.toml";

/// Runs the command the user asked for.
pub async fn execute(cli: Cli) -> anyhow::Result<()> {
    let file = match cli.config {
        Some(file) if !file.exists() => {
            let i18n = I18n::load(chrono_tz::Europe::London)?;
            bail!(
                "{}",
                i18n.text_with(
                    Lang::EnGb,
                    "config-file-missing",
                    &[("path", file.display().to_string())]
                )
            )
        }
        Some(file) => file,
        None => DEFAULT_CONFIG.into(),
    };
    let mut cfg = Config::load(&file)?;
    cfg.acting_school = cli.school;
    init_tracing(&cfg, cli.log_format);
    match cli.command.unwrap_or(Command::Run) {
        Command::Run => run(cfg).await,
        Command::CheckConfig => check_config(&cfg),
        Command::Import {
            kind,
            file,
            dry_run,
            allow_leavers,
        } => office::import(&cfg, kind, &file, dry_run, allow_leavers).await,
        Command::Invite(o) => office::invite(&cfg, o).await,
        Command::Relink { person } => office::relink(&cfg, &person).await,
        Command::RotateKey {
            new_key_file,
            check,
        } => keys::rotate(&cfg, new_key_file.as_deref(), check).await,
        Command::Doctor => doctor::run(&cfg).await,
        Command::MigrateTo { url } => migrate::run(&cfg, &url).await,
        Command::Report {
            what:
                ReportKind::Concerns {
                    from,
                    to,
                    csv,
                    all_schools,
                },
        } => {
            let out = std::io::stdout().lock();
            if all_schools {
                let app = open_app_for(&cfg, false, no_link_codes(), true).await?;
                crate::reports::trust_concerns(&app, from, to, csv, out).await
            } else {
                let app = open_app(&cfg, false, no_link_codes()).await?;
                crate::reports::concerns(&app, from, to, csv, out).await
            }
        }
        Command::Aup { action } => aup::execute(&cfg, action).await,
        Command::Bench { what } => match what {
            BenchCommand::Pipeline { messages, database } => {
                crate::bench::run(messages, database.as_deref()).await
            }
            BenchCommand::Broadcast(o) => crate::bench::broadcast::run(o).await,
            BenchCommand::Reporters(o) => crate::bench::reporters::run(o).await,
        },
        Command::Teams { action } => teams::execute(&cfg, action),
        Command::Campaign {
            action:
                CampaignCommand::Show {
                    campaign: CampaignName::SaferInternetDay,
                    year,
                    lang,
                },
        } => campaign_show(&cfg, year, &lang).await,
        Command::School { action } => school::execute(&cfg, action).await,
    }
}

fn init_tracing(cfg: &Config, format: Option<LogFormat>) {
    let mut filter = EnvFilter::try_new(&cfg.log.level).unwrap_or_else(|_| EnvFilter::new("info"));
    if !cfg.log.level.contains("serenity") {
        // serenity's spans carry whole gateway events (message text, interaction tokens), which
        // must never reach the log; Haven's Discord adapter logs what went wrong itself.
        if let Ok(quiet) = "serenity=off".parse() {
            filter = filter.add_directive(quiet);
        }
    }
    let json = format == Some(LogFormat::Json) || (format.is_none() && cfg.log.format == "json");
    // Colours only for a person watching a terminal, never in a log file.
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_ansi(std::io::stderr().is_terminal())
        .with_writer(std::io::stderr);
    let _ = if json {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

/// The encryption key: from the configuration, else the key file, with the old keys of
/// `secrets.old_keys` for opening what they still seal. A missing key file is created only when
/// `may_create` (the console demo); otherwise Haven refuses to start.
pub fn load_cipher(cfg: &Config, may_create: bool) -> anyhow::Result<Cipher> {
    let current = current_key(cfg, may_create)?;
    Ok(keys::old_keys(cfg)?
        .into_iter()
        .fold(Cipher::new(current), Cipher::with_old_key))
}

fn current_key(cfg: &Config, may_create: bool) -> anyhow::Result<Key> {
    if let Some(k) = &cfg.secrets.key {
        return Ok(Key::from_base64(k.expose_secret())?);
    }
    let path = &cfg.secrets.key_file;
    if may_create {
        let (key, created) = Key::load_or_create_file(path)?;
        if created {
            tracing::info!(path = %path.display(), "created a new encryption key; keep this file safe and backed up");
        }
        return Ok(key);
    }
    if path.exists() {
        return Ok(Key::load_file(path)?);
    }
    let i18n = I18n::load(cfg.school.timezone)?;
    bail!(
        "{}",
        i18n.text_with(
            Lang::EnGb,
            "start-key-missing",
            &[("path", path.display().to_string())]
        )
    )
}

/// The office's directory key: from the configuration, else the key file, which the office's
/// first directory command (or `haven run`) creates, owner-only. It never reads the safeguarding
/// key. Link codes are stored under a key derived from it, so the bot and the office's tools
/// must hold the same one.
pub fn load_directory_key(cfg: &Config) -> anyhow::Result<Key> {
    if let Some(k) = &cfg.secrets.directory_key {
        return Ok(Key::from_base64(k.expose_secret())?);
    }
    let path = &cfg.secrets.directory_key_file;
    let (key, created) = Key::load_or_create_file(path)?;
    if created {
        tracing::info!(path = %path.display(), "created the office's directory key; keep this file with the office's tools");
    }
    Ok(key)
}

/// The app for the office's directory tools: the directory key only, so nothing sealed (no
/// concern, draft, case record or stream credential) can be read or written.
async fn open_directory_app(cfg: &Config) -> anyhow::Result<App> {
    open_directory_app_for(cfg, true).await
}

/// As [`open_directory_app`]; `one`: acting on one school, which must be named when there are
/// several (`haven school` acts on none).
async fn open_directory_app_for(cfg: &Config, one: bool) -> anyhow::Result<App> {
    let key = load_directory_key(cfg)?;
    let store = store::open_directory(&cfg.database.url, &key)
        .await
        .with_context(|| format!("opening the database {}", cfg.database.url))?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    let app = App::new(store, clock, cfg.school.clone(), key.link_key())?;
    school::assemble(cfg, app, one).await
}

/// A link key for the commands that neither issue nor redeem link codes (reports, AUP and
/// campaign commands), so they need not hold the directory key.
fn no_link_codes() -> LinkKey {
    Key::generate().link_key()
}

/// The full app (safeguarding key and all). `link_key` is the directory key's for `haven run`,
/// which redeems link codes, else [`no_link_codes`].
async fn open_app(cfg: &Config, may_create_key: bool, link_key: LinkKey) -> anyhow::Result<App> {
    open_app_for(cfg, may_create_key, link_key, false).await
}

/// As [`open_app`]; `running` for `haven run`, which serves every school (and needs no
/// `--school`).
async fn open_app_for(
    cfg: &Config,
    may_create_key: bool,
    link_key: LinkKey,
    running: bool,
) -> anyhow::Result<App> {
    let cipher = load_cipher(cfg, may_create_key)?;
    let wait = std::time::Duration::from_millis(cfg.database.busy_timeout_ms);
    let store = store::open_waiting(&cfg.database.url, cipher, wait)
        .await
        .map_err(|e| keys::explain(cfg, e))
        .with_context(|| format!("opening the database {}", cfg.database.url))?;
    // The console alone (trying Haven out) runs on a clock `/clock` moves forward, never back.
    let clock: Arc<dyn Clock> = if running && !cfg.has_platform() {
        Arc::new(crate::core::clock::ShiftedClock::default())
    } else {
        Arc::new(SystemClock)
    };
    let app = App::new(store, clock, cfg.school.clone(), link_key)?;
    school::assemble(cfg, app, !running).await
}

async fn run(cfg: Config) -> anyhow::Result<()> {
    for warning in keys::loose_file_warnings(&cfg)? {
        tracing::warn!("{warning}");
    }
    let console_only = !cfg.has_platform();
    let directory_key = load_directory_key(&cfg)?;
    // Link codes are keyed by the office's directory key: the bot must hold the same one, or
    // every code the office issues would be refused. The first to open the database records
    // its fingerprint; a different key is refused here with the reason.
    drop(
        crate::store::open_directory(&cfg.database.url, &directory_key)
            .await
            .with_context(|| format!("checking the directory key for {}", cfg.database.url))?,
    );
    let link_key = directory_key.link_key();
    let app = open_app_for(&cfg, console_only, link_key, true).await?;
    let instance = app.instance.clone();
    instance.register().await?;
    let (stop, stopped) = watch::channel(false);
    let heartbeats = tokio::spawn(instance.clone().heartbeats(stopped.clone()));
    if let Some(listen) = cfg.ops.listen {
        let (app, stopped) = (app.clone(), stopped.clone());
        tokio::spawn(async move {
            if let Err(e) = ops::serve(listen, app, stopped).await {
                tracing::error!(error = %format!("{e:#}"), "the operations endpoints stopped");
            }
        });
    }
    if let Some(listen) = cfg.web.listen {
        let (app, stopped) = (app.clone(), stopped.clone());
        tokio::spawn(async move {
            if let Err(e) = crate::web::serve(listen, app, stopped).await {
                tracing::error!(error = %format!("{e:#}"), "the case desk stopped");
            }
        });
    }
    let mut scheduler = tokio::spawn(scheduler(app.clone(), stopped.clone()));
    let ended = if console_only {
        if cfg.console.demo {
            demo::seed(app.ctx.store.as_ref(), app.ctx.school, app.ctx.clock.now()).await?;
        }
        let script = !std::io::stdin().is_terminal();
        let console = crate::platforms::console(&app, Box::new(std::io::stdout()));
        tokio::select! {
            r = console.run(BufReader::new(tokio::io::stdin()), script) => { r?; None }
            _ = shutdown_signal() => None,
            r = &mut scheduler => Some(r),
        }
    } else {
        let mut tasks = crate::platforms::start(&cfg, &app, stopped.clone()).await?;
        let ended = tokio::select! {
            _ = shutdown_signal() => None,
            r = &mut scheduler => Some(r),
        };
        // Hand-over: stop taking updates, let in-flight sends settle, give up the roles.
        let _ = stop.send(true);
        while tasks.join_next().await.is_some() {}
        ended
    };
    let _ = stop.send(true);
    let ended = match ended {
        Some(r) => r,
        None => scheduler.await,
    };
    let _ = heartbeats.await;
    if let Err(e) = instance.stop().await {
        tracing::warn!(error = %format!("{e:#}"), "could not mark this instance stopped; its leases run out by themselves");
    }
    tracing::info!("Haven stopped; undelivered messages stay in the outbox");
    ended?.map_err(|e| keys::explain(&cfg, e))
}

/// How often the scheduled work runs on the instance elected to run it.
const TICK: std::time::Duration = std::time::Duration::from_secs(30);

/// Runs what is due every [`TICK`] while this instance holds the scheduler's lease (asked for,
/// or renewed, every `lease::RETRY`), until told to stop; then gives the lease up. Ends with
/// an error, stopping Haven, when the database is found sealed with another key than Haven's
/// (a rotation that did not wait for it): no transaction is allowed then, so nothing is sealed
/// with the old key.
pub async fn scheduler(app: App, mut stop: watch::Receiver<bool>) -> anyhow::Result<()> {
    use crate::core::lease::{self, Role};
    let mut next_tick = tokio::time::Instant::now();
    loop {
        if let Err(e) = app.ctx.store.begin().await {
            let e = anyhow::Error::from(e);
            if crate::store::key_changed(&e).is_some() {
                tracing::error!(error = %e, "stopping Haven");
                return Err(e);
            }
        }
        let now = tokio::time::Instant::now();
        if app.instance.hold(Role::Scheduler).await && now >= next_tick {
            next_tick = now + TICK;
            // Each failure was logged with its reference as it happened; the rest still ran.
            if let Err(e) = app.sweep(crate::app::SCHEDULED, true).await {
                tracing::warn!(error = %format!("{e:#}"), "some scheduled work failed");
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(lease::RETRY) => {}
            _ = stop.changed() => {
                app.instance.let_go(Role::Scheduler).await;
                return Ok(());
            }
        }
    }
}

/// Resolves on Ctrl-C or SIGTERM.
pub async fn shutdown_signal() {
    #[cfg(unix)]
    {
        let mut term =
            match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
                Ok(s) => s,
                Err(_) => {
                    let _ = tokio::signal::ctrl_c().await;
                    return;
                }
            };
        tokio::select! {
            _ = tokio::signal::ctrl_c() => {}
            _ = term.recv() => {}
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}

fn check_config(cfg: &Config) -> anyhow::Result<()> {
    let i18n = I18n::load(cfg.school.timezone)?;
    let key_ok = cfg.secrets.key.is_some() || cfg.secrets.key_file.exists();
    let say =
        |key: &str, args: &[(&str, String)]| println!("{}", i18n.text_with(Lang::EnGb, key, args));
    say(
        "check-school",
        &[
            ("name", cfg.school.school_name.clone()),
            ("tz", cfg.school.timezone.to_string()),
        ],
    );
    say("check-database", &[("url", cfg.database.url.clone())]);
    for warning in keys::loose_file_warnings(cfg)? {
        println!("{warning}");
    }
    check_calendar(cfg, say);
    say(
        if key_ok {
            "check-key-ok"
        } else {
            "check-key-missing"
        },
        &[],
    );
    let platforms = crate::platforms::configured(cfg);
    if platforms.is_empty() {
        say("check-console-only", &[]);
    } else {
        say("check-platforms", &[("platforms", platforms.join(", "))]);
    }
    if !key_ok && cfg.has_platform() {
        bail!("{}", i18n.text(Lang::EnGb, "check-key-missing"));
    }
    Ok(())
}

/// What the school calendar holds, and the next school day from today.
fn check_calendar(cfg: &Config, say: impl Fn(&str, &[(&str, String)])) {
    let cal = &cfg.school.calendar;
    let bank = match cal.bank_holidays {
        crate::core::calendar::BankHolidays::EnglandAndWales => "england-and-wales",
        crate::core::calendar::BankHolidays::None => "none",
    };
    say(
        "check-calendar",
        &[
            ("terms", cal.terms.len().to_string()),
            ("closures", cal.closures.len().to_string()),
            ("bank", bank.to_string()),
        ],
    );
    let st = cfg.school.school_time();
    let today = st.local_date(SystemClock.now());
    let show = |d: chrono::NaiveDate| d.format("%A %-d %B %Y").to_string();
    match st.next_school_day(today) {
        Some(d) => say("check-calendar-next", &[("date", show(d))]),
        None => say("check-calendar-no-next", &[]),
    }
    if let Some(last) = cal.last_term_day() {
        say("check-calendar-last-term", &[("date", show(last))]);
    }
}

/// `haven campaign show safer-internet-day`: the date and plan, with the school's own date and
/// theme when the database can be opened (the rule's date otherwise).
async fn campaign_show(cfg: &Config, year: Option<i32>, lang: &str) -> anyhow::Result<()> {
    use crate::core::broadcast::campaign;
    use crate::core::message::Outgoing;
    let lang = Lang::parse(lang).with_context(|| format!("unknown language {lang:?}"))?;
    let i18n = I18n::load(cfg.school.timezone)?;
    let tz = cfg.school.timezone;
    let today = SystemClock.now().with_timezone(&tz).date_naive();
    let facts = match open_app(cfg, false, no_link_codes()).await {
        Ok(app) => {
            let mut tx = app.ctx.store.begin().await?;
            match year {
                Some(y) => campaign::sid_facts(&mut *tx, app.ctx.school, y).await?,
                None => campaign::current(&mut *tx, app.ctx.school, today).await?,
            }
        }
        Err(e) => {
            tracing::debug!(error = %format!("{e:#}"), "showing the rule's date only");
            campaign::facts(year.unwrap_or_else(|| campaign::year_after(today)), None)
        }
    };
    if facts.day_set {
        let computed = crate::core::broadcast::sid::day(facts.year)
            .map(|d| d.format("%d/%m/%Y").to_string())
            .unwrap_or_default();
        let args = [("year", facts.year.to_string()), ("computed", computed)];
        println!("{}", i18n.text_with(lang, "b-cli-sid-title", &args));
    }
    let plan = campaign::plan_for(&cfg.school, &facts);
    // An outgoing message is the way to a message's body; it is only rendered here.
    let nobody = crate::core::ids::PersonId(0);
    let out = Outgoing::to_person(nobody, None, campaign::describe(&facts, &plan));
    println!("{}", i18n.render(lang, out.body()));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_a_key_haven_refuses_to_start_and_says_how_to_give_one() {
        let dir = tempfile::tempdir().unwrap();
        let mut cfg = Config::default();
        cfg.secrets.key_file = dir.path().join("haven.key");
        let Err(err) = load_cipher(&cfg, false) else {
            panic!("no key, no start")
        };
        let text = err.to_string();
        assert!(
            text.starts_with("No encryption key: set HAVEN_SECRETS__KEY"),
            "{text}"
        );
        assert!(text.contains(&dir.path().join("haven.key").display().to_string()));
        assert!(!dir.path().join("haven.key").exists(), "no key was made");

        load_cipher(&cfg, true).expect("the console demo makes one");
        assert!(dir.path().join("haven.key").exists());
        load_cipher(&cfg, false).expect("and uses it afterwards");
    }
}
