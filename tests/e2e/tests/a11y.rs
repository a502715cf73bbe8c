//! axe-core finds no violation on any step or quiz state, in light and
//! dark, at 320 px and 1280 px, standalone and embedded both ways; in
//! Firefox too, standalone and in a frame, and in WebKit as far as it goes.

use kpo_content::Step;
use kpo_e2e::{content, cors, dist, host_page, Browser, Engine, Server};

#[derive(Clone, Copy, Debug)]
enum Mode {
    Standalone,
    Script,
    Frame,
}

/// JavaScript for the widget's root in each mode (the frame's document once
/// the driver has entered it).
fn root(mode: Mode) -> &'static str {
    match mode {
        Mode::Script => "document.getElementById('w').shadowRoot",
        Mode::Standalone | Mode::Frame => "document",
    }
}

/// Audits every state in one mode, width and colour scheme; returns the
/// violations, each labelled with where it was found.
async fn audit(
    engine: Engine,
    mode: Mode,
    width: u32,
    scheme: &str,
    widget: &Server,
    host: &Server,
    page: &str,
) -> Vec<String> {
    let c = content();
    let b = Browser::start_in(engine, width, 900, Some(scheme)).await;
    let url = match mode {
        Mode::Standalone => widget.url(page),
        Mode::Script | Mode::Frame => host.url("/"),
    };
    b.client.goto(&url).await.unwrap();
    let r = root(mode);
    let mut found = Vec::new();
    if let Mode::Frame = mode {
        b.wait_js(
            "parseFloat(document.getElementById('frame').style.height) > 0",
            "the frame",
        )
        .await;
        for v in b.axe().await {
            found.push(format!(
                "{engine:?} {mode:?} {width}px {scheme} host page: {v}"
            ));
        }
        b.client.enter_frame(0).await.unwrap();
    }
    b.wait_js(
        &format!("{r}.querySelector('.kpo:not([data-prerendered]) .step-heading') !== null"),
        "the widget",
    )
    .await;
    let mut check = async |state: &str| {
        for v in b.axe().await {
            found.push(format!(
                "{engine:?} {mode:?} {page} {width}px {scheme} {state}: {v}"
            ));
        }
    };
    for &step in Step::ALL {
        b.js(&format!(
            "[...{r}.querySelectorAll('.steps-list button')][{}].click()",
            step.index()
        ))
        .await;
        b.wait_js(
            &format!("{r}.querySelector('.kpo').dataset.step === '{}'", step.id()),
            step.id(),
        )
        .await;
        if step == Step::Sort {
            // One placed right, one named wrong, so both kinds of
            // feedback (and the strip, and the figure) show.
            let placed = c
                .sort_tasks
                .iter()
                .find(|t| t.kind == kpo_content::TaskKind::Place)
                .unwrap();
            b.js(&format!(
                "const s = {r}.querySelector('.sort-task input[type=range]'); s.value = '{}'; s.dispatchEvent(new Event('change', {{bubbles: true}})); s.closest('.place').querySelector('button').click()",
                placed.position
            ))
            .await;
            let named = c
                .sort_tasks
                .iter()
                .find(|t| t.kind == kpo_content::TaskKind::Name)
                .unwrap();
            let wrong = match named.answer {
                Some(kpo_content::Side::Bpo) => 2,
                _ => 0,
            };
            b.js(&format!("{r}.querySelector('.sort-task [role=group]').querySelectorAll('button')[{wrong}].click()")).await;
            b.wait_js(
                &format!("{r}.querySelectorAll('.sort-task .feedback').length === 2"),
                "practice feedback",
            )
            .await;
        }
        check(&format!("step {}", step.id())).await;
    }
    // The quiz: checked right, checked wrong, then the results.
    b.js(&format!(
        "[...{r}.querySelectorAll('.steps-list button')][6].click()"
    ))
    .await;
    b.wait_js(
        &format!("{r}.querySelector('fieldset') !== null"),
        "the quiz",
    )
    .await;
    let n = c.quiz.questions.len();
    for i in 0..n {
        let q = &c.quiz.questions[i];
        let right = q.options.iter().position(|o| o.correct).unwrap();
        let pick = match i {
            0 => right,
            1 => (right + 1) % q.options.len(),
            _ => 0,
        };
        b.js(&format!(
            "{r}.querySelectorAll('.option input')[{pick}].click(); {r}.querySelector('.quiz-actions .check').click();"
        ))
        .await;
        b.wait_js(
            &format!("{r}.querySelector('.explanation') !== null"),
            "feedback",
        )
        .await;
        match i {
            0 => check("quiz checked right").await,
            1 => check("quiz checked wrong").await,
            _ => {}
        }
        b.js(&format!(
            "{r}.querySelector('.quiz-actions .primary').click()"
        ))
        .await;
        if i + 1 < n {
            b.wait_js(
                &format!("{r}.querySelector('.explanation') === null"),
                "the next question",
            )
            .await;
        }
    }
    b.wait_js(
        &format!("{r}.querySelector('.score-line') !== null"),
        "the results",
    )
    .await;
    check("results").await;
    b.close().await;
    found
}

async fn audit_mode(engine: Engine, mode: Mode, page: &str) {
    audit_at(engine, mode, page, &[320, 1280], &["light", "dark"]).await;
}

/// [`audit_mode`] at these widths and colour schemes only.
async fn audit_at(engine: Engine, mode: Mode, page: &str, widths: &[u32], schemes: &[&str]) {
    let widget = Server::start(dist(), vec![cors()]);
    let host = host_page("plain-host.html", &widget);
    let mut all = Vec::new();
    for &width in widths {
        for &scheme in schemes {
            all.extend(audit(engine, mode, width, scheme, &widget, &host, page).await);
        }
    }
    assert!(
        all.is_empty(),
        "{} axe violations:\n{}",
        all.len(),
        all.join("\n")
    );
}

#[tokio::test(flavor = "current_thread")]
async fn no_axe_violations_standalone() {
    audit_mode(Engine::Chromium, Mode::Standalone, "/").await;
}

/// Every step and quiz state again, in Filipino.
#[tokio::test(flavor = "current_thread")]
async fn no_axe_violations_in_filipino() {
    audit_mode(Engine::Chromium, Mode::Standalone, "/index.fil.html").await;
}

#[tokio::test(flavor = "current_thread")]
async fn no_axe_violations_in_a_script_tag_embed() {
    audit_mode(Engine::Chromium, Mode::Script, "/").await;
}

#[tokio::test(flavor = "current_thread")]
async fn no_axe_violations_in_an_iframe_embed() {
    audit_mode(Engine::Chromium, Mode::Frame, "/").await;
}

/// The same audit in Firefox, whose layout and colours are its own.
#[tokio::test(flavor = "current_thread")]
async fn no_axe_violations_standalone_in_firefox() {
    audit_mode(Engine::Firefox, Mode::Standalone, "/").await;
}

#[tokio::test(flavor = "current_thread")]
async fn no_axe_violations_in_an_iframe_embed_in_firefox() {
    audit_mode(Engine::Firefox, Mode::Frame, "/").await;
}

/// And in WebKit, as far as its MiniBrowser goes: no narrower than about
/// 450 px, and in its system's colours, light here (docs/browsers.md).
#[tokio::test(flavor = "current_thread")]
async fn no_axe_violations_standalone_in_webkit() {
    audit_at(Engine::WebKit, Mode::Standalone, "/", &[1280], &["light"]).await;
}

#[tokio::test(flavor = "current_thread")]
async fn no_axe_violations_in_an_iframe_embed_in_webkit() {
    audit_at(Engine::WebKit, Mode::Frame, "/", &[1280], &["light"]).await;
}

/// When the WebAssembly can't load, readers get the pre-rendered first step
/// with its controls disabled and a note: that page must pass too.
#[tokio::test(flavor = "current_thread")]
async fn no_axe_violations_when_the_webassembly_cannot_load() {
    let widget = Server::start(dist(), vec![]);
    let mut found = Vec::new();
    for width in [320, 1280] {
        for scheme in ["light", "dark"] {
            let b = Browser::start(width, 900).await;
            b.color_scheme(scheme).await;
            b.block(&["*.wasm"]).await;
            b.client.goto(&widget.url("/")).await.unwrap();
            b.wait_for(".kpo-fallback[role=note]:not([hidden])").await;
            for v in b.axe().await {
                found.push(format!("no wasm {width}px {scheme}: {v}"));
            }
            b.close().await;
        }
    }
    assert!(
        found.is_empty(),
        "{} axe violations:\n{}",
        found.len(),
        found.join("\n")
    );
}
