//! The share images: each page's first screen (`index.html`'s and each
//! language's), 1200 × 630 as share cards want it, taken by headless
//! Chromium from the built folder served over loopback.

use std::path::Path;
use std::process::Command;

use crate::publish::{for_page, pages, THUMBNAIL, THUMBNAIL_SIZE};
use crate::serve::Server;

/// Writes `dist/thumbnail.png` (and `thumbnail.<tag>.png` for each
/// language's page) with the Chromium at `chromium`.
pub fn make(dist: &Path, chromium: &Path) -> Result<(), String> {
    let server = Server::start(dist.to_path_buf(), vec![]);
    for (page, tag) in pages(dist)? {
        shoot(
            &server,
            &page,
            &dist.join(for_page(THUMBNAIL, tag.as_deref())),
            chromium,
        )?;
    }
    Ok(())
}

fn shoot(server: &Server, page: &str, out: &Path, chromium: &Path) -> Result<(), String> {
    let _ = std::fs::remove_file(out);
    let profile = std::env::temp_dir().join(format!("kpo-thumbnail-{}", std::process::id()));
    let (w, h) = THUMBNAIL_SIZE;
    let status = Command::new(chromium)
        .args([
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            "--force-color-profile=srgb",
            "--force-prefers-reduced-motion",
            "--virtual-time-budget=10000",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--window-size={w},{h}"))
        .arg(format!("--screenshot={}", out.display()))
        .arg(server.url(&format!("/{page}")))
        .output()
        .map_err(|e| format!("cannot run {}: {e}", chromium.display()))?;
    let _ = std::fs::remove_dir_all(&profile);
    let png = std::fs::read(out).unwrap_or_default();
    if !status.status.success() || !png.starts_with(b"\x89PNG") {
        return Err(format!(
            "Chromium made no share image of {page} ({}): {}",
            status.status,
            String::from_utf8_lossy(&status.stderr)
                .lines()
                .last()
                .unwrap_or_default()
        ));
    }
    Ok(())
}
