//! Embedding on a real host page, cross-origin, on the release build: two
//! script-tag widgets and one iframe on a careless blog theme.

use kpo_content::Step;
use kpo_e2e::{content, cors, dist, host_page, open_host, Browser, Server};
use serde_json::Value;

/// A JavaScript expression for an element inside widget `id`'s shadow root.
fn inside(id: &str, css: &str) -> String {
    format!("document.getElementById('{id}').shadowRoot.querySelector('{css}')")
}

async fn open_blog() -> (Server, Server, Browser) {
    // As a correct deployment does: the host page loads the widget's module
    // and wasm cross-origin, which needs CORS.
    let (widget, host, b) = open_host("careless-blog.html").await;
    assert_ne!(widget.addr.port(), host.addr.port());
    for id in ["w1", "w2"] {
        b.wait_js(
            &format!("{} !== null", inside(id, ".kpo .step-heading")),
            id,
        )
        .await;
    }
    b.wait_js(
        "parseFloat(document.getElementById('frame').style.height) > 0",
        "the frame's first size",
    )
    .await;
    (widget, host, b)
}

/// The step heading of script-tag widget `id`.
async fn heading(b: &Browser, id: &str) -> String {
    string(b, &format!("{}.textContent", inside(id, ".step-heading"))).await
}

async fn string(b: &Browser, expression: &str) -> String {
    b.js(&format!("return String({expression})"))
        .await
        .as_str()
        .unwrap()
        .to_owned()
}

/// The detail of the step event for `step`.
fn step_detail(step: Step) -> Value {
    serde_json::json!({ "step": step.id(), "index": step.index(), "total": Step::ALL.len() })
}

/// A well-formed step message, as the widget's frame posts it, for "why".
fn why_message() -> String {
    let (index, total) = (Step::Why.index(), Step::ALL.len());
    format!("parent.postMessage({{source:'kpo-explainer', type:'step', step:'why', index: {index}, total: {total}}}, '*')")
}

async fn events(b: &Browser) -> Vec<Value> {
    b.js("return window.__events")
        .await
        .as_array()
        .unwrap()
        .clone()
}

#[tokio::test(flavor = "current_thread")]
async fn script_tag_widgets_render_isolated_and_independent() {
    let c = content();
    let (_w, _h, b) = open_blog().await;

    // Both render, each with its own options.
    assert_eq!(heading(&b, "w1").await, c.steps.intro.heading);
    assert_eq!(heading(&b, "w2").await, c.steps.quiz.heading);
    assert_eq!(
        string(&b, &format!("{}.dataset.theme", inside("w2", ".kpo"))).await,
        "dark"
    );

    // The host's CSS does not reach in.
    let style =
        |id: &str, css: &str, prop: &str| format!("getComputedStyle({}).{prop}", inside(id, css));
    let heading_font = string(&b, &style("w1", ".step-heading", "fontFamily")).await;
    assert!(
        !heading_font.starts_with("serif"),
        "host font leaked in: {heading_font}"
    );
    assert_ne!(
        string(&b, &style("w1", ".step-heading", "fontSize")).await,
        "20px"
    );
    assert_eq!(
        string(&b, &style("w1", ".step-heading", "borderTopStyle")).await,
        "none"
    );
    assert_ne!(
        string(&b, &style("w1", ".step-nav .next", "backgroundColor")).await,
        "rgb(255, 0, 0)"
    );
    assert_eq!(
        string(&b, &style("w1", ".kpo", "boxSizing")).await,
        "border-box"
    );
    // Its own size comes from the reader's default (medium), not the host's
    // 10px root font size.
    assert_eq!(string(&b, &style("w1", ".kpo", "fontSize")).await, "16px");

    // And the widget's CSS does not leak out.
    let host =
        |sel: &str, prop: &str| format!("getComputedStyle(document.querySelector('{sel}')).{prop}");
    assert_eq!(
        string(&b, &host("#host-button", "backgroundColor")).await,
        "rgb(255, 0, 0)"
    );
    assert_eq!(
        string(&b, &host("#host-lead", "color")).await,
        "rgb(0, 128, 0)"
    );
    assert_eq!(string(&b, &host("#host-lead", "fontFamily")).await, "serif");

    // They don't interfere: moving one leaves the other where it was.
    b.js(&format!("{}.click()", inside("w1", ".step-nav .next")))
        .await;
    b.wait_js(
        &format!(
            "{}.textContent === {:?}",
            inside("w1", ".step-heading"), // waited on, so spelt out
            c.steps.definitions.heading
        ),
        "w1 to move on",
    )
    .await;
    assert_eq!(heading(&b, "w2").await, c.steps.quiz.heading);

    // The step event arrives on the host element with its details.
    let e = events(&b).await;
    assert!(
        e.iter().any(|e| e["id"] == "w1"
            && e["type"] == "kpo-explainer:step"
            && e["detail"] == step_detail(Step::Definitions)),
        "{e:?}"
    );
    assert!(
        !e.iter().any(|e| e["id"] == "w2"),
        "w2 reported without moving: {e:?}"
    );

    // Finishing w2's quiz sends the completion event with the score.
    let n = c.quiz.questions.len();
    for i in 0..n {
        b.js(&format!(
            "{}.click(); {}.click();",
            inside("w2", ".option input"),
            inside("w2", ".quiz-actions .check")
        ))
        .await;
        b.wait_js(
            &format!("{} !== null", inside("w2", ".explanation")),
            "feedback",
        )
        .await;
        b.js(&format!(
            "{}.click()",
            inside("w2", ".quiz-actions .primary")
        ))
        .await;
        if i + 1 < n {
            b.wait_js(
                &format!(
                    "{}.textContent.startsWith('Question {}')",
                    inside("w2", ".question-count"),
                    i + 2
                ),
                "the next question",
            )
            .await;
        }
    }
    b.wait_js(
        "window.__events.some(e => e.id === 'w2' && e.type === 'kpo-explainer:complete')",
        "the completion event",
    )
    .await;
    let done = events(&b)
        .await
        .into_iter()
        .find(|e| e["type"] == "kpo-explainer:complete")
        .unwrap();
    let score = done["detail"]["score"].as_u64().unwrap() as usize;
    assert_eq!(done["detail"]["total"], n as u64);
    assert_eq!(done["detail"]["passed"], c.quiz.passed(score, n));
    let shown = string(&b, &format!("{}.textContent", inside("w2", ".score-line"))).await;
    assert!(
        shown.starts_with(&format!("You answered {score} of {n}")),
        "{shown}"
    );
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_iframe_follows_its_content_without_a_scrollbar() {
    let (_w, _h, b) = open_blog().await;
    let intro = b.settled_height().await;
    assert!(
        intro > 300.0,
        "the intro is taller than a default frame: {intro}"
    );

    b.frame_to(Step::Quiz).await;
    b.wait_js(
        "window.__events.some(e => e.id === 'frame' && e.detail.step === 'quiz')",
        "the step event",
    )
    .await;
    let quiz = b.settled_height().await;
    assert!(
        quiz < intro,
        "the frame shrank for a shorter step: {quiz} vs {intro}"
    );

    b.frame_to(Step::Fields).await;
    let fields = b.settled_height().await;
    assert!(
        fields > quiz,
        "the frame grew for a taller step: {fields} vs {quiz}"
    );

    // Narrower window, content reflows taller: fitted again, no scrollbar,
    // by the time the reader looks at it. (An off-screen cross-origin frame
    // gets no rendering steps, so it re-measures once it is in view.)
    b.cdp(
        "Emulation.setDeviceMetricsOverride",
        serde_json::json!({ "width": 400, "height": 900, "deviceScaleFactor": 1, "mobile": true }),
    )
    .await;
    b.js("document.getElementById('frame').scrollIntoView()")
        .await;
    let narrow = b.settled_height().await;
    assert!(
        narrow > fields,
        "narrower means taller: {narrow} vs {fields}"
    );

    let e = events(&b).await;
    assert!(e
        .iter()
        .any(|e| e["id"] == "frame" && e["detail"] == step_detail(Step::Quiz)));
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_step_change_brings_the_frames_top_into_view() {
    let (_w, _h, b) = open_blog().await;
    b.settled_height().await;
    // The reader has scrolled down past the frame's top.
    b.js("window.scrollTo(0, document.getElementById('frame').offsetTop + 300)")
        .await;
    b.wait_js(
        "document.getElementById('frame').getBoundingClientRect().top < 0",
        "scrolled past",
    )
    .await;
    b.frame_to(Step::Definitions).await;
    b.wait_js(
        "window.__events.some(e => e.detail.step === 'definitions')",
        "the step event",
    )
    .await;
    b.wait_js(
        "Math.abs(document.getElementById('frame').getBoundingClientRect().top) < 2",
        "the frame's top in view",
    )
    .await;
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn hostile_messages_change_nothing() {
    let (_w, _h, b) = open_blog().await;
    let before = b.settled_height().await;
    let baseline = events(&b).await.len();
    let total = Step::ALL.len();
    let quiz = Step::Quiz.index();
    let junk: [&str; 16] = [
        "{source:'kpo-explainer', type:'size', height: -100}",
        "{source:'kpo-explainer', type:'size', height: 1e9}",
        "{source:'kpo-explainer', type:'size', height: Infinity}",
        "{source:'kpo-explainer', type:'size', height: NaN}",
        "{source:'kpo-explainer', type:'size', height: '500'}",
        "{source:'kpo-explainer', type:'size'}",
        "{source:'other', type:'size', height: 500}",
        &format!("{{source:'kpo-explainer', type:'step', step:'evil', index: 1, total: {total}}}"),
        &format!("{{source:'kpo-explainer', type:'step', step:'quiz', index: 99, total: {total}}}"),
        &format!(
            "{{source:'kpo-explainer', type:'step', step:'quiz', index: '{quiz}', total: {total}}}"
        ),
        &format!(
            "{{source:'kpo-explainer', type:'step', step:'quiz', index: {quiz}, total: {}}}",
            total + 1
        ),
        "{source:'kpo-explainer', type:'complete', score: 20, total: 13, passed: true}",
        "{source:'kpo-explainer', type:'complete', score: 1, total: 13, passed: 'yes'}",
        "'<img src=x onerror=alert(1)>'",
        "null",
        "[1, 2, 3]",
    ];
    // From the host page itself and from a same-origin child frame (posted
    // from inside its own realm): not the widget's frame, so even
    // well-formed messages are ignored.
    b.js("const f = document.createElement('iframe'); f.id = 'intruder'; document.body.append(f);")
        .await;
    let wellformed = "{source:'kpo-explainer', type:'size', height: 500}";
    for msg in junk.iter().chain([&wellformed]) {
        b.js(&format!(
            "window.postMessage({msg}, '*'); document.getElementById('intruder').contentWindow.eval({:?});",
            format!("parent.postMessage({msg}, '*')")
        ))
        .await;
    }
    // From inside the widget's own frame (the right source and origin), but
    // malformed; then one well-formed step message as a barrier: when its
    // event arrives, every message before it has been handled.
    b.client.enter_frame(0).await.unwrap();
    for msg in junk {
        b.js(&format!("parent.postMessage({msg}, '*')")).await;
    }
    b.js(&why_message()).await;
    b.client.enter_parent_frame().await.unwrap();
    b.wait_js(
        "window.__events.some(e => e.detail.step === 'why')",
        "the barrier",
    )
    .await;
    assert_eq!(
        b.frame_state().await.0,
        before,
        "a hostile message resized the frame"
    );
    assert_eq!(
        events(&b).await.len(),
        baseline + 1,
        "a hostile message became an event"
    );

    // Junk posted to the frame, which listens to nothing: the widget goes on.
    for msg in junk {
        b.js(&format!(
            "document.getElementById('frame').contentWindow.postMessage({msg}, '*')"
        ))
        .await;
    }
    // The channel itself works: a well-formed size from the frame applies.
    b.client.enter_frame(0).await.unwrap();
    b.js("parent.postMessage({source:'kpo-explainer', type:'size', height: 321}, '*')")
        .await;
    b.client.enter_parent_frame().await.unwrap();
    b.wait_js(
        "document.getElementById('frame').style.height === '321px'",
        "the well-formed message",
    )
    .await;

    // The widget in the frame is unharmed, and it restores its real size at
    // its next render.
    b.frame_to(Step::Intro).await;
    b.frame_to(Step::Definitions).await;
    b.frame_to(Step::Intro).await;
    assert_eq!(b.settled_height().await, before);
    b.close().await;
}

/// A page with only the frame, no `embed.js`; returns inside the frame once
/// the widget is live.
async fn in_a_frame_without_embed_js(widget: &Server) -> (Server, Browser) {
    let host = host_page("frame-only.html", widget);
    let b = Browser::start(1280, 900).await;
    b.client.goto(&host.url("/")).await.unwrap();
    b.client.enter_frame(0).await.unwrap();
    b.wait_for(kpo_e2e::LIVE_HEADING).await;
    (host, b)
}

#[tokio::test(flavor = "current_thread")]
async fn without_embed_js_the_frame_works_at_a_fixed_height_and_scrolls() {
    let c = content();
    let widget = Server::start(dist(), vec![]);
    let (_host, b) = in_a_frame_without_embed_js(&widget).await;
    // Its own scrollbar: the content is taller than the frame.
    assert_eq!(
        b.js("return document.documentElement.scrollHeight > innerHeight + 100")
            .await,
        true
    );
    b.js("document.querySelector('.step-nav .next').click()")
        .await;
    b.wait_js(
        &format!(
            "document.querySelector('.step-heading').textContent === {:?}",
            c.steps.definitions.heading
        ),
        "the next step",
    )
    .await;
    b.client.enter_parent_frame().await.unwrap();
    // Nobody resized it: the browser's default height.
    assert_eq!(
        b.js("return document.getElementById('frame').getBoundingClientRect().height")
            .await,
        150.0
    );
    b.close().await;
}

/// `embed.js` may start after a frame has rendered and reported its size to
/// no one (a slow script, a page that adds it later): it asks the frame,
/// which reports again.
#[tokio::test(flavor = "current_thread")]
async fn embed_js_arriving_after_the_frame_still_sizes_it() {
    let widget = Server::start(dist(), vec![]);
    let (_host, b) = in_a_frame_without_embed_js(&widget).await;
    b.client.enter_parent_frame().await.unwrap();
    b.js(&format!(
        "const s = document.createElement('script'); s.src = {:?}; document.body.append(s);",
        widget.url("/embed.js")
    ))
    .await;
    b.wait_js(
        "parseFloat(document.getElementById('frame').style.height) > 600",
        "the frame's height, asked for",
    )
    .await;
    b.close().await;
}

/// A report that fails costs the reader nothing: the quiz goes on, nothing
/// is thrown, and each answer not counted is one line on the console.
#[tokio::test(flavor = "current_thread")]
async fn a_report_that_fails_costs_the_reader_nothing_but_a_console_line() {
    let widget = Server::start(dist(), vec![cors()]);
    let page = host_page("report-host.html", &widget);
    let b = Browser::start(1280, 900).await;
    b.record_errors().await;
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        serde_json::json!({ "source": "window.__warnings = []; const warn = console.warn; \
            console.warn = (...a) => { window.__warnings.push(a.join(' ')); warn.apply(console, a); };" }),
    )
    .await;
    b.client.goto(&page.url("/")).await.unwrap();
    for id in ["w1", "w2"] {
        let inside = |css: &str| {
            format!("document.getElementById('{id}').shadowRoot.querySelector('{css}')")
        };
        b.wait_js(
            &format!(
                "{} !== null",
                inside(".kpo:not([data-prerendered]) fieldset legend")
            ),
            "the quiz",
        )
        .await;
        // Before the first answer, nothing of the reporting is fetched.
        assert!(
            id != "w1"
                || !widget
                    .requests()
                    .iter()
                    .any(|r| r.path.contains("report.js")),
            "report.js before an answer"
        );
        b.js(&format!("{}.click()", inside(".option input"))).await;
        b.js(&format!("{}.click()", inside(".quiz-actions .check")))
            .await;
        b.wait_js(
            &format!("{} !== null", inside(".explanation")),
            "the answer's explanation",
        )
        .await;
        // The quiz goes on.
        b.js(&format!("{}.click()", inside(".quiz-actions .primary")))
            .await;
    }
    b.wait_js("window.__warnings.length >= 2", "the console lines")
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    let warnings: Vec<String> =
        serde_json::from_value(b.js("return window.__warnings").await).unwrap();
    println!("{warnings:?}");
    assert_eq!(
        warnings.len(),
        2,
        "one line per answer not counted: {warnings:?}"
    );
    assert!(
        warnings.iter().any(
            |w| w.contains("no-such-endpoint") && w.contains("did not count this answer (405)")
        ),
        "{warnings:?}"
    );
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("could not be reached, so this answer was not counted")),
        "{warnings:?}"
    );
    assert_eq!(b.errors().await, Vec::<String>::new());
    b.close().await;
}
