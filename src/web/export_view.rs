//! The HTML of the export pages: the print view of a child protection file (the blocks of
//! `casefile`, a cover sheet then each case on a new printed page), the transfer and receipt
//! forms, the export start page, and "not found". Only renders; every decision was the core's.

use super::layout;
use super::session::Desk;
use crate::casefile::{self, Block};
use crate::core::concern::reference::ConcernRef;
use crate::core::concern::transfer::{Export, Scope};
use crate::core::concern::transfer_store::Transfer;
use axum::http::StatusCode;
use axum::response::Response;
use chrono::NaiveDate;
use maud::{html, Markup};

/// The export pages' own stylesheet (print layout, page breaks).
pub const STYLESHEET: &str = "/desk/static/export.css";
pub const CSS: &str = include_str!("export.css");

fn stylesheet() -> Markup {
    html! { link rel="stylesheet" href=(STYLESHEET); }
}

/// The same answer as for a case that does not exist.
pub fn not_found(d: &Desk) -> Response {
    super::case_page::not_found(d)
}

/// The print view of an export, with its PDF link and (for one case) the transfer forms.
pub fn file_page(d: &Desk, x: &Export, scope: &Scope, today: NaiveDate) -> Response {
    let w = d.words();
    let i18n = &d.state.app.i18n;
    let blocks = casefile::blocks(x, i18n, d.lang(), today);
    let footer = casefile::footer(x, i18n, d.lang());
    let title = w.t("export-title");
    let body = html! {
        (stylesheet())
        div.no-print {
            p.hint { (w.t("export-print-hint")) }
            @if let Scope::Case(r) = scope {
                p { a href=(format!("/desk/export/cases/{r}/pdf")) { (w.t("export-pdf")) } }
            } @else {
                (pupil_form(d, x.cover.pupil.as_ref().map(|p| p.expose().as_str()).unwrap_or(""), "pdf", "export-pdf"))
            }
        }
        div.file { (render_blocks(&blocks)) }
        p.print-footer { (footer) }
        div.no-print { (transfer_forms(d, scope, x, today)) }
    };
    layout::respond(StatusCode::OK, d.page(&title, body))
}

/// The blocks as HTML: the cover sheet, then a section per case.
fn render_blocks(blocks: &[Block]) -> Markup {
    // Split into the cover and the cases, each case a `section` that prints on a new page.
    let mut parts: Vec<(Option<&str>, Vec<&Block>)> = vec![(None, Vec::new())];
    for b in blocks {
        match b {
            Block::Case(h) => parts.push((Some(h.as_str()), Vec::new())),
            other => {
                if let Some(last) = parts.last_mut() {
                    last.1.push(other);
                }
            }
        }
    }
    html! {
        @for (i, (heading, items)) in parts.iter().enumerate() {
            section class=(if i == 0 { "cover" } else { "case" }) {
                @if let Some(h) = heading { h2 { (h) } }
                dl.facts {
                    @for b in items { (block(b)) }
                }
            }
        }
    }
}

fn block(b: &Block) -> Markup {
    match b {
        Block::Title(s) => html! { dt.title { (s) } dd.title {} },
        Block::Notice(s) => html! { dt.notice { (s) } dd.notice {} },
        Block::Case(s) | Block::Section(s) => html! { dt.section { (s) } dd.section {} },
        Block::Entry(s) => html! { dt.entry { (s) } dd.entry {} },
        Block::Field { label, value } => html! { dt { (label) } dd { (value) } },
    }
}

fn pupil_form(d: &Desk, name: &str, format: &str, button: &str) -> Markup {
    let w = d.words();
    html! {
        form.act method="post" action="/desk/export/pupil" {
            input type="hidden" name="csrf" value=(d.csrf());
            input type="hidden" name="format" value=(format);
            @if format == "pdf" {
                input type="hidden" name="name" value=(name);
            } @else {
                label for="pupil-name" { (w.t("export-pupil-name")) }
                input #pupil-name type="text" name="name" required autocomplete="off";
            }
            button.primary type="submit" { (w.t(button)) }
        }
    }
}

/// The forms recording a transfer of the file shown (one case, or all of a pupil's cases),
/// and the receiving school's confirmation of each transfer not yet confirmed.
fn transfer_forms(d: &Desk, scope: &Scope, x: &Export, today: NaiveDate) -> Markup {
    let w = d.words();
    let mut transfers: Vec<&Transfer> = x.cases.iter().flat_map(|c| c.transfers.iter()).collect();
    transfers.sort_by_key(|t| t.id.0);
    transfers.dedup_by_key(|t| t.id.0);
    let day = today.format("%Y-%m-%d").to_string();
    let (action, back, pupil) = match scope {
        Scope::Case(r) => (
            format!("/desk/export/cases/{r}/transfer"),
            r.to_string(),
            None,
        ),
        Scope::Pupil(name) => (
            "/desk/export/pupil/transfer".to_string(),
            String::new(),
            Some(name),
        ),
    };
    html! {
        h2 { (w.t("export-transfer-title")) }
        form.act method="post" action=(action) {
            input type="hidden" name="csrf" value=(d.csrf());
            @if let Some(name) = pupil {
                input type="hidden" name="name" value=(name);
            }
            p { label for="receiving" { (w.t("export-receiving")) } br;
                input #receiving type="text" name="receiving_school" required autocomplete="off"; }
            p { label for="due-from" { (w.t("export-due-from")) } br;
                input #due-from type="date" name="due_from" value=(day) required; }
            p { label for="sent-on" { (w.t("export-sent-on")) } br;
                input #sent-on type="date" name="sent_on" value=(day) required; }
            button.primary type="submit" { (w.t("export-transfer-submit")) }
        }
        @for t in transfers.iter().filter(|t| t.receipt.is_none()) {
            form.act method="post" action=(format!("/desk/export/transfers/{}/receipt", t.id.0)) {
                h3 { (w.with("export-receipt-title", &[("school", t.receiving_school.expose().clone())])) }
                input type="hidden" name="csrf" value=(d.csrf());
                input type="hidden" name="back" value=(back);
                p { label for=(format!("by-{}", t.id.0)) { (w.t("export-receipt-who")) } br;
                    input id=(format!("by-{}", t.id.0)) type="text" name="confirmed_by" required autocomplete="off"; }
                p { label for=(format!("on-{}", t.id.0)) { (w.t("export-receipt-on")) } br;
                    input id=(format!("on-{}", t.id.0)) type="date" name="confirmed_on" value=(day) required; }
                button.primary type="submit" { (w.t("export-receipt-submit")) }
            }
        }
    }
}

/// The export start page: export a pupil's cases; transfers overdue for confirmation.
pub fn start_page(
    d: &Desk,
    overdue: &[(Transfer, Vec<ConcernRef>)],
    note: Option<&str>,
    flash: &[String],
) -> Response {
    let w = d.words();
    let title = w.t("export-start-title");
    let body = html! {
        @if let Some(key) = note { p.refused role="status" { (w.t(key)) } }
        @for line in flash { div.flash role="status" { p { (line) } } }
        p { (w.t("export-start-intro")) }
        (pupil_form(d, "", "html", "export-start-submit"))
        h2 { (w.t("export-overdue-title")) }
        @if overdue.is_empty() {
            p { (w.t("export-overdue-none")) }
        } @else {
            ul {
                @for (t, refs) in overdue {
                    li.urgent {
                        (w.with("export-overdue-item", &[
                            ("school", t.receiving_school.expose().clone()),
                            ("date", t.deadline.format("%d/%m/%Y").to_string()),
                        ]))
                        " "
                        @for r in refs {
                            a href=(format!("/desk/export/cases/{r}")) { (r.to_string()) } " "
                        }
                    }
                }
            }
        }
    };
    layout::respond(StatusCode::OK, d.page(&title, body))
}
