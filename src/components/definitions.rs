//! BPO and KPO side by side, each with its example.

use kpo_content::Definition;
use yew::prelude::*;

use crate::content::CONTENT;

/// One definition: the term, what it stands for, a sentence, a paragraph and
/// an example, so a skimming reader gets the gist from the first line.
/// `class` names the side too, for its colour.
fn card(d: &Definition, class: &'static str) -> Html {
    html! {
        <article {class} aria-label={d.expansion}>
            <p class="term">{ d.term }</p>
            <p class="expansion">{ d.expansion }</p>
            <p class="sentence">{ d.sentence }</p>
            <p>{ d.paragraph }</p>
            <p class="example"><span class="example-label">{ CONTENT.ui.example }{ ": " }</span>{ d.example }</p>
        </article>
    }
}

pub fn definitions() -> Html {
    let d = &CONTENT.definitions;
    html! {
        <div class="cards two definitions">
            { card(&d.bpo, "card bpo") }
            { card(&d.kpo, "card kpo-side") }
        </div>
    }
}
