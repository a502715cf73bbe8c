//! The size budgets, on the release build: sizes are deterministic, so they
//! are tested here (timings are measured by `cargo xtask bench`, never in a
//! test).

use kpo_e2e::budget::{
    brotli_size, first_load, gzip_size, languages, EMBED_JS_KIB, FIRST_LOAD_KIB,
    FIRST_LOAD_REQUESTS, HEADER_BYTES,
};
use kpo_e2e::{dist, Browser, Server};

const KIB: f64 = 1024.0;

#[test]
fn each_languages_first_load_fits_its_budget() {
    let tags = languages(&dist());
    assert!(
        tags.len() >= 2,
        "the build has {tags:?}, not English and Filipino"
    );
    for tag in &tags {
        let files = first_load(tag);
        assert!(
            files.len() <= FIRST_LOAD_REQUESTS,
            "{} requests: {files:?}",
            files.len()
        );
        let bytes = brotli_size(&dist(), &files) + files.len() * HEADER_BYTES;
        let kib = bytes as f64 / KIB;
        // A host that only gzips (GitHub Pages) sends this much.
        let gzip = gzip_size(&dist(), &files) as f64 / KIB;
        println!(
            "first load in {tag}: {bytes} bytes with headers ({kib:.1} KiB) of {FIRST_LOAD_KIB} KiB; {gzip:.1} KiB gzip"
        );
        assert!(
            kib <= FIRST_LOAD_KIB,
            "the first load in {tag} is {kib:.1} KiB ({bytes} bytes, brotli, with headers), over its {FIRST_LOAD_KIB} KiB budget: {files:?}"
        );
    }
}

/// The same budget as a browser counts it: each language's page loaded cold
/// (cache off) from a server that sends the release's brotli copies, every
/// response's `transferSize` (body and headers) summed, every request the
/// server saw counted, none of them twice.
#[tokio::test(flavor = "current_thread")]
async fn each_languages_first_load_on_the_wire_fits_its_budget() {
    let dist = dist();
    for tag in languages(&dist) {
        let server = Server::start(dist.clone(), vec![]);
        let b = Browser::start(1280, 900).await;
        b.cdp("Network.enable", serde_json::json!({})).await;
        b.cdp(
            "Network.setCacheDisabled",
            serde_json::json!({ "cacheDisabled": true }),
        )
        .await;
        b.go_live(&server.url(&format!("/index.{tag}.html"))).await;
        // Anything the widget fetched late would come within this.
        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
        let seen = b
            .js("const n = performance.getEntriesByType('navigation')[0]; \
                 return [[n.name, n.transferSize, n.encodedBodySize]].concat( \
                 performance.getEntriesByType('resource').map(r => [r.name, r.transferSize, r.encodedBodySize]))")
            .await;
        b.close().await;
        let seen: Vec<(String, f64, f64)> = serde_json::from_value(seen).unwrap();
        let bytes: f64 = seen.iter().map(|(_, t, _)| t).sum();
        let kib = bytes / KIB;
        let mut paths: Vec<String> = server.requests().into_iter().map(|r| r.path).collect();
        println!("first load in {tag}, as the browser counts it: {bytes} bytes ({kib:.1} KiB) in {} requests: {seen:?}", paths.len());
        // Every body came compressed as the build wrote it: the wasm's is
        // its brotli copy, byte for byte.
        let wasm = seen
            .iter()
            .find(|(name, _, _)| name.ends_with("_bg.wasm"))
            .expect("the wasm was fetched");
        assert_eq!(
            wasm.2 as usize,
            brotli_size(&dist, &["kpo-explainer_bg.wasm"]),
            "the wasm did not come as its brotli copy: {wasm:?}"
        );
        assert!(
            paths.len() <= FIRST_LOAD_REQUESTS,
            "{} requests in {tag}: {paths:?}",
            paths.len()
        );
        paths.sort();
        let before = paths.len();
        paths.dedup();
        assert_eq!(before, paths.len(), "a file fetched twice in {tag}");
        assert!(
            kib <= FIRST_LOAD_KIB,
            "the first load in {tag} is {kib:.1} KiB on the wire, over its {FIRST_LOAD_KIB} KiB: {seen:?}"
        );
    }
}

/// The door is the default language's page; the wasm holds no language's
/// words (a reader downloads only their own).
#[test]
fn the_door_is_the_default_page_and_the_wasm_has_no_words() {
    let dist = dist();
    let tags = languages(&dist);
    let door = std::fs::read(dist.join("index.html")).unwrap();
    assert_eq!(
        door,
        std::fs::read(dist.join(format!("index.{}.html", tags[0]))).unwrap()
    );
    let wasm = std::fs::read(dist.join("kpo-explainer_bg.wasm")).unwrap();
    for tag in &tags {
        let text = std::fs::read_to_string(dist.join(format!("content.{tag}.txt"))).unwrap();
        // The longest piece: a whole paragraph of teaching text.
        let piece = text.split('\u{1f}').max_by_key(|p| p.len()).unwrap();
        assert!(piece.len() > 100);
        assert!(
            !wasm.windows(piece.len()).any(|w| w == piece.as_bytes()),
            "the wasm holds {tag}'s words"
        );
    }
}

#[test]
fn embed_js_fits_its_budget() {
    let bytes = brotli_size(&dist(), &["embed.js"]);
    let kib = bytes as f64 / KIB;
    assert!(
        kib <= EMBED_JS_KIB,
        "embed.js is {kib:.2} KiB brotli ({bytes} bytes), over its {EMBED_JS_KIB} KiB budget"
    );
}
