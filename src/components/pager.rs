//! Back and Next under each step, each naming where it leads.

use kpo_content::{fill, Step};
use yew::prelude::*;

use super::on_click;
use crate::content::CONTENT;
use crate::state::{Action, AppState};

/// Back and Next for `step`. Next is the leading button (`next_leads`),
/// except while the quiz is open and unfinished: then the quiz's own
/// buttons lead. `dead`: pre-rendered, no code is there yet to answer them.
/// (A view function: see `components`.)
pub fn pager(
    step: Step,
    go: &UseReducerDispatcher<AppState>,
    next_leads: bool,
    dead: bool,
) -> Html {
    let c = &CONTENT;
    let index = step.index();
    html! {
        <div class="step-nav">
            if index > 0 {
                <button type="button" class="back" onclick={on_click(go, Action::Back)} disabled={dead}>
                    { fill(c.ui.back, &[("step", c.steps.get(Step::ALL[index - 1]).label)]) }
                </button>
            }
            if let Some(&next) = Step::ALL.get(index + 1) {
                <button type="button" onclick={on_click(go, Action::Next)} disabled={dead}
                    class={classes!("next", next_leads.then_some("primary"))}>
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
