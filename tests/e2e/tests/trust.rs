//! Safe on any page and kind when things break: strict CSP, crashes.

use kpo_e2e::{content, cors, dist, host_page, host_page_with, open_standalone, Browser, Server};

/// The policy the issue names, plus a report-uri so every violation reaches
/// the test server.
const STRICT: &str = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; report-uri /csp-report";

fn csp(policy: &str) -> (String, String) {
    ("Content-Security-Policy".to_owned(), policy.to_owned())
}

fn reports(server: &Server) -> Vec<String> {
    server
        .requests()
        .into_iter()
        .filter(|r| r.path == "/csp-report")
        .map(|r| r.body)
        .collect()
}

#[tokio::test(flavor = "current_thread")]
async fn the_standalone_page_works_under_a_strict_csp() {
    let c = content();
    let server = Server::start(dist(), vec![csp(STRICT)]);
    let b = Browser::start(1280, 900).await;
    b.go_live(&server.url("/")).await;
    // Walk a few steps and answer a question: every kind of rendering.
    for _ in 0..6 {
        b.wait_for(".step-nav .next").await.click().await.unwrap();
    }
    b.wait_js(
        &format!(
            "document.querySelector('.step-heading').textContent === {:?}",
            c.steps.quiz.heading
        ),
        "the quiz",
    )
    .await;
    b.answer_by_click(1).await;
    b.wait_for(".embed button").await.click().await.unwrap();
    b.wait_js(
        "!document.querySelector('.embed-panel').hidden",
        "the embed panel",
    )
    .await;
    assert_eq!(reports(&server), Vec::<String>::new(), "CSP violations");
    // No third party, no cookies.
    assert_eq!(
        b.js("return performance.getEntriesByType('resource').filter(e => new URL(e.name).origin !== location.origin).map(e => e.name)").await,
        serde_json::json!([]),
        "requests to another host"
    );
    assert_eq!(b.js("return document.cookie").await, "");

    // The control: an inline style attribute is a violation, and it is
    // reported, so the silence above means something.
    b.js("document.body.insertAdjacentHTML('beforeend', '<p style=\"color:red\">x</p>')")
        .await;
    for _ in 0..400 {
        if !reports(&server).is_empty() {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    }
    let control = reports(&server);
    assert!(
        control.len() == 1 && control[0].contains("style-src"),
        "the control violation was not reported: {control:?}"
    );
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_iframe_works_under_a_strict_csp() {
    let widget = Server::start(dist(), vec![csp(STRICT), cors()]);
    let host = host_page("careless-blog.html", &widget);
    let b = Browser::start(1280, 900).await;
    b.client.goto(&host.url("/")).await.unwrap();
    b.wait_js(
        "parseFloat(document.getElementById('frame').style.height) > 300",
        "the frame to size itself",
    )
    .await;
    b.frame_to(kpo_content::Step::Definitions).await;
    assert_eq!(
        reports(&widget),
        Vec::<String>::new(),
        "CSP violations in the frame"
    );
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_script_embed_works_on_a_host_that_allows_only_the_widgets_origin() {
    let c = content();
    let widget = Server::start(dist(), vec![cors()]);
    let policy = "default-src 'none'; script-src {{WIDGET}} 'wasm-unsafe-eval'; style-src {{WIDGET}}; connect-src {{WIDGET}}; base-uri 'none'; form-action 'none'; report-uri /csp-report";
    let host = host_page_with("csp-host.html", &widget, vec![csp(policy)]);
    let b = Browser::start(1280, 900).await;
    b.client.goto(&host.url("/")).await.unwrap();
    let heading = "document.getElementById('w1').shadowRoot.querySelector('.step-heading')";
    b.wait_js(
        &format!("{heading}.textContent === {:?}", c.steps.intro.heading),
        "the widget",
    )
    .await;
    // Styled: its stylesheet was allowed and applied.
    b.wait_js(
        "getComputedStyle(document.getElementById('w1').shadowRoot.querySelector('.kpo')).boxSizing === 'border-box'",
        "the widget's styles",
    )
    .await;
    b.js("document.getElementById('w1').shadowRoot.querySelector('.step-nav .next').click()")
        .await;
    b.wait_js(
        &format!(
            "{heading}.textContent === {:?}",
            c.steps.definitions.heading
        ),
        "a step",
    )
    .await;
    assert_eq!(
        reports(&host),
        Vec::<String>::new(),
        "CSP violations on the host"
    );
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_crash_leaves_a_message_not_a_frozen_box() {
    let c = content();
    let (_server, b) = open_standalone("/").await;
    b.js("import('/kpo-explainer.js').then(m => m.__crash_for_test()).catch(() => {}); return 1")
        .await;
    let alert = b.wait_for("#kpo-explainer .kpo-crashed[role=alert]").await;
    assert_eq!(alert.text().await.unwrap(), c.ui.crashed);
    assert_eq!(
        b.js("return document.querySelectorAll('#kpo-explainer .kpo').length")
            .await,
        0
    );
    b.close().await;
}
