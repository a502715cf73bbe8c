//! The first screen renders the real answer from the content.

#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use kpo_explainer::content::CONTENT;
use kpo_explainer::App;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn first_screen_answers_what_kpo_is() {
    let root = fresh_root();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    assert_eq!(text(&root, ".kpo-title"), CONTENT.meta.title);
    assert_eq!(text(&root, ".short-answer"), CONTENT.intro.short_answer);
    let questions = find_all(&root, ".reader-question dt");
    assert_eq!(questions.len(), CONTENT.reader_questions.len());
    assert!(root.text_content().unwrap().contains("KPO"));

    handle.destroy();
}
