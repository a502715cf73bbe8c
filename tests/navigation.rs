//! The stepper: Step n of m, progress, Back and Next, the list of steps,
//! focus on the new heading, and the URL hash.

#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use kpo_content::Step;
use kpo_explainer::app::AppProps;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn next_and_back_walk_every_step() {
    let (root, handle) = mount(isolated()).await;
    let total = Step::ALL.len();
    for (i, step) in Step::ALL.iter().enumerate() {
        assert_eq!(
            text(&root, ".step-heading"),
            CONTENT.steps.get(*step).heading
        );
        assert_eq!(
            text(&root, ".step-count"),
            format!("Step {} of {total}", i + 1)
        );
        let progress = find(&root, "progress");
        assert_eq!(
            progress.get_attribute("value").unwrap(),
            (i + 1).to_string()
        );
        if i + 1 < total {
            click(&find(&root, ".step-nav .next")).await;
        }
    }
    assert!(
        root.query_selector(".step-nav .next").unwrap().is_none(),
        "no Next on the last step"
    );
    click(&find(&root, ".step-nav .back")).await;
    assert_eq!(text(&root, ".step-heading"), CONTENT.steps.quiz.heading);
    handle.destroy();
}

#[wasm_bindgen_test]
async fn next_names_where_it_goes_and_focus_moves_to_the_new_heading() {
    let (root, handle) = mount(isolated()).await;
    let next = find(&root, ".step-nav .next");
    assert_eq!(next.text_content().unwrap(), CONTENT.ui.start);
    click(&next).await;
    assert_eq!(
        text(&root, ".step-nav .next"),
        format!("Next: {}", CONTENT.steps.comparison.label)
    );
    let focused = gloo::utils::document().active_element().unwrap();
    assert_eq!(focused.class_name(), "step-heading");
    assert_eq!(
        focused.text_content().unwrap(),
        CONTENT.steps.definitions.heading
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn any_step_is_reachable_from_the_list() {
    let (root, handle) = mount(isolated()).await;
    click(&button(&root, CONTENT.steps.quiz.label)).await;
    assert_eq!(text(&root, ".step-heading"), CONTENT.steps.quiz.heading);
    let current = find(&root, ".steps-list [aria-current=step]");
    assert_eq!(
        current.text_content().unwrap().trim(),
        CONTENT.steps.quiz.label
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn the_hash_names_the_step_and_follows_back() {
    let location = gloo::utils::window().location();
    location.set_hash("comparison").unwrap();
    let (root, handle) = mount(AppProps {
        use_hash: true,
        ..isolated()
    })
    .await;
    assert_eq!(
        text(&root, ".step-heading"),
        CONTENT.steps.comparison.heading
    );

    click(&find(&root, ".step-nav .next")).await;
    assert_eq!(location.hash().unwrap(), "#fields");

    // A hand-edited hash (or Back) moves the widget.
    location.set_hash("why").unwrap();
    // hashchange is dispatched asynchronously: wait for it, then render.
    gloo::timers::future::TimeoutFuture::new(0).await;
    yew::scheduler::flush().await;
    assert_eq!(text(&root, ".step-heading"), CONTENT.steps.why.heading);
    location.set_hash("").unwrap();
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_start_step_is_honoured_for_a_new_reader() {
    let (root, handle) = at(Step::Quiz).await;
    assert_eq!(text(&root, ".step-heading"), CONTENT.steps.quiz.heading);
    handle.destroy();
}
