//! Sorting tasks: a button press answers, feedback and the reason appear,
//! the running count and the live region follow.

#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use kpo_content::{Side, Step};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn on_sort_step() -> (web_sys::Element, yew::AppHandle<kpo_explainer::App>) {
    at(Step::Sort).await
}

#[wasm_bindgen_test]
async fn every_task_has_a_labelled_pair_of_buttons() {
    let (root, handle) = on_sort_step().await;
    let groups = find_all(&root, ".sort-task [role=group]");
    assert_eq!(groups.len(), CONTENT.sort_tasks.len());
    for (g, t) in groups.iter().zip(CONTENT.sort_tasks) {
        assert!(g.get_attribute("aria-label").unwrap().contains(t.task));
        assert_eq!(find_all(g, "button").len(), 2);
    }
    assert_eq!(
        text(&root, ".tally"),
        format!("0 of {} sorted, 0 right", CONTENT.sort_tasks.len())
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn right_and_wrong_answers_get_their_reason_and_count() {
    let (root, handle) = on_sort_step().await;
    let total = CONTENT.sort_tasks.len();
    let tasks = find_all(&root, ".sort-task");

    // Task 0, answered right.
    let right = CONTENT.sort_tasks[0].answer;
    let idx = |s: Side| if s == Side::Bpo { 0 } else { 1 };
    click(&find_all(&tasks[0], "button")[idx(right)]).await;
    let first = &find_all(&root, ".sort-task")[0];
    assert_eq!(
        find(first, ".verdict").text_content().unwrap(),
        CONTENT.ui.sort_correct
    );
    assert!(first
        .text_content()
        .unwrap()
        .contains(CONTENT.sort_tasks[0].reason));
    assert_eq!(
        find_all(first, "button")[idx(right)]
            .get_attribute("aria-pressed")
            .unwrap(),
        "true"
    );
    assert_eq!(
        text(&root, ".tally"),
        format!("1 of {total} sorted, 1 right")
    );
    assert!(live(&root).starts_with(CONTENT.ui.sort_correct));

    // Task 1, answered wrong.
    let wrong = if CONTENT.sort_tasks[1].answer == Side::Bpo {
        Side::Kpo
    } else {
        Side::Bpo
    };
    click(&find_all(&find_all(&root, ".sort-task")[1], "button")[idx(wrong)]).await;
    let second = &find_all(&root, ".sort-task")[1];
    assert_eq!(
        find(second, ".verdict").text_content().unwrap(),
        CONTENT.ui.sort_wrong
    );
    assert_eq!(
        text(&root, ".tally"),
        format!("2 of {total} sorted, 1 right")
    );
    assert!(live(&root).contains(&format!("2 of {total} sorted, 1 right")));

    // Clearing starts over.
    click(&button(&root, CONTENT.ui.sort_reset)).await;
    assert_eq!(
        text(&root, ".tally"),
        format!("0 of {total} sorted, 0 right")
    );
    handle.destroy();
}
