//! The case desk in a real browser (headless Chromium, `support::browser`): Haven's own router
//! served on loopback, the chat side in memory. People ask for a link with `/desk` in their
//! private chat, open the link they received, sign in with the keyboard, and see only what
//! the chat lets them see. Screenshots of the pages go to `docs/screenshots/`.

mod case_work;
mod governance;
mod phone;
mod reach;
mod signin;

use crate::support::browser::Browser;
use crate::support::{spawn_app_with, Person, TestApp};
use haven::core::settings::Settings;
use haven::web::{router, WebState};

/// Haven with the desk served on a free loopback port; the server stops with the test.
pub struct Site {
    pub t: TestApp,
    /// `http://127.0.0.1:<port>`, the desk's public address here.
    pub url: String,
}

/// The demo school with its desk served on loopback.
pub async fn site() -> Site {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let t = spawn_app_with(Settings {
        desk_url: Some(url.clone()),
        ..Settings::default()
    })
    .await;
    let desk = router(WebState::new(t.app.clone()));
    tokio::spawn(async move { axum::serve(listener, desk).await });
    Site { t, url }
}

impl Site {
    /// The sign-in link in the last message `p` received in their chat.
    pub fn link_in_chat(&self, p: &Person<'_>) -> String {
        let text = p.last().text;
        let start = text
            .find(&format!("{}/desk/signin/", self.url))
            .unwrap_or_else(|| panic!("no sign-in link in {text:?}"));
        // A link ends at a space or at the isolation mark Fluent puts around an argument.
        text[start..]
            .split(|c: char| c.is_whitespace() || c == '\u{2069}')
            .next()
            .expect("a link")
            .to_string()
    }

    /// `p` sends `/desk` in their private chat and gets a link back.
    pub async fn ask_link(&self, p: &Person<'_>) -> String {
        p.says("/desk").await;
        self.link_in_chat(p)
    }

    /// Text in `lang` for `key`, as the desk says it.
    pub fn says(&self, lang: haven::core::people::Lang, key: &str) -> String {
        self.t.app.i18n.text(lang, key)
    }
}

/// On a sign-in page: Tab to the button and press Enter, then wait for the desk to load.
pub async fn sign_in_with_keyboard(b: &Browser) {
    let button = b.find("form[action='/desk/signin'] button").await;
    let label = button.text().await.expect("the button's text");
    b.tab_to(&label, 10).await;
    b.enter().await;
    b.find("nav").await;
}
