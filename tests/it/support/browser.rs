//! Headless Chromium for the browser tests, driven over WebDriver (`fantoccini`) through
//! Debian's `chromedriver` and `chromium` (installed by `scripts/test-deps`).
//!
//! One chromedriver per test binary, started on first use on a free loopback port in its own
//! process group, and killed with everything it started when the binary exits. Each
//! [`Browser`] is a fresh Chromium with its own empty profile, run headless as root with the
//! flags this machine needs (no sandbox, no GPU, no background networking), and ended when
//! dropped. There is no limit of its own on how many run at once: the test harness runs as
//! many tests at once as there are cores, and a test opens one or two browsers.
//!
//! Like PostgreSQL's tests: without `chromedriver` or `chromium` the browser tests say once
//! that they did NOT run, and pass, unless `HAVEN_REQUIRE_BROWSER=1` (CI), where they fail.
//! Browsers here only ever open pages on 127.0.0.1.

use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicI32, Ordering};
use std::sync::{Once, OnceLock};
use tempfile::TempDir;

const REQUIRE: &str = "HAVEN_REQUIRE_BROWSER";

/// The key under which WebDriver hands a script's element back.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";

/// Chromium's flags: headless, as root, with nothing that reaches beyond loopback.
const FLAGS: &[&str] = &[
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1280,900",
];

/// The chromedriver of this test binary: its address and Chromium's path, or why there is none.
static DRIVER: OnceLock<Result<Driver, String>> = OnceLock::new();

/// chromedriver's process group, killed at exit.
static GROUP: AtomicI32 = AtomicI32::new(0);

#[derive(Clone)]
struct Driver {
    /// `127.0.0.1:<port>`.
    address: String,
    chromium: PathBuf,
}

/// A headless Chromium with a fresh profile; closed when dropped.
pub struct Browser {
    /// The WebDriver client, for what the helpers below do not cover.
    pub client: Client,
    session: String,
    address: String,
    _profile: TempDir,
}

/// A new browser, or `None` (said once on stderr) when Chromium or chromedriver is missing and
/// `HAVEN_REQUIRE_BROWSER` is not `1`.
pub async fn open() -> Option<Browser> {
    let driver = match DRIVER.get_or_init(start_driver) {
        Ok(driver) => driver.clone(),
        Err(why) => {
            if std::env::var(REQUIRE).is_ok_and(|v| v == "1") {
                panic!("{REQUIRE}=1 but {why}: install them with scripts/test-deps");
            }
            static SAID: Once = Once::new();
            SAID.call_once(|| {
                // Straight to stderr, past the test harness's capture, so it is seen once.
                let _ = writeln!(
                    std::io::stderr(),
                    "Browser tests did NOT run: {why} (scripts/test-deps installs Debian's \
                     chromium and chromium-driver)"
                );
            });
            return None;
        }
    };
    let profile = tempfile::tempdir().expect("a profile folder");
    let mut args: Vec<String> = FLAGS.iter().map(|f| f.to_string()).collect();
    args.push(format!("--user-data-dir={}", profile.path().display()));
    let capabilities = json!({
        "browserName": "chrome",
        "goog:chromeOptions": { "binary": driver.chromium, "args": args },
    });
    let Value::Object(capabilities) = capabilities else {
        unreachable!()
    };
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(&format!("http://{}", driver.address))
        .await
        .unwrap_or_else(|e| panic!("chromedriver did not start Chromium: {e}"));
    let session = client
        .session_id()
        .await
        .expect("a session")
        .expect("a session id");
    Some(Browser {
        client,
        session,
        address: driver.address,
        _profile: profile,
    })
}

/// Finds chromedriver and Chromium, starts chromedriver on a port of its choosing and reads the
/// port back from the line it prints once it listens.
fn start_driver() -> Result<Driver, String> {
    let chromedriver = on_path("chromedriver").ok_or("chromedriver is not on PATH")?;
    let chromium = on_path("chromium").ok_or("chromium is not on PATH")?;
    let mut child = Command::new(chromedriver)
        .args(["--port=0", "--allowed-ips=127.0.0.1"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .map_err(|e| format!("chromedriver did not start: {e}"))?;
    GROUP.store(child.id() as i32, Ordering::SeqCst);
    // SAFETY: registering a plain `extern "C"` function with no captured state.
    unsafe { libc::atexit(kill_driver) };
    let mut out = BufReader::new(child.stdout.take().expect("piped"));
    let mut line = String::new();
    let port = loop {
        line.clear();
        if out.read_line(&mut line).map_err(|e| e.to_string())? == 0 {
            return Err("chromedriver stopped before it listened".into());
        }
        if let Some(rest) = line
            .trim()
            .strip_prefix("ChromeDriver was started successfully on port ")
        {
            break rest.trim_end_matches('.').to_string();
        }
    };
    // Keep reading what it prints, so that it never blocks on a full pipe.
    std::thread::spawn(move || std::io::copy(&mut out, &mut std::io::sink()));
    Ok(Driver {
        address: format!("127.0.0.1:{port}"),
        chromium,
    })
}

extern "C" fn kill_driver() {
    let group = GROUP.load(Ordering::SeqCst);
    if group > 0 {
        // SAFETY: a signal to chromedriver's own process group (it and the browsers it started).
        unsafe { libc::kill(-group, libc::SIGKILL) };
    }
}

fn on_path(program: &str) -> Option<PathBuf> {
    std::env::split_paths(&std::env::var_os("PATH")?)
        .map(|dir| dir.join(program))
        .find(|p| p.is_file())
}

impl Drop for Browser {
    /// Ends the session (Chromium quits) with a plain HTTP request, so that it happens even when
    /// the test's runtime is already gone.
    fn drop(&mut self) {
        let Ok(mut stream) = std::net::TcpStream::connect(&self.address) else {
            return;
        };
        let request = format!(
            "DELETE /session/{} HTTP/1.1\r\nHost: {}\r\nContent-Length: 0\r\n\
             Connection: close\r\n\r\n",
            self.session, self.address
        );
        if stream.write_all(request.as_bytes()).is_ok() {
            // chromedriver answers once Chromium has quit, and keeps the connection open.
            let _ = read_answer(&mut stream);
        }
    }
}

/// Reads one HTTP answer (its head, then as many bytes as its Content-Length says).
fn read_answer(stream: &mut impl Read) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream);
    let mut length = 0;
    let mut line = String::new();
    loop {
        line.clear();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = value.trim().parse().unwrap_or(0);
            }
        }
    }
    reader.read_exact(&mut vec![0; length])
}

/// Where the tests' screenshots go: `docs/screenshots/`, which the README links to.
pub fn screenshots() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/screenshots")
}

impl Browser {
    /// Opens `url` and waits for it to load.
    pub async fn visit(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("opening {url}: {e}"));
    }

    /// The page's visible text, trimmed.
    pub async fn text(&self) -> String {
        let text = self
            .client
            .execute("return document.body.innerText", vec![])
            .await
            .expect("the body's text");
        text.as_str().unwrap_or_default().trim().to_string()
    }

    /// Does `act` (a click, a key) and waits until it has led to another page: the page it
    /// left is marked first, and the wait ends when the page has no mark.
    pub async fn and_wait<F: std::future::Future<Output = ()>>(&self, what: &str, act: F) {
        self.client
            .execute(
                "document.documentElement.setAttribute('data-test-left', '')",
                vec![],
            )
            .await
            .expect("marking the page");
        act.await;
        self.client
            .wait()
            .for_element(Locator::Css("html:not([data-test-left])"))
            .await
            .unwrap_or_else(|e| panic!("no new page after {what}: {e}"));
    }

    /// Presses Enter and waits for the page it leads to.
    pub async fn enter(&self) {
        self.and_wait("Enter", self.key(Key::Enter)).await;
    }

    /// The first element `css` selects, waiting for it to appear.
    pub async fn find(&self, css: &str) -> Element {
        self.client
            .wait()
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("no {css} on the page: {e}"))
    }

    /// Every element `css` selects now.
    pub async fn all(&self, css: &str) -> Vec<Element> {
        self.client
            .find_all(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("looking for {css}: {e}"))
    }

    /// Types `text` into the field labelled `label` (its `<label>` text, or `aria-label`).
    pub async fn fill(&self, label: &str, text: &str) {
        let field = self.field(label).await;
        field.clear().await.ok();
        field
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("typing into {label:?}: {e}"));
    }

    /// The form control labelled `label`.
    pub async fn field(&self, label: &str) -> Element {
        let found = self
            .client
            .execute(
                "const want = arguments[0].trim();
                 for (const l of document.querySelectorAll('label')) {
                   if (l.textContent.trim().startsWith(want) && l.control) return l.control;
                 }
                 return document.querySelector(`[aria-label=\"${want}\"]`);",
                vec![json!(label)],
            )
            .await
            .unwrap_or_else(|e| panic!("looking for the field {label:?}: {e}"));
        let id = found[ELEMENT]
            .as_str()
            .unwrap_or_else(|| panic!("no field labelled {label:?}"));
        Element::from_element_id(self.client.clone(), id.to_string().into())
    }

    /// Clicks the button or link whose text starts with `text`, and waits for the page it leads
    /// to.
    pub async fn press(&self, text: &str) {
        let xpath = format!(
            "//button[starts-with(normalize-space(.), {q})] | //a[starts-with(normalize-space(.), \
             {q})] | //input[@type='submit' and starts-with(@value, {q})]",
            q = xpath_literal(text)
        );
        let target = self
            .client
            .wait()
            .for_element(Locator::XPath(&xpath))
            .await
            .unwrap_or_else(|e| panic!("no button or link {text:?}: {e}"));
        self.and_wait(text, async {
            target
                .click()
                .await
                .unwrap_or_else(|e| panic!("clicking {text:?}: {e}"))
        })
        .await;
    }

    /// Presses one key on the keyboard, as a person would (to whatever has the focus).
    pub async fn key(&self, key: Key) {
        let key: char = key.into();
        let actions = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value: key })
            .then(KeyAction::Up { value: key });
        self.client
            .perform_actions(actions)
            .await
            .expect("a key press");
    }

    /// Types `text` on the keyboard into whatever has the focus (a field, or a list, where
    /// typing picks the option it starts).
    pub async fn type_text(&self, text: &str) {
        self.client
            .active_element()
            .await
            .expect("something has the focus")
            .send_keys(text)
            .await
            .unwrap_or_else(|e| panic!("typing {text:?}: {e}"));
    }

    /// What has the keyboard focus: its text, value or label, trimmed.
    pub async fn focused(&self) -> String {
        let v = self
            .client
            .execute(
                "const e = document.activeElement;
                 if (!e) return '';
                 const label = e.labels && e.labels.length ? e.labels[0].textContent : '';
                 return (e.getAttribute('aria-label') || label || e.value || e.textContent || '')
                   .trim();",
                vec![],
            )
            .await
            .expect("the focused element");
        v.as_str().unwrap_or_default().to_string()
    }

    /// Presses Tab until the focus is on something whose text starts with `text`, as a keyboard
    /// user would; fails after `most` presses.
    pub async fn tab_to(&self, text: &str, most: usize) {
        let mut seen = Vec::new();
        for _ in 0..most {
            self.key(Key::Tab).await;
            let now = self.focused().await;
            if now.starts_with(text) {
                return;
            }
            seen.push(now);
        }
        panic!("{most} Tabs never reached {text:?}; the focus went through {seen:?}");
    }

    /// The computed CSS `property` of the first element `css` selects.
    pub async fn style(&self, css: &str, property: &str) -> String {
        self.find(css)
            .await
            .css_value(property)
            .await
            .unwrap_or_else(|e| panic!("{property} of {css}: {e}"))
    }

    /// The current address.
    pub async fn url(&self) -> String {
        self.client.current_url().await.expect("a URL").to_string()
    }

    /// Saves what the browser shows as `docs/screenshots/<name>.png`.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let png = self.client.screenshot().await.expect("a screenshot");
        let dir = screenshots();
        std::fs::create_dir_all(&dir).expect("the screenshots folder");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).expect("writing the screenshot");
        path
    }
}

/// `text` as an XPath string literal, whatever quotes it holds.
fn xpath_literal(text: &str) -> String {
    if !text.contains('\'') {
        return format!("'{text}'");
    }
    let parts: Vec<String> = text.split('\'').map(|p| format!("'{p}'")).collect();
    format!("concat({})", parts.join(", \"'\", "))
}
