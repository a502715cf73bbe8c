//! "Embed this" shows both snippets with the widget's own address.

#![cfg(target_arch = "wasm32")]

mod common;

use common::*;
use kpo_explainer::app::AppProps;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use yew::AttrValue;

wasm_bindgen_test_configure!(run_in_browser);

/// The code in each snippet's text area.
fn snippet_texts(root: &web_sys::Element) -> Vec<String> {
    find_all(root, ".snippet textarea")
        .into_iter()
        .map(|t| {
            t.dyn_into::<web_sys::HtmlTextAreaElement>()
                .unwrap()
                .value()
        })
        .collect()
}

#[wasm_bindgen_test]
async fn embed_this_shows_both_snippets_with_the_widgets_address() {
    let (root, handle) = mount(AppProps {
        base_url: Some(AttrValue::Static("https://example.org/kpo/")),
        ..isolated()
    })
    .await;
    let toggle = button(&root, CONTENT.ui.embed_open);
    assert_eq!(toggle.get_attribute("aria-expanded").unwrap(), "false");
    assert!(find(&root, ".embed-panel").hidden());
    click(&toggle).await;
    assert!(!find(&root, ".embed-panel").hidden());
    let areas = snippet_texts(&root);
    // Words and a link where no script runs; a screen kept for the widget
    // where scripts do (embed.css), for 6 s unless embed.js comes.
    assert_eq!(
        areas[0],
        format!(
            "<link rel=\"stylesheet\" href=\"https://example.org/kpo/embed.css\">\n\
             <div data-kpo-explainer><p class=\"kpo-wait\">{} <a href=\"https://example.org/kpo/index.html\" target=\"_blank\" rel=\"noopener\">{}</a></p></div>\n\
             <script src=\"https://example.org/kpo/embed.js\" defer></script>",
            CONTENT.ui.embed_fallback, CONTENT.ui.open_in_new_tab
        )
    );
    assert!(areas[1].starts_with(
        "<link rel=\"stylesheet\" href=\"https://example.org/kpo/embed.css\">\n<iframe src=\"https://example.org/kpo/index.html?embed=1\" title=\"BPO vs KPO explainer\" data-kpo-explainer-frame"
    ));
    // Each text area has a label, each Copy button says what it copies.
    for label in find_all(&root, ".snippet label") {
        let target = label.get_attribute("for").unwrap();
        assert!(root
            .query_selector(&format!("#{target}"))
            .unwrap()
            .is_some());
    }
    let names: Vec<_> = find_all(&root, ".snippet button")
        .iter()
        .map(|b| b.get_attribute("aria-label").unwrap())
        .collect();
    assert_eq!(
        names,
        [
            format!("Copy: {}", CONTENT.ui.embed_script),
            format!("Copy: {}", CONTENT.ui.embed_iframe)
        ]
    );
    handle.destroy();
}

/// A reader in another language than the default copies snippets that ask
/// for it: the page's language would otherwise decide.
#[wasm_bindgen_test]
async fn snippets_ask_for_the_language_the_reader_is_in() {
    let (root, handle) = mount(AppProps {
        base_url: Some(AttrValue::Static("https://example.org/kpo/")),
        words: kpo_explainer::content::Words::built("fil").unwrap(),
        ..isolated()
    })
    .await;
    let areas = snippet_texts(&root);
    assert!(
        areas[0].contains("<div data-kpo-explainer data-lang=\"fil\"><p class=\"kpo-wait\">")
            && areas[0].contains("<a href=\"https://example.org/kpo/index.fil.html\""),
        "{}",
        areas[0]
    );
    assert!(
        areas[1].contains("<iframe src=\"https://example.org/kpo/index.fil.html?embed=1\""),
        "{}",
        areas[1]
    );
    handle.destroy();
}

#[wasm_bindgen_test]
async fn no_address_no_embed_control() {
    let (root, handle) = mount(isolated()).await;
    assert!(root.query_selector(".embed").unwrap().is_none());
    handle.destroy();
}
