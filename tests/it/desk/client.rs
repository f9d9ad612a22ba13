//! A small browser for the desk's tests: requests go to the real router (`tower`'s `oneshot`),
//! cookies are kept as a browser keeps them, and forms are read from the page.

use crate::support::{Person, TestApp};
use axum::body::Body;
use axum::http::{HeaderMap, Request};
use axum::Router;
use haven::web::{router, WebState};
use std::collections::BTreeMap;
use tower::ServiceExt;

/// Where the tests' desk says it is.
pub const DESK_URL: &str = "https://desk.example";

/// One answer.
#[derive(Debug)]
pub struct Page {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: String,
}

impl Page {
    pub fn header(&self, name: &str) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    /// Every `Set-Cookie` header.
    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok().map(str::to_string))
            .collect()
    }

    /// The value of the first hidden field `name` on the page.
    pub fn field(&self, name: &str) -> String {
        let marker = format!("name=\"{name}\" value=\"");
        let start = self
            .body
            .find(&marker)
            .unwrap_or_else(|| panic!("no field {name} in:\n{}", self.body))
            + marker.len();
        let end = self.body[start..].find('"').expect("closing quote");
        self.body[start..start + end].to_string()
    }
}

/// One person's browser.
pub struct Browser {
    router: Router,
    cookies: BTreeMap<String, String>,
    /// The languages the browser asks for (`Accept-Language`), if set.
    languages: Option<String>,
}

impl Browser {
    pub fn new(t: &TestApp) -> Browser {
        Browser {
            router: router(WebState::new(t.app.clone())),
            cookies: BTreeMap::new(),
            languages: None,
        }
    }

    /// The same browser asking for pages in `languages` (an `Accept-Language` value).
    pub fn speaking(mut self, languages: &str) -> Browser {
        self.languages = Some(languages.into());
        self
    }

    /// The cookies it holds now.
    pub fn cookie(&self, name: &str) -> Option<&String> {
        self.cookies.get(name)
    }

    async fn send(&mut self, mut req: Request<Body>) -> Page {
        if let Some(l) = &self.languages {
            let v = l.parse().expect("a header value");
            req.headers_mut().insert("accept-language", v);
        }
        let res = self.router.clone().oneshot(req).await.expect("answers");
        let status = res.status().as_u16();
        let headers = res.headers().clone();
        let bytes = axum::body::to_bytes(res.into_body(), 1 << 22)
            .await
            .expect("body");
        let page = Page {
            status,
            headers,
            body: String::from_utf8(bytes.to_vec()).expect("utf-8"),
        };
        for c in page.set_cookies() {
            let pair = c.split(';').next().unwrap_or("");
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            if v.is_empty() || c.contains("Max-Age=0") {
                self.cookies.remove(k);
            } else {
                self.cookies.insert(k.to_string(), v.to_string());
            }
        }
        page
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let req = Request::get(path)
            .header("cookie", self.cookie_header())
            .body(Body::empty())
            .unwrap();
        self.send(req).await
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Page {
        let body = form
            .iter()
            .map(|(k, v)| format!("{}={}", enc(k), enc(v)))
            .collect::<Vec<_>>()
            .join("&");
        let req = Request::post(path)
            .header("cookie", self.cookie_header())
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(body))
            .unwrap();
        self.send(req).await
    }
}

impl Browser {
    /// Sends a form as a browser does: the answer must be a redirect (303, Post/Redirect/Get),
    /// which is followed; the page it leads to.
    pub async fn submit(&mut self, path: &str, form: &[(&str, &str)]) -> Page {
        let answer = self.post(path, form).await;
        assert_eq!(answer.status, 303, "{path}: {}", answer.body);
        let to = answer.header("location").to_string();
        self.get(&to).await
    }
}

/// Percent-encodes a form value.
fn enc(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

/// The path of the sign-in link in the last message `p` received.
pub fn link_path(p: &Person<'_>) -> String {
    let text = p.last().text;
    let start = text
        .find(DESK_URL)
        .unwrap_or_else(|| panic!("no desk link in {text:?}"))
        + DESK_URL.len();
    text[start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || "/-_".contains(*c))
        .collect()
}

/// Asks for a link in the chat and returns its path.
pub async fn ask_link(p: &Person<'_>) -> String {
    p.says("/desk").await;
    link_path(p)
}

/// Opens a sign-in link and presses "Sign in"; the answer to the press.
pub async fn use_link(b: &mut Browser, path: &str) -> Page {
    let offer = b.get(path).await;
    assert_eq!(offer.status, 200, "{}", offer.body);
    let (token, csrf) = (offer.field("token"), offer.field("csrf"));
    b.post("/desk/signin", &[("token", &token), ("csrf", &csrf)])
        .await
}

/// `p`'s browser, signed in from the chat.
pub async fn signed_in(t: &TestApp, p: &Person<'_>) -> Browser {
    let path = ask_link(p).await;
    let mut b = Browser::new(t);
    let done = use_link(&mut b, &path).await;
    assert_eq!(done.status, 303, "{}", done.body);
    b
}
