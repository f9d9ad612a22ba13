//! `haven school add|list`, and the schools every command's app is assembled with: each with
//! its settings, acting for the school named with `--school` (or the only one).

use super::open_directory_app_for;
use crate::app::App;
use crate::cli::SchoolCommand;
use crate::config::Config;
use crate::core::people::Lang;
use crate::schools;

/// `app` with every school of its database, acting for the command's school. `one`: the
/// command acts on one school, which must be named when there are several.
pub(super) async fn assemble(cfg: &Config, app: App, one: bool) -> anyhow::Result<App> {
    let deployment = schools::deployment(cfg, app.ctx.store.as_ref()).await?;
    let names: Vec<_> = deployment.schools.iter().map(|(s, _)| s.clone()).collect();
    let acting = match (one, cfg.acting_school.as_deref()) {
        (false, None) => app.ctx.school,
        (_, named) => schools::pick(&app.i18n, &names, named)?.id,
    };
    Ok(app.for_schools(deployment, acting))
}

/// `haven school add|list`.
pub(super) async fn execute(cfg: &Config, action: SchoolCommand) -> anyhow::Result<()> {
    let app = open_directory_app_for(cfg, false).await?;
    let say = |key: &str, args: &[(&str, String)]| app.i18n.text_with(Lang::EnGb, key, args);
    match action {
        SchoolCommand::Add { slug, name } => {
            let s = schools::add(&app.i18n, app.ctx.store.as_ref(), &slug, &name).await?;
            println!(
                "{}",
                say(
                    "school-cli-added",
                    &[("slug", s.slug.to_string()), ("name", s.name)]
                )
            );
        }
        SchoolCommand::List => {
            for (s, cx) in app.schools.iter() {
                let configured = cfg.schools.contains_key(s.slug.as_str())
                    || s.id == crate::core::ids::SchoolId::default();
                let args = [
                    ("slug", s.slug.to_string()),
                    ("name", cx.settings.school_name.clone()),
                    ("configured", configured.to_string()),
                ];
                println!("{}", say("school-cli-line", &args));
            }
        }
    }
    Ok(())
}
