//! A child protection file's export ([`transfer::Export`]) as localised blocks: the transfer
//! cover sheet, then each case (summary, referrals, transfers, and every chronology entry with
//! its recorded time and the time it refers to). The case desk's print view and [`pdf`] both
//! render these blocks, so the two never differ.
//!
//! This module only formats what the core's export holds for the lead DSL who asked; it must
//! never fetch, store or send anything.

pub mod pdf;

use crate::core::concern::store::{Entry, InitialReview};
use crate::core::concern::transfer::{CaseRecord, Cover, Export};
use crate::core::concern::transfer_store::Transfer;
use crate::core::concern::types::{groups_of, EntryKind};
use crate::core::people::Lang;
use crate::i18n::I18n;
use chrono::NaiveDate;

/// One block of the file, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// The file's title.
    Title(String),
    /// A notice printed prominently ("keep separate from the main pupil file", overdue).
    Notice(String),
    /// A case's heading; each case starts on a new page.
    Case(String),
    /// A section heading within a case.
    Section(String),
    /// A chronology entry's heading.
    Entry(String),
    /// A labelled value.
    Field { label: String, value: String },
}

/// Renders `x` in `lang`.
pub fn blocks(x: &Export, i18n: &I18n, lang: Lang, today: NaiveDate) -> Vec<Block> {
    let f = Fmt {
        i18n,
        lang,
        zone: x.cover.zone,
    };
    let mut out = cover(&x.cover, &f, today);
    for c in &x.cases {
        out.extend(case(c, &f, today));
    }
    out
}

/// The footer of every page: the school and "confidential".
pub fn footer(x: &Export, i18n: &I18n, lang: Lang) -> String {
    i18n.text_with(lang, "export-footer", &[("school", x.cover.school.clone())])
}

struct Fmt<'a> {
    i18n: &'a I18n,
    lang: Lang,
    zone: chrono_tz::Tz,
}

impl Fmt<'_> {
    fn time(&self, t: chrono::DateTime<chrono::Utc>) -> String {
        crate::i18n::time_in(self.zone, t)
    }

    fn t(&self, key: &str) -> String {
        self.i18n.text(self.lang, key)
    }

    fn with(&self, key: &str, args: &[(&str, String)]) -> String {
        self.i18n.text_with(self.lang, key, args)
    }

    fn field(&self, key: &str, value: impl Into<String>) -> Block {
        Block::Field {
            label: self.t(key),
            value: value.into(),
        }
    }

    fn date(&self, d: NaiveDate) -> String {
        d.format("%d/%m/%Y").to_string()
    }
}

fn cover(c: &Cover, f: &Fmt<'_>, today: NaiveDate) -> Vec<Block> {
    let mut out = vec![
        Block::Title(f.t("export-title")),
        Block::Notice(f.t("export-separate")),
        f.field("export-school", c.school.clone()),
    ];
    if let Some(p) = &c.pupil {
        out.push(f.field("export-pupil", p.expose().clone()));
    }
    out.push(f.field("export-cases", c.cases.to_string()));
    if let (Some(a), Some(b)) = (c.first, c.last) {
        let period = f.with(
            "export-period-value",
            &[("from", f.time(a)), ("to", f.time(b))],
        );
        out.push(f.field("export-period", period));
    }
    out.push(f.field("export-exported-by", c.exported_by.clone()));
    out.push(f.field("export-exported-at", f.time(c.exported_at)));
    match &c.transfer {
        Some(t) => out.extend(transfer_fields(t, f, today)),
        None => {
            out.push(f.field("export-receiving", f.t("export-not-recorded")));
            if let Some(d) = c.deadline {
                let v = f.with("export-deadline-today", &[("date", f.date(d))]);
                out.push(f.field("export-deadline", v));
            }
        }
    }
    out
}

fn transfer_fields(t: &Transfer, f: &Fmt<'_>, today: NaiveDate) -> Vec<Block> {
    let mut out = vec![
        f.field("export-receiving", t.receiving_school.expose().clone()),
        f.field("export-due-from", f.date(t.due_from)),
        f.field("export-deadline", f.date(t.deadline)),
        f.field("export-sent-on", f.date(t.sent_on)),
    ];
    let receipt = match &t.receipt {
        Some(r) => f.with(
            "export-receipt-by",
            &[
                ("name", r.confirmed_by.expose().clone()),
                ("date", f.date(r.confirmed_on)),
            ],
        ),
        None => f.t("export-receipt-none"),
    };
    out.push(f.field("export-receipt", receipt));
    if t.overdue(today) {
        out.push(Block::Notice(f.t("export-overdue")));
    }
    out
}

fn case(c: &CaseRecord, f: &Fmt<'_>, today: NaiveDate) -> Vec<Block> {
    let k = &c.concern;
    let keys = |ks: Vec<&str>| ks.iter().map(|k| f.t(k)).collect::<Vec<_>>().join(", ");
    let urgency = if k.urgent {
        "concern-urgency-urgent"
    } else {
        "concern-urgency-normal"
    };
    let hold = if k.legal_hold {
        "concern-hold-on"
    } else {
        "concern-hold-off"
    };
    let told = if k.told_dsl { "form-yes" } else { "form-no" };
    let mut out = vec![
        Block::Case(f.with("export-case", &[("ref", k.reference.to_string())])),
        f.field("export-status", f.t(k.status.label())),
        f.field("export-urgency", f.t(urgency)),
        f.field("export-about", f.t(k.about.label())),
        f.field(
            "export-categories",
            keys(k.categories.iter().map(|c| c.label()).collect()),
        ),
        f.field(
            "export-groups",
            keys(groups_of(&k.categories).iter().map(|g| g.label()).collect()),
        ),
        f.field("export-occurred", f.time(k.occurred_at)),
        f.field("export-place", f.t(k.place.label())),
        f.field("export-reported", f.time(k.created_at)),
        f.field("export-reporter", c.reporter.clone()),
        f.field("export-told-dsl", f.t(told)),
        f.field("export-hold", f.t(hold)),
    ];
    if let (Some(at), Some(o)) = (k.closed_at, k.outcome) {
        out.push(f.field("export-closed", f.time(at)));
        out.push(f.field("concern-case-outcome", f.t(o.label())));
    }
    let d = &c.details;
    for (key, v) in [
        ("concern-case-pupils", &d.pupils),
        ("concern-case-person", &d.person),
        ("concern-case-account", &d.account),
        ("concern-case-action", &d.action),
    ] {
        if let Some(v) = v {
            out.push(f.field(key, v.expose().clone()));
        }
    }
    out.push(Block::Section(f.t("export-referrals")));
    let referrals: Vec<&Entry> = c
        .entries
        .iter()
        .map(|e| &e.entry)
        .filter(|e| e.kind == EntryKind::Referral || e.agency.is_some())
        .collect();
    if referrals.is_empty() {
        out.push(Block::Notice(f.t("export-none")));
    }
    for e in referrals {
        let agency = e.agency.map(|a| f.t(a.label())).unwrap_or_default();
        let reference = e
            .body
            .agency_ref
            .as_ref()
            .map(|r| r.expose().clone())
            .unwrap_or_else(|| f.t("export-none"));
        let value = f.with(
            "export-referral-value",
            &[
                ("agency", agency),
                ("reference", reference),
                ("date", f.time(e.happened_at)),
            ],
        );
        out.push(f.field("concern-case-agency", value));
    }
    if !c.transfers.is_empty() {
        out.push(Block::Section(f.t("export-transfers")));
        for t in &c.transfers {
            out.extend(transfer_fields(t, f, today));
        }
    }
    out.push(Block::Section(f.t("export-chronology")));
    for r in &c.entries {
        out.extend(entry(&r.entry, &r.author, f));
    }
    out
}

fn entry(e: &Entry, author: &str, f: &Fmt<'_>) -> Vec<Block> {
    let heading = f.with(
        "export-entry",
        &[
            ("n", e.n.to_string()),
            ("kind", f.t(e.kind.label())),
            ("author", author.to_string()),
        ],
    );
    let mut out = vec![
        Block::Entry(heading),
        f.field("concern-case-recorded", f.time(e.recorded_at)),
        f.field("concern-case-refers-to", f.time(e.happened_at)),
    ];
    if let Some(n) = e.corrects {
        out.push(f.field("concern-case-corrects", format!("#{n}")));
    }
    if let Some(s) = e.status {
        out.push(f.field("concern-case-status", f.t(s.label())));
    }
    if let Some(o) = e.outcome {
        out.push(f.field("concern-case-outcome", f.t(o.label())));
    }
    if let Some(a) = e.agency {
        out.push(f.field("concern-case-agency", f.t(a.label())));
    }
    for (key, v) in [
        ("concern-case-text", &e.body.text),
        ("concern-case-reason", &e.body.reason),
        ("concern-case-agency-ref", &e.body.agency_ref),
    ] {
        if let Some(v) = v {
            out.push(f.field(key, v.expose().clone()));
        }
    }
    if let Some(r) = &e.body.review {
        out.extend(review(r, f));
    }
    out
}

fn review(r: &InitialReview, f: &Fmt<'_>) -> Vec<Block> {
    let mut out: Vec<Block> = r
        .answers
        .iter()
        .map(|(q, yes)| f.field(q.label(), f.t(if *yes { "form-yes" } else { "form-no" })))
        .collect();
    let outcome = if r.refer_now() {
        "concern-review-refer-now"
    } else {
        "concern-review-no-criterion"
    };
    out.push(Block::Notice(f.t(outcome)));
    out
}
