//! Referrals: the agencies a lead can refer a case to, and how to reach the ones Haven knows
//! (the LADO from the school's contacts, the Internet Watch Foundation; policy 002).

use super::*;
use haven::core::settings::Settings;

/// Records a referral to `agency` now, through `/case REF note`.
async fn refer(p: &Person<'_>, r: &str, details: &str, agency: &str) {
    p.says(&format!("/case {r} note")).await;
    p.presses("Referral").await;
    p.says(details).await;
    p.presses(agency).await;
    p.presses("Skip").await;
    p.presses("Now").await;
    p.presses("Submit").await;
}

#[tokio::test]
async fn a_referral_to_the_lado_names_the_schools_lado_and_one_to_the_iwf_says_how_to_report() {
    let mut settings = Settings::default();
    settings.contacts.lado = "Sam Carter, LADO for Exampleshire, 01632 960 321".into();
    let app = crate::support::spawn_app_with(settings).await;
    let josie = app.person("Josie Quennell");
    let r = report(&josie, &Report::default()).await;
    let daniel = app.person("Daniel Okafor");
    daniel.catch_up();
    josie.catch_up();

    refer(
        &daniel,
        &r,
        "Spoke to the LADO about the coach",
        "Local authority designated officer (LADO)",
    )
    .await;
    daniel.sees("Added entry #2");
    daniel.sees("The local authority designated officer for this school: Sam Carter, LADO for Exampleshire, 01632 960 321.");

    refer(
        &daniel,
        &r,
        "Reported the image's address",
        "Internet Watch Foundation (IWF)",
    )
    .await;
    daniel.sees("Added entry #3");
    let iwf = daniel.sees("https://report.iwf.org.uk");
    assert!(
        iwf.text.contains("never copy, forward or download"),
        "{}",
        iwf.text
    );

    refer(&daniel, &r, "Rang the front door", "Children's social care").await;
    daniel.sees("Added entry #4");
    daniel.does_not_see("https://report.iwf.org.uk");
    daniel.does_not_see("Sam Carter");

    daniel.says(&format!("/case {r}")).await;
    let view = daniel.sees(&format!("Case {r}"));
    for shown in [
        "Agency: Local authority designated officer (LADO)",
        "Agency: Internet Watch Foundation (IWF)",
        "Agency: Children's social care",
    ] {
        assert!(
            view.text.contains(shown),
            "{shown} missing from {}",
            view.text
        );
    }
    josie.does_not_see("Sam Carter");
    josie.does_not_see("IWF");
}
