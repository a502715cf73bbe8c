//! Every engine: the smoke journey in Chromium, Firefox ESR and WebKitGTK,
//! each through its own WebDriver server (docs/browsers.md). Standalone
//! through the quiz to the results and a language switch both ways; both
//! snippets on one article, the frame sizing itself; a new step's heading
//! in view when the reader presses Next inside a frame; and a frame on a
//! dark page dark from its first frame.

use kpo_content::{fill, Step};
use kpo_e2e::{article, content, content_in, cors, dist, Browser, Engine, Server, Snippet};

/// The live widget, in the current document.
const LIVE: &str = "document.querySelector('.kpo:not([data-prerendered])')";

/// Clicks the element `css` matches, as a reader's pointer would
/// (WebDriver's element click, which scrolls it into view first).
async fn click(b: &Browser, css: &str) {
    b.wait_for(css)
        .await
        .click()
        .await
        .unwrap_or_else(|e| panic!("{:?}: click {css}: {e}", b.engine));
}

/// Clicks `css` inside the page's first frame, as a reader would: the host
/// page scrolled first so that it is in the middle of the window. (A
/// WebDriver click scrolls only the frame's own document; WebKit won't let
/// a cross-origin frame scroll its parent, and geckodriver drops a click
/// on an element out of view.) Comes back out to the host page.
async fn click_in_frame(b: &Browser, css: &str) {
    b.client.enter_frame(0).await.unwrap();
    b.wait_for(css).await;
    let top = b
        .js(&format!(
            "return document.querySelector('{css}').getBoundingClientRect().top"
        ))
        .await;
    b.client.enter_parent_frame().await.unwrap();
    b.js(&format!(
        "const f = document.querySelector('iframe'); \
         window.scrollTo(0, f.getBoundingClientRect().top + scrollY + {top} - innerHeight / 2)"
    ))
    .await;
    b.client.enter_frame(0).await.unwrap();
    click(b, css).await;
    b.client.enter_parent_frame().await.unwrap();
}

/// Waits until the live widget (in the current document) shows `step`.
async fn wait_step(b: &Browser, step: Step) {
    b.wait_js(
        &format!("{LIVE}.dataset.step === '{}'", step.id()),
        step.id(),
    )
    .await;
}

/// The live widget's step heading's text.
async fn heading(b: &Browser) -> String {
    b.js(&format!(
        "return {LIVE}.querySelector('.step-heading').textContent"
    ))
    .await
    .as_str()
    .unwrap()
    .to_owned()
}

/// Standalone, with the pointer: Start, Next through every step, each new
/// heading focused and in view; the quiz answered right to the results;
/// then Filipino and back to English on the results, the score kept; no
/// error on the page.
async fn standalone_journey(engine: Engine) {
    let (en, fil) = (content(), content_in("fil"));
    let server = Server::start(dist(), vec![]);
    let b = Browser::start_in(engine, 1280, 900, None).await;
    b.record_errors().await;
    b.go_live(&server.url("/")).await;
    assert_eq!(heading(&b).await, en.steps.intro.heading, "{engine:?}");

    for &step in &Step::ALL[1..=Step::Quiz.index()] {
        click(&b, ".kpo:not([data-prerendered]) .step-nav .next").await;
        wait_step(&b, step).await;
        assert_eq!(heading(&b).await, en.steps.get(step).heading, "{engine:?}");
        b.wait_js(
            &format!(
                "(() => {{ const h = {LIVE}.querySelector('.step-heading'), r = h.getBoundingClientRect(); \
                 return document.activeElement === h && r.top >= 0 && r.bottom <= innerHeight; }})()"
            ),
            &format!("{engine:?}: the {} heading focused, in view", step.id()),
        )
        .await;
    }

    let questions = en.quiz.questions;
    for (i, q) in questions.iter().enumerate() {
        let right = q.options.iter().position(|o| o.correct).unwrap();
        let options = b
            .client
            .find_all(fantoccini::Locator::Css(".option input"))
            .await
            .unwrap();
        options[right].click().await.unwrap();
        click(&b, ".quiz-actions .check").await;
        b.wait_for(".explanation").await;
        let said = b
            .js("return document.querySelector('.kpo [role=status]').textContent")
            .await;
        assert_eq!(
            said.as_str().unwrap().trim_end(),
            format!("{} {}", en.ui.correct, q.options[right].feedback),
            "{engine:?}"
        );
        click(&b, ".quiz-actions .primary").await;
        if i + 1 < questions.len() {
            b.wait_js(
                "document.querySelector('.explanation') === null",
                "the next question",
            )
            .await;
        }
    }
    wait_step(&b, Step::Results).await;
    let total = questions.len().to_string();
    let score = |c: &kpo_content::Content| {
        fill(
            c.ui.score,
            &[("correct", &total), ("total", &total), ("percent", "100")],
        )
    };
    let score_line = "return document.querySelector('.score-line').textContent";
    assert_eq!(b.js(score_line).await, score(&en), "{engine:?}");
    b.wait_for(".results .pass").await;

    for (tag, c) in [("fil", &fil), ("en", &en)] {
        click(&b, &format!(".languages button[lang={tag}]")).await;
        b.wait_js(
            &format!(
                "{LIVE}.querySelector('.step-heading').textContent === {}",
                serde_json::json!(c.steps.results.heading)
            ),
            &format!("{engine:?}: the results in {tag}"),
        )
        .await;
        assert_eq!(
            b.js("return [document.documentElement.lang, location.pathname]")
                .await,
            serde_json::json!([tag, format!("/index.{tag}.html")]),
            "{engine:?}"
        );
        assert_eq!(b.js(score_line).await, score(c), "{engine:?} {tag}");
    }
    assert_eq!(b.errors().await, Vec::<String>::new(), "{engine:?}");
    b.close().await;
}

/// Both snippets on one article, as "Embed this" gives them: the
/// script-tag widget starts and moves on; the frame fits its content with
/// no scrollbar, grows and shrinks with its steps, and a real press inside
/// it moves it on; no error on the page.
async fn both_snippets(engine: Engine) {
    let c = content();
    let widget = Server::start(dist(), vec![cors()]);
    let host = article(&widget, Snippet::Both, 2, false);
    let b = Browser::start_in(engine, 1280, 900, None).await;
    b.record_errors().await;
    b.goto(&host.url("/")).await;

    let script = "document.querySelector('[data-kpo-explainer]').shadowRoot.querySelector('.kpo')";
    b.wait_js(
        &format!("{script}.querySelector('.step-heading') !== null"),
        &format!("{engine:?}: the script-tag widget"),
    )
    .await;
    b.js(&format!(
        "{script}.querySelector('.step-nav .next').click()"
    ))
    .await;
    b.wait_js(
        &format!(
            "{script}.querySelector('.step-heading').textContent === {}",
            serde_json::json!(c.steps.definitions.heading)
        ),
        &format!("{engine:?}: the script-tag widget's second step"),
    )
    .await;

    // The frame is below the script-tag widget: in view first, as a reader
    // scrolls to it (an off-screen cross-origin frame may get no rendering
    // steps, so no measuring).
    b.js("document.querySelector('iframe').scrollIntoView()")
        .await;
    let intro = b.settled_height().await;
    assert!(
        intro > 300.0,
        "{engine:?}: taller than a default frame: {intro}"
    );
    click_in_frame(&b, ".kpo:not([data-prerendered]) .step-nav .next").await;
    b.client.enter_frame(0).await.unwrap();
    wait_step(&b, Step::Definitions).await;
    b.client.enter_parent_frame().await.unwrap();
    b.frame_to(Step::Quiz).await;
    let quiz = b.settled_height().await;
    assert!(
        quiz < intro,
        "{engine:?}: the frame shrank for a shorter step: {quiz} vs {intro}"
    );
    b.frame_to(Step::Fields).await;
    let fields = b.settled_height().await;
    assert!(
        fields > quiz,
        "{engine:?}: the frame grew for a taller step: {fields} vs {quiz}"
    );
    assert_eq!(b.errors().await, Vec::<String>::new(), "{engine:?}");
    b.close().await;
}

/// Where the frame's live step heading is in the host page's window, from
/// inside the frame and out: `[step, top, bottom, innerHeight]`.
async fn heading_in_host(b: &Browser) -> (String, f64, f64, f64) {
    let frame = b
        .js("return [document.querySelector('iframe').getBoundingClientRect().top, innerHeight]")
        .await;
    b.client.enter_frame(0).await.unwrap();
    let inside = b
        .js(&format!(
            "const r = {LIVE}.querySelector('.step-heading').getBoundingClientRect(); \
             return [{LIVE}.dataset.step, r.top, r.bottom]"
        ))
        .await;
    b.client.enter_parent_frame().await.unwrap();
    let top = frame[0].as_f64().unwrap();
    (
        inside[0].as_str().unwrap().to_owned(),
        top + inside[1].as_f64().unwrap(),
        top + inside[2].as_f64().unwrap(),
        frame[1].as_f64().unwrap(),
    )
}

/// A reader scrolled down a long step in a frame presses Next at its end:
/// the new step's heading comes into view in the host page. (In WebKit the
/// frame can't scroll its parent; embed.js, in the page, does.)
async fn next_brings_the_heading_into_view(engine: Engine) {
    let widget = Server::start(dist(), vec![cors()]);
    let host = article(&widget, Snippet::Frame, 2, false);
    let b = Browser::start_in(engine, 1280, 900, None).await;
    b.goto(&host.url("/")).await;
    b.settled_height().await;
    b.frame_to(Step::Fields).await;
    b.settled_height().await;
    // The frame's end, Next with it, at the foot of the window.
    b.js("const f = document.querySelector('iframe'); \
          window.scrollTo(0, f.offsetTop + f.offsetHeight - innerHeight + 20)")
        .await;
    let (_, top, _, _) = heading_in_host(&b).await;
    assert!(
        top < 0.0,
        "{engine:?}: the reader has scrolled past the heading ({top})"
    );
    b.client.enter_frame(0).await.unwrap();
    click(&b, ".kpo:not([data-prerendered]) .step-nav .next").await;
    b.client.enter_parent_frame().await.unwrap();
    let mut seen = heading_in_host(&b).await;
    for _ in 0..400 {
        let (step, top, bottom, height) = &seen;
        if step == "sort" && *top >= -1.0 && *bottom <= height + 1.0 {
            b.close().await;
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
        seen = heading_in_host(&b).await;
    }
    panic!("{engine:?}: the new step's heading stayed out of view (step, top, bottom, window): {seen:?}");
}

/// [`kpo_e2e::assert_dark_from_the_first_frame`] in an engine without
/// Chromium's CPU throttling: embed.js 2 s late, the reader's system light.
async fn dark_from_the_first_frame(engine: Engine) {
    let widget = Server::start(dist(), vec![cors()]);
    let page = kpo_e2e::dark_page_with_late_embed_js(&widget, std::time::Duration::from_secs(2));
    let b = Browser::start_in(engine, 1280, 900, Some("light")).await;
    b.goto("about:blank").await;
    assert_eq!(
        b.js("return matchMedia('(prefers-color-scheme: dark)').matches")
            .await,
        false,
        "{engine:?}: the system must be light, so dark comes from the page"
    );
    kpo_e2e::assert_dark_from_the_first_frame(&b, &page).await;
    b.close().await;
}

/// embed.js comes 4.5 s late, after embed.css has shown the frame (at 3 s)
/// in the frame's default, light: once it comes, the frame turns dark where
/// it stands (told by message, no reload), not light for the whole visit.
async fn late_embed_js_turns_a_shown_frame_dark(engine: Engine) {
    let widget = Server::start(dist(), vec![cors()]);
    let page =
        kpo_e2e::dark_page_with_late_embed_js(&widget, std::time::Duration::from_millis(4500));
    let b = Browser::start_in(engine, 1280, 900, Some("light")).await;
    b.start_loading(&page.url("/")).await;
    b.wait_js(
        "window.__seen && window.__seen.some(([v]) => v === 'visible')",
        "the frame shown by embed.css",
    )
    .await;
    // Shown before embed.js had run, as the page saw it frame by frame.
    assert_eq!(
        b.js("return window.__seen.some(([v, , , touched]) => v === 'visible' && !touched)")
            .await,
        true,
        "{engine:?}: embed.js came before embed.css showed the frame; the test proves nothing"
    );
    b.client.enter_frame(0).await.unwrap();
    b.wait_for(kpo_e2e::LIVE_HEADING).await;
    let href = b.js("return location.href").await;
    b.wait_js(
        "document.documentElement.dataset.kpoPage === 'dark'",
        "the page's colours, by message",
    )
    .await;
    assert_eq!(b.js(kpo_e2e::DRAWN_THEME).await, "dark", "{engine:?}");
    // The same page, not reloaded with theme=dark: a reader keeps their place.
    assert_eq!(b.js("return location.href").await, href, "{engine:?}");
    assert!(
        !href.as_str().unwrap().contains("theme="),
        "{engine:?}: {href}"
    );
    b.client.enter_parent_frame().await.unwrap();
    b.close().await;
}

macro_rules! in_every_engine {
    ($($name:ident => $body:ident;)*) => {
        $(
            mod $name {
                use super::*;
                #[tokio::test(flavor = "current_thread")]
                async fn chromium() {
                    $body(Engine::Chromium).await;
                }
                #[tokio::test(flavor = "current_thread")]
                async fn firefox() {
                    $body(Engine::Firefox).await;
                }
                #[tokio::test(flavor = "current_thread")]
                async fn webkit() {
                    $body(Engine::WebKit).await;
                }
            }
        )*
    };
}

in_every_engine! {
    standalone_through_the_quiz_and_both_languages => standalone_journey;
    both_snippets_on_an_article_and_the_frame_sizes_itself => both_snippets;
    next_in_a_frame_brings_the_new_heading_into_view => next_brings_the_heading_into_view;
    a_frame_shown_before_embed_js_came_turns_dark_when_it_does => late_embed_js_turns_a_shown_frame_dark;
}

/// Chromium's own test (tests/guest.rs) slows its CPU as well.
mod a_frame_on_a_dark_page_is_dark_from_its_first_frame {
    use super::*;
    #[tokio::test(flavor = "current_thread")]
    async fn firefox() {
        dark_from_the_first_frame(Engine::Firefox).await;
    }
    #[tokio::test(flavor = "current_thread")]
    async fn webkit() {
        dark_from_the_first_frame(Engine::WebKit).await;
    }
}
