//! Why it matters: the post's argument, one point at a time.

use kpo_content::{fill, Voice};
use yew::prelude::*;

use super::{quote, Ctx};
use crate::state::Action;

/// A small stepper inside the step. Each point has its own heading button,
/// so any point is one press away, and Previous/Next move in order. The open
/// point is `AppState::point`; `App` moves focus to its heading.
pub fn why(ctx: &Ctx) -> Html {
    let words = ctx.words.content();
    let points = words.why;
    let go = |to: usize| ctx.on_click(Action::Point(to));
    let i = ctx.state.point.min(points.len() - 1);
    let point = &points[i];
    let (n, total) = ((i + 1).to_string(), points.len().to_string());
    let heading_id = format!("kpo{}-why-{}", ctx.uid, point.id);
    html! {
        <div class="why">
            <ol class="steps-list points-list" aria-label={words.steps.why.label}>
                for (j, p) in points.iter().enumerate() {
                    <li key={p.id}>
                        <button type="button" onclick={go(j)} aria-current={(j == i).then_some("step")}>
                            { p.heading }
                        </button>
                    </li>
                }
            </ol>
            <article class={match point.voice { Voice::Guide => "point guide", _ => "point" }} aria-labelledby={heading_id.clone()}>
                <p class="voice">{ match point.voice {
                    Voice::Post => words.ui.voice_post,
                    Voice::Reader => words.ui.voice_reader,
                    Voice::Guide => words.ui.voice_guide,
                } }</p>
                <h3 id={heading_id} tabindex="-1" ref={ctx.targets.point_heading.clone()}>
                    { point.heading }
                    <span class="visually-hidden">{ " (" }{ fill(words.ui.step_of, &[("n", &n), ("total", &total)]) }{ ")" }</span>
                </h3>
                <p>{ point.text }</p>
                if let Some(text) = point.quote {
                    { quote(ctx, None, text, point.gloss, &format!("{}, {}", words.meta.source_title, words.meta.source_author)) }
                }
                if let Some(source) = point.source {
                    <p class="source">{ words.ui.source }{ ": " }{ source }</p>
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
