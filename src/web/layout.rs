//! The page every desk answer is drawn in: language and direction, skip link, header with the
//! signed-in person's navigation, one `main` landmark. Text comes from Fluent (`desk.ftl`);
//! maud escapes everything it is given.

use super::assets::STYLESHEET;
use crate::core::people::Lang;
use crate::i18n::I18n;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};
use maud::{html, Markup, DOCTYPE};

/// Text in one reader's language.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub i18n: &'a I18n,
    pub lang: Lang,
    /// The time zone times are shown in: the reader's school's.
    pub zone: chrono_tz::Tz,
}

impl<'a> Words<'a> {
    pub fn new(i18n: &'a I18n, lang: Lang) -> Words<'a> {
        Words {
            i18n,
            lang,
            zone: i18n.tz(),
        }
    }

    /// The message `key`.
    pub fn t(&self, key: &str) -> String {
        self.i18n.text(self.lang, key)
    }

    /// The message `key` with arguments.
    pub fn with(&self, key: &str, args: &[(&str, String)]) -> String {
        self.i18n.text_with(self.lang, key, args)
    }

    /// An instant as the school writes it.
    pub fn time(&self, t: chrono::DateTime<chrono::Utc>) -> String {
        crate::i18n::time_in(self.zone, t)
    }
}

/// Who is signed in, for the header: their name, the sign-out form's token, and whether the
/// core offers them the export and dashboard pages (each page still checks).
pub struct SignedIn<'a> {
    pub name: &'a str,
    pub csrf: &'a str,
    pub export: bool,
    pub dashboard: bool,
}

/// A whole page.
pub fn page(w: Words<'_>, title: &str, who: Option<SignedIn<'_>>, body: Markup) -> Markup {
    let dir = if w.lang.is_rtl() { "rtl" } else { "ltr" };
    html! {
        (DOCTYPE)
        html lang=(w.lang.tag()) dir=(dir) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) " · " (w.t("desk-name")) }
                link rel="stylesheet" href=(STYLESHEET);
            }
            body {
                a.skip href="#main" { (w.t("desk-skip")) }
                header.bar {
                    span.name { (w.t("desk-name")) }
                    @if let Some(who) = who {
                        nav aria-label=(w.t("desk-nav")) {
                            ul {
                                li { a href="/desk" { (w.t("desk-nav-open")) } }
                                li { a href="/desk/closed" { (w.t("desk-nav-closed")) } }
                                li { a href="/desk/search" { (w.t("desk-nav-search")) } }
                                li { a href="/desk/access" { (w.t("desk-nav-access")) } }
                                @if who.export {
                                    li { a href="/desk/export" { (w.t("desk-nav-export")) } }
                                }
                                @if who.dashboard {
                                    li { a href="/desk/dashboard" { (w.t("desk-nav-dashboard")) } }
                                }
                            }
                        }
                        span { (w.with("desk-signed-in-as", &[("name", who.name.to_string())])) }
                        form method="post" action="/desk/signout" {
                            input type="hidden" name="csrf" value=(who.csrf);
                            button type="submit" { (w.t("desk-sign-out")) }
                        }
                    }
                }
                main #main tabindex="-1" {
                    h1 { (title) }
                    (body)
                }
            }
        }
    }
}

/// A page as a response with `status`.
pub fn respond(status: StatusCode, page: Markup) -> Response {
    (status, Html(page.into_string())).into_response()
}

/// The page for a failure, with its reference (in the school's language: the reader may not be
/// known).
pub fn failure(w: Words<'_>, reference: &str) -> Response {
    let title = w.t("desk-failed-title");
    let body = html! {
        p { (w.with("desk-failed", &[("reference", reference.to_string())])) }
    };
    respond(
        StatusCode::INTERNAL_SERVER_ERROR,
        page(w, &title, None, body),
    )
}

/// The language a browser asks for (`Accept-Language`), for pages shown before anyone signs
/// in: the first of Haven's languages in the reader's order of preference, else the default.
pub fn browser_lang(headers: &axum::http::HeaderMap) -> Lang {
    let mut asked: Vec<(f32, Lang)> = headers
        .get_all(axum::http::header::ACCEPT_LANGUAGE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|part| {
            let mut bits = part.split(';');
            let tag = bits.next()?.trim();
            let primary = tag.split(['-', '_']).next()?;
            let lang = Lang::parse(primary)?;
            let q = bits
                .filter_map(|b| b.trim().strip_prefix("q="))
                .find_map(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            (q > 0.0).then_some((q, lang))
        })
        .collect();
    // A stable sort keeps the reader's order among equal weights.
    asked.sort_by(|a, b| b.0.total_cmp(&a.0));
    asked.first().map_or_else(Lang::default, |(_, l)| *l)
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::{header, HeaderMap, HeaderValue};

    fn asking(v: &str) -> Lang {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_str(v).unwrap());
        browser_lang(&h)
    }

    #[test]
    fn the_browsers_first_language_haven_speaks_is_chosen() {
        assert_eq!(asking("pl-PL,pl;q=0.9,en;q=0.8"), Lang::Pl);
        assert_eq!(asking("de-DE,de;q=0.9,cy;q=0.5,en;q=0.3"), Lang::Cy);
        assert_eq!(asking("en;q=0.2, ar;q=0.9"), Lang::Ar);
        assert_eq!(asking("fr, de"), Lang::default());
        assert_eq!(asking("ar;q=0, pl;q=0.1"), Lang::Pl);
        assert_eq!(asking(""), Lang::default());
        assert_eq!(browser_lang(&HeaderMap::new()), Lang::default());
    }
}
