//! Livestreams on Telegram: the organiser sets one up in the private chat (started from the
//! staff group), the parents in the audience get the joining details one by one in their
//! private chats, and the leak guard removes details posted in a group.

use super::STAFF_ROOM;
use crate::support::telegram_fake::Refusal;
use crate::support::telegram_updates as updates;
use crate::support::telegram_world::{TgUser, TgWorld};
use serde_json::json;

const LINK: &str = "https://zoom.us/j/84512345678?pwd=Harvest2026xyz";
const MEETING_ID: &str = "845 1234 5678";
const PASSCODE: &str = "Owl-Tree-4821";
const YEAR_3_PARENTS: i64 = -1009876543;

fn secret_in(text: &str) -> bool {
    let lower = text.to_lowercase();
    lower.contains("84512345678")
        || text.contains(MEETING_ID)
        || lower.contains("owl-tree-4821")
        || lower.contains("harvest2026xyz")
}

/// Rhian, the organiser (who reads Welsh, switched to English), sets up the Year 3 harvest
/// assembly, starting from the staff group. Returns the ids of her three typed secrets.
async fn set_up(w: &TgWorld, rhian: &TgUser<'_>) -> [i64; 3] {
    rhian.says("/language en").await;
    rhian.says_in(STAFF_ROOM, "/stream@HavenTestBot new").await;
    rhian.sees("What is the livestream called?");
    rhian.says("Harvest assembly").await;
    rhian.taps("Particular classes").await;
    rhian.says("Year 3").await;
    rhian.says("17/11/2026 14:00").await;
    rhian.says("15:00").await;
    rhian.taps("Zoom").await;
    let link = rhian.writes(LINK).await;
    let meeting = rhian.writes(MEETING_ID).await;
    let passcode = rhian.writes(PASSCODE).await;
    rhian.says("Rhian Prydderch, Daniel Okafor").await;
    rhian.taps("Yes").await;
    rhian.taps("No").await;
    rhian.taps("Chat on, monitored by an adult").await;
    rhian.says("Priya Castellane").await;
    rhian.taps("No").await;
    rhian.taps("Submit").await;
    rhian.sees("Livestream 1, “Harvest assembly” (17/11/2026 14:00–15:00), is set up");
    let group = w.sent_to(STAFF_ROOM);
    assert_eq!(group.len(), 1, "{group:#?}");
    assert_eq!(group[0]["text"], "I've sent you a private message.");
    [link, meeting, passcode]
}

/// Every `sendMessage` to a group (a negative chat id) so far.
fn to_groups(w: &TgWorld) -> Vec<String> {
    let calls = w.fake.calls_to("sendMessage").into_iter();
    calls
        .filter(|p| p["chat_id"].as_i64().is_some_and(|c| c < 0))
        .map(|p| p["text"].as_str().unwrap_or_default().to_string())
        .collect()
}

#[tokio::test]
async fn the_details_go_only_to_the_audiences_private_chats() {
    let w = TgWorld::start().await;
    let rhian = w.linked("STF005", 5301).await;
    let emma = w.linked("PAR006", 5302).await;
    let sophie = w.linked("PAR004", 5303).await;
    let piotr = w.linked("PAR008", 5304).await;
    let aisha = w.linked("PAR001", 5305).await;
    let katarzyna = w.linked("PAR002", 5306).await;
    emma.says_in(YEAR_3_PARENTS, "Looking forward to the assembly!")
        .await;
    let typed = set_up(&w, &rhian).await;

    // Her typed secrets were taken out of her chat.
    let deleted = w.deletions();
    for id in typed {
        assert!(deleted.contains(&(rhian.id, id)), "{deleted:?}");
    }

    // Each parent in Year 3 got the details once, privately, in their language.
    for parent in [&emma, &sophie, &piotr, &aisha] {
        let got = parent.texts_with(PASSCODE);
        assert_eq!(got.len(), 1, "{}: {:#?}", parent.id, parent.texts());
        assert!(
            got[0].contains(LINK) && got[0].contains(MEETING_ID),
            "{}",
            got[0]
        );
    }
    emma.sees("don't share the link or passcode");
    piotr.sees("Prywatna transmisja na żywo ze szkoły");
    let arabic = &aisha.texts_with(PASSCODE)[0];
    assert!(
        arabic.starts_with('\u{200F}'),
        "read right to left: {arabic}"
    );

    // Katarzyna's child is in Reception: she hears nothing of it.
    assert!(
        katarzyna.texts().iter().all(|t| !secret_in(t)),
        "{:#?}",
        katarzyna.texts()
    );
    // No group saw a detail, and every message with one went to a private chat of the
    // audience or the organiser's own.
    assert_no_secret_in_groups(&w);
    let allowed = [rhian.id, emma.id, sophie.id, piotr.id, aisha.id];
    for p in w.fake.calls_to("sendMessage") {
        let text = p["text"].as_str().unwrap_or_default();
        if secret_in(text) {
            let chat = p["chat_id"].as_i64().unwrap_or_default();
            assert!(allowed.contains(&chat), "sent to {chat}: {text}");
        }
    }

    // Asked again with /streams, the details still come only privately.
    emma.says_in(YEAR_3_PARENTS, "/streams@HavenTestBot").await;
    emma.taps("Send me the joining details").await;
    assert_eq!(emma.texts_with(PASSCODE).len(), 2);
    assert_no_secret_in_groups(&w);
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn a_leaked_passcode_is_deleted_the_group_warned_and_a_refused_delete_reported() {
    let w = TgWorld::start().await;
    let rhian = w.linked("STF005", 5401).await;
    let emma = w.linked("PAR006", 5402).await;
    set_up(&w, &rhian).await;
    let alerts = || rhian.texts_with("appeared in a group chat on Telegram");

    let fine = emma
        .writes_in(YEAR_3_PARENTS, "Lovely assembly tomorrow, see you all!")
        .await;
    assert!(w.calls_aimed_at(YEAR_3_PARENTS).is_empty());
    let leaked = emma
        .writes_in(
            YEAR_3_PARENTS,
            "for anyone who missed it the code is owl tree 4821",
        )
        .await;
    assert_eq!(w.deletions().last(), Some(&(YEAR_3_PARENTS, leaked)));
    assert!(!w.deletions().contains(&(YEAR_3_PARENTS, fine)));
    let warnings = w.sent_to(YEAR_3_PARENTS);
    assert_eq!(warnings.len(), 1, "{warnings:#?}");
    let warning = warnings[0]["text"].as_str().unwrap_or_default();
    assert!(
        warning.contains("Please don't share livestream joining details"),
        "{warning}"
    );
    assert!(!secret_in(warning), "{warning}");
    let alert = alerts();
    assert_eq!(alert.len(), 1, "{:#?}", rhian.texts());
    assert!(
        alert[0].contains("the passcode for livestream 1"),
        "{}",
        alert[0]
    );
    assert!(!secret_in(&alert[0]), "{}", alert[0]);

    // Someone who never linked posts the link; Telegram refuses to delete it.
    let stranger = w.user(5499);
    w.fake
        .refuse_next("deleteMessage", YEAR_3_PARENTS, Refusal::CantDelete);
    let refused = stranger
        .writes_in(YEAR_3_PARENTS, &format!("join here {LINK}"))
        .await;
    assert_eq!(w.deletions().last(), Some(&(YEAR_3_PARENTS, refused)));
    assert_eq!(alerts().len(), 2, "{:#?}", rhian.texts());
    let failed = rhian.texts_with("couldn't remove");
    assert_eq!(failed.len(), 1, "{:#?}", rhian.texts());
    assert!(failed[0].contains("group"), "says where: {}", failed[0]);
    assert!(!secret_in(&failed[0]), "{}", failed[0]);
    assert_no_secret_in_groups(&w);
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn details_in_a_photo_caption_or_an_edit_in_a_group_are_caught_too() {
    let w = TgWorld::start().await;
    let rhian = w.linked("STF005", 5501).await;
    let emma = w.linked("PAR006", 5502).await;
    set_up(&w, &rhian).await;

    let mut photo = updates::photo(YEAR_3_PARENTS, emma.id);
    photo["message"]["caption"] = json!(format!("the invite: {LINK}"));
    let photo_id = photo["message"]["message_id"].as_i64().expect("id");
    w.push(photo).await;
    assert_eq!(w.deletions().last(), Some(&(YEAR_3_PARENTS, photo_id)));

    let said = emma
        .writes_in(YEAR_3_PARENTS, "See you at the assembly!")
        .await;
    let mut edit = updates::edited(YEAR_3_PARENTS, emma.id, "passcode: Owl-Tree-4821");
    edit["edited_message"]["message_id"] = json!(said);
    w.push(edit).await;
    assert_eq!(w.deletions().last(), Some(&(YEAR_3_PARENTS, said)));

    let warnings = w.sent_to(YEAR_3_PARENTS);
    assert_eq!(warnings.len(), 2, "{warnings:#?}");
    assert_no_secret_in_groups(&w);
    assert_eq!(rhian.texts_with("appeared in a group chat").len(), 2);

    // In a private chat an edit stays an edit: the form does not take edited text.
    emma.says("/streams").await;
    let private_edit = updates::edited(emma.id, emma.id, "Owl-Tree-4821");
    w.push(private_edit).await;
    assert_eq!(rhian.texts_with("appeared in a group chat").len(), 2);
    w.fake.assert_no_violations();
}

/// No message to any group carries a stream secret.
fn assert_no_secret_in_groups(w: &TgWorld) {
    let groups = to_groups(w);
    assert!(groups.iter().all(|t| !secret_in(t)), "{groups:#?}");
}
