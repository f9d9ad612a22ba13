//! `haven import` and `haven invite`: the office's tools at the command line. They print what
//! they did (or would do) in English on the terminal; refusals go to standard error with a
//! non-zero exit.

use super::open_app;
use crate::cli::ImportKind;
use crate::config::Config;
use crate::core::people::Lang;
use crate::core::store::Kind;
use crate::i18n::I18n;
use crate::roster::{self, Group, GroupShare, ImportOptions, ImportReport, Refusal, RowError};
use anyhow::{bail, Context};
use chrono::Duration;
use rand::SeedableRng;
use std::path::Path;

/// `haven import staff|parents FILE [--dry-run] [--allow-leavers]`.
pub(super) async fn import(
    cfg: &Config,
    kind: ImportKind,
    file: &Path,
    dry_run: bool,
    allow_leavers: bool,
) -> anyhow::Result<()> {
    let app = open_app(cfg, false).await?;
    let reader =
        std::fs::File::open(file).with_context(|| format!("opening {}", file.display()))?;
    let kind = match kind {
        ImportKind::Staff => Kind::Staff,
        ImportKind::Parents => Kind::Parents,
    };
    let options = ImportOptions {
        dry_run,
        allow_leavers,
        max_leaver_percent: cfg.roster.max_leaver_percent.min(100),
    };
    let now = app.ctx.clock.now();
    let (store, school) = (app.ctx.store.as_ref(), app.ctx.school);
    let i18n = &app.i18n;
    let say = |key: &str, args: &[(&str, String)]| i18n.text_with(Lang::EnGb, key, args);
    match roster::import_with(store, school, kind, reader, now, &options).await? {
        Ok(report) => {
            println!("{}", describe(i18n, &report));
            Ok(())
        }
        Err(Refusal::BadRows(errors)) => {
            for e in &errors {
                eprintln!("{}", row_error(i18n, e));
            }
            bail!(
                "{}",
                say("import-failed", &[("count", errors.len().to_string())])
            )
        }
        Err(Refusal::NoRows) => bail!("{}", say("import-refused-empty", &[])),
        Err(Refusal::TooManyLeavers { report, groups }) => {
            eprintln!("{}", describe(i18n, &report));
            for g in &groups {
                eprintln!("{}", group_line(i18n, g));
            }
            let percent = options.max_leaver_percent.to_string();
            bail!("{}", say("import-refused-leavers", &[("percent", percent)]))
        }
    }
}

/// The summary, then one line per leaver.
fn describe(i18n: &I18n, report: &ImportReport) -> String {
    let s = &report.summary;
    let args = [
        ("added", s.added.to_string()),
        ("updated", s.updated.to_string()),
        ("unchanged", s.unchanged.to_string()),
        ("left", s.left.to_string()),
    ];
    let key = if report.dry_run {
        "import-dry-run-summary"
    } else {
        "import-summary"
    };
    let mut lines = vec![i18n.text_with(Lang::EnGb, key, &args)];
    for (external_id, name) in &report.leavers {
        let args = [("external_id", external_id.clone()), ("name", name.clone())];
        lines.push(i18n.text_with(Lang::EnGb, "import-leaver-line", &args));
    }
    lines.join("\n")
}

fn group_line(i18n: &I18n, g: &GroupShare) -> String {
    let group = match &g.group {
        Group::Staff => i18n.text(Lang::EnGb, "import-group-staff"),
        Group::Parents => i18n.text(Lang::EnGb, "import-group-parents"),
        Group::Class(class) => i18n.text_with(
            Lang::EnGb,
            "import-group-class",
            &[("class", class.clone())],
        ),
    };
    let args = [
        ("group", group),
        ("leaving", g.leaving.to_string()),
        ("total", g.of.to_string()),
    ];
    i18n.text_with(Lang::EnGb, "import-leavers-group", &args)
}

fn row_error(i18n: &I18n, e: &RowError) -> String {
    let mut args: Vec<(&str, String)> = e.problem.args();
    args.push(("line", e.line.to_string()));
    let reason = i18n.text_with(Lang::EnGb, e.problem.key(), &args);
    i18n.text_with(
        Lang::EnGb,
        "import-error-at-line",
        &[("line", e.line.to_string()), ("problem", reason)],
    )
}

pub(super) async fn invite(
    cfg: &Config,
    all: bool,
    person: Option<String>,
    out: Option<std::path::PathBuf>,
) -> anyhow::Result<()> {
    let app = open_app(cfg, false).await?;
    let who = match (person, all) {
        (Some(p), _) => roster::InviteFilter::One(p),
        (None, true) => roster::InviteFilter::All,
        (None, false) => roster::InviteFilter::Unlinked,
    };
    let ttl = Duration::days(app.ctx.settings.linking.code_valid_days.max(1));
    let now = app.ctx.clock.now();
    let mut rng = rand::rngs::StdRng::from_entropy();
    let invites = roster::issue(
        app.ctx.store.as_ref(),
        app.ctx.school,
        who,
        ttl,
        now,
        &mut rng,
    )
    .await?;
    let invites = match invites {
        Ok(i) => i,
        Err(e) => bail!("{}", app.i18n.text_with(Lang::EnGb, e.key(), &e.args())),
    };
    let say = |key: &str, args: &[(&str, String)]| {
        eprintln!("{}", app.i18n.text_with(Lang::EnGb, key, args))
    };
    let Some(expires) = invites.iter().map(|i| i.expires).max() else {
        say("invite-none", &[]);
        return Ok(());
    };
    let bot = cfg
        .telegram
        .as_ref()
        .and_then(|t| t.bot_username.as_deref());
    let tz = app.ctx.settings.timezone;
    match &out {
        Some(path) => roster::write_csv(&invites, bot, tz, crate::files::create_private(path)?)?,
        None => roster::write_csv(&invites, bot, tz, std::io::stdout())?,
    }
    say(
        "invite-issued",
        &[
            ("count", invites.len().to_string()),
            ("expires", app.i18n.time(expires)),
        ],
    );
    if let Some(path) = out {
        say(
            "invite-file-written",
            &[("path", path.display().to_string())],
        );
    }
    Ok(())
}
