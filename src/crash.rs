//! A panic must never leave a frozen or blank box: every mounted widget is
//! replaced by one short line the reader can act on, and the details go to
//! the console for whoever embeds it.

use std::cell::RefCell;
use std::sync::Once;

use wasm_bindgen::JsValue;
use web_sys::Element;

use crate::content::Words;

thread_local! {
    static ROOTS: RefCell<Vec<(Element, Words)>> = const { RefCell::new(Vec::new()) };
}

/// Remembers a widget's root and the words to say it crashed in (those it
/// started with: a panic can't ask the app which it shows now), and
/// installs the hook once.
pub fn watch(root: &Element, words: Words) {
    static HOOK: Once = Once::new();
    // Through Yew, which otherwise installs its own hook at every render.
    HOOK.call_once(|| yew::set_custom_panic_hook(Box::new(on_panic)));
    ROOTS.with(|r| r.borrow_mut().push((root.clone(), words)));
}

#[allow(deprecated)] // Yew 0.23 names the hook's argument PanicInfo
fn on_panic(info: &std::panic::PanicInfo<'_>) {
    web_sys::console::error_1(&JsValue::from_str(&format!(
        "kpo-explainer crashed: {info}"
    )));
    // try_with: the panic may happen while ROOTS is borrowed or torn down.
    let _ = ROOTS.try_with(|roots| {
        if let Ok(roots) = roots.try_borrow() {
            for (root, words) in roots.iter() {
                show_message(root, words.meta.language, words.ui.crashed);
            }
        }
    });
}

fn show_message(root: &Element, language: &str, message: &str) {
    let Some(document) = root.owner_document() else {
        return;
    };
    let Ok(p) = document.create_element("p") else {
        return;
    };
    p.set_class_name("kpo-crashed");
    let _ = p.set_attribute("lang", language);
    let _ = p.set_attribute("role", "alert");
    p.set_text_content(Some(message));
    root.set_text_content(None);
    let _ = root.append_child(&p);
}
