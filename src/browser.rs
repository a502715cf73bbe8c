//! The few browser services the widget touches, each failing softly: local
//! storage can be blocked, full or throw; the hash may hold anything.

use wasm_bindgen::JsValue;

/// Warns on the console: for problems the reader can't act on but an
/// embedder may want to see.
pub fn warn(message: &str) {
    web_sys::console::warn_1(&JsValue::from_str(&format!("kpo-explainer: {message}")));
}

/// Notes something on the console that is worth knowing but not a problem.
pub fn info(message: &str) {
    web_sys::console::info_1(&JsValue::from_str(&format!("kpo-explainer: {message}")));
}

fn storage() -> Result<web_sys::Storage, String> {
    let window = web_sys::window().ok_or("no window")?;
    match window.local_storage() {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err("local storage is not available".to_owned()),
        Err(e) => Err(format!("local storage is blocked ({})", describe(&e))),
    }
}

/// The saved value under `key`: `Ok(None)` when nothing is saved, `Err` when
/// storage can't be used at all.
pub fn load(key: &str) -> Result<Option<String>, String> {
    storage()?
        .get_item(key)
        .map_err(|e| format!("reading local storage failed ({})", describe(&e)))
}

pub fn save(key: &str, value: &str) -> Result<(), String> {
    storage()?
        .set_item(key, value)
        .map_err(|e| format!("saving to local storage failed ({})", describe(&e)))
}

pub fn remove(key: &str) {
    if let Ok(s) = storage() {
        let _ = s.remove_item(key);
    }
}

fn describe(e: &JsValue) -> String {
    e.as_string()
        .or_else(|| {
            js_sys::Reflect::get(e, &JsValue::from_str("message"))
                .ok()
                .and_then(|m| m.as_string())
        })
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// The URL hash without its `#`.
pub fn hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_owned())
        .unwrap_or_default()
}

/// Puts `#id` in the URL as a new history entry, so the browser's Back and
/// Forward move between steps.
pub fn push_hash(id: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&format!("#{id}")));
    }
}

/// Makes the page say it is in `words`' language: its `lang` and title
/// and, on the widget's own page (`own_url`), its address, so a reload or a
/// shared link opens that language's page at the same step.
pub fn show_page_in(words: crate::content::Words, own_url: bool) {
    let document = gloo::utils::document();
    if let Some(html) = document.document_element() {
        let _ = html.set_attribute("lang", words.meta.language);
    }
    document.set_title(words.meta.page_title);
    if own_url {
        let url = format!(
            "{}{}",
            kpo_content::page_file(words.meta.language),
            gloo::utils::window().location().hash().unwrap_or_default()
        );
        if let Ok(history) = gloo::utils::window().history() {
            let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&url));
        }
    }
}

/// The `name=value` pairs of a URL query (`?a=1&b=2`), decoded by the
/// browser's own `URLSearchParams`.
pub fn query_pairs(search: &str) -> Vec<(String, String)> {
    let Ok(params) = web_sys::UrlSearchParams::new_with_str(search) else {
        return Vec::new();
    };
    let Ok(Some(entries)) = js_sys::try_iter(&params) else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|entry| {
            let pair = js_sys::Array::from(&entry);
            Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
        })
        .collect()
}

/// A random seed for reshuffling the quiz.
pub fn random_seed() -> u64 {
    (js_sys::Math::random() * (u64::MAX as f64)) as u64
}
