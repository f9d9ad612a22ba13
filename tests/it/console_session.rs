//! The console as a live session: what falls due while nobody types is printed without
//! waiting for the next line.

use crate::support::{school_morning, spawn_app};
use chrono::Duration;
use haven::core::clock::Clock;
use std::io::Write;
use std::sync::{Arc, Mutex};
use tokio::io::{AsyncWriteExt, BufReader};

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
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).to_string()
    }

    fn count(&self, needle: &str) -> usize {
        self.text().matches(needle).count()
    }

    /// Waits (in the test's paused time) until `needle` has been printed `n` times.
    async fn shows(&self, needle: &str, n: usize) {
        for _ in 0..1000 {
            if self.count(needle) >= n {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
        panic!(
            "the console never showed {needle:?} {n} times:\n{}",
            self.text()
        );
    }
}

#[tokio::test]
async fn a_reminder_that_falls_due_while_nobody_types_is_printed() {
    let app = spawn_app().await;
    // Timers from here on are virtual: the console's polling passes at once, deterministically.
    tokio::time::pause();
    let screen = Screen::default();
    let console = haven::platforms::console(&app.app, Box::new(screen.clone()));
    let (mut keyboard, input) = tokio::io::duplex(1024);
    let session = tokio::spawn(console.run(BufReader::new(input), false));

    keyboard
        .write_all(b"/as Josie\n/concern\nno\n")
        .await
        .unwrap();
    screen.shows("Who is the concern about?", 1).await;
    assert_eq!(screen.count("You have an unfinished"), 0);

    // Half an hour passes with no typing; the scheduler runs.
    app.clock.advance(Duration::minutes(31));
    app.app.tick().await.unwrap();
    screen
        .shows("You have an unfinished concern report", 1)
        .await;
    assert!(
        screen
            .text()
            .contains("── to Josie Quennell (private chat)\n  You have an unfinished"),
        "{}",
        screen.text()
    );

    // Typing still works after a delivery nobody typed for.
    keyboard.write_all(b"/cancel\n").await.unwrap();
    screen.shows("Cancelled.", 1).await;
    drop(keyboard);
    session.await.unwrap().unwrap();
    assert_eq!(screen.count("You have an unfinished"), 1, "delivered once");
}

#[tokio::test]
async fn the_console_clock_moves_forward_runs_what_fell_due_and_prints_it() {
    let app = spawn_app().await;
    tokio::time::pause();
    let screen = Screen::default();
    let console = haven::platforms::console(&app.app, Box::new(screen.clone()));
    let (mut keyboard, input) = tokio::io::duplex(4096);
    let session = tokio::spawn(console.run(BufReader::new(input), false));

    keyboard
        .write_all(b"/as Josie\n/concern\nno\n/clock\n")
        .await
        .unwrap();
    screen.shows("Haven's clock says 17/11/2026 10:00", 1).await;

    // Thirty-one minutes on, the unfinished concern's reminder is due and printed at once,
    // without waiting for the scheduler.
    keyboard.write_all(b"/clock +31m\n").await.unwrap();
    screen.shows("1 message was sent (above).", 1).await;
    let text = screen.text();
    assert!(
        text.contains("Haven's clock is now 17/11/2026 10:31. Running what fell due…\n── to Josie Quennell (private chat)\n  You have an unfinished concern report"),
        "{text}"
    );
    assert_eq!(app.clock.now(), school_morning() + Duration::minutes(31));

    // A time in the school's time zone; the past is refused and the clock stays.
    keyboard
        .write_all(b"/clock 2026-11-17 09:00\n/clock tomorrow\n/clock 2026-11-17 12:00\n")
        .await
        .unwrap();
    screen.shows("Nothing was sent.", 1).await;
    let text = screen.text();
    assert!(
        text.contains("Haven's clock never goes backwards: it is already 17/11/2026 10:31, later than 17/11/2026 09:00."),
        "{text}"
    );
    assert!(text.contains("/clock shows Haven's time."), "{text}");
    assert!(
        text.contains("Haven's clock is now 17/11/2026 12:00."),
        "{text}"
    );
    assert_eq!(app.clock.now(), school_morning() + Duration::hours(2));
    assert_eq!(screen.count("You have an unfinished"), 1, "reminded once");
    drop(keyboard);
    session.await.unwrap().unwrap();
}
