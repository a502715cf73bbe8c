//! BPO and KPO side by side, each with its example.

use kpo_content::Definition;
use yew::prelude::*;

use crate::content::CONTENT;

#[derive(Properties, PartialEq)]
pub struct CardProps {
    pub definition: &'static Definition,
    /// Extra class naming the side, for its colour.
    pub side: &'static str,
}

/// One definition: the term, what it stands for, a sentence, a paragraph and
/// an example, so a skimming reader gets the gist from the first line.
#[component]
pub fn DefinitionCard(props: &CardProps) -> Html {
    let d = props.definition;
    html! {
        <article class={classes!("card", props.side)} aria-label={d.expansion}>
            <p class="term">{ d.term }</p>
            <p class="expansion">{ d.expansion }</p>
            <p class="sentence">{ d.sentence }</p>
            <p>{ d.paragraph }</p>
            <p class="example"><span class="example-label">{ CONTENT.ui.example }{ ": " }</span>{ d.example }</p>
        </article>
    }
}

#[component]
pub fn Definitions() -> Html {
    let d = &CONTENT.definitions;
    html! {
        <div class="cards two definitions">
            <DefinitionCard definition={&d.bpo} side="bpo" />
            <DefinitionCard definition={&d.kpo} side="kpo-side" />
        </div>
    }
}
