//! Helpers shared by the component tests: a fresh root per test, and DOM
//! look-ups that fail with a readable message.

#![allow(dead_code)]

use std::sync::LazyLock;

use kpo_explainer::app::AppProps;
use kpo_explainer::content::Words;
use kpo_explainer::App;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::{AppHandle, AttrValue};

/// The default language's words, as the build wrote them (a page hands the
/// widget its text; a test takes it from the build).
pub static CONTENT: LazyLock<Words> = LazyLock::new(Words::english);

/// A fresh `<div>` appended to the body, so tests don't share DOM.
pub fn fresh_root() -> Element {
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

/// The one element matching `selector` under `root`.
pub fn find(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector:?} in {}", root.inner_html()))
        .dyn_into()
        .unwrap()
}

/// Every element matching `selector` under `root`.
pub fn find_all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into().unwrap())
        .collect()
}

/// How many elements (of any kind: SVG too) match `selector` under `root`.
pub fn count(root: &Element, selector: &str) -> u32 {
    root.query_selector_all(selector).unwrap().length()
}

/// An attribute of the one element (of any kind) matching `selector`.
pub fn attribute(root: &Element, selector: &str, name: &str) -> Option<String> {
    root.query_selector(selector)
        .unwrap()
        .unwrap_or_else(|| panic!("no element matches {selector:?} in {}", root.inner_html()))
        .get_attribute(name)
}

/// Text of the one element matching `selector`.
pub fn text(root: &Element, selector: &str) -> String {
    find(root, selector).text_content().unwrap_or_default()
}

/// The button whose visible text is `label`.
pub fn button(root: &Element, label: &str) -> HtmlElement {
    find_all(root, "button")
        .into_iter()
        .find(|b| b.text_content().unwrap_or_default().trim() == label && !b.hidden())
        .unwrap_or_else(|| panic!("no button labelled {label:?} in {}", root.inner_html()))
}

/// Props for a test: no storage and no URL hash unless a test asks for them,
/// so tests don't see each other's progress.
pub fn isolated() -> AppProps {
    yew::props!(AppProps {
        words: *CONTENT,
        storage_key: None::<AttrValue>,
        use_hash: false,
    })
}

/// Renders the widget, isolated, opened on `step` (as a first-time reader
/// whose embedder chose that start).
pub async fn at(step: kpo_content::Step) -> (Element, AppHandle<App>) {
    mount(AppProps {
        start: Some(step),
        ..isolated()
    })
    .await
}

/// Renders the widget into a fresh root and waits for it.
pub async fn mount(props: AppProps) -> (Element, AppHandle<App>) {
    let root = fresh_root();
    let handle = yew::Renderer::<App>::with_root_and_props(root.clone(), props).render();
    yew::scheduler::flush().await;
    (root, handle)
}

/// The text of the live region readers' screen readers speak from.
pub fn live(root: &Element) -> String {
    text(root, "[role=status]")
}

/// Clicks and lets Yew render the result.
pub async fn click(el: &HtmlElement) {
    el.click();
    yew::scheduler::flush().await;
}

/// Moves a range input to `value` as a reader would (the value changes,
/// then `change` fires) and lets Yew render the result.
pub async fn slide(input: &HtmlElement, value: u8) {
    let input: &web_sys::HtmlInputElement = input.dyn_ref().unwrap();
    input.set_value(&value.to_string());
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let change = web_sys::Event::new_with_event_init_dict("change", &init).unwrap();
    input.dispatch_event(&change).unwrap();
    yew::scheduler::flush().await;
}

/// The index of the first practice task of `kind`.
pub fn first_task(kind: kpo_content::TaskKind) -> usize {
    CONTENT
        .sort_tasks
        .iter()
        .position(|t| t.kind == kind)
        .unwrap()
}

/// The practice task shown at position `shown` (tasks to place first, as
/// the step lists them): its list item.
pub fn task_item(root: &Element, shown: usize) -> HtmlElement {
    find_all(root, ".sort-task").remove(shown)
}
