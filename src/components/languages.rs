//! The languages the build has, one press away: the reader's choice
//! replaces the words in place and keeps their place and answers.

use kpo_content::{fill, Language};
use yew::prelude::*;

use super::Ctx;

/// A button per language, the current one pressed. Nothing with a single
/// language, or live with nothing to load languages with (`on_pick`).
pub fn languages(ctx: &Ctx, on_pick: Option<&Callback<Language>>) -> Html {
    let ui = &ctx.words.content().ui;
    let all = ctx.words.languages();
    let current = ctx.words.meta.language;
    if all.len() < 2 || (on_pick.is_none() && !ctx.prerendered) {
        return Html::default();
    }
    html! {
        <div class="languages" role="group" aria-label={ui.language_label}>
            for &language in all {
                <button type="button" lang={language.tag} aria-disabled={ctx.prerendered.then_some("true")}
                    aria-pressed={(language.tag == current).to_string()}
                    onclick={on_pick.map(|p| p.reform(move |_: MouseEvent| language))}>
                    { language.name }
                </button>
            }
        </div>
    }
}

/// Says that `name` could not be loaded, and what to do.
pub fn failed(ctx: &Ctx, name: &str) -> Html {
    let ui = &ctx.words.content().ui;
    html! {
        <p class="notice" role="alert">{ fill(ui.language_failed, &[("language", name)]) }</p>
    }
}
