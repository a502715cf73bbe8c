//! The first step is in the HTML: readable with JavaScript off or when the
//! WebAssembly can't load, and replaced by the live app without a shift.

use fantoccini::Locator;
use kpo_e2e::{content, dist, Browser, Server};

#[tokio::test(flavor = "current_thread")]
async fn the_first_step_reads_with_javascript_off() {
    let c = content();
    let server = Server::start(dist(), vec![]);
    let b = Browser::start(1280, 900).await;
    b.cdp(
        "Emulation.setScriptExecutionDisabled",
        serde_json::json!({ "value": true }),
    )
    .await;
    b.client.goto(&server.url("/")).await.unwrap();
    // Found through WebDriver's own DOM access: the page runs no script.
    let answer = b.client.find(Locator::Css(".short-answer")).await.unwrap();
    assert_eq!(answer.text().await.unwrap(), c.intro.short_answer);
    let heading = b
        .client
        .find(Locator::Css("h2.step-heading"))
        .await
        .unwrap();
    assert_eq!(heading.text().await.unwrap(), c.steps.intro.heading);
    let notes = b
        .client
        .find_all(Locator::Css(".kpo-fallback"))
        .await
        .unwrap();
    let mut shown = Vec::new();
    for n in notes {
        if n.is_displayed().await.unwrap() {
            shown.push(n.text().await.unwrap());
        }
    }
    assert_eq!(
        shown,
        vec![c.ui.wasm_failed.to_owned()],
        "exactly one note, the noscript one"
    );
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn blocked_webassembly_leaves_the_first_step_and_a_note() {
    let c = content();
    let server = Server::start(dist(), vec![]);
    let b = Browser::start(1280, 900).await;
    b.block(&["*.wasm"]).await;
    b.client.goto(&server.url("/")).await.unwrap();
    let note = b.wait_for(".kpo-fallback[role=note]:not([hidden])").await;
    assert_eq!(note.text().await.unwrap(), c.ui.wasm_failed);
    assert_eq!(
        b.client
            .find(Locator::Css(".short-answer"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
        c.intro.short_answer
    );
    // The controls stay unavailable, and now look it.
    assert_eq!(
        b.js("return document.querySelector('[data-prerendered]') === null")
            .await,
        true
    );
    assert_eq!(
        b.js(
            "return [...document.querySelectorAll('#kpo-explainer button')].every(x => x.getAttribute('aria-disabled') === 'true')"
        )
        .await,
        true
    );
    b.close().await;
}

/// boot.js is async and fallback.js deferred: the WebAssembly may fail
/// after the page is parsed but before fallback.js has run (it came 1.5 s
/// late here), and the note must show all the same. (It did not: boot.js
/// found parsing over and no fallback.js yet, and fallback.js, finding
/// boot.js had run, thought all was well.)
#[tokio::test(flavor = "current_thread")]
async fn the_note_shows_when_the_webassembly_fails_before_fallback_js_has_run() {
    let c = content();
    let dir = std::env::temp_dir().join(format!("kpo-late-fallback-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(dist()).unwrap().flatten() {
        let name = entry.file_name();
        // The page is rewritten below: its brotli copy would be stale.
        if entry.path().is_file() && name != "index.html.br" {
            std::fs::copy(entry.path(), dir.join(&name)).unwrap();
        }
    }
    let late = kpo_e2e::slow_file(
        std::fs::read(dist().join("fallback.js")).unwrap(),
        std::time::Duration::from_millis(1500),
    );
    let page = std::fs::read_to_string(dist().join("index.html")).unwrap();
    assert!(page.contains("src=fallback.js"), "the page's fallback.js");
    std::fs::write(
        dir.join("index.html"),
        page.replace("src=fallback.js", &format!("src={late}")),
    )
    .unwrap();
    let server = Server::start(dir.clone(), vec![]);
    let b = Browser::start(1280, 900).await;
    b.block(&["*.wasm"]).await;
    b.client.goto(&server.url("/")).await.unwrap();
    let note = b.wait_for(".kpo-fallback[role=note]:not([hidden])").await;
    assert_eq!(note.text().await.unwrap(), c.ui.wasm_failed);
    b.close().await;
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test(flavor = "current_thread")]
async fn every_prerendered_control_waits_and_the_live_app_replaces_it_without_a_shift() {
    let server = Server::start(dist(), vec![]);
    let b = Browser::start(1280, 900).await;
    // Layout shifts from the very start of the load.
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        serde_json::json!({ "source": "window.__cls = 0; new PerformanceObserver(l => { for (const e of l.getEntries()) \
            if (!e.hadRecentInput) window.__cls += e.value; }).observe({ type: 'layout-shift', buffered: true });" }),
    )
    .await;
    b.go_live(&server.url("/")).await;
    // The HTML as served: a pre-rendered first step whose every control is
    // marked unavailable until the app is live, and whose words are the
    // live app's.
    let check = b
        .js("return fetch('/index.html').then(r => r.text()).then(t => { \
               const d = new DOMParser().parseFromString(t, 'text/html'); \
               const pre = d.querySelector('#kpo-explainer .kpo'); \
               const live = document.querySelector('#kpo-explainer .kpo'); \
               const text = (root, sel) => [...root.querySelectorAll(sel)].map(e => e.textContent).join('|'); \
               return { buttons: pre.querySelectorAll('button').length, \
                        enabled: pre.querySelectorAll('button:not([aria-disabled=true])').length, \
                        same: ['.step-heading', '.short-answer', '.steps-list', '.reader-questions', '.step-nav'] \
                              .every(s => text(pre, s) === text(live, s)) }; })")
        .await;
    assert!(check["buttons"].as_u64().unwrap() > 5, "{check}");
    assert_eq!(
        check["enabled"], 0,
        "a pre-rendered control looks ready but is dead"
    );
    assert_eq!(
        check["same"], true,
        "the live app says something else than the pre-render"
    );
    // Two frames after going live, nothing has moved.
    let cls = b
        .js("return new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(window.__cls))))")
        .await;
    assert_eq!(cls.as_f64(), Some(0.0), "cumulative layout shift");
    b.close().await;
}

/// A press on a pre-rendered button while the WebAssembly is still on its
/// way (a block just inserted in WordPress's editor, a slow link) is
/// carried out once the app is live: the first click works.
#[tokio::test(flavor = "current_thread")]
async fn a_press_before_the_app_is_live_is_carried_out_when_it_is() {
    let c = content();
    let server = Server::start(dist(), vec![]);
    let b = Browser::start(1280, 900).await;
    b.cdp("Network.enable", serde_json::json!({})).await;
    // About 1.6 Mbit/s: the widget takes a second or two to arrive.
    b.cdp(
        "Network.emulateNetworkConditions",
        serde_json::json!({ "offline": false, "latency": 150, "downloadThroughput": 200_000, "uploadThroughput": 100_000 }),
    )
    .await;
    b.client.goto(&server.url("/")).await.unwrap();
    let early = b
        .js("const p = document.querySelector('[data-prerendered]'); \
             if (p) document.querySelector('#kpo-explainer .step-nav button:last-child').click(); \
             return p !== null")
        .await;
    assert_eq!(early, true, "the app was live before the press");
    b.wait_js(
        &format!(
            "(h => h && h.textContent === {})(document.querySelector('.kpo:not([data-prerendered]) .step-heading'))",
            serde_json::json!(c.steps.definitions.heading)
        ),
        "the press carried out once live",
    )
    .await;
    b.close().await;
}

/// The build fills in the step lists the scripts and the plugin carry: a
/// new step reaches them with nothing to copy by hand.
#[test]
fn the_build_lists_every_step_for_the_scripts_and_the_plugin() {
    let ids = serde_json::json!(kpo_content::Step::IDS).to_string();
    let read = |name| std::fs::read_to_string(kpo_e2e::dist().join(name)).unwrap();
    assert!(read("embed.js").contains(&ids), "embed.js lacks {ids}");
    assert_eq!(read("steps.json"), ids);
}
