//! Trunk's post-build step. It renders the widget's first step to HTML and
//! puts it into the built `index.html`, so the page is readable before the
//! WebAssembly arrives, with JavaScript off, and when the WebAssembly can't
//! load. On release builds it then slims the JS glue and the wasm (`slim`).
//!
//! Run by Trunk after each build (`post_build` hook, `TRUNK_STAGING_DIR`,
//! `TRUNK_PROFILE`), or by hand with the folder as the argument. The client
//! replaces the pre-rendered HTML with an identical live render in the same
//! task, so nothing flashes or moves.

mod slim;

use std::path::PathBuf;

use kpo_explainer::app::AppProps;
use kpo_explainer::content::CONTENT;
use kpo_explainer::App;

/// The same first render a new reader's browser makes, with every control
/// disabled: a pre-rendered button that looks ready but does nothing would
/// swallow an early click.
async fn render() -> String {
    let props = yew::props!(AppProps {
        storage_key: None::<yew::AttrValue>,
        use_hash: false,
        whole_page: true,
        prerendered: true,
    });
    yew::LocalServerRenderer::<App>::with_props(props)
        .hydratable(false)
        .render()
        .await
}

/// Escapes text for HTML.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Finds `<main … id=kpo-explainer …></main>` (Trunk's minifier may have
/// dropped the quotes) and returns the range of its (empty) content.
fn slot(page: &str) -> Option<std::ops::Range<usize>> {
    let mut from = 0;
    while let Some(start) = page[from..].find("<main").map(|i| i + from) {
        let open_end = page[start..].find('>')? + start + 1;
        let tag = &page[start..open_end];
        if tag.contains("id=kpo-explainer") || tag.contains("id=\"kpo-explainer\"") {
            let close = page[open_end..].find("</main>")? + open_end;
            return Some(open_end..close);
        }
        from = open_end;
    }
    None
}

/// Drops the `<link data-trunk rel=rust …>` Trunk leaves in the page when it
/// doesn't inject scripts (`boot.js` starts the widget): it means nothing to
/// a browser, and its wasm-opt parameters were a few hundred bytes.
fn without_trunk_links(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    let mut rest = page;
    while let Some(start) = rest.find("<link") {
        let end = rest[start..]
            .find('>')
            .map_or(rest.len(), |e| start + e + 1);
        let tag = &rest[start..end];
        out.push_str(&rest[..start]);
        if !tag.contains("data-trunk") {
            out.push_str(tag);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .expect("give the built folder as an argument, or run as a Trunk hook");
    let path = dir.join("index.html");
    let page = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let range = slot(&page).unwrap_or_else(|| {
        panic!(
            "{} has no <main id=\"kpo-explainer\"></main> to fill",
            path.display()
        )
    });
    let html = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime")
        .block_on(tokio::task::LocalSet::new().run_until(render()));
    let note = escape(CONTENT.ui.wasm_failed);
    let open = escape(CONTENT.ui.open_in_new_tab);
    // One note, for readers without JavaScript, and (unhidden by boot.js or
    // fallback.js) for browsers where the widget can't start; in a frame it
    // also links to the standalone page, in a new tab.
    let fallback = format!(
        "<noscript><p class=\"kpo-fallback\">{note}</p></noscript><p class=\"kpo-fallback\" role=\"note\" hidden>{note} <a href=\"index.html\" target=\"_blank\" rel=\"noopener\" hidden>{open}</a></p>"
    );
    let filled = without_trunk_links(&format!(
        "{}{html}{fallback}{}",
        &page[..range.start],
        &page[range.end..]
    ));
    std::fs::write(&path, filled)
        .unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
    println!(
        "kpo-prerender: wrote the first step into {}",
        path.display()
    );
    if std::env::var("TRUNK_PROFILE").is_ok_and(|p| p == "release") {
        // Stable names: Trunk.toml turns file hashes off.
        if let Err(e) = slim::run(&dir, "kpo-explainer") {
            eprintln!("kpo-prerender: {e}");
            std::process::exit(1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{slot, without_trunk_links};

    #[test]
    fn drops_only_the_links_trunk_left() {
        let page = "<head><link data-trunk data-trunk-id=0 data-wasm-opt=z rel=rust>\
                    <link href=./main.css rel=stylesheet></head>";
        assert_eq!(
            without_trunk_links(page),
            "<head><link href=./main.css rel=stylesheet></head>"
        );
    }

    #[test]
    fn finds_the_slot_with_or_without_quotes() {
        for page in [
            "<body><main class=kpo-host id=kpo-explainer></main></body>",
            "<body><main id=\"kpo-explainer\" class=\"kpo-host\"></main></body>",
        ] {
            let r = slot(page).unwrap();
            assert_eq!(&page[r.start - 1..r.end + 7], "></main>");
        }
        assert_eq!(slot("<main id=other></main>"), None);
    }
}
