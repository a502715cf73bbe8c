//! Release builds only: makes the JS glue and the wasm smaller without
//! changing what either does.
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
    std::fs::write(&wasm_path, wasm).map_err(|e| format!("{}: {e}", wasm_path.display()))?;
    std::fs::write(&js_path, js).map_err(|e| format!("{}: {e}", js_path.display()))?;
    println!("kpo-prerender: shortened {imports} import and {exports} export names");

    minify(&js_path, true)?;
    // The page's own scripts, copied by Trunk as they are, comments and all.
    minify(&dir.join("boot.js"), true)?;
    minify(&dir.join("embed.js"), false)?;
    minify(&dir.join("nomodule.js"), false)?;
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

fn leb(bytes: &[u8], at: &mut usize) -> Result<u32, String> {
    let (mut value, mut shift) = (0u32, 0);
    loop {
        let byte = *bytes.get(*at).ok_or("the wasm ends inside a number")?;
        *at += 1;
        value |= u32::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok(value);
        }
        shift += 7;
        if shift > 28 {
            return Err("a number in the wasm is too long".to_owned());
        }
    }
}

fn push_leb(out: &mut Vec<u8>, mut value: u32) {
    loop {
        let byte = (value & 0x7f) as u8;
        value >>= 7;
        if value == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn name<'a>(bytes: &'a [u8], at: &mut usize) -> Result<&'a str, String> {
    let len = leb(bytes, at)? as usize;
    let s = bytes
        .get(*at..*at + len)
        .ok_or("the wasm ends inside a name")?;
    *at += len;
    std::str::from_utf8(s).map_err(|_| "a name in the wasm is not UTF-8".to_owned())
}

/// Skips resizable limits (tables, memories).
fn limits(bytes: &[u8], at: &mut usize) -> Result<(), String> {
    let flags = *bytes.get(*at).ok_or("the wasm ends inside limits")?;
    *at += 1;
    leb(bytes, at)?;
    if flags & 1 == 1 {
        leb(bytes, at)?;
    }
    Ok(())
}

/// Rebuilds `wasm` with the body of its section `id` (if any) replaced by
/// what `rewrite` makes of it; every other section is copied as it is.
fn map_section(
    wasm: &[u8],
    id: u8,
    mut rewrite: impl FnMut(&[u8]) -> Result<Vec<u8>, String>,
) -> Result<Vec<u8>, String> {
    if wasm.get(..8) != Some(b"\0asm\x01\0\0\0".as_slice()) {
        return Err("not a wasm module (version 1)".to_owned());
    }
    let mut out = wasm[..8].to_vec();
    let mut at = 8;
    while at < wasm.len() {
        let section = wasm[at];
        at += 1;
        let len = leb(wasm, &mut at)? as usize;
        let body = wasm
            .get(at..at + len)
            .ok_or("the wasm ends inside a section")?;
        at += len;
        let body = if section == id {
            rewrite(body)?
        } else {
            body.to_vec()
        };
        out.push(section);
        push_leb(&mut out, body.len() as u32);
        out.extend_from_slice(&body);
    }
    Ok(out)
}

fn push_name(out: &mut Vec<u8>, name: &str) {
    push_leb(out, name.len() as u32);
    out.extend_from_slice(name.as_bytes());
}

/// Renames every function the wasm imports from the glue (`*_bg.js`), in the
/// import section and in `js`, where each old name must appear exactly once
/// as a whole word: anything else means the glue isn't what this expects,
/// and the build stops rather than ship a mismatch. Returns the new wasm,
/// the new JS and how many names changed.
pub fn shorten_imports(wasm: &[u8], js: &str) -> Result<(Vec<u8>, String, usize), String> {
    let mut js = js.to_owned();
    let mut renamed = 0;
    let out = map_section(wasm, 2, |body| {
        let mut p = 0;
        let count = leb(body, &mut p)?;
        let mut section = Vec::with_capacity(body.len());
        push_leb(&mut section, count);
        for index in 0..count {
            let module = name(body, &mut p)?;
            let field = name(body, &mut p)?;
            let kind = *body.get(p).ok_or("the wasm ends inside an import")?;
            let desc_start = p;
            p += 1;
            match kind {
                0 => {
                    leb(body, &mut p)?;
                }
                1 => {
                    p += 1;
                    limits(body, &mut p)?;
                }
                2 => limits(body, &mut p)?,
                3 => p += 2,
                other => return Err(format!("unknown import kind {other}")),
            }
            let new = if kind == 0 && module.ends_with("_bg.js") {
                let short = format!("_{index}");
                let hits = whole_word_matches(&js, field);
                if hits.len() != 1 {
                    return Err(format!(
                        "the glue names the import {field} {} times, not once",
                        hits.len()
                    ));
                }
                js.replace_range(hits[0]..hits[0] + field.len(), &short);
                renamed += 1;
                short
            } else {
                field.to_owned()
            };
            push_name(&mut section, module);
            push_name(&mut section, &new);
            section.extend_from_slice(&body[desc_start..p]);
        }
        if p != body.len() {
            return Err("the import section has bytes after its last import".to_owned());
        }
        Ok(section)
    })?;
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
    let mut js = js.to_owned();
    let mut renamed = 0;
    let out = map_section(wasm, 7, |body| {
        let mut p = 0;
        let count = leb(body, &mut p)?;
        let mut entries = Vec::with_capacity(count as usize);
        for _ in 0..count {
            let field = name(body, &mut p)?;
            let start = p;
            p += 1;
            leb(body, &mut p)?;
            entries.push((field, &body[start..p]));
        }
        if p != body.len() {
            return Err("the export section has bytes after its last export".to_owned());
        }
        let mut section = Vec::with_capacity(body.len());
        push_leb(&mut section, count);
        for (field, desc) in entries.iter() {
            let hits = whole_word_matches(&js, field);
            let read = |&i: &usize| js[..i].ends_with(PREFIX);
            let quoted = |&i: &usize| js[..i].ends_with(['"', '\'', '`']);
            if let Some(&i) = hits.iter().find(|i| quoted(i)) {
                return Err(format!(
                    "the glue names the export {field} in quotes (at byte {i}); not renaming it"
                ));
            }
            let reads: Vec<usize> = hits.into_iter().filter(read).collect();
            let new = if reads.is_empty() || keep.contains(field) {
                (*field).to_owned()
            } else {
                let short = format!("e{renamed}");
                if entries.iter().any(|(other, _)| *other == short) {
                    return Err(format!("an export is already called {short}"));
                }
                for &i in reads.iter().rev() {
                    js.replace_range(i..i + field.len(), &short);
                }
                renamed += 1;
                short
            };
            push_name(&mut section, &new);
            section.extend_from_slice(desc);
        }
        Ok(section)
    })?;
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

    /// A module importing `f` (function), `t` (table) and `m` (memory) from
    /// `module`.
    fn module(module: &str, f: &str) -> Vec<u8> {
        let mut imports = Vec::new();
        push_leb(&mut imports, 3);
        for (field, desc) in [
            (f, vec![0u8, 0]),
            ("t", vec![1, 0x6f, 0, 1]),
            ("m", vec![2, 1, 1, 2]),
        ] {
            push_name(&mut imports, module);
            push_name(&mut imports, field);
            imports.extend_from_slice(&desc);
        }
        // A type section (one `() -> ()`) before the imports.
        wasm_with(&[(1, &[1, 0x60, 0, 0]), (2, &imports)])
    }

    /// A module of these sections, then a custom section.
    fn wasm_with(sections: &[(u8, &[u8])]) -> Vec<u8> {
        let mut wasm = b"\0asm\x01\0\0\0".to_vec();
        for (id, body) in sections {
            wasm.push(*id);
            push_leb(&mut wasm, body.len() as u32);
            wasm.extend_from_slice(body);
        }
        wasm.extend_from_slice(&[0, 3, 1, b'x', 9]);
        wasm
    }

    #[test]
    fn renames_glue_imports_in_both_places_and_leaves_the_rest() {
        let wasm = module("./w_bg.js", "__wbg_f_0123");
        let js = "const i = { __wbg_f_0123: function() {} }; wasm.__wbg_f_01234();";
        let (out, js, n) = shorten_imports(&wasm, js).unwrap();
        assert_eq!(n, 1);
        assert_eq!(out, module("./w_bg.js", "_0"));
        assert_eq!(js, "const i = { _0: function() {} }; wasm.__wbg_f_01234();");
    }

    #[test]
    fn leaves_imports_from_other_modules() {
        let wasm = module("env", "__wbg_f_0123");
        let (out, js, n) = shorten_imports(&wasm, "x").unwrap();
        assert_eq!((out, js.as_str(), n), (wasm, "x", 0));
    }

    #[test]
    fn stops_when_the_glue_does_not_name_an_import_exactly_once() {
        let wasm = module("./w_bg.js", "__wbg_f_0123");
        for js in ["", "__wbg_f_0123; __wbg_f_0123"] {
            let e = shorten_imports(&wasm, js).unwrap_err();
            assert!(e.contains("__wbg_f_0123"), "{e}");
        }
        assert!(shorten_imports(b"not wasm", "").is_err());
        let mut cut = wasm.clone();
        cut.truncate(wasm.len() - 8);
        assert!(shorten_imports(&cut, "__wbg_f_0123").is_err());
    }

    /// A module exporting `(name, kind)` pairs, all at index 0.
    fn exports(list: &[(&str, u8)]) -> Vec<u8> {
        let mut section = Vec::new();
        push_leb(&mut section, list.len() as u32);
        for (field, kind) in list {
            push_name(&mut section, field);
            section.extend_from_slice(&[*kind, 0]);
        }
        wasm_with(&[(7, &section)])
    }

    #[test]
    fn renames_exports_the_glue_reads_and_keeps_the_rest() {
        let wasm = exports(&[("memory", 2), ("malloc", 0), ("f_h1", 0), ("unused", 0)]);
        let js = "function f_h1(a) { return wasm.f_h1(a) } \
                  g(wasm.malloc, wasm.malloc); wasm.memory.buffer; wasm.mallocs;";
        let (out, js, n) = shorten_exports(&wasm, js, &["memory"]).unwrap();
        assert_eq!(n, 2);
        assert_eq!(
            out,
            exports(&[("memory", 2), ("e0", 0), ("e1", 0), ("unused", 0)])
        );
        assert_eq!(
            js,
            "function f_h1(a) { return wasm.e1(a) } \
             g(wasm.e0, wasm.e0); wasm.memory.buffer; wasm.mallocs;"
        );
    }

    #[test]
    fn stops_when_an_export_is_named_in_quotes_or_a_short_name_is_taken() {
        let wasm = exports(&[("malloc", 0)]);
        let e = shorten_exports(&wasm, "wasm.malloc; exports[\"malloc\"]", &[]).unwrap_err();
        assert!(e.contains("malloc"), "{e}");
        let wasm = exports(&[("e0", 0), ("malloc", 0)]);
        let e = shorten_exports(&wasm, "wasm.malloc", &[]).unwrap_err();
        assert!(e.contains("e0"), "{e}");
    }
}
