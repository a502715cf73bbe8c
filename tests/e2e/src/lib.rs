//! Harness for the end-to-end tests: a static file server over loopback for
//! the release build in `dist/`, and headless Chromium driven through
//! chromedriver (WebDriver).
//!
//! Each test starts its own server and browser, so tests don't share state
//! and can run in parallel.

pub mod process;
pub mod wordpress;

use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::elements::Element;
use fantoccini::key::Key;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};

/// The English content, as the build wrote it for the widget, so tests
/// assert on the words a reader really sees.
pub fn content() -> kpo_content::Content {
    content_in("en")
}

/// The content in language `tag`, as the build wrote it.
pub fn content_in(tag: &str) -> kpo_content::Content {
    *kpo_explainer::content::Words::built(tag)
        .unwrap_or_else(|| panic!("the build has no content/{tag}.toml"))
        .content()
}

/// The step heading of the live widget: the page also ships a pre-rendered
/// copy (controls disabled) that is there before the WebAssembly runs.
pub const LIVE_HEADING: &str = ".kpo:not([data-prerendered]) .step-heading";

/// The release build the tests run against (`cargo xtask test` builds it).
pub fn dist() -> PathBuf {
    let dir = std::env::var_os("KPO_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../dist"));
    assert!(
        dir.join("index.html").is_file(),
        "no release build at {}: run `cargo xtask test`, which builds it with `trunk build --release` first",
        dir.display()
    );
    dir
}

/// Which snippet an [`article`] carries.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Snippet {
    Script,
    Frame,
    /// Both, the script-tag widget first, as an Author who pasted both
    /// would have them.
    Both,
    /// No widget: the same article, for comparison.
    None,
}

/// A blog article with a widget (the snippet exactly as "Embed this" gives
/// it) after `before` paragraphs (2 puts it in the first screen, 60 well
/// below it) and 30 paragraphs after, on a light or dark page, served on its
/// own origin.
pub fn article(widget: &Server, snippet: Snippet, before: usize, dark: bool) -> Server {
    let c = content();
    let (script, frame) = kpo_explainer::components::embed_panel::snippets(
        &widget.url("/"),
        c.meta.title,
        c.ui.embed_fallback,
        c.ui.open_in_new_tab,
        None,
    );
    let para = |i: usize| {
        format!("<p id=\"p{i}\">Paragraph {i} of the post, which argues that the outsourcing industry should move up to knowledge work, in a few more words to fill a line or two.</p>")
    };
    let (bg, fg) = if dark {
        ("#111418", "#e8e8e8")
    } else {
        ("#ffffff", "#222222")
    };
    let page = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>An article</title>\
         <style>body{{margin:0;background:{bg};color:{fg};font:18px/1.6 Georgia,serif}}\
         main{{max-width:650px;margin:0 auto;padding:16px}}</style></head>\
         <body><main><h1>Knowledge Process Outsourcing (KPO)</h1>{}{}<div id=\"after\">{}</div></main></body></html>",
        (0..before).map(para).collect::<String>(),
        match snippet {
            Snippet::Script => script,
            Snippet::Frame => frame,
            Snippet::Both => format!("{script}{frame}"),
            Snippet::None => String::new(),
        },
        (before..before + 30).map(para).collect::<String>(),
    );
    let dir = std::env::temp_dir().join(format!(
        "kpo-article-{}-{}-{snippet:?}-{before}-{dark}",
        std::process::id(),
        widget.addr.port()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), page).unwrap();
    Server::start(dir, vec![])
}

/// A copy of the release build published as `cargo xtask dist` publishes
/// it (the plugin zip, server headers, and with `base` the oEmbed files and
/// share tags), in a scratch folder of its own.
pub fn published(base: Option<&str>) -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static N: AtomicUsize = AtomicUsize::new(0);
    let out = std::env::temp_dir().join(format!(
        "kpo-published-{}-{}",
        std::process::id(),
        N.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).unwrap();
    for entry in std::fs::read_dir(dist()).unwrap().flatten() {
        if entry.path().is_file() {
            std::fs::copy(entry.path(), out.join(entry.file_name())).unwrap();
        }
    }
    let plugin = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../wordpress");
    kpo_site::publish::publish(&out, &plugin, base).unwrap_or_else(|e| panic!("publish: {e}"));
    out
}

/// The standalone page served from the release build, open in a fresh
/// 1280 × 900 browser at `path` (`"/"`, `"/#quiz"`) once the live app shows,
/// recording errors ([`Browser::errors`]).
pub async fn open_standalone(path: &str) -> (Server, Browser) {
    let server = Server::start(dist(), vec![]);
    let b = Browser::start(1280, 900).await;
    b.record_errors().await;
    b.go_live(&server.url(path)).await;
    (server, b)
}

/// A host page from `tests/e2e/pages/` on its own origin, with the widget
/// served cross-origin with CORS (as a correct deployment does), open in a
/// fresh 1280 × 900 browser, recording errors. Returns the widget's server,
/// the host's and the browser; what to wait for is the test's.
pub async fn open_host(page: &str) -> (Server, Server, Browser) {
    let widget = Server::start(dist(), vec![cors()]);
    let host = host_page(page, &widget);
    let b = Browser::start(1280, 900).await;
    b.record_errors().await;
    b.client.goto(&host.url("/")).await.unwrap();
    (widget, host, b)
}

/// The header a widget server sends so other origins may load its module
/// and wasm (see docs/embedding.md).
pub fn cors() -> (String, String) {
    ("Access-Control-Allow-Origin".to_owned(), "*".to_owned())
}

/// A host page from `tests/e2e/pages/`, with `{{WIDGET}}` replaced by the
/// widget's origin, served by its own server (so on its own origin, as a
/// blog is).
pub fn host_page(name: &str, widget: &Server) -> Server {
    host_page_with(name, widget, vec![])
}

/// [`host_page`], served with extra headers; `{{WIDGET}}` in a header's value
/// is replaced too.
pub fn host_page_with(name: &str, widget: &Server, headers: Vec<(String, String)>) -> Server {
    host_page_with_files(name, widget, headers, &[])
}

/// [`host_page_with`], with files served beside the page: each `(name,
/// source)` copied in.
pub fn host_page_with_files(
    name: &str,
    widget: &Server,
    headers: Vec<(String, String)>,
    files: &[(&str, &Path)],
) -> Server {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("pages")
        .join(name);
    let page = std::fs::read_to_string(&source)
        .unwrap_or_else(|e| panic!("{}: {e}", source.display()))
        .replace("{{WIDGET}}", &widget.url(""))
        .replace("{{HUGE}}", &"ÿ&lt;&amp;&gt;&quot;".repeat(20_000))
        .replace("{{LONGNAME}}", &"x".repeat(2_000));
    let dir = std::env::temp_dir().join(format!(
        "kpo-host-{}-{}-{}",
        std::process::id(),
        widget.addr.port(),
        name.trim_end_matches(".html")
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), page).unwrap();
    for (file, source) in files {
        std::fs::copy(source, dir.join(file))
            .unwrap_or_else(|e| panic!("{}: {e}", source.display()));
    }
    let headers = headers
        .into_iter()
        .map(|(k, v)| (k, v.replace("{{WIDGET}}", &widget.url(""))))
        .collect();
    Server::start(dir, headers)
}

/// Serves one file, each request answered only after `delay`: a script
/// that arrives late, as on a loaded machine or a slow link.
pub fn slow_file(body: Vec<u8>, delay: Duration) -> String {
    use std::io::{Read, Write};
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let body = body.clone();
            std::thread::spawn(move || {
                let mut stream = stream;
                let mut buf = [0u8; 4096];
                let _ = stream.read(&mut buf);
                std::thread::sleep(delay);
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: text/javascript\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                    body.len()
                );
                let _ = stream.write_all(head.as_bytes());
                let _ = stream.write_all(&body);
            });
        }
    });
    format!("http://{addr}/embed.js")
}

/// A dark page with the iframe snippet whose embed.js comes `late`, on its
/// own origin. The page notes, on every frame it paints, whether the
/// widget's frame is visible, whether it was told the page is dark, and
/// whether embed.css had reached it yet, and whether embed.js had
/// (`window.__seen`), from its first frame on, in any engine.
pub fn dark_page_with_late_embed_js(widget: &Server, late: Duration) -> Server {
    let delay = late.as_millis();
    let late = slow_file(std::fs::read(dist().join("embed.js")).unwrap(), late);
    let c = content();
    let (_, frame) = kpo_explainer::components::embed_panel::snippets(
        &widget.url("/"),
        c.meta.title,
        c.ui.embed_fallback,
        c.ui.open_in_new_tab,
        None,
    );
    let frame = frame.replace(&format!("{}embed.js", widget.url("/")), &late);
    let dir = std::env::temp_dir().join(format!(
        "kpo-dark-host-{}-{}-{}",
        std::process::id(),
        widget.addr.port(),
        delay
    ));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("index.html"),
        format!(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Dark</title>\
             <script>window.__seen = []; let styled = false; (function look() {{ const f = document.querySelector('iframe'); \
             if (f) {{ const s = getComputedStyle(f); styled = styled || s.animationName === 'kpo-show'; \
             window.__seen.push([s.visibility, f.src.includes('theme=dark'), styled, !!f.__kpoExplainer]); }} \
             if (window.__seen.length < 2000) requestAnimationFrame(look); }})();</script>\
             <style>body{{background:#111418;color:#e8e8e8}}</style></head><body><p>Before.</p>{frame}</body></html>"
        ),
    )
    .unwrap();
    Server::start(dir, vec![])
}

/// Opens [`dark_page_with_late_embed_js`] and waits until the frame shows,
/// dark; asserts it waited hidden first, was never seen before it knew the
/// page is dark, and that the widget inside is dark.
///
/// Firefox, as the HTML standard has it, does not hold the page's first
/// paint for a stylesheet linked in the body, as the snippet's embed.css
/// is (Chromium and WebKit do, and there no frame may come before it). So
/// in Firefox the frame is visible for the page's first few frames; there
/// the frame's own first page must have painted nothing by the time it has
/// loaded, still waiting for embed.js: its Paint Timing has no
/// `first-contentful-paint`. (With embed.css held back 1.5 s, that entry is
/// there, at 77 ms, and the light widget shows on the dark page.)
pub async fn assert_dark_from_the_first_frame(b: &Browser, page: &Server) {
    if b.engine == Engine::Firefox {
        // Not `goto`, which returns after the load event, which waits for
        // embed.js, which replaces the frame's first page.
        b.start_loading(&page.url("/")).await;
        b.wait_js(
            "document.querySelector('iframe[data-kpo-explainer-frame]')",
            "the host page",
        )
        .await;
        b.client.enter_frame(0).await.unwrap();
        b.wait_js(
            "location.href.includes('embed=1') && document.readyState === 'complete'",
            "the frame's first page, loaded",
        )
        .await;
        // A moment for a paint that would follow the load.
        b.js("return new Promise(r => setTimeout(r, 150))").await;
        let (href, types, paints): (String, Vec<String>, Vec<(String, f64)>) =
            serde_json::from_value(
                b.js(
                    "return [location.href, PerformanceObserver.supportedEntryTypes, \
                      performance.getEntriesByType('paint').map(e => [e.name, e.startTime])]",
                )
                .await,
            )
            .unwrap();
        b.client.enter_parent_frame().await.unwrap();
        assert!(
            types.iter().any(|t| t == "paint"),
            "Firefox no longer reports Paint Timing, so what the frame painted can't be seen: {types:?}"
        );
        assert!(
            !href.contains("theme="),
            "embed.js came before the frame's first page could be looked at: {href}"
        );
        assert!(
            paints.is_empty(),
            "Firefox: the frame painted its page before embed.css hid it, \
             before it knew the page is dark: {paints:?}"
        );
    } else {
        b.goto(&page.url("/")).await;
    }
    b.wait_js(
        "window.__seen.some(([v, dark]) => v === 'visible' && dark)",
        "the frame shown, dark",
    )
    .await;
    let all: Vec<(String, bool, bool, bool)> =
        serde_json::from_value(b.js("return window.__seen").await).unwrap();
    let before_css = all.iter().take_while(|(_, _, styled, _)| !styled).count();
    if b.engine != Engine::Firefox {
        assert_eq!(
            before_css, 0,
            "{:?}: painted before embed.css arrived",
            b.engine
        );
    }
    let seen: Vec<(String, bool)> = all[before_css..]
        .iter()
        .map(|(v, dark, _, _)| (v.clone(), *dark))
        .collect();
    let hidden = seen.iter().filter(|(v, _)| v == "hidden").count();
    // In order, as runs: "hidden light ×40, visible dark ×12".
    let mut runs: Vec<(String, usize)> = Vec::new();
    for (v, dark) in &seen {
        let what = format!("{v} {}", if *dark { "dark" } else { "light" });
        match runs.last_mut() {
            Some((last, n)) if *last == what => *n += 1,
            _ => runs.push((what, 1)),
        }
    }
    let runs: Vec<String> = runs.iter().map(|(w, n)| format!("{w} ×{n}")).collect();
    let runs = runs.join(", ");
    println!(
        "{:?}: {before_css} painted frames before embed.css (the widget's frame painted nothing in them), then {runs}",
        b.engine
    );
    assert!(
        hidden > 0,
        "{:?}: embed.js came late, yet the frame was never waiting: {runs}",
        b.engine
    );
    assert!(
        !seen.iter().any(|(v, dark)| v == "visible" && !dark),
        "{:?}: the frame was seen before it knew the page is dark: {runs}",
        b.engine
    );
    b.client.enter_frame(0).await.unwrap();
    b.wait_for(LIVE_HEADING).await;
    assert_eq!(
        b.js("return document.querySelector('.kpo').dataset.theme")
            .await,
        "dark",
        "{:?}",
        b.engine
    );
    b.client.enter_parent_frame().await.unwrap();
}

/// Whether the widget in the current document (or frame) is drawn dark or
/// light: its background's luminance, what a reader sees, whatever
/// attribute put it there.
pub const DRAWN_THEME: &str = "const c = getComputedStyle(document.querySelector('.kpo')).backgroundColor.match(/[\\d.]+/g).map(Number); \
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2] < 128 ? 'dark' : 'light'";

pub use kpo_site::serve::{gzip_bytes, Request, Server};

/// What a reader may download, agreed in the performance issue and checked
/// on the release build by the test suite (sizes are deterministic) and by
/// `cargo xtask bench`.
pub mod budget {
    use std::path::Path;

    /// Files a reader's browser fetches on the first load of any language's
    /// standalone page, besides the page and its words ([`first_load`]).
    pub const SHARED: &[&str] = &[
        "boot.js",
        "fallback.js",
        "kpo-explainer.js",
        "kpo-explainer_bg.wasm",
        "main.css",
    ];
    /// The first load's budget for each language, on the wire as the
    /// browser counts it: the bodies as the server sends them (the build's
    /// brotli copies, `<file>.br`) and every response's headers.
    pub const FIRST_LOAD_KIB: f64 = 105.0;
    /// At most this many requests on a first load, the page's own included,
    /// and none of them twice.
    pub const FIRST_LOAD_REQUESTS: usize = 7;
    /// What one response's headers may take, for the budget where no page
    /// is loaded ([`brotli_size`]); the tests' server sends about 250
    /// bytes, and a browser loading the page counts the real figure.
    pub const HEADER_BYTES: usize = 400;

    /// Everything a reader of language `tag` downloads first: its page, its
    /// words and [`SHARED`]. No other language's words.
    pub fn first_load(tag: &str) -> Vec<String> {
        [format!("index.{tag}.html"), format!("content.{tag}.txt")]
            .into_iter()
            .chain(SHARED.iter().map(|s| (*s).to_owned()))
            .collect()
    }

    /// The languages the build has (from its `languages.json`), the default
    /// first.
    pub fn languages(dir: &Path) -> Vec<String> {
        let path = dir.join("languages.json");
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let list: Vec<serde_json::Value> = serde_json::from_str(&text).expect("languages.json");
        list.iter()
            .map(|l| l["tag"].as_str().expect("a tag").to_owned())
            .collect()
    }
    /// `embed.js`, which every page with a script-tag embed loads, brotli.
    pub const EMBED_JS_KIB: f64 = 3.0;

    /// The size of the build's brotli copies of `files` in `dir`, in bytes.
    pub fn brotli_size(dir: &Path, files: &[impl AsRef<str>]) -> usize {
        files
            .iter()
            .map(|f| {
                let path = dir.join(format!("{}.br", f.as_ref()));
                std::fs::metadata(&path)
                    .unwrap_or_else(|e| {
                        panic!("{}: {e} (a release build writes it)", path.display())
                    })
                    .len() as usize
            })
            .sum()
    }

    /// The gzipped size of `files` in `dir`, in bytes.
    pub fn gzip_size(dir: &Path, files: &[impl AsRef<str>]) -> usize {
        files
            .iter()
            .map(|f| {
                let f = f.as_ref();
                let bytes = std::fs::read(dir.join(f))
                    .unwrap_or_else(|e| panic!("{}: {e}", dir.join(f).display()));
                super::gzip_bytes(&bytes).len()
            })
            .sum()
    }
}

/// Brotli at the highest quality, for the size table.
pub fn brotli_len(bytes: &[u8]) -> usize {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut std::io::Cursor::new(bytes), &mut out, &params)
        .expect("brotli in memory");
    out.len()
}

/// A browser engine the end-to-end tests run in. Chromium runs every test;
/// Firefox and WebKit run the smoke journey in `tests/engines.rs` and what
/// it names (docs/browsers.md).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// Debian's Chromium through chromedriver (`CHROMEDRIVER`).
    Chromium,
    /// Debian's Firefox ESR through geckodriver (`GECKODRIVER`, `FIREFOX`).
    Firefox,
    /// WebKitGTK's MiniBrowser through WebKitWebDriver (`WEBKITWEBDRIVER`,
    /// `MINIBROWSER`), in an Xvfb display of its own: it has no headless
    /// mode.
    WebKit,
}

/// A free TCP port on loopback.
pub(crate) fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Waits until something listens on `port`, failing after 20 s.
async fn await_listening(port: u16, what: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            Instant::now() < deadline,
            "{what} did not listen on port {port}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// A program's path: from `var` when set, else `default`.
fn program(var: &str, default: &str) -> String {
    std::env::var(var).unwrap_or_else(|_| default.to_owned())
}

/// A browser through its own WebDriver server, headless, closed on drop:
/// the driver is killed with every process it started (the browser and its
/// helpers), so is the X server a WebKit browser draws in, and the profile
/// is removed (see [`process`]).
pub struct Browser {
    pub client: Client,
    pub engine: Engine,
    driver: process::Group,
    /// The Xvfb server WebKit draws in.
    display: Option<process::Group>,
    /// The browser's profile, ours rather than one the driver makes, which
    /// only it would remove and only when the session is closed.
    profile: PathBuf,
    /// Outside Chromium: whether [`Browser::goto`] installs the error
    /// recorder in each page it loads ([`Browser::record_errors`]).
    recording: std::cell::Cell<bool>,
}

impl Browser {
    /// Starts chromedriver on a free port and opens a session in headless
    /// Chromium with a window `width` × `height` CSS pixels.
    pub async fn start(width: u32, height: u32) -> Browser {
        Browser::start_in(Engine::Chromium, width, height, None).await
    }

    /// Opens a session in `engine`, headless, `width` × `height` CSS pixels
    /// (Chromium emulates any width; Firefox's profile lets its window go
    /// down to 320, WebKit's MiniBrowser no lower than about 450), reporting
    /// `prefers-color-scheme: dark` or `light` when `scheme` says (WebKit
    /// follows its system's, light here).
    pub async fn start_in(
        engine: Engine,
        width: u32,
        height: u32,
        scheme: Option<&str>,
    ) -> Browser {
        let port = free_port();
        let profile = std::env::temp_dir().join(format!("kpo-{engine:?}-{port}").to_lowercase());
        let _ = std::fs::remove_dir_all(&profile);
        let mut display = None;
        let (driver, caps) = match engine {
            Engine::Chromium => {
                let path = program("CHROMEDRIVER", "chromedriver");
                let driver = process::Group::spawn(
                    Command::new(&path)
                        .arg(format!("--port={port}"))
                        .stdout(Stdio::null())
                        .stderr(Stdio::null()),
                    &path,
                );
                (driver, chromium_caps(width, height, &profile))
            }
            Engine::Firefox => {
                let path = program("GECKODRIVER", "geckodriver");
                let driver = process::Group::spawn(
                    Command::new(&path)
                        .args(["--port", &port.to_string(), "--log", "fatal"])
                        .stdout(Stdio::null())
                        .stderr(Stdio::null()),
                    &path,
                );
                (driver, firefox_caps(width, height, &profile, scheme))
            }
            Engine::WebKit => {
                let (xvfb, name) = xvfb();
                display = Some(xvfb);
                let path = program("WEBKITWEBDRIVER", "WebKitWebDriver");
                let driver = process::Group::spawn(
                    Command::new(&path)
                        .arg(format!("--port={port}"))
                        .env("DISPLAY", name)
                        .stdout(Stdio::null())
                        .stderr(Stdio::null()),
                    &path,
                );
                (driver, webkit_caps())
            }
        };
        await_listening(port, &format!("{engine:?}'s WebDriver server")).await;
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        let client = ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
            .unwrap_or_else(|e| panic!("open a WebDriver session in {engine:?}: {e}"));
        let browser = Browser {
            client,
            engine,
            driver,
            display,
            profile,
            recording: std::cell::Cell::new(false),
        };
        if engine == Engine::Chromium {
            // Windows have a minimum width (about 500 px); emulating the
            // viewport gives a true 320 px phone.
            browser
                .cdp(
                    "Emulation.setDeviceMetricsOverride",
                    serde_json::json!({
                        "width": width, "height": height,
                        "deviceScaleFactor": 1, "mobile": width < 600
                    }),
                )
                .await;
            if let Some(scheme) = scheme {
                browser.color_scheme(scheme).await;
            }
        } else {
            browser.viewport(width, height).await;
            if let Some(scheme) = scheme {
                // Firefox's from its preference; WebKit's, its system's.
                let dark = browser
                    .js("return matchMedia('(prefers-color-scheme: dark)').matches")
                    .await;
                assert_eq!(
                    dark,
                    (scheme == "dark"),
                    "{engine:?} can't be made to report {scheme}"
                );
            }
        }
        browser
    }

    /// Outside Chromium (which emulates it): sizes the window so that its
    /// viewport is `width` × `height`; fails if the window won't.
    pub async fn viewport(&self, width: u32, height: u32) {
        let (w, h) = (i64::from(width), i64::from(height));
        let mut size = (w, h);
        // Three rounds at most: the first learns the window's frame around
        // the page. A window takes its size a moment after the driver
        // answers (WebKit's), so each round waits up to a second for it.
        for _ in 0..3 {
            self.client
                .set_window_size(size.0 as u32, size.1 as u32)
                .await
                .unwrap_or_else(|e| panic!("{:?}: set the window's size: {e}", self.engine));
            let mut inner = (0, 0);
            for _ in 0..40 {
                let v = self.js("return [innerWidth, innerHeight]").await;
                inner = (v[0].as_i64().unwrap(), v[1].as_i64().unwrap());
                if inner == (w, h) {
                    return;
                }
                tokio::time::sleep(Duration::from_millis(25)).await;
            }
            size = (size.0 + w - inner.0, size.1 + h - inner.1);
        }
        let inner = self.js("return [innerWidth, innerHeight]").await;
        panic!(
            "{:?}: asked for a {width} × {height} viewport, got {inner}",
            self.engine
        );
    }

    /// Waits (on the DOM, not the clock) until `css` matches, then returns it.
    pub async fn wait_for(&self, css: &str) -> fantoccini::elements::Element {
        self.client
            .wait()
            .at_most(Duration::from_secs(20))
            .for_element(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css:?} never appeared: {e}"))
    }

    /// Waits (on the DOM) until a JavaScript expression is truthy, failing
    /// with `what` after 20 s.
    pub async fn wait_js(&self, expression: &str, what: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        let script = format!("try {{ return !!({expression}); }} catch (e) {{ return false; }}");
        loop {
            if self.js(&script).await.as_bool() == Some(true) {
                return;
            }
            if Instant::now() >= deadline {
                // What the page had fetched and logged, to tell a stalled
                // request from a script error.
                let fetched = self
                    .js("return performance.getEntriesByType('resource').map(e => e.name)")
                    .await;
                let errors = self.console_errors().await;
                panic!(
                    "timed out waiting for {what}: {expression}\n\
                     fetched: {fetched}\nconsole errors: {errors:?}"
                );
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }

    /// Runs JavaScript and returns its result.
    pub async fn js(&self, script: &str) -> serde_json::Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// The element with focus.
    pub async fn focused(&self) -> Element {
        self.client
            .active_element()
            .await
            .expect("an active element")
    }

    /// The accessible role and name Chromium computes for an element, as a
    /// screen reader would get them.
    pub async fn role_and_name(&self, el: &Element) -> (String, String) {
        let id = el.element_id().to_string();
        let get = |what: &'static str| {
            let id = id.clone();
            async move {
                self.client
                    .issue_cmd(Wd {
                        path: format!("element/{id}/{what}"),
                        body: None,
                    })
                    .await
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_owned))
                    .unwrap_or_default()
            }
        };
        (get("computedrole").await, get("computedlabel").await)
    }

    /// Presses a key, through WebDriver's input actions: a real key press
    /// that goes to whatever has focus, as a keyboard's would.
    pub async fn press(&self, key: Key) {
        self.chord(&[key]).await;
    }

    /// Holds down `keys` in order, then lets go of them in reverse.
    pub async fn chord(&self, keys: &[Key]) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let mut actions = KeyActions::new("keyboard".to_owned());
        for k in keys {
            actions = actions.then(KeyAction::Down { value: (*k).into() });
        }
        for k in keys.iter().rev() {
            actions = actions.then(KeyAction::Up { value: (*k).into() });
        }
        self.client
            .perform_actions(actions)
            .await
            .expect("press keys");
    }

    /// Presses Tab (or Shift+Tab with `back`) until focus reaches the
    /// control with this role and accessible name, and returns it.
    pub async fn tab_to(&self, role: &str, name: &str, back: bool) -> Element {
        let mut seen = Vec::new();
        for _ in 0..120 {
            if back {
                self.chord(&[Key::Shift, Key::Tab]).await;
            } else {
                self.press(Key::Tab).await;
            }
            let el = self.focused().await;
            let (r, n) = self.role_and_name(&el).await;
            if r == role && n == name {
                return el;
            }
            seen.push(format!("{r} {n:?}"));
        }
        panic!("no {role} named {name:?} within 120 presses; focus went through: {seen:#?}");
    }

    /// Waits until the focused element has this role and accessible name
    /// (Yew renders after the event that caused it, so focus moves a moment
    /// after a key press returns), failing after 10 s.
    pub async fn expect_focus(&self, role: &str, name: &str) {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let (r, n) = self.role_and_name(&self.focused().await).await;
            if r == role && n == name {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "focus is on {r} {n:?}, expected {role} {name:?}"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// Runs a Chrome DevTools Protocol command through chromedriver (only
    /// Chromium has it).
    pub async fn cdp(&self, cmd: &str, params: serde_json::Value) -> serde_json::Value {
        assert_eq!(
            self.engine,
            Engine::Chromium,
            "CDP ({cmd}) is Chromium's alone"
        );
        self.client
            .issue_cmd(Wd {
                path: "goog/cdp/execute".to_owned(),
                body: Some(serde_json::json!({ "cmd": cmd, "params": params })),
            })
            .await
            .unwrap_or_else(|e| panic!("CDP {cmd} failed: {e}"))
    }

    /// From now on, fails every request whose URL matches one of `patterns`
    /// (`*` any run of characters), as a blocker or a failed fetch would.
    pub async fn block(&self, patterns: &[&str]) {
        self.cdp("Network.enable", serde_json::json!({})).await;
        self.cdp(
            "Network.setBlockedURLs",
            serde_json::json!({ "urls": patterns }),
        )
        .await;
    }

    /// A PNG of the whole page, not just the viewport.
    pub async fn full_page_png(&self) -> Vec<u8> {
        use base64::Engine;
        let metrics = self
            .cdp("Page.getLayoutMetrics", serde_json::json!({}))
            .await;
        let size = &metrics["cssContentSize"];
        let (w, h) = (
            size["width"].as_f64().unwrap(),
            size["height"].as_f64().unwrap(),
        );
        let shot = self
            .cdp(
                "Page.captureScreenshot",
                serde_json::json!({
                    "captureBeyondViewport": true,
                    "clip": { "x": 0, "y": 0, "width": w, "height": h, "scale": 1 }
                }),
            )
            .await;
        base64::engine::general_purpose::STANDARD
            .decode(shot["data"].as_str().unwrap())
            .unwrap()
    }

    /// Loads `url` and waits until the live app (not the pre-render) shows.
    pub async fn go_live(&self, url: &str) {
        self.goto(url).await;
        self.wait_for(LIVE_HEADING).await;
    }

    /// Loads `step` afresh (a new document, so it starts at its top) and
    /// waits until the live app, not the pre-render, shows it.
    pub async fn open_step(&self, server: &Server, step: kpo_content::Step) {
        self.open_step_in(server, "index.html", step).await;
    }

    /// [`Browser::open_step`] on a given page (`index.fil.html`: Filipino).
    pub async fn open_step_in(&self, server: &Server, page: &str, step: kpo_content::Step) {
        self.client.goto("about:blank").await.unwrap();
        let url = server.url(&format!("/{page}#{}", step.id()));
        self.client.goto(&url).await.unwrap();
        let live = format!(".kpo:not([data-prerendered])[data-step={}]", step.id());
        self.wait_for(&live).await;
    }

    /// In the page's first iframe: moves the live widget to `step` through
    /// its list of steps, waits until it shows that step, and comes back
    /// out to the page.
    pub async fn frame_to(&self, step: kpo_content::Step) {
        self.client.enter_frame(0).await.unwrap();
        self.wait_for(LIVE_HEADING).await;
        let click = format!(
            "document.querySelectorAll('.steps-list button')[{}].click()",
            step.index()
        );
        self.js(&click).await;
        let shown = format!(
            "document.querySelector('.kpo').dataset.step === '{}'",
            step.id()
        );
        self.wait_js(&shown, step.id()).await;
        self.client.enter_parent_frame().await.unwrap();
    }

    /// The first frame's height in the host page, and (inside the frame)
    /// whether it scrolls and how tall its content is (-1 before its page
    /// has loaded).
    pub async fn frame_state(&self) -> (f64, bool, f64) {
        let outer = self
            .js("return document.querySelector('iframe').getBoundingClientRect().height")
            .await;
        self.client.enter_frame(0).await.unwrap();
        let inner = self
            .js("const d = document.documentElement, w = document.getElementById('kpo-explainer'); \
                 return [d.scrollHeight > innerHeight || d.scrollWidth > innerWidth, w ? w.getBoundingClientRect().height : -1]")
            .await;
        self.client.enter_parent_frame().await.unwrap();
        (
            outer.as_f64().unwrap(),
            inner[0].as_bool().unwrap(),
            inner[1].as_f64().unwrap(),
        )
    }

    /// Waits until the first frame's height is its content's, rounded up,
    /// with no scrollbar, and returns it.
    pub async fn settled_height(&self) -> f64 {
        for _ in 0..400 {
            let (outer, scrolls, content) = self.frame_state().await;
            if outer == content.ceil() && !scrolls {
                return outer;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!(
            "the frame never fitted its content: {:?}",
            self.frame_state().await
        );
    }

    /// Answers the current quiz question with the option at `index` (in
    /// display order) by clicking, checks it and moves on.
    pub async fn answer_by_click(&self, index: usize) {
        let options = self
            .client
            .find_all(Locator::Css(".option input"))
            .await
            .unwrap();
        options[index].click().await.unwrap();
        self.wait_for(".quiz-actions .check")
            .await
            .click()
            .await
            .unwrap();
        self.wait_for(".explanation").await;
        self.wait_for(".quiz-actions .primary")
            .await
            .click()
            .await
            .unwrap();
    }

    /// Starts loading `url` and returns at once, not after its load event
    /// (which waits for every deferred script), so a test can look at the
    /// page while it is still loading.
    pub async fn start_loading(&self, url: &str) {
        self.goto("about:blank").await;
        self.js(&format!(
            "setTimeout(() => location.href = {}, 0)",
            serde_json::json!(url)
        ))
        .await;
    }

    /// Loads `url`; outside Chromium, then installs the error recorder if
    /// [`Browser::record_errors`] asked for it.
    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.unwrap();
        if self.recording.get() {
            self.record_errors_here().await;
        }
    }

    /// From the next page load on, records uncaught errors, unhandled
    /// rejections and `console.error` calls in `window.__errors`. Outside
    /// Chromium, whose drivers can't add a script to every new document
    /// here, only from when [`Browser::goto`] has loaded a page: an error
    /// while the page loads shows as a widget that never goes live.
    pub async fn record_errors(&self) {
        if self.engine != Engine::Chromium {
            self.recording.set(true);
            return;
        }
        self.cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            serde_json::json!({ "source": RECORD_ERRORS }),
        )
        .await;
    }

    /// Errors on the top page's console since the last call (chromedriver's
    /// log), failed loads included, which [`Browser::record_errors`] can't
    /// see. Chromedriver does not relay a cross-origin frame's console
    /// (checked: a sandboxed frame's CORS failures were missing), so a frame
    /// needs [`Browser::record_errors_here`]. Empty outside Chromium, whose
    /// drivers have no log to read.
    pub async fn console_errors(&self) -> Vec<String> {
        if self.engine != Engine::Chromium {
            return Vec::new();
        }
        let log = self
            .client
            .issue_cmd(Wd {
                path: "se/log".to_owned(),
                body: Some(serde_json::json!({ "type": "browser" })),
            })
            .await
            .unwrap_or_else(|e| panic!("chromedriver's browser log: {e}"));
        log.as_array()
            .unwrap_or(&Vec::new())
            .iter()
            .filter(|e| e["level"] == "SEVERE")
            .map(|e| e["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// From now on, records errors in the current document (or frame) in
    /// `window.__errors`, as [`Browser::record_errors`] does from the start of
    /// a load: for a cross-origin frame, where that can't reach.
    pub async fn record_errors_here(&self) {
        self.js(&format!("{RECORD_ERRORS} return true;")).await;
    }

    /// What [`Browser::record_errors`] caught on this page.
    pub async fn errors(&self) -> Vec<String> {
        self.js("return window.__errors || ['the error recorder is missing']")
            .await
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap_or_default().to_owned())
            .collect()
    }

    /// Runs axe-core on the current document (or frame) once running
    /// transitions have finished (mid-fade colours are not what a reader
    /// reads; a layout flush first, so transitions due to start have), and
    /// returns each violation as `rule: help (first nodes)`.
    pub async fn axe(&self) -> Vec<String> {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("node_modules/axe-core/axe.min.js");
        let source = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            panic!(
                "{}: {e}; `cargo xtask setup` installs axe-core",
                path.display()
            )
        });
        self.js(&format!("if (!window.axe) {{ {source} }} return true;"))
            .await;
        let result = self
            .js("return axe.run(document, { resultTypes: ['violations'] }).then(r => r.violations.map(v =>                  v.id + ': ' + v.help + ' (' + v.nodes.slice(0, 3).map(n => n.target.join(' > ')).join(', ') + ')'))")
            .await;
        result
            .as_array()
            .unwrap_or_else(|| panic!("axe returned {result}"))
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect()
    }

    /// Makes the page report `prefers-color-scheme: dark` (or light).
    pub async fn color_scheme(&self, scheme: &str) {
        self.cdp(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "features": [{ "name": "prefers-color-scheme", "value": scheme }] }),
        )
        .await;
    }

    /// Ends the session (chromedriver quits Chromium), then stops
    /// chromedriver; dropping the browser without this kills them both.
    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

/// chromedriver's capabilities for headless Chromium.
fn chromium_caps(
    width: u32,
    height: u32,
    profile: &Path,
) -> serde_json::Map<String, serde_json::Value> {
    let mut caps = serde_json::Map::new();
    // The browser's console, every frame's, for Browser::console_errors.
    caps.insert(
        "goog:loggingPrefs".to_owned(),
        serde_json::json!({ "browser": "ALL" }),
    );
    // Tests run two browsers at once; headless Chromium counts one as
    // hidden behind the other and stops its animation frames, which a
    // reader's visible page never does (embed.js starts a widget after
    // the page's first frame).
    caps.insert(
        "goog:chromeOptions".to_owned(),
        serde_json::json!({
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic",
                "--disable-backgrounding-occluded-windows",
                format!("--window-size={width},{height}"),
                format!("--user-data-dir={}", profile.display())
            ]
        }),
    );
    caps
}

/// geckodriver's capabilities for headless Firefox, in a profile of ours
/// whose window may be as narrow as a phone (headless Firefox keeps a
/// desktop window's 500 px minimum otherwise).
fn firefox_caps(
    width: u32,
    height: u32,
    profile: &Path,
    scheme: Option<&str>,
) -> serde_json::Map<String, serde_json::Value> {
    std::fs::create_dir_all(profile.join("chrome")).unwrap();
    std::fs::write(
        profile.join("chrome/userChrome.css"),
        "#main-window, :root { min-width: 0 !important; min-height: 0 !important; }\n",
    )
    .unwrap();
    let mut prefs = serde_json::json!({
        "toolkit.legacyUserProfileCustomizations.stylesheets": true,
        "app.update.enabled": false,
        "browser.shell.checkDefaultBrowser": false,
        "datareporting.policy.dataSubmissionEnabled": false,
        "network.dns.disableIPv6": true,
    });
    if let Some(scheme) = scheme {
        // 0 dark, 1 light: what pages see for prefers-color-scheme.
        prefs["layout.css.prefers-color-scheme.content-override"] =
            serde_json::json!(if scheme == "dark" { 0 } else { 1 });
    }
    let mut caps = serde_json::Map::new();
    caps.insert(
        "moz:firefoxOptions".to_owned(),
        serde_json::json!({
            "binary": program("FIREFOX", "/usr/bin/firefox-esr"),
            "args": ["-headless", "-profile", profile.display().to_string(),
                     format!("--width={width}"), format!("--height={height}")],
            "prefs": prefs,
        }),
    );
    caps
}

/// WebKitWebDriver's capabilities: Debian's MiniBrowser (WebKitGTK's).
fn webkit_caps() -> serde_json::Map<String, serde_json::Value> {
    let binary = std::env::var("MINIBROWSER").unwrap_or_else(|_| {
        ["x86_64-linux-gnu", "aarch64-linux-gnu", "i386-linux-gnu"]
            .iter()
            .map(|arch| format!("/usr/lib/{arch}/webkit2gtk-4.1/MiniBrowser"))
            .find(|p| Path::new(p).is_file())
            .unwrap_or_else(|| {
                panic!("no WebKitGTK MiniBrowser; `cargo xtask setup` installs webkit2gtk-driver")
            })
    });
    let mut caps = serde_json::Map::new();
    caps.insert(
        "webkitgtk:browserOptions".to_owned(),
        serde_json::json!({ "binary": binary, "args": ["--automation"] }),
    );
    caps
}

/// Starts an X server of its own for a WebKit browser on a display number
/// it chooses itself (so tests in parallel never collide) and returns it
/// with the display's name once it accepts clients.
fn xvfb() -> (process::Group, String) {
    use std::io::BufRead;
    let path = program("XVFB", "Xvfb");
    let mut group = process::Group::spawn(
        Command::new(&path)
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1920x1200x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null()),
        &path,
    );
    let mut line = String::new();
    std::io::BufReader::new(group.take_stdout().unwrap())
        .read_line(&mut line)
        .unwrap();
    let number: u32 = line
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("Xvfb did not say its display: {line:?}"));
    (group, format!(":{number}"))
}

impl Drop for Browser {
    fn drop(&mut self) {
        self.driver.stop();
        if let Some(display) = &mut self.display {
            display.stop();
        }
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

/// Records uncaught errors, unhandled rejections and `console.error` calls
/// in `window.__errors`.
const RECORD_ERRORS: &str = "window.__errors = []; \
    addEventListener('error', e => __errors.push('error: ' + e.message)); \
    addEventListener('unhandledrejection', e => __errors.push('rejection: ' + e.reason)); \
    const ce = console.error; console.error = (...a) => { __errors.push('console: ' + a.join(' ')); ce(...a); };";

/// A WebDriver endpoint fantoccini has no method for: `path` is below
/// `/session/{id}/`, with a JSON body for POST.
#[derive(Debug)]
struct Wd {
    path: String,
    body: Option<serde_json::Value>,
}

impl WebDriverCompatibleCommand for Wd {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/{}",
            session.unwrap_or_default(),
            self.path
        ))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        match &self.body {
            Some(body) => (http::Method::POST, Some(body.to_string())),
            None => (http::Method::GET, None),
        }
    }
}
