//! The shape of the core, checked from its source: no import circle between the files of
//! `src/core`, and no platform's or database's crate (nor `anyhow`) named anywhere in it.
//!
//! A file's edges are the paths it writes from `crate::` or `super::` (in `use` trees, however
//! nested, and inline), each resolved to the file of the longest module it names. Comments,
//! string and character literals and `#[cfg(test)] mod … { … }` blocks are left out.

mod source;

use source::{code_of, paths_in, without_tests};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Crates the core must never name.
const FORBIDDEN: &[&str] = &[
    "anyhow", "rusqlite", "sqlx", "teloxide", "serenity", "reqwest", "axum",
];

/// Module path (`crate::core::concern::cases`) → file, for every file under `src/core`.
type Modules = BTreeMap<Vec<String>, String>;
/// File → the files it imports.
type Graph = BTreeMap<String, BTreeSet<String>>;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src/core is readable") {
        let path = entry.expect("a directory entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/core/concern/mod.rs` → `crate::core::concern`; `src/core/turn.rs` → `crate::core::turn`.
fn module_of(relative: &str) -> Vec<String> {
    let mut segments: Vec<String> = relative
        .trim_end_matches(".rs")
        .split('/')
        .map(String::from)
        .collect();
    if segments.last().is_some_and(|s| s == "mod") {
        segments.pop();
    }
    std::iter::once("crate".to_string())
        .chain(segments)
        .collect()
}

/// Every core file (relative to `src`, with `/`) and its text.
fn core_sources() -> Vec<(String, String)> {
    let root = src();
    let mut files = Vec::new();
    rust_files(&root.join("core"), &mut files);
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let rel = p
                .strip_prefix(&root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (
                rel,
                std::fs::read_to_string(&p).expect("a readable source file"),
            )
        })
        .collect()
}

/// The file a path written in module `here` lands in: the longest module it names.
fn resolve(modules: &Modules, here: &[String], path: &[String]) -> Option<String> {
    let mut full: Vec<String> = if path.first().is_some_and(|s| s == "crate") {
        Vec::new()
    } else {
        here.to_vec()
    };
    for segment in path {
        match segment.as_str() {
            "super" => {
                full.pop();
            }
            _ => full.push(segment.clone()),
        }
    }
    (1..=full.len())
        .rev()
        .find_map(|n| modules.get(&full[..n]).cloned())
}

/// The file-level import graph of these sources.
fn graph_of(sources: &[(String, String)]) -> Graph {
    let modules: Modules = sources
        .iter()
        .map(|(f, _)| (module_of(f), f.clone()))
        .collect();
    sources
        .iter()
        .map(|(file, text)| {
            let here = module_of(file);
            let targets = paths_in(&without_tests(&code_of(text)))
                .iter()
                .filter_map(|p| resolve(&modules, &here, p))
                .filter(|t| t != file)
                .collect();
            (file.clone(), targets)
        })
        .collect()
}

/// The circles of a graph: its strongly connected groups of more than one file (Tarjan).
fn circles(g: &Graph) -> Vec<Vec<String>> {
    struct Walk<'a> {
        g: &'a Graph,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(w: &mut Walk<'a>, v: &'a str) {
        let n = w.index.len();
        w.index.insert(v, n);
        w.low.insert(v, n);
        w.stack.push(v);
        for t in w.g.get(v).into_iter().flatten() {
            let t = t.as_str();
            if !w.index.contains_key(t) {
                visit(w, t);
                let low = w.low[v].min(w.low[t]);
                w.low.insert(v, low);
            } else if w.stack.contains(&t) {
                let low = w.low[v].min(w.index[t]);
                w.low.insert(v, low);
            }
        }
        if w.low[v] == w.index[v] {
            let at = w.stack.iter().rposition(|&x| x == v).unwrap();
            let group: Vec<String> = w
                .stack
                .split_off(at)
                .into_iter()
                .map(String::from)
                .collect();
            if group.len() > 1 {
                w.found.push(group);
            }
        }
    }
    let mut w = Walk {
        g,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        found: Vec::new(),
    };
    for v in g.keys() {
        if !w.index.contains_key(v.as_str()) {
            visit(&mut w, v);
        }
    }
    w.found.iter_mut().for_each(|c| c.sort());
    w.found
}

#[test]
fn no_file_of_the_core_imports_itself_round_a_circle() {
    let g = graph_of(&core_sources());
    let found = circles(&g);
    assert!(found.is_empty(), "import circles in src/core: {found:#?}");
}

#[test]
fn the_import_graph_sees_the_edges_that_are_there() {
    let g = graph_of(&core_sources());
    assert!(g.len() > 100, "every core file is read: {}", g.len());
    let has = |from: &str, to: &str| g[from].contains(to);
    assert!(
        has("core/dispatch.rs", "core/turn.rs"),
        "use super::turn::{{Ctx, Turn}}"
    );
    assert!(has("core/concern/actions.rs", "core/concern/cases.rs"));
    assert!(
        has("core/form/driver.rs", "core/form/engine.rs"),
        "use super::engine"
    );
    assert!(has("core/features.rs", "core/concern/reporting.rs"));
    assert!(g.values().map(BTreeSet::len).sum::<usize>() > 300, "{g:#?}");
}

#[test]
fn the_import_reader_follows_nested_trees_and_skips_comments_strings_and_tests() {
    let files = [
        ("core/mod.rs", ""),
        (
            "core/a.rs",
            "use super::{b::{self, X}, c as see};\nfn f() { super::d::go(); }",
        ),
        (
            "core/b.rs",
            "// use super::a;\n/* super::a */ const S: &str = \"super::a::x\";",
        ),
        (
            "core/c.rs",
            "fn g() -> char { '\"' } fn h() { crate::core::e::Y; }",
        ),
        (
            "core/d.rs",
            "#[cfg(test)]\nmod tests {\n    use super::super::a;\n    fn k() { if true { } }\n}\n",
        ),
        ("core/e/mod.rs", "pub mod f;"),
        ("core/e/f.rs", "use super::super::a::Thing;\nuse super::*;"),
    ];
    let sources: Vec<(String, String)> = files
        .iter()
        .map(|(f, t)| (f.to_string(), t.to_string()))
        .collect();
    let g = graph_of(&sources);
    let set = |xs: &[&str]| xs.iter().map(|s| s.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(
        g["core/a.rs"],
        set(&["core/b.rs", "core/c.rs", "core/d.rs"])
    );
    assert_eq!(
        g["core/b.rs"],
        set(&[]),
        "comments and strings are not imports"
    );
    assert_eq!(
        g["core/c.rs"],
        set(&["core/e/mod.rs"]),
        "a quote in a char is not a string"
    );
    assert_eq!(g["core/d.rs"], set(&[]), "test modules are left out");
    assert_eq!(g["core/e/f.rs"], set(&["core/a.rs", "core/e/mod.rs"]));
    let mut circular = g.clone();
    circular
        .get_mut("core/b.rs")
        .unwrap()
        .insert("core/a.rs".into());
    assert_eq!(
        circles(&circular),
        vec![vec!["core/a.rs".to_string(), "core/b.rs".to_string()]]
    );
}

#[test]
fn the_core_names_no_platform_or_database_crate() {
    let mut named = Vec::new();
    for (file, text) in core_sources() {
        for word in text.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
            if FORBIDDEN.contains(&word) {
                named.push(format!("{file}: {word}"));
            }
        }
    }
    assert!(named.is_empty(), "{named:#?}");
}
