//! `haven import`, `haven invite` and `haven relink`: the office's tools at the command line.
//! They open the database with the office's directory key only, never the safeguarding key, so
//! they cannot read a concern. They print what they did (or would do) in English on the
//! terminal; refusals go to standard error with a non-zero exit.

use super::open_directory_app;
use crate::cli::{ImportKind, InviteArgs};
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
    let app = open_directory_app(cfg).await?;
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
        Err(Refusal::NoLeads(report)) => {
            eprintln!("{}", describe(i18n, &report));
            bail!("{}", say("import-refused-no-leads", &[]))
        }
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
    for (external_id, name, role) in &report.pending {
        let args = [
            ("external_id", external_id.clone()),
            ("name", name.clone()),
            ("role", role.as_str().to_string()),
        ];
        lines.push(i18n.text_with(Lang::EnGb, "import-pending-role-line", &args));
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

/// `haven invite [--person ID] [--include-linked] [--replace] [--out FILE]`.
pub(super) async fn invite(cfg: &Config, o: InviteArgs) -> anyhow::Result<()> {
    let app = open_directory_app(cfg).await?;
    let who = match (o.person, o.include_linked) {
        (Some(p), _) => roster::InviteFilter::One(p),
        (None, true) => roster::InviteFilter::All,
        (None, false) => roster::InviteFilter::Unlinked,
    };
    let options = roster::InviteOptions {
        who,
        include_linked: o.include_linked,
        replace_live: o.replace,
    };
    let ttl = Duration::days(app.ctx.settings.linking.code_valid_days.max(1));
    let now = app.ctx.clock.now();
    let tz = app.ctx.settings.timezone;
    let mut rng = rand::rngs::StdRng::from_entropy();
    let at = roster::Issuer::of(&app.ctx);
    let issued = roster::issue_with(at, &options, ttl, tz, now, &mut rng).await?;
    let issued = match issued {
        Ok(i) => i,
        Err(e) => bail!("{}", app.i18n.text_with(Lang::EnGb, e.key(), &e.args(tz))),
    };
    let say = |key: &str, args: &[(&str, String)]| {
        eprintln!("{}", app.i18n.text_with(Lang::EnGb, key, args))
    };
    if issued.kept_live > 0 {
        say(
            "invite-skipped-live",
            &[("count", issued.kept_live.to_string())],
        );
    }
    let invites = issued.invites;
    let Some(expires) = invites.iter().map(|i| i.expires).max() else {
        say("invite-none", &[]);
        return Ok(());
    };
    let bot = cfg
        .telegram
        .as_ref()
        .and_then(|t| t.bot_username.as_deref());
    match &o.out {
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
    if let Some(path) = o.out {
        say(
            "invite-file-written",
            &[("path", path.display().to_string())],
        );
    }
    Ok(())
}

/// `haven relink --person ID`: the office approves a pending move of a person's chat account
/// once the cooling-off period has passed.
pub(super) async fn relink(cfg: &Config, person: &str) -> anyhow::Result<()> {
    use crate::core::linking::relink::{approve, ApproveError};
    let app = open_directory_app(cfg).await?;
    let now = app.ctx.clock.now();
    let cooling_off = Duration::hours(i64::from(cfg.roster.relink_cooling_off_hours));
    let mut tx = app.ctx.store.begin().await?;
    let done = approve(
        &mut *tx,
        app.ctx.school,
        person,
        cooling_off,
        &app.ctx.settings,
        now,
    )
    .await?;
    let say = |key: &str, args: &[(&str, String)]| app.i18n.text_with(Lang::EnGb, key, args);
    match done {
        Ok(_) => {
            tx.commit().await?;
            let args = [("external_id", person.to_string())];
            println!("{}", say("relink-approved", &args));
            Ok(())
        }
        Err(e) => {
            let mut args = vec![("external_id", person.to_string())];
            if let ApproveError::TooSoon { from, .. } = &e {
                args.push(("from", app.i18n.time(*from)));
            }
            bail!("{}", say(e.key(), &args))
        }
    }
}
