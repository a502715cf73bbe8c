//! The whole journey on the release build, as a reader would take it.

use fantoccini::key::Key;
use fantoccini::Locator;
use kpo_content::{fill, Side, Step, TaskKind};
use kpo_e2e::{content, content_in, dist, open_standalone, Browser, Server};

/// Text of the first element matching `css`.
async fn text(b: &Browser, css: &str) -> String {
    b.wait_for(css).await.text().await.unwrap()
}

/// Keyboard only: Tab, Shift+Tab, Enter, Space and the arrow keys, with every
/// control found by its role and accessible name.
#[tokio::test(flavor = "current_thread")]
async fn keyboard_only_journey_through_every_step() {
    keyboard_journey(content(), "/").await;
}

/// The same journey in Filipino, every name and message in Filipino.
#[tokio::test(flavor = "current_thread")]
async fn keyboard_only_journey_in_filipino() {
    keyboard_journey(content_in("fil"), "/index.fil.html").await;
}

/// The whole journey in `c`'s language, from the page at `path`.
async fn keyboard_journey(c: kpo_content::Content, path: &str) {
    let (_server, b) = open_standalone(path).await;
    assert_eq!(
        b.js("return [document.documentElement.lang, document.querySelector('.kpo').lang]")
            .await,
        serde_json::json!([c.meta.language, c.meta.language])
    );

    // Intro → Definitions: focus lands on the new heading, the hash follows.
    b.tab_to("button", c.ui.start, false).await;
    b.press(Key::Enter).await;
    b.expect_focus("heading", c.steps.definitions.heading).await;
    assert!(b
        .client
        .current_url()
        .await
        .unwrap()
        .as_str()
        .ends_with("#definitions"));

    // Definitions → Comparison, then Shift+Tab back to Back and forward again.
    let next = |s: Step| fill(c.ui.next, &[("step", c.steps.get(s).label)]);
    let back = |s: Step| fill(c.ui.back, &[("step", c.steps.get(s).label)]);
    b.tab_to("button", &next(Step::Comparison), false).await;
    b.press(Key::Enter).await;
    b.expect_focus("heading", c.steps.comparison.heading).await;
    b.tab_to("button", &next(Step::Fields), false).await;
    b.tab_to("button", &back(Step::Definitions), true).await;
    b.tab_to("button", &next(Step::Fields), false).await;
    b.press(Key::Enter).await;
    b.expect_focus("heading", c.steps.fields.heading).await;

    // Fields: cards to read, nothing to open.
    assert!(text(&b, ".fields").await.contains(c.fields[0].summary));
    b.tab_to("button", &next(Step::Sort), false).await;
    b.press(Key::Enter).await;
    b.expect_focus("heading", c.steps.sort.heading).await;

    // Practice, placing first: each slider, found by its name and read out
    // as not placed, moved with the arrow keys to this guide's place and
    // placed with the button after it; Place on an untouched slider asks
    // for a move.
    let places = c.sort_tasks.iter().filter(|t| t.kind == TaskKind::Place);
    for (i, task) in places.enumerate() {
        let slider = b
            .tab_to(
                "slider",
                &fill(c.ui.place_label, &[("task", task.task)]),
                false,
            )
            .await;
        assert_eq!(
            slider.attr("aria-valuetext").await.unwrap().as_deref(),
            Some(c.ui.place_unset)
        );
        if i == 0 {
            b.tab_to("button", c.ui.place_check, false).await;
            b.press(Key::Enter).await;
            b.wait_js(
                &format!(
                    "document.querySelector('.kpo [role=status]').textContent.trim() === {}",
                    serde_json::json!(c.ui.place_first)
                ),
                "the nudge to move the slider first",
            )
            .await;
            b.tab_to(
                "slider",
                &fill(c.ui.place_label, &[("task", task.task)]),
                true,
            )
            .await;
        }
        // From the middle, a step of 5 a press; a task placed in the middle
        // itself is moved away and back, as a reader must to place it.
        let steps = (i32::from(task.position) - 50) / 5;
        let key = if steps < 0 { Key::Left } else { Key::Right };
        for _ in 0..steps.abs() {
            b.press(key).await;
        }
        if steps == 0 {
            b.press(Key::Right).await;
            b.press(Key::Left).await;
        }
        let at = (50 + steps * 5) as u8;
        let said = fill(
            c.ui.place_value,
            &[("value", &at.to_string()), ("where", c.ui.zone(at))],
        );
        b.wait_js(
            &format!(
                "document.activeElement.getAttribute('aria-valuetext') === {}",
                serde_json::json!(said)
            ),
            "the slider read out where it stands",
        )
        .await;
        b.tab_to("button", c.ui.place_check, false).await;
        b.press(Key::Enter).await;
    }
    // Then naming: BPO, ITO or KPO.
    for task in c.sort_tasks.iter().filter(|t| t.kind == TaskKind::Name) {
        let term = match task.answer.unwrap() {
            Side::Bpo => c.definitions.bpo.term,
            Side::Ito => c.definitions.ito.term,
            Side::Kpo => c.definitions.kpo.term,
        };
        loop {
            let el = b.tab_to("button", term, false).await;
            let group: String = b
                .client
                .execute(
                    "return arguments[0].closest('[role=group]').getAttribute('aria-label')",
                    vec![serde_json::to_value(&el).unwrap()],
                )
                .await
                .unwrap()
                .as_str()
                .unwrap_or_default()
                .to_owned();
            if group.ends_with(task.task) {
                break;
            }
        }
        b.press(Key::Enter).await;
    }
    let n = c.sort_tasks.len().to_string();
    assert_eq!(
        text(&b, ".tally").await,
        fill(
            c.ui.sort_count,
            &[("done", &n), ("total", &n), ("correct", &n)]
        )
    );
    b.tab_to("button", &next(Step::Why), false).await;
    b.press(Key::Enter).await;
    b.expect_focus("heading", c.steps.why.heading).await;

    // Why it matters: step through every point.
    for (i, point) in c.why.iter().enumerate().skip(1) {
        b.tab_to("button", point.heading, false).await;
        b.press(Key::Enter).await;
        let total = c.why.len().to_string();
        let of = fill(
            c.ui.step_of,
            &[("n", &(i + 1).to_string()), ("total", &total)],
        );
        b.expect_focus("heading", &format!("{} ({of})", point.heading))
            .await;
    }
    b.tab_to("button", &next(Step::Quiz), false).await;
    b.press(Key::Enter).await;
    b.expect_focus("heading", c.steps.quiz.heading).await;

    // The quiz: arrow keys choose, Enter checks, feedback reaches the live
    // region, focus moves to the next action.
    let questions = c.quiz.questions;
    for (i, q) in questions.iter().enumerate() {
        let right = q.options.iter().position(|o| o.correct).unwrap();
        let first = b.tab_to("radio", q.options[0].text, false).await;
        if right == 0 {
            b.press(Key::Space).await;
        } else {
            for _ in 0..right {
                b.press(Key::Down).await;
            }
        }
        assert!(first.prop("checked").await.unwrap().as_deref() == Some("true") || right != 0);
        b.tab_to("button", c.ui.check, false).await;
        b.press(Key::Enter).await;
        // Every second message ends in a no-break space, so a repeat is read.
        let live = text(&b, "[role=status]").await;
        assert_eq!(
            live.trim_end(),
            format!("{} {}", c.ui.correct, q.options[right].feedback)
        );
        let last = i + 1 == questions.len();
        b.expect_focus(
            "button",
            if last {
                c.ui.see_results
            } else {
                c.ui.next_question
            },
        )
        .await;
        b.press(Key::Enter).await;
        if !last {
            let of = fill(
                c.ui.question_of,
                &[
                    ("n", &(i + 2).to_string()),
                    ("total", &questions.len().to_string()),
                ],
            );
            b.expect_focus("heading", &of).await;
        }
    }

    // Results: every answer right, passed.
    b.expect_focus("heading", c.steps.results.heading).await;
    let total = questions.len().to_string();
    assert_eq!(
        text(&b, ".score-line").await,
        fill(
            c.ui.score,
            &[("correct", &total), ("total", &total), ("percent", "100")]
        )
    );
    assert!(b.client.find(Locator::Css(".results .pass")).await.is_ok());
    b.tab_to("button", c.ui.retry, false).await;
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn a_reload_in_the_middle_of_the_quiz_keeps_the_answers() {
    let c = content();
    let (_server, b) = open_standalone("/#quiz").await;
    b.wait_for("fieldset legend").await;
    for _ in 0..3 {
        b.answer_by_click(0).await;
    }
    let before = text(&b, ".score-so-far").await;
    b.client.refresh().await.unwrap();
    let total = c.quiz.questions.len().to_string();
    let of = fill(c.ui.question_of, &[("n", "4"), ("total", &total)]);
    assert_eq!(text(&b, ".question-count").await, of);
    assert_eq!(text(&b, ".score-so-far").await, before);
    assert_eq!(
        text(&b, "fieldset legend").await,
        c.quiz.questions[3].prompt
    );
    b.close().await;
}

#[tokio::test(flavor = "current_thread")]
async fn the_quiz_can_be_finished_with_local_storage_blocked() {
    let c = content();
    let server = Server::start(dist(), vec![]);
    let b = Browser::start(1280, 900).await;
    // Every use of localStorage throws, as in a browser that blocks it.
    b.cdp(
        "Page.addScriptToEvaluateOnNewDocument",
        serde_json::json!({ "source":
            "Object.defineProperty(window, 'localStorage', { configurable: true, get() { \
             throw new DOMException('The operation is insecure.', 'SecurityError'); } });" }),
    )
    .await;
    b.client.goto(&server.url("/#quiz")).await.unwrap();
    b.wait_for("fieldset legend").await;
    assert_eq!(text(&b, ".notice").await, c.ui.storage_unavailable);
    for _ in 0..c.quiz.questions.len() {
        b.answer_by_click(1).await;
    }
    assert_eq!(text(&b, ".step-heading").await, c.steps.results.heading);
    assert!(text(&b, ".score-line").await.starts_with("You answered"));
    b.close().await;
}

/// How the list of steps shows: whether the Steps button shows, whether
/// the list does, and for a list that shows, whether every label is whole
/// (no label cut or scrolled out of its row) and whether the page scrolls
/// sideways.
const STEPS_LAYOUT: &str = "const l = document.querySelector('.steps-list'); const t = document.querySelector('.steps-toggle'); \
    const r = l.getBoundingClientRect(); const shown = l.checkVisibility(); \
    const whole = [...l.querySelectorAll('button')].every(b => { const c = b.getBoundingClientRect(); \
      return b.scrollWidth <= b.clientWidth + 1 && c.left >= r.left - 1 && c.right <= r.right + 1; }); \
    return { toggle: t.checkVisibility(), list: shown, whole: shown && whole && l.scrollWidth <= l.clientWidth + 1, \
             pageScrollsSideways: document.documentElement.scrollWidth > innerWidth };";

/// On a phone the steps are behind a Steps button (a row of eight cut
/// labels before); open, every label is whole, in both languages, and
/// choosing one goes there and closes the list. On a wide screen the list
/// shows, whole, with no button.
#[tokio::test(flavor = "current_thread")]
async fn the_list_of_steps_fits_a_phone() {
    let server = Server::start(dist(), vec![]);
    for page in ["/index.en.html", "/index.fil.html"] {
        for width in [320, 390] {
            let b = Browser::start(width, 800).await;
            b.go_live(&server.url(page)).await;
            let closed = b.js(STEPS_LAYOUT).await;
            assert_eq!(
                closed,
                serde_json::json!({ "toggle": true, "list": false, "whole": false, "pageScrollsSideways": false }),
                "{page} at {width} px, closed"
            );
            b.js("document.querySelector('.steps-toggle').click()")
                .await;
            b.wait_js(
                "document.querySelector('.steps-list').checkVisibility()",
                "the open list",
            )
            .await;
            let open = b.js(STEPS_LAYOUT).await;
            assert_eq!(
                open,
                serde_json::json!({ "toggle": true, "list": true, "whole": true, "pageScrollsSideways": false }),
                "{page} at {width} px, open"
            );
            b.js(&format!(
                "document.querySelectorAll('.steps-list button')[{}].click()",
                Step::Quiz.index()
            ))
            .await;
            b.wait_js(
                "document.querySelector('.kpo').dataset.step === 'quiz' && !document.querySelector('.steps-list').checkVisibility()",
                "the quiz, the list closed",
            )
            .await;
            b.close().await;
        }
    }
    let b = Browser::start(1280, 900).await;
    b.go_live(&server.url("/")).await;
    assert_eq!(
        b.js(STEPS_LAYOUT).await,
        serde_json::json!({ "toggle": false, "list": true, "whole": true, "pageScrollsSideways": false })
    );
    b.close().await;
}
