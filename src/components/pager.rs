//! Back and Next under each step, each naming where it leads.

use kpo_content::{fill, Step};
use yew::prelude::*;

use super::on_click;
use crate::app::Ctx;
use crate::content::CONTENT;
use crate::state::Action;

/// Back and Next for the current step. (A view function: see `components`.)
pub fn pager(ctx: &Ctx) -> Html {
    let c = &CONTENT;
    let (state, step, dead) = (&ctx.state, ctx.state.step, ctx.prerendered);
    // Next leads, except while the quiz is open and unfinished: then the
    // quiz's own buttons lead, and the way past it stays available but quiet.
    let next_leads = step != Step::Quiz || state.quiz.finished;
    let index = step.index();
    html! {
        <div class="step-nav">
            if index > 0 {
                <button type="button" class="back" onclick={on_click(state, Action::Back)} disabled={dead}>
                    { fill(c.ui.back, &[("step", c.steps.get(Step::ALL[index - 1]).label)]) }
                </button>
            }
            if let Some(&next) = Step::ALL.get(index + 1) {
                <button type="button" onclick={on_click(state, Action::Next)} disabled={dead}
                    class={if next_leads { "next primary" } else { "next" }}>
                    if step == Step::Intro {
                        { c.ui.start }
                    } else {
                        { fill(c.ui.next, &[("step", c.steps.get(next).label)]) }
                    }
                </button>
            }
        </div>
    }
}
