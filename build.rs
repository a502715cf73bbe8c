//! Parses and checks `content/en.toml` at build time and writes it out as
//! Rust, so a mistake in the content fails the build with its line, and the
//! WebAssembly carries no parser.

use std::path::Path;

fn main() {
    let path = "content/en.toml";
    println!("cargo::rerun-if-changed={path}");
    let source =
        std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let content = match kpo_content::parse::parse(path, &source) {
        Ok(c) => c,
        Err(report) => {
            // Cargo shows a failed build script's stderr: one mistake a line.
            eprint!("{report}");
            eprintln!(
                "fix the lines above, or check the file with `cargo xtask check-content {path}`"
            );
            std::process::exit(1);
        }
    };
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("content.rs");
    std::fs::write(
        &out,
        kpo_content::bake::to_static("CONTENT", "::kpo_content::Content", &content),
    )
    .unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
}
