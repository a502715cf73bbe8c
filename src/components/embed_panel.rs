//! "Embed this": both snippets, with the widget's own address filled in,
//! ready to copy.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::disclosure::{disclosure, Disclosure};
use super::Ctx;
use crate::state::said::Said;
use crate::state::{Action, Panel};

/// The two ways to embed, as the embedding guide gives them; `title` names
/// the frame, `fallback` and `open` say what the widget is and link to it
/// where scripts never run (WordPress strips them from an author's post;
/// with the frame, the link is what is left of it). Given no `lang` (the
/// reader is in the default language), they follow the page's language;
/// given one, they ask for it.
///
/// Only where scripts run does a screen's height wait for the widget
/// (`embed.css`'s `scripting` query, for 6 s unless `embed.js` comes), so
/// nothing on the page jumps when it arrives and the sentence shows while it
/// loads. A style sheet, before the element so what follows waits for it,
/// not a `<style>`: WordPress strips an Author's `<style>` tags and shows
/// their text. The frame loads only near the reader, is a block so it lines
/// up with a centred column's text, and is hidden (embed.css) until
/// `embed.js` has given it the page's colours, or for 3 s without it.
pub fn snippets(
    base: &str,
    title: &str,
    fallback: &str,
    open: &str,
    lang: Option<&str>,
) -> (String, String) {
    let data_lang = lang
        .map(|l| format!(" data-lang=\"{l}\""))
        .unwrap_or_default();
    let page = lang.map_or_else(|| "index.html".to_owned(), kpo_content::page_file);
    let link = format!("<a href=\"{base}{page}\" target=\"_blank\" rel=\"noopener\">{open}</a>");
    let script = format!(
        "<link rel=\"stylesheet\" href=\"{base}embed.css\">\n<div data-kpo-explainer{data_lang}><p class=\"kpo-wait\">{fallback} {link}</p></div>\n<script src=\"{base}embed.js\" defer></script>"
    );
    let iframe = format!(
        "<link rel=\"stylesheet\" href=\"{base}embed.css\">\n<iframe src=\"{base}{page}?embed=1\" title=\"{title}\" data-kpo-explainer-frame loading=\"lazy\" style=\"display:block;width:100%;height:100vh;border:0\">{fallback} {link}</iframe>\n<script src=\"{base}embed.js\" defer></script>"
    );
    (script, iframe)
}

/// Copies `text`; says "Copied", or selects the text area `area_id` (in the
/// same tree as the button that was clicked) and says why not.
fn copy(ctx: &Ctx, area_id: String, text: String) -> Callback<MouseEvent> {
    let state = ctx.state.clone();
    Callback::from(move |e: MouseEvent| {
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
        let promise = gloo::utils::window()
            .navigator()
            .clipboard()
            .write_text(&text);
        // Promise callbacks, not a Rust future: this was the widget's only
        // future, and dropping it dropped an executor from the wasm. The two
        // small closures live on (forgotten) after a copy.
        let copied = {
            let state = state.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |_| state.dispatch(Action::Say(Said::Copied)))
        };
        let not_copied = {
            let state = state.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |_| {
                if let Some(area) = &area {
                    let _ = area.focus();
                    area.select();
                }
                state.dispatch(Action::Say(Said::CopyFailed));
            })
        };
        let _ = promise.then2(&copied, &not_copied);
        copied.forget();
        not_copied.forget();
    })
}

/// "Embed this", for a widget served from `base` (its folder URL, ending in
/// `/`). Its ids carry the widget's `uid`.
pub fn embed_panel(base: &str, ctx: &Ctx) -> Html {
    let uid = ctx.uid;
    let words = ctx.words.content();
    let ui = &words.ui;
    let lang = Some(words.meta.language).filter(|&l| l != kpo_content::DEFAULT_LANGUAGE);
    let (script, iframe) = snippets(
        base,
        words.meta.title,
        ui.embed_fallback,
        ui.open_in_new_tab,
        lang,
    );
    let snippet = |id: &str, label: &'static str, text: String| {
        let area_id = format!("kpo{uid}-{id}");
        html! {
            <div class="snippet">
                <label for={area_id.clone()}>{ label }</label>
                <textarea id={area_id.clone()} readonly=true rows="3" spellcheck="false" value={text.clone()} />
                <button type="button" aria-label={format!("{}: {label}", ui.copy)} onclick={copy(ctx, area_id, text)}>{ ui.copy }</button>
            </div>
        }
    };
    let code = Disclosure {
        panel: Panel::EmbedCode,
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
