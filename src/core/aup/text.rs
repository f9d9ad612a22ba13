//! Policy texts: the sample staff AUP shipped with Haven, and cutting a text into parts that
//! fit in one chat message each. Pure.

/// The sample staff Acceptable Use Policy (`policies/aup-staff.md`), offered when publishing.
/// All of it is what staff sign: notes on where it comes from live in `policies/README.md`.
pub const SAMPLE_STAFF: &str = include_str!("../../../policies/aup-staff.md");

/// Characters of policy text per message: under Telegram's 4096 and Discord's 2000 would be
/// too short for a policy, so adapters split further where a platform needs it.
pub const PART_CHARS: usize = 3000;

/// Cuts `text` into parts of at most `max` characters, between paragraphs where possible, then
/// between lines, then between words, and only as a last resort inside a word.
pub fn parts(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for piece in pieces(text.trim(), max) {
        let sep = if cur.is_empty() { 0 } else { 2 };
        if cur.chars().count() + sep + piece.chars().count() > max {
            out.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push_str("\n\n");
        }
        cur.push_str(&piece);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

/// Paragraphs, each cut further when longer than `max`.
fn pieces(text: &str, max: usize) -> Vec<String> {
    text.split("\n\n")
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .flat_map(|p| cut(p, max, &['\n', ' ']))
        .collect()
}

/// Cuts one block at the first of `seps` that makes pieces fit, or by characters.
fn cut(block: &str, max: usize, seps: &[char]) -> Vec<String> {
    if block.chars().count() <= max {
        return vec![block.to_string()];
    }
    let Some((&sep, rest)) = seps.split_first() else {
        let chars: Vec<char> = block.chars().collect();
        return chars.chunks(max).map(|c| c.iter().collect()).collect();
    };
    let mut out: Vec<String> = Vec::new();
    let mut cur = String::new();
    for word in block.split(sep) {
        let extra = usize::from(!cur.is_empty());
        if !cur.is_empty() && cur.chars().count() + extra + word.chars().count() > max {
            out.push(std::mem::take(&mut cur));
        }
        if !cur.is_empty() {
            cur.push(sep);
        }
        cur.push_str(word);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out.into_iter().flat_map(|p| cut(&p, max, rest)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_texts_are_one_part() {
        assert_eq!(parts("  Hello\n\nworld  ", 100), vec!["Hello\n\nworld"]);
        assert!(parts("   ", 10).is_empty());
    }

    #[test]
    fn long_texts_split_between_paragraphs_then_lines_then_words() {
        let text = "aaaa aaaa\n\nbbbb\ncccc\n\ndddddddddddddddddddddd";
        let p = parts(text, 10);
        assert!(p.iter().all(|x| x.chars().count() <= 10), "{p:?}");
        assert_eq!(p[0], "aaaa aaaa");
        assert_eq!(p[1], "bbbb\ncccc");
        assert_eq!(p[2..].concat(), "dddddddddddddddddddddd");
    }

    #[test]
    fn nothing_is_lost_and_multibyte_text_is_safe() {
        let text = "Zażółć gęślą jaźń. ".repeat(400);
        let p = parts(&text, 500);
        assert!(p.len() > 1);
        assert!(p.iter().all(|x| x.chars().count() <= 500));
        let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(words(&p.join(" ")), words(&text));
    }

    #[test]
    fn the_sample_policy_fits_in_a_few_parts() {
        let p = parts(SAMPLE_STAFF, PART_CHARS);
        assert!((1..=4).contains(&p.len()), "{}", p.len());
        assert!(SAMPLE_STAFF.contains("Acceptable Use"));
    }

    #[test]
    fn the_sample_policy_ends_with_the_agreement_and_holds_no_notes_about_itself() {
        let last = SAMPLE_STAFF
            .trim_end()
            .rsplit("\n## ")
            .next()
            .unwrap_or_default();
        assert!(last.starts_with("My agreement"), "{last}");
        for note in ["## Sources", "Written for Haven", "policy 001"] {
            assert!(!SAMPLE_STAFF.contains(note), "{note}");
        }
    }
}
