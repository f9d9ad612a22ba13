//! Private livestreams on Discord, end to end: the organiser sets one up from a staff channel,
//! the joining details go only to the audience's DMs, a parent whose DMs are closed is reported
//! to the organiser, and the leak guard removes details posted in a channel.

use crate::support::discord_app::DiscordApp;
use crate::support::discord_fake::{Refusal, STAFF_CHANNEL};
use crate::support::discord_people::Member;

const LINK: &str = "https://zoom.us/j/84512345678?pwd=Harvest2026xyz";
const MEETING_ID: &str = "845 1234 5678";
const PASSCODE: &str = "Owl-Tree-4821";

const RHIAN: &str = "1400000000000000005";
const SOPHIE: &str = "1400000000000000104";
const EMMA: &str = "1400000000000000106";
const GARETH: &str = "1400000000000000103";
const KATARZYNA: &str = "1400000000000000102";
/// A channel of the school's server where parents talk.
const PARENTS_CHANNEL: &str = "1300000000000000002";

pub fn secrets_in(text: &str) -> bool {
    text.contains("84512345678")
        || text.contains(MEETING_ID)
        || text.contains(PASSCODE)
        || text.to_lowercase().contains("harvest2026xyz")
}

/// Rhian, the livestream organiser, linked on Discord and reading English.
async fn organiser<'a>(app: &'a DiscordApp) -> Member<'a> {
    let rhian = app.linked("STF005", RHIAN).await;
    rhian.runs("language", Some(("language", "en")));
    rhian.sees("I'll write to you in English").await;
    rhian
}

/// Sets up the Year 3 harvest assembly from a staff channel, through the form in the DM.
async fn set_up(rhian: &Member<'_>) {
    rhian.runs_in(STAFF_CHANNEL, "stream", Some(("action", "new")));
    rhian.sees("What is the livestream called?").await;
    rhian
        .answers("Harvest assembly", "Which parents is it for?")
        .await;
    rhian.picks("Particular classes", "Which classes?").await;
    rhian.answers("Year 3", "When does it start?").await;
    rhian
        .answers("17/11/2026 14:00", "What time does it end?")
        .await;
    rhian.answers("15:00", "Which service will you use?").await;
    rhian.picks("Zoom", "Please type the joining link").await;
    rhian.answers(LINK, "What is the meeting ID?").await;
    rhian.answers(MEETING_ID, "What is the passcode?").await;
    rhian
        .answers(PASSCODE, "Which members of staff will supervise it?")
        .await;
    rhian
        .answers(
            "Rhian Prydderch, Daniel Okafor",
            "Is it hosted on a school account",
        )
        .await;
    rhian.picks("Yes", "Will it be recorded?").await;
    rhian.picks("No", "What about the chat?").await;
    rhian
        .picks(
            "Chat on, monitored by an adult",
            "Which adult will actively monitor the chat?",
        )
        .await;
    rhian
        .answers("Priya Castellane", "Will file sharing be switched on?")
        .await;
    rhian
        .picks("No", "Please check your livestream set-up")
        .await;
    rhian.picks("Submit", "is set up").await;
}

/// No message the bot showed in any server channel carries a joining detail.
fn assert_no_channel_saw_a_secret(app: &DiscordApp) {
    for m in app.channel_messages() {
        assert!(!secrets_in(&m.text()), "a channel saw: {}", m.text());
    }
}

#[tokio::test]
async fn joining_details_go_only_to_the_audiences_dms() {
    let app = DiscordApp::start().await;
    let emma = app.linked("PAR006", EMMA).await;
    let sophie = app.linked("PAR004", SOPHIE).await;
    let katarzyna = app.linked("PAR002", KATARZYNA).await;
    let rhian = organiser(&app).await;

    set_up(&rhian).await;
    rhian
        .user
        .sees_privately_in(STAFF_CHANNEL, "I've sent you a private message.")
        .await;
    for parent in [&emma, &sophie] {
        let m = parent.sees(PASSCODE).await.text();
        assert!(m.contains(LINK) && m.contains(MEETING_ID), "{m}");
        assert!(m.contains("don't share the link or passcode"), "{m}");
    }
    app.t.deliver().await;
    app.settled("stream:1").await;
    assert!(
        katarzyna.dm_texts().iter().all(|t| !secrets_in(t)),
        "Reception parents are not the audience"
    );
    assert_no_channel_saw_a_secret(&app);
    assert!(app.fake.public_in(STAFF_CHANNEL).is_empty());

    // The rest of Year 3 are linked on the console only, and got theirs there.
    app.t.person("Piotr Zieliński").sees(PASSCODE);

    // `/streams` lists it, and sends the details again on request, to the DM only.
    emma.runs("streams", None);
    emma.sees("“Harvest assembly”: 17/11/2026 14:00–15:00, on Zoom.")
        .await;
    let again = emma
        .picks("Send me the joining details", "As you asked")
        .await
        .text();
    assert!(again.contains(PASSCODE), "{again}");
    katarzyna.runs("streams", None);
    katarzyna
        .sees("Nie masz nadchodzących transmisji na żywo.")
        .await;
    assert_no_channel_saw_a_secret(&app);
    app.stop().await;
}

#[tokio::test]
async fn a_parent_with_closed_dms_is_reported_to_the_organiser() {
    let app = DiscordApp::start().await;
    let emma = app.linked("PAR006", EMMA).await;
    let gareth = app.linked("PAR003", GARETH).await;
    let rhian = organiser(&app).await;
    app.fake.refuse_next(
        &format!("POST /channels/{}/messages", gareth.dm()),
        Refusal::CannotDm,
    );

    set_up(&rhian).await;
    emma.sees(PASSCODE).await;
    let notice = rhian
        .sees("I couldn't deliver a message to Gareth Llewellyn on Discord")
        .await
        .text();
    assert!(notice.contains("closed direct messages"), "{notice}");
    assert!(!secrets_in(&notice), "{notice}");

    app.t.deliver().await;
    app.settled("stream:1").await;
    app.t.tick().await;
    let report = rhian
        .sees("Delivery report for livestream 1, “Harvest assembly”")
        .await
        .text();
    assert!(report.contains("Failed: 1."), "{report}");
    assert!(
        report.contains("Could not be reached (they may have blocked the bot): Gareth Llewellyn"),
        "{report}"
    );
    assert!(!secrets_in(&report), "{report}");
    let tries: Vec<_> = app
        .fake
        .calls_to(&format!("POST /channels/{}/messages", gareth.dm()))
        .into_iter()
        .filter(|c| {
            c.body["content"]
                .as_str()
                .is_some_and(|t| t.contains("Harvest assembly"))
        })
        .collect();
    assert_eq!(tries.len(), 1, "a closed DM is not tried again: {tries:#?}");
    assert!(gareth.dm_texts().iter().all(|t| !secrets_in(t)));
    app.stop().await;
}

#[tokio::test]
async fn details_posted_in_a_channel_are_removed_and_the_organiser_told_when_they_cannot_be() {
    let app = DiscordApp::start().await;
    let rhian = organiser(&app).await;
    set_up(&rhian).await;
    let parent = app.member(EMMA);

    let leaked = parent.writes_in(
        PARENTS_CHANNEL,
        "for anyone who missed it the code is owl tree 4821",
    );
    let delete = format!("DELETE /channels/{PARENTS_CHANNEL}/messages/{leaked}");
    app.fake.wait_for_call(&delete).await;
    let alert = rhian
        .sees("Warning: the passcode for livestream 1, “Harvest assembly”, appeared")
        .await
        .text();
    assert!(alert.contains("on Discord"), "{alert}");
    assert!(!secrets_in(&alert), "{alert}");
    let warning = app
        .fake
        .wait_until(|f| f.public_in(PARENTS_CHANNEL).pop())
        .await;
    assert!(
        warning
            .text()
            .contains("Please don't share livestream joining details"),
        "{}",
        warning.text()
    );

    // Without Manage Messages in the channel, Discord refuses; the organiser is told.
    app.fake
        .refuse_next("DELETE /channels/", Refusal::MissingPermissions);
    let again = parent.writes_in(PARENTS_CHANNEL, "meeting 845-1234-5678");
    app.fake
        .wait_for_call(&format!(
            "DELETE /channels/{PARENTS_CHANNEL}/messages/{again}"
        ))
        .await;
    let told = rhian
        .sees("I couldn't remove a message from a group chat on Discord")
        .await
        .text();
    assert!(told.contains(PARENTS_CHANNEL), "{told}");
    assert!(told.contains("Manage Messages"), "{told}");
    assert!(!secrets_in(&told), "{told}");
    assert_no_channel_saw_a_secret(&app);
    app.stop().await;
}
