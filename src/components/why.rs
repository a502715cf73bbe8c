//! Why it matters: the post's argument, one point at a time.

use kpo_content::fill;
use yew::prelude::*;

use super::on_click;
use crate::app::Ctx;
use crate::content::CONTENT;
use crate::state::Action;

/// A small stepper inside the step. Each point has its own heading button,
/// so any point is one press away, and Previous/Next move in order. (A view
/// function: the open point is `AppState::point`, and `App` moves the focus
/// to its heading.)
pub fn why(ctx: &Ctx) -> Html {
    let c = &CONTENT;
    let points = c.why;
    let go = |to: usize| on_click(&ctx.state, Action::Point(to));
    let heading = ctx.point_heading.clone();
    let i = ctx.state.point.min(points.len() - 1);
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
