//! Release builds only: makes the JS glue and the wasm smaller without
//! changing what either does.
//!
//! It rests on three properties of wasm-bindgen's output (0.2.130), each
//! checked here rather than trusted:
//!
//! 1. every function the wasm imports from the glue comes from a module whose
//!    name ends in `_bg.js`;
//! 2. the glue names each such import exactly once, as a key of its imports
//!    object (checked per import: anything else stops the build);
//! 3. the glue reads the wasm's exports as `wasm.<name>`.
//!
//! If 1 or 3 stopped holding after a wasm-bindgen upgrade, nothing would be
//! renamed and the first load would silently grow by about 5 KB gzip, so
//! renaming nothing stops the build too ([`run`]). The wasm is read with
//! `wasmparser` and written with `wasm-encoder`; every section but the
//! imports and exports is copied byte for byte.
//!
//! wasm-bindgen names each function the wasm imports from its glue after the
//! Rust binding plus a hash (`__wbg_setAttribute_f75317b2b5cabfb4`), and the
//! name appears twice: in the wasm's import section and as a key in the
//! glue's imports object. 141 such names, hex hashes gzip can't squeeze, were
//! about 5 KB of the gzipped first load. They are renamed `_0`, `_1`, … in
//! both places. The wasm's exports that the glue reads as `wasm.<name>`
//! (allocator, closure trampolines with hashes of their own, …) are renamed
//! `e0`, `e1`, … the same way. The glue is then minified with terser
//! (Trunk's own minifier can't parse it), and so are the page's own scripts,
//! which Trunk copies as they are.

use std::path::Path;
use std::process::Command;

/// Rewrites `<name>_bg.wasm` and `<name>.js` in `dir`.
pub fn run(dir: &Path, name: &str) -> Result<(), String> {
    let wasm_path = dir.join(format!("{name}_bg.wasm"));
    let js_path = dir.join(format!("{name}.js"));
    let wasm = std::fs::read(&wasm_path).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    let js =
        std::fs::read_to_string(&js_path).map_err(|e| format!("{}: {e}", js_path.display()))?;
    let (wasm, js, imports) = shorten_imports(&wasm, &js)?;
    // boot.js reads the memory's size for `cargo xtask bench`.
    let (wasm, js, exports) = shorten_exports(&wasm, &js, &["memory"])?;
    if imports == 0 || exports == 0 {
        return Err(format!(
            "renamed {imports} import and {exports} export names: wasm-bindgen's output no longer \
             looks as crates/prerender/src/slim.rs assumes (see the list at its top); \
             fix the assumptions rather than ship a bigger build"
        ));
    }
    std::fs::write(&wasm_path, wasm).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    std::fs::write(&js_path, js).map_err(|e| format!("{}: {e}", js_path.display()))?;
    println!("kpo-prerender: shortened {imports} import and {exports} export names");

    minify(&js_path, true)?;
    // The page's own scripts, copied by Trunk as they are, comments and all.
    minify(&dir.join("boot.js"), true)?;
    minify(&dir.join("embed.js"), false)?;
    minify(&dir.join("fallback.js"), false)?;
    minify(&dir.join("paging.js"), true)?;
    minify(&dir.join("report.js"), true)?;
    Ok(())
}

/// Minifies a script in place with terser: as an ES module (whose top-level
/// names are its own to rename) or as a classic script (whose are not).
fn minify(path: &Path, module: bool) -> Result<(), String> {
    // terser is on PATH through `cargo xtask` (xtask/package.json).
    let mut terser = Command::new("terser");
    terser.arg(path);
    if module {
        terser.arg("--module");
    }
    let status = terser
        .args(["--compress", "--mangle", "--output"])
        .arg(path)
        .status()
        .map_err(|e| {
            format!("cannot run terser ({e}); build through `cargo xtask`, which installs it")
        })?;
    if !status.success() {
        return Err(format!("terser failed on {} ({status})", path.display()));
    }
    println!("kpo-prerender: minified {}", path.display());
    Ok(())
}

use wasm_encoder::reencode::{Reencode, RoundtripReencoder};
use wasm_encoder::{ExportSection, ImportSection, Module, RawSection};
use wasmparser::{Export, Import, Parser, Payload};

/// Rebuilds `wasm` with each import and export named as `import` and
/// `export` say (`None` keeps the name); every other section is copied as
/// it is.
fn rename(
    wasm: &[u8],
    mut import: impl FnMut(usize, &Import) -> Result<Option<String>, String>,
    mut export: impl FnMut(&Export) -> Result<Option<String>, String>,
) -> Result<Vec<u8>, String> {
    let err = |e: wasmparser::BinaryReaderError| format!("the wasm can't be read: {e}");
    let mut module = Module::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(err)?;
        match payload {
            Payload::ImportSection(reader) => {
                let mut section = ImportSection::new();
                for (index, found) in reader.into_imports().enumerate() {
                    let found = found.map_err(err)?;
                    let name = import(index, &found)?;
                    let ty = RoundtripReencoder
                        .entity_type(found.ty)
                        .map_err(|e| format!("import {}: {e}", found.name))?;
                    section.import(found.module, name.as_deref().unwrap_or(found.name), ty);
                }
                module.section(&section);
            }
            Payload::ExportSection(reader) => {
                let mut section = ExportSection::new();
                for found in reader {
                    let found = found.map_err(err)?;
                    let name = export(&found)?;
                    let kind = RoundtripReencoder
                        .export_kind(found.kind)
                        .map_err(|e| format!("export {}: {e}", found.name))?;
                    section.export(name.as_deref().unwrap_or(found.name), kind, found.index);
                }
                module.section(&section);
            }
            other => {
                if let Some((id, range)) = other.as_section() {
                    let range = range.start as usize..range.end as usize;
                    module.section(&RawSection {
                        id,
                        data: &wasm[range],
                    });
                }
            }
        }
    }
    Ok(module.finish())
}

/// The exports' names, in order.
fn export_names(wasm: &[u8]) -> Result<Vec<String>, String> {
    let mut names = Vec::new();
    rename(
        wasm,
        |_, _| Ok(None),
        |e| {
            names.push(e.name.to_owned());
            Ok(None)
        },
    )?;
    Ok(names)
}

/// Renames every function the wasm imports from the glue (`*_bg.js`), in the
/// import section and in `js`, where each old name must appear exactly once
/// as a whole word: anything else means the glue isn't what this expects,
/// and the build stops rather than ship a mismatch. Returns the new wasm,
/// the new JS and how many names changed.
pub fn shorten_imports(wasm: &[u8], js: &str) -> Result<(Vec<u8>, String, usize), String> {
    let mut js = js.to_owned();
    let mut renamed = 0;
    let out = rename(
        wasm,
        |index, import| {
            if !(matches!(import.ty, wasmparser::TypeRef::Func(_))
                && import.module.ends_with("_bg.js"))
            {
                return Ok(None);
            }
            let short = format!("_{index}");
            let hits = whole_word_matches(&js, import.name);
            if hits.len() != 1 {
                return Err(format!(
                    "the glue names the import {} {} times, not once",
                    import.name,
                    hits.len()
                ));
            }
            js.replace_range(hits[0]..hits[0] + import.name.len(), &short);
            renamed += 1;
            Ok(Some(short))
        },
        |_| Ok(None),
    )?;
    Ok((out, js, renamed))
}

/// Renames the wasm's exports that the glue reads as `wasm.<name>`, there and
/// in the export section. Other mentions of the same word are the glue's own
/// functions (terser renames those) and stay; a mention in quotes could be
/// the export looked up by a string, so it stops the build. Exports the glue
/// never reads as `wasm.<name>` keep their names, and so do those in `keep`,
/// which other scripts read. Returns the new wasm, the new JS and how many
/// names changed.
pub fn shorten_exports(
    wasm: &[u8],
    js: &str,
    keep: &[&str],
) -> Result<(Vec<u8>, String, usize), String> {
    const PREFIX: &str = "wasm.";
    let existing = export_names(wasm)?;
    let mut js = js.to_owned();
    let mut renamed = 0;
    let out = rename(
        wasm,
        |_, _| Ok(None),
        |export| {
            let field = export.name;
            let hits = whole_word_matches(&js, field);
            let read = |&i: &usize| js[..i].ends_with(PREFIX);
            let quoted = |&i: &usize| js[..i].ends_with(['"', '\'', '`']);
            if let Some(&i) = hits.iter().find(|i| quoted(i)) {
                return Err(format!(
                    "the glue names the export {field} in quotes (at byte {i}); not renaming it"
                ));
            }
            let reads: Vec<usize> = hits.into_iter().filter(read).collect();
            if reads.is_empty() || keep.contains(&field) {
                return Ok(None);
            }
            let short = format!("e{renamed}");
            if existing.contains(&short) {
                return Err(format!("an export is already called {short}"));
            }
            for &i in reads.iter().rev() {
                js.replace_range(i..i + field.len(), &short);
            }
            renamed += 1;
            Ok(Some(short))
        },
    )?;
    Ok((out, js, renamed))
}

/// Byte offsets where `word` occurs in `text` not preceded or followed by a
/// character that could continue a JS identifier.
fn whole_word_matches(text: &str, word: &str) -> Vec<usize> {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    text.match_indices(word)
        .filter(|&(i, _)| {
            let before = text[..i].chars().next_back();
            let after = text[i + word.len()..].chars().next();
            !before.is_some_and(ident) && !after.is_some_and(ident)
        })
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use wasm_encoder::{
        CustomSection, EntityType, ExportKind, MemoryType, RefType, TableType, TypeSection,
    };

    /// A module importing `f` (function), `t` (table) and `m` (memory) from
    /// `from`, then exporting `(name, kind)` pairs, then a custom section.
    fn module(from: &str, f: &str, exports: &[(&str, ExportKind)]) -> Vec<u8> {
        let mut types = TypeSection::new();
        types.ty().function([], []);
        let mut imports = ImportSection::new();
        imports.import(from, f, EntityType::Function(0));
        let table = TableType {
            element_type: RefType::EXTERNREF,
            minimum: 1,
            maximum: None,
            table64: false,
            shared: false,
        };
        imports.import(from, "t", table);
        let memory = MemoryType {
            minimum: 1,
            maximum: Some(2),
            memory64: false,
            shared: false,
            page_size_log2: None,
        };
        imports.import(from, "m", memory);
        let mut section = ExportSection::new();
        for (name, kind) in exports {
            section.export(name, *kind, 0);
        }
        let mut wasm = Module::new();
        wasm.section(&types).section(&imports);
        if !exports.is_empty() {
            wasm.section(&section);
        }
        wasm.section(&CustomSection {
            name: "x".into(),
            data: [9u8][..].into(),
        });
        wasm.finish()
    }

    #[test]
    fn renames_glue_imports_in_both_places_and_leaves_the_rest() {
        let wasm = module("./w_bg.js", "__wbg_f_0123", &[]);
        let js = "const i = { __wbg_f_0123: function() {} }; wasm.__wbg_f_01234();";
        let (out, js, n) = shorten_imports(&wasm, js).unwrap();
        assert_eq!(n, 1);
        assert_eq!(out, module("./w_bg.js", "_0", &[]));
        assert_eq!(js, "const i = { _0: function() {} }; wasm.__wbg_f_01234();");
    }

    #[test]
    fn leaves_imports_from_other_modules() {
        let wasm = module("env", "__wbg_f_0123", &[]);
        let (out, js, n) = shorten_imports(&wasm, "x").unwrap();
        assert_eq!((out, js.as_str(), n), (wasm, "x", 0));
    }

    #[test]
    fn stops_when_the_glue_does_not_name_an_import_exactly_once() {
        let wasm = module("./w_bg.js", "__wbg_f_0123", &[]);
        for js in ["", "__wbg_f_0123; __wbg_f_0123"] {
            let e = shorten_imports(&wasm, js).unwrap_err();
            assert!(e.contains("__wbg_f_0123"), "{e}");
        }
        assert!(shorten_imports(b"not wasm", "").is_err());
        let mut cut = wasm.clone();
        cut.truncate(wasm.len() - 8);
        assert!(shorten_imports(&cut, "__wbg_f_0123").is_err());
    }

    #[test]
    fn a_build_that_renames_nothing_stops() {
        let dir = std::env::temp_dir().join(format!("kpo-slim-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        // Imports from a module the glue is not: nothing to rename.
        std::fs::write(dir.join("w_bg.wasm"), module("env", "f", &[])).unwrap();
        std::fs::write(dir.join("w.js"), "wasm.f()").unwrap();
        let e = run(&dir, "w").unwrap_err();
        assert!(e.starts_with("renamed 0 import and 0 export names"), "{e}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn renames_exports_the_glue_reads_and_keeps_the_rest() {
        use ExportKind::{Func, Memory};
        let wasm = module(
            "env",
            "f",
            &[
                ("memory", Memory),
                ("malloc", Func),
                ("f_h1", Func),
                ("unused", Func),
            ],
        );
        let js = "function f_h1(a) { return wasm.f_h1(a) } \
                  g(wasm.malloc, wasm.malloc); wasm.memory.buffer; wasm.mallocs;";
        let (out, js, n) = shorten_exports(&wasm, js, &["memory"]).unwrap();
        assert_eq!(n, 2);
        assert_eq!(
            out,
            module(
                "env",
                "f",
                &[
                    ("memory", Memory),
                    ("e0", Func),
                    ("e1", Func),
                    ("unused", Func)
                ]
            )
        );
        assert_eq!(
            js,
            "function f_h1(a) { return wasm.e1(a) } \
             g(wasm.e0, wasm.e0); wasm.memory.buffer; wasm.mallocs;"
        );
    }

    #[test]
    fn stops_when_an_export_is_named_in_quotes_or_a_short_name_is_taken() {
        use ExportKind::Func;
        let wasm = module("env", "f", &[("malloc", Func)]);
        let e = shorten_exports(&wasm, "wasm.malloc; exports[\"malloc\"]", &[]).unwrap_err();
        assert!(e.contains("malloc"), "{e}");
        let wasm = module("env", "f", &[("e0", Func), ("malloc", Func)]);
        let e = shorten_exports(&wasm, "wasm.malloc", &[]).unwrap_err();
        assert!(e.contains("e0"), "{e}");
    }
}
