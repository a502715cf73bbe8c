//! Back and Next under each step, each naming where it leads.

use kpo_content::{fill, Step};
use yew::prelude::*;

use super::Ctx;
use crate::state::Action;

/// Back and Next for the current step.
pub fn pager(ctx: &Ctx) -> Html {
    let ui = &ctx.words.content().ui;
    let (state, prerendered) = (&ctx.state, ctx.prerendered);
    let step = state.step;
    // Next leads, except while the quiz is open and unfinished: then the
    // quiz's own buttons lead, and the way past it stays available but quiet.
    let next_leads = step != Step::Quiz || state.quiz.finished;
    html! {
        <div class="step-nav">
            if let Some(back) = step.previous() {
                <button type="button" class="back" onclick={ctx.on_click(Action::Back)} aria-disabled={prerendered.then_some("true")}>
                    { fill(ui.back, &[("step", ctx.label(back))]) }
                </button>
            }
            if let Some(next) = step.next() {
                <button type="button" onclick={ctx.on_click(Action::Next)} aria-disabled={prerendered.then_some("true")}
                    class={if next_leads { "next primary" } else { "next" }}>
                    if step == Step::Intro {
                        { ui.start }
                    } else {
                        { fill(ui.next, &[("step", ctx.label(next))]) }
                    }
                </button>
            }
        </div>
    }
}
