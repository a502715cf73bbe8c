//! The language buttons: the reader's choice replaces the words in place and
//! keeps their step and answers; a language that can't be loaded is said so
//! and changes nothing; quotes keep the post's language.

#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use kpo_content::{Side, Step, TaskKind};
use kpo_explainer::app::{AppProps, LoadLanguage};
use kpo_explainer::content::Words;
use wasm_bindgen_test::*;
use yew::Callback;

wasm_bindgen_test_configure!(run_in_browser);

/// Loads each language from the build, or fails every load.
fn loader(works: bool) -> LoadLanguage {
    Callback::from(
        move |(tag, done): (&'static str, Callback<Option<Words>>)| {
            done.emit(works.then(|| Words::built(tag)).flatten())
        },
    )
}

fn filipino() -> Words {
    Words::built("fil").expect("the build has content/fil.toml")
}

async fn with_languages(
    step: Step,
    works: bool,
) -> (web_sys::Element, yew::AppHandle<kpo_explainer::App>) {
    mount(AppProps {
        start: Some(step),
        load_language: Some(loader(works)),
        ..isolated()
    })
    .await
}

#[wasm_bindgen_test]
async fn each_language_is_a_button_named_in_itself() {
    let (root, handle) = with_languages(Step::Intro, true).await;
    let group = find(&root, ".languages[role=group]");
    assert_eq!(
        group.get_attribute("aria-label").unwrap(),
        CONTENT.ui.language_label
    );
    let buttons = find_all(&group, "button");
    let names: Vec<_> = buttons.iter().map(|b| b.text_content().unwrap()).collect();
    assert_eq!(names, ["English", "Filipino"]);
    assert_eq!(buttons[1].get_attribute("lang").unwrap(), "fil");
    assert_eq!(buttons[0].get_attribute("aria-pressed").unwrap(), "true");
    assert_eq!(buttons[1].get_attribute("aria-pressed").unwrap(), "false");
    handle.destroy();
}

#[wasm_bindgen_test]
async fn no_loader_no_buttons() {
    let (root, handle) = at(Step::Intro).await;
    assert_eq!(count(&root, ".languages"), 0);
    handle.destroy();
}

#[wasm_bindgen_test]
async fn switching_keeps_the_step_and_the_answers() {
    let (root, handle) = with_languages(Step::Sort, true).await;
    let places = CONTENT
        .sort_tasks
        .iter()
        .filter(|t| t.kind == TaskKind::Place)
        .count();
    // A task placed, and a task named KPO.
    let placed = &CONTENT.sort_tasks[first_task(TaskKind::Place)];
    slide(&find(&task_item(&root, 0), "input"), placed.position).await;
    click(&button(&task_item(&root, 0), CONTENT.ui.place_check)).await;
    let named = find(&task_item(&root, places), "[role=group]");
    click(&find_all(&named, "button")[2]).await;
    let tally = text(&root, ".tally");

    click(&button(&root, "Filipino")).await;
    let fil = filipino();
    assert_eq!(attribute(&root, "section.kpo", "lang").unwrap(), "fil");
    assert_eq!(text(&root, ".step-heading"), fil.steps.sort.heading);
    let named = find(&task_item(&root, places), "[role=group]");
    assert_eq!(
        find_all(&named, "button")[2]
            .get_attribute("aria-pressed")
            .unwrap(),
        "true"
    );
    let slider = find(&task_item(&root, 0), "input");
    assert_eq!(
        slider.get_attribute("aria-valuetext").unwrap(),
        kpo_content::fill(
            fil.ui.place_value,
            &[
                ("value", &placed.position.to_string()),
                ("where", fil.ui.zone(placed.position))
            ]
        )
    );
    let expected = kpo_content::fill(
        fil.ui.sort_count,
        &[("done", "2"), ("total", &fil.sort_tasks.len().to_string())],
    );
    let (done, _) = expected.split_once("{correct}").unwrap();
    assert!(
        text(&root, ".tally").starts_with(done),
        "{}",
        text(&root, ".tally")
    );
    assert_ne!(text(&root, ".tally"), tally);
    let named_task = &fil.sort_tasks[first_task(TaskKind::Name)];
    let verdict = if named_task.answer == Some(Side::Kpo) {
        fil.ui.sort_correct
    } else {
        fil.ui.sort_wrong
    };
    assert_eq!(text(&task_item(&root, places), ".verdict"), verdict);
    assert_eq!(text(&task_item(&root, 0), ".verdict"), fil.ui.sort_correct);

    // And back, to the same words as before.
    click(&button(&root, "English")).await;
    assert_eq!(text(&root, ".step-heading"), CONTENT.steps.sort.heading);
    assert_eq!(text(&root, ".tally"), tally);
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_language_that_fails_to_load_is_named_and_nothing_changes() {
    let (root, handle) = with_languages(Step::Definitions, false).await;
    click(&button(&root, "Filipino")).await;
    let alert = text(&root, "[role=alert]");
    assert!(alert.starts_with("Filipino"), "{alert}");
    assert_eq!(attribute(&root, "section.kpo", "lang").unwrap(), "en");
    assert_eq!(
        text(&root, ".step-heading"),
        CONTENT.steps.definitions.heading
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn quotes_keep_the_posts_language_with_a_gloss_in_the_readers() {
    let (root, handle) = mount(AppProps {
        start: Some(Step::Why),
        words: filipino(),
        ..isolated()
    })
    .await;
    let fil = filipino();
    let point = fil.why[0];
    assert_eq!(attribute(&root, "blockquote", "lang").unwrap(), "en");
    assert_eq!(text(&root, "blockquote"), point.quote.unwrap());
    assert_eq!(text(&root, ".gloss"), point.gloss.unwrap());
    assert_eq!(attribute(&root, "section.kpo", "lang").unwrap(), "fil");
    handle.destroy();
}
