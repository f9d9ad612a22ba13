//! An AUP's text written in Markdown, as each platform receives it: Telegram in its HTML parse
//! mode, Discord in its own Markdown, Teams in its cards' Markdown and the console as plain
//! text; and a hostile text (`<b>`, a `javascript:` link, unbalanced stars), which formats
//! nothing it should not. Words around the policy (its title and version, which people typed)
//! are escaped on every platform.

use crate::support::discord_fake::FakeDiscord;
use crate::support::telegram_fake::FakeTelegram;
use haven::adapters::console::ConsoleChat;
use haven::adapters::discord::pending::Pending;
use haven::adapters::discord::DiscordTransport;
use haven::adapters::teams::cards;
use haven::core::aup::text::{parts, PART_CHARS, SAMPLE_STAFF};
use haven::core::message::Message;
use haven::core::people::Lang;
use haven::core::store::Address;
use haven::delivery::{Rendered, Transport};
use haven::i18n::I18n;
use secrecy::SecretString;
use std::io::Write;
use std::sync::{Arc, Mutex};
use std::time::Duration;

const HOSTILE: &str = "# Rules <b>now</b>\n\n\
    Click [here](javascript:alert(1)) or [there](https://example.org/policy).\n\n\
    An *unbalanced star and **half bold\n\n\
    - one @everyone\n- two\n";

/// A title that someone typed, full of markup: it must stay text everywhere.
const TITLE: &str = "<b>Staff</b> *AUP* [x](javascript:alert(2))";

/// The sample policy's first part, as `/aup` sends it.
fn first_part() -> String {
    parts(SAMPLE_STAFF, PART_CHARS).remove(0)
}

fn i18n() -> Arc<I18n> {
    Arc::new(I18n::load(chrono_tz::Europe::London).expect("locales"))
}

/// The first part of the policy `md` as the dispatcher renders it for `address`.
fn aup_part(md: &str, address: Address) -> Rendered {
    let m = Message::private("aup-text-part")
        .arg("title", TITLE)
        .arg("version", "2026")
        .arg("part", 1_i64)
        .arg("parts", 1_i64)
        .markdown("text", md);
    let (text, pieces) = i18n().render_pieces(Lang::EnGb, m.body());
    assert!(!pieces.is_empty());
    Rendered {
        address,
        text,
        pieces,
        buttons: vec![],
        lang: Lang::EnGb,
        rtl: false,
        private_link_label: None,
        expects_text: None,
        protect: false,
    }
}

#[tokio::test]
async fn telegram_receives_html_with_everything_but_the_policy_escaped() {
    let fake = FakeTelegram::start().await;
    let transport = fake.transport();
    transport
        .send(&aup_part(HOSTILE, Address::Private("42".into())))
        .await
        .unwrap();
    transport
        .send(&aup_part(&first_part(), Address::Private("42".into())))
        .await
        .unwrap();
    let sent = fake.calls_to("sendMessage");
    assert_eq!(sent.len(), 2, "each fits one message");
    assert!(sent.iter().all(|m| m["parse_mode"] == "HTML"));
    let hostile = sent[0]["text"].as_str().unwrap();
    assert_eq!(
        hostile,
        "&lt;b&gt;Staff&lt;/b&gt; *AUP* [x](javascript:alert(2)), version 2026 (1/1)\n\n\
         <b>Rules &lt;b&gt;now&lt;/b&gt;</b>\n\n\
         Click here or <a href=\"https://example.org/policy\">there</a>.\n\n\
         An *unbalanced star and **half bold\n\n\
         • one @everyone\n• two"
    );
    let sample = sent[1]["text"].as_str().unwrap();
    assert!(
        sample.contains("<b>Staff Acceptable Use Policy</b>\n\n"),
        "{sample}"
    );
    assert!(sample.contains("<b>Using school systems</b>\n\n1. I understand"));
    assert!(!sample.contains("## "));
    fake.assert_no_violations();
}

#[tokio::test]
async fn discord_receives_its_own_markdown_with_everything_else_escaped() {
    const PERSON: &str = "1400000000000000004";
    let fake = FakeDiscord::start().await;
    let pending = Arc::new(Pending::new(Duration::from_secs(10)));
    let t = DiscordTransport::new(
        &fake.url(),
        &SecretString::from(crate::support::discord_fake::TOKEN),
        pending,
        i18n(),
    )
    .expect("client");
    t.set_application_id(crate::support::discord_fake::APP_ID.into());
    t.send(&aup_part(HOSTILE, Address::Private(PERSON.into())))
        .await
        .expect("sent");
    let shown = fake.dm_messages(PERSON);
    assert_eq!(
        shown[0].content,
        "\\<b\\>Staff\\</b\\> \\*AUP\\* \\[x\\]\\(javascript:alert\\(2\\)\\), version 2026 \\(1/1\\)\n\n\
         # Rules \\<b\\>now\\</b\\>\n\n\
         Click here or [there](<https://example.org/policy>).\n\n\
         An \\*unbalanced star and \\*\\*half bold\n\n\
         - one \\@everyone\n- two"
    );
    t.send(&aup_part(SAMPLE_STAFF, Address::Private(PERSON.into())))
        .await
        .expect("sent");
    let all: String = fake
        .dm_messages(PERSON)
        .iter()
        .skip(1)
        .map(|m| m.content.clone())
        .collect();
    assert!(all.contains("# Staff Acceptable Use Policy\n\n"), "{all}");
    assert!(all.contains("## Using school systems\n\n1. I understand"));
    fake.assert_clean();
}

#[test]
fn teams_receives_card_markdown_and_no_unsafe_link() {
    let card = cards::card(
        &aup_part(HOSTILE, Address::Private("a:1".into())),
        &i18n(),
        "28:bot",
    );
    let blocks: Vec<&str> = card["body"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        blocks,
        [
            "\\<b\\>Staff\\</b\\> \\*AUP\\* \\[x\\]\\(javascript:alert\\(2\\)\\), version 2026 \\(1/1\\)",
            "**Rules \\<b\\>now\\</b\\>**",
            "Click here or [there](https://example.org/policy).",
            "An \\*unbalanced star and \\*\\*half bold",
            "- one @everyone\n- two",
        ]
    );
    assert!(!card.to_string().contains("javascript:alert(1)"));
    let sample = cards::card(
        &aup_part(SAMPLE_STAFF, Address::Private("a:1".into())),
        &i18n(),
        "28:bot",
    );
    let text = sample.to_string();
    assert!(text.contains("**Staff Acceptable Use Policy**"), "{text}");
    assert!(!text.contains("## "), "{text}");
}

/// What the console printed, shared with the test.
#[derive(Clone, Default)]
struct Printed(Arc<Mutex<Vec<u8>>>);

impl Write for Printed {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[tokio::test]
async fn the_console_prints_plain_text_with_headings_underlined_and_links_spelt_out() {
    let printed = Printed::default();
    let console = ConsoleChat::new(Box::new(printed.clone()), i18n());
    let to = Address::Private("console:1".into());
    console.send(&aup_part(HOSTILE, to.clone())).await.unwrap();
    console.send(&aup_part(SAMPLE_STAFF, to)).await.unwrap();
    let out = String::from_utf8(printed.0.lock().unwrap().clone()).unwrap();
    assert!(
        out.contains(
            "  <b>Staff</b> *AUP* [x](javascript:alert(2)), version 2026 (1/1)\n  \n\
             \x20 Rules <b>now</b>\n  ────────────────\n  \n\
             \x20 Click here or there (https://example.org/policy).\n  \n\
             \x20 An *unbalanced star and **half bold\n  \n\
             \x20 • one @everyone\n  • two"
        ),
        "{out}"
    );
    assert!(
        out.contains("  Staff Acceptable Use Policy\n  ───"),
        "{out}"
    );
    assert!(out.contains("  Using school systems\n  ────"), "{out}");
    assert!(!out.contains("## "), "{out}");
}
