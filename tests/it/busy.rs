//! A busy database gets an answer. While another process holds the file's write lock for
//! longer than a transaction waits, the sender is told so with a reference (sent directly, not
//! through the outbox, which needs the database), nothing is kept, the console stays up, and
//! the same update is handled once when the file is free again: Telegram brings it back
//! because it was never confirmed.

use crate::support::spawn_app;
use crate::support::telegram_updates as tg;
use crate::support::telegram_world::TgWorld;
use haven::adapters::telegram::run_polling;
use haven::core::event::{Input, Place};
use haven::core::store::Address;
use haven::delivery::{Handled, InboundHandler};
use std::io::Write;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncWriteExt, BufReader};

const BUSY: &str = "Sorry, Haven is very busy and could not take your message just now";

/// The six-letter reference at the end of an apology.
fn reference_in(text: &str) -> String {
    let r = text.rsplit(' ').next().unwrap_or_default();
    r.trim_end_matches('.').to_string()
}

#[tokio::test]
async fn a_message_the_busy_database_cannot_take_is_apologised_for_and_handled_once_later() {
    let app = spawn_app().await;
    let daniel = app.person("Daniel Okafor");
    let ev = app.event(
        &daniel.account,
        Place::Private,
        Input::from_text("/concern"),
    );

    let lock = app.lock_database();
    let Handled::Busy(apology) = app.app.handle(ev.clone()).await.expect("no fault") else {
        panic!("the locked database took the message")
    };
    assert_eq!(apology.address, Address::Private("Daniel Okafor".into()));
    assert!(apology.text.starts_with(BUSY), "{}", apology.text);
    assert!(
        apology.text.contains("Please send it again in a minute."),
        "the console does not bring a message back: {}",
        apology.text
    );
    let reference = reference_in(&apology.text);
    assert_eq!(reference.len(), 6, "{}", apology.text);
    drop(lock);

    app.deliver().await;
    assert!(daniel.received().is_empty(), "nothing was queued");
    assert!(app.draft_of("STF002").await.is_none(), "nothing was kept");

    // Sent again (the same update), it is handled; a third time it is a replay.
    assert_eq!(app.handle(ev.clone()).await, Handled::Done);
    daniel.sees("Who is the concern about?");
    assert_eq!(app.handle(ev).await, Handled::Done);
    let asked = daniel.received().into_iter();
    let asked = asked.filter(|m| m.text.contains("Who is the concern about?"));
    assert_eq!(asked.count(), 1);
}

/// What the console printed.
#[derive(Clone, Default)]
struct Screen(Arc<Mutex<Vec<u8>>>);

impl Write for Screen {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Screen {
    fn count(&self, needle: &str) -> usize {
        let text = String::from_utf8_lossy(&self.0.lock().unwrap()).to_string();
        text.matches(needle).count()
    }

    /// Waits (in the test's paused time) until `needle` has been printed `n` times.
    async fn shows(&self, needle: &str, n: usize) {
        for _ in 0..1000 {
            if self.count(needle) >= n {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        let text = String::from_utf8_lossy(&self.0.lock().unwrap()).to_string();
        panic!("the console never showed {needle:?} {n} times:\n{text}");
    }
}

#[tokio::test]
async fn the_console_apologises_for_a_busy_database_and_stays_up() {
    let app = spawn_app().await;
    tokio::time::pause();
    let screen = Screen::default();
    let console = haven::platforms::console(&app.app, Box::new(screen.clone()));
    let (mut keyboard, input) = tokio::io::duplex(1024);
    let session = tokio::spawn(console.run(BufReader::new(input), false));
    keyboard.write_all(b"/as Daniel\n").await.unwrap();
    screen.shows("You are now Daniel Okafor.", 1).await;

    let lock = app.lock_database();
    keyboard.write_all(b"/whoami\n").await.unwrap();
    screen.shows(BUSY, 1).await;
    keyboard.write_all(b"/as Josie\n").await.unwrap();
    screen.shows(BUSY, 2).await;
    assert!(!session.is_finished(), "the console is still running");
    drop(lock);

    keyboard.write_all(b"/whoami\n").await.unwrap();
    screen.shows("You are Daniel Okafor.", 1).await;
    drop(keyboard);
    session.await.unwrap().unwrap();
    assert_eq!(screen.count("You are Daniel Okafor."), 1);
}

#[tokio::test]
async fn a_telegram_update_the_busy_database_cannot_take_is_answered_and_comes_back() {
    let w = TgWorld::start().await;
    let daniel = w.linked("STF002", 5801).await;
    let update = tg::numbered(tg::text(daniel.id, daniel.id, "/whoami"));

    let lock = w.app.lock_database();
    assert!(matches!(
        w.handle_numbered(update.clone()).await,
        Handled::Busy(_)
    ));
    drop(lock);
    let said = daniel.texts_with(BUSY);
    assert_eq!(said.len(), 1, "{:#?}", daniel.texts());
    assert!(
        said[0].contains("It will be taken by itself in a moment"),
        "Telegram brings it back: {}",
        said[0]
    );
    w.deliver().await;
    assert!(daniel.texts_with("You are Daniel Okafor.").is_empty());

    // Telegram delivers the unconfirmed update again, and again after a crash.
    w.replay(&[update.clone(), update]).await;
    assert_eq!(daniel.texts_with("You are Daniel Okafor.").len(), 1);
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn the_poller_leaves_a_busy_update_unconfirmed_and_apologises_once() {
    let w = TgWorld::start().await;
    let daniel = w.linked("STF002", 5802).await;
    let said = w.fake.calls_to("sendMessage").len();
    let first = w
        .fake
        .push_update(tg::text(daniel.id, daniel.id, "/whoami"));
    let lock = w.app.lock_database();
    let handler: Arc<dyn InboundHandler> = Arc::new(w.app.app.clone());
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let poller = tokio::spawn(run_polling(w.transport.clone(), handler, async move {
        let _ = stopped.await;
    }));

    // The update keeps coming back while the file is locked; the apology goes once.
    w.fake.wait_for("sendMessage", said + 1).await;
    let polls = w.fake.calls_to("getUpdates").len();
    w.fake.wait_for("getUpdates", polls + 3).await;
    assert!(w.fake.confirmed_offset() <= first, "not confirmed");
    assert_eq!(daniel.texts_with(BUSY).len(), 1, "{:#?}", daniel.texts());
    drop(lock);

    let second = w
        .fake
        .push_update(tg::text(daniel.id, daniel.id, "/whoami"));
    let mut polls = w.fake.calls_to("getUpdates").len();
    loop {
        let asked = w.fake.wait_for("getUpdates", polls + 1).await;
        if asked.iter().any(|p| p["offset"].as_i64() > Some(second)) {
            break;
        }
        polls += 1;
    }
    stop.send(()).unwrap();
    poller.await.unwrap().unwrap();
    w.deliver().await;
    assert_eq!(daniel.texts_with("You are Daniel Okafor.").len(), 2);
    assert_eq!(daniel.texts_with(BUSY).len(), 1);
    assert!(w.fake.confirmed_offset() > second);
    w.fake.assert_no_violations();
}

#[tokio::test]
async fn the_webhook_answers_503_while_busy_so_telegram_posts_the_update_again() {
    use haven::adapters::telegram::{serve_webhook, WebhookConfig, SECRET_HEADER};
    let w = TgWorld::start().await;
    let daniel = w.linked("STF002", 5803).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let local = listener.local_addr().unwrap();
    let hook = WebhookConfig {
        listen: local,
        public_url: "https://haven.example.org/hook".parse().unwrap(),
        secret_token: secrecy::SecretString::from("a-long-enough-secret"),
    };
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let handler: Arc<dyn InboundHandler> = Arc::new(w.app.app.clone());
    let server = tokio::spawn({
        let transport = w.transport.clone();
        async move {
            let shutdown = async move {
                let _ = stopped.await;
            };
            serve_webhook(transport, handler, listener, &hook, shutdown).await
        }
    });
    w.fake.wait_for("setWebhook", 1).await;
    let client = teloxide::net::default_reqwest_settings()
        .no_proxy()
        .build()
        .unwrap();
    let update = tg::numbered(tg::text(daniel.id, daniel.id, "/whoami")).to_string();
    let post = || async {
        let sent = client
            .post(format!("http://{local}/hook"))
            .header("content-type", "application/json")
            .header(SECRET_HEADER, "a-long-enough-secret")
            .body(update.clone())
            .send()
            .await;
        sent.unwrap().status().as_u16()
    };

    let lock = w.app.lock_database();
    assert_eq!(post().await, 503, "not taken: Telegram will post it again");
    assert_eq!(post().await, 503);
    drop(lock);
    assert_eq!(daniel.texts_with(BUSY).len(), 1, "told once");
    assert_eq!(post().await, 200);
    assert_eq!(post().await, 200, "a replay is acknowledged and skipped");
    w.deliver().await;
    assert_eq!(daniel.texts_with("You are Daniel Okafor.").len(), 1);
    stop.send(()).unwrap();
    server.await.unwrap().unwrap();
    w.fake.assert_no_violations();
}
