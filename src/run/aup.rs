//! `haven aup publish` and `haven aup report`: the online safety lead's tools at the command
//! line. The people who must sign are asked by the running bot, in working hours.

use super::{no_link_codes, open_app};
use crate::cli::AupAction;
use crate::config::Config;
use crate::core::aup::day;
use crate::core::aup::model::{Audience, Draft, NewVersion, Rule};
use crate::core::aup::publish::publish;
use crate::core::aup::report::{policy_message, write_csv};
use crate::core::aup::roll::roll;
use crate::core::form::datetime;
use crate::core::people::Lang;
use anyhow::{bail, Context};
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use chrono_tz::Tz;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Runs one `haven aup` action.
pub(super) async fn execute(cfg: &Config, action: AupAction) -> anyhow::Result<()> {
    match action {
        AupAction::Publish {
            file,
            title,
            label,
            audience,
            rule,
            effective,
            link,
        } => {
            let args = PublishArgs {
                file: &file,
                title: &title,
                label: &label,
                audience: &audience,
                rule: &rule,
                effective: effective.as_deref(),
                link,
            };
            publish_file(cfg, args).await
        }
        AupAction::Report { csv, out } => report(cfg, csv, out).await,
    }
}

struct PublishArgs<'a> {
    file: &'a Path,
    title: &'a str,
    label: &'a str,
    audience: &'a str,
    rule: &'a str,
    effective: Option<&'a str>,
    link: Option<String>,
}

/// Reads `YYYY-MM-DD` as midnight in `tz`, or anything the forms accept (`2026-12-01 08:00`).
fn parse_effective(s: &str, now: DateTime<Utc>, tz: Tz) -> Option<DateTime<Utc>> {
    if let Ok(d) = NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d") {
        let local = tz
            .from_local_datetime(&d.and_hms_opt(0, 0, 0)?)
            .earliest()?;
        return Some(local.with_timezone(&Utc));
    }
    datetime::parse(s, now, tz)
}

async fn publish_file(cfg: &Config, a: PublishArgs<'_>) -> anyhow::Result<()> {
    let app = open_app(cfg, false, no_link_codes()).await?;
    let i18n = &app.i18n;
    let say = |key: &str, args: &[(&str, String)]| i18n.text_with(Lang::EnGb, key, args);
    let text =
        std::fs::read_to_string(a.file).with_context(|| format!("reading {}", a.file.display()))?;
    let audience = match Audience::parse(a.audience) {
        Ok(x) => x,
        Err(group) => bail!("{}", say("aup-cli-bad-audience", &[("group", group)])),
    };
    let Some(rule) = Rule::parse(a.rule) else {
        bail!(
            "{}",
            say("aup-cli-bad-rule", &[("rule", a.rule.to_string())])
        );
    };
    let now = app.ctx.clock.now();
    let tz = app.ctx.settings.timezone;
    let effective = match a.effective {
        None => now,
        Some(s) => match parse_effective(s, now, tz) {
            Some(t) => t,
            None => bail!(
                "{}",
                say("aup-cli-bad-effective", &[("effective", s.into())])
            ),
        },
    };
    let draft = Draft {
        title: a.title,
        label: a.label,
        text: &text,
        audience,
        rule,
        link: a.link,
        effective,
    };
    let v = match NewVersion::parse(app.ctx.school, draft, None) {
        Ok(v) => v,
        Err(e) => bail!("{}", say(e.cli_key(), &[])),
    };
    let mut tx = app.ctx.store.begin().await?;
    let p = match publish(&mut *tx, &v, &app.ctx.settings, now).await? {
        Ok(p) => p,
        Err(e) => bail!("{}", say(e.cli_key(), &[])),
    };
    tx.commit().await?;
    let args = [
        ("title", v.title.clone()),
        ("version", v.label.clone()),
        ("hash", v.hash.chars().take(12).collect()),
        ("effective", i18n.time(v.effective)),
        ("count", p.audience.to_string()),
        ("due", day(p.due)),
    ];
    println!("{}", say("aup-cli-published", &args));
    Ok(())
}

async fn report(cfg: &Config, csv: bool, out: Option<PathBuf>) -> anyhow::Result<()> {
    let app = open_app(cfg, false, no_link_codes()).await?;
    let now = app.ctx.clock.now();
    let rolls = {
        let mut tx = app.ctx.store.begin().await?;
        roll(&mut *tx, app.ctx.school, &app.ctx.settings, now, None).await?
    };
    let mut w: Box<dyn Write> = match &out {
        Some(path) => Box::new(crate::files::create_private(path)?),
        None => Box::new(std::io::stdout()),
    };
    if csv {
        return Ok(write_csv(&rolls, app.ctx.settings.timezone, w)?);
    }
    if rolls.is_empty() {
        writeln!(w, "{}", app.i18n.text(Lang::EnGb, "aup-report-none"))?;
    }
    for r in &rolls {
        let text = app.i18n.render(Lang::EnGb, policy_message(r).body());
        writeln!(w, "{text}\n")?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Europe::London;

    #[test]
    fn effective_dates_are_read_in_school_time() {
        let now = Utc.with_ymd_and_hms(2026, 11, 17, 10, 0, 0).unwrap();
        let june = parse_effective("2027-06-01", now, London).unwrap();
        assert_eq!(june, Utc.with_ymd_and_hms(2027, 5, 31, 23, 0, 0).unwrap());
        let dec = parse_effective("2026-12-01 08:00", now, London).unwrap();
        assert_eq!(dec, Utc.with_ymd_and_hms(2026, 12, 1, 8, 0, 0).unwrap());
        assert_eq!(parse_effective("soon", now, London), None);
    }
}
