//! The school's own words inside translated messages: the office contact (like the school's
//! name and the LADO) is shown in the reader's language where the school gave it, and as
//! configured otherwise.

use haven::core::local_text::ByLang;
use haven::core::people::Lang;
use haven::core::settings::Settings;

#[tokio::test]
async fn each_parent_is_pointed_to_the_office_in_their_own_language_or_as_configured() {
    let mut settings = Settings::default();
    settings.contacts.office = "the school office on 01632 960 000".into();
    settings.contacts.office_by_lang =
        ByLang(vec![(Lang::Cy, "swyddfa'r ysgol ar 01632 960 000".into())]);
    let app = crate::support::spawn_app_with(settings).await;
    for (parent, sees, not) in [
        ("Gareth Llewellyn", "swyddfa'r ysgol", "the school office"),
        ("Sophie Marchbank", "the school office", "swyddfa'r ysgol"),
        ("Katarzyna Nowak", "the school office", "swyddfa'r ysgol"),
    ] {
        let p = app.person(parent);
        p.catch_up();
        p.says("/concern").await;
        p.does_not_see(not);
        p.sees(sees);
    }
}
