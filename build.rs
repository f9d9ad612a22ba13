//! Embeds every Fluent file under `locales/` into the binary, so Haven runs from anywhere.

use std::fs;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    // `sqlx::migrate!` embeds migrations/ at compile time.
    println!("cargo:rerun-if-changed=migrations");
    let mut out = String::from("/// (language tag, file name, contents) of every embedded Fluent file.\npub static FILES: &[(&str, &str, &str)] = &[\n");
    let mut langs: Vec<_> = fs::read_dir("locales")
        .expect("locales/ exists")
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_dir())
        .collect();
    langs.sort_by_key(|e| e.file_name());
    for lang in langs {
        let tag = lang.file_name().to_string_lossy().to_string();
        let mut files: Vec<_> = fs::read_dir(lang.path())
            .expect("readable locale folder")
            .filter_map(|e| e.ok())
            .filter(|e| e.path().extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort_by_key(|e| e.file_name());
        for f in files {
            let path = fs::canonicalize(f.path()).expect("canonical path");
            println!("cargo:rerun-if-changed={}", path.display());
            out.push_str(&format!(
                "    ({tag:?}, {:?}, include_str!({:?})),\n",
                f.file_name().to_string_lossy(),
                path.display().to_string()
            ));
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("locales.rs");
    fs::write(dest, out).expect("write locales.rs");
}
