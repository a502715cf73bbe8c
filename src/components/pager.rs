//! Back and Next under each step, each naming where it leads.

use kpo_content::{fill, Step};
use yew::prelude::*;

use super::on_click;
use crate::content::CONTENT;
use crate::state::{Action, AppState};

/// Like the steps list, these props don't change while the reader answers,
/// so the buttons aren't rendered again for every answer.
#[derive(Properties, PartialEq)]
pub struct PagerProps {
    pub step: Step,
    pub go: UseReducerDispatcher<AppState>,
    /// Next is the leading button, except while the quiz is open and
    /// unfinished: then the quiz's own buttons lead.
    pub next_leads: bool,
    pub dead: bool,
}

#[component]
pub fn Pager(props: &PagerProps) -> Html {
    let c = &CONTENT;
    let PagerProps {
        step,
        ref go,
        next_leads,
        dead,
    } = *props;
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
