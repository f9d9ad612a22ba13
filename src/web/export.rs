//! The case desk's export and transfer pages, for the lead DSL only: a case's (or a pupil's
//! cases') child protection file as a print view and as a PDF, the transfer form and the
//! confirmation of receipt. Who may do any of it is `concern::transfer`'s rule; everyone else
//! gets the same "not found" as for a case that does not exist. Every export is audited by the
//! core, and every answer is `Cache-Control: no-store` (the desk's headers).
//!
//! A pupil's name is only ever sent in a form body (POST), never in an address, so it stays out
//! of logs and history.

use super::export_view::{file_page, not_found, start_page, CSS, STYLESHEET};
use super::session::Desk;
use super::{Answer, WebState};
use crate::casefile::pdf;
use crate::core::concern::reference::ConcernRef;
use crate::core::concern::transfer::{self, NewTransfer, Scope};
use crate::core::concern::transfer_store::TransferId;
use crate::core::message::Sensitive;
use axum::extract::{Path, Query};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use chrono::NaiveDate;
use serde::Deserialize;

pub fn routes() -> Router<WebState> {
    Router::new()
        .route("/desk/export", get(start))
        .route("/desk/export/pupil", post(pupil))
        .route("/desk/export/pupil/transfer", post(pupil_transfer))
        .route("/desk/export/cases/{reference}", get(case_view))
        .route("/desk/export/cases/{reference}/pdf", get(case_pdf))
        .route("/desk/export/cases/{reference}/transfer", post(transfer))
        .route("/desk/export/transfers/{id}/receipt", post(receipt))
        .route(STYLESHEET, get(stylesheet))
}

async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=3600"),
        ],
        CSS,
    )
}

/// The query of the export start page: a form's result to show once.
#[derive(Default, Deserialize)]
#[serde(default)]
struct StartQuery {
    flash: String,
}

/// The export start page: a pupil's name to export all their cases, and overdue transfers.
async fn start(d: Desk, Query(q): Query<StartQuery>) -> Answer {
    if !transfer::may_start_exports(&d.me) {
        return Ok(not_found(&d));
    }
    let ev = d.inbound().await?;
    let mut t = d.turn(&ev).await?;
    let overdue = transfer::overdue_transfers(&mut t).await?;
    d.finish(t).await?;
    let flash = d.state.flashes.take(d.sid(), &q.flash);
    Ok(start_page(&d, &overdue, None, &flash))
}

#[derive(Deserialize)]
struct PupilForm {
    csrf: String,
    name: String,
    /// `pdf` for the PDF, anything else for the print view.
    #[serde(default)]
    format: String,
}

async fn pupil(d: Desk, Form(f): Form<PupilForm>) -> Answer {
    if !d.csrf_ok(&f.csrf) {
        return Ok(refused(&d));
    }
    let scope = Scope::Pupil(f.name.trim().to_string());
    exported(&d, &scope, f.format == "pdf").await
}

fn parse_ref(s: &str) -> Option<ConcernRef> {
    ConcernRef::parse(s).ok()
}

async fn case_view(d: Desk, Path(reference): Path<String>) -> Answer {
    let Some(r) = parse_ref(&reference) else {
        return Ok(not_found(&d));
    };
    exported(&d, &Scope::Case(r), false).await
}

async fn case_pdf(d: Desk, Path(reference): Path<String>) -> Answer {
    let Some(r) = parse_ref(&reference) else {
        return Ok(not_found(&d));
    };
    exported(&d, &Scope::Case(r), true).await
}

/// Builds (and so audits) the export of `scope`, as a print view or a PDF.
async fn exported(d: &Desk, scope: &Scope, as_pdf: bool) -> Answer {
    let ev = d.inbound().await?;
    let mut t = d.turn(&ev).await?;
    let x = transfer::export(&mut t, scope).await?;
    let today = t.cx.settings.school_time().local_date(t.now);
    d.finish(t).await?;
    let Some(x) = x else {
        return Ok(match scope {
            Scope::Pupil(_) if transfer::may_start_exports(&d.me) => {
                start_page(d, &[], Some("export-pupil-none-found"), &[])
            }
            _ => not_found(d),
        });
    };
    if as_pdf {
        let bytes = pdf::render(&x, &d.state.app.i18n, d.lang(), today)?;
        let name = match scope {
            Scope::Case(r) => format!("child-protection-file-{r}.pdf"),
            Scope::Pupil(_) => "child-protection-file.pdf".to_string(),
        };
        return Ok((
            [
                (header::CONTENT_TYPE, "application/pdf".to_string()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"{name}\""),
                ),
            ],
            bytes,
        )
            .into_response());
    }
    Ok(file_page(d, &x, scope, today))
}

#[derive(Deserialize)]
struct TransferForm {
    csrf: String,
    /// The pupil, for a transfer of all their cases.
    #[serde(default)]
    name: String,
    receiving_school: String,
    due_from: String,
    sent_on: String,
}

impl TransferForm {
    /// The transfer the form records, when it carries the session's token and readable dates.
    fn read(&self, d: &Desk) -> Option<NewTransfer> {
        if !d.csrf_ok(&self.csrf) {
            return None;
        }
        Some(NewTransfer {
            receiving_school: Sensitive::new(self.receiving_school.clone()),
            due_from: date(&self.due_from)?,
            sent_on: date(&self.sent_on)?,
        })
    }
}

fn date(s: &str) -> Option<NaiveDate> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok()
}

/// Records a transfer of one case's file.
async fn transfer(d: Desk, Path(reference): Path<String>, Form(f): Form<TransferForm>) -> Answer {
    let Some(r) = parse_ref(&reference) else {
        return Ok(not_found(&d));
    };
    let Some(n) = f.read(&d) else {
        return Ok(refused(&d));
    };
    let ev = d.inbound().await?;
    let mut t = d.turn(&ev).await?;
    let done = transfer::record_transfer(&mut t, &Scope::Case(r), n).await?;
    d.finish(t).await?;
    Ok(match done {
        Some(_) => Redirect::to(&format!("/desk/export/cases/{r}")).into_response(),
        None => not_found(&d),
    })
}

#[derive(Deserialize)]
struct ReceiptForm {
    csrf: String,
    confirmed_by: String,
    confirmed_on: String,
    /// The case page to return to.
    #[serde(default)]
    back: String,
}

/// Records a transfer of all of one pupil's cases at once, then shows the export page with
/// what was recorded (Post/Redirect/Get).
async fn pupil_transfer(d: Desk, Form(f): Form<TransferForm>) -> Answer {
    let Some(n) = f.read(&d) else {
        return Ok(refused(&d));
    };
    let school = f.receiving_school.trim().to_string();
    let ev = d.inbound().await?;
    let mut t = d.turn(&ev).await?;
    let scope = Scope::Pupil(f.name.trim().to_string());
    let cases = transfer::cases_of(&mut t, &scope).await?.len();
    let done = transfer::record_transfer(&mut t, &scope, n).await?;
    let now = t.now;
    d.finish(t).await?;
    if done.is_none() {
        return Ok(not_found(&d));
    }
    let w = d.words();
    let said = w.with(
        "export-transfer-recorded",
        &[("cases", cases.to_string()), ("school", school)],
    );
    let to = match d.state.flashes.put(d.sid(), vec![said], now) {
        Some(id) => format!("/desk/export?flash={id}"),
        None => "/desk/export".into(),
    };
    Ok(Redirect::to(&to).into_response())
}

/// Records the receiving school's confirmation of receipt.
async fn receipt(d: Desk, Path(id): Path<i64>, Form(f): Form<ReceiptForm>) -> Answer {
    if !d.csrf_ok(&f.csrf) {
        return Ok(refused(&d));
    }
    let Some(on) = date(&f.confirmed_on) else {
        return Ok(refused(&d));
    };
    let ev = d.inbound().await?;
    let mut t = d.turn(&ev).await?;
    let by = Sensitive::new(f.confirmed_by);
    let done = transfer::confirm_receipt(&mut t, TransferId(id), by, on).await?;
    d.finish(t).await?;
    if !done {
        return Ok(not_found(&d));
    }
    let back = parse_ref(&f.back)
        .map(|r| format!("/desk/export/cases/{r}"))
        .unwrap_or_else(|| "/desk/export".into());
    Ok(Redirect::to(&back).into_response())
}

/// A form without its session's token, or with an unreadable date: nothing changes.
fn refused(d: &Desk) -> Response {
    let w = d.words();
    let title = w.t("export-form-refused-title");
    let body = maud::html! { p { (w.t("export-form-refused")) } };
    super::layout::respond(StatusCode::BAD_REQUEST, d.page(&title, body))
}
