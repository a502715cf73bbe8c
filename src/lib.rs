//! The BPO vs KPO explainer: a Yew app that walks a reader through the
//! difference between business and knowledge process outsourcing.
//!
//! Pure logic (navigation, scoring, shuffling, saved state, embed options)
//! lives in [`state`] and [`embed::options`] and is tested natively;
//! components only render it.

pub mod app;
mod browser;
pub mod components;
pub mod content;
mod crash;
pub mod embed;
pub mod state;

pub use app::App;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::{AttrValue, Callback};

use app::{AppProps, LoadLanguage};
use content::Words;
use embed::options::{self, Options, Origin, Theme};
use embed::{Report, SizeReporter};

/// The words in a content text the page fetched, or why not, said so that
/// whoever runs the site can fix it.
fn words_of(text: String) -> Result<Words, JsValue> {
    Words::decode(text).ok_or_else(|| {
        JsValue::from_str(
            "kpo-explainer: the content file (content.<language>.txt) is not one this version \
             of the widget can read: upload all of the build (dist/) together, and clear any \
             cache in front of it",
        )
    })
}

/// Fetches other languages with `load`, the page's function from a
/// language tag to a promise of its content text; a language already
/// decoded on this page is not fetched again.
fn loader(load: Option<js_sys::Function>) -> Option<LoadLanguage> {
    let load = load?;
    Some(Callback::from(
        move |(tag, done): (&'static str, Callback<Option<Words>>)| {
            if let Some(words) = Words::decoded(tag) {
                return done.emit(Some(words));
            }
            let Some(promise) = load
                .call1(&JsValue::NULL, &JsValue::from_str(tag))
                .ok()
                .and_then(|p| p.dyn_into::<js_sys::Promise>().ok())
            else {
                return done.emit(None);
            };
            // Promise callbacks, as for the clipboard: the two small
            // closures live on (forgotten) after a switch.
            let on_text = {
                let done = done.clone();
                Closure::<dyn FnMut(JsValue)>::new(move |text: JsValue| {
                    // Quick presses may have asked for it more than once:
                    // decoding shares a language already decoded.
                    let words = text.as_string().and_then(Words::decode);
                    if words.is_none() {
                        browser::warn(&format!(
                            "the content file for \"{tag}\" could not be read; upload all of the build (dist/) together"
                        ));
                    }
                    done.emit(words);
                })
            };
            let on_error = Closure::<dyn FnMut(JsValue)>::new(move |error: JsValue| {
                web_sys::console::warn_2(
                    &JsValue::from_str(&format!(
                        "kpo-explainer: the content for \"{tag}\" could not be loaded:"
                    )),
                    &error,
                );
                done.emit(None);
            });
            let _ = promise.then2(&on_text, &on_error);
            on_text.forget();
            on_error.forget();
        },
    ))
}

/// The props an embedded widget (in a frame or a host page) gets from its
/// options: the one place options become props, for both mount paths.
fn embedded_props(
    options: &Options,
    base: String,
    words: Words,
    load: Option<LoadLanguage>,
) -> AppProps {
    yew::props!(AppProps {
        words,
        load_language: load,
        use_hash: false,
        start: options.start,
        shuffle: options.shuffle,
        theme: options.theme.attr().map(AttrValue::Static),
        base_url: Some(AttrValue::from(base)),
    })
}

/// Mounts the widget on its own page (`index.html`), into `#kpo-explainer`.
/// With `?embed=1` the page is inside an iframe: it reports its height, steps
/// and score to the parent, and reads its options from the query.
///
/// `base` is the widget's own folder URL, for the "Embed this" snippets;
/// `content` the text of the language to show first, and `load` fetches
/// the others (the switcher is hidden without it). Called by `boot.js`;
/// there is no `#[wasm_bindgen(start)]`, so tests and embedders decide
/// where the widget mounts.
#[wasm_bindgen]
pub fn mount_standalone(
    base: String,
    content: String,
    load: Option<js_sys::Function>,
) -> Result<(), JsValue> {
    let words = words_of(content)?;
    let load = loader(load);
    let document = gloo::utils::document();
    let root = document.get_element_by_id("kpo-explainer").ok_or_else(|| {
        JsValue::from_str("kpo-explainer: no element with id \"kpo-explainer\" to mount into")
    })?;
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let pairs = browser::query_pairs(&search);
    let framed = pairs.iter().any(|(k, v)| k == "embed" && v == "1");
    let props = if framed {
        if let Some(html) = document.document_element() {
            let _ = html.class_list().add_1("kpo-framed");
        }
        let (mut opts, warnings) = options::parse(
            pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
            Origin::Query,
        );
        embed::warn_all(&warnings);
        // Inside a page, not the reader's system but the page decides; a
        // frame can't see the page, so it is light unless the page's
        // embed.js says dark.
        let page_decides = opts.theme == Theme::Auto;
        if page_decides {
            opts.theme = Theme::Light;
        }
        let hash = gloo::utils::window().location().hash().unwrap_or_default();
        let secret = embed::wordpress_secret(&hash);
        let in_wordpress = secret.is_some();
        let reporter = SizeReporter::start(root.clone(), secret, page_decides);
        // A sandboxed frame (WordPress embeds a pasted link in one) has an
        // opaque origin and no storage: progress lasts for the visit, which
        // is no news to alarm a reader with.
        let sandboxed = gloo::utils::window().origin() == "null";
        if sandboxed {
            browser::info("this frame is sandboxed, so progress lasts for this visit only");
        }
        // The block editor's preview (`preview=1`) keeps no progress: an
        // author trying it would otherwise resume there, not at the options
        // being tried, and find the post's widget resumed too.
        let preview = pairs.iter().any(|(k, v)| k == "preview" && v == "1");
        AppProps {
            framed: true,
            reveal_heading: in_wordpress,
            whole_page: true,
            storage_key: (!sandboxed && !preview).then_some(AttrValue::Static(state::saved::KEY)),
            on_report: Some(Callback::from(move |r| {
                embed::post_report(r, words.quiz.questions)
            })),
            on_render: Some(Callback::from(move |_| reporter.report_soon())),
            ..embedded_props(&opts, base, words, load)
        }
    } else {
        yew::props!(AppProps {
            words,
            load_language: load,
            whole_page: true,
            base_url: Some(AttrValue::from(base)),
        })
    };
    root.set_inner_html("");
    crash::watch(&root, words);
    yew::Renderer::<App>::with_root_and_props(root, props).render();
    Ok(())
}

/// Mounts one widget for `embed.js`: `host` is the page's
/// `data-kpo-explainer` element (options are read from its `data-*`
/// attributes, events are dispatched on it), `mount` a node inside its
/// shadow root. `index` tells widgets on one page apart in storage unless
/// the host names itself (`data-kpo-explainer="post-42"`). `page_theme`,
/// `light` or `dark` from the page's own background, is the theme when the
/// host leaves it to `auto`. `content` and `load` are as for the
/// standalone page's mount; embed.js chose the language.
#[wasm_bindgen]
pub fn mount_embedded(
    host: Element,
    mount: Element,
    base: String,
    index: u32,
    page_theme: String,
    content: String,
    load: Option<js_sys::Function>,
) -> Result<(), JsValue> {
    let words = words_of(content)?;
    let attributes = host.attributes();
    let pairs: Vec<(String, String)> = (0..attributes.length())
        .filter_map(|i| attributes.item(i))
        .filter_map(|a| {
            a.name()
                .strip_prefix("data-")
                .map(|n| (n.to_owned(), a.value()))
        })
        .collect();
    let (mut opts, warnings) = options::parse(
        pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        Origin::Attribute,
    );
    embed::warn_all(&warnings);
    if opts.theme == Theme::Auto {
        opts.theme = Theme::of_page(&page_theme);
    }
    let name = host
        .get_attribute("data-kpo-explainer")
        .filter(|n| !n.trim().is_empty())
        .map(|n| n.chars().take(64).collect::<String>())
        .unwrap_or_else(|| index.to_string());
    let key = format!("{}:{name}", state::saved::KEY);
    let props = AppProps {
        storage_key: Some(AttrValue::from(key)),
        on_report: Some(Callback::from(move |r: Report| {
            embed::dispatch_on(&host, r, words.quiz.questions)
        })),
        ..embedded_props(&opts, base, words, loader(load))
    };
    crash::watch(&mount, words);
    yew::Renderer::<App>::with_root_and_props(mount, props).render();
    Ok(())
}

/// Panics on purpose, so tests can see what a reader sees after a crash.
#[doc(hidden)]
#[wasm_bindgen]
pub fn __crash_for_test() {
    panic!("a crash requested by a test");
}

#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
