//! With local storage that throws on every use, the widget says progress
//! won't be saved, and everything else works. (Its own file: the override
//! must not leak into other tests' pages.)

#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use kpo_explainer::app::AppProps;
use wasm_bindgen_test::*;
use yew::AttrValue;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn blocked_storage_is_explained_and_nothing_breaks() {
    js_sys::eval(
        "Object.defineProperty(window, 'localStorage', { configurable: true, \
         get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });",
    )
    .unwrap();
    let (root, handle) = mount(AppProps {
        storage_key: Some(AttrValue::Static("kpo-test:blocked")),
        ..isolated()
    })
    .await;
    assert_eq!(text(&root, ".notice"), CONTENT.ui.storage_unavailable);
    click(&button(&root, CONTENT.steps.quiz.label)).await;
    find_all(&root, ".option input")[0].click();
    yew::scheduler::flush().await;
    click(&button(&root, CONTENT.ui.check)).await;
    assert!(root.query_selector(".explanation").unwrap().is_some());
    handle.destroy();
}
