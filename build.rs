//! Parses and checks every `content/<language>.toml` at build time, checks
//! each translation against the default language's file, and writes each
//! language as the text the widget reads (`OUT_DIR/content/<language>.txt`),
//! so a mistake in any content file fails the build with its line, and the
//! WebAssembly carries neither a parser nor any language's words: a reader
//! downloads only the language they read.
//!
//! `OUT_DIR/built.rs` lists the texts for the native code that needs them
//! (the pre-renderer and tests); the widget itself is handed its text by
//! the page.

use std::fmt::Write as _;
use std::path::Path;

use kpo_content::parse::{self, DEFAULT_LANGUAGE};
use kpo_content::{Content, Language};

/// Prints a failed check the way Cargo shows a build script's stderr, and
/// stops the build.
fn fail(report: &dyn std::fmt::Display, path: &str) -> ! {
    eprint!("{report}");
    eprintln!("fix the lines above, or check the file with `cargo xtask check-content {path}`");
    std::process::exit(1);
}

fn main() {
    println!("cargo::rerun-if-changed=content");
    let mut files: Vec<_> = std::fs::read_dir("content")
        .expect("cannot read the content folder")
        .map(|e| e.expect("cannot list the content folder").path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    files.sort();

    if !files
        .iter()
        .any(|f| f.file_stem().is_some_and(|s| s == DEFAULT_LANGUAGE))
    {
        fail(
            &format!("content/{DEFAULT_LANGUAGE}.toml is missing: every other language is checked against it\n"),
            "content",
        );
    }
    let mut parsed: Vec<Content> = files
        .iter()
        .map(|file| parse::check_file(file).unwrap_or_else(|r| fail(&r, &r.path)))
        .collect();
    // The default first: it is the door's language and the fallback.
    parsed.sort_by_key(|c| c.meta.language != DEFAULT_LANGUAGE);

    let languages: &'static [Language] = Vec::leak(
        parsed
            .iter()
            .map(|c| Language {
                tag: c.meta.language,
                name: c.meta.language_name,
            })
            .collect(),
    );
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).to_owned();
    std::fs::create_dir_all(out.join("content")).expect("cannot create OUT_DIR/content");
    let mut list = String::from(
        "/// Every language's content text, the default first, by language tag.\n\
         pub const BUILT: &[(&str, &str)] = &[\n",
    );
    for content in &parsed {
        let tag = content.meta.language;
        let file = out.join("content").join(format!("{tag}.txt"));
        std::fs::write(&file, kpo_content::codec::encode(content, languages))
            .unwrap_or_else(|e| panic!("cannot write {}: {e}", file.display()));
        writeln!(
            list,
            "    ({tag:?}, include_str!(concat!(env!(\"OUT_DIR\"), \"/content/{tag}.txt\"))),"
        )
        .expect("writing to a String");
    }
    list.push_str("];\n");
    std::fs::write(out.join("built.rs"), list).expect("cannot write OUT_DIR/built.rs");
}
