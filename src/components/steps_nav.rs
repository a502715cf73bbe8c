//! Where the reader is: "Step n of m", a progress bar, and every step one
//! press away: a row of steps on a wide widget, and on a narrow one (a
//! phone, a column), behind a Steps button, so no label is ever cut off
//! and the step itself starts near the top.

use kpo_content::{fill, Step};
use yew::prelude::*;

use super::Ctx;
use crate::state::{Action, Panel};

/// "Step n of m", the progress bar, `beside` them (the language buttons),
/// and the list of steps (shown by its button where the widget is narrow).
pub fn steps_nav(ctx: &Ctx, beside: Html) -> Html {
    let ui = &ctx.words.content().ui;
    let (step, prerendered) = (ctx.state.step, ctx.prerendered);
    let (n, total) = ((step.index() + 1).to_string(), Step::ALL.len().to_string());
    let open = ctx.state.is_open(Panel::Steps);
    let id = format!("kpo{}-steps", ctx.uid);
    html! {
        <>
            <div class="progress-line">
                <p class="step-count">{ fill(ui.step_of, &[("n", &n), ("total", &total)]) }</p>
                <progress max={total} value={n} aria-label={ui.progress_label}></progress>
                <button type="button" class="steps-toggle" aria-expanded={open.to_string()} aria-controls={id.clone()}
                    aria-disabled={prerendered.then_some("true")} onclick={ctx.on_click(Action::Toggle(Panel::Steps))}>
                    { ui.steps_nav_label }
                </button>
                { beside }
            </div>
            <ol {id} class={if open { "steps-list open" } else { "steps-list" }} aria-label={ui.steps_nav_label}>
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
