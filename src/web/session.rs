//! A signed-in request: the session cookie checked by the core (`core::desk::session`) on
//! every request, the person as the directory has them now, their school's context, the
//! per-session CSRF token, and a [`Turn`] for the core's case functions.
//!
//! Nothing here decides what the person may see or do; it only says who is asking.

use super::layout::{self, SignedIn, Words};
use super::signin::safe_next;
use super::{Fault, WebState};
use crate::core::concern::{dashboard, transfer};
use crate::core::desk;
use crate::core::effects::Effects;
use crate::core::event::{Inbound, Input, Place};
use crate::core::ids::{Account, Platform};
use crate::core::people::{Lang, Person, Role};
use crate::core::turn::{Ctx, Turn};
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use hmac::{Hmac, Mac};
use maud::html;
use sha2::Sha256;

/// The session cookie's name.
pub const COOKIE: &str = "haven_desk";
/// The cookie a sign-in page sets so that its form can be checked (login CSRF).
pub const PRE_COOKIE: &str = "haven_desk_signin";
/// The cookie keeping the desk page asked for while signed out, to land on after sign-in.
pub const NEXT_COOKIE: &str = "haven_desk_next";

/// A `Set-Cookie` value for the desk: HttpOnly, Secure, SameSite=Strict, under `/desk`.
pub fn set_cookie(name: &str, value: &str) -> String {
    format!("{name}={value}; HttpOnly; Secure; SameSite=Strict; Path=/desk")
}

/// A `Set-Cookie` value removing a desk cookie.
pub fn clear_cookie(name: &str) -> String {
    format!("{name}=; HttpOnly; Secure; SameSite=Strict; Path=/desk; Max-Age=0")
}

/// The value of cookie `name`, if the request carries it.
pub fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|kv| kv.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.to_string())
        .filter(|v| !v.is_empty())
}

/// An HMAC-SHA256 of `message` under `key`, in hex: CSRF tokens.
pub fn mac(key: &str, message: &str) -> String {
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(key.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC takes a key of any length"));
    m.update(message.as_bytes());
    hex::encode(m.finalize().into_bytes())
}

/// True when `given` is the HMAC of `message` under `key` (compared in constant time).
pub fn mac_ok(key: &str, message: &str, given: &str) -> bool {
    let Ok(given) = hex::decode(given) else {
        return false;
    };
    let mut m = <Hmac<Sha256> as Mac>::new_from_slice(key.as_bytes())
        .unwrap_or_else(|_| unreachable!("HMAC takes a key of any length"));
    m.update(message.as_bytes());
    m.verify_slice(&given).is_ok()
}

/// A signed-in request.
pub struct Desk {
    pub state: WebState,
    pub cx: Ctx,
    pub me: Person,
    /// The session id, from the cookie (never stored; the store keeps its hash).
    sid: String,
    /// True when the core lets this person see the governors' dashboard.
    dashboard: bool,
}

impl Desk {
    pub fn lang(&self) -> Lang {
        self.me.lang
    }

    pub fn words(&self) -> Words<'_> {
        Words {
            zone: self.cx.settings.timezone,
            ..Words::new(&self.state.app.i18n, self.me.lang)
        }
    }

    /// The session's CSRF token for its forms.
    pub fn csrf(&self) -> String {
        mac(&self.sid, "haven-desk-form")
    }

    /// True when a form carried this session's CSRF token.
    pub fn csrf_ok(&self, given: &str) -> bool {
        mac_ok(&self.sid, "haven-desk-form", given)
    }

    /// The session id (for signing out).
    pub fn sid(&self) -> &str {
        &self.sid
    }

    /// A page for this person.
    pub fn page(&self, title: &str, body: maud::Markup) -> maud::Markup {
        let csrf = self.csrf();
        let who = SignedIn {
            name: &self.me.name,
            csrf: &csrf,
            export: transfer::may_start_exports(&self.me),
            dashboard: self.dashboard,
        };
        layout::page(self.words(), title, Some(who), body)
    }

    /// The event a desk request stands for in the core: the person, in their private chat on
    /// one of their linked accounts. Nothing the core sends to them there is delivered: the
    /// page takes it ([`Desk::finish`]).
    pub async fn inbound(&self) -> Result<Inbound, Fault> {
        let mut tx = self.cx.store.begin().await?;
        let accounts = tx.accounts_of(self.me.id).await?;
        tx.commit().await?;
        let from = accounts.into_iter().next().unwrap_or(Account {
            platform: Platform::Console,
            id: "desk".into(),
        });
        Ok(Inbound {
            from,
            place: Place::Private,
            input: Input::Command {
                name: "desk".into(),
                args: String::new(),
            },
            message_id: None,
            update: None,
            org: None,
        })
    }

    /// A turn of the core for this person, in a new transaction.
    pub async fn turn<'a>(&'a self, ev: &'a Inbound) -> Result<Turn<'a>, Fault> {
        let tx = self.cx.store.begin().await?;
        Ok(Turn {
            cx: &self.cx,
            tx,
            now: self.cx.clock.now(),
            ev,
            me: Some(self.me.clone()),
            visitor: false,
            fx: Effects::of(self.cx.school),
        })
    }

    /// Commits the turn, keeping what the core said to this person out of their chat and
    /// returning it, rendered, for the page; everything else (alerts to others) goes out.
    pub async fn finish(&self, t: Turn<'_>) -> Result<Vec<String>, Fault> {
        let Turn {
            tx, mut fx, now, ..
        } = t;
        let mine = fx.take_to(self.me.id);
        fx.commit(tx, now).await?;
        self.state.app.wake.notify_waiters();
        let (i18n, zone) = (&self.state.app.i18n, self.cx.settings.timezone);
        Ok(mine
            .iter()
            .map(|o| i18n.render_in(zone, self.me.lang, o.body()))
            .collect())
    }
}

impl FromRequestParts<WebState> for Desk {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &WebState) -> Result<Self, Response> {
        let wanted = (parts.method == Method::GET)
            .then(|| parts.uri.path_and_query().map(|p| p.as_str()))
            .flatten()
            .and_then(safe_next);
        let lang = layout::browser_lang(&parts.headers);
        let signed_out = |state| signed_out(state, lang, wanted.as_deref());
        let Some(sid) = cookie(&parts.headers, COOKIE) else {
            return Err(signed_out(state));
        };
        let found = async {
            let app = &state.app;
            let now = app.ctx.clock.now();
            let mut tx = app.ctx.store.begin().await?;
            let found = desk::session(tx.as_mut(), &sid, now).await?;
            // Whether to offer the dashboard in the header: the core's rule, which needs the
            // school's Chair (the page itself checks again).
            // Only a vice-chair's answer depends on the Chair, so only theirs looks them up.
            let dashboard = match &found {
                desk::Session::Live(school, me) if me.has(Role::ViceChair) => {
                    let chairs = tx
                        .people_with_roles(*school, &[Role::ChairOfGovernors])
                        .await?;
                    dashboard::may_see(me, &chairs)
                }
                desk::Session::Live(_, me) => dashboard::may_see(me, &[]),
                _ => false,
            };
            tx.commit().await?;
            anyhow::Ok((found, dashboard))
        }
        .await;
        let ((school, me), dashboard) = match found {
            Ok((desk::Session::Live(school, me), dashboard)) => ((school, me), dashboard),
            Ok((desk::Session::Waiting(me), _)) => {
                return Err(waiting(state, &me, wanted.as_deref()))
            }
            Ok((desk::Session::None, _)) => return Err(signed_out(state)),
            Err(e) => return Err(Fault::from(e).into_response()),
        };
        let Some(cx) = state
            .app
            .schools
            .iter()
            .find(|(s, _)| s.id == school)
            .map(|(_, cx)| cx.clone())
        else {
            return Err(signed_out(state));
        };
        Ok(Desk {
            state: state.clone(),
            cx,
            me,
            sid,
            dashboard,
        })
    }
}

/// The answer to any request while the session waits to be confirmed in the person's chat:
/// what to do, and a link to the page they asked for once they have (nothing else is shown,
/// and no form is taken).
pub fn waiting(state: &WebState, me: &Person, wanted: Option<&str>) -> Response {
    let w = Words::new(&state.app.i18n, me.lang);
    let title = w.t("desk-confirm-waiting-title");
    let then = wanted.unwrap_or("/desk").to_string();
    let body = html! {
        p { (w.t("desk-confirm-waiting")) }
        p { a.button href=(then) { (w.t("desk-confirm-continue")) } }
    };
    layout::respond(StatusCode::OK, layout::page(w, &title, None, body))
}

/// The answer to a request without a live session: how to sign in (nothing else is shown).
/// The desk page that was asked for (`wanted`) is kept to land on after signing in.
pub fn signed_out(state: &WebState, lang: Lang, wanted: Option<&str>) -> Response {
    let w = Words::new(&state.app.i18n, lang);
    let title = w.t("desk-signed-out-title");
    let body = html! { p { (w.t("desk-signed-out")) } };
    let mut res = layout::respond(
        StatusCode::UNAUTHORIZED,
        layout::page(w, &title, None, body),
    );
    if let Ok(v) = clear_cookie(COOKIE).parse() {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    if let Some(Ok(v)) = wanted.map(|w| set_cookie(NEXT_COOKIE, w).parse()) {
        res.headers_mut().append(header::SET_COOKIE, v);
    }
    res
}
