//! BPO and KPO side by side, each with its example.

use kpo_content::Definition;
use yew::prelude::*;

use super::Ctx;

/// One definition: the term, what it stands for, a sentence, a paragraph and
/// an example, so a skimming reader gets the gist from the first line.
/// `class` names the side too, for its colour.
fn card(d: &Definition, example: &'static str, class: &'static str) -> Html {
    html! {
        <article {class} aria-label={d.expansion}>
            <p class="term">{ d.term }</p>
            <p class="expansion">{ d.expansion }</p>
            <p class="sentence">{ d.sentence }</p>
            <p>{ d.paragraph }</p>
            <p class="example"><span class="example-label">{ example }{ ": " }</span>{ d.example }</p>
        </article>
    }
}

pub fn definitions(ctx: &Ctx) -> Html {
    let words = ctx.words.0;
    let d = &words.definitions;
    html! {
        <div class="cards two definitions">
            { card(&d.bpo, words.ui.example, "card bpo") }
            { card(&d.kpo, words.ui.example, "card kpo-side") }
        </div>
    }
}
