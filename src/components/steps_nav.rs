//! Where the reader is: "Step n of m", a progress bar, and every step one
//! press away.

use kpo_content::{fill, Step};
use yew::prelude::*;

use super::Ctx;
use crate::state::Action;

/// "Step n of m", the progress bar, `beside` them (the language buttons),
/// and the list of steps (whose ref `App` uses to centre the current step
/// in it).
pub fn steps_nav(ctx: &Ctx, beside: Html) -> Html {
    let ui = &ctx.words.content().ui;
    let (step, prerendered) = (ctx.state.step, ctx.prerendered);
    let (n, total) = ((step.index() + 1).to_string(), Step::ALL.len().to_string());
    html! {
        <>
            <div class="progress-line">
                <p class="step-count">{ fill(ui.step_of, &[("n", &n), ("total", &total)]) }</p>
                <progress max={total} value={n} aria-label={ui.progress_label}></progress>
                { beside }
            </div>
            // Pre-rendered, its buttons are disabled; on a phone the row still
            // scrolls sideways, so the row itself takes focus (arrow keys
            // scroll it). Live, the buttons give that access.
            <ol class="steps-list" aria-label={ui.steps_nav_label} ref={ctx.targets.steps_list.clone()}
                tabindex={prerendered.then_some("0")}>
                for &s in Step::ALL {
                    <li key={s.id()}>
                        <button type="button" onclick={ctx.on_click(Action::Go(s))} aria-disabled={prerendered.then_some("true")}
                            aria-current={(s == step).then_some("step")}>
                            { ctx.label(s) }
                        </button>
                    </li>
                }
            </ol>
        </>
    }
}
