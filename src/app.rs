//! The root component: the widget's labelled section and the current step.

use yew::prelude::*;

use crate::components::intro::Intro;
use crate::content::CONTENT;

/// The whole widget. A `<section>` with a label rather than `<header>` or
/// `<main>`, so it adds no page landmarks when embedded.
#[component]
pub fn App() -> Html {
    let c = &CONTENT;
    let step = c.steps.get(kpo_content::Step::Intro);
    html! {
        <section class="kpo" lang={c.meta.language} aria-labelledby="kpo-title">
            <p class="kpo-title" id="kpo-title">{ c.meta.title }</p>
            <h2 class="step-heading" tabindex="-1">{ step.heading }</h2>
            <p class="lead">{ step.lead }</p>
            <Intro />
        </section>
    }
}
