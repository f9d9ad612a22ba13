//! debug
use super::*;

#[tokio::test]
async fn debug_transcript() {
    let app = spawn_app().await;
    let josie = app.person("Josie Quennell");
    let r = report(
        &josie,
        &Report {
            danger: true,
            categories: &[NUDES, PASSWORD],
            ..Report::default()
        },
    )
    .await;
    let daniel = app.person("Daniel Okafor");
    daniel.says(&format!("/case {r}")).await;
    daniel.says("/cases").await;
    daniel.says(&format!("/case {r} ack")).await;
    daniel.says(&format!("/case {r} note")).await;
    daniel.presses("Decision").await;
    daniel.says("Spoke to Ada's mother").await;
    daniel.says("Mother agreed to supervise").await;
    daniel.presses("Now").await;
    daniel.presses("Submit").await;
    daniel.says(&format!("/case {r}")).await;
    app.advance(chrono::Duration::days(2)).await;
    for m in app.chat.received() {
        println!(
            "{:?}\n{}\n{:?}\n",
            m.address,
            m.text,
            m.buttons
                .iter()
                .map(|b| (&b.label, &b.payload))
                .collect::<Vec<_>>()
        );
    }
    panic!();
}
