//! The export as a paginated A4 PDF (with `genpdf`): the blocks of [`super::blocks`], each case
//! from a new page, and on every page a footer with the school, "confidential" and "page N of
//! M". The font is DejaVu Sans, embedded from `assets/fonts` (Bitstream Vera licence), which
//! holds the Welsh (ŵ ŷ â) and Polish (ł ą ę ż ś ć ń ó ź) letters the built-in PDF fonts lack.
//!
//! `genpdf` lays text out left to right and does not shape scripts: Arabic letters are printed
//! unjoined and in the wrong order. A PDF in Arabic is therefore written with English labels
//! and opens with a note saying so; the print view (HTML) is the right-to-left way to read it.
//!
//! The PDF is built in memory for the lead DSL who asked; this module never writes a file.

use super::{blocks, footer, Block};
use crate::core::concern::transfer::Export;
use crate::core::people::Lang;
use crate::i18n::I18n;
use anyhow::{anyhow, Result};
use chrono::NaiveDate;
use genpdf::elements::{Break, PageBreak, Paragraph};
use genpdf::style::{Color, Style};
use genpdf::{fonts, render, Alignment, Context, Element, Margins, PageDecorator, Position};
use std::cell::Cell;
use std::rc::Rc;

const REGULAR: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");
const BOLD: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf");

/// True when `s` holds letters of a script this PDF cannot shape (Arabic and its supplements).
pub fn needs_shaping(s: &str) -> bool {
    s.chars().any(|c| {
        matches!(c as u32, 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
    })
}

/// The PDF of `x`, labelled in `lang` (in English when `lang` is written right to left).
pub fn render(x: &Export, i18n: &I18n, lang: Lang, today: NaiveDate) -> Result<Vec<u8>> {
    let lang = if lang.is_rtl() { Lang::EnGb } else { lang };
    let content = blocks(x, i18n, lang, today);
    let shaping = content.iter().any(|b| match b {
        Block::Field { label, value } => needs_shaping(label) || needs_shaping(value),
        Block::Title(s)
        | Block::Notice(s)
        | Block::Case(s)
        | Block::Section(s)
        | Block::Entry(s) => needs_shaping(s),
    });
    let note = shaping.then(|| i18n.text(lang, "export-no-shaping"));
    let foot = footer(x, i18n, lang);
    // First pass to count the pages, second to print "page N of M".
    let counted = Rc::new(Cell::new(0));
    document(&content, note.as_deref(), &[], counted.clone())?;
    let pages = counted.get();
    let footers: Vec<String> = (1..=pages)
        .map(|page| {
            let of = i18n.text_with(
                lang,
                "export-page",
                &[("page", page.to_string()), ("pages", pages.to_string())],
            );
            format!("{foot} · {of}")
        })
        .collect();
    document(&content, note.as_deref(), &footers, Rc::new(Cell::new(0)))
}

fn family() -> Result<fonts::FontFamily<fonts::FontData>> {
    let font = |data: &[u8]| {
        fonts::FontData::new(data.to_vec(), None).map_err(|e| anyhow!("loading the font: {e}"))
    };
    let (regular, bold) = (font(REGULAR)?, font(BOLD)?);
    Ok(fonts::FontFamily {
        italic: regular.clone(),
        bold_italic: bold.clone(),
        regular,
        bold,
    })
}

fn document(
    content: &[Block],
    note: Option<&str>,
    footers: &[String],
    counted: Rc<Cell<usize>>,
) -> Result<Vec<u8>> {
    let mut doc = genpdf::Document::new(family()?);
    let title = content.iter().find_map(|b| match b {
        Block::Title(s) => Some(s.clone()),
        _ => None,
    });
    doc.set_title(title.unwrap_or_default());
    doc.set_paper_size(genpdf::PaperSize::A4);
    doc.set_font_size(10);
    doc.set_line_spacing(1.2);
    doc.set_page_decorator(Footer {
        page: counted,
        footers: footers.to_vec(),
    });
    let bold = Style::new().bold();
    let warn = Style::new().bold().with_color(Color::Rgb(160, 0, 0));
    if let Some(note) = note {
        doc.push(Paragraph::new(note).styled(warn));
        doc.push(Break::new(1));
    }
    for b in content {
        match b {
            Block::Title(s) => {
                doc.push(Paragraph::new(s.as_str()).styled(bold.with_font_size(18)));
                doc.push(Break::new(0.5));
            }
            Block::Notice(s) => {
                doc.push(Paragraph::new(s.as_str()).styled(warn));
                doc.push(Break::new(0.5));
            }
            Block::Case(s) => {
                doc.push(PageBreak::new());
                doc.push(Paragraph::new(s.as_str()).styled(bold.with_font_size(15)));
                doc.push(Break::new(0.5));
            }
            Block::Section(s) => {
                doc.push(Break::new(0.5));
                doc.push(Paragraph::new(s.as_str()).styled(bold.with_font_size(13)));
            }
            Block::Entry(s) => {
                doc.push(Break::new(0.4));
                doc.push(Paragraph::new(s.as_str()).styled(bold.with_font_size(11)));
            }
            Block::Field { label, value } => {
                let mut p = Paragraph::default();
                p.push_styled(format!("{label}: "), bold);
                p.push(value.as_str());
                doc.push(p);
            }
        }
    }
    let mut out = Vec::new();
    doc.render(&mut out)
        .map_err(|e| anyhow!("rendering the PDF: {e}"))?;
    Ok(out)
}

/// Margins, and the footer on every page; counts the pages.
struct Footer {
    page: Rc<Cell<usize>>,
    /// Each page's footer (none while counting).
    footers: Vec<String>,
}

impl PageDecorator for Footer {
    fn decorate_page<'a>(
        &mut self,
        context: &Context,
        mut area: render::Area<'a>,
        style: Style,
    ) -> std::result::Result<render::Area<'a>, genpdf::error::Error> {
        self.page.set(self.page.get() + 1);
        area.add_margins(Margins::trbl(15, 18, 12, 18));
        let height = area.size().height;
        let line = self
            .footers
            .get(self.page.get() - 1)
            .cloned()
            .unwrap_or_default();
        let small = style.with_font_size(8);
        let mut p = Paragraph::new(line)
            .aligned(Alignment::Center)
            .styled(small);
        let mut bottom = area.clone();
        bottom.add_offset(Position::new(0, height - genpdf::Mm::from(6)));
        p.render(context, bottom, style)?;
        area.set_height(height - genpdf::Mm::from(10));
        Ok(area)
    }
}

#[cfg(test)]
#[path = "pdf_tests.rs"]
mod tests;
