//! Progress survives a remount through local storage; junk in storage is
//! dropped without harm.

#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use kpo_content::Step;
use kpo_explainer::app::AppProps;
use wasm_bindgen_test::*;
use yew::AttrValue;

wasm_bindgen_test_configure!(run_in_browser);

const KEY: &str = "kpo-test:progress";

fn props() -> AppProps {
    AppProps {
        storage_key: Some(AttrValue::Static(KEY)),
        ..isolated()
    }
}

fn storage() -> web_sys::Storage {
    gloo::utils::window().local_storage().unwrap().unwrap()
}

#[wasm_bindgen_test]
async fn quiz_answers_and_step_survive_a_remount() {
    storage().remove_item(KEY).unwrap();
    let (root, handle) = mount(props()).await;
    click(&button(&root, CONTENT.steps.quiz.label)).await;
    let q = &CONTENT.quiz.questions[0];
    let right = q.options.iter().position(|o| o.correct).unwrap();
    find_all(&root, ".option input")[right].click();
    yew::scheduler::flush().await;
    click(&button(&root, CONTENT.ui.check)).await;
    handle.destroy();

    let (root, handle) = mount(props()).await;
    assert_eq!(text(&root, ".step-heading"), CONTENT.steps.quiz.heading);
    assert_eq!(text(&root, ".explanation .verdict"), CONTENT.ui.correct);
    assert_eq!(text(&root, ".score-so-far"), "Score so far: 1 of 1");
    handle.destroy();
    storage().remove_item(KEY).unwrap();
}

#[wasm_bindgen_test]
async fn junk_in_storage_is_dropped_and_the_widget_starts_fresh() {
    for junk in [
        "",
        "null",
        "kpo3;quiz;x",
        "<img src=x onerror=alert(1)>",
        "kpo3;results;;;;;;;1;200;1",
        // Older formats (before the warm-up, before the practice's
        // placements): dropped, not misread.
        "kpo1;quiz;----------------;0,1;0,1/0,1;0;-,-;0;-;1",
        "kpo2;intro;---;----------------;0;0;0;-;0;-;1",
    ] {
        storage().set_item(KEY, junk).unwrap();
        let (root, handle) = mount(props()).await;
        assert_eq!(
            text(&root, ".step-heading"),
            CONTENT.steps.get(Step::Intro).heading,
            "for {junk:?}"
        );
        // Dropped, then saved afresh: a valid value is there now.
        let now = storage().get_item(KEY).unwrap().unwrap();
        assert!(now.starts_with("kpo3;intro;"), "for {junk:?}: {now}");
        handle.destroy();
    }
    storage().remove_item(KEY).unwrap();
}
