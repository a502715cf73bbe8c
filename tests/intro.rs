//! The first screen renders the real answer from the content, and each
//! reader's question leads to the step that answers it.

#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn first_screen_answers_what_kpo_is() {
    let (root, handle) = mount(isolated()).await;
    assert_eq!(text(&root, ".kpo-title"), CONTENT.meta.title);
    assert_eq!(text(&root, ".short-answer"), CONTENT.intro.short_answer);
    assert_eq!(text(&root, ".step-heading"), CONTENT.steps.intro.heading);
    let questions = find_all(&root, ".reader-question dt");
    assert_eq!(questions.len(), CONTENT.reader_questions.len());
    handle.destroy();
}

#[wasm_bindgen_test]
async fn a_readers_question_links_to_its_answer() {
    let (root, handle) = mount(isolated()).await;
    let brain_drain = CONTENT
        .reader_questions
        .iter()
        .position(|q| q.question.contains("brain drain"))
        .unwrap();
    let link = find_all(&root, ".reader-question .link-button").remove(brain_drain);
    click(&link).await;
    assert_eq!(text(&root, ".step-heading"), CONTENT.steps.why.heading);
    handle.destroy();
}
