//! A question about the AUP answered: the lead's Reply sends the answer privately to the
//! person who asked, and to nobody else; a Reply pressed by anyone else, twice, or forged
//! changes nothing.

use super::{press_ending, publish_now};
use crate::support::spawn_app;
use haven::core::aup::text::SAMPLE_STAFF;

#[tokio::test]
async fn the_lead_replies_and_only_the_asker_receives_the_answer() {
    let app = spawn_app().await;
    let v = publish_now(&app, "2026.1", "staff", SAMPLE_STAFF).await;
    let owen = app.person("Owen Hartley");
    owen.says("/aup").await;
    owen.presses("Ask a question").await;
    owen.says("May I use my own laptop for the Year 3 livestream?")
        .await;
    press_ending(&owen, "~submit").await;
    owen.sees("Your question has gone to the online safety lead.");

    let tomasz = app.person("Tomasz Wiśniewski");
    let q = tomasz.sees("Owen Hartley ma pytanie o Staff Acceptable Use Policy");
    assert!(q.text.contains("Naciśnij Odpowiedz"), "{}", q.text);
    assert!(!q.text.contains("bezpośrednio"), "{}", q.text);
    let reply = tomasz.button("Odpowiedz");
    assert!(reply.starts_with(&format!("a.re.{}.", v.0)), "{reply}");

    let others = [
        "Daniel Okafor",
        "Priya Castellane",
        "Margaret Thornbury",
        "Rhian Prydderch",
    ]
    .map(|n| app.person(n));
    for p in &others {
        p.catch_up();
    }

    // Someone who is not the lead presses a forwarded Reply: refused, nothing is sent.
    let daniel = &others[0];
    daniel.presses_payload(&reply).await;
    daniel.sees("only the online safety lead");
    daniel.sees_nothing_new();
    owen.sees_nothing_new();

    // A forged question number is refused.
    tomasz.presses_payload(&format!("a.re.{}.1", v.0)).await;
    tomasz.sees("nie mogę już znaleźć tego pytania");

    tomasz.presses("Odpowiedz").await;
    tomasz.sees("Jaka jest Twoja odpowiedź?");
    tomasz
        .says("Yes, as long as it is encrypted and you sign out afterwards.")
        .await;
    press_ending(&tomasz, "~submit").await;
    tomasz.sees("Odpowiedź została wysłana prywatnie do: Owen Hartley");

    let answer = owen.sees("Tomasz Wiśniewski answered your question about Staff Acceptable Use Policy (version 2026.1)");
    assert!(answer
        .text
        .contains("Yes, as long as it is encrypted and you sign out afterwards."));
    for p in &others {
        p.sees_nothing_new();
    }
    assert!(app.group_messages().is_empty());

    // The same button again: already answered, and Owen receives nothing more.
    owen.catch_up();
    tomasz.presses_payload(&reply).await;
    tomasz.sees("Na to pytanie już odpowiedziano");
    owen.sees_nothing_new();
}
