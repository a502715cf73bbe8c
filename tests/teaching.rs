//! What the teaching rewrite added, in the browser: the warm-up on the first
//! screen (guessed, never graded there), the range figure with its text
//! equivalent, the reader's answers on it after sorting, whose voice each
//! "why" point speaks in, and the before-and-after line in the results.

#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use kpo_content::{Checks, Side, Step, TaskKind, Voice};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn other(side: Side) -> Side {
    match side {
        Side::Bpo => Side::Kpo,
        _ => Side::Bpo,
    }
}

fn term(side: Side) -> &'static str {
    match side {
        Side::Bpo => CONTENT.definitions.bpo.term,
        Side::Ito => CONTENT.definitions.ito.term,
        Side::Kpo => CONTENT.definitions.kpo.term,
    }
}

#[wasm_bindgen_test]
async fn the_warm_up_takes_guesses_and_grades_none_of_them() {
    let (root, handle) = mount(isolated()).await;
    let tasks = CONTENT.intro.warmup.tasks;
    let groups = find_all(&root, ".warmup [role=group]");
    assert_eq!(groups.len(), tasks.len());
    for (g, t) in groups.iter().zip(tasks) {
        assert!(g.get_attribute("aria-label").unwrap().contains(t.task));
    }
    // Guess every one wrong: nothing says so.
    for (i, t) in tasks.iter().enumerate() {
        let group = &find_all(&root, ".warmup [role=group]")[i];
        let wrong = find_all(group, "button")
            .into_iter()
            .find(|b| b.text_content().unwrap() == term(other(t.answer)))
            .unwrap();
        click(&wrong).await;
        assert_eq!(wrong.get_attribute("aria-pressed").as_deref(), Some("true"));
    }
    let warmup = text(&root, ".warmup");
    for verdict in [CONTENT.ui.sort_correct, CONTENT.ui.sort_wrong] {
        assert!(!warmup.contains(verdict), "graded: {warmup}");
    }
    assert!(root.query_selector(".warmup .feedback").unwrap().is_none());
    assert!(warmup.contains(CONTENT.ui.warmup_done));
    assert_eq!(live(&root), "", "the live region stays quiet");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn the_range_is_a_figure_with_a_caption_and_a_text_equivalent() {
    let (root, handle) = at(Step::Definitions).await;
    let figure = find(&root, "figure.spectrum");
    assert_eq!(
        attribute(&figure, "svg", "aria-hidden").as_deref(),
        Some("true")
    );
    assert_eq!(text(&figure, "figcaption"), CONTENT.spectrum.caption);
    let items = find_all(&figure, ".spectrum-legend li");
    let examples = CONTENT.spectrum.examples;
    assert_eq!(items.len(), examples.len());
    for (i, (item, e)) in items.iter().zip(examples).enumerate() {
        let said = item.text_content().unwrap();
        assert!(
            said.starts_with(&format!("{}. {}", i + 1, e.task)),
            "{said}"
        );
    }
    // One mark per example in the drawing, numbered as in the list.
    assert_eq!(count(&figure, "svg .mark .n") as usize, examples.len());
    // All three terms, each with its example.
    let cards = text(&root, ".definitions .cards");
    let d = &CONTENT.definitions;
    for def in [&d.bpo, &d.ito, &d.kpo] {
        assert!(cards.contains(def.term) && cards.contains(def.example));
    }
    assert!(text(&root, ".credit").contains(CONTENT.spectrum.quote_source));
    handle.destroy();
}

#[wasm_bindgen_test]
async fn practice_answers_appear_on_the_range_right_and_wrong_told_apart() {
    let (root, handle) = at(Step::Sort).await;
    assert!(
        root.query_selector(".sort figure.spectrum")
            .unwrap()
            .is_none(),
        "no figure before any answer"
    );
    let tasks = CONTENT.sort_tasks;
    let ui = &CONTENT.ui;
    // The first task to place, placed where this guide puts it.
    let placed = &tasks[first_task(TaskKind::Place)];
    slide(&find(&task_item(&root, 0), "input"), placed.position).await;
    click(&button(&task_item(&root, 0), ui.place_check)).await;
    // The first task to name, named wrong.
    let named = &tasks[first_task(TaskKind::Name)];
    let places = tasks.iter().filter(|t| t.kind == TaskKind::Place).count();
    let said = other(named.answer.unwrap());
    let group = find(&task_item(&root, places), "[role=group]");
    let wrong = find_all(&group, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap() == term(said))
        .unwrap();
    click(&wrong).await;

    let figure = find(&root, ".sort figure.spectrum");
    assert_eq!(count(&figure, "svg .mark.right"), 1);
    assert_eq!(count(&figure, "svg .mark.wrong"), 1);
    // A right mark is a circle, a wrong one a diamond: shape, not colour.
    assert_eq!(count(&figure, "svg .mark.right circle"), 1);
    assert_eq!(count(&figure, "svg .mark.wrong rect"), 1);
    let items = find_all(&figure, ".spectrum-legend li");
    assert_eq!(items.len(), 2);
    let first = items[0].text_content().unwrap();
    assert!(first.starts_with(&format!("1. {}", placed.task)), "{first}");
    assert!(first.contains(ui.zone(placed.position)), "{first}");
    assert!(first.ends_with(ui.placing_right), "{first}");
    let second = items[1].text_content().unwrap();
    assert!(
        second.starts_with(&format!("{}. {}", places + 1, named.task)),
        "{second}"
    );
    assert!(
        second.contains(term(said))
            && second.ends_with(&kpo_content::fill(
                ui.placing_wrong,
                &[("side", term(named.answer.unwrap()))]
            )),
        "{second}"
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn every_why_point_says_whose_point_it_is() {
    let (root, handle) = at(Step::Why).await;
    for (i, point) in CONTENT.why.iter().enumerate() {
        click(&find_all(&root, ".points-list button")[i]).await;
        let voice = match point.voice {
            Voice::Post => CONTENT.ui.voice_post,
            Voice::Reader => CONTENT.ui.voice_reader,
            Voice::Guide => CONTENT.ui.voice_guide,
        };
        assert_eq!(text(&root, ".point .voice"), voice, "{}", point.id);
    }
    handle.destroy();
}

#[wasm_bindgen_test]
async fn the_results_compare_the_warm_up_with_the_new_cases() {
    let (root, handle) = mount(isolated()).await;
    // Two of the three warm-up guesses right.
    let tasks = CONTENT.intro.warmup.tasks;
    for (i, t) in tasks.iter().enumerate() {
        let side = if i == 0 { other(t.answer) } else { t.answer };
        let group = find_all(&root, ".warmup [role=group]").remove(i);
        let b = find_all(&group, "button")
            .into_iter()
            .find(|b| b.text_content().unwrap() == term(side))
            .unwrap();
        click(&b).await;
    }
    click(&button(&root, CONTENT.steps.quiz.label)).await;
    // Right on every new case, wrong on the rest.
    let questions = CONTENT.quiz.questions;
    for i in 0..questions.len() {
        let q = &questions[i];
        let pick = q
            .options
            .iter()
            .position(|o| o.correct == (q.checks == Checks::NewCase))
            .unwrap();
        find_all(&root, ".option input")[pick].click();
        yew::scheduler::flush().await;
        click(&button(&root, CONTENT.ui.check)).await;
        let next = if i + 1 == questions.len() {
            CONTENT.ui.see_results
        } else {
            CONTENT.ui.next_question
        };
        click(&button(&root, next)).await;
    }
    let new = questions
        .iter()
        .filter(|q| q.checks == Checks::NewCase)
        .count()
        .to_string();
    assert_eq!(
        text(&root, ".before-after"),
        kpo_content::fill(
            CONTENT.ui.before_after,
            &[
                ("warmup", "2"),
                ("warmup_total", &tasks.len().to_string()),
                ("new", &new),
                ("new_total", &new),
            ]
        )
    );
    // The cases from the middle of the range, told apart.
    let middle = questions
        .iter()
        .filter(|q| q.position.is_some_and(|p| kpo_content::MIDDLE.contains(&p)))
        .count()
        .to_string();
    assert_eq!(
        text(&root, ".middle-cases"),
        kpo_content::fill(
            CONTENT.ui.middle_cases,
            &[("new", &middle), ("new_total", &middle)]
        )
    );
    handle.destroy();
}
