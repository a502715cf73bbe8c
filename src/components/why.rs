//! Why it matters: the post's argument, one point at a time.

use kpo_content::fill;
use yew::prelude::*;

use crate::content::CONTENT;

/// A small stepper inside the step. Each point has its own heading button,
/// so any point is one press away, and Previous/Next move in order.
#[component]
pub fn Why() -> Html {
    let c = &CONTENT;
    let points = c.why;
    let current = use_state(|| 0usize);
    let heading = use_node_ref();
    let moved = use_mut_ref(|| false);
    {
        let heading = heading.clone();
        let moved = moved.clone();
        use_effect_with(*current, move |_| {
            if *moved.borrow() {
                if let Some(h) = heading.cast::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
            }
        });
    }
    let go = |to: usize| {
        let (current, moved) = (current.clone(), moved.clone());
        Callback::from(move |_: MouseEvent| {
            *moved.borrow_mut() = true;
            current.set(to);
        })
    };
    let i = (*current).min(points.len() - 1);
    let p = &points[i];
    let (n, total) = ((i + 1).to_string(), points.len().to_string());
    html! {
        <div class="why">
            <ol class="steps-list points-list" aria-label={c.steps.why.label}>
                for (j, point) in points.iter().enumerate() {
                    <li key={point.id}>
                        <button type="button" onclick={go(j)} aria-current={(j == i).then_some("step")}>
                            { point.heading }
                        </button>
                    </li>
                }
            </ol>
            <article class="point" aria-labelledby={format!("why-{}", p.id)}>
                <h3 id={format!("why-{}", p.id)} tabindex="-1" ref={heading}>
                    { p.heading }
                    <span class="visually-hidden">{ " (" }{ fill(c.ui.step_of, &[("n", &n), ("total", &total)]) }{ ")" }</span>
                </h3>
                <p>{ p.text }</p>
                if let Some(q) = p.quote {
                    <figure>
                        <blockquote><p>{ q }</p></blockquote>
                        <figcaption>{ fill(c.ui.quote_from, &[("source", &format!("{}, {}", c.meta.source_title, c.meta.source_author))]) }</figcaption>
                    </figure>
                }
                if let Some(s) = p.source {
                    <p class="source">{ c.ui.source }{ ": " }{ s }</p>
                }
            </article>
            <div class="point-nav">
                if i > 0 {
                    <button type="button" onclick={go(i - 1)}><span aria-hidden="true">{ "← " }</span>{ points[i - 1].heading }</button>
                }
                if i + 1 < points.len() {
                    <button type="button" onclick={go(i + 1)}>{ points[i + 1].heading }<span aria-hidden="true">{ " →" }</span></button>
                }
            </div>
        </div>
    }
}
