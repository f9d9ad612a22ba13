//! Reading Rust source for the architecture checks: the code without comments, literals or
//! test modules, and the module paths it writes from `crate::` or `super::`.

/// The code alone: comments removed, string and character literals emptied.
pub fn code_of(text: &str) -> String {
    let b = text.as_bytes();
    let (mut out, mut i) = (String::with_capacity(text.len()), 0);
    let word = |j: usize| j > 0 && (b[j - 1].is_ascii_alphanumeric() || b[j - 1] == b'_');
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            i = text[i..].find('\n').map_or(b.len(), |n| i + n);
        } else if b[i..].starts_with(b"/*") {
            let (mut depth, mut j) = (1, i + 2);
            while j < b.len() && depth > 0 {
                if b[j..].starts_with(b"/*") {
                    (depth, j) = (depth + 1, j + 2);
                } else if b[j..].starts_with(b"*/") {
                    (depth, j) = (depth - 1, j + 2);
                } else {
                    j += 1;
                }
            }
            out.push(' ');
            i = j;
        } else if (b[i] == b'r' || b[i..].starts_with(b"br"))
            && !word(i)
            && raw_string(&b[i..]).is_some()
        {
            i += raw_string(&b[i..]).unwrap();
            out.push_str("\"\"");
        } else if b[i] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            out.push_str("\"\"");
            i = j + 1;
        } else if b[i] == b'\'' && b.get(i + 1) == Some(&b'\\') {
            i += 2 + text[i + 2..].find('\'').map_or(0, |n| n + 1);
            out.push_str("' '");
        } else if b[i] == b'\'' && b.get(i + 2) == Some(&b'\'') {
            i += 3;
            out.push_str("' '");
        } else {
            let c = text[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// The length of a raw string literal (`r"…"`, `r#"…"#`, `br"…"`) at the start of `b`.
fn raw_string(b: &[u8]) -> Option<usize> {
    let start = if b.starts_with(b"br") { 2 } else { 1 };
    let hashes = b[start..].iter().take_while(|&&c| c == b'#').count();
    if b.get(start + hashes) != Some(&b'"') {
        return None;
    }
    let close: Vec<u8> = std::iter::once(b'"')
        .chain(std::iter::repeat_n(b'#', hashes))
        .collect();
    let body = start + hashes + 1;
    let end = b[body..]
        .windows(close.len())
        .position(|w| w == close.as_slice())?;
    Some(body + end + close.len())
}

/// The code without its `#[cfg(test)] mod name { … }` blocks (and `mod name;` lines).
pub fn without_tests(code: &str) -> String {
    const MARK: &str = "#[cfg(test)]";
    let mut code = code.to_string();
    let mut from = 0;
    while let Some(found) = code[from..].find(MARK) {
        let at = from + found;
        let mut i = at + MARK.len();
        let word = |i: &mut usize| {
            *i += code[*i..].len() - code[*i..].trim_start().len();
            let n = code[*i..]
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == '(' || c == ')'))
                .unwrap_or(code.len() - *i);
            let w = code[*i..*i + n].to_string();
            *i += n;
            w
        };
        let mut first = word(&mut i);
        if first.starts_with("pub") {
            first = word(&mut i);
        }
        if first != "mod" {
            from = at + MARK.len();
            continue;
        }
        word(&mut i);
        i += code[i..].len() - code[i..].trim_start().len();
        let mut end = i + 1;
        if code[i..].starts_with('{') {
            let mut depth = 0;
            for (k, c) in code[i..].char_indices() {
                depth += match c {
                    '{' => 1,
                    '}' => -1,
                    _ => 0,
                };
                if depth == 0 {
                    end = i + k + 1;
                    break;
                }
            }
        }
        code.replace_range(at..end.min(code.len()), "");
        from = at;
    }
    code
}

/// Every path a piece of code writes from `crate::` or `super::`, `use` trees expanded:
/// `use super::{a::{b, c as d}, e}` gives `super::a::b`, `super::a::c` and `super::e`.
pub fn paths_in(code: &str) -> Vec<Vec<String>> {
    let b = code.as_bytes();
    let mut out = Vec::new();
    for start in ["crate", "super"] {
        for (at, _) in code.match_indices(start) {
            let before = at.checked_sub(1).map(|j| b[j]);
            let glued = before
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b':' || c == b'$');
            if glued || !code[at + start.len()..].trim_start().starts_with("::") {
                continue;
            }
            use_tree(code, &mut at.clone(), Vec::new(), &mut out);
        }
    }
    out
}

/// Reads one use tree at `*i` under `prefix`, pushing each full path it names.
fn use_tree(code: &str, i: &mut usize, prefix: Vec<String>, out: &mut Vec<Vec<String>>) {
    let skip = |i: &mut usize| *i += code[*i..].len() - code[*i..].trim_start().len();
    skip(i);
    if code[*i..].starts_with('{') {
        *i += 1;
        loop {
            skip(i);
            match code[*i..].chars().next() {
                Some(',') => *i += 1,
                Some('}') | None => {
                    *i += 1;
                    return;
                }
                _ => use_tree(code, i, prefix.clone(), out),
            }
        }
    }
    if code[*i..].starts_with('*') {
        *i += 1;
        out.push(prefix);
        return;
    }
    let len = code[*i..]
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(code.len() - *i);
    if len == 0 {
        *i += 1;
        out.push(prefix);
        return;
    }
    let segment = code[*i..*i + len].to_string();
    *i += len;
    let mut path = prefix;
    if segment != "self" || path.is_empty() {
        path.push(segment);
    }
    skip(i);
    if code[*i..].starts_with("::") {
        *i += 2;
        use_tree(code, i, path, out);
        return;
    }
    out.push(path);
    let rest = &code[*i..];
    if let Some(alias) = rest
        .strip_prefix("as")
        .filter(|r| r.starts_with(char::is_whitespace))
    {
        let alias = alias.trim_start();
        let n = alias
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(alias.len());
        *i += rest.len() - alias.len() + n;
    }
}
