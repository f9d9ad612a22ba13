//! Turning a [`Rendered`] message into Discord messages: markdown escaped so nothing a person
//! typed can format text or mention anyone (only Markdown the school wrote, an AUP's text, is
//! rendered as Discord's own), text split at Discord's 2000-character limit,
//! choices as buttons (5 to a row, 5 rows to a message, further messages for more; a write
//! button of [`super::write`] stands out in blue), and the buttons of a message disabled once
//! one of them was pressed.
//!
//! Pure functions over serenity's builders; nothing here talks to Discord.

use super::write::WRITE_PREFIX;
use crate::adapters::markdown::{self, Style};
use crate::delivery::{Button, Rendered};
use serenity::all::{ActionRow, ActionRowComponent, ButtonStyle};
use serenity::builder::{CreateActionRow, CreateButton};

/// Discord's limit on a message's text, in characters.
pub const MAX_CONTENT: usize = 2000;
/// Discord's limit on a button's `custom_id`.
pub const MAX_CUSTOM_ID: usize = 100;
/// Discord's limit on a button's label.
pub const MAX_LABEL: usize = 80;
/// Buttons in one action row.
pub const BUTTONS_PER_ROW: usize = 5;
/// Action rows in one message.
pub const ROWS_PER_MESSAGE: usize = 5;

/// One Discord message of a rendered Haven message.
#[derive(Debug, Clone)]
pub struct Part {
    /// Escaped text, at most [`MAX_CONTENT`] characters; `None` for a message of buttons only.
    pub content: Option<String>,
    pub rows: Vec<CreateActionRow>,
}

/// The Discord messages that carry `msg`, in order: its text (split where needed), the first
/// 25 buttons under the last piece of text, then one more message per further 25 buttons.
pub fn layout(msg: &Rendered) -> Vec<Part> {
    let contents = if msg.pieces.is_empty() {
        split(&msg.text, MAX_CONTENT)
            .into_iter()
            .map(|text| escape(&text))
            .collect()
    } else {
        // Markdown the school wrote, in Discord's Markdown; every other piece escaped.
        let content = markdown::pieces(&msg.pieces, Style::Discord, escape);
        split(&content, MAX_CONTENT)
    };
    let mut parts: Vec<Part> = contents
        .into_iter()
        .map(|content| Part {
            content: Some(content),
            rows: Vec::new(),
        })
        .collect();
    let usable: Vec<&Button> = msg.buttons.iter().filter(|b| usable(b)).collect();
    if usable.len() < msg.buttons.len() {
        tracing::warn!(
            dropped = msg.buttons.len() - usable.len(),
            "buttons with a payload Discord cannot carry were left out"
        );
    }
    for (i, page) in usable
        .chunks(BUTTONS_PER_ROW * ROWS_PER_MESSAGE)
        .enumerate()
    {
        let rows = page
            .chunks(BUTTONS_PER_ROW)
            .map(|row| CreateActionRow::Buttons(row.iter().map(|b| button(b)).collect()))
            .collect();
        match parts.last_mut() {
            Some(last) if i == 0 => last.rows = rows,
            _ => parts.push(Part {
                content: None,
                rows,
            }),
        }
    }
    parts
}

fn usable(b: &Button) -> bool {
    !b.payload.is_empty() && b.payload.chars().count() <= MAX_CUSTOM_ID
}

fn button(b: &Button) -> CreateButton {
    let style = if b.payload.starts_with(WRITE_PREFIX) {
        ButtonStyle::Primary
    } else {
        ButtonStyle::Secondary
    };
    CreateButton::new(b.payload.clone())
        .label(truncate(&b.label, MAX_LABEL))
        .style(style)
}

/// The same rows with every button disabled and the pressed one highlighted; select menus and
/// other components are left out.
pub fn disabled(rows: &[ActionRow], pressed: &str) -> Vec<CreateActionRow> {
    rows.iter()
        .filter_map(|row| {
            let buttons: Vec<CreateButton> = row
                .components
                .iter()
                .filter_map(|c| match c {
                    ActionRowComponent::Button(b) => {
                        let was_pressed = matches!(
                            &b.data,
                            serenity::all::ButtonKind::NonLink { custom_id, .. } if custom_id == pressed
                        );
                        let style = if was_pressed {
                            ButtonStyle::Success
                        } else {
                            ButtonStyle::Secondary
                        };
                        let mut built = CreateButton::from(b.clone()).disabled(true);
                        if !matches!(b.data, serenity::all::ButtonKind::Link { .. }) {
                            built = built.style(style);
                        }
                        Some(built)
                    }
                    _ => None,
                })
                .collect();
            (!buttons.is_empty()).then_some(CreateActionRow::Buttons(buttons))
        })
        .collect()
}

/// Splits plain text into pieces whose escaped form fits in `max` characters, preferring to
/// break after a line, then after a space. Pieces of only whitespace are dropped.
pub fn split(text: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let (mut width, mut cut) = (0, rest.len());
        let (mut after_line, mut after_space) = (None, None);
        for (i, c) in rest.char_indices() {
            let w = if needs_escape(c) { 2 } else { 1 };
            if width + w > max {
                cut = i;
                break;
            }
            width += w;
            let end = i + c.len_utf8();
            if c == '\n' {
                after_line = Some(end);
            } else if c.is_whitespace() {
                after_space = Some(end);
            }
        }
        if cut < rest.len() {
            cut = after_line.or(after_space).unwrap_or(cut.max(1));
        }
        let (piece, tail) = rest.split_at(cut);
        if !piece.trim().is_empty() {
            out.push(piece.trim_end().to_string());
        }
        rest = tail;
    }
    out
}

fn needs_escape(c: char) -> bool {
    matches!(
        c,
        '\\' | '*' | '_' | '~' | '`' | '|' | '>' | '<' | '#' | '[' | ']' | '(' | ')' | '@' | '-'
    )
}

/// Escapes Discord markdown, mentions and masked links so text shows exactly as written.
/// Web addresses are left whole, so that they stay clickable.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut in_url = false;
    let mut at_word_start = true;
    for (i, c) in text.char_indices() {
        if at_word_start {
            let rest = &text[i..];
            in_url = rest.starts_with("https://") || rest.starts_with("http://");
        }
        at_word_start = c.is_whitespace();
        if c.is_whitespace() {
            in_url = false;
        }
        if !in_url && needs_escape(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// `s` cut to `max` characters, ending with `…` when cut (Discord's field limits).
pub(super) fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut t: String = s.chars().take(max - 1).collect();
    t.push('…');
    t
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_and_mentions_are_escaped_but_links_survive() {
        assert_eq!(escape("**bold** @everyone"), r"\*\*bold\*\* \@everyone");
        assert_eq!(escape("<@123> [x](y)"), r"\<\@123\> \[x\]\(y\)");
        assert_eq!(
            escape("join https://meet.example/j_1?a=b-c now_"),
            r"join https://meet.example/j_1?a=b-c now\_"
        );
    }

    #[test]
    fn long_text_splits_at_lines_within_the_limit() {
        let line = "x".repeat(900);
        let text = format!("{line}\n{line}\n{line}");
        let parts = split(&text, MAX_CONTENT);
        assert_eq!(parts.len(), 2);
        assert!(parts.iter().all(|p| p.chars().count() <= MAX_CONTENT));
        assert_eq!(parts.join("\n"), text);
    }

    #[test]
    fn escaping_counts_towards_the_limit() {
        let text = "_".repeat(1500);
        let parts = split(&text, MAX_CONTENT);
        assert!(parts
            .iter()
            .all(|p| escape(p).chars().count() <= MAX_CONTENT));
        assert_eq!(parts.concat(), text);
    }

    #[test]
    fn thirty_buttons_make_two_messages() {
        let msg = Rendered {
            address: crate::core::store::Address::Private("1".into()),
            text: "Pick".into(),
            pieces: Vec::new(),
            buttons: (0..30)
                .map(|i| Button {
                    label: format!("b{i}"),
                    payload: format!("p{i}"),
                })
                .collect(),
            lang: crate::core::people::Lang::EnGb,
            rtl: false,
            private_link_label: None,
            expects_text: None,
            protect: false,
        };
        let parts = layout(&msg);
        assert_eq!(parts.len(), 2);
        assert_eq!(parts[0].rows.len(), 5);
        assert_eq!(parts[1].rows.len(), 1);
        assert!(parts[1].content.is_none());
    }
}
