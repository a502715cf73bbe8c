//! A good guest on someone else's page, with the snippets exactly as "Embed
//! this" gives them: nothing on the page jumps when the widget arrives, it
//! costs nothing until the reader comes near it, it takes the page's colours,
//! it fits a column from 320 px up, and when it can't start it says so.

use kpo_e2e::{article, cors, dist, Browser, Server, Snippet};

/// Records layout shifts from the start of every load.
const SHIFTS: &str = "window.__shifts = []; new PerformanceObserver(l => { for (const e of l.getEntries()) \
    if (!e.hadRecentInput) window.__shifts.push(e); }).observe({ type: 'layout-shift', buffered: true });";

/// The widget's element (the div or the frame).
const WIDGET: &str =
    "document.querySelector('[data-kpo-explainer], iframe[data-kpo-explainer-frame]')";

/// The layout shift whose sources are the widget or content after it, and
/// the descriptions of those sources.
async fn widget_shift(b: &Browser) -> (f64, String) {
    let r = b
        .js(&format!(
            "const w = {WIDGET}; const hit = n => n && (n === w || w.contains(n) || n.getRootNode().host === w \
               || (w.compareDocumentPosition(n) & Node.DOCUMENT_POSITION_FOLLOWING)); \
             const ours = __shifts.filter(e => e.sources.some(s => hit(s.node))); \
             return [ours.reduce((a, e) => a + e.value, 0), JSON.stringify(ours.map(e => [e.value, \
               e.sources.map(s => s.node ? (s.node.id || s.node.nodeName) + ' ' + JSON.stringify(s.previousRect) + '→' + JSON.stringify(s.currentRect) : '?')]))];"
        ))
        .await;
    (r[0].as_f64().unwrap(), r[1].as_str().unwrap().to_owned())
}

/// Waits until the widget in the page shows its live app.
async fn live(b: &Browser, snippet: Snippet) {
    match snippet {
        Snippet::Script => {
            b.wait_js(
                &format!("{WIDGET}.shadowRoot && {WIDGET}.shadowRoot.querySelector('.kpo:not([data-prerendered]) .step-heading')"),
                "the live widget",
            )
            .await
        }
        Snippet::None => {}
        Snippet::Both => unreachable!("this file's articles carry one snippet"),
        // The snippet's own height is 100vh; embed.js sets pixels when the
        // frame reports its size.
        Snippet::Frame => {
            b.wait_js(
                &format!("{WIDGET}.style.height.endsWith('px')"),
                "the frame's first size",
            )
            .await
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn nothing_on_the_page_moves_when_the_widget_arrives() {
    let widget = Server::start(dist(), vec![cors()]);
    let mut results = Vec::new();
    for (w, h) in [(1280, 900), (390, 844)] {
        let b = Browser::start(w, h).await;
        b.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source": SHIFTS }),
        )
        .await;
        for snippet in [Snippet::Script, Snippet::Frame] {
            for before in [2, 30] {
                let page = article(&widget, snippet, before, false);
                b.client.goto("about:blank").await.unwrap();
                b.client.goto(&page.url("/")).await.unwrap();
                if before > 2 {
                    // Read down to it, as a reader would.
                    b.js(&format!(
                        "scrollTo(0, {WIDGET}.getBoundingClientRect().top + scrollY - 200)"
                    ))
                    .await;
                }
                live(&b, snippet).await;
                // A frame reports its size once more after its first render.
                b.wait_js("document.readyState === 'complete'", "load")
                    .await;
                let (shift, sources) = widget_shift(&b).await;
                results.push(format!(
                    "{w}x{h} {snippet:?} after {before} paragraphs: {shift:.4} {sources}"
                ));
                assert!(shift <= 0.01, "{}", results.join("\n"));
            }
        }
        b.close().await;
    }
    println!("{}", results.join("\n"));
}

/// The widget's files this page has fetched from the widget's server, by
/// name, as the server saw them.
fn fetched(widget: &Server) -> Vec<String> {
    widget.requests().into_iter().map(|r| r.path).collect()
}

#[tokio::test(flavor = "current_thread")]
async fn a_widget_far_below_costs_only_its_loader_until_the_reader_comes_near() {
    for snippet in [Snippet::Script, Snippet::Frame] {
        let widget = Server::start(dist(), vec![cors()]);
        let page = article(&widget, snippet, 60, false);
        let b = Browser::start(1280, 900).await;
        b.client.goto(&page.url("/")).await.unwrap();
        b.wait_js("document.readyState === 'complete'", "load")
            .await;
        b.wait_js(
            "performance.getEntriesByType('resource').some(e => e.name.endsWith('/embed.js'))",
            "embed.js",
        )
        .await;
        // Give the browser a moment to start anything it was going to.
        b.js("return new Promise(r => requestAnimationFrame(() => setTimeout(r, 300)))")
            .await;
        // embed.js, and the 200 bytes of embed.css that keep the widget's
        // place (and a frame hidden until it has the page's colours).
        let mut first = fetched(&widget);
        first.sort();
        assert_eq!(
            first,
            vec!["/embed.css", "/embed.js"],
            "{snippet:?} before the reader comes near"
        );
        // Within about a screen of it, the rest loads.
        b.js(&format!(
            "scrollTo(0, {WIDGET}.getBoundingClientRect().top + scrollY - 1.5 * innerHeight)"
        ))
        .await;
        live(&b, snippet).await;
        let now = fetched(&widget);
        for file in ["/main.css", "/kpo-explainer.js", "/kpo-explainer_bg.wasm"] {
            assert!(
                now.iter().any(|f| f == file),
                "{snippet:?}: no {file} in {now:?}"
            );
        }
        b.close().await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn auto_takes_the_pages_colours_not_the_readers_system() {
    let widget = Server::start(dist(), vec![cors()]);
    for (dark_page, system) in [(true, "light"), (false, "dark")] {
        let expected = if dark_page { "dark" } else { "light" };
        for snippet in [Snippet::Script, Snippet::Frame] {
            let page = article(&widget, snippet, 2, dark_page);
            let b = Browser::start(1280, 900).await;
            b.color_scheme(system).await;
            b.client.goto(&page.url("/")).await.unwrap();
            live(&b, snippet).await;
            let theme = match snippet {
                Snippet::Script => {
                    b.js(&format!(
                        "return {WIDGET}.shadowRoot.querySelector('.kpo').dataset.theme"
                    ))
                    .await
                }
                Snippet::Frame => {
                    b.client.enter_frame(0).await.unwrap();
                    b.wait_for(kpo_e2e::LIVE_HEADING).await;
                    b.js(kpo_e2e::DRAWN_THEME).await
                }
                Snippet::None | Snippet::Both => unreachable!(),
            };
            assert_eq!(
                theme, expected,
                "{snippet:?} on a {expected} page, system {system}"
            );
            b.close().await;
        }
    }
}

#[tokio::test(flavor = "current_thread")]
async fn both_snippets_fit_a_320_px_column() {
    let widget = Server::start(dist(), vec![cors()]);
    for snippet in [Snippet::Script, Snippet::Frame] {
        let page = article(&widget, snippet, 2, false);
        let b = Browser::start(320, 800).await;
        b.client.goto(&page.url("/")).await.unwrap();
        live(&b, snippet).await;
        let overflow = b
            .js("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
            .await;
        assert!(
            overflow.as_i64().unwrap() <= 0,
            "{snippet:?}: the page scrolls sideways by {overflow} px"
        );
        let fits = b
            .js(&format!("const r = {WIDGET}.getBoundingClientRect(); return r.left >= 0 && r.right <= innerWidth"))
            .await;
        assert_eq!(fits, true, "{snippet:?} sticks out of the column");
        b.close().await;
    }
}

/// What a reader and the site's owner see when the widget can't start: the
/// widget's alert (its text and link) and the page's console errors.
async fn failure(b: &Browser) -> (String, String, Vec<String>) {
    b.wait_js(
        &format!("{WIDGET}.shadowRoot && {WIDGET}.shadowRoot.querySelector('[role=alert] a')"),
        "the failure's sentence",
    )
    .await;
    b.wait_js(
        "window.__errors.some(e => e.includes('kpo-explainer: the widget could not start'))",
        "the console's explanation",
    )
    .await;
    let alert = b
        .js(&format!("const a = {WIDGET}.shadowRoot.querySelector('[role=alert]'); return [a.textContent, a.querySelector('a').href, a.querySelector('a').target]"))
        .await;
    assert_eq!(alert[2], "_blank", "the link opens a new tab");
    (
        alert[0].as_str().unwrap().to_owned(),
        alert[1].as_str().unwrap().to_owned(),
        b.errors().await,
    )
}

#[tokio::test(flavor = "current_thread")]
async fn when_it_cannot_start_the_reader_gets_a_way_out_and_the_owner_the_cause() {
    // No CORS from the widget's server.
    let no_cors = Server::start(dist(), vec![]);
    // A build uploaded without its wasm.
    let partial = std::env::temp_dir().join(format!("kpo-partial-{}", std::process::id()));
    std::fs::create_dir_all(&partial).unwrap();
    for entry in std::fs::read_dir(dist()).unwrap().flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        // Nor its brotli copy, which a server would send in its place.
        if entry.path().is_file() && !name.ends_with(".wasm") && !name.ends_with(".wasm.br") {
            std::fs::copy(entry.path(), partial.join(entry.file_name())).unwrap();
        }
    }
    let missing = Server::start(partial, vec![cors()]);
    let fine = Server::start(dist(), vec![cors()]);
    let cases: [(&str, &Server, &str, &str); 4] = [
        (
            "no CORS",
            &no_cors,
            "",
            "send the header Access-Control-Allow-Origin",
        ),
        (
            "a missing file",
            &missing,
            "",
            "kpo-explainer_bg.wasm answered 404: upload all of the build",
        ),
        (
            "a blocked file",
            &fine,
            "*kpo-explainer_bg.wasm",
            "cannot reach",
        ),
        (
            "no WebAssembly",
            &fine,
            "no-wasm",
            "this browser has no WebAssembly",
        ),
    ];
    for (name, widget, block, cause) in cases {
        let page = article(widget, Snippet::Script, 2, false);
        let b = Browser::start(1280, 900).await;
        b.record_errors().await;
        if block == "no-wasm" {
            b.cdp(
                "Page.addScriptToEvaluateOnNewDocument",
                serde_json::json!({ "source": "delete window.WebAssembly;" }),
            )
            .await;
        } else if !block.is_empty() {
            b.block(&[block]).await;
        }
        b.client.goto(&page.url("/")).await.unwrap();
        let (text, link, errors) = failure(&b).await;
        assert!(
            text.starts_with("The BPO vs KPO explainer can't start on this page."),
            "{name}: {text}"
        );
        // The page's language's page (the article is in English).
        assert_eq!(link, widget.url("/index.en.html"), "{name}");
        let explained = errors
            .iter()
            .find(|e| e.contains("kpo-explainer: the widget could not start"))
            .unwrap();
        assert!(explained.contains(cause), "{name}: {explained}");
        b.close().await;
    }
}

#[tokio::test(flavor = "current_thread")]
async fn the_standalone_page_says_so_when_its_script_cannot_load() {
    // A build uploaded without boot.js: nothing of the widget's script runs.
    let partial = std::env::temp_dir().join(format!("kpo-no-boot-{}", std::process::id()));
    std::fs::create_dir_all(&partial).unwrap();
    for entry in std::fs::read_dir(dist()).unwrap().flatten() {
        // Nor its brotli copy, which a server would send in its place.
        if entry.path().is_file()
            && !["boot.js", "boot.js.br"].contains(&&*entry.file_name().to_string_lossy())
        {
            std::fs::copy(entry.path(), partial.join(entry.file_name())).unwrap();
        }
    }
    let site = Server::start(partial, vec![]);
    let c = kpo_e2e::content();
    for (path, link) in [("/", false), ("/index.html?embed=1", true)] {
        let b = Browser::start(1280, 900).await;
        b.record_errors().await;
        b.client.goto(&site.url(path)).await.unwrap();
        b.wait_for(".kpo-fallback[role=note]:not([hidden])").await;
        let note = b
            .js("return document.querySelector('.kpo-fallback[role=note]').textContent")
            .await;
        assert!(
            note.as_str().unwrap().starts_with(c.ui.wasm_failed),
            "{note}"
        );
        let shown = b
            .js("const a = document.querySelector('.kpo-fallback[role=note] a'); return !a.hidden && a.target === '_blank'")
            .await;
        assert_eq!(
            shown, link,
            "{path}: the link to a new tab shows in a frame only"
        );
        let errors = b.errors().await;
        assert!(
            errors
                .iter()
                .any(|e| e.contains("the widget's scripts did not run")),
            "{path}: {errors:?}"
        );
        b.close().await;
    }
}

/// The snippet's sentence and link, and how far the paragraph after the
/// widget is below the link.
async fn words_and_room(b: &Browser) -> (bool, f64) {
    let r = b
        .js(&format!(
            "const w = {WIDGET}.querySelector('.kpo-wait'); const a = w.querySelector('a'); \
             return [w.checkVisibility() && a.checkVisibility(), document.getElementById('after').getBoundingClientRect().top - a.getBoundingClientRect().bottom]"
        ))
        .await;
    (r[0].as_bool().unwrap(), r[1].as_f64().unwrap())
}

#[tokio::test(flavor = "current_thread")]
async fn a_blocked_embed_js_leaves_words_and_a_link_not_an_empty_screen() {
    let widget = Server::start(dist(), vec![cors()]);
    let page = article(&widget, Snippet::Script, 2, false);
    let b = Browser::start(1280, 900).await;
    b.block(&["*embed.js"]).await;
    b.client.goto(&page.url("/")).await.unwrap();
    // A screen is kept at first, as for a widget on its way...
    let (shown, room) = words_and_room(&b).await;
    assert!(shown, "no words where the widget should be");
    assert!(room > 600.0, "no screen kept at first: {room} px");
    // ...and let go when no widget came: the words and link remain.
    b.wait_js(
        &format!("{WIDGET}.getBoundingClientRect().height < 200"),
        "the kept screen let go",
    )
    .await;
    let (shown, room) = words_and_room(&b).await;
    assert!(shown, "the words went too");
    assert!(room < 60.0, "{room} px of blank under the words");
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn on_a_slow_link_the_kept_screen_says_what_is_coming() {
    let widget = Server::start(dist(), vec![cors()]);
    let page = article(&widget, Snippet::Script, 2, false);
    let b = Browser::start(1280, 900).await;
    b.record_errors().await;
    // About 1.6 Mbit/s, with a phone network's latency.
    b.cdp("Network.enable", serde_json::json!({})).await;
    b.cdp(
        "Network.emulateNetworkConditions",
        serde_json::json!({ "offline": false, "latency": 150, "downloadThroughput": 200_000, "uploadThroughput": 100_000 }),
    )
    .await;
    b.client.goto(&page.url("/")).await.unwrap();
    // Once embed.js runs, and until the widget shows: the sentence and its
    // link in view, and the element busy.
    b.wait_js(&format!("{WIDGET}.shadowRoot !== null"), "embed.js at work")
        .await;
    let during = b
        .js(&format!(
            "return [{WIDGET}.getAttribute('aria-busy'), {WIDGET}.querySelector('.kpo-wait').checkVisibility(), \
             !!{WIDGET}.shadowRoot.querySelector('.kpo')]"
        ))
        .await;
    assert_eq!(
        during,
        serde_json::json!(["true", true, false]),
        "while the widget loads"
    );
    b.wait_js(
        &format!("{WIDGET}.shadowRoot.querySelector('.kpo .step-heading') !== null"),
        "the widget, at last",
    )
    .await;
    let after = b
        .js(&format!(
            "return [{WIDGET}.hasAttribute('aria-busy'), {WIDGET}.querySelector('.kpo-wait').checkVisibility()]"
        ))
        .await;
    assert_eq!(
        after,
        serde_json::json!([false, false]),
        "the words go when the widget comes"
    );
    assert_eq!(b.errors().await, Vec::<String>::new());
    b.close().await;
}

/// A frame on a dark page is never seen light: embed.css hides it until
/// embed.js, however late, has given it the page's colours. Here embed.js
/// comes 2 s late to a page on a CPU slowed 4×, the reader's system light.
#[tokio::test(flavor = "current_thread")]
async fn a_frame_on_a_dark_page_is_dark_from_its_first_frame_however_late_embed_js_comes() {
    let widget = Server::start(dist(), vec![cors()]);
    let page = kpo_e2e::dark_page_with_late_embed_js(&widget, std::time::Duration::from_secs(2));
    let b = Browser::start(1280, 900).await;
    b.color_scheme("light").await;
    b.cdp(
        "Emulation.setCPUThrottlingRate",
        serde_json::json!({ "rate": 4 }),
    )
    .await;
    kpo_e2e::assert_dark_from_the_first_frame(&b, &page).await;
    b.close().await;
}
