//! Hostile and careless input, on the release build: nothing crashes, no
//! answer already given is lost, no uncaught error reaches the console.

use kpo_e2e::{content, dist, open_host, open_standalone, Browser, Server};

/// 1,000 payloads from a seeded generator (so a failure can be replayed):
/// random junk and near misses of the real message shapes.
const PAYLOADS: &str = r#"
(() => {
  let seed = 12345;
  const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const junkValue = () => pick([
    -1, 0, 1e9, -1e9, Infinity, -Infinity, NaN, 0.5, 2 ** 53, "500", "", "<img src=x onerror=alert(1)>",
    "ダーク", "x".repeat(10000), null, undefined, true, false, [], [1, 2], {}, { valueOf() { return 400; } },
    "quiz", "why", 6, 8, 13,
  ]);
  const out = [];
  for (let i = 0; i < 1000; i++) {
    const kind = i % 4;
    if (kind === 0) out.push(junkValue());
    else {
      const m = { source: pick(["kpo-explainer", "kpo-explainer ", "KPO-EXPLAINER", "h5p", null]),
                  type: pick(["size", "step", "complete", "hello", "", "__proto__"]) };
      for (const k of ["height", "step", "index", "total", "score", "passed"]) if (rnd() < 0.6) m[k] = junkValue();
      if (kind === 3) m.__proto__ = { height: 400 };
      out.push(m);
    }
  }
  return out;
})()
"#;

#[tokio::test(flavor = "current_thread")]
async fn a_thousand_hostile_messages_change_nothing() {
    let c = content();
    let (_widget, _host, b) = open_host("careless-blog.html").await;
    b.wait_js(
        "parseFloat(document.getElementById('frame').style.height) > 300",
        "the frame",
    )
    .await;
    b.wait_js(
        "document.getElementById('w1').shadowRoot.querySelector('.step-heading') !== null",
        "w1",
    )
    .await;
    // Let the frame settle, then remember its height.
    b.client.enter_frame(0).await.unwrap();
    let inner = b.js("return Math.ceil(document.getElementById('kpo-explainer').getBoundingClientRect().height)").await;
    b.client.enter_parent_frame().await.unwrap();
    b.wait_js(
        &format!("document.getElementById('frame').style.height === '{inner}px'"),
        "the settled height",
    )
    .await;
    let baseline = b.js("return window.__events.length").await;

    // To the host page, from the host itself; and to the frame.
    b.js(&format!(
        "const ps = {PAYLOADS}; const f = document.getElementById('frame').contentWindow; \
         for (const p of ps) {{ try {{ window.postMessage(p, '*'); f.postMessage(p, '*'); }} catch (e) {{}} }}"
    ))
    .await;
    // From inside the widget's frame: the right source, junk contents.
    b.client.enter_frame(0).await.unwrap();
    b.js(&format!(
        "const ps = {PAYLOADS}; for (const p of ps) {{ try {{ parent.postMessage(p, '*'); }} catch (e) {{}} }} \
         parent.postMessage({{source: 'kpo-explainer', type: 'step', step: 'why', index: {}, total: {}}}, '*');",
        kpo_content::Step::Why.index(),
        kpo_content::Step::ALL.len()
    ))
    .await;
    b.client.enter_parent_frame().await.unwrap();
    b.wait_js(
        "window.__events.some(e => e.detail.step === 'why')",
        "the barrier message",
    )
    .await;

    assert_eq!(
        b.js("return document.getElementById('frame').style.height")
            .await,
        format!("{inner}px"),
        "a hostile message resized the frame"
    );
    assert_eq!(
        b.js("return window.__events.length").await.as_u64(),
        baseline.as_u64().map(|n| n + 1),
        "a hostile message became an event"
    );
    // Both kinds of widget still work.
    b.js("document.getElementById('w1').shadowRoot.querySelector('.step-nav .next').click()")
        .await;
    b.wait_js(
        &format!(
            "document.getElementById('w1').shadowRoot.querySelector('.step-heading').textContent === {:?}",
            c.steps.definitions.heading
        ),
        "w1 to move",
    )
    .await;
    b.frame_to(kpo_content::Step::Definitions).await;
    assert_eq!(b.errors().await, Vec::<String>::new());
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn junk_options_fall_back_to_defaults_with_warnings() {
    let c = content();
    let (_widget, _host, b) = open_host("junk-options.html").await;
    for id in ["j1", "j2", "j3"] {
        let heading =
            format!("document.getElementById('{id}').shadowRoot.querySelector('.step-heading')");
        b.wait_js(&format!("{heading} !== null"), id).await;
        assert_eq!(
            b.js(&format!("return {heading}.textContent")).await,
            c.steps.intro.heading,
            "{id} did not start at the default step"
        );
        // The default, auto, follows the page: this one is white.
        assert_eq!(
            b.js(&format!("return document.getElementById('{id}').shadowRoot.querySelector('.kpo').dataset.theme")).await,
            "light",
            "{id} did not keep the default theme"
        );
    }
    // Forgiving about case and spaces: " Dark" and "QUIZ " are understood.
    let j4 = "document.getElementById('j4').shadowRoot.querySelector('.kpo')";
    b.wait_js(&format!("{j4} !== null"), "j4").await;
    assert_eq!(b.js(&format!("return {j4}.dataset.theme")).await, "dark");
    assert_eq!(b.js(&format!("return {j4}.dataset.step")).await, "quiz");
    // Nothing junk became markup.
    assert_eq!(
        b.js("return document.querySelectorAll('img, script:not([src])').length")
            .await,
        1
    );

    let warnings: Vec<String> = b
        .js("return window.__warnings")
        .await
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w.as_str().unwrap().to_owned())
        .collect();
    for expected in [
        "kpo-explainer: data-theme has the value \"\", which is not allowed; use light, dark or auto.",
        "kpo-explainer: data-quiz-shuffle has the value \"ダーク\", which is not allowed; use true or false.",
        "kpo-explainer: unknown option data-thme;",
    ] {
        assert!(warnings.iter().any(|w| w.starts_with(expected)), "no warning {expected:?} in {warnings:#?}");
    }
    assert!(
        warnings.iter().all(|w| w.len() < 500),
        "a warning echoes junk at length"
    );

    // A 100,000-character data attribute did not become a 500 KB address,
    // which real servers refuse (nginx past 8 KB).
    let longest = b
        .js("return Math.max(...[...document.querySelectorAll('iframe')].map(f => f.src.length))")
        .await;
    assert!(
        longest.as_u64().unwrap() < 2_000,
        "a frame's address is {longest} characters"
    );
    // The frames, with junk in the URL and in data attributes, render too.
    for i in 0..2u16 {
        b.client.enter_frame(i).await.unwrap();
        b.wait_for(kpo_e2e::LIVE_HEADING).await;
        assert_eq!(
            b.js("return document.querySelector('.kpo').dataset.step")
                .await,
            "intro"
        );
        b.client.enter_parent_frame().await.unwrap();
    }
    assert_eq!(b.errors().await, Vec::<String>::new());
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn junk_saved_between_reloads_is_dropped_without_a_crash() {
    let c = content();
    let (_server, b) = open_standalone("/").await;
    let key = "kpo-explainer:v1:progress";
    for junk in [
        "",
        "kpo1",
        "kpo1;quiz;;;;;;;;",
        "kpo1;quiz;--------------;0,1,2;0/0/0;99;-;0;-;1",
        "{\"step\":\"quiz\"}",
        "<img src=x onerror=alert(1)>",
        &"ダ".repeat(100_000),
    ] {
        b.js(&format!("localStorage.setItem({key:?}, {junk:?})"))
            .await;
        b.client.refresh().await.unwrap();
        b.wait_js(
            &format!(
                "document.querySelector('.step-heading').textContent === {:?}",
                c.steps.intro.heading
            ),
            "a fresh start",
        )
        .await;
        assert_eq!(b.errors().await, Vec::<String>::new(), "for {junk:.40?}");
    }
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn resizing_during_the_quiz_loses_no_answer() {
    let (_server, b) = open_standalone("/#quiz").await;
    b.wait_for("fieldset legend").await;
    let mut answered = 0;
    for width in [320, 800, 1600, 320, 1280, 1600, 320] {
        b.cdp(
            "Emulation.setDeviceMetricsOverride",
            serde_json::json!({ "width": width, "height": 800, "deviceScaleFactor": 1, "mobile": width < 600 }),
        )
        .await;
        b.wait_js(&format!("innerWidth === {width}"), "the resize")
            .await;
        b.answer_by_click(0).await;
        answered += 1;
        let so_far = b.wait_for(".score-so-far").await.text().await.unwrap();
        assert!(
            so_far.ends_with(&format!("of {answered}")),
            "at {width}px: {so_far}"
        );
    }
    assert_eq!(b.errors().await, Vec::<String>::new());
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn fifty_rapid_clicks_on_every_button() {
    let c = content();
    let server = Server::start(dist(), vec![]);
    let b = Browser::start(1280, 900).await;
    b.record_errors().await;
    for &step in kpo_content::Step::ALL {
        b.open_step(&server, step).await;
        // Every button on the step, 50 times each, as fast as script can;
        // the page may change under the clicks, which is the point.
        b.js(
            "const bs = [...document.querySelectorAll('#kpo-explainer button')]; \
             for (const x of bs) for (let i = 0; i < 50; i++) x.click();",
        )
        .await;
        b.wait_for(kpo_e2e::LIVE_HEADING).await;
        let count = b.wait_for(".step-count").await.text().await.unwrap();
        // The language buttons were pressed too: in whichever it ended.
        let lang = b.js("return document.querySelector('.kpo').lang").await;
        let ui = kpo_e2e::content_in(lang.as_str().unwrap()).ui;
        let (before, after) = ui.step_of.split_once("{n}").unwrap();
        let after = after.replace("{total}", &kpo_content::Step::ALL.len().to_string());
        assert!(
            count.starts_with(before) && count.ends_with(&after),
            "{count}"
        );
        assert_eq!(b.errors().await, Vec::<String>::new(), "on {}", step.id());
    }
    // Answers survive a storm of clicks on the quiz: check one, then hammer
    // every option and Check; the checked answer stays.
    b.client.goto("about:blank").await.unwrap();
    b.client.goto(&server.url("/#quiz")).await.unwrap();
    b.wait_js(
        &format!(
            "document.querySelector('.step-heading').textContent === {:?}",
            c.steps.quiz.heading
        ),
        "the quiz",
    )
    .await;
    b.js("localStorage.clear()").await;
    b.client.refresh().await.unwrap();
    b.wait_for("fieldset legend").await;
    b.js("document.querySelectorAll('.option input')[1].click(); document.querySelector('.check').click();").await;
    b.wait_for(".explanation").await;
    let before = b.wait_for(".explanation").await.text().await.unwrap();
    b.js("for (let i = 0; i < 50; i++) { for (const x of document.querySelectorAll('.option input')) x.click(); }").await;
    assert_eq!(
        b.wait_for(".explanation").await.text().await.unwrap(),
        before
    );
    assert_eq!(b.errors().await, Vec::<String>::new());
    b.close().await;
}
