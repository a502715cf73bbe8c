//! "Embed this": both snippets, with the widget's own address filled in,
//! ready to copy.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::disclosure::{disclosure, Disclosure};
use crate::app::Ctx;
use crate::content::CONTENT;
use crate::state::EMBED_CODE;

/// The two ways to embed, as the embedding guide gives them.
pub fn snippets(base: &str) -> (String, String) {
    let script =
        format!("<div data-kpo-explainer></div>\n<script src=\"{base}embed.js\" defer></script>");
    let iframe = format!(
        "<iframe src=\"{base}index.html?embed=1\" title=\"{}\" data-kpo-explainer-frame style=\"width:100%;border:0\"></iframe>\n<script src=\"{base}embed.js\" defer></script>",
        CONTENT.meta.title
    );
    (script, iframe)
}

/// "Embed this", for a widget served from `base` (its folder URL, ending in
/// `/`). It says "Copied" (or why not) through the live region, and its ids
/// carry the widget's `uid`.
pub fn embed_panel(base: &str, ctx: &Ctx) -> Html {
    let (announce, uid) = (&ctx.announce, ctx.uid);
    let ui = &CONTENT.ui;
    let (script, iframe) = snippets(base);
    let copy = |area_id: String, text: String| {
        let announce = announce.clone();
        Callback::from(move |e: MouseEvent| {
            let (announce, text) = (announce.clone(), text.clone());
            // The textarea is in the same tree (document or shadow root) as
            // the button, so look it up from there.
            let area = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
                .and_then(|n| {
                    n.get_root_node()
                        .dyn_into::<web_sys::DocumentFragment>()
                        .ok()
                        .map(|f| f.get_element_by_id(&area_id))
                        .unwrap_or_else(|| gloo::utils::document().get_element_by_id(&area_id))
                })
                .and_then(|el| el.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
            let select = move || {
                if let Some(area) = &area {
                    let _ = area.focus();
                    area.select();
                }
            };
            let clipboard = gloo::utils::window().navigator().clipboard();
            let promise = clipboard.write_text(&text);
            yew::platform::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(_) => announce.emit(CONTENT.ui.copied.to_owned()),
                    Err(_) => {
                        select();
                        announce.emit(CONTENT.ui.copy_failed.to_owned());
                    }
                }
            });
        })
    };
    let snippet = |id: &str, label: &'static str, text: String| {
        let area_id = format!("kpo{uid}-{id}");
        html! {
            <div class="snippet">
                <label for={area_id.clone()}>{ label }</label>
                <textarea id={area_id.clone()} readonly=true rows="3" spellcheck="false" value={text.clone()} />
                <button type="button" aria-label={format!("{}: {label}", ui.copy)} onclick={copy(area_id, text)}>{ ui.copy }</button>
            </div>
        }
    };
    let code = Disclosure {
        bit: EMBED_CODE,
        id: format!("kpo{uid}-embed"),
        show: ui.embed_open,
        hide: ui.embed_close,
        about: None,
        button_class: Some("link-button"),
        panel_class: "embed-panel",
    };
    html! {
        <div class="embed">
            { disclosure(ctx, code, html! { <>
                <p>{ ui.embed_intro }</p>
                { snippet("embed-script", ui.embed_script, script) }
                { snippet("embed-iframe", ui.embed_iframe, iframe) }
            </> }) }
        </div>
    }
}
