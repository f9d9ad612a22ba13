//! A trust's schools in the configuration: `[schools.<slug>]` sections, each laid over
//! `[school]` (a key left out keeps `[school]`'s value), with the places (groups, servers,
//! tenants) that belong to the school; `[trust]`, the trust-wide roles; and picking the school
//! a command acts on (`--school`).
//!
//! The schools themselves (ids, slugs, names) are kept in the database (`haven school add`);
//! the configuration only gives their settings. Nothing here reads or writes a school's data.

use crate::core::ids::{Platform, SchoolId};
use crate::core::people::Lang;
use crate::core::schools::route::Places;
use crate::core::schools::{School, Slug, TrustRoles};
use crate::core::settings::Settings;
use crate::core::store::Store;
use crate::i18n::I18n;
use anyhow::{bail, Context};
use chrono::Utc;
use figment::Figment;
use serde::Deserialize;
use std::collections::BTreeMap;

/// The trust (`[trust]`).
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(default)]
pub struct TrustConfig {
    /// The trust's safeguarding leads, each `<school slug>:<MIS id>` (the person as the
    /// school's import knows them): they see every school's anonymised report.
    #[serde(deserialize_with = "crate::config::strings")]
    pub safeguarding_leads: Vec<String>,
    /// The trust's safeguarding leads are the escalation level above each school's Chair.
    pub escalate_above_chair: bool,
}

impl TrustConfig {
    /// The trust leads as (school slug, MIS id).
    pub fn leads(&self) -> Vec<(String, String)> {
        self.safeguarding_leads
            .iter()
            .filter_map(|l| l.split_once(':'))
            .map(|(s, id)| (s.trim().to_string(), id.trim().to_string()))
            .collect()
    }
}

/// The chats that belong to one school (`[schools.<slug>.places]`): Telegram group ids, Discord
/// server (guild) or channel ids, Teams tenant ids or conversation ids, console group names.
#[derive(Debug, Clone, Deserialize, Default, PartialEq, Eq)]
#[serde(default)]
pub struct PlacesConfig {
    #[serde(deserialize_with = "crate::config::strings")]
    pub telegram: Vec<String>,
    #[serde(deserialize_with = "crate::config::strings")]
    pub discord: Vec<String>,
    #[serde(deserialize_with = "crate::config::strings")]
    pub teams: Vec<String>,
    #[serde(deserialize_with = "crate::config::strings")]
    pub console: Vec<String>,
}

impl PlacesConfig {
    fn each(&self) -> impl Iterator<Item = (Platform, &String)> {
        self.telegram
            .iter()
            .map(|id| (Platform::Telegram, id))
            .chain(self.discord.iter().map(|id| (Platform::Discord, id)))
            .chain(self.teams.iter().map(|id| (Platform::Teams, id)))
            .chain(self.console.iter().map(|id| (Platform::Console, id)))
    }
}

/// One school's section, read at load.
#[derive(Debug, Clone, Default)]
pub struct SchoolSection {
    /// `[school]` with this section laid over it.
    pub settings: Settings,
    /// True when the section names the school (`school_name`); otherwise the name it was
    /// added with is used.
    pub names_it: bool,
    pub places: PlacesConfig,
}

/// Every `[schools.<slug>]` section, each laid over `[school]`. Calendar files are read later,
/// with the rest of the configuration.
pub fn read_sections(fig: &Figment) -> anyhow::Result<BTreeMap<String, SchoolSection>> {
    let names: BTreeMap<String, figment::value::Value> =
        fig.extract_inner("schools").unwrap_or_default();
    let mut out = BTreeMap::new();
    for slug in names.keys() {
        if Slug::parse(slug).is_none() {
            bail!("[schools.{slug}]: a school's slug is lower-case letters, digits and hyphens");
        }
        let at = format!("schools.{slug}");
        let mut settings = Figment::new()
            .merge(fig.focus("school"))
            .merge(fig.focus(&at))
            .extract::<Settings>()
            .with_context(|| format!("reading [{at}]"))?;
        let places = fig
            .extract_inner(&format!("{at}.places"))
            .unwrap_or_default();
        let names_it = fig.contains(&format!("{at}.school_name"));
        if names_it && !fig.contains(&format!("{at}.school_name_by_lang")) {
            // [school]'s words in other languages belong to the first school's name.
            settings.school_name_by_lang = Default::default();
        }
        out.insert(
            slug.clone(),
            SchoolSection {
                settings,
                names_it,
                places,
            },
        );
    }
    Ok(out)
}

/// The first school's slug: `[school] slug`, else `school`.
pub fn first_slug(fig: &Figment) -> String {
    fig.extract_inner::<String>("school.slug")
        .ok()
        .filter(|s| Slug::parse(s).is_some())
        .unwrap_or_else(|| "school".into())
}

/// Each school of the database with its settings, and where their groups are.
pub struct Deployment {
    pub schools: Vec<(School, Settings)>,
    pub places: Places,
}

/// Reads the schools from the database, naming the first one from `[school]` (its slug and
/// name), and gives each its settings: its section laid over `[school]`, or `[school]`.
pub async fn deployment(
    cfg: &crate::config::Config,
    store: &dyn Store,
) -> anyhow::Result<Deployment> {
    let mut tx = store.begin().await?;
    let first = Slug::parse(&cfg.school_slug)
        .or_else(|| Slug::parse("school"))
        .context("[school] slug")?;
    let mut schools = tx.schools().all_schools().await?;
    if let Some(s) = schools.iter_mut().find(|s| s.id == SchoolId::default()) {
        if s.slug != first || s.name != cfg.school.school_name {
            tx.schools()
                .name_school(s.id, &first, &cfg.school.school_name)
                .await?;
            s.slug = first;
            s.name = cfg.school.school_name.clone();
        }
    }
    tx.commit().await?;
    let mut places = Places::default();
    let mut out = Vec::new();
    for s in schools {
        let settings = match cfg.schools.get(s.slug.as_str()) {
            Some(section) => {
                for (platform, id) in section.places.each() {
                    places.add(platform, id, s.id);
                }
                let mut settings = section.settings.clone();
                if !section.names_it && !s.name.is_empty() {
                    settings.rename(&s.name);
                }
                settings
            }
            None if s.id == SchoolId::default() => cfg.school.clone(),
            None => {
                let mut settings = cfg.school.clone();
                settings.rename(&s.name);
                settings
            }
        };
        let mut settings = settings;
        settings.desk_url = cfg.web.desk_url();
        settings.desk_confirm = cfg.web.confirm_in_chat;
        out.push((s, settings));
    }
    let mut trust = trust_roles(cfg, store, &out).await?;
    trust.zones = out.iter().map(|(s, st)| (s.id, st.timezone)).collect();
    for (_, settings) in &mut out {
        settings.trust = trust.clone();
    }
    Ok(Deployment {
        schools: out,
        places,
    })
}

/// The trust's safeguarding leads (`[trust] safeguarding_leads`, each `<slug>:<MIS id>`) as
/// people; one that names no active person of a school is left out, with a warning.
async fn trust_roles(
    cfg: &crate::config::Config,
    store: &dyn Store,
    schools: &[(School, Settings)],
) -> anyhow::Result<TrustRoles> {
    let mut leads = Vec::new();
    let mut tx = store.begin().await?;
    for (slug, ext) in cfg.trust.leads() {
        let school = schools.iter().find(|(s, _)| s.slug.as_str() == slug);
        let person = match school {
            Some((s, _)) => tx.person_by_external_id(s.id, &ext).await?,
            None => None,
        };
        match person.filter(|p| p.active) {
            Some(p) => leads.push(p.id),
            None => {
                tracing::warn!(school = %slug, person = %ext, "[trust] safeguarding_leads names nobody active; left out")
            }
        }
    }
    Ok(TrustRoles {
        leads,
        above_chair: cfg.trust.escalate_above_chair,
        zones: Default::default(),
    })
}

/// The school a command acts on: the one named, or the only one. With several and none named,
/// or a name that is not a school, the error lists them.
pub fn pick<'a>(
    i18n: &I18n,
    schools: &'a [School],
    named: Option<&str>,
) -> anyhow::Result<&'a School> {
    let list = schools
        .iter()
        .map(|s| format!("{} ({})", s.slug, s.name))
        .collect::<Vec<_>>()
        .join(", ");
    let say = |key: &str, slug: &str| {
        let args = [("slug", slug.to_string()), ("schools", list.clone())];
        i18n.text_with(Lang::EnGb, key, &args)
    };
    match (named, schools) {
        (Some(slug), _) => match schools.iter().find(|s| s.slug.as_str() == slug) {
            Some(s) => Ok(s),
            None => bail!("{}", say("school-cli-unknown", slug)),
        },
        (None, [one]) => Ok(one),
        (None, _) => bail!("{}", say("school-cli-several", "")),
    }
}

/// `haven school add <slug> --name …`: adds a school; refused when the slug is taken.
pub async fn add(i18n: &I18n, store: &dyn Store, slug: &str, name: &str) -> anyhow::Result<School> {
    let say = |key: &str| i18n.text_with(Lang::EnGb, key, &[("slug", slug.to_string())]);
    let Some(parsed) = Slug::parse(slug) else {
        bail!("{}", say("school-cli-bad-slug"));
    };
    let mut tx = store.begin().await?;
    let Some(s) = tx
        .schools()
        .add_school(&parsed, name.trim(), Utc::now())
        .await?
    else {
        bail!("{}", say("school-cli-taken"));
    };
    tx.commit().await?;
    Ok(s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use std::path::Path;

    #[test]
    #[allow(clippy::result_large_err)]
    fn a_schools_section_is_laid_over_school_and_names_its_places() {
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "haven.toml",
                "[school]\nslug = \"north\"\nschool_name = \"Northfield\"\n\
                 [school.contacts]\noffice = \"01632 000\"\n\
                 [schools.south]\nschool_name = \"Southgate\"\n\
                 [schools.south.forms]\nexpire_hours = 6\n\
                 [schools.south.places]\ntelegram = [\"-100\"]\ndiscord = \"g1, g2\"\n\
                 [trust]\nsafeguarding_leads = [\"north:STF002\"]\nescalate_above_chair = true\n",
            )?;
            let c = Config::load(Path::new("haven.toml")).expect("loads");
            assert_eq!(c.school_slug, "north");
            let south = &c.schools["south"];
            assert_eq!(south.settings.school_name, "Southgate");
            assert!(south.names_it);
            assert_eq!(south.settings.forms.expire_hours, 6, "its own value");
            assert_eq!(
                south.settings.contacts.office, "01632 000",
                "[school]'s value"
            );
            assert_eq!(c.school.forms.expire_hours, 24, "[school] keeps its own");
            assert_eq!(south.places.telegram, ["-100"]);
            assert_eq!(south.places.discord, ["g1", "g2"]);
            assert_eq!(c.trust.leads(), [("north".into(), "STF002".into())]);
            assert!(c.trust.escalate_above_chair);
            Ok(())
        });
    }

    #[test]
    #[allow(clippy::result_large_err)]
    fn a_schools_words_in_other_languages_stay_with_its_own_name() {
        use crate::core::people::Lang;
        figment::Jail::expect_with(|jail| {
            jail.create_file(
                "haven.toml",
                "[school]\nschool_name = \"St Mary's\"\n\
                 [school.school_name_by_lang]\ncy = \"Santes Fair\"\n\
                 [school.contacts.lado_by_lang]\ncy = \"LADO Cymraeg\"\n\
                 [schools.south]\nschool_name = \"Southgate\"\n\
                 [schools.east]\nschool_name = \"St David's\"\n\
                 [schools.east.school_name_by_lang]\ncy = \"Dewi Sant\"\n\
                 [schools.east.contacts.lado_by_lang]\ncy = \"LADO'r Dwyrain\"\n",
            )?;
            let c = Config::load(Path::new("haven.toml")).expect("loads");
            let (south, east) = (&c.schools["south"].settings, &c.schools["east"].settings);
            assert_eq!(south.school_name_text().in_lang(Lang::Cy), "Southgate");
            assert_eq!(east.school_name_text().in_lang(Lang::Cy), "Dewi Sant");
            assert_eq!(south.contacts.lado_text().in_lang(Lang::Cy), "LADO Cymraeg");
            assert_eq!(
                east.contacts.lado_text().in_lang(Lang::Cy),
                "LADO'r Dwyrain"
            );
            let mut renamed = c.school.clone();
            renamed.rename("Northfield");
            assert_eq!(renamed.school_name_text().in_lang(Lang::Cy), "Northfield");
            Ok(())
        });
    }

    #[test]
    #[allow(clippy::result_large_err)]
    fn a_school_slug_that_cannot_be_typed_is_refused() {
        figment::Jail::expect_with(|jail| {
            jail.create_file("haven.toml", "[schools.\"St Mary\"]\nschool_name = \"x\"\n")?;
            assert!(Config::load(Path::new("haven.toml")).is_err());
            Ok(())
        });
    }

    #[test]
    fn a_command_names_its_school_unless_there_is_only_one() {
        let i18n = I18n::load(chrono_tz::Europe::London).unwrap();
        let school = |id, slug: &str, name: &str| School {
            id: SchoolId(id),
            slug: Slug::parse(slug).unwrap(),
            name: name.into(),
        };
        let one = [school(1, "north", "Northfield")];
        assert_eq!(pick(&i18n, &one, None).unwrap().id, SchoolId(1));
        let two = [one[0].clone(), school(2, "south", "Southgate")];
        assert_eq!(pick(&i18n, &two, Some("south")).unwrap().id, SchoolId(2));
        let err = pick(&i18n, &two, None).unwrap_err().to_string();
        assert!(err.contains("--school"), "{err}");
        assert!(
            err.contains("north (Northfield), south (Southgate)"),
            "{err}"
        );
        let err = pick(&i18n, &two, Some("east")).unwrap_err().to_string();
        assert!(
            err.contains("\"east\"") && err.contains("south (Southgate)"),
            "{err}"
        );
    }
}
