//! The school's settings the core works with: time zone, timings, contacts. Loaded by the
//! application from configuration (defaults → `haven.toml` → environment) and handed in.

use super::aup::settings::AupSettings;
use super::local_text::{ByLang, LocalText};
use chrono::{Duration, NaiveTime, Weekday};
use chrono_tz::Tz;
use serde::Deserialize;

/// Everything the core needs to know about the school and its timings.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// The school's name, used in messages.
    pub school_name: String,
    /// The school's name in other languages (`[school.school_name_by_lang]`).
    pub school_name_by_lang: ByLang,
    /// The school's time zone (Europe/London by default).
    pub timezone: Tz,
    pub forms: FormSettings,
    pub linking: LinkSettings,
    pub school_hours: SchoolHours,
    /// Terms, closure days and bank holidays (`[school.calendar]`).
    pub calendar: super::calendar::Calendar,
    pub contacts: Contacts,
    /// Livestreams (`[school.streams]`).
    pub streams: crate::core::streams::settings::StreamSettings,
    /// Acceptable Use Policy deadlines, reminders and escalation.
    pub aup: AupSettings,
    /// Broadcasts: parents' quiet hours, the Safer Internet Day plan.
    pub broadcast: super::broadcast::settings::BroadcastSettings,
    pub concern: super::concern::settings::ConcernSettings,
    /// The trust's roles (from `[trust]`, resolved to people when the app is assembled).
    #[serde(skip)]
    pub trust: super::schools::TrustRoles,
    /// The case desk's public address (`[web] public_url`), when the desk is served.
    #[serde(skip)]
    pub desk_url: Option<String>,
    /// True when a desk sign-in is confirmed with a button in the person's chat
    /// (`[web] confirm_in_chat`).
    #[serde(skip)]
    pub desk_confirm: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            school_name: "Haven Demo School".into(),
            school_name_by_lang: ByLang::default(),
            timezone: chrono_tz::Europe::London,
            forms: FormSettings::default(),
            linking: LinkSettings::default(),
            school_hours: SchoolHours::default(),
            calendar: Default::default(),
            contacts: Contacts::default(),
            streams: Default::default(),
            aup: AupSettings::default(),
            broadcast: Default::default(),
            concern: Default::default(),
            trust: Default::default(),
            desk_url: None,
            desk_confirm: false,
        }
    }
}

impl Settings {
    /// The school's name as messages carry it: each reader sees their language's words.
    pub fn school_name_text(&self) -> LocalText {
        LocalText::new(&self.school_name, &self.school_name_by_lang)
    }

    /// Names the school `name`, dropping words in other languages given for another name.
    pub fn rename(&mut self, name: &str) {
        if self.school_name != name {
            self.school_name = name.to_string();
            self.school_name_by_lang = ByLang::default();
        }
    }
}

/// Guided-prompt timings.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct FormSettings {
    /// Minutes of silence before one gentle reminder.
    pub idle_reminder_minutes: i64,
    /// Hours after the last answer when a draft is deleted.
    pub expire_hours: i64,
}

impl Default for FormSettings {
    fn default() -> Self {
        FormSettings {
            idle_reminder_minutes: 30,
            expire_hours: 24,
        }
    }
}

impl FormSettings {
    pub fn idle_reminder(&self) -> Duration {
        Duration::minutes(self.idle_reminder_minutes.max(1))
    }
    pub fn expiry(&self) -> Duration {
        Duration::hours(self.expire_hours.max(1))
    }
}

/// Linking chat accounts to people.
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct LinkSettings {
    /// Days a link code stays valid.
    pub code_valid_days: i64,
    /// Wrong codes allowed per account per hour before further tries are refused.
    pub max_wrong_codes_per_hour: u32,
}

impl Default for LinkSettings {
    fn default() -> Self {
        LinkSettings {
            code_valid_days: 30,
            max_wrong_codes_per_hour: 5,
        }
    }
}

/// When the school day runs (for escalations, reminders and streams), on the school days of
/// the calendar (see [`Settings::school_time`]).
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct SchoolHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
    pub days: Vec<Weekday>,
}

impl Default for SchoolHours {
    fn default() -> Self {
        SchoolHours {
            start: NaiveTime::from_hms_opt(8, 0, 0).unwrap_or_default(),
            end: NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default(),
            days: vec![
                Weekday::Mon,
                Weekday::Tue,
                Weekday::Wed,
                Weekday::Thu,
                Weekday::Fri,
            ],
        }
    }
}

/// Phone numbers and addresses people are pointed to. Each may be given in other languages
/// too (`[school.contacts.<entry>_by_lang]`); messages carry them as [`LocalText`].
#[derive(Debug, Clone, Deserialize)]
#[serde(default)]
pub struct Contacts {
    /// The DSL team's phone numbers, shown at once when a child is in immediate danger.
    pub dsl_phone: String,
    /// The school office, for parents and unlinked users.
    pub office: String,
    /// The Local Authority Designated Officer.
    pub lado: String,
    /// The local children's social care emergency duty team, shown with urgent concerns
    /// outside school hours.
    pub out_of_hours: String,
    pub dsl_phone_by_lang: ByLang,
    pub office_by_lang: ByLang,
    pub lado_by_lang: ByLang,
    pub out_of_hours_by_lang: ByLang,
}

impl Default for Contacts {
    fn default() -> Self {
        Contacts {
            dsl_phone: "01632 960 001 (DSL) / 01632 960 002 (deputy)".into(),
            office: "the school office on 01632 960 000".into(),
            lado: "LADO duty line 01632 960 999".into(),
            out_of_hours: "children's social care emergency duty team 01632 960 555".into(),
            dsl_phone_by_lang: ByLang::default(),
            office_by_lang: ByLang::default(),
            lado_by_lang: ByLang::default(),
            out_of_hours_by_lang: ByLang::default(),
        }
    }
}

impl Contacts {
    pub fn dsl_phone_text(&self) -> LocalText {
        LocalText::new(&self.dsl_phone, &self.dsl_phone_by_lang)
    }
    pub fn office_text(&self) -> LocalText {
        LocalText::new(&self.office, &self.office_by_lang)
    }
    pub fn lado_text(&self) -> LocalText {
        LocalText::new(&self.lado, &self.lado_by_lang)
    }
    pub fn out_of_hours_text(&self) -> LocalText {
        LocalText::new(&self.out_of_hours, &self.out_of_hours_by_lang)
    }
}
