//! Markdown the school wrote (an AUP's text), read with `pulldown-cmark` and written the way
//! each platform can show it: Telegram HTML (headings and emphasis bold or italic, lists as
//! "• ", links as `<a>`), Discord's own Markdown (`#` headings, lists, `**bold**`, masked
//! links), Teams' card Markdown (bold headings, lists, links) and plain text for the console
//! (headings underlined, lists as "• ", links as "text (url)").
//!
//! Everything in the source that is not Markdown structure is text, escaped for the platform:
//! raw HTML (`<b>`) shows as typed, a link goes out only with an `http`, `https` or `mailto`
//! address (otherwise its words alone are shown), and an unbalanced `*` stays a star. This
//! module must never let the source produce markup the platform would read other than through
//! the structure it recognises; text from anywhere else never comes here (adapters escape it).

use crate::delivery::Piece;
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

/// The platforms' ways of showing formatted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// Telegram's HTML parse mode.
    TelegramHtml,
    /// Discord's Markdown.
    Discord,
    /// The Markdown of Adaptive Cards' text blocks (Teams).
    Teams,
    /// Plain text (the console).
    Plain,
}

/// A message's pieces in `style`: plain pieces escaped by `escape`, Markdown ones rendered.
pub fn pieces(pieces: &[Piece], style: Style, escape: impl Fn(&str) -> String) -> String {
    pieces
        .iter()
        .map(|p| match p {
            Piece::Plain(s) => escape(s),
            Piece::Markdown(md) => render(md, style),
        })
        .collect()
}

/// Escapes text for Telegram's HTML parse mode.
pub fn html_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

/// Escapes the characters Markdown reads (Teams' text; Discord's own escaping, which also
/// stops mentions, is in its adapter).
pub fn markdown_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\*_~`|>#[]()<-+!".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// True for a link address a platform may be given: the web or an email address.
fn safe_link(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|s| lower.starts_with(s))
        && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// One list being written: its next number, or `None` for bullets.
struct List(Option<u64>);

/// `md` written in `style`.
pub fn render(md: &str, style: Style) -> String {
    let mut w = Writer {
        style,
        out: String::new(),
        lists: Vec::new(),
        links: Vec::new(),
        heading: None,
    };
    for event in Parser::new(md) {
        w.event(event);
    }
    w.out.trim_end().to_string()
}

struct Writer {
    style: Style,
    out: String,
    lists: Vec<List>,
    /// Open links: their address when it may be shown, and where their words start.
    links: Vec<(Option<String>, usize)>,
    /// While in a heading (plain text): where its text starts.
    heading: Option<usize>,
}

impl Writer {
    fn text(&mut self, s: &str) {
        let escaped = match self.style {
            Style::TelegramHtml => html_escape(s),
            Style::Discord => crate::adapters::discord::render::escape(s),
            Style::Teams => markdown_escape(s),
            Style::Plain => s.to_string(),
        };
        self.out.push_str(&escaped);
    }

    fn markup(&mut self, telegram: &str, discord: &str, teams: &str) {
        self.out.push_str(match self.style {
            Style::TelegramHtml => telegram,
            Style::Discord => discord,
            Style::Teams => teams,
            Style::Plain => "",
        });
    }

    fn block_end(&mut self) {
        if self.lists.is_empty() {
            self.out.push_str("\n\n");
        } else {
            self.out.push('\n');
        }
    }

    fn event(&mut self, e: Event<'_>) {
        match e {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(t) | Event::Html(t) | Event::InlineHtml(t) => self.text(&t),
            Event::Code(t) => {
                self.markup("<code>", "`", "`");
                match self.style {
                    Style::TelegramHtml => self.text(&t),
                    _ => self.out.push_str(&t.replace('`', "'")),
                }
                self.markup("</code>", "`", "`");
            }
            Event::SoftBreak => self.out.push(' '),
            Event::HardBreak => self.out.push('\n'),
            Event::Rule => self.out.push_str("———\n\n"),
            Event::FootnoteReference(t) => self.text(&t),
            Event::TaskListMarker(done) => self.out.push_str(if done { "☑ " } else { "☐ " }),
            Event::InlineMath(t) | Event::DisplayMath(t) => self.text(&t),
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Heading { level, .. } => {
                let hashes = match level {
                    HeadingLevel::H1 => "# ",
                    HeadingLevel::H2 => "## ",
                    _ => "### ",
                };
                self.markup("<b>", hashes, "**");
                self.heading = Some(self.out.len());
            }
            Tag::List(first) => {
                if !self.lists.is_empty() && !self.out.ends_with('\n') {
                    self.out.push('\n');
                }
                self.lists.push(List(first));
            }
            Tag::Item => {
                let depth = self.lists.len().saturating_sub(1);
                let indent = "  ".repeat(depth);
                let marker = match self.lists.last_mut() {
                    Some(List(Some(n))) => {
                        *n += 1;
                        format!("{}. ", *n - 1)
                    }
                    _ => match self.style {
                        Style::Discord | Style::Teams => "- ".to_string(),
                        _ => "• ".to_string(),
                    },
                };
                self.out.push_str(&indent);
                self.out.push_str(&marker);
            }
            Tag::Emphasis => self.markup("<i>", "*", "_"),
            Tag::Strong => self.markup("<b>", "**", "**"),
            Tag::Strikethrough => self.markup("<s>", "~~", ""),
            Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. } => {
                let url = safe_link(&dest_url).then(|| dest_url.to_string());
                match (&url, self.style) {
                    (Some(u), Style::TelegramHtml) => self
                        .out
                        .push_str(&format!("<a href=\"{}\">", html_escape(u))),
                    (Some(_), Style::Discord | Style::Teams) => self.out.push('['),
                    _ => {}
                }
                self.links.push((url, self.out.len()));
            }
            Tag::CodeBlock(_) => self.markup("<pre>", "", ""),
            Tag::Paragraph
            | Tag::BlockQuote(_)
            | Tag::HtmlBlock
            | Tag::FootnoteDefinition(_)
            | Tag::Table(_)
            | Tag::TableHead
            | Tag::TableRow
            | Tag::TableCell
            | Tag::DefinitionList
            | Tag::DefinitionListTitle
            | Tag::DefinitionListDefinition
            | Tag::MetadataBlock(_)
            | Tag::Superscript
            | Tag::Subscript => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Heading(_) => {
                self.markup("</b>", "", "**");
                if let (Some(start), Style::Plain) = (self.heading.take(), self.style) {
                    let width = self.out[start..].chars().count();
                    self.out.push('\n');
                    self.out.push_str(&"─".repeat(width.clamp(1, 40)));
                }
                self.heading = None;
                self.out.push_str("\n\n");
            }
            TagEnd::Paragraph | TagEnd::HtmlBlock | TagEnd::BlockQuote(_) => self.block_end(),
            TagEnd::List(_) => {
                self.lists.pop();
                if self.lists.is_empty() {
                    self.out.push('\n');
                }
            }
            TagEnd::Item if !self.out.ends_with('\n') => self.out.push('\n'),
            TagEnd::Emphasis => self.markup("</i>", "*", "_"),
            TagEnd::Strong => self.markup("</b>", "**", "**"),
            TagEnd::Strikethrough => self.markup("</s>", "~~", ""),
            TagEnd::Link | TagEnd::Image => {
                let (url, start) = self.links.pop().unwrap_or((None, self.out.len()));
                let words_are_the_address = url.as_deref() == Some(&self.out[start..]);
                match (url, self.style) {
                    (Some(_), Style::TelegramHtml) => self.out.push_str("</a>"),
                    (Some(u), Style::Discord) => self.out.push_str(&format!("](<{u}>)")),
                    (Some(u), Style::Teams) => self.out.push_str(&format!("]({u})")),
                    (Some(u), Style::Plain) if !words_are_the_address => {
                        self.out.push_str(&format!(" ({u})"))
                    }
                    _ => {}
                }
            }
            TagEnd::CodeBlock => {
                self.markup("</pre>", "", "");
                self.out.push_str("\n\n");
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests;
