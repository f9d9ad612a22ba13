//! Signing in and out. `GET /desk/signin/{token}` only shows a "Sign in" button, so a link
//! preview never uses the link; `POST /desk/signin` (the token and a CSRF token bound to a
//! cookie this page set) uses it and starts the session; `POST /desk/signout` ends it.
//! Whether a link is good is decided by the core (`core::desk`).
//!
//! After signing in the person lands where they were going: the page they asked for while
//! signed out (kept in a cookie) or a `next` on the link, and only ever a path of the desk
//! itself ([`safe_next`]); anything else lands on `/desk`.

use super::layout::{self, Words};
use super::session::{self, Desk, COOKIE, NEXT_COOKIE, PRE_COOKIE};
use super::{Answer, WebState};
use crate::core::desk::{self, LinkState};
use crate::core::effects::Effects;
use crate::core::people::Lang;
use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use maud::html;
use serde::Deserialize;

pub fn routes() -> Router<WebState> {
    Router::new()
        .route("/desk/signin/{token}", get(offer))
        .route("/desk/signin", post(sign_in))
        .route("/desk/signout", post(sign_out))
}

/// The sign-in page's form.
#[derive(Deserialize)]
pub struct SignInForm {
    pub token: String,
    #[serde(default)]
    pub csrf: String,
    /// Where to land after signing in.
    #[serde(default)]
    pub next: String,
}

/// The query a sign-in link may carry.
#[derive(Default, Deserialize)]
#[serde(default)]
pub struct OfferQuery {
    pub next: String,
}

/// `wanted` if it is a page of this desk (`/desk` or below it, a plain path with an optional
/// query), never another site, a scheme, a `//` or `\\` path, `..`, or the sign-in pages.
pub fn safe_next(wanted: &str) -> Option<String> {
    let path = wanted.split('?').next().unwrap_or("");
    let ok = wanted.len() <= 300
        && (path == "/desk" || path.starts_with("/desk/"))
        && !path.starts_with("/desk/signin")
        && !path.starts_with("/desk/signout")
        && !wanted.contains("//")
        && !wanted.contains("..")
        && wanted
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/-_.?=&%".contains(&b));
    ok.then(|| wanted.to_string())
}

/// The language of the link's person, if the link names one (the page before sign-in), else
/// the browser's.
async fn lang_of(state: &WebState, link: &LinkState, browser: Lang) -> anyhow::Result<Lang> {
    let LinkState::Valid { person, .. } = link else {
        return Ok(browser);
    };
    let mut tx = state.app.ctx.store.begin().await?;
    let lang = tx
        .person(*person)
        .await?
        .map(|p| p.lang)
        .unwrap_or_default();
    tx.commit().await?;
    Ok(lang)
}

async fn offer(
    State(state): State<WebState>,
    Path(token): Path<String>,
    Query(q): Query<OfferQuery>,
    headers: HeaderMap,
) -> Answer {
    let app = &state.app;
    let now = app.ctx.clock.now();
    let mut tx = app.ctx.store.begin().await?;
    let link = desk::link_state(tx.as_mut(), &token, now).await?;
    tx.commit().await?;
    let lang = lang_of(&state, &link, layout::browser_lang(&headers)).await?;
    let w = Words::new(&app.i18n, lang);
    if !matches!(link, LinkState::Valid { .. }) {
        return Ok(refused(w, &link));
    }
    let pre = desk::secret();
    let csrf = session::mac(&pre, &token);
    let title = w.t("desk-signin-title");
    let body = html! {
        p { (w.t("desk-signin-intro")) }
        form method="post" action="/desk/signin" {
            input type="hidden" name="token" value=(token);
            input type="hidden" name="csrf" value=(csrf);
            @if let Some(next) = safe_next(&q.next) {
                input type="hidden" name="next" value=(next);
            }
            button.primary type="submit" { (w.t("desk-signin-button")) }
        }
    };
    let mut res = layout::respond(StatusCode::OK, layout::page(w, &title, None, body));
    res.headers_mut().insert(
        header::SET_COOKIE,
        session::set_cookie(PRE_COOKIE, &pre).parse()?,
    );
    Ok(res)
}

/// The page for a link that cannot be used: why, and what to do.
fn refused(w: Words<'_>, link: &LinkState) -> Response {
    let (status, key) = match link {
        LinkState::Used => (StatusCode::GONE, "desk-link-used"),
        LinkState::Expired => (StatusCode::GONE, "desk-link-expired"),
        _ => (StatusCode::NOT_FOUND, "desk-link-unknown"),
    };
    let title = w.t("desk-link-refused-title");
    let body = html! {
        p.refused { (w.t(key)) }
        p { (w.t("desk-link-again")) }
    };
    layout::respond(status, layout::page(w, &title, None, body))
}

async fn sign_in(
    State(state): State<WebState>,
    headers: HeaderMap,
    Form(form): Form<SignInForm>,
) -> Answer {
    let app = &state.app;
    let pre = session::cookie(&headers, PRE_COOKIE).unwrap_or_default();
    let lang = layout::browser_lang(&headers);
    if pre.is_empty() || !session::mac_ok(&pre, &form.token, &form.csrf) {
        return Ok(forbidden(&state, lang));
    }
    let now = app.ctx.clock.now();
    let mut tx = app.ctx.store.begin().await?;
    // The school the link is for decides whether the sign-in is confirmed in the chat.
    let school = match desk::link_state(tx.as_mut(), &form.token, now).await? {
        LinkState::Valid { school, .. } => app.school(school).map(|cx| (school, cx)),
        _ => None,
    };
    let confirm = school.is_some_and(|(_, cx)| cx.settings.desk_confirm);
    let mut fx = Effects::of(school.map(|(s, _)| s).unwrap_or(app.ctx.school));
    let started = desk::redeem(tx.as_mut(), &mut fx, (&form.token, confirm), now).await?;
    fx.commit(tx, now).await?;
    app.wake.notify_waiters();
    let started = match started {
        Ok(s) => s,
        Err(link) => {
            let w = Words::new(&app.i18n, lang);
            return Ok(refused(w, &link));
        }
    };
    let to = safe_next(&form.next)
        .or_else(|| session::cookie(&headers, NEXT_COOKIE).and_then(|n| safe_next(&n)))
        .unwrap_or_else(|| "/desk".into());
    let mut res = Redirect::to(&to).into_response();
    let h = res.headers_mut();
    h.append(
        header::SET_COOKIE,
        session::clear_cookie(NEXT_COOKIE).parse()?,
    );
    h.append(
        header::SET_COOKIE,
        session::set_cookie(COOKIE, &started.id).parse()?,
    );
    h.append(
        header::SET_COOKIE,
        session::clear_cookie(PRE_COOKIE).parse()?,
    );
    Ok(res)
}

/// The answer to a form without its CSRF token: refused, nothing changed.
pub fn forbidden(state: &WebState, lang: Lang) -> Response {
    let w = Words::new(&state.app.i18n, lang);
    let title = w.t("desk-forbidden-title");
    let body = html! { p.refused { (w.t("desk-forbidden")) } };
    layout::respond(StatusCode::FORBIDDEN, layout::page(w, &title, None, body))
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    pub csrf: String,
}

async fn sign_out(d: Desk, Form(form): Form<CsrfOnly>) -> Answer {
    if !d.csrf_ok(&form.csrf) {
        return Ok(forbidden(&d.state, d.lang()));
    }
    let now = d.cx.clock.now();
    let mut tx = d.cx.store.begin().await?;
    desk::sign_out(tx.as_mut(), d.sid(), now).await?;
    tx.commit().await?;
    let w = d.words();
    let title = w.t("desk-signed-out-done-title");
    let body = html! { p { (w.t("desk-signed-out-done")) } };
    let mut res = layout::respond(StatusCode::OK, layout::page(w, &title, None, body));
    res.headers_mut()
        .insert(header::SET_COOKIE, session::clear_cookie(COOKIE).parse()?);
    Ok(res)
}
