//! Where the reader is: "Step n of m", a progress bar, and every step one
//! press away.

use kpo_content::{fill, Step};
use yew::prelude::*;

use super::on_click;
use crate::app::Ctx;
use crate::content::CONTENT;
use crate::state::Action;

/// "Step n of m", the progress bar and the list of steps; `list` is the
/// list's ref, for `App` to centre the current step in it. (A view function:
/// see `components`.)
pub fn steps_nav(ctx: &Ctx, list: &NodeRef) -> Html {
    let c = &CONTENT;
    let (state, step, dead) = (&ctx.state, ctx.state.step, ctx.prerendered);
    let (n, total) = ((step.index() + 1).to_string(), Step::ALL.len().to_string());
    html! {
        <>
            <div class="progress-line">
                <p class="step-count">{ fill(c.ui.step_of, &[("n", &n), ("total", &total)]) }</p>
                <progress max={total} value={n} aria-label={c.ui.progress_label}></progress>
            </div>
            // Pre-rendered, its buttons are disabled; on a phone the row still
            // scrolls sideways, so the row itself takes focus (arrow keys
            // scroll it). Live, the buttons give that access.
            <ol class="steps-list" aria-label={c.ui.steps_nav_label} ref={list.clone()}
                tabindex={dead.then_some("0")}>
                for s in Step::ALL {
                    <li key={s.id()}>
                        <button type="button" onclick={on_click(state, Action::Go(s))} disabled={dead}
                            aria-current={(s == step).then_some("step")}>
                            { c.steps.get(s).label }
                        </button>
                    </li>
                }
            </ol>
        </>
    }
}
