//! The BPO vs KPO explainer: a Yew app that walks a reader through the
//! difference between business and knowledge process outsourcing.
//!
//! Pure logic (navigation, scoring, shuffling, saved state) lives in
//! [`state`] and is tested natively; components only render it.

pub mod app;
mod browser;
pub mod components;
pub mod content;
pub mod state;

pub use app::App;

use wasm_bindgen::prelude::*;

/// Mounts the standalone widget into the page's `#kpo-explainer` element.
///
/// Called by `boot.js` after the WebAssembly is loaded; there is no
/// `#[wasm_bindgen(start)]`, so tests and embedders decide where it mounts.
#[wasm_bindgen]
pub fn mount_standalone() -> Result<(), JsValue> {
    let document = gloo::utils::document();
    let root = document.get_element_by_id("kpo-explainer").ok_or_else(|| {
        JsValue::from_str("kpo-explainer: no element with id \"kpo-explainer\" to mount into")
    })?;
    root.set_inner_html("");
    yew::Renderer::<App>::with_root_and_props(root, yew::props!(app::AppProps {})).render();
    Ok(())
}
