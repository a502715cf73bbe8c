//! Release builds only: a brotli copy (`<file>.br`) beside each file a
//! browser fetches, for servers that send a file's precompressed copy to a
//! browser that accepts it (Apache through the published `.htaccess`, the
//! tests' server, nginx's `brotli_static`). Brotli at its best setting is
//! 15 % smaller than gzip -9 on the wasm (82 against 97 KB), and a server
//! compressing on the fly uses a faster, larger setting.

use std::io::Write;
use std::path::Path;

/// What a browser fetches: pages, scripts, styles, the wasm, words, data.
const FETCHED: &[&str] = &["html", "js", "css", "wasm", "txt", "json", "svg"];

fn fetched(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| FETCHED.contains(&e))
}

/// Writes `<file>.br` for each fetched file in `dir`; returns how many.
pub fn run(dir: &Path) -> Result<usize, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut written = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        if !fetched(&path) || !path.is_file() {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut target = path.clone().into_os_string();
        target.push(".br");
        std::fs::write(&target, brotli(&bytes))
            .map_err(|e| format!("{}: {e}", Path::new(&target).display()))?;
        written += 1;
    }
    Ok(written)
}

/// Writes `bytes` to `path` and, where the build left a brotli copy of it
/// (a release), rewrites that copy too, so a server never sends a page's
/// old text to a browser that takes brotli.
pub fn write_with_copy(path: &Path, bytes: &[u8]) -> Result<(), String> {
    std::fs::write(path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut copy = path.to_path_buf().into_os_string();
    copy.push(".br");
    let copy = Path::new(&copy);
    let release = fetched(path)
        && path
            .parent()
            .and_then(|dir| std::fs::read_dir(dir).ok())
            .is_some_and(|mut files| {
                files.any(|f| f.is_ok_and(|f| f.path().extension().is_some_and(|e| e == "br")))
            });
    if release {
        std::fs::write(copy, brotli(bytes)).map_err(|e| format!("{}: {e}", copy.display()))?;
    }
    Ok(())
}

/// `bytes` compressed at brotli's best quality (11) and largest window.
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 11, 24);
        writer.write_all(bytes).expect("writing to memory");
    }
    out
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    #[test]
    fn a_copy_decompresses_to_the_file() {
        let text = "BPO or KPO? ".repeat(500);
        let packed = super::brotli(text.as_bytes());
        assert!(packed.len() < text.len() / 20);
        let mut back = String::new();
        brotli::Decompressor::new(&packed[..], 4096)
            .read_to_string(&mut back)
            .unwrap();
        assert_eq!(back, text);
    }
}
